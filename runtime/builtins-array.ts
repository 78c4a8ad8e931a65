// Array and the kernel's Array.prototype methods (ECMA-262 §23.1). Every method is the spec's
// generic algorithm over [[Get]]/[[Set]]/[[HasProperty]]/[[Delete]] (so it works on array-likes),
// with a fast path for "fast arrays": JS arrays with non-dictionary elements whose prototype is
// %Array.prototype% (whose own elements, like %Object.prototype%'s, are assumed empty, as V8's
// "no elements protector" does). The rest of Array.prototype is self-hosted (stage1/).
import { prototypeFromConstructor } from './interpreter-calls.ts';
import { isArrayValue } from './builtins-reflect.ts';
import { isConstructorValue } from './builtins-proxy.ts';
import type { i32, u32, f64, bool } from './types.ts';
import { rootGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { ElementsKind } from './layouts.ts';
import {
  undefinedValue, nullValue, theHole, trueValue, falseValue, isJSObject, fixedArrayNew, fixedArrayGet, fixedArraySet,
  fixedArrayLength, fixedDoubleArrayLength,
} from './values.ts';
import { dictionaryCount } from './dictionary.ts';
import { isSmi } from './memory.ts';
import { atom } from './atoms.ts';
import { isString, stringConcat, stringLength } from './strings.ts';
import { objectGetPrototype, objectSetPrototype, objectMap, objectElements } from './objects.ts';
import { mapIsExtensible } from './maps.ts';
import {
  elementsKindOf, elementsKindIsDouble, elementsGet, elementsSet, arrayNew, arrayPush, arrayLength, arraySetLength,
} from './elements.ts';
import { exceptionSentinel, isException, throwErrorLit, ErrorKind } from './errors.ts';
import { toObject, toString, toPropertyKey, isCallable, isConstructor, toBoolean } from './conversions.ts';
import { getProperty, getKeyed, setProperty, setKeyed, hasProperty, deletePropertyOperator, defineOwnDataProperty } from './property-access.ts';
import { strictEquals, sameValueZero } from './operators.ts';
import { vmCall0, vmArgsReserve, vmArgSet, vmArgsRelease, vmConstruct } from './interpreter.ts';
import { intrinsicGet, intrinsicSet, arrayConstructorOfOtherRealm, Intrinsic } from './realm.ts';
import {
  arg, argThis, argNewTarget, argCallee, argThisSet, toIntegerF64, toLengthF64, relativeIndexF64, convF64,
  numberResult, isArrayObject, integerOf, numberF64, convSet,
} from './builtins-util.ts';

const MAX_SAFE: f64 = 9007199254740991;

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** A fast array: JS array, fast elements, prototype %Array.prototype%, extensible. No GC. */
export function isFastArray(v: i32): bool {
  return isArrayObject(v) && elementsKindOf(v) !== ElementsKind.DICTIONARY &&
    objectGetPrototype(v) === rootGet(RootIndex.arrayPrototype) && mapIsExtensible(objectMap(v)) && prototypesHaveNoElements();
}

/**
 * %Array.prototype% and %Object.prototype% have no elements and the chain between them is the
 * original one, so a hole in a fast array reads as undefined (V8's "no elements protector").
 * No GC.
 */
function prototypesHaveNoElements(): bool {
  const ap: i32 = rootGet(RootIndex.arrayPrototype);
  const op: i32 = rootGet(RootIndex.objectPrototype);
  return objectGetPrototype(ap) === op && hasNoElements(ap) && hasNoElements(op);
}
function hasNoElements(o: i32): bool {
  if (elementsKindOf(o) === ElementsKind.DICTIONARY) return dictionaryCount(objectElements(o)) === 0;
  const e: i32 = objectElements(o);
  if (elementsKindIsDouble(elementsKindOf(o))) return fixedDoubleArrayLength(e) === 0;
  const n: i32 = fixedArrayLength(e);
  for (let i: i32 = 0; i < n; i++) if (fixedArrayGet(e, i) !== theHole()) return false;
  return true;
}

/**
 * ArraySpeciesCreate(O, length) (spec 10.4.2.3): a plain array unless O is an array whose
 * constructor's @@species says otherwise. O is the receiver slot of the call block. Returns the
 * new object, the hole for "a plain array" (the caller then uses its fast path), or the sentinel.
 */
function arraySpeciesConstructor(argv: i32): i32 {
  const isArray: i32 = isArrayValue(argThis(argv)); // IsArray: proxies of arrays too (builtins-reflect.ts)
  if (isException(isArray)) return isArray;
  if (isArray !== trueValue()) return theHole();
  const key: i32 = atom('constructor');
  let c: i32 = getProperty(argThis(argv), key);
  if (isException(c)) return c;
  if (isConstructorValue(c)) {
    // Another realm's %Array% makes a plain array of this realm.
    const other: i32 = arrayConstructorOfOtherRealm(c);
    if (other === -1) return throwErrorLit(ErrorKind.TypeError, 'Cannot perform \'get\' on a proxy that has been revoked');
    if (other === 1) return theHole();
  }
  if (isJSObject(c)) {
    const sym: i32 = intrinsicGet(Intrinsic.SymbolSpecies);
    c = getProperty(c, sym);
    if (isException(c)) return c;
    if (c === nullValue()) c = undefinedValue();
  }
  if (c === undefinedValue() || c === intrinsicGet(Intrinsic.Array)) return theHole();
  if (!isConstructorValue(c)) return throwErrorLit(ErrorKind.TypeError, 'object.constructor[Symbol.species] is not a constructor');
  return c;
}

/** new C(length) for a species constructor C. May run JS. */
function speciesConstruct(c: i32, length: f64): i32 {
  const scope: i32 = handleScopeOpen();
  const hC: i32 = handleNew(c);
  const hLen: i32 = handleNew(numberResult(length));
  const block: i32 = vmArgsReserve(1);
  vmArgSet(block, 0, handleGet(hLen));
  const r: i32 = vmConstruct(handleGet(hC), block, 1, handleGet(hC));
  vmArgsRelease(block);
  return close(scope, r);
}

/** Element i of a fast array, the hole read as undefined (through the empty prototypes). May GC. */
function fastGet(arr: i32, i: u32): i32 {
  const v: i32 = elementsGet(arr, i);
  return v === theHole() ? undefinedValue() : v;
}

/** The canonical key of index i (a Number; getKeyed/setKeyed convert). May GC. */
function indexKey(i: f64): i32 {
  return numberResult(i);
}

/** LengthOfArrayLike(o) into convF64; false when it threw. */
function lengthOf(o: i32): bool {
  if (isArrayObject(o)) {
    convSet(arrayLength(o));
    return true;
  }
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const key: i32 = atom('length');
  const len: i32 = getProperty(handleGet(hO), key);
  handleScopeClose(scope);
  if (isException(len)) return false;
  return toLengthF64(len);
}

function getIndex(o: i32, i: f64): i32 {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const k: i32 = indexKey(i);
  return close(scope, getKeyed(handleGet(hO), k));
}

function setIndex(o: i32, i: f64, v: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hV: i32 = handleNew(v);
  const k: i32 = indexKey(i);
  return close(scope, setKeyed(handleGet(hO), k, handleGet(hV), true));
}

/** HasProperty(o, ToString(i)): true/false oddball or the sentinel. */
function hasIndex(o: i32, i: f64): i32 {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const k: i32 = toPropertyKey(indexKey(i));
  if (isException(k)) return close(scope, k);
  return close(scope, hasProperty(handleGet(hO), k));
}

function deleteIndex(o: i32, i: f64): i32 {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const k: i32 = indexKey(i);
  return close(scope, deletePropertyOperator(handleGet(hO), k, true));
}

function setLength(o: i32, length: f64): i32 {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hL: i32 = handleNew(numberResult(length));
  const key: i32 = atom('length');
  return close(scope, setProperty(handleGet(hO), key, handleGet(hL), true));
}

/** ToObject(this) stored back into the receiver slot (so it stays rooted); the object or the sentinel. */
function thisObject(argv: i32): i32 {
  const v: i32 = argThis(argv);
  if (isJSObject(v)) return v;
  const o: i32 = toObject(v);
  if (!isException(o)) argThisSet(argv, o);
  return o;
}

// ---- library intrinsics (stage1/INTRINSICS.md) -------------------------------------------------

/**
 * __ouro.createDataProperty(o, key, v): CreateDataPropertyOrThrow, for the arrays and objects the
 * library creates (a store `A[k] = v` would run a setter found on a prototype). Returns undefined.
 */
export function ouroCreateDataProperty(argv: i32, argc: i32): i32 {
  const r: i32 = defineOwnDataProperty(arg(argv, argc, 0), arg(argv, argc, 1), arg(argv, argc, 2));
  return isException(r) ? r : undefinedValue();
}

/**
 * __ouro.arrayStoresArePlain(): true when %Array.prototype% and %Object.prototype% have no
 * elements (V8's "no elements protector"): then `A[k] = v` on an array the library made is the
 * same as CreateDataProperty.
 */
export function ouroArrayStoresArePlain(argv: i32, argc: i32): i32 {
  if (argv < 0 || argc < 0) return exceptionSentinel();
  return prototypesHaveNoElements() ? trueValue() : falseValue();
}

// ---- constructor and statics -------------------------------------------------------------------

/** Array(...) / new Array(...) (spec 23.1.1.1). */
export function arrayConstructor(argv: i32, argc: i32): i32 {
  let nt: i32 = argNewTarget(argv);
  if (nt === undefinedValue()) nt = argCallee(argv);
  let proto: i32 = 0;
  if (nt !== argCallee(argv)) {
    // GetPrototypeFromConstructor: a cross-realm new.target gives its realm's %Array.prototype%.
    const p: i32 = prototypeFromConstructor(argNewTarget(argv), Intrinsic.ArrayPrototype);
    if (isException(p)) return p;
    proto = p;
  }
  if (proto === 0) proto = rootGet(RootIndex.arrayPrototype);
  const scope: i32 = handleScopeOpen();
  const hProto: i32 = handleNew(proto);
  let hArr: i32 = 0;
  if (argc === 1 && (isSmi(arg(argv, argc, 0)) || isNumberArg(arg(argv, argc, 0)))) {
    const len: f64 = numberF64(arg(argv, argc, 0));
    if (len < 0 || len > 4294967295 || integerOf(len) !== len) return close(scope, throwErrorLit(ErrorKind.RangeError, 'Invalid array length'));
    hArr = handleNew(arrayNew(len < 1024 ? len | 0 : 0));
    arraySetLength(handleGet(hArr), len);
  } else {
    hArr = handleNew(arrayNew(argc));
    for (let i: i32 = 0; i < argc; i++) arrayPush(handleGet(hArr), arg(argv, argc, i));
  }
  if (handleGet(hProto) !== rootGet(RootIndex.arrayPrototype)) objectSetPrototype(handleGet(hArr), handleGet(hProto));
  return close(scope, handleGet(hArr));
}

function isNumberArg(v: i32): bool {
  return (v & 1) !== 0 && objectMapWord(v) === rootGet(RootIndex.heapNumberMap);
}
function objectMapWord(v: i32): i32 {
  return objectMap(v);
}

export function arrayIsArray(argv: i32, argc: i32): i32 {
  return isArrayValue(arg(argv, argc, 0)); // arrays and proxies of arrays (builtins-reflect.ts)
}

export function arrayOf(argv: i32, argc: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hArr: i32 = handleNew(arrayNew(argc));
  for (let i: i32 = 0; i < argc; i++) arrayPush(handleGet(hArr), arg(argv, argc, i));
  return close(scope, handleGet(hArr));
}

// ---- mutators ----------------------------------------------------------------------------------

export function arrayProtoPush(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  if (isFastArray(o)) {
    let len: f64 = arrayLength(o);
    for (let i: i32 = 0; i < argc; i++) {
      len = arrayPush(argThis(argv), arg(argv, argc, i));
      if (len < 0) return throwErrorLit(ErrorKind.TypeError, 'Pushing 1 elements on an array-like of length 4294967295 is disallowed, as the total surpasses 2**53-1');
    }
    return numberResult(len);
  }
  if (!lengthOf(o)) return exceptionSentinel();
  let n: f64 = convF64;
  if (n + argc > MAX_SAFE) return throwErrorLit(ErrorKind.TypeError, 'Pushing elements past 2**53-1 is disallowed');
  for (let i: i32 = 0; i < argc; i++) {
    const r: i32 = setIndex(argThis(argv), n, arg(argv, argc, i));
    if (isException(r)) return r;
    n = n + 1;
  }
  const r: i32 = setLength(argThis(argv), n);
  if (isException(r)) return r;
  return numberResult(n);
}

export function arrayProtoPop(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o) || argc < 0) return o;
  if (isFastArray(o)) {
    const len: f64 = arrayLength(o);
    if (len === 0) return undefinedValue();
    const scope: i32 = handleScopeOpen();
    const hV: i32 = handleNew(fastGet(o, (len - 1) >>> 0));
    arraySetLength(argThis(argv), len - 1);
    return close(scope, handleGet(hV));
  }
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  if (len === 0) {
    const r: i32 = setLength(argThis(argv), 0);
    return isException(r) ? r : undefinedValue();
  }
  const v: i32 = getIndex(argThis(argv), len - 1);
  if (isException(v)) return v;
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const d: i32 = deleteIndex(argThis(argv), len - 1);
  if (isException(d)) return close(scope, d);
  const r: i32 = setLength(argThis(argv), len - 1);
  if (isException(r)) return close(scope, r);
  return close(scope, handleGet(hV));
}

