// The bytecode loader: materialises a host-side BytecodeFunction tree (function.ts) in the kernel
// heap — SharedFunctionInfo, BytecodeArray, constant pool, handler table, source positions and
// feedback metadata — and reads it back. Host toolchain code (ordinary TS) that writes the heap
// only through the kernel API. The mapping is documented in docs/bytecode.md, "Loading into the
// heap".
//
// GC safety: every kernel call that allocates may move every young object (and, on a full GC,
// compact the old generation). Values that must survive an allocation are kept in handles; a
// store into an object re-reads the object from its handle *after* the value was made (see
// `put`). The tests run the loader with --gc-stress and the heap verifier on.
import type { BytecodeFunction, BytecodeFunctionKind, CatchPrediction, ConstantEntry, ScopeInfoDescriptor, BoilerplateValue } from './function.ts';
import type { FeedbackSlotKind as FeedbackSlotKindName } from './opcodes.ts';
import { FeedbackSlotKind } from '../../runtime/generated/bytecodes.ts';
import { H8, H32 } from '../../runtime/host/host.ts';
import { rootGet, rootSet, fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../runtime/heap.ts';
import { rawGet, smiFrom, smiValue, isSmi } from '../../runtime/memory.ts';
import { RootIndex } from '../../runtime/roots.ts';
import {
  SharedFunctionInfoLayout, BytecodeArrayLayout, HandlerTableEntry, InstanceType, SfiFlag, SfiKind, CatchPrediction as CatchPredictionValue,
  FunctionExtrasSlot,
} from '../../runtime/layouts.ts';
import {
  sharedFunctionInfoNew, bytecodeArrayNew, bytecodeArrayLength, bytecodeGet, bytecodeSet, constantPoolNew, handlerTableNew,
  handlerTableSet, handlerTableGet, handlerTableCount, sharedFunctionInfoSetLength, sharedFunctionInfoSetFlags,
  sharedFunctionInfoSetSourceRange, sharedFunctionInfoSetFeedbackMetadata, sharedFunctionInfoFeedbackMetadata,
  sharedFunctionInfoLength, sharedFunctionInfoFlags, sharedFunctionInfoSourceStart, sharedFunctionInfoSourceEnd,
} from '../../runtime/functions.ts';
import {
  fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, fixedArrayCopyResize, byteArrayNew, byteArrayLength,
  byteArrayAddress, numberNew, numberValue, undefinedValue, nullValue, trueValue, falseValue, theHole, boolValue,
  instanceTypeOf,
} from '../../runtime/values.ts';
import { stringNewOneByte, stringNewTwoByte, seqSetChar, stringInternalize, stringLength, stringGet, isString } from '../../runtime/strings.ts';
import { stringToBigInt, bigIntToString } from '../../runtime/bigint.ts';

// ---- encodings ---------------------------------------------------------------------------------

/** Root slot of the loader's side table (a named root; see docs/bytecode.md). */
export const LOADER_SIDE_TABLE_ROOT = RootIndex.bytecodeLoaderTable;

/** Constant kinds, as stored in FunctionExtras.constantKinds (one byte per pool entry). */
export const ConstantKind = {
  number: 0, string: 1, bigint: 2, function: 3, scopeInfo: 4, templateObject: 5, arrayBoilerplate: 6,
  objectBoilerplate: 7, regexp: 8, globalDeclarations: 9, classBoilerplate: 10, jumpTarget: 11,
} as const;
const CONSTANT_KIND_NAMES = Object.keys(ConstantKind) as ConstantEntry['kind'][];

/** Host function kinds, indexed by the SfiKind value (runtime/layouts.ts) kept in SharedFunctionInfo.flags. */
export const FUNCTION_KINDS: readonly BytecodeFunctionKind[] = [
  'script', 'module', 'eval', 'normal', 'arrow', 'method', 'getter', 'setter', 'class-constructor',
  'instance-fields-initializer', 'static-initializer',
];
const KIND_VALUES: Record<BytecodeFunctionKind, number> = {
  script: SfiKind.script, module: SfiKind.module, eval: SfiKind.eval, normal: SfiKind.normal, arrow: SfiKind.arrow,
  method: SfiKind.method, getter: SfiKind.getter, setter: SfiKind.setter, 'class-constructor': SfiKind.classConstructor,
  'instance-fields-initializer': SfiKind.instanceFieldsInitializer, 'static-initializer': SfiKind.staticInitializer,
};
for (const [i, k] of FUNCTION_KINDS.entries()) if (KIND_VALUES[k] !== i) throw new Error(`FUNCTION_KINDS / SfiKind disagree on ${k}`);

/** The flag bits and the kind field of SharedFunctionInfo.flags are defined in runtime/layouts.ts. */
export { SfiFlag, SfiKind };
export const SFI_KIND_SHIFT = SfiKind.shift;
/** The SfiFlag bits that mirror BytecodeFunctionFlags (the others are the realm's: builtinConstructor, nativeCode). */
const FLAG_NAMES = [
  'strict', 'isGenerator', 'isAsync', 'isArrow', 'isClassConstructor', 'isDerivedConstructor',
  'requiresInstanceFieldsInitializer', 'hasSimpleParameterList', 'hasDirectEval',
] as const satisfies readonly (keyof BytecodeFunction['flags'] & keyof typeof SfiFlag)[];

/** Host catch predictions, indexed by the CatchPrediction value kept in each handler-table entry. */
export const CATCH_PREDICTIONS: readonly CatchPrediction[] = ['caught', 'uncaught', 'promise', 'asyncAwait'];
for (const [i, p] of CATCH_PREDICTIONS.entries()) if (CatchPredictionValue[p] !== i) throw new Error(`CATCH_PREDICTIONS disagree on ${p}`);

/** Slots of a FunctionExtras record (runtime/layouts.ts FunctionExtrasSlot: the kernel reads mappedParameterSlots). */
export const FunctionExtras = FunctionExtrasSlot;

/** Source positions: a ByteArray of 8-byte records {bytecodeOffset, sourceOffset << 1 | isStatement}. */
export const SourcePositionEntry = { bytecodeOffset: 0, sourceAndStatement: 4, size: 8 } as const;

/** ScopeInfo record (FixedArray): scope type (string), flags (Smi: 1 strict, 2 hasExtension, 4 parameterScope, 8 fieldInitializer), names, modes. */
export const ScopeInfoSlot = { scopeType: 0, flags: 1, names: 2, modes: 3, size: 4 } as const;
const SCOPE_MODES = ['var', 'let', 'const'] as const;

const FEEDBACK_KIND_NAMES: FeedbackSlotKindName[] = [];
for (const [name, value] of Object.entries(FeedbackSlotKind)) FEEDBACK_KIND_NAMES[value] = name as FeedbackSlotKindName;

// ---- small GC-safe helpers -----------------------------------------------------------------------

/** Runs `f` in a handle scope; the result (a tagged value) is returned after the scope closes. */
function scoped(f: () => number): number {
  const scope = handleScopeOpen();
  try {
    return f();
  } finally {
    handleScopeClose(scope);
  }
}

/** FixedArray slot store: `make` runs (and may GC) before the array is re-read from its handle. */
function put(hArray: number, index: number, make: () => number): void {
  const value = make();
  fixedArraySet(handleGet(hArray), index, value);
}

/** An internalized string. May GC. */
function internalize(s: string): number {
  let oneByte = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) oneByte = false;
  const h = oneByte ? stringNewOneByte(s.length) : stringNewTwoByte(s.length);
  for (let i = 0; i < s.length; i++) seqSetChar(h, i, s.charCodeAt(i));
  return stringInternalize(h);
}

