// ES modules in the interpreter (docs/modules.md): module records, export cells (live bindings),
// namespace objects, import.meta, dynamic import(). The bytecode side is stage0/bytecode/
// generator-modules.ts; the loader and the graph algorithms of the spec (resolution, reading and
// parsing files, ResolveExport, the Tarjan DFS of Link and Evaluate, async module evaluation)
// live on the host side (stage0/vm/modules.ts), which drives the kernel through the functions
// below and is called back through hostModuleRequest (dynamic import(), async module steps).
//
// A **module record** is a FixedArray of ModuleRecord fields; every record is listed in the
// registry (RootIndex.moduleRegistry: [Smi count, callback function, record 1, record 2, ...]),
// and the host names records by their registry index. A **cell** is a FixedArray
// [value, mirrors]: the binding of one exported local (the hole until initialised: TDZ). An
// importer's `imports` slot i holds the exporter's cell itself, so every read sees the current
// value (live bindings). `mirrors` lists the namespace objects that show the cell as a property
// ([Smi count, ns, key, ns, key, ...]); stores update them, so code that reads the properties
// of a namespace object directly (the library) sees the current values too.
//
// The module context (created by moduleInstantiate) is the outermost context of all module code;
// its `extension` slot holds the module record.
import type { i32, f64, bool } from './types.ts';
import { throwErrorLit, throwErrorWith, throwValue, isException, ErrorKind, pendingException, pendingExceptionClear } from './errors.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, rootGet, rootSet, fieldGet, fieldSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { H32, hostModuleRequest } from './host/host.ts';
import {
  fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, undefinedValue, nullValue, theHole, instanceTypeOf, isJSObject,
  trueValue, falseValue, isSymbol,
} from './values.ts';
import { smiFrom } from './memory.ts';
import {
  JSGeneratorObjectLayout, ContextSlot, InstanceType, ElementsKind, JSModuleNamespaceLayout, PropertyAttr, SfiKind, SfiFlag,
  SharedFunctionInfoLayout,
} from './layouts.ts';
import { FrameSlot, CallBlock } from './frames.ts';
import { contextNew, functionShared, functionNew, sharedFunctionInfoNew, sharedFunctionInfoSetFlags, boundFunctionNew } from './functions.ts';
import { closureCreate } from './interpreter-objects.ts';
import { isCallableObject } from './interpreter-calls.ts';
import { vmCall0, vmCall1, vmCall2, vmCall, vmArgsReserve, vmArgSet, vmArgsRelease } from './interpreter.ts';
import { generatorResume } from './generators.ts';
import { mapNew } from './maps.ts';
import { objectGetOwn, objectNew, objectDefineOwnProperty, objectNormalize, objectPreventExtensions, objectNewPlain, objectSetPrototype } from './objects.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { hookGet, HookId } from './hooks.ts';
import { toString } from './conversions.ts';
import { sameValue } from './operators.ts';
import { keyArrayIndex, ownAttributes } from './semantics-lookup.ts';
import { stringLength, stringGet } from './strings.ts';
import { getProperty, getKeyed, defineOwnPropertyWithAttributes } from './property-access.ts';
import { enqueueMicrotask } from './microtasks.ts';
import { atom } from './atoms.ts';
import { ScriptSlot } from './stack-trace.ts';
import { Builtin } from './generated/builtins.ts';

/** Fields of a module record (a FixedArray). */
export const ModuleRecord = {
  /** Smi: the registry index. */
  index: 0,
  /** The module function (a JSFunction of SfiKind.module) once instantiated, else undefined. */
  function: 1,
  /** The module context (extension = this record). */
  context: 2,
  /** The module function's generator object after its first run (InitializeEnvironment). */
  generator: 3,
  /** FixedArray of the export cells (ModuleInfo.cells order). */
  cells: 4,
  /** FixedArray of the imported cells (ModuleInfo.imports order), bound by the linker. */
  imports: 5,
  /** FixedArray of the requested modules' records (ModuleInfo.requestedModules order). */
  requested: 6,
  /** The namespace object, or undefined. */
  namespace: 7,
  /** The import.meta object, or undefined. */
  meta: 8,
  /** Strings for import.meta: url, filename, dirname. */
  url: 9,
  filename: 10,
  dirname: 11,
  /** The evaluation error (a thrown value), or the hole when none. */
  error: 12,
  /** The top-level capability / async evaluation promise, or undefined. */
  promise: 13,
  /** The namespace's bindings for [[Get]]: FixedArray [Smi count, key, cell, key, cell, ...], or undefined. */
  namespaceCells: 14,
  size: 15,
} as const;

/** Operations of hostModuleRequest (the host's side: stage0/vm/modules.ts). */
export const ModuleOp = {
  /** A dynamic import job: a = [promise, referrer name, specifier, type attribute or undefined]. */
  dynamicImport: 1,
  /** An async module's evaluation promise settled: a = registry index, b = value / reason. */
  asyncFulfilled: 2,
  asyncRejected: 3,
  /** A promise the host waits on settled (dynamic import's evaluation promise): a = job id, b = value. */
  waitFulfilled: 4,
  waitRejected: 5,
  /** import.meta.resolve(specifier): a = registry index, b = specifier string; returns a string. */
  resolve: 6,
  /** require(specifier) of a CommonJS module: a = the host's module id, b = the specifier. */
  require: 7,
  /** require.resolve(specifier): the resolved path. */
  requireResolve: 8,
} as const;

const CELL_SIZE: i32 = 2;