/** A fast array whose elements are tagged (not doubles): element moves are word copies. No GC. */
function isFastTaggedArray(v: i32): bool {
  return isFastArray(v) && !elementsKindIsDouble(elementsKindOf(v));
}

export function arrayProtoShift(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o) || argc < 0) return o;
  if (isFastTaggedArray(o)) {
    const len: f64 = arrayLength(o);
    if (len === 0) return undefinedValue();
    const first: i32 = fastGet(o, 0);
    const e: i32 = objectElements(argThis(argv));
    const n: i32 = len | 0;
    for (let i: i32 = 1; i < n; i++) fixedArraySet(e, (i - 1) | 0, fixedArrayGet(e, i));
    fixedArraySet(e, (n - 1) | 0, theHole());
    const scope: i32 = handleScopeOpen();
    const hFirst: i32 = handleNew(first);
    arraySetLength(argThis(argv), len - 1);
    return close(scope, handleGet(hFirst));
  }
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  if (len === 0) {
    const r: i32 = setLength(argThis(argv), 0);
    return isException(r) ? r : undefinedValue();
  }
  const first: i32 = getIndex(argThis(argv), 0);
  if (isException(first)) return first;
  const scope: i32 = handleScopeOpen();
  const hFirst: i32 = handleNew(first);
  for (let k: f64 = 1; k < len; k = k + 1) {
    const r: i32 = moveIndex(argThis(argv), k, k - 1);
    if (isException(r)) return close(scope, r);
  }
  const d: i32 = deleteIndex(argThis(argv), len - 1);
  if (isException(d)) return close(scope, d);
  const r: i32 = setLength(argThis(argv), len - 1);
  if (isException(r)) return close(scope, r);
  return close(scope, handleGet(hFirst));
}