function jsString(h: number): string {
  const n = stringLength(h);
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(stringGet(h, i));
  return out;
}

/** A ByteArray with `bytes`, padding zeroed (images stay deterministic). May GC. */
function byteArrayFrom(bytes: ArrayLike<number>): number {
  const a = byteArrayNew(bytes.length);
  const start = byteArrayAddress(a, 0);
  const padded = (bytes.length + 7) & ~7;
  for (let i = 0; i < padded; i++) H8[start + i] = i < bytes.length ? bytes[i] : 0;
  return a;
}
/** A ByteArray of 32-bit words. May GC. */
function wordArrayFrom(words: number[]): number {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((w, i) => view.setInt32(i * 4, w, true));
  return byteArrayFrom(bytes);
}
function byteArrayRead(a: number): number[] {
  const n = byteArrayLength(a);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(H8[byteArrayAddress(a, i)]);
  return out;
}
function wordArrayRead(a: number): number[] {
  const n = byteArrayLength(a) >> 2;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(H32[(byteArrayAddress(a, i * 4)) >> 2]);
  return out;
}

/** A FixedArray of the values `items` make, in order. May GC. */
function fixedArrayOf<T>(items: readonly T[], make: (item: T) => number): number {
  return scoped(() => {
    const hA = handleNew(fixedArrayNew(items.length));
    items.forEach((item, i) => put(hA, i, () => make(item)));
    return handleGet(hA);
  });
}
function fixedArrayRead<T>(a: number, read: (v: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < fixedArrayLength(a); i++) out.push(read(fixedArrayGet(a, i)));
  return out;
}

