// Realm creation (docs/interpreter.md, "The realm and the library"): host TypeScript that builds
// the intrinsics through the kernel API — prototypes, constructors, well-known symbols, the
// global object's properties, every kernel builtin of stage0/vm/builtins-table.ts — then runs the
// self-hosted library (stage1/*.js, classic scripts in file-name order) with the hidden `__ouro`
// object on the global, and deletes `__ouro` afterwards.
//
// GC safety: every kernel call may allocate and move objects, so everything this file keeps is in
// a handle (`keep`) or in the intrinsics table, and every object argument is read back right
// before the call that uses it (after its keys and values were made).
import { readdirSync, readFileSync, existsSync, writeFileSync, renameSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapSetup, realmObjectsCreate } from '../../runtime/bootstrap.ts';
import { heapSize, youngSemiSize } from '../../runtime/memory.ts';
import { imageWrite, imageLoad } from '../../runtime/image.ts';
import { rootGet, rootSet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../runtime/heap.ts';
import { rawGet, smiFrom } from '../../runtime/memory.ts';
import { RootIndex } from '../../runtime/roots.ts';
import {
  InstanceType, PropertyAttr, ElementsKind, MapLayout, JSObjectLayout, JSPrimitiveWrapperLayout, SfiKind, SfiFlag,
  JSFunctionLayout, SharedFunctionInfoLayout,
} from '../../runtime/layouts.ts';
import {
  undefinedValue, falseValue, theHole, symbolNew, numberNew, accessorPairGetter, accessorPairSetter, fixedArrayNew, fixedArrayGet, fixedArraySet,
  fixedArrayLength, isJSObject, instanceTypeOf,
} from '../../runtime/values.ts';
import { ownKeysArray, KeyFilter } from '../../runtime/builtins-object.ts';
import { arrayLength, elementsGet } from '../../runtime/elements.ts';
import { stringNewOneByte, stringNewTwoByte, seqSetChar, stringInternalize, stringLength, stringGet } from '../../runtime/strings.ts';
import { mapNew, mapCopyWithPrototype } from '../../runtime/maps.ts';
import {
  objectNew, objectNewPlain, objectDefineOwnProperty, objectDefineAccessor, objectGetOwn, objectDeleteProperty,
  objectSetPrototype, objectPreventExtensions, objectGetPrototype,
} from '../../runtime/objects.ts';
import { sharedFunctionInfoNew, sharedFunctionInfoSetFlags, sharedFunctionInfoSetLength, functionNew } from '../../runtime/functions.ts';
import {
  intrinsicGet, intrinsicSet, agentIntrinsicGet, agentIntrinsicSet, Intrinsic, intrinsicIsShared, realmIntrinsicGet, realmNew, realmEnter,
} from '../../runtime/realm.ts';
import { ErrorKind, isException, pendingException, pendingExceptionClear } from '../../runtime/errors.ts';
import { vmRunScript } from '../../runtime/interpreter.ts';
import { nodeSetScriptCompiler, nodeSetDynamicCompiler, nodeCompileScript, nodeSetInputBlob, nodeTakeBlob, OuroFatalError } from '../../runtime/host/node.ts';
import { BUILTINS, builtinFunctionName, type BuiltinEntry } from './builtins-table.ts';
import { compileDynamic } from './dynamic-code.ts';
import { shell262MarkIsHTMLDDA } from '../../runtime/builtins-shell.ts';
import { flagGcStress, flagsSetGcStress } from '../../runtime/flags.ts';

type ScriptCompiler = (source: number, name: number) => number;

/**
 * Registers the compiler behind load() and the library (host strings in, SFI out), and with it the
 * stage0 compiler of eval code and the Function constructors (dynamic-code.ts, hostCompileDynamic).
 */
export function setScriptCompiler(fn: ScriptCompiler | null): void {
  nodeSetScriptCompiler(fn);
  nodeSetDynamicCompiler(fn ? compileDynamic : null);
}

const W = PropertyAttr.WRITABLE;
const E = PropertyAttr.ENUMERABLE;
const C = PropertyAttr.CONFIGURABLE;
const METHOD = W | C;

/** Timings of the last createRealm (ms), for `--stats` and the tests. */
export const realmTimings = { intrinsics: 0, library: 0, total: 0, cached: false };

// ---- small host helpers ------------------------------------------------------------------------

function heapString(s: string): number {
  let oneByte = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) oneByte = false;
  const h = oneByte ? stringNewOneByte(s.length) : stringNewTwoByte(s.length);
  for (let i = 0; i < s.length; i++) seqSetChar(h, i, s.charCodeAt(i));
  return h;
}
function key(s: string): number {
  return stringInternalize(heapString(s));
}
function hostString(h: number): string {
  let out = '';
  const n = stringLength(h);
  for (let i = 0; i < n; i++) out += String.fromCharCode(stringGet(h, i));
  return out;
}
/** A handle for a value (the realm keeps one handle scope open while it builds). */
function keep(v: number): number {
  return handleNew(v);
}

