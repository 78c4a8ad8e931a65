// The realm as the kernel sees it (docs/interpreter.md, "The realm and the library"; docs/test262.md,
// "Realms"): the intrinsic objects (%Object.prototype%, %TypeError%, %Symbol.iterator%, ...) in one
// FixedArray at RootIndex.intrinsics, indexed by `Intrinsic`. stage0/vm/realm.ts creates them;
// kernel code reads them with `intrinsicGet`. The list is append-only (images record the indices).
//
// Primitive wrapper maps are intrinsics too (Intrinsic.StringWrapperMap ...).
//
// Several realms share one heap. The realm-specific roots (REALM_ROOTS below: the intrinsics table,
// the global object, the script context table, the basic prototypes and maps, the hooks) always
// hold the *running* realm's values, so the readers of intrinsicGet/rootGet never ask which realm
// runs. Every JSFunction records its realm's id (JSFunctionLayout.realm, a Smi, set by functionNew
// from RootIndex.currentRealm); a call of a function of another realm enters that realm
// (runtime/interpreter-calls.ts: framePush for bytecode, callEnter around builtins), which saves
// the roots into the running realm's record and loads the callee's. Realm ids index the realm
// records at RootIndex.realms; records live as long as the heap. A heap with one realm has no
// records at all (RootIndex.realms undefined, currentRealm Smi 0): the first new realm makes them.
//
// Agent-wide state (one per heap, whichever realm runs): the microtask queue, the Symbol.for
// registry and the exit code live in realm 0's table and are read with agentIntrinsicGet/Set; the
// well-known symbols and the kernel's private symbols are copied into every new realm's table.
import type { i32, bool } from './types.ts';
import { rootGet, rootSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, undefinedValue, instanceTypeOf } from './values.ts';
import { InstanceType, JSFunctionLayout, JSBoundFunctionLayout, JSProxyLayout } from './layouts.ts';
import { H32 } from './host/host.ts';

/**
 * The intrinsics. Error prototypes and constructors are in ErrorKind order (errors.ts):
 * `ErrorPrototype + kind`, `ErrorConstructor + kind`.
 */