// ---- the side table ----------------------------------------------------------------------------

/** Appends a FunctionExtras record to the side table; returns its index (the functionLiteralId). May GC. */
function sideTableAdd(record: number): number {
  return scoped(() => {
    const hRecord = handleNew(record);
    let table = rootGet(LOADER_SIDE_TABLE_ROOT);
    if (isSmi(table) || table === undefinedValue() || table === 0) {
      table = fixedArrayNew(16);
      fixedArraySet(table, 0, smiFrom(0));
      rootSet(LOADER_SIDE_TABLE_ROOT, table);
    }
    const count = smiValue(fixedArrayGet(table, 0));
    if (count + 1 >= fixedArrayLength(table)) {
      table = fixedArrayCopyResize(table, fixedArrayLength(table) * 2, undefinedValue());
      rootSet(LOADER_SIDE_TABLE_ROOT, table);
    }
    table = rootGet(LOADER_SIDE_TABLE_ROOT);
    fixedArraySet(table, count + 1, handleGet(hRecord));
    fixedArraySet(table, 0, smiFrom(count + 1));
    return count;
  });
}
/** The FunctionExtras record of a SharedFunctionInfo made by the loader. No GC. */
export function functionExtras(sfi: number): number {
  const id = rawGet(sfi, SharedFunctionInfoLayout.functionLiteralId);
  return fixedArrayGet(rootGet(LOADER_SIDE_TABLE_ROOT), id + 1);
}

// ---- loading -----------------------------------------------------------------------------------

function boilerplateValue(v: BoilerplateValue): number {
  switch (v.kind) {
    case 'number': return numberNew(v.value);
    case 'string': return internalize(v.value);
    case 'boolean': return boolValue(v.value);
    case 'null': return nullValue();
    case 'undefined': return undefinedValue();
    case 'hole': return theHole();
    // The empty fixed array is never a literal value: it marks a slot stored after the copy.
    case 'computed': return rootGet(RootIndex.emptyFixedArray);
  }
}

function scopeInfoNew(info: ScopeInfoDescriptor): number {
  return scoped(() => {
    const h = handleNew(fixedArrayNew(ScopeInfoSlot.size));
    put(h, ScopeInfoSlot.scopeType, () => internalize(info.scopeType));
    put(h, ScopeInfoSlot.flags, () => smiFrom((info.strict ? 1 : 0) | (info.hasExtension ? 2 : 0) | (info.parameterScope ? 4 : 0) | (info.fieldInitializer ? 8 : 0)));
    put(h, ScopeInfoSlot.names, () => fixedArrayOf(info.names, internalize));
    put(h, ScopeInfoSlot.modes, () => fixedArrayOf(info.modes, (m) => smiFrom(SCOPE_MODES.indexOf(m))));
    return handleGet(h);
  });
}