/** Defines holder[name] = value with attributes; name is a string or a well-known symbol (an Intrinsic index). */
function define(hHolder: number, name: string | { symbol: number }, hValue: number, attrs: number): void {
  const k = typeof name === 'string' ? key(name) : intrinsicGet(name.symbol);
  if (!objectDefineOwnProperty(handleGet(hHolder), k, handleGet(hValue), attrs)) throw new Error(`realm: cannot define ${String(name)}`);
}
function defineNumber(hHolder: number, name: string, value: number, attrs: number): void {
  const h = keep(numberNew(value));
  define(hHolder, name, h, attrs);
}
function defineString(hHolder: number, name: string | { symbol: number }, value: string, attrs: number): void {
  const h = keep(heapString(value));
  define(hHolder, name, h, attrs);
}

// ---- prototypes, maps, symbols ----------------------------------------------------------------

function plainObjectWithPrototype(proto: number): number {
  const hProto = keep(proto);
  const map = mapCopyWithPrototype(rootGet(RootIndex.objectMap), handleGet(hProto));
  return objectNew(map);
}

function wrapperPrototype(value: number): number {
  const hValue = keep(value);
  const map = mapNew(InstanceType.JS_PRIMITIVE_WRAPPER, JSPrimitiveWrapperLayout.size, 0, rootGet(RootIndex.objectPrototype), ElementsKind.HOLEY_SMI);
  const obj = objectNew(map);
  fieldSet(obj, JSPrimitiveWrapperLayout.value, handleGet(hValue));
  return obj;
}

const WELL_KNOWN_SYMBOLS: [string, number][] = [
  ['asyncIterator', Intrinsic.SymbolAsyncIterator], ['hasInstance', Intrinsic.SymbolHasInstance],
  ['isConcatSpreadable', Intrinsic.SymbolIsConcatSpreadable], ['iterator', Intrinsic.SymbolIterator],
  ['match', Intrinsic.SymbolMatch], ['matchAll', Intrinsic.SymbolMatchAll], ['replace', Intrinsic.SymbolReplace],
  ['search', Intrinsic.SymbolSearch], ['species', Intrinsic.SymbolSpecies], ['split', Intrinsic.SymbolSplit],
  ['toPrimitive', Intrinsic.SymbolToPrimitive], ['toStringTag', Intrinsic.SymbolToStringTag],
  ['unscopables', Intrinsic.SymbolUnscopables],
];

const ERROR_NAMES = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError'];

/** In-object slots of error objects: stack, message, cause. */
const ERROR_INOBJECT = 3;

/** Function.prototype is itself a builtin function (it accepts any arguments and returns undefined). */
function replaceFunctionPrototype(hEmptyFn: number): void {
  const newProto = handleGet(hEmptyFn);
  rootSet(RootIndex.functionPrototype, newProto);
  fieldSet(rootGet(RootIndex.functionMap), MapLayout.prototype, newProto);
  fieldSet(rootGet(RootIndex.boundFunctionMap), MapLayout.prototype, newProto);
}

/** `firstRealm`: null for the heap's first realm, else its id, whose shared intrinsics are copied. */
function createPrototypes(firstRealm: number | null): void {
  const objectProto = rootGet(RootIndex.objectPrototype);
  intrinsicSet(Intrinsic.ObjectPrototype, objectProto);
  intrinsicSet(Intrinsic.ArrayPrototype, rootGet(RootIndex.arrayPrototype));
  intrinsicSet(Intrinsic.GlobalObject, rootGet(RootIndex.globalObject));
  intrinsicSet(Intrinsic.StringPrototype, wrapperPrototype(rootGet(RootIndex.emptyString)));
  intrinsicSet(Intrinsic.NumberPrototype, wrapperPrototype(smiFrom(0)));
  intrinsicSet(Intrinsic.BooleanPrototype, wrapperPrototype(falseValue()));
  intrinsicSet(Intrinsic.SymbolPrototype, objectNewPlain());
  intrinsicSet(Intrinsic.BigIntPrototype, objectNewPlain());
  const wrapperMap = (proto: number): number =>
    mapNew(InstanceType.JS_PRIMITIVE_WRAPPER, JSPrimitiveWrapperLayout.size, 0, intrinsicGet(proto), ElementsKind.HOLEY_SMI);
  intrinsicSet(Intrinsic.StringWrapperMap, wrapperMap(Intrinsic.StringPrototype));
  intrinsicSet(Intrinsic.NumberWrapperMap, wrapperMap(Intrinsic.NumberPrototype));
  intrinsicSet(Intrinsic.BooleanWrapperMap, wrapperMap(Intrinsic.BooleanPrototype));
  intrinsicSet(Intrinsic.SymbolWrapperMap, wrapperMap(Intrinsic.SymbolPrototype));
  intrinsicSet(Intrinsic.BigIntWrapperMap, wrapperMap(Intrinsic.BigIntPrototype));
  // Errors: %Error.prototype% is ordinary; the others inherit from it.
  intrinsicSet(Intrinsic.ErrorPrototype, objectNewPlain());
  for (let kind = 1; kind < ERROR_NAMES.length; kind++) {
    intrinsicSet(Intrinsic.ErrorPrototype + kind, plainObjectWithPrototype(intrinsicGet(Intrinsic.ErrorPrototype)));
  }
  for (let kind = 0; kind < ERROR_NAMES.length; kind++) {
    const size = JSObjectLayout.size + 4 * ERROR_INOBJECT;
    intrinsicSet(Intrinsic.ErrorMap + kind, mapNew(InstanceType.JS_ERROR, size, ERROR_INOBJECT, intrinsicGet(Intrinsic.ErrorPrototype + kind), ElementsKind.HOLEY_SMI));
  }
  // Iteration.
  intrinsicSet(Intrinsic.IteratorPrototype, objectNewPlain());
  intrinsicSet(Intrinsic.AsyncIteratorPrototype, objectNewPlain());
  intrinsicSet(Intrinsic.GeneratorPrototype, plainObjectWithPrototype(intrinsicGet(Intrinsic.IteratorPrototype)));
  intrinsicSet(Intrinsic.AsyncGeneratorPrototype, plainObjectWithPrototype(intrinsicGet(Intrinsic.AsyncIteratorPrototype)));
  // The identity-hash key and the well-known symbols: made by the heap's first realm, shared by
  // the others (the well-known symbols are the same in every realm, spec 6.1.5.1).
  if (firstRealm !== null) {
    for (let i = 0; i < Intrinsic.count; i++) {
      if (intrinsicIsShared(i)) intrinsicSet(i, realmIntrinsicGet(firstRealm, i));
    }
    return;
  }
  intrinsicSet(Intrinsic.IdentityHashSymbol, symbolNew(undefinedValue()));
  for (const [name, index] of WELL_KNOWN_SYMBOLS) {
    const d = heapString(`Symbol.${name}`);
    intrinsicSet(index, symbolNew(d));
  }
  agentIntrinsicSet(Intrinsic.ExitCode, smiFrom(-1));
}