export const Intrinsic = {
  ObjectPrototype: 0,
  FunctionPrototype: 1,
  ArrayPrototype: 2,
  StringPrototype: 3,
  NumberPrototype: 4,
  BooleanPrototype: 5,
  SymbolPrototype: 6,
  BigIntPrototype: 7,
  /** %Error.prototype% .. %AggregateError.prototype%: ErrorPrototype + ErrorKind. */
  ErrorPrototype: 8,
  TypeErrorPrototype: 9,
  RangeErrorPrototype: 10,
  ReferenceErrorPrototype: 11,
  SyntaxErrorPrototype: 12,
  EvalErrorPrototype: 13,
  URIErrorPrototype: 14,
  AggregateErrorPrototype: 15,
  /** %Error% .. %AggregateError%: ErrorConstructor + ErrorKind. */
  ErrorConstructor: 16,
  TypeError: 17,
  RangeError: 18,
  ReferenceError: 19,
  SyntaxError: 20,
  EvalError: 21,
  URIError: 22,
  AggregateError: 23,
  Object: 24,
  Function: 25,
  Array: 26,
  String: 27,
  Number: 28,
  Boolean: 29,
  Symbol: 30,
  BigInt: 31,
  /** %Promise% and %Promise.prototype% (installed by the library, stage1/). */
  Promise: 32,
  PromisePrototype: 33,
  /** %IteratorPrototype% (has [Symbol.iterator]() { return this }). */
  IteratorPrototype: 34,
  ArrayIteratorPrototype: 35,
  /** %GeneratorFunction.prototype.prototype%: next/return/throw. */
  GeneratorPrototype: 36,
  AsyncGeneratorPrototype: 37,
  /** %GeneratorFunction.prototype%: the [[Prototype]] of generator functions. */
  GeneratorFunctionPrototype: 38,
  AsyncGeneratorFunctionPrototype: 39,
  AsyncFunctionPrototype: 40,
  AsyncIteratorPrototype: 41,
  /** Well-known symbols. */
  SymbolIterator: 42,
  SymbolAsyncIterator: 43,
  SymbolHasInstance: 44,
  SymbolToPrimitive: 45,
  SymbolToStringTag: 46,
  SymbolSpecies: 47,
  SymbolIsConcatSpreadable: 48,
  SymbolUnscopables: 49,
  SymbolMatch: 50,
  SymbolMatchAll: 51,
  SymbolReplace: 52,
  SymbolSearch: 53,
  SymbolSplit: 54,
  /** %ThrowTypeError% (strict arguments.callee, Function.prototype.caller). */
  ThrowTypeError: 55,
  /** The microtask queue (runtime/microtasks.ts): a FixedArray ring of (job, argument) pairs. */
  MicrotaskQueue: 56,
  /** %Array.prototype.values% (arguments objects' @@iterator). */
  ArrayProtoValues: 57,
  /** %Object.prototype.toString%. */
  ObjectProtoToString: 58,
  /** The hidden `__ouro` object while the library loads (undefined afterwards). */
  OuroIntrinsics: 59,
  /** %RegExp.prototype% (installed by the library when it has one). */
  RegExpPrototype: 60,
  /** %Map.prototype%, %Set.prototype% (library). */
  MapPrototype: 61,
  SetPrototype: 62,
  /** The realm's global object (also RootIndex.globalObject). */
  GlobalObject: 63,
  /**
   * Maps of primitive wrapper objects (instance type JS_PRIMITIVE_WRAPPER, JSPrimitiveWrapperLayout,
   * no in-object property slots), with the realm's String/Number/... prototypes; used by ToObject
   * (runtime/semantics-wrappers.ts) and the wrapper constructors.
   */
  StringWrapperMap: 64,
  NumberWrapperMap: 65,
  BooleanWrapperMap: 66,
  SymbolWrapperMap: 67,
  BigIntWrapperMap: 68,
  /** Maps of error objects (instance type JS_ERROR) per ErrorKind: ErrorMap + kind (69..76). */
  ErrorMap: 69,
  /** The Symbol.for registry: a FixedArray of (key string, symbol) pairs. */
  SymbolRegistry: 77,
  /** quit(code): the exit code the embedder should use (a Smi; -1 when quit was not called). */
  ExitCode: 78,
  /** Microtask queue bookkeeping: head and count (Smis). */
  MicrotaskHead: 79,
  MicrotaskCount: 80,
  /** The private symbol under which objects keep their identity hash (__ouro.hash); never listed as a key. */
  IdentityHashSymbol: 81,
  /** Maps of arguments objects, when the interpreter sets them (Object.prototype.toString gives "Arguments"). */
  SloppyArgumentsMap: 82,
  StrictArgumentsMap: 83,
  /** Arrays being joined by Array.prototype.join (cycle detection): a FixedArray, undefined = free slot. */
  JoinStack: 84,
  /** %eval% (the global eval builtin: indirect eval; the interpreter compares callees with it for direct eval). */
  Eval: 85,
  /** Maps of exotic objects (runtime/builtins-arraybuffer.ts exoticMapFor): a FixedArray of the last map made per ExoticMapSlot. */
  ExoticMaps: 86,
  /** The hidden key of a RegExp object's compiled data (runtime/builtins-regexp.ts); never listed as a key. */
  RegExpDataSymbol: 92,
  /** RegExp fast-path state and match buffers (runtime/builtins-regexp.ts RegExpStateSlot). */
  RegExpState: 93,
  /** The map of mapped arguments objects (instance type JS_ARGUMENTS_OBJECT; runtime/interpreter-objects.ts). */
  MappedArgumentsMap: 94,
  /**
   * The prototypes of the realm's global constructors as the realm was made (kernel and library: a
   * FixedArray in the global object's key order, the same in every realm): GetPrototypeFromConstructor
   * finds "the same intrinsic" of another realm by its index (realmTranslate).
   */
  ConstructorPrototypes: 95,
  count: 96,
} as const;

/** Intrinsic `i` (undefined before the realm made it). No GC. */
export function intrinsicGet(i: i32): i32 {
  const table: i32 = rootGet(RootIndex.intrinsics);
  if ((table & 1) === 0 || table === undefinedValue()) return undefinedValue();
  return fixedArrayGet(table, i);
}