/** The heap value of one constant-pool entry. May GC. */
function constantNew(c: ConstantEntry): number {
  switch (c.kind) {
    case 'number': return numberNew(c.value);
    case 'string': return internalize(c.value);
    // A BigInt primitive (runtime/bigint.ts), parsed from the literal's digits.
    case 'bigint': return stringToBigInt(internalize(c.value));
    case 'function': return loadFunction(c.fn);
    case 'scopeInfo': return scopeInfoNew(c.info);
    case 'templateObject': return scoped(() => {
      const h = handleNew(fixedArrayNew(2));
      put(h, 0, () => fixedArrayOf(c.raw, internalize));
      put(h, 1, () => fixedArrayOf(c.cooked, (s) => (s === null ? undefinedValue() : internalize(s))));
      return handleGet(h);
    });
    case 'arrayBoilerplate': return fixedArrayOf(c.boilerplate.elements, boilerplateValue);
    case 'objectBoilerplate': return scoped(() => {
      const h = handleNew(fixedArrayNew(2));
      put(h, 0, () => fixedArrayOf(c.boilerplate.properties, (p) => internalize(p.key)));
      put(h, 1, () => fixedArrayOf(c.boilerplate.properties, (p) => boilerplateValue(p.value)));
      return handleGet(h);
    });
    case 'regexp': return fixedArrayOf([c.pattern, c.flags], internalize);
    case 'globalDeclarations': return scoped(() => {
      const d = c.declarations;
      const h = handleNew(fixedArrayNew(5));
      put(h, 0, () => fixedArrayOf(d.functions, (f) => internalize(f.name)));
      put(h, 1, () => fixedArrayOf(d.functions, (f) => smiFrom(f.closure)));
      put(h, 2, () => fixedArrayOf(d.vars, internalize));
      put(h, 3, () => fixedArrayOf(d.lexicals, (l) => internalize(l.name)));
      put(h, 4, () => fixedArrayOf(d.lexicals, (l) => boolValue(l.isConst)));
      return handleGet(h);
    });
    case 'classBoilerplate': return scoped(() => {
      // [instanceFieldKeys, then per element: Smi(isStatic | kind << 1), key (string or null)]
      const h = handleNew(fixedArrayNew(1 + 2 * c.elements.length));
      put(h, 0, () => smiFrom(c.instanceFieldKeys));
      c.elements.forEach((e, i) => {
        put(h, 1 + 2 * i, () => smiFrom((e.isStatic ? 1 : 0) | (['method', 'getter', 'setter'].indexOf(e.kind) << 1)));
        put(h, 2 + 2 * i, () => (e.key === null ? nullValue() : internalize(e.key)));
      });
      return handleGet(h);
    });
    case 'jumpTarget': return smiFrom(c.offset);
  }
}

/** The script a function tree comes from: its file name (as stack traces show it) and source text. */
export interface ScriptInfo {
  fileName: string;
  source: string;
}

/** Slots of the Script record (SharedFunctionInfo.script; runtime/stack-trace.ts ScriptSlot). */
export const ScriptRecordSlot = { fileName: 0, source: 1, lineStarts: 2, size: 3 } as const;

/** The handle of the Script record of the tree being loaded (0: none). */
let scriptHandle = 0;

/**
 * A Script record: [file name, source, line starts (ByteArray of i32 offsets of each line's
 * first character; lines end at \n, \r\n, \r, U+2028, U+2029)]. May GC.
 */
export function scriptRecordNew(script: ScriptInfo): number {
  return scoped(() => {
    const h = handleNew(fixedArrayNew(ScriptRecordSlot.size));
    put(h, ScriptRecordSlot.fileName, () => internalize(script.fileName));
    put(h, ScriptRecordSlot.source, () => stringFrom(script.source));
    const starts = [0];
    const src = script.source;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 13 && src.charCodeAt(i + 1) === 10) continue;
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
    }
    put(h, ScriptRecordSlot.lineStarts, () => wordArrayFrom(starts));
    return handleGet(h);
  });
}

/** A (not internalized) heap string. May GC. */
function stringFrom(s: string): number {
  let oneByte = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) oneByte = false;
  const h = oneByte ? stringNewOneByte(s.length) : stringNewTwoByte(s.length);
  for (let i = 0; i < s.length; i++) seqSetChar(h, i, s.charCodeAt(i));
  return h;
}

/**
 * Materialises `fn` and its nested functions in the kernel heap; returns the tagged
 * SharedFunctionInfo. With `script`, every function of the tree gets the same Script record in
 * SharedFunctionInfo.script (for stack traces). May GC (every young object may move; the result
 * is valid until the next allocation — root it).
 */