/** The function prototypes of generators and async functions (after Function.prototype exists). */
function createFunctionKindPrototypes(): void {
  const fp = (): number => rootGet(RootIndex.functionPrototype);
  intrinsicSet(Intrinsic.GeneratorFunctionPrototype, plainObjectWithPrototype(fp()));
  intrinsicSet(Intrinsic.AsyncGeneratorFunctionPrototype, plainObjectWithPrototype(fp()));
  intrinsicSet(Intrinsic.AsyncFunctionPrototype, plainObjectWithPrototype(fp()));
  const link = (fnProto: number, proto: number, tag: string): void => {
    const hF = keep(intrinsicGet(fnProto));
    const hP = keep(intrinsicGet(proto));
    define(hF, 'prototype', hP, C);
    define(hP, 'constructor', hF, C);
    defineString(hF, { symbol: Intrinsic.SymbolToStringTag }, tag.replace('Prototype', ''), C);
  };
  link(Intrinsic.GeneratorFunctionPrototype, Intrinsic.GeneratorPrototype, 'GeneratorFunction');
  link(Intrinsic.AsyncGeneratorFunctionPrototype, Intrinsic.AsyncGeneratorPrototype, 'AsyncGeneratorFunction');
  const hAF = keep(intrinsicGet(Intrinsic.AsyncFunctionPrototype));
  defineString(hAF, { symbol: Intrinsic.SymbolToStringTag }, 'AsyncFunction', C);
  const hGP = keep(intrinsicGet(Intrinsic.GeneratorPrototype));
  defineString(hGP, { symbol: Intrinsic.SymbolToStringTag }, 'Generator', C);
  const hAGP = keep(intrinsicGet(Intrinsic.AsyncGeneratorPrototype));
  defineString(hAGP, { symbol: Intrinsic.SymbolToStringTag }, 'AsyncGenerator', C);
}

// ---- builtin functions -------------------------------------------------------------------------

/** A builtin function object for table entry `id`. */
function builtinFunctionNew(entry: BuiltinEntry, id: number, withProperties = true): number {
  const name = key(builtinFunctionName(entry));
  const hName = keep(name);
  const sfi = sharedFunctionInfoNew(handleGet(hName), entry.length, id);
  let flags = (SfiKind.builtin << SfiKind.shift) | SfiFlag.strict | SfiFlag.nativeCode;
  if (entry.ctor) flags |= SfiFlag.builtinConstructor | SfiFlag.isClassConstructor;
  sharedFunctionInfoSetFlags(sfi, flags);
  sharedFunctionInfoSetLength(sfi, entry.length);
  const hF = keep(functionNew(sfi, undefinedValue()));
  if (withProperties) {
    defineNumber(hF, 'length', entry.length, C);
    define(hF, 'name', hName, C);
  }
  return handleGet(hF);
}