/** from → to when `from` exists, else delete `to` (the step of shift/unshift/splice). */
function moveIndex(o: i32, from: f64, to: f64): i32 {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const has: i32 = hasIndex(o, from);
  if (isException(has)) return close(scope, has);
  if (has === trueValue()) {
    const v: i32 = getIndex(handleGet(hO), from);
    if (isException(v)) return close(scope, v);
    return close(scope, setIndex(handleGet(hO), to, v));
  }
  return close(scope, deleteIndex(handleGet(hO), to));
}

export function arrayProtoUnshift(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  if (argc > 0) {
    if (len + argc > MAX_SAFE) return throwErrorLit(ErrorKind.TypeError, 'Unshifting elements past 2**53-1 is disallowed');
    if (isFastTaggedArray(argThis(argv)) && len + argc < 268435456) {
      // Grow first (stores undefined at the new last index), then move the words up.
      elementsSet(argThis(argv), (len + argc - 1) >>> 0, undefinedValue());
      if (isFastTaggedArray(argThis(argv))) {
        const e: i32 = objectElements(argThis(argv));
        for (let i: i32 = (len - 1) | 0; i >= 0; i--) fixedArraySet(e, (i + argc) | 0, fixedArrayGet(e, i));
        for (let i: i32 = 0; i < argc; i++) elementsSet(argThis(argv), i, arg(argv, argc, i));
        return numberResult(len + argc);
      }
    }
    for (let k: f64 = len; k > 0; k = k - 1) {
      const r: i32 = moveIndex(argThis(argv), k - 1, k + argc - 1);
      if (isException(r)) return r;
    }
    for (let j: i32 = 0; j < argc; j++) {
      const r: i32 = setIndex(argThis(argv), j, arg(argv, argc, j));
      if (isException(r)) return r;
    }
  }
  const r: i32 = setLength(argThis(argv), len + argc);
  if (isException(r)) return r;
  return numberResult(len + argc);
}