/** Sets intrinsic `i`; creates the table on first use. May GC (the first time). */
export function intrinsicSet(i: i32, value: i32): void {
  const table: i32 = rootGet(RootIndex.intrinsics);
  if ((table & 1) === 0 || table === undefinedValue() || fixedArrayLength(table) < Intrinsic.count) {
    const scope: i32 = handleScopeOpen();
    const hValue: i32 = handleNew(value);
    rootSet(RootIndex.intrinsics, fixedArrayNew(Intrinsic.count));
    value = handleGet(hValue);
    handleScopeClose(scope);
  }
  fixedArraySet(rootGet(RootIndex.intrinsics), i, value);
}

// ---- realm records -------------------------------------------------------------------------------

/** Slots of a realm record (a FixedArray): the realm-specific roots, saved there while another realm runs. */
export const RealmSlot = {
  intrinsics: 0,
  globalObject: 1,
  scriptContextTable: 2,
  objectPrototype: 3,
  arrayPrototype: 4,
  functionPrototype: 5,
  objectMap: 6,
  arrayMap: 7,
  functionMap: 8,
  boundFunctionMap: 9,
  hooks: 10,
  count: 11,
} as const;

/** The root a record slot saves (REALM_ROOTS). No GC. */
function realmSlotRoot(slot: i32): i32 {
  switch (slot) {
    case RealmSlot.intrinsics: return RootIndex.intrinsics;
    case RealmSlot.globalObject: return RootIndex.globalObject;
    case RealmSlot.scriptContextTable: return RootIndex.scriptContextTable;
    case RealmSlot.objectPrototype: return RootIndex.objectPrototype;
    case RealmSlot.arrayPrototype: return RootIndex.arrayPrototype;
    case RealmSlot.functionPrototype: return RootIndex.functionPrototype;
    case RealmSlot.objectMap: return RootIndex.objectMap;
    case RealmSlot.arrayMap: return RootIndex.arrayMap;
    case RealmSlot.functionMap: return RootIndex.functionMap;
    case RealmSlot.boundFunctionMap: return RootIndex.boundFunctionMap;
    default: return RootIndex.hooks;
  }
}

/** The running realm's id (RootIndex.currentRealm and JSFunctionLayout.realm hold it as a Smi). No GC. */
export function realmCurrent(): i32 {
  return rootGet(RootIndex.currentRealm) >> 1;
}

/** The realm id of JSFunction `f`. No GC. */
export function functionRealmOf(f: i32): i32 {
  return H32[(f - 1 + JSFunctionLayout.realm) >> 2] >> 1;
}

function realmList(): i32 {
  const list: i32 = rootGet(RootIndex.realms);
  if ((list & 1) === 0 || list === undefinedValue()) return 0;
  return list;
}

/** Number of realms in the heap. No GC. */
export function realmCount(): i32 {
  const list: i32 = realmList();
  return list === 0 ? 1 : fixedArrayLength(list);
}

/**
 * Makes realm `id` the running one: saves the realm roots into the running realm's record and
 * loads `id`'s. No GC (stores only).
 */
export function realmEnter(id: i32): void {
  const current: i32 = rootGet(RootIndex.currentRealm) >> 1;
  if (current === id) return;
  const list: i32 = realmList();
  const from: i32 = fixedArrayGet(list, current);
  const to: i32 = fixedArrayGet(list, id);
  for (let slot: i32 = 0; slot < RealmSlot.count; slot++) {
    const root: i32 = realmSlotRoot(slot);
    fixedArraySet(from, slot, rootGet(root));
    rootSet(root, fixedArrayGet(to, slot));
  }
  rootSet(RootIndex.currentRealm, id << 1);
}

/**
 * Adds a realm record and enters the new realm with its roots empty (no intrinsics, no global
 * object, no script contexts, no hooks): the caller creates them (runtime/bootstrap.ts
 * realmObjectsCreate, then stage0/vm/realm.ts). Returns the id of the realm that was running, to
 * enter again afterwards. May GC.
 */