/** The holder object a path names ('Math', 'Object.prototype', '%GeneratorPrototype%', '__ouro', ''). */
function resolveHolder(pathText: string, hGlobal: number, hOuro: number): number {
  if (pathText === '') return hGlobal;
  if (pathText === '__ouro') return hOuro;
  const parts = pathText.split('.');
  let h: number;
  const first = parts[0]!;
  if (first.startsWith('%')) {
    const name = first.slice(1, -1) as keyof typeof Intrinsic;
    h = keep(intrinsicGet(Intrinsic[name]));
  } else {
    const k = key(first);
    let v = objectGetOwn(handleGet(hGlobal), k);
    if (v === theHole()) {
      // A namespace object (Math): created on first use.
      const hObj = keep(objectNewPlain());
      define(hGlobal, first, hObj, METHOD);
      if (first === 'Math') defineString(hObj, { symbol: Intrinsic.SymbolToStringTag }, 'Math', C);
      v = handleGet(hObj);
    }
    h = keep(v);
  }
  for (const part of parts.slice(1)) {
    const k = key(part);
    h = keep(objectGetOwn(handleGet(h), k));
  }
  return h;
}

const CONSTRUCTOR_INTRINSICS: Record<string, [number, number]> = {
  Object: [Intrinsic.Object, Intrinsic.ObjectPrototype],
  Function: [Intrinsic.Function, Intrinsic.FunctionPrototype],
  Array: [Intrinsic.Array, Intrinsic.ArrayPrototype],
  String: [Intrinsic.String, Intrinsic.StringPrototype],
  Number: [Intrinsic.Number, Intrinsic.NumberPrototype],
  Boolean: [Intrinsic.Boolean, Intrinsic.BooleanPrototype],
  Symbol: [Intrinsic.Symbol, Intrinsic.SymbolPrototype],
  BigInt: [Intrinsic.BigInt, Intrinsic.BigIntPrototype],
};
for (let kind = 0; kind < ERROR_NAMES.length; kind++) {
  CONSTRUCTOR_INTRINSICS[ERROR_NAMES[kind]!] = [Intrinsic.ErrorConstructor + kind, Intrinsic.ErrorPrototype + kind];
}

function installBuiltins(hGlobal: number, hOuro: number): void {
  for (let id = 0; id < BUILTINS.length; id++) {
    const entry = BUILTINS[id]!;
    const scope = handleScopeOpen();
    let at = entry.at;
    let accessor: 'get' | 'set' | null = null;
    if (at.startsWith('get ') || at.startsWith('set ')) {
      accessor = at.slice(0, 3) as 'get' | 'set';
      at = at.slice(4);
    }
    const hF = keep(builtinFunctionNew(entry, id));
    if (entry.ctor && /^%\w+%$/.test(at)) {
      // A constructor that is no global (%GeneratorFunction%...): %X.prototype%.constructor, and a
      // subclass of Function (its [[Prototype]] is %Function%).
      const hProto = keep(intrinsicGet(Intrinsic[`${at.slice(1, -1)}Prototype` as keyof typeof Intrinsic]));
      define(hF, 'prototype', hProto, 0);
      define(hProto, 'constructor', hF, C);
      objectSetPrototype(handleGet(hF), intrinsicGet(Intrinsic.Function));
      handleScopeClose(scope);
      continue;
    }
    if (/^%\w+%$/.test(at)) {
      // An intrinsic that is no property: %ThrowTypeError% (frozen, as the spec wants).
      intrinsicSet(Intrinsic[at.slice(1, -1) as keyof typeof Intrinsic], handleGet(hF));
      const hLen = keep(numberNew(entry.length));
      const lengthKey = key('length');
      objectDefineOwnProperty(handleGet(hF), lengthKey, handleGet(hLen), 0);
      const hName = keep(heapString(''));
      const nameKey = key('name');
      objectDefineOwnProperty(handleGet(hF), nameKey, handleGet(hName), 0);
      objectPreventExtensions(handleGet(hF));
      handleScopeClose(scope);
      continue;
    }
    if (entry.ctor) {
      const [ctorIndex, protoIndex] = CONSTRUCTOR_INTRINSICS[at]!;
      intrinsicSet(ctorIndex, handleGet(hF));
      const hProto = keep(intrinsicGet(protoIndex));
      define(hF, 'prototype', hProto, 0);
      define(hProto, 'constructor', hF, METHOD);
      define(hGlobal, at, hF, METHOD);
      handleScopeClose(scope);
      continue;
    }
    // Split 'A.b.c' / 'A.b[Symbol.x]' into holder path and key.
    let holderPath: string;
    let name: string | { symbol: number };
    const sym = /^(.*)\[Symbol\.(\w+)\]$/.exec(at);
    if (sym) {
      holderPath = sym[1]!;
      const wk = WELL_KNOWN_SYMBOLS.find(([n]) => n === sym[2]);
      if (!wk) throw new Error(`realm: unknown well-known symbol in ${entry.at}`);
      name = { symbol: wk[1] };
    } else {
      const dot = at.lastIndexOf('.');
      holderPath = dot < 0 ? '' : at.slice(0, dot);
      name = dot < 0 ? at : at.slice(dot + 1);
    }
    const hHolder = resolveHolder(holderPath, hGlobal, hOuro);
    if (accessor) {
      const k = typeof name === 'string' ? key(name) : intrinsicGet(name.symbol);
      const hK = keep(k);
      const existing = objectGetOwn(handleGet(hHolder), handleGet(hK));
      let getter = undefinedValue();
      let setter = undefinedValue();
      if (existing !== theHole() && (existing & 1) !== 0 && rawGet(existing, 0) === rootGet(RootIndex.accessorPairMap)) {
        getter = accessorPairGetter(existing);
        setter = accessorPairSetter(existing);
      }
      if (accessor === 'get') getter = handleGet(hF);
      else setter = handleGet(hF);
      objectDefineAccessor(handleGet(hHolder), handleGet(hK), getter, setter, C);
    } else {
      define(hHolder, name, hF, entry.attrs === 'none' ? 0 : entry.attrs === 'configurable' ? C : METHOD);
    }
    handleScopeClose(scope);
  }
}