export function arrayProtoSlice(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  if (!relativeIndexF64(arg(argv, argc, 0), len, 0)) return exceptionSentinel();
  const k0: f64 = convF64;
  if (!relativeIndexF64(arg(argv, argc, 1), len, len)) return exceptionSentinel();
  const end: f64 = convF64;
  const count: f64 = end - k0 > 0 ? end - k0 : 0;
  if (count > 4294967295) return throwErrorLit(ErrorKind.RangeError, 'Invalid array length');
  const species: i32 = arraySpeciesConstructor(argv);
  if (isException(species)) return species;
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(species === theHole() ? arrayNew(count < 65536 ? count | 0 : 0) : speciesConstruct(species, count));
  if (isException(handleGet(hA))) return close(scope, handleGet(hA));
  if (species === theHole() && isFastArray(argThis(argv))) {
    for (let i: f64 = 0; i < count; i = i + 1) {
      const v: i32 = elementsGet(argThis(argv), (k0 + i) >>> 0);
      if (v !== theHole()) elementsSet(handleGet(hA), i >>> 0, v);
    }
  } else {
    for (let i: f64 = 0; i < count; i = i + 1) {
      const has: i32 = hasIndex(argThis(argv), k0 + i);
      if (isException(has)) return close(scope, has);
      if (has !== trueValue()) continue;
      const v: i32 = getIndex(argThis(argv), k0 + i);
      if (isException(v)) return close(scope, v);
      const hV: i32 = handleNew(v);
      const k: i32 = indexKey(i);
      const r: i32 = defineOwnDataProperty(handleGet(hA), k, handleGet(hV));
      if (isException(r)) return close(scope, r);
    }
  }
  const r: i32 = setLength(handleGet(hA), count);
  if (isException(r)) return close(scope, r);
  return close(scope, handleGet(hA));
}