/** import() jobs run as macrotasks (Node's timing) unless a test runner asks for microtasks. */
let importJobsAreMacrotasks: bool = true;
/** Test runners (test262: unhandled rejections are no failures there) queue import() jobs as microtasks. */
export function modulesSetImportJobsAreMacrotasks(on: bool): void {
  importJobsAreMacrotasks = on;
}

// ---- the registry --------------------------------------------------------------------------------

function registry(): i32 {
  const r: i32 = rootGet(RootIndex.moduleRegistry);
  if ((r & 1) === 0 || r === undefinedValue()) return 0;
  return r;
}

/** The record with registry index `index` (≥ 1), or undefined. No GC. */
export function moduleRecordAt(index: i32): i32 {
  const r: i32 = registry();
  if (r === 0 || index < 1 || index > (fixedArrayGet(r, 0) >> 1)) return undefinedValue();
  return fixedArrayGet(r, (index + 2) | 0);
}

/** Number of module records. No GC. */
export function moduleCount(): i32 {
  const r: i32 = registry();
  return r === 0 ? 0 : fixedArrayGet(r, 0) >> 1;
}

/** Makes the registry: [Smi count, callback function, held values, record 1, record 2, ...]. May GC. */
function registryEnsure(): void {
  if (registry() !== 0) return;
  const fresh: i32 = fixedArrayNew(16);
  fixedArraySet(fresh, 0, smiFrom(0));
  rootSet(RootIndex.moduleRegistry, fresh);
  const held: i32 = fixedArrayNew(8);
  fixedArraySet(registry(), 2, held);
}

function registryAdd(record: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hRecord: i32 = handleNew(record);
  registryEnsure();
  const count: i32 = fixedArrayGet(registry(), 0) >> 1;
  if (((count + 3) | 0) >= fixedArrayLength(registry())) {
    const bigger: i32 = fixedArrayNew(fixedArrayLength(registry()) << 1);
    const old: i32 = registry();
    for (let i: i32 = 0; i < ((count + 3) | 0); i++) fixedArraySet(bigger, i, fixedArrayGet(old, i));
    rootSet(RootIndex.moduleRegistry, bigger);
  }
  const index: i32 = (count + 1) | 0;
  fixedArraySet(registry(), (index + 2) | 0, handleGet(hRecord));
  fixedArraySet(registry(), 0, smiFrom(index));
  handleScopeClose(scope);
  return index;
}

/**
 * Keeps `value` alive for the host (which has no roots of its own across calls that run
 * JavaScript): returns an id for moduleHeld / moduleRelease. May GC.
 */
export function moduleHold(value: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  registryEnsure();
  const held: i32 = fixedArrayGet(registry(), 2);
  const n: i32 = fixedArrayLength(held);
  for (let i: i32 = 1; i < n; i++) {
    if (fixedArrayGet(held, i) === undefinedValue()) {
      fixedArraySet(held, i, handleGet(hValue));
      handleScopeClose(scope);
      return i;
    }
  }
  const bigger: i32 = fixedArrayNew(n << 1);
  const old: i32 = fixedArrayGet(registry(), 2);
  for (let i: i32 = 0; i < n; i++) fixedArraySet(bigger, i, fixedArrayGet(old, i));
  fixedArraySet(registry(), 2, bigger);
  fixedArraySet(bigger, n, handleGet(hValue));
  handleScopeClose(scope);
  return n;
}
/** A value held by moduleHold. No GC. */
export function moduleHeld(id: i32): i32 {
  return fixedArrayGet(fixedArrayGet(registry(), 2), id);
}
/** Releases a held value. No GC. */
export function moduleRelease(id: i32): void {
  fixedArraySet(fixedArrayGet(registry(), 2), id, undefinedValue());
}

/**
 * A new module record with `cellCount` export cells (holding the hole), `importCount` import
 * slots and `requestCount` requested modules; returns its registry index. May GC.
 */
export function moduleRecordNew(cellCount: i32, importCount: i32, requestCount: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hRecord: i32 = handleNew(fixedArrayNew(ModuleRecord.size));
  const cells: i32 = fixedArrayNew(cellCount);
  fixedArraySet(handleGet(hRecord), ModuleRecord.cells, cells);
  for (let i: i32 = 0; i < cellCount; i++) {
    const cell: i32 = moduleCellNew(theHole());
    fixedArraySet(fixedArrayGet(handleGet(hRecord), ModuleRecord.cells), i, cell);
  }
  const imports: i32 = fixedArrayNew(importCount);
  fixedArraySet(handleGet(hRecord), ModuleRecord.imports, imports);
  const requested: i32 = fixedArrayNew(requestCount);
  fixedArraySet(handleGet(hRecord), ModuleRecord.requested, requested);
  fixedArraySet(handleGet(hRecord), ModuleRecord.error, theHole());
  const index: i32 = registryAdd(handleGet(hRecord));
  fixedArraySet(handleGet(hRecord), ModuleRecord.index, smiFrom(index));
  handleScopeClose(scope);
  return index;
}

/** Field `field` of record `index`. No GC. */
export function moduleField(index: i32, field: i32): i32 {
  return fixedArrayGet(moduleRecordAt(index), field);
}
/** Sets field `field` of record `index`. No GC. */
export function moduleFieldSet(index: i32, field: i32, value: i32): void {
  fixedArraySet(moduleRecordAt(index), field, value);
}

/** Requested module `i` of record `index` is record `target`. No GC. */
export function moduleSetRequested(index: i32, i: i32, target: i32): void {
  fixedArraySet(fixedArrayGet(moduleRecordAt(index), ModuleRecord.requested), i, moduleRecordAt(target));
}