// ---- values that are not functions ---------------------------------------------------------------

function installValues(hGlobal: number): void {
  const scope = handleScopeOpen();
  const none = 0;
  // Global value properties.
  defineNumber(hGlobal, 'NaN', NaN, none);
  defineNumber(hGlobal, 'Infinity', Infinity, none);
  const hUndef = keep(undefinedValue());
  define(hGlobal, 'undefined', hUndef, none);
  define(hGlobal, 'globalThis', hGlobal, METHOD);
  // Math.
  const hMath = resolveHolder('Math', hGlobal, hGlobal);
  for (const [n, v] of [['E', Math.E], ['LN10', Math.LN10], ['LN2', Math.LN2], ['LOG10E', Math.LOG10E], ['LOG2E', Math.LOG2E],
    ['PI', Math.PI], ['SQRT1_2', Math.SQRT1_2], ['SQRT2', Math.SQRT2]] as [string, number][]) defineNumber(hMath, n, v, none);
  // Number.
  const hNumber = keep(intrinsicGet(Intrinsic.Number));
  for (const [n, v] of [['EPSILON', Number.EPSILON], ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER], ['MAX_VALUE', Number.MAX_VALUE],
    ['MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER], ['MIN_VALUE', Number.MIN_VALUE], ['NaN', NaN],
    ['NEGATIVE_INFINITY', -Infinity], ['POSITIVE_INFINITY', Infinity]] as [string, number][]) defineNumber(hNumber, n, v, none);
  const parseIntKey = key('parseInt');
  const hParseInt = keep(objectGetOwn(handleGet(hGlobal), parseIntKey));
  define(hNumber, 'parseInt', hParseInt, METHOD);
  const parseFloatKey = key('parseFloat');
  const hParseFloat = keep(objectGetOwn(handleGet(hGlobal), parseFloatKey));
  define(hNumber, 'parseFloat', hParseFloat, METHOD);
  // Symbol: the well-known symbols.
  const hSymbol = keep(intrinsicGet(Intrinsic.Symbol));
  for (const [n, index] of WELL_KNOWN_SYMBOLS) {
    const hS = keep(intrinsicGet(index));
    define(hSymbol, n, hS, none);
  }
  const hSymbolProto = keep(intrinsicGet(Intrinsic.SymbolPrototype));
  defineString(hSymbolProto, { symbol: Intrinsic.SymbolToStringTag }, 'Symbol', C);
  const hBigIntProto = keep(intrinsicGet(Intrinsic.BigIntPrototype));
  defineString(hBigIntProto, { symbol: Intrinsic.SymbolToStringTag }, 'BigInt', C);
  // Errors: name and message on the prototypes; NativeError constructors inherit from Error.
  for (let kind = 0; kind < ERROR_NAMES.length; kind++) {
    const hProto = keep(intrinsicGet(Intrinsic.ErrorPrototype + kind));
    defineString(hProto, 'name', ERROR_NAMES[kind]!, METHOD);
    defineString(hProto, 'message', '', METHOD);
    if (kind !== ErrorKind.Error) objectSetPrototype(intrinsicGet(Intrinsic.ErrorConstructor + kind), intrinsicGet(Intrinsic.ErrorConstructor));
  }
  const hError = keep(intrinsicGet(Intrinsic.ErrorConstructor));
  defineNumber(hError, 'stackTraceLimit', 10, W | E | C);
  const evalKey = key('eval');
  intrinsicSet(Intrinsic.Eval, objectGetOwn(rootGet(RootIndex.globalObject), evalKey));
  // Object.prototype.toString for the kernel (Array.prototype.toString's fallback).
  const toStringKey = key('toString');
  intrinsicSet(Intrinsic.ObjectProtoToString, objectGetOwn(intrinsicGet(Intrinsic.ObjectPrototype), toStringKey));
  // Function.prototype.caller / .arguments: %ThrowTypeError% accessors (AddRestrictedFunctionProperties).
  const hFP = keep(intrinsicGet(Intrinsic.FunctionPrototype));
  const hTTE = keep(intrinsicGet(Intrinsic.ThrowTypeError));
  for (const n of ['caller', 'arguments']) {
    const k = key(n);
    objectDefineAccessor(handleGet(hFP), k, handleGet(hTTE), handleGet(hTTE), C);
  }
  handleScopeClose(scope);
}