export function realmNew(): i32 {
  const previous: i32 = rootGet(RootIndex.currentRealm) >> 1;
  if (realmList() === 0) {
    const first: i32 = fixedArrayNew(RealmSlot.count);
    const scope: i32 = handleScopeOpen();
    const hFirst: i32 = handleNew(first);
    const list: i32 = fixedArrayNew(1);
    fixedArraySet(list, 0, handleGet(hFirst));
    rootSet(RootIndex.realms, list);
    handleScopeClose(scope);
  }
  const scope: i32 = handleScopeOpen();
  const hRecord: i32 = handleNew(fixedArrayNew(RealmSlot.count));
  const n: i32 = fixedArrayLength(realmList());
  const grown: i32 = fixedArrayNew((n + 1) | 0);
  const old: i32 = realmList();
  for (let i: i32 = 0; i < n; i++) fixedArraySet(grown, i, fixedArrayGet(old, i));
  fixedArraySet(grown, n, handleGet(hRecord));
  rootSet(RootIndex.realms, grown);
  handleScopeClose(scope);
  // Save the running realm, then clear the roots that the new realm makes afresh.
  const from: i32 = fixedArrayGet(realmList(), previous);
  for (let slot: i32 = 0; slot < RealmSlot.count; slot++) {
    const root: i32 = realmSlotRoot(slot);
    fixedArraySet(from, slot, rootGet(root));
    if (slot === RealmSlot.intrinsics || slot === RealmSlot.scriptContextTable || slot === RealmSlot.hooks) rootSet(root, undefinedValue());
  }
  rootSet(RootIndex.currentRealm, n << 1);
  return previous;
}

/** Intrinsic `i` of realm `id`. No GC. */
export function realmIntrinsicGet(id: i32, i: i32): i32 {
  if (id === realmCurrent()) return intrinsicGet(i);
  const table: i32 = fixedArrayGet(fixedArrayGet(realmList(), id), RealmSlot.intrinsics);
  if ((table & 1) === 0 || table === undefinedValue()) return undefinedValue();
  return fixedArrayGet(table, i);
}

/** The global object of realm `id`. No GC. */
export function realmGlobalObject(id: i32): i32 {
  if (id === realmCurrent()) return rootGet(RootIndex.globalObject);
  return fixedArrayGet(fixedArrayGet(realmList(), id), RealmSlot.globalObject);
}

/**
 * GetFunctionRealm(obj) (spec 7.3.24): a function's [[Realm]], through bound functions' targets
 * and proxies' targets; the running realm for other objects. Returns a realm id, or -1 for a
 * revoked proxy (the caller throws the TypeError). No GC.
 */
export function functionRealm(obj: i32): i32 {
  let f: i32 = obj;
  for (;;) {
    if ((f & 1) === 0 || f === undefinedValue()) return realmCurrent();
    const type: i32 = instanceTypeOf(f);
    if (type === InstanceType.JS_FUNCTION) return functionRealmOf(f);
    if (type === InstanceType.JS_BOUND_FUNCTION) {
      f = H32[(f - 1 + JSBoundFunctionLayout.target) >> 2];
    } else if (type === InstanceType.JS_PROXY) {
      if ((H32[(f - 1 + JSProxyLayout.handler) >> 2] & 1) === 0 || H32[(f - 1 + JSProxyLayout.handler) >> 2] === rootGet(RootIndex.nullValue)) return -1;
      f = H32[(f - 1 + JSProxyLayout.target) >> 2];
    } else {
      return realmCurrent();
    }
  }
}

/** The intrinsics table of realm `id`, or 0 when it has none yet. No GC. */
function realmTable(id: i32): i32 {
  const table: i32 = id === realmCurrent() ? rootGet(RootIndex.intrinsics) : fixedArrayGet(fixedArrayGet(realmList(), id), RealmSlot.intrinsics);
  return (table & 1) === 0 || table === undefinedValue() ? 0 : table;
}

/**
 * Where `value` is among realm `id`'s intrinsics: an Intrinsic index (>= 0), or -2 - i for entry i
 * of Intrinsic.ConstructorPrototypes, or -1 when it is none. No GC.
 */