export function arrayProtoSplice(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  if (!relativeIndexF64(arg(argv, argc, 0), len, 0)) return exceptionSentinel();
  const start: f64 = convF64;
  let deleteCount: f64 = 0;
  if (argc === 0) {
    deleteCount = 0;
  } else if (argc === 1) {
    deleteCount = len - start;
  } else {
    if (!toIntegerF64(arg(argv, argc, 1))) return exceptionSentinel();
    const dc: f64 = convF64;
    deleteCount = dc < 0 ? 0 : dc > len - start ? len - start : dc;
  }
  const itemCount: i32 = argc > 2 ? (argc - 2) | 0 : 0;
  if (len + itemCount - deleteCount > MAX_SAFE) return throwErrorLit(ErrorKind.TypeError, 'Splice result too long');
  const species: i32 = arraySpeciesConstructor(argv);
  if (isException(species)) return species;
  if (species === theHole() && deleteCount > 4294967295) return throwErrorLit(ErrorKind.RangeError, 'Invalid array length');
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(species === theHole() ? arrayNew(deleteCount < 65536 ? deleteCount | 0 : 0) : speciesConstruct(species, deleteCount));
  if (isException(handleGet(hA))) return close(scope, handleGet(hA));
  for (let k: f64 = 0; k < deleteCount; k = k + 1) {
    const has: i32 = hasIndex(argThis(argv), start + k);
    if (isException(has)) return close(scope, has);
    if (has !== trueValue()) continue;
    const v: i32 = getIndex(argThis(argv), start + k);
    if (isException(v)) return close(scope, v);
    const hV: i32 = handleNew(v);
    const key: i32 = indexKey(k);
    const d: i32 = defineOwnDataProperty(handleGet(hA), key, handleGet(hV));
    if (isException(d)) return close(scope, d);
  }
  const lr: i32 = setLength(handleGet(hA), deleteCount);
  if (isException(lr)) return close(scope, lr);
  if (itemCount < deleteCount) {
    for (let k: f64 = start; k < len - deleteCount; k = k + 1) {
      const r: i32 = moveIndex(argThis(argv), k + deleteCount, k + itemCount);
      if (isException(r)) return close(scope, r);
    }
    for (let k: f64 = len; k > len - deleteCount + itemCount; k = k - 1) {
      const r: i32 = deleteIndex(argThis(argv), k - 1);
      if (isException(r)) return close(scope, r);
    }
  } else if (itemCount > deleteCount) {
    for (let k: f64 = len - deleteCount; k > start; k = k - 1) {
      const r: i32 = moveIndex(argThis(argv), k + deleteCount - 1, k + itemCount - 1);
      if (isException(r)) return close(scope, r);
    }
  }
  for (let i: i32 = 0; i < itemCount; i++) {
    const r: i32 = setIndex(argThis(argv), start + i, arg(argv, argc, (i + 2) | 0));
    if (isException(r)) return close(scope, r);
  }
  const r: i32 = setLength(argThis(argv), len - deleteCount + itemCount);
  if (isException(r)) return close(scope, r);
  return close(scope, handleGet(hA));
}