// ---- the library ---------------------------------------------------------------------------------

/**
 * The stage1/ directory: next to stage0/ in the repository, next to dist/ for the bundle, or
 * three levels up from node_modules/.cache/ts-run/ for a development bundle of scripts/ts.mjs.
 */
function libraryDir(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../stage1'), path.resolve(here, '../stage1'), path.resolve(here, '../../../stage1'), path.resolve(process.cwd(), 'stage1')];
  for (const candidate of candidates) {
    if (existsSync(path.join(candidate, 'INTRINSICS.md'))) return candidate;
  }
  return null;
}

/** The library's source files in run order. */
export function libraryFiles(): string[] {
  const dir = libraryDir();
  if (!dir) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => path.join(dir, f));
}

/** Compiles one classic script of the library; throws (host) on a compile error. */
function compileLibraryFile(file: string): number {
  const scope = handleScopeOpen();
  const hSource = keep(heapString(readFileSync(file, 'utf8')));
  const name = heapString(path.relative(process.cwd(), file) || file);
  const sfi = nodeCompileScript(handleGet(hSource), name);
  if (isException(sfi)) {
    const v = pendingException();
    pendingExceptionClear();
    handleScopeClose(scope);
    throw new OuroFatalError(`realm: the library file ${file} does not compile: ${describe(v)}`);
  }
  handleScopeClose(scope);
  return sfi;
}

/** Runs a compiled library script in the running realm; throws (host) on an uncaught exception. */
function runLibraryScript(sfi: number, file: string): void {
  const r = vmRunScript(sfi);
  if (isException(r)) {
    const v = pendingException();
    pendingExceptionClear();
    throw new OuroFatalError(`realm: the library file ${file} threw: ${describe(v)}`);
  }
}

/**
 * Runs the library: compiled from stage1/ for the heap's first realm, its scripts kept at
 * RootIndex.libraryScripts; the realms made later run those same scripts (bytecode is realm
 * independent: constant pools hold strings, numbers, SharedFunctionInfos and scope infos, never
 * objects of a realm), so a new realm costs no compilation.
 */
function runLibrary(another: boolean): void {
  if (another) {
    const scripts = rootGet(RootIndex.libraryScripts);
    if ((scripts & 1) !== 0 && scripts !== undefinedValue()) {
      const n = fixedArrayLength(scripts);
      for (let i = 0; i < n; i++) runLibraryScript(fixedArrayGet(rootGet(RootIndex.libraryScripts), i), `library script ${i}`);
    }
    return;
  }
  const files = libraryFiles();
  rootSet(RootIndex.libraryScripts, fixedArrayNew(files.length));
  for (let i = 0; i < files.length; i++) {
    const sfi = compileLibraryFile(files[i]!);
    fixedArraySet(rootGet(RootIndex.libraryScripts), i, sfi);
    runLibraryScript(fixedArrayGet(rootGet(RootIndex.libraryScripts), i), files[i]!);
  }
}

/** A thrown value as text for fatal messages (its `stack`, or `message`, or the string itself). */
function describe(v: number): string {
  if ((v & 1) === 0) return String(v >> 1);
  try {
    for (const k of ['stack', 'message']) {
      const s = objectGetOwn(v, key(k));
      if (s !== theHole() && (s & 1) !== 0 && rawGet(s, 0) !== 0 && isStringValue(s)) return hostString(s);
    }
    if (isStringValue(v)) return hostString(v);
  } catch {
    // fall through
  }
  return '(a value)';
}
function isStringValue(v: number): boolean {
  return (v & 1) !== 0 && rawGet(rawGet(v, 0), MapLayout.instanceType) < InstanceType.FIRST_NONSTRING_TYPE;
}

export interface RealmOptions {
  /** Run the stage1 library (default true). */
  library?: boolean;
  /**
   * Reuse a heap image of the realm made by an earlier run with the same sources (default true;
   * OURO_NO_REALM_CACHE=1 turns it off). The heap must be fresh (just set up, nothing allocated).
   */
  cache?: boolean;
}

// ---- the realm snapshot cache --------------------------------------------------------------------
//
// Compiling the library with the stage0 front end costs about a second on a cold Node; the realm
// it produces is a pure function of the kernel, the builtins table and the library sources. So the
// first run writes the heap right after realm creation as an image (runtime/image.ts) to the
// temporary directory, named by a hash of all of those, and later runs load it (a copy of a few
// megabytes) instead of building the realm again.

/**
 * The code this process loaded, hashed when the module was evaluated: reading the file later
 * could see a newer build than the one running (a rebuild while a long run is under way), and a
 * realm made by old code would then be cached under the new code's name.
 */
const SELF_FILE = fileURLToPath(import.meta.url);
const SELF_HASH = createHash('sha1').update(readFileSync(SELF_FILE)).digest('hex');