function realmIntrinsicFind(id: i32, value: i32): i32 {
  const table: i32 = realmTable(id);
  if ((value & 1) === 0 || value === undefinedValue() || table === 0) return -1;
  for (let i: i32 = 0; i < Intrinsic.count; i++) if (fixedArrayGet(table, i) === value) return i;
  const protos: i32 = fixedArrayGet(table, Intrinsic.ConstructorPrototypes);
  if ((protos & 1) === 0 || protos === undefinedValue()) return -1;
  const n: i32 = fixedArrayLength(protos);
  for (let i: i32 = 0; i < n; i++) if (fixedArrayGet(protos, i) === value) return (-2 - i) | 0;
  return -1;
}

/** The index of `value` in the running realm's Intrinsic table (-1 when it is none). No GC. */
export function intrinsicIndexOf(value: i32): i32 {
  const at: i32 = realmIntrinsicFind(realmCurrent(), value);
  return at >= 0 ? at : -1;
}

/** Whether `value` is an intrinsic of realm `id` (an Intrinsic entry or a constructor's prototype). No GC. */
export function realmIntrinsicKnown(id: i32, value: i32): bool {
  return realmIntrinsicFind(id, value) !== -1;
}

/**
 * The counterpart in realm `to` of `value`, an intrinsic of realm `from` (an Intrinsic entry or
 * one of Intrinsic.ConstructorPrototypes: every realm runs the same builtins and library, so the
 * indices agree); 0 when `value` is neither. No GC.
 */
export function realmTranslate(value: i32, from: i32, to: i32): i32 {
  const at: i32 = realmIntrinsicFind(from, value);
  if (at === -1) return 0;
  if (from === to) return value;
  const table: i32 = realmTable(to);
  if (table === 0) return 0;
  if (at >= 0) return fixedArrayGet(table, at);
  const protos: i32 = fixedArrayGet(table, Intrinsic.ConstructorPrototypes);
  if ((protos & 1) === 0 || protos === undefinedValue() || ((-2 - at) | 0) >= fixedArrayLength(protos)) return 0;
  return fixedArrayGet(protos, (-2 - at) | 0);
}

/**
 * ArraySpeciesCreate's cross-realm rule (spec 10.4.2.3 step 5.c): 1 when `c` is the %Array% of a
 * realm other than the running one (the species lookup is skipped), 0 when not, -1 when
 * GetFunctionRealm(c) throws (a revoked proxy). No GC.
 */
export function arrayConstructorOfOtherRealm(c: i32): i32 {
  if ((c & 1) === 0 || c === undefinedValue()) return 0;
  const realm: i32 = functionRealm(c);
  if (realm === -1) return -1;
  return realm !== realmCurrent() && c === realmIntrinsicGet(realm, Intrinsic.Array) ? 1 : 0;
}

/** True for the intrinsics every realm shares (the well-known symbols and the kernel's private symbols). */
export function intrinsicIsShared(i: i32): bool {
  return (i >= Intrinsic.SymbolIterator && i <= Intrinsic.SymbolSplit) || i === Intrinsic.IdentityHashSymbol ||
    i === Intrinsic.RegExpDataSymbol;
}

/** The table holding the agent-wide intrinsics: realm 0's. No GC. */
function agentTable(): i32 {
  const list: i32 = realmList();
  if (list === 0 || rootGet(RootIndex.currentRealm) === 0) return rootGet(RootIndex.intrinsics);
  return fixedArrayGet(fixedArrayGet(list, 0), RealmSlot.intrinsics);
}

/**
 * An agent-wide intrinsic (Intrinsic.MicrotaskQueue/Head/Count, SymbolRegistry, ExitCode): the
 * same for every realm of the heap, kept in realm 0's table. No GC.
 */
export function agentIntrinsicGet(i: i32): i32 {
  const table: i32 = agentTable();
  if ((table & 1) === 0 || table === undefinedValue()) return undefinedValue();
  return fixedArrayGet(table, i);
}

/** Sets an agent-wide intrinsic. May GC (only before realm 0's table exists). */
export function agentIntrinsicSet(i: i32, value: i32): void {
  const table: i32 = agentTable();
  if ((table & 1) === 0 || table === undefinedValue() || fixedArrayLength(table) < Intrinsic.count) {
    intrinsicSet(i, value);
    return;
  }
  fixedArraySet(table, i, value);
}