// ---- cells -----------------------------------------------------------------------------------------

/** A cell holding `value`. May GC. */
export function moduleCellNew(value: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const cell: i32 = fixedArrayNew(CELL_SIZE);
  fixedArraySet(cell, 0, handleGet(hValue));
  handleScopeClose(scope);
  return cell;
}

/** Export cell `cell` of record `index`. No GC. */
export function moduleCellAt(index: i32, cell: i32): i32 {
  return fixedArrayGet(fixedArrayGet(moduleRecordAt(index), ModuleRecord.cells), cell);
}

/** The value in export cell `cell` of record `index` (the hole when uninitialised). No GC. */
export function moduleCellValue(index: i32, cell: i32): i32 {
  return fixedArrayGet(moduleCellAt(index, cell), 0);
}

/** Stores into a cell and the namespace properties that mirror it. May GC. */
function cellStore(cell: i32, value: i32): void {
  fixedArraySet(cell, 0, value);
  const mirrors: i32 = fixedArrayGet(cell, 1);
  if (mirrors === undefinedValue() || value === theHole()) return;
  const scope: i32 = handleScopeOpen();
  const hMirrors: i32 = handleNew(mirrors);
  const hValue: i32 = handleNew(value);
  const count: i32 = fixedArrayGet(mirrors, 0) >> 1;
  for (let i: i32 = 0; i < count; i++) {
    const m: i32 = handleGet(hMirrors);
    defineOwnPropertyWithAttributes(fixedArrayGet(m, (1 + (i << 1)) | 0), fixedArrayGet(m, (2 + (i << 1)) | 0), handleGet(hValue),
      PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE);
  }
  handleScopeClose(scope);
}

/** Stores `value` into export cell `cell` of record `index` (synthetic modules' default export). May GC. */
export function moduleCellStore(index: i32, cell: i32, value: i32): void {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const c: i32 = moduleCellAt(index, cell);
  cellStore(c, handleGet(hValue));
  handleScopeClose(scope);
}

/** Import slot `i` of record `index` is export cell `cell` of record `target` (a live binding). No GC. */
export function moduleBindImport(index: i32, i: i32, target: i32, cell: i32): void {
  fixedArraySet(fixedArrayGet(moduleRecordAt(index), ModuleRecord.imports), i, moduleCellAt(target, cell));
}

/** Import slot `i` of record `index` is bound to the namespace object of record `target`. May GC. */
export function moduleBindImportNamespace(index: i32, i: i32, target: i32): void {
  const cell: i32 = moduleCellNew(moduleField(target, ModuleRecord.namespace));
  fixedArraySet(fixedArrayGet(moduleRecordAt(index), ModuleRecord.imports), i, cell);
}

// ---- the module context and function ---------------------------------------------------------------

/**
 * InitializeEnvironment: makes the module context (for the SharedFunctionInfo's scope info, its
 * extension the record) and the module function, and runs the function to its initial suspend,
 * which stores the hoisted functions and the holes of the lexical exports. Returns undefined or
 * the exception sentinel. May GC; runs JavaScript.
 */
export function moduleInstantiate(index: i32, sfi: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hSfi: i32 = handleNew(sfi);
  const info: i32 = fieldGet(sfi, SharedFunctionInfoLayout.scopeInfo);
  let slots: i32 = 0;
  if (info !== undefinedValue()) slots = fixedArrayLength(fixedArrayGet(info, 2));
  const context: i32 = contextNew(undefinedValue(), info, slots);
  fixedArraySet(context, ContextSlot.extension, moduleRecordAt(index));
  moduleFieldSet(index, ModuleRecord.context, context);
  const closure: i32 = closureCreate(handleGet(hSfi), moduleField(index, ModuleRecord.context));
  moduleFieldSet(index, ModuleRecord.function, closure);
  const gen: i32 = vmCall0(closure, undefinedValue());
  if (isException(gen)) {
    handleScopeClose(scope);
    return gen;
  }
  moduleFieldSet(index, ModuleRecord.generator, gen);
  handleScopeClose(scope);
  return undefinedValue();
}

/**
 * ExecuteModule: resumes the module function after its initial suspend. A synchronous module
 * returns undefined or the exception sentinel; an async module (top-level await) returns its
 * promise (settled when the body finishes). May GC; runs JavaScript.
 */
export function moduleExecute(index: i32): i32 {
  const gen: i32 = moduleField(index, ModuleRecord.generator);
  if ((gen & 1) === 0 || !isJSObject(gen)) return undefinedValue();
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const r: i32 = generatorResume(gen, 0, undefinedValue());
  if (isException(r)) {
    handleScopeClose(scope);
    return r;
  }
  const promise: i32 = fieldGet(handleGet(hGen), JSGeneratorObjectLayout.promise);
  handleScopeClose(scope);
  if ((promise & 1) !== 0 && isJSObject(promise)) return promise;
  return undefinedValue();
}

/** The record of the module whose code runs in frame `fp` (through its context chain), or undefined. No GC. */
function recordOfFrame(fp: i32): i32 {
  let c: i32 = H32[(fp + FrameSlot.context) >> 2];
  for (let guard: i32 = 0; guard < 100000; guard++) {
    if ((c & 1) === 0 || c === undefinedValue() || instanceTypeOf(c) !== InstanceType.CONTEXT) return undefinedValue();
    const prev: i32 = fixedArrayGet(c, ContextSlot.previous);
    if ((prev & 1) === 0 || prev === undefinedValue() || instanceTypeOf(prev) !== InstanceType.CONTEXT) {
      const ext: i32 = fixedArrayGet(c, ContextSlot.extension);
      if (isRecord(ext)) return ext;
      return undefinedValue();
    }
    c = prev;
  }
  return undefinedValue();
}