// ---- searching -----------------------------------------------------------------------------------

/** indexOf / lastIndexOf / includes: mode 0, 1, 2. */
function search(argv: i32, argc: i32, mode: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  if (len === 0) return notFoundValue(mode);
  let k: f64 = 0;
  if (mode === 1) {
    k = len - 1;
    if (argc > 1) {
      if (!toIntegerF64(arg(argv, argc, 1))) return exceptionSentinel();
      const n: f64 = convF64;
      k = n >= 0 ? (n < len - 1 ? n : len - 1) : len + n;
    }
  } else if (argc > 1) {
    if (!toIntegerF64(arg(argv, argc, 1))) return exceptionSentinel();
    const n: f64 = convF64;
    if (n >= len) return notFoundValue(mode);
    k = n >= 0 ? n : (len + n < 0 ? 0 : len + n);
  }
  const step: f64 = mode === 1 ? -1 : 1;
  const fast: bool = isFastArray(argThis(argv));
  for (; mode === 1 ? k >= 0 : k < len; k = k + step) {
    let v: i32 = 0;
    if (fast && isFastArray(argThis(argv))) {
      v = elementsGet(argThis(argv), k >>> 0);
      if (v === theHole()) {
        if (mode !== 2) continue;
        v = undefinedValue();
      }
    } else {
      if (mode !== 2) {
        const has: i32 = hasIndex(argThis(argv), k);
        if (isException(has)) return has;
        if (has !== trueValue()) continue;
      }
      v = getIndex(argThis(argv), k);
      if (isException(v)) return v;
    }
    if (mode === 2 ? sameValueZero(v, arg(argv, argc, 0)) : strictEquals(v, arg(argv, argc, 0))) {
      return mode === 2 ? trueValue() : numberResult(k);
    }
  }
  return notFoundValue(mode);
}

/** -1, or false for includes (a Smi and an oddball: no allocation). */
function notFoundValue(mode: i32): i32 {
  return mode === 2 ? falseValue() : numberResult(-1);
}

export function arrayProtoIndexOf(argv: i32, argc: i32): i32 {
  return search(argv, argc, 0);
}
export function arrayProtoLastIndexOf(argv: i32, argc: i32): i32 {
  return search(argv, argc, 1);
}
export function arrayProtoIncludes(argv: i32, argc: i32): i32 {
  return search(argv, argc, 2);
}

// ---- join, toString, concat, reverse, fill -------------------------------------------------------

/** The arrays being joined (cycle detection: a nested occurrence joins as ''). */
function joinStackContains(o: i32): bool {
  const stack: i32 = intrinsicGet(Intrinsic.JoinStack);
  if (stack === undefinedValue()) return false;
  const n: i32 = fixedArrayLength(stack);
  for (let i: i32 = 0; i < n; i++) if (fixedArrayGet(stack, i) === o) return true;
  return false;
}
function joinStackPush(o: i32): void {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  if (intrinsicGet(Intrinsic.JoinStack) === undefinedValue()) {
    const fresh: i32 = fixedArrayNew(16);
    intrinsicSet(Intrinsic.JoinStack, fresh);
  }
  const stack: i32 = intrinsicGet(Intrinsic.JoinStack);
  let n: i32 = fixedArrayLength(stack);
  let slot: i32 = -1;
  for (let i: i32 = 0; i < n; i++) {
    if (fixedArrayGet(stack, i) === undefinedValue()) {
      slot = i;
      break;
    }
  }
  if (slot < 0) {
    const grown: i32 = fixedArrayNew((n << 1) | 0);
    const old: i32 = intrinsicGet(Intrinsic.JoinStack);
    for (let i: i32 = 0; i < n; i++) fixedArraySet(grown, i, fixedArrayGet(old, i));
    intrinsicSet(Intrinsic.JoinStack, grown);
    slot = n;
    n = (n << 1) | 0;
  }
  fixedArraySet(intrinsicGet(Intrinsic.JoinStack), slot, handleGet(hO));
  handleScopeClose(scope);
}
function joinStackPop(o: i32): void {
  const stack: i32 = intrinsicGet(Intrinsic.JoinStack);
  const n: i32 = fixedArrayLength(stack);
  for (let i: i32 = (n - 1) | 0; i >= 0; i--) {
    if (fixedArrayGet(stack, i) === o) {
      fixedArraySet(stack, i, undefinedValue());
      return;
    }
  }
}