export function loadBytecodeFunction(fn: BytecodeFunction, script?: ScriptInfo): number {
  if (script === undefined) return loadFunction(fn);
  return scoped(() => {
    const saved = scriptHandle;
    scriptHandle = handleNew(scriptRecordNew(script));
    try {
      return loadFunction(fn);
    } finally {
      scriptHandle = saved;
    }
  });
}

function loadFunction(fn: BytecodeFunction): number {
  return scoped(() => {
    // Constant pool first (nested functions load recursively).
    const hPool = handleNew(constantPoolNew(fn.constantPool.length));
    fn.constantPool.forEach((c, i) => put(hPool, i, () => constantNew(c)));

    const hTable = handleNew(handlerTableNew(fn.handlerTable.length));
    fn.handlerTable.forEach((e, i) =>
      handlerTableSet(handleGet(hTable), i, e.start, e.end, e.handler, e.contextRegister, CatchPredictionValue[e.prediction]));

    const hPositions = handleNew(wordArrayFrom(fn.sourcePositions.flatMap((p) => [p.bytecodeOffset, (p.sourceOffset << 1) | (p.isStatement ? 1 : 0)])));

    const hMetadata = handleNew(byteArrayFrom(fn.feedbackSlots.map((k) => FeedbackSlotKind[k])));

    // Side-table record.
    const hExtras = handleNew(fixedArrayNew(FunctionExtras.size));
    put(hExtras, FunctionExtras.mappedParameterSlots, () =>
      fn.mappedParameterSlots === null ? nullValue() : fixedArrayOf(fn.mappedParameterSlots, smiFrom));
    put(hExtras, FunctionExtras.constantKinds, () => byteArrayFrom(fn.constantPool.map((c) => ConstantKind[c.kind])));
    const id = sideTableAdd(handleGet(hExtras));

    const hBytecode = handleNew(bytecodeArrayNew(fn.bytecode.length, fn.registerCount, fn.parameterCount, handleGet(hPool), handleGet(hTable)));
    for (let i = 0; i < fn.bytecode.length; i++) bytecodeSet(handleGet(hBytecode), i, fn.bytecode[i]);
    fieldSet(handleGet(hBytecode), BytecodeArrayLayout.sourcePositions, handleGet(hPositions));

    const hScope = handleNew(fn.scopeInfo === null ? undefinedValue() : scopeInfoNew(fn.scopeInfo));
    const name = internalize(fn.name);
    const hSfi = handleNew(sharedFunctionInfoNew(name, fn.parameterCount, id));
    const sfi = handleGet(hSfi);
    fieldSet(sfi, SharedFunctionInfoLayout.bytecode, handleGet(hBytecode));
    fieldSet(sfi, SharedFunctionInfoLayout.scopeInfo, handleGet(hScope));
    if (scriptHandle !== 0) fieldSet(sfi, SharedFunctionInfoLayout.script, handleGet(scriptHandle));
    sharedFunctionInfoSetFeedbackMetadata(sfi, handleGet(hMetadata));
    sharedFunctionInfoSetLength(sfi, fn.length);
    sharedFunctionInfoSetSourceRange(sfi, fn.sourceStart, fn.sourceEnd);
    const kind = KIND_VALUES[fn.kind];
    if (kind === undefined) throw new Error(`loadBytecodeFunction: unknown function kind ${fn.kind}`);
    let flags = kind << SfiKind.shift;
    for (const f of FLAG_NAMES) if (fn.flags[f]) flags |= SfiFlag[f];
    sharedFunctionInfoSetFlags(sfi, flags);
    return sfi;
  });
}

// ---- reading back ----------------------------------------------------------------------------

function readBoilerplateValue(v: number): BoilerplateValue {
  if (v === rootGet(RootIndex.emptyFixedArray)) return { kind: 'computed' };
  if (v === nullValue()) return { kind: 'null' };
  if (v === undefinedValue()) return { kind: 'undefined' };
  if (v === theHole()) return { kind: 'hole' };
  if (v === trueValue()) return { kind: 'boolean', value: true };
  if (v === falseValue()) return { kind: 'boolean', value: false };
  if (isSmi(v) || instanceTypeOf(v) === InstanceType.HEAP_NUMBER) return { kind: 'number', value: numberValue(v) };
  if (isString(v)) return { kind: 'string', value: jsString(v) };
  throw new Error(`readBack: unexpected boilerplate value ${v}`);
}