function isRecord(v: i32): bool {
  return (v & 1) !== 0 && v !== undefinedValue() && instanceTypeOf(v) === InstanceType.FIXED_ARRAY &&
    fixedArrayLength(v) === ModuleRecord.size;
}

/** The record of the module context `depth` contexts up from frame `fp`'s context. No GC. */
function recordAtDepth(fp: i32, depth: i32): i32 {
  let c: i32 = H32[(fp + FrameSlot.context) >> 2];
  for (let i: i32 = 0; i < depth; i++) c = fixedArrayGet(c, ContextSlot.previous);
  const ext: i32 = fixedArrayGet(c, ContextSlot.extension);
  if (isRecord(ext)) return ext;
  return recordOfFrame(fp);
}

// ---- bytecode entry points -----------------------------------------------------------------------

/** LdaModuleVariable a, depth: the value of module cell a (a > 0: export cell a-1, a < 0: import -a-1) `depth` contexts up. */
export function moduleVariableLoad(fp: i32, index: i32, depth: i32): i32 {
  const record: i32 = recordAtDepth(fp, depth);
  if (record === undefinedValue()) return throwErrorLit(ErrorKind.SyntaxError, 'module variable outside module code');
  let cell: i32 = 0;
  if (index > 0) cell = fixedArrayGet(fixedArrayGet(record, ModuleRecord.cells), (index - 1) | 0);
  else cell = fixedArrayGet(fixedArrayGet(record, ModuleRecord.imports), (0 - index - 1) | 0);
  if ((cell & 1) === 0 || cell === undefinedValue()) return theHole();
  return fixedArrayGet(cell, 0);
}

/** StaModuleVariable a, depth: store acc into export cell a; returns acc or the exception sentinel. */
export function moduleVariableStore(fp: i32, acc: i32, index: i32, depth: i32): i32 {
  const record: i32 = recordAtDepth(fp, depth);
  if (record === undefinedValue()) return throwErrorLit(ErrorKind.SyntaxError, 'module variable outside module code');
  if (index < 0) return throwErrorLit(ErrorKind.TypeError, 'Assignment to constant variable.');
  const scope: i32 = handleScopeOpen();
  const hAcc: i32 = handleNew(acc);
  cellStore(fixedArrayGet(fixedArrayGet(record, ModuleRecord.cells), (index - 1) | 0), acc);
  const result: i32 = handleGet(hAcc);
  handleScopeClose(scope);
  return result;
}

/** Runtime GetModuleNamespace(requested module index): its namespace object (made by the linker). */
export function moduleNamespaceGet(fp: i32, index: i32): i32 {
  const record: i32 = recordOfFrame(fp);
  if (record === undefinedValue()) return throwErrorLit(ErrorKind.SyntaxError, 'import * outside module code');
  const target: i32 = fixedArrayGet(fixedArrayGet(record, ModuleRecord.requested), index >> 1);
  if (!isRecord(target)) return throwErrorLit(ErrorKind.SyntaxError, 'module namespace of an unlinked module');
  return fixedArrayGet(target, ModuleRecord.namespace);
}

/** Runtime GetImportMeta: the running module's import.meta object (made on first use, as Node's). */
export function importMetaGet(fp: i32): i32 {
  const record: i32 = recordOfFrame(fp);
  if (record === undefinedValue()) return throwErrorLit(ErrorKind.SyntaxError, 'Cannot use \'import.meta\' outside a module');
  const existing: i32 = fixedArrayGet(record, ModuleRecord.meta);
  if (existing !== undefinedValue()) return existing;
  const scope: i32 = handleScopeOpen();
  const hRecord: i32 = handleNew(record);
  const hMeta: i32 = handleNew(objectNewPlain());
  objectSetPrototype(handleGet(hMeta), nullValue());
  const kDirname: i32 = atom('dirname');
  objectDefineOwnProperty(handleGet(hMeta), kDirname, fixedArrayGet(handleGet(hRecord), ModuleRecord.dirname), PropertyAttr.ALL);
  const kFilename: i32 = atom('filename');
  objectDefineOwnProperty(handleGet(hMeta), kFilename, fixedArrayGet(handleGet(hRecord), ModuleRecord.filename), PropertyAttr.ALL);
  const hResolver: i32 = handleNew(moduleCallbackNew(ModuleOp.resolve, fixedArrayGet(handleGet(hRecord), ModuleRecord.index) >> 1));
  const hResolveName: i32 = handleNew(atom('resolve'));
  const kName: i32 = atom('name');
  objectDefineOwnProperty(handleGet(hResolver), kName, handleGet(hResolveName), PropertyAttr.CONFIGURABLE);
  const kResolve: i32 = atom('resolve');
  objectDefineOwnProperty(handleGet(hMeta), kResolve, handleGet(hResolver), PropertyAttr.ALL);
  const kUrl: i32 = atom('url');
  objectDefineOwnProperty(handleGet(hMeta), kUrl, fixedArrayGet(handleGet(hRecord), ModuleRecord.url), PropertyAttr.ALL);
  fixedArraySet(handleGet(hRecord), ModuleRecord.meta, handleGet(hMeta));
  const meta: i32 = handleGet(hMeta);
  handleScopeClose(scope);
  return meta;
}