/** Array.prototype.join (spec 23.1.3.18), with V8's cycle rule. */
export function arrayProtoJoin(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  let sep: i32 = arg(argv, argc, 0);
  if (sep === undefinedValue()) {
    sep = atom(',');
  } else if (!isString(sep)) {
    sep = toString(sep);
    if (isException(sep)) return sep;
  }
  if (joinStackContains(argThis(argv))) return atom('');
  const scope: i32 = handleScopeOpen();
  const hSep: i32 = handleNew(sep);
  joinStackPush(argThis(argv));
  const hR: i32 = handleNew(atom(''));
  let result: i32 = 0;
  for (let k: f64 = 0; k < len; k = k + 1) {
    if (k > 0 && stringLength(handleGet(hSep)) !== 0) handleSet(hR, stringConcat(handleGet(hR), handleGet(hSep)));
    let v: i32 = isFastArray(argThis(argv)) ? fastGet(argThis(argv), k >>> 0) : getIndex(argThis(argv), k);
    if (isException(v)) {
      result = v;
      break;
    }
    if (v === undefinedValue() || v === nullValue()) continue;
    if (!isString(v)) {
      v = toString(v);
      if (isException(v)) {
        result = v;
        break;
      }
    }
    handleSet(hR, stringConcat(handleGet(hR), v));
  }
  joinStackPop(argThis(argv));
  if (result === 0) result = handleGet(hR);
  return close(scope, result);
}

/** Array.prototype.toString: this.join() when callable, else Object.prototype.toString. */
export function arrayProtoToString(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  const key: i32 = atom('join');
  const f: i32 = getProperty(argThis(argv), key);
  if (isException(f)) return f;
  if (isCallable(f)) return vmCall0(f, argThis(argv));
  const g: i32 = intrinsicGet(Intrinsic.ObjectProtoToString);
  if (argc < 0 || !isCallable(g)) return atom('[object Array]');
  return vmCall0(g, argThis(argv));
}

/** IsConcatSpreadable(o): true/false oddball or the sentinel. */
function isConcatSpreadable(o: i32): i32 {
  if (!isJSObject(o)) return falseValue();
  const sym: i32 = intrinsicGet(Intrinsic.SymbolIsConcatSpreadable);
  if (sym !== undefinedValue()) {
    const scope: i32 = handleScopeOpen();
    const hO: i32 = handleNew(o);
    const v: i32 = getProperty(o, sym);
    if (isException(v)) return close(scope, v);
    if (v !== undefinedValue()) return close(scope, toBoolean(v) ? trueValue() : falseValue());
    o = handleGet(hO);
    handleScopeClose(scope);
  }
  return isArrayValue(o);
}

export function arrayProtoConcat(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  // A = ArraySpeciesCreate(O, 0): a plain array (the hole) keeps the fast stores.
  const species: i32 = arraySpeciesConstructor(argv);
  if (isException(species)) return species;
  const plain: bool = species === theHole();
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(plain ? arrayNew(0) : speciesConstruct(species, 0));
  if (isException(handleGet(hA))) return close(scope, handleGet(hA));
  let n: f64 = 0;
  for (let i: i32 = -1; i < argc; i++) {
    const e: i32 = i < 0 ? argThis(argv) : arg(argv, argc, i);
    const spreadable: i32 = isConcatSpreadable(e);
    if (isException(spreadable)) return close(scope, spreadable);
    const hItem: i32 = handleNew(i < 0 ? argThis(argv) : arg(argv, argc, i));
    if (spreadable === trueValue()) {
      if (!lengthOf(handleGet(hItem))) return close(scope, exceptionSentinel());
      const len: f64 = convF64;
      if (n + len > MAX_SAFE) return close(scope, throwErrorLit(ErrorKind.TypeError, 'Invalid array length'));
      const fast: bool = plain && isFastArray(handleGet(hItem)) && isFastArray(handleGet(hA));
      for (let k: f64 = 0; k < len; k = k + 1) {
        if (fast) {
          const v: i32 = elementsGet(handleGet(hItem), k >>> 0);
          if (v !== theHole()) elementsSet(handleGet(hA), (n + k) >>> 0, v);
          continue;
        }
        const has: i32 = hasIndex(handleGet(hItem), k);
        if (isException(has)) return close(scope, has);
        if (has !== trueValue()) continue;
        const v: i32 = getIndex(handleGet(hItem), k);
        if (isException(v)) return close(scope, v);
        const hV: i32 = handleNew(v);
        const key: i32 = indexKey(n + k);
        const r: i32 = defineOwnDataProperty(handleGet(hA), key, handleGet(hV));
        if (isException(r)) return close(scope, r);
      }
      n = n + len;
      if (plain && isArrayObject(handleGet(hA))) arraySetLength(handleGet(hA), n);
    } else {
      if (n >= MAX_SAFE) return close(scope, throwErrorLit(ErrorKind.TypeError, 'Invalid array length'));
      if (plain && isFastArray(handleGet(hA))) {
        elementsSet(handleGet(hA), n >>> 0, handleGet(hItem));
      } else {
        const key: i32 = indexKey(n);
        const r: i32 = defineOwnDataProperty(handleGet(hA), key, handleGet(hItem));
        if (isException(r)) return close(scope, r);
      }
      n = n + 1;
    }
  }
  const r: i32 = setLength(handleGet(hA), n);
  if (isException(r)) return close(scope, r);
  return close(scope, handleGet(hA));
}