function readScopeInfo(v: number): ScopeInfoDescriptor {
  const flags = smiValue(fixedArrayGet(v, ScopeInfoSlot.flags));
  return {
    scopeType: jsString(fixedArrayGet(v, ScopeInfoSlot.scopeType)),
    strict: (flags & 1) !== 0,
    names: fixedArrayRead(fixedArrayGet(v, ScopeInfoSlot.names), jsString),
    modes: fixedArrayRead(fixedArrayGet(v, ScopeInfoSlot.modes), (m) => SCOPE_MODES[smiValue(m)]),
    hasExtension: (flags & 2) !== 0,
    ...((flags & 4) !== 0 ? { parameterScope: true } : {}),
    ...((flags & 8) !== 0 ? { fieldInitializer: true } : {}),
  };
}

function readConstant(kind: ConstantEntry['kind'], v: number): ConstantEntry {
  switch (kind) {
    case 'number': return { kind, value: numberValue(v) };
    case 'string': return { kind, value: jsString(v) };
    case 'bigint': return { kind, value: jsString(bigIntToString(v, 10)) };
    case 'function': return { kind, fn: readBackBytecodeFunction(v) };
    case 'scopeInfo': return { kind, info: readScopeInfo(v) };
    case 'templateObject': return {
      kind,
      raw: fixedArrayRead(fixedArrayGet(v, 0), jsString),
      cooked: fixedArrayRead(fixedArrayGet(v, 1), (s) => (s === undefinedValue() ? null : jsString(s))),
    };
    case 'arrayBoilerplate': return { kind, boilerplate: { elements: fixedArrayRead(v, readBoilerplateValue) } };
    case 'objectBoilerplate': {
      const keys = fixedArrayRead(fixedArrayGet(v, 0), jsString);
      const values = fixedArrayRead(fixedArrayGet(v, 1), readBoilerplateValue);
      return { kind, boilerplate: { properties: keys.map((key, i) => ({ key, value: values[i] })) } };
    }
    case 'regexp': return { kind, pattern: jsString(fixedArrayGet(v, 0)), flags: jsString(fixedArrayGet(v, 1)) };
    case 'globalDeclarations': {
      const names = fixedArrayRead(fixedArrayGet(v, 0), jsString);
      const closures = fixedArrayRead(fixedArrayGet(v, 1), smiValue);
      const lexNames = fixedArrayRead(fixedArrayGet(v, 3), jsString);
      const lexConst = fixedArrayRead(fixedArrayGet(v, 4), (b) => b === trueValue());
      return {
        kind,
        declarations: {
          functions: names.map((name, i) => ({ name, closure: closures[i] })),
          vars: fixedArrayRead(fixedArrayGet(v, 2), jsString),
          lexicals: lexNames.map((name, i) => ({ name, isConst: lexConst[i] })),
        },
      };
    }
    case 'classBoilerplate': {
      const n = (fixedArrayLength(v) - 1) >> 1;
      const elements = [];
      for (let i = 0; i < n; i++) {
        const bits = smiValue(fixedArrayGet(v, 1 + 2 * i));
        const key = fixedArrayGet(v, 2 + 2 * i);
        elements.push({
          isStatic: (bits & 1) !== 0,
          kind: (['method', 'getter', 'setter'] as const)[bits >> 1],
          key: key === nullValue() ? null : jsString(key),
        });
      }
      return { kind, elements, instanceFieldKeys: smiValue(fixedArrayGet(v, 0)) };
    }
    case 'jumpTarget': return { kind, offset: smiValue(v) };
  }
}

/**
 * The BytecodeFunction a SharedFunctionInfo made by loadBytecodeFunction describes, rebuilt from
 * the heap alone (SFI, BytecodeArray, pool, tables, side table). No GC.
 */