/**
 * Runtime DynamicImport(specifier, options): a promise for the module namespace. The specifier
 * is converted here (an abrupt ToString rejects the promise); loading, linking and evaluating
 * run in a microtask job of the host (ModuleOp.dynamicImport), relative to the referrer: the
 * file name of the Script record of the calling function (a module's is its URL).
 */
export function dynamicImport(fp: i32, specifier: i32, options: i32): i32 {
  const create: i32 = hookGet(HookId.promiseCreate);
  if (create === undefinedValue()) return throwErrorLit(ErrorKind.TypeError, 'import() needs the library\'s promise hooks');
  const scope: i32 = handleScopeOpen();
  const hSpecifier: i32 = handleNew(specifier);
  const hOptions: i32 = handleNew(options);
  const hPacket: i32 = handleNew(fixedArrayNew(4));
  const kAnonymous: i32 = atom('anonymous');
  fixedArraySet(handleGet(hPacket), 1, referrerOfFrame(fp, kAnonymous));
  const promise: i32 = vmCall0(hookGet(HookId.promiseCreate), undefinedValue());
  if (isException(promise)) return close(scope, promise);
  fixedArraySet(handleGet(hPacket), 0, promise);
  const s: i32 = toString(handleGet(hSpecifier));
  if (isException(s)) return close(scope, rejectWithPending(handleGet(hPacket)));
  fixedArraySet(handleGet(hPacket), 2, s);
  fixedArraySet(handleGet(hPacket), 3, undefinedValue());
  const opts: i32 = handleGet(hOptions);
  if (opts !== undefinedValue()) {
    if (!isJSObject(opts)) {
      throwErrorLit(ErrorKind.TypeError, 'The second argument of import() must be an object');
      return close(scope, rejectWithPending(handleGet(hPacket)));
    }
    const kWith: i32 = atom('with');
    const attributes: i32 = getProperty(handleGet(hOptions), kWith);
    if (isException(attributes)) return close(scope, rejectWithPending(handleGet(hPacket)));
    if (attributes !== undefinedValue()) {
      if (!isJSObject(attributes)) {
        throwErrorLit(ErrorKind.TypeError, 'The \'with\' option of import() must be an object');
        return close(scope, rejectWithPending(handleGet(hPacket)));
      }
      // EnumerableOwnPropertyNames(attributes, key) through %Object.keys%, then each value
      // must be a string; `type` is the one attribute the host supports.
      const hAttributes: i32 = handleNew(attributes);
      const kKeys: i32 = atom('keys');
      const keysFn: i32 = getProperty(intrinsicGet(Intrinsic.Object), kKeys);
      if (isException(keysFn)) return close(scope, rejectWithPending(handleGet(hPacket)));
      const keys: i32 = vmCall1(keysFn, intrinsicGet(Intrinsic.Object), handleGet(hAttributes));
      if (isException(keys)) return close(scope, rejectWithPending(handleGet(hPacket)));
      const hKeys: i32 = handleNew(keys);
      const kLength: i32 = atom('length');
      const lengthValue: i32 = getProperty(handleGet(hKeys), kLength);
      const count: i32 = (lengthValue & 1) === 0 ? lengthValue >> 1 : 0;
      const kType: i32 = atom('type');
      const hType: i32 = handleNew(kType);
      for (let i: i32 = 0; i < count; i++) {
        const key: i32 = getKeyed(handleGet(hKeys), smiFrom(i));
        if (isException(key)) return close(scope, rejectWithPending(handleGet(hPacket)));
        const hKey: i32 = handleNew(key);
        const value: i32 = getKeyed(handleGet(hAttributes), key);
        if (isException(value)) return close(scope, rejectWithPending(handleGet(hPacket)));
        if ((value & 1) === 0 || instanceTypeOf(value) >= InstanceType.FIRST_NONSTRING_TYPE) {
          throwErrorLit(ErrorKind.TypeError, 'Import attribute value must be a string');
          return close(scope, rejectWithPending(handleGet(hPacket)));
        }
        if (handleGet(hKey) === handleGet(hType)) fixedArraySet(handleGet(hPacket), 3, value);
      }
    }
  }
  // Loading is I/O in Node: the job runs as a macrotask after the due timers (the library's
  // setImmediate, the check phase), so that the importer's pending promise jobs run first; a
  // realm without timers queues it as a microtask.
  const hJob: i32 = handleNew(moduleCallbackFunction());
  const kSetImmediate: i32 = atom('setImmediate');
  const setImmediate: i32 = importJobsAreMacrotasks ? getProperty(rootGet(RootIndex.globalObject), kSetImmediate) : undefinedValue();
  let queued: bool = false;
  if (!isException(setImmediate) && isCallableObject(setImmediate)) {
    const hSet: i32 = handleNew(setImmediate);
    const argv: i32 = vmArgsReserve(3);
    vmArgSet(argv, 0, handleGet(hJob));
    vmArgSet(argv, 1, smiFrom(ModuleOp.dynamicImport));
    vmArgSet(argv, 2, handleGet(hPacket));
    const r: i32 = vmCall(handleGet(hSet), undefinedValue(), argv, 3);
    vmArgsRelease(argv);
    if (isException(r)) pendingExceptionClear();
    else queued = true;
  } else if (isException(setImmediate)) {
    pendingExceptionClear();
  }
  if (!queued) enqueueMicrotask(handleGet(hJob), smiFrom(ModuleOp.dynamicImport), handleGet(hPacket));
  return close(scope, fixedArrayGet(handleGet(hPacket), 0));
}