/** The inputs that decide the realm: the loaded code, the tables, the kernel files (from source), the library. */
function realmFingerprint(): string {
  const hash = createHash('sha1');
  const self = SELF_FILE;
  hash.update(SELF_HASH);
  // The tables as this process has them in memory (builtin ids are baked into the image).
  hash.update(JSON.stringify(BUILTINS));
  hash.update(JSON.stringify(Intrinsic));
  if (/realm\.ts$/.test(self)) {
    // Running from source (tests): the module is only this file; add the kernel and the compiler.
    const root = path.resolve(path.dirname(self), '../..');
    for (const dir of ['runtime', 'runtime/generated', 'runtime/host', 'stage0/bytecode', 'stage0/vm']) {
      const abs = path.join(root, dir);
      if (!existsSync(abs)) continue;
      for (const f of readdirSync(abs).sort()) {
        if (!f.endsWith('.ts')) continue;
        const st = statSync(path.join(abs, f));
        hash.update(`${dir}/${f}:${st.size}:${st.mtimeMs}\n`);
      }
    }
  }
  for (const f of libraryFiles()) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 20);
}

function cachePath(): string {
  // Images do not depend on the heap size (runtime/image.ts), so one file serves every --max-heap.
  return path.join(tmpdir(), `ouro-realm-${realmFingerprint()}.img`);
}

/** Loads a cached realm image into a fresh heap; false (heap set up again) when there is none or it is unusable. */
function realmFromCache(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    nodeSetInputBlob(readFileSync(file));
  } catch {
    return false;
  }
  const size = heapSize;
  const semi = youngSemiSize;
  const ok = imageLoad(size, semi) && realmMatchesTable();
  nodeSetInputBlob(new Uint8Array(0));
  if (!ok) heapSetup(size, semi);
  return ok;
}

/** A loaded realm's constructors carry the builtin ids of this process's table (a stale image would not). */
function realmMatchesTable(): boolean {
  for (let id = 0; id < BUILTINS.length; id++) {
    const entry = BUILTINS[id]!;
    if (!entry.ctor || !CONSTRUCTOR_INTRINSICS[entry.at]) continue;
    const f = intrinsicGet(CONSTRUCTOR_INTRINSICS[entry.at]![0]);
    if ((f & 1) === 0 || f === undefinedValue()) return false;
    const sfi = rawGet(f, JSFunctionLayout.shared);
    if (rawGet(sfi, SharedFunctionInfoLayout.functionLiteralId) !== id) return false;
  }
  return true;
}

function realmToCache(file: string): void {
  imageWrite();
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, nodeTakeBlob());
    renameSync(tmp, file);
  } catch {
    // A read-only temporary directory only costs the next run the realm creation.
  }
}

/** Creates the realm in the current heap: intrinsics, globals, builtins, then the library. */
export function createRealm(options: RealmOptions = {}): void {
  const t0 = performance.now();
  const useCache = options.cache !== false && options.library !== false && process.env.OURO_NO_REALM_CACHE !== '1';
  let file = '';
  if (useCache) {
    file = cachePath();
    if (realmFromCache(file)) {
      realmTimings.intrinsics = 0;
      realmTimings.library = 0;
      realmTimings.total = performance.now() - t0;
      realmTimings.cached = true;
      return;
    }
  }
  realmTimings.cached = false;
  buildRealm(options);
  if (useCache) realmToCache(file);
  realmTimings.total = performance.now() - t0;
}

function buildRealm(options: RealmOptions, firstRealm: number | null = null): void {
  const t0 = performance.now();
  const scope = handleScopeOpen();
  createPrototypes(firstRealm);
  const hGlobal = keep(rootGet(RootIndex.globalObject));
  const hOuro = keep(objectNewPlain());
  intrinsicSet(Intrinsic.OuroIntrinsics, handleGet(hOuro));
  define(hGlobal, '__ouro', hOuro, METHOD);
  // Function.prototype first, so that every builtin function made below inherits from it. No
  // property is added before the function maps are patched: transitions made from the root
  // function map would keep the old prototype.
  const hEmpty = keep(builtinFunctionNew({ at: '', length: 0, file: '', fn: '' }, -1, false));
  const hObjectProto = keep(rootGet(RootIndex.objectPrototype));
  objectSetPrototype(handleGet(hEmpty), handleGet(hObjectProto));
  replaceFunctionPrototype(hEmpty);
  defineNumber(hEmpty, 'length', 0, C);
  defineString(hEmpty, 'name', '', C);
  intrinsicSet(Intrinsic.FunctionPrototype, handleGet(hEmpty));
  createFunctionKindPrototypes();
  installBuiltins(hGlobal, hOuro);
  installValues(hGlobal);
  if (firstRealm !== null) shareLibrarySymbols(firstRealm);
  realmTimings.intrinsics = performance.now() - t0;
  const t1 = performance.now();
  if (options.library !== false) runLibrary(firstRealm !== null);
  realmTimings.library = performance.now() - t1;
  const ouroKey = key('__ouro');
  objectDeleteProperty(handleGet(hGlobal), ouroKey);
  intrinsicSet(Intrinsic.OuroIntrinsics, undefinedValue());
  recordConstructorPrototypes(hGlobal);
  handleScopeClose(scope);
}