export function arrayProtoReverse(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o) || argc < 0) return o;
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  const middle: f64 = Math.floor(len / 2);
  for (let lower: f64 = 0; lower < middle; lower = lower + 1) {
    const upper: f64 = len - lower - 1;
    const scope: i32 = handleScopeOpen();
    const lowerExists: i32 = hasIndex(argThis(argv), lower);
    if (isException(lowerExists)) return close(scope, lowerExists);
    let hLower: i32 = handleNew(undefinedValue());
    if (lowerExists === trueValue()) {
      const v: i32 = getIndex(argThis(argv), lower);
      if (isException(v)) return close(scope, v);
      handleSet(hLower, v);
    }
    const upperExists: i32 = hasIndex(argThis(argv), upper);
    if (isException(upperExists)) return close(scope, upperExists);
    const hUpper: i32 = handleNew(undefinedValue());
    if (upperExists === trueValue()) {
      const v: i32 = getIndex(argThis(argv), upper);
      if (isException(v)) return close(scope, v);
      handleSet(hUpper, v);
    }
    let r: i32 = 0;
    if (upperExists === trueValue()) r = setIndex(argThis(argv), lower, handleGet(hUpper));
    else r = deleteIndex(argThis(argv), lower);
    if (isException(r)) return close(scope, r);
    if (lowerExists === trueValue()) r = setIndex(argThis(argv), upper, handleGet(hLower));
    else r = deleteIndex(argThis(argv), upper);
    if (isException(r)) return close(scope, r);
    hLower = 0;
    handleScopeClose(scope);
  }
  return argThis(argv);
}

export function arrayProtoFill(argv: i32, argc: i32): i32 {
  const o: i32 = thisObject(argv);
  if (isException(o)) return o;
  if (!lengthOf(o)) return exceptionSentinel();
  const len: f64 = convF64;
  if (!relativeIndexF64(arg(argv, argc, 1), len, 0)) return exceptionSentinel();
  const k0: f64 = convF64;
  if (!relativeIndexF64(arg(argv, argc, 2), len, len)) return exceptionSentinel();
  const end: f64 = convF64;
  for (let k: f64 = k0; k < end; k = k + 1) {
    const r: i32 = setIndex(argThis(argv), k, arg(argv, argc, 0));
    if (isException(r)) return r;
  }
  return argThis(argv);
}

/** For other kernel files: a new array of the values in FixedArray `list`. May GC. */
export function arrayFromFixedArray(list: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hList: i32 = handleNew(list);
  const n: i32 = fixedArrayLength(list);
  const hA: i32 = handleNew(arrayNew(n));
  for (let i: i32 = 0; i < n; i++) arrayPush(handleGet(hA), fixedArrayGet(handleGet(hList), i));
  return close(scope, handleGet(hA));
}

/** A new array with the elements of array `a` (holes read as undefined). May GC. */
export function arrayCopyOf(a: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hSrc: i32 = handleNew(a);
  const n: f64 = arrayLength(a);
  const hA: i32 = handleNew(arrayNew(n < 65536 ? n | 0 : 0));
  for (let i: f64 = 0; i < n; i = i + 1) {
    const v: i32 = elementsGet(handleGet(hSrc), i >>> 0);
    arrayPush(handleGet(hA), v === theHole() ? undefinedValue() : v);
  }
  return close(scope, handleGet(hA));
}