/** Same characters. No GC. */
function sameChars(a: i32, b: i32): bool {
  const n: i32 = stringLength(a);
  if (n !== stringLength(b)) return false;
  for (let i: i32 = 0; i < n; i++) if (stringGet(a, i) !== stringGet(b, i)) return false;
  return true;
}

/**
 * GetActiveScriptOrModule for import(): the file name of the Script record of the function
 * running in `fp`; eval code and dynamic functions (named `<anonymous>`) use their caller's. No GC.
 */
function referrerOfFrame(fp: i32, anonymous: i32): i32 {
  let f: i32 = fp;
  for (let depth: i32 = 0; depth < 1000 && f !== 0; depth++) {
    const callee: i32 = H32[(H32[(f + FrameSlot.argv) >> 2] + CallBlock.callee) >> 2];
    if ((callee & 1) !== 0 && instanceTypeOf(callee) === InstanceType.JS_FUNCTION) {
      const script: i32 = fieldGet(functionShared(callee), SharedFunctionInfoLayout.script);
      if ((script & 1) !== 0 && script !== undefinedValue() && instanceTypeOf(script) === InstanceType.FIXED_ARRAY) {
        const name: i32 = fixedArrayGet(script, ScriptSlot.fileName);
        if ((name & 1) !== 0 && instanceTypeOf(name) < InstanceType.FIRST_NONSTRING_TYPE && stringLength(name) > 0 &&
          stringGet(name, 0) !== 60 /* < */ && !sameChars(name, anonymous)) {
          return name;
        }
      }
    }
    f = H32[(f + FrameSlot.callerFp) >> 2];
  }
  return undefinedValue();
}

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** Rejects the packet's promise with the pending exception (cleared); returns the promise. May GC. */
function rejectWithPending(packet: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hPacket: i32 = handleNew(packet);
  const reason: i32 = pendingException();
  pendingExceptionClear();
  const r: i32 = vmCall2(hookGet(HookId.promiseReject), undefinedValue(), fixedArrayGet(handleGet(hPacket), 0), reason);
  if (isException(r)) return close(scope, r);
  return close(scope, fixedArrayGet(handleGet(hPacket), 0));
}

// ---- callbacks into the host -------------------------------------------------------------------------

/** The builtin function behind every module callback (made once, kept in the registry). May GC. */
export function moduleCallbackFunction(): i32 {
  registryEnsure();
  const existing: i32 = fixedArrayGet(registry(), 1);
  if ((existing & 1) !== 0 && isJSObject(existing)) return existing;
  const scope: i32 = handleScopeOpen();
  const name: i32 = atom('');
  const sfi: i32 = sharedFunctionInfoNew(name, 2, Builtin.OuroModuleCallback);
  sharedFunctionInfoSetFlags(sfi, (SfiKind.builtin << SfiKind.shift) | SfiFlag.strict | SfiFlag.nativeCode);
  const f: i32 = functionNew(sfi, undefinedValue());
  fixedArraySet(registry(), 1, f);
  handleScopeClose(scope);
  return f;
}

/** A function that calls the host with (op, a, value): the callback bound to op and a (a Smi). May GC. */
export function moduleCallbackNew(op: i32, a: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hArgs: i32 = handleNew(fixedArrayNew(2));
  fixedArraySet(handleGet(hArgs), 0, smiFrom(op));
  fixedArraySet(handleGet(hArgs), 1, smiFrom(a));
  const fn: i32 = moduleCallbackFunction();
  const bound: i32 = boundFunctionNew(fn, undefinedValue(), handleGet(hArgs));
  handleScopeClose(scope);
  return bound;
}

/** The callback builtin: (op, a, b) → hostModuleRequest(op, a, b). */
export function moduleCallbackCall(op: i32, a: i32, b: i32): i32 {
  return hostModuleRequest(op >> 1, a, b);
}

/** PerformPromiseThen(promise, callback(onFulfilled op, a), callback(onRejected op, a)). May GC; runs JavaScript. */
export function modulePromiseThen(promise: i32, fulfilledOp: i32, rejectedOp: i32, a: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hPromise: i32 = handleNew(promise);
  const hF: i32 = handleNew(moduleCallbackNew(fulfilledOp, a));
  const hR: i32 = handleNew(moduleCallbackNew(rejectedOp, a));
  const then: i32 = hookGet(HookId.promiseThen);
  if (then === undefinedValue()) return close(scope, throwErrorLit(ErrorKind.TypeError, 'modules need the library\'s promise hooks'));
  const argv: i32 = vmArgsReserve(3);
  vmArgSet(argv, 0, handleGet(hPromise));
  vmArgSet(argv, 1, handleGet(hF));
  vmArgSet(argv, 2, handleGet(hR));
  const r: i32 = vmCall(hookGet(HookId.promiseThen), undefinedValue(), argv, 3);
  vmArgsRelease(argv);
  return close(scope, r);
}

// ---- namespace objects ---------------------------------------------------------------------------------

/**
 * Starts the namespace object of record `index` (ModuleNamespaceCreate): null prototype,
 * @@toStringTag 'Module'; the host adds the exports in sorted order, then calls
 * moduleNamespaceFinish. May GC.
 */