/** Exit code recorded by quit(code), or -1. */
export function realmExitCode(): number {
  const v = agentIntrinsicGet(Intrinsic.ExitCode);
  return (v & 1) === 0 ? v >> 1 : -1;
}

/**
 * Intrinsic.ConstructorPrototypes: the `prototype` of every constructor on the global object (in
 * key order) and of its [[Prototype]] when that is a constructor too (%TypedArray%), as the realm
 * was made. Every realm runs the same builtins and library, so index i names the same intrinsic
 * in each (runtime/realm.ts realmTranslate).
 */
function recordConstructorPrototypes(hGlobal: number): void {
  const scope = handleScopeOpen();
  const hKeys = keep(ownKeysArray(handleGet(hGlobal), KeyFilter.strings));
  const protos: number[] = [];
  const n = arrayLength(handleGet(hKeys));
  const prototypeKey = keep(key('prototype'));
  const protoOf = (f: number): number => {
    if ((f & 1) === 0 || !isJSObject(f) || instanceTypeOf(f) !== InstanceType.JS_FUNCTION) return 0;
    const p = objectGetOwn(f, handleGet(prototypeKey));
    return p !== theHole() && isJSObject(p) ? p : 0;
  };
  for (let i = 0; i < n; i++) {
    const k = elementsGet(handleGet(hKeys), i);
    const v = objectGetOwn(handleGet(hGlobal), k);
    const p = protoOf(v);
    if (p === 0) continue;
    protos.push(keep(p));
    const parent = protoOf(objectGetPrototype(v));
    if (parent !== 0) protos.push(keep(parent));
  }
  const table = fixedArrayNew(protos.length);
  for (let i = 0; i < protos.length; i++) fixedArraySet(table, i, handleGet(protos[i]!));
  intrinsicSet(Intrinsic.ConstructorPrototypes, table);
  handleScopeClose(scope);
}

// ---- more realms ($262.createRealm) ------------------------------------------------------------

/**
 * Well-known symbols the library defines when the kernel has none (Symbol.dispose,
 * Symbol.asyncDispose: stage1/45-disposal.js): a later realm gets the first realm's, so that they
 * are shared as the spec's well-known symbols are.
 */
const LIBRARY_SYMBOLS = ['dispose', 'asyncDispose'];

function shareLibrarySymbols(firstRealm: number): void {
  const scope = handleScopeOpen();
  const hFirstSymbol = keep(realmIntrinsicGet(firstRealm, Intrinsic.Symbol));
  const hSymbol = keep(intrinsicGet(Intrinsic.Symbol));
  for (const name of LIBRARY_SYMBOLS) {
    const k = key(name);
    const v = objectGetOwn(handleGet(hFirstSymbol), k);
    if (v === theHole()) continue;
    const hV = keep(v);
    define(hSymbol, name, hV, 0);
  }
  // The RegExp data key is made on first use (runtime/builtins-regexp.ts): share it when it exists.
  const data = realmIntrinsicGet(firstRealm, Intrinsic.RegExpDataSymbol);
  if (data !== undefinedValue()) intrinsicSet(Intrinsic.RegExpDataSymbol, data);
  handleScopeClose(scope);
}

export interface AnotherRealmOptions {
  /** Keep the `gc` global (--expose-gc). */
  exposeGc: boolean;
}

/** Timings of the last createAnotherRealm (ms). */
export const anotherRealmTimings = { intrinsics: 0, library: 0, total: 0 };

/**
 * $262.createRealm (runtime/builtins-shell.ts through hostCreateRealm): builds another realm in
 * the running heap — a realm record (runtime/realm.ts realmNew), its basic objects, intrinsics and
 * builtins, then the library's compiled scripts run again — and returns its `$262` object (with
 * `global` set), the running realm unchanged. Errors while building are fatal, as for the first realm.
 */
export function createAnotherRealm(options: AnotherRealmOptions): number {
  const t0 = performance.now();
  // Built without --gc-stress, as the first realm is (stage0/vm/engine.ts): the stress is for the program.
  const stress = flagGcStress;
  flagsSetGcStress(false);
  const previous = realmNew();
  realmObjectsCreate();
  buildRealm({ library: true }, 0);
  anotherRealmTimings.intrinsics = realmTimings.intrinsics;
  anotherRealmTimings.library = realmTimings.library;
  const scope = handleScopeOpen();
  const hGlobal = keep(rootGet(RootIndex.globalObject));
  if (!options.exposeGc) {
    const gcKey = key('gc');
    objectDeleteProperty(handleGet(hGlobal), gcKey);
  }
  const k262 = key('$262');
  const hTest = keep(objectGetOwn(handleGet(hGlobal), k262));
  define(hTest, 'global', hGlobal, METHOD);
  shell262MarkIsHTMLDDA();
  const result = handleGet(hTest);
  handleScopeClose(scope);
  realmEnter(previous);
  flagsSetGcStress(stress);
  anotherRealmTimings.total = performance.now() - t0;
  return result;
}
