// The realm as the kernel sees it (docs/interpreter.md, "The realm and the library"): the
// intrinsic objects (%Object.prototype%, %TypeError%, %Symbol.iterator%, ...) in one FixedArray at
// RootIndex.intrinsics, indexed by `Intrinsic`. stage0/vm/realm.ts creates them; kernel code reads
// them with `intrinsicGet`. The list is append-only (images record the indices).
//
// Primitive wrapper maps are intrinsics too (Intrinsic.StringWrapperMap ...).
import type { i32 } from './types.ts';
import { rootGet, rootSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, undefinedValue } from './values.ts';

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