export function moduleNamespaceBegin(index: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const map: i32 = mapNew(InstanceType.JS_MODULE_NAMESPACE, JSModuleNamespaceLayout.size, 0, nullValue(), ElementsKind.HOLEY_SMI);
  const ns: i32 = objectNew(map);
  fieldSet(ns, JSModuleNamespaceLayout.module, moduleRecordAt(index));
  moduleFieldSet(index, ModuleRecord.namespace, ns);
  handleScopeClose(scope);
  return moduleField(index, ModuleRecord.namespace);
}

/**
 * Adds export `key` (an internalized string) to the namespace of record `index`: the binding is
 * export cell `cell` of record `target`, or (cell < 0) the namespace object of `target`. May GC.
 */
export function moduleNamespaceAdd(index: i32, key: i32, target: i32, cell: i32): void {
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(key);
  let c: i32 = 0;
  if (cell < 0) c = moduleCellNew(moduleField(target, ModuleRecord.namespace));
  else c = moduleCellAt(target, cell);
  const hCell: i32 = handleNew(c);
  // The property holds the current value; the cell lists the properties that mirror it.
  let mirrors: i32 = fixedArrayGet(c, 1);
  if (mirrors === undefinedValue()) {
    mirrors = fixedArrayNew(9);
    fixedArraySet(mirrors, 0, smiFrom(0));
    fixedArraySet(handleGet(hCell), 1, mirrors);
  }
  const count: i32 = fixedArrayGet(fixedArrayGet(handleGet(hCell), 1), 0) >> 1;
  if (((1 + ((count + 1) << 1)) | 0) > fixedArrayLength(fixedArrayGet(handleGet(hCell), 1))) {
    const bigger: i32 = fixedArrayNew((1 + ((count + 1) << 2)) | 0);
    const old: i32 = fixedArrayGet(handleGet(hCell), 1);
    for (let i: i32 = 0; i < ((1 + (count << 1)) | 0); i++) fixedArraySet(bigger, i, fixedArrayGet(old, i));
    fixedArraySet(handleGet(hCell), 1, bigger);
  }
  const list: i32 = fixedArrayGet(handleGet(hCell), 1);
  fixedArraySet(list, (1 + (count << 1)) | 0, moduleField(index, ModuleRecord.namespace));
  fixedArraySet(list, (2 + (count << 1)) | 0, handleGet(hKey));
  fixedArraySet(list, 0, smiFrom((count + 1) | 0));
  let value: i32 = fixedArrayGet(handleGet(hCell), 0);
  if (value === theHole()) value = undefinedValue();
  defineOwnPropertyWithAttributes(moduleField(index, ModuleRecord.namespace), handleGet(hKey), value, PropertyAttr.WRITABLE | PropertyAttr.ENUMERABLE);
  // The cell itself, for [[Get]] (TDZ): in the namespace's side table.
  namespaceCellsAppend(index, handleGet(hKey), handleGet(hCell));
  handleScopeClose(scope);
}

/** Appends (key, cell) to the namespace's table (record field namespaceCells: [Smi count, key, cell, ...]). May GC. */
function namespaceCellsAppend(index: i32, key: i32, cell: i32): void {
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(key);
  const hCell: i32 = handleNew(cell);
  if (moduleField(index, ModuleRecord.namespaceCells) === undefinedValue()) {
    const fresh: i32 = fixedArrayNew(9);
    fixedArraySet(fresh, 0, smiFrom(0));
    moduleFieldSet(index, ModuleRecord.namespaceCells, fresh);
  }
  const count: i32 = fixedArrayGet(moduleField(index, ModuleRecord.namespaceCells), 0) >> 1;
  if (((1 + ((count + 1) << 1)) | 0) > fixedArrayLength(moduleField(index, ModuleRecord.namespaceCells))) {
    const bigger: i32 = fixedArrayNew((1 + ((count + 1) << 2)) | 0);
    const old: i32 = moduleField(index, ModuleRecord.namespaceCells);
    for (let i: i32 = 0; i < ((1 + (count << 1)) | 0); i++) fixedArraySet(bigger, i, fixedArrayGet(old, i));
    moduleFieldSet(index, ModuleRecord.namespaceCells, bigger);
  }
  const t: i32 = moduleField(index, ModuleRecord.namespaceCells);
  fixedArraySet(t, (1 + (count << 1)) | 0, handleGet(hKey));
  fixedArraySet(t, (2 + (count << 1)) | 0, handleGet(hCell));
  fixedArraySet(t, 0, smiFrom((count + 1) | 0));
  handleScopeClose(scope);
}

/** Ends the namespace: dictionary mode (no inline caches), @@toStringTag, not extensible. May GC. */
export function moduleNamespaceFinish(index: i32): void {
  const scope: i32 = handleScopeOpen();
  const tag: i32 = intrinsicGet(Intrinsic.SymbolToStringTag);
  const hTag: i32 = handleNew(tag);
  const kModule: i32 = atom('Module');
  objectDefineOwnProperty(moduleField(index, ModuleRecord.namespace), handleGet(hTag), kModule, 0);
  objectNormalize(moduleField(index, ModuleRecord.namespace));
  objectPreventExtensions(moduleField(index, ModuleRecord.namespace));
  handleScopeClose(scope);
}

/**
 * [[Get]] of an own string-keyed property of a namespace object (semantics-lookup.ts ownGet):
 * the current value of the binding, a ReferenceError for one in its TDZ, or the hole when `key`
 * is not an export. May GC (the error).
 */