export function readBackBytecodeFunction(sfi: number): BytecodeFunction {
  if (instanceTypeOf(sfi) !== InstanceType.SHARED_FUNCTION_INFO) throw new Error('readBack: not a SharedFunctionInfo');
  const bytecodeArray = fieldGet(sfi, SharedFunctionInfoLayout.bytecode);
  const extras = functionExtras(sfi);
  const pool = fieldGet(bytecodeArray, BytecodeArrayLayout.constantPool);
  const table = fieldGet(bytecodeArray, BytecodeArrayLayout.handlerTable);
  const flagsWord = sharedFunctionInfoFlags(sfi);

  const bytecode = new Uint8Array(bytecodeArrayLength(bytecodeArray));
  for (let i = 0; i < bytecode.length; i++) bytecode[i] = bytecodeGet(bytecodeArray, i);

  const kinds = byteArrayRead(fixedArrayGet(extras, FunctionExtras.constantKinds));
  const constantPool = kinds.map((k, i) => readConstant(CONSTANT_KIND_NAMES[k], fixedArrayGet(pool, i)));

  const handlerCount = handlerTableCount(table);
  if (byteArrayLength(table) !== handlerCount * HandlerTableEntry.size) throw new Error('readBack: handler table size');
  const handlerTable = [];
  for (let i = 0; i < handlerCount; i++) {
    handlerTable.push({
      start: handlerTableGet(table, i, HandlerTableEntry.start),
      end: handlerTableGet(table, i, HandlerTableEntry.end),
      handler: handlerTableGet(table, i, HandlerTableEntry.handler),
      contextRegister: handlerTableGet(table, i, HandlerTableEntry.contextRegister),
      prediction: CATCH_PREDICTIONS[handlerTableGet(table, i, HandlerTableEntry.prediction)],
    });
  }

  const words = wordArrayRead(fieldGet(bytecodeArray, BytecodeArrayLayout.sourcePositions));
  const sourcePositions = [];
  for (let i = 0; i < words.length; i += 2) {
    sourcePositions.push({ bytecodeOffset: words[i], sourceOffset: words[i + 1] >> 1, isStatement: (words[i + 1] & 1) !== 0 });
  }

  const mapped = fixedArrayGet(extras, FunctionExtras.mappedParameterSlots);
  const scopeInfo = fieldGet(sfi, SharedFunctionInfoLayout.scopeInfo);
  const flags = {} as BytecodeFunction['flags'];
  for (const f of FLAG_NAMES) flags[f] = (flagsWord & SfiFlag[f]) !== 0;
  // The frame size is the register count (in registers).
  const registerCount = rawGet(bytecodeArray, BytecodeArrayLayout.frameSize);
  if (rawGet(bytecodeArray, BytecodeArrayLayout.parameterCount) !== rawGet(sfi, SharedFunctionInfoLayout.parameterCount)) {
    throw new Error('readBack: parameter counts differ');
  }
  return {
    name: jsString(fieldGet(sfi, SharedFunctionInfoLayout.name)),
    kind: FUNCTION_KINDS[(flagsWord >> SfiKind.shift) & SfiKind.mask],
    sourceStart: sharedFunctionInfoSourceStart(sfi),
    sourceEnd: sharedFunctionInfoSourceEnd(sfi),
    parameterCount: rawGet(sfi, SharedFunctionInfoLayout.parameterCount),
    mappedParameterSlots: mapped === nullValue() ? null : fixedArrayRead(mapped, smiValue),
    length: sharedFunctionInfoLength(sfi),
    registerCount,
    bytecode,
    constantPool,
    feedbackSlots: byteArrayRead(sharedFunctionInfoFeedbackMetadata(sfi)).map((k) => FEEDBACK_KIND_NAMES[k]),
    handlerTable,
    sourcePositions,
    scopeInfo: scopeInfo === undefinedValue() ? null : readScopeInfo(scopeInfo),
    flags,
  };
}

/** Feedback-slot kinds of a loaded function (SharedFunctionInfo.feedbackMetadata), for building its FeedbackVector. No GC. */
export function feedbackMetadataOf(sfi: number): number {
  return sharedFunctionInfoFeedbackMetadata(sfi);
}