export function moduleNamespaceGetOwn(ns: i32, key: i32, index: f64): i32 {
  const record: i32 = fieldGet(ns, JSModuleNamespaceLayout.module);
  if (!isRecord(record)) return index >= 0 ? theHole() : objectGetOwn(ns, key);
  const table: i32 = fixedArrayGet(record, ModuleRecord.namespaceCells);
  if ((table & 1) === 0 || table === undefinedValue()) return index >= 0 ? theHole() : objectGetOwn(ns, key);
  const count: i32 = fixedArrayGet(table, 0) >> 1;
  for (let i: i32 = 0; i < count; i++) {
    if (fixedArrayGet(table, (1 + (i << 1)) | 0) !== key) continue;
    const v: i32 = fixedArrayGet(fixedArrayGet(table, (2 + (i << 1)) | 0), 0);
    if (v === theHole()) return throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', key, '\' before initialization');
    return v;
  }
  if (index >= 0) return theHole();
  return objectGetOwn(ns, key);
}

/** A parsed property descriptor (runtime/builtins-object.ts toPropertyDescriptor): the hole for an absent field. */
const NsDesc = { value: 0, writable: 1, get: 2, set: 3, enumerable: 4, configurable: 5 } as const;

/**
 * [[DefineOwnProperty]] of a namespace object for a string or index key (§10.4.6.6; symbol keys
 * take the ordinary path): false unless the key is an export and the descriptor asks for nothing
 * but what the property is — {writable: true, enumerable: true, configurable: false} and the
 * binding's current value (SameValue). Returns true/false or the sentinel (a binding in its TDZ).
 * For the exotic-object dispatch of Object.defineProperty / Reflect.defineProperty. May GC.
 */
export function moduleNamespaceDefineOwnProperty(ns: i32, key: i32, index: f64, desc: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hDesc: i32 = handleNew(desc);
  const current: i32 = moduleNamespaceGetOwn(ns, key, index);
  if (isException(current)) return close(scope, current);
  const d: i32 = handleGet(hDesc);
  const hole: i32 = theHole();
  let ok: bool = current !== hole;
  if (ok && fixedArrayGet(d, NsDesc.configurable) === trueValue()) ok = false;
  if (ok && fixedArrayGet(d, NsDesc.enumerable) === falseValue()) ok = false;
  if (ok && (fixedArrayGet(d, NsDesc.get) !== hole || fixedArrayGet(d, NsDesc.set) !== hole)) ok = false;
  if (ok && fixedArrayGet(d, NsDesc.writable) === falseValue()) ok = false;
  if (ok && fixedArrayGet(d, NsDesc.value) !== hole) ok = sameValue(fixedArrayGet(d, NsDesc.value), current);
  return close(scope, ok ? trueValue() : falseValue());
}

/**
 * [[GetOwnProperty]] of a namespace object as attributes (PropertyAttr bits; -1 absent): -2 with
 * the ReferenceError pending for an export whose binding is in its TDZ (the spec reads the value).
 * For the exotic-object dispatch (builtins-reflect.ts exoticOwnAttributes). May GC.
 */
export function moduleNamespaceOwnAttributes(ns: i32, key: i32): i32 {
  const index: f64 = keyArrayIndex(key);
  const attrs: i32 = ownAttributes(ns, key, index);
  if (attrs < 0 || isSymbol(key)) return attrs;
  if (isException(moduleNamespaceGetOwn(ns, key, index))) return -2;
  return attrs;
}

/**
 * Object.freeze of a namespace (SetIntegrityLevel frozen): its first export cannot become
 * read-only, so a TypeError (a ReferenceError when that binding is in its TDZ); 0 when it has no
 * exports (the ordinary algorithm may go on). May GC.
 */
export function moduleNamespaceFreeze(ns: i32): i32 {
  const record: i32 = fieldGet(ns, JSModuleNamespaceLayout.module);
  if (!isRecord(record)) return 0;
  const table: i32 = fixedArrayGet(record, ModuleRecord.namespaceCells);
  if ((table & 1) === 0 || table === undefinedValue() || (fixedArrayGet(table, 0) >> 1) === 0) return 0;
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(fixedArrayGet(table, 1));
  const key: i32 = handleGet(hKey);
  const v: i32 = moduleNamespaceGetOwn(ns, key, keyArrayIndex(key));
  if (isException(v)) return close(scope, v);
  return close(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', handleGet(hKey), ''));
}

/**
 * Throws the ReferenceError of the first export of namespace `ns` whose binding is in its TDZ
 * (what [[GetOwnProperty]] of each key does in for-in and Object.keys); 0 when none is. May GC.
 */
export function moduleNamespaceCheckBindings(ns: i32): i32 {
  const record: i32 = fieldGet(ns, JSModuleNamespaceLayout.module);
  if (!isRecord(record)) return 0;
  const table: i32 = fixedArrayGet(record, ModuleRecord.namespaceCells);
  if ((table & 1) === 0 || table === undefinedValue()) return 0;
  const count: i32 = fixedArrayGet(table, 0) >> 1;
  for (let i: i32 = 0; i < count; i++) {
    if (fixedArrayGet(fixedArrayGet(table, (2 + (i << 1)) | 0), 0) === theHole()) {
      return throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', fixedArrayGet(table, (1 + (i << 1)) | 0), '\' before initialization');
    }
  }
  return 0;
}

/** True for namespace objects. No GC. */
export function isModuleNamespace(v: i32): bool {
  return (v & 1) !== 0 && instanceTypeOf(v) === InstanceType.JS_MODULE_NAMESPACE;
}

/** Throws `value` (for the host: a value it holds in a handle). */
export function moduleThrow(value: i32): i32 {
  return throwValue(value);
}
