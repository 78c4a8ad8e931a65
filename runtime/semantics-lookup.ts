// Property lookup shared by conversions.ts (ToPrimitive reads valueOf/toString/@@toPrimitive) and
// property-access.ts ([[Get]]/[[Set]]/[[HasProperty]]): canonical keys, own-property reads of
// every JS object kind, the prototype of a primitive, and [[Get]] along a prototype chain with
// getters called through the interpreter. Kept apart so that conversions.ts and
// property-access.ts do not import each other.
//
// Keys are canonical property keys (conversions.ts toPropertyKey): an array index as a Smi (below
// 2^30) or a HeapNumber (2^30 .. 2^32 - 2), an internalized string, or a symbol. A string key
// that spells an array index ("0", "17") is accepted too and goes to the elements, so constant
// names such as { "0": x } need no conversion at the call site.
//
// Exotic own properties that are not in maps or elements:
//   arrays      `length` (JSArrayLayout.length; writable, not enumerable, not configurable)
//   String wrappers and string primitives: `length` and the indices below it (read-only, the
//               indices enumerable)
import type { i32, u32, f64, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom, smiValue } from './memory.ts';
import { rootGet, fieldGet } from './heap.ts';
import { InstanceType, JSArrayLayout, JSPrimitiveWrapperLayout, PropertyAttr, MapLayout, MapBit, FixedArrayLayout, ElementsKind } from './layouts.ts';
import { RootIndex } from './roots.ts';
import {
  undefinedValue, nullValue, theHole, trueValue, falseValue, isHeapNumber, heapNumberValue, isSymbol, isJSObject,
  instanceTypeOf, accessorPairGetter,
} from './values.ts';
import { isString, stringLength, stringGet, stringNewOneByte, stringNewTwoByte, seqSetChar } from './strings.ts';
import { stringToArrayIndex, NOT_ARRAY_INDEX } from './number-conversions.ts';
import { objectGetOwn, objectGetOwnAttributes, objectGetPrototype, objectElements } from './objects.ts';
import { mapElementsKind } from './maps.ts';
import { numberDictionaryFind, dictionaryValueAt } from './dictionary.ts';
import { elementsGet, elementsGetAttributes, arrayLengthIsReadOnly } from './elements.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { vmCall0 } from './interpreter.ts';
import { typedArrayValidIndex, typedArrayGet } from './builtins-typedarray.ts';
import { proxyOperation, ProxyOp } from './builtins-proxy.ts';
import { moduleNamespaceGetOwn } from './modules.ts';

/** "Infinity". */
const INFINITY_CHARS: Int32Array = new Int32Array([73, 110, 102, 105, 110, 105, 116, 121]);

/** Not an array index (what keyArrayIndex returns for names and symbols). */
export const NO_INDEX: f64 = -1;

/** The array index a canonical key names, or NO_INDEX. No GC. */
export function keyArrayIndex(key: i32): f64 {
  if ((key & 1) === 0) return key >= 0 ? +smiValue(key) : NO_INDEX;
  const map: i32 = H32[(key - 1) >> 2];
  if (map === rootGet(RootIndex.heapNumberMap)) return heapNumberValue(key);
  if (H32[(map - 1 + MapLayout.instanceType) >> 2] < InstanceType.FIRST_NONSTRING_TYPE) {
    const n: i32 = stringLength(key);
    if (n === 0 || n > 10) return NO_INDEX;
    const c: i32 = stringGet(key, 0);
    if (c < 48 || c > 57) return NO_INDEX;
    const index: u32 = stringToArrayIndex(key);
    return (index >>> 0) === (NOT_ARRAY_INDEX >>> 0) ? NO_INDEX : +(index >>> 0);
  }
  return NO_INDEX;
}

/**
 * CanonicalNumericIndexString(key) is not undefined for a key that is not an array index: "-0",
 * "Infinity", "-Infinity", "NaN", and the shortest decimal spellings of other numbers ("-1",
 * "1.5", "4294967295", "1e+21"). Typed arrays treat such keys as integer indices that are never
 * valid. Checked by shape without converting (no GC): an optional "-", digits without a leading
 * zero (or one "0"), an optional fraction without a trailing zero, an optional exponent "e+N" /
 * "e-N". The rare spellings that have this shape but are not canonical (fewer than 7 fraction
 * digits after "0.0...", over 21 integer digits) count as numeric too.
 */
export function keyIsCanonicalNumeric(key: i32): bool {
  if ((key & 1) === 0 || !isString(key)) return false;
  const n: i32 = stringLength(key);
  if (n === 0) return false;
  let i: i32 = 0;
  if (stringGet(key, 0) === 45) i = 1; // '-'
  if (i === n) return false;
  const c0: i32 = stringGet(key, i);
  if (c0 === 73) {
    if (((n - i) | 0) !== 8) return false;
    for (let j: i32 = 0; j < 8; j++) if (stringGet(key, (i + j) | 0) !== INFINITY_CHARS[j]) return false;
    return true;
  }
  if (c0 === 78) return i === 0 && n === 3 && stringGet(key, 1) === 97 && stringGet(key, 2) === 78; // NaN
  if (c0 < 48 || c0 > 57) return false;
  // Mantissa: integer digits, then an optional fraction; count the significant digits (first to
  // last nonzero) and the zeros right after the point.
  const start: i32 = i;
  let significant: i32 = 0;
  let pendingZeros: i32 = 0;
  while (i < n && stringGet(key, i) >= 48 && stringGet(key, i) <= 57) {
    if (stringGet(key, i) === 48) {
      if (significant > 0) pendingZeros++;
    } else {
      significant = (significant + pendingZeros + 1) | 0;
      pendingZeros = 0;
    }
    i++;
  }
  const intDigits: i32 = (i - start) | 0;
  if (c0 === 48 && intDigits > 1) return false;
  if (intDigits > 21) return false; // 1e21 and up are spelled with an exponent
  let leadingFractionZeros: i32 = 0;
  if (i < n && stringGet(key, i) === 46) {
    i++;
    const f: i32 = i;
    while (i < n && stringGet(key, i) >= 48 && stringGet(key, i) <= 57) {
      if (stringGet(key, i) === 48) {
        if (significant > 0) pendingZeros++;
        else leadingFractionZeros++;
      } else {
        significant = (significant + pendingZeros + 1) | 0;
        pendingZeros = 0;
      }
      i++;
    }
    if (i === f || stringGet(key, (i - 1) | 0) === 48) return false;
    if (c0 === 48 && leadingFractionZeros > 5) return false; // below 1e-6: an exponent
  }
  if (significant > 17) return false; // more digits than a double's shortest spelling
  if (i < n && stringGet(key, i) === 101) {
    if (intDigits !== 1 || c0 === 48) return false;
    i++;
    if (i >= n || (stringGet(key, i) !== 43 && stringGet(key, i) !== 45)) return false;
    const negative: bool = stringGet(key, i) === 45;
    i++;
    const e: i32 = i;
    let exponent: i32 = 0;
    while (i < n && stringGet(key, i) >= 48 && stringGet(key, i) <= 57) {
      if (exponent < 10000) exponent = (Math.imul(exponent, 10) + stringGet(key, i) - 48) | 0;
      i++;
    }
    if (i === e || stringGet(key, e) === 48) return false;
    if (negative ? exponent < 7 : exponent < 21) return false;
  }
  return i === n;
}

/** True when the key is the string "length" (compared by contents: no atom, no GC). */
export function keyIsLength(key: i32): bool {
  if ((key & 1) === 0 || !isString(key) || stringLength(key) !== 6) return false;
  return stringGet(key, 0) === 108 && stringGet(key, 1) === 101 && stringGet(key, 2) === 110 && stringGet(key, 3) === 103 &&
    stringGet(key, 4) === 116 && stringGet(key, 5) === 104;
}

export function isAccessorPair(v: i32): bool {
  return (v & 1) !== 0 && H32[(v - 1) >> 2] === rootGet(RootIndex.accessorPairMap);
}

export function isUndefinedOrNull(v: i32): bool {
  return v === undefinedValue() || v === nullValue();
}

export function isBoolean(v: i32): bool {
  return v === trueValue() || v === falseValue();
}

/** True for values with a map bit CALLABLE (functions, bound functions, callable builtins). No GC. */
export function isCallableValue(v: i32): bool {
  if ((v & 1) === 0) return false;
  const map: i32 = H32[(v - 1) >> 2];
  return (H32[(map - 1 + MapLayout.bitField) >> 2] & MapBit.CALLABLE) !== 0 &&
    H32[(map - 1 + MapLayout.instanceType) >> 2] >= InstanceType.FIRST_JS_OBJECT_TYPE;
}

/** A one-character string of code unit `code`. May GC. */
export function charString(code: i32): i32 {
  const s: i32 = code < 256 ? stringNewOneByte(1) : stringNewTwoByte(1);
  seqSetChar(s, 0, code);
  return s;
}

/** The wrapped string of a String wrapper object, or 0 when `obj` is no String wrapper. No GC. */
export function stringWrapperValue(obj: i32): i32 {
  if (instanceTypeOf(obj) !== InstanceType.JS_PRIMITIVE_WRAPPER) return 0;
  const s: i32 = fieldGet(obj, JSPrimitiveWrapperLayout.value);
  return isString(s) ? s : 0;
}

/**
 * The realm's prototype for a primitive (string, number, boolean, symbol): %String.prototype%
 * etc., or %Object.prototype% before the realm made them; null for undefined and null. No GC.
 */
export function primitivePrototype(v: i32): i32 {
  let which: i32 = -1;
  if ((v & 1) === 0 || isHeapNumber(v)) which = Intrinsic.NumberPrototype;
  else if (isString(v)) which = Intrinsic.StringPrototype;
  else if (isBoolean(v)) which = Intrinsic.BooleanPrototype;
  else if (isSymbol(v)) which = Intrinsic.SymbolPrototype;
  else if ((v & 1) !== 0 && instanceTypeOf(v) === InstanceType.BIGINT) which = Intrinsic.BigIntPrototype;
  if (which < 0) return nullValue();
  const proto: i32 = intrinsicGet(which);
  if ((proto & 1) === 0 || !isJSObject(proto)) return rootGet(RootIndex.objectPrototype);
  return proto;
}

/**
 * The own property `key` (with array index `index`, or NO_INDEX) of JS object `obj`: its value,
 * its AccessorPair when it is an accessor, or the hole when absent. May GC (boxing a double
 * element, making a one-character string) only when it returns a value.
 */
export function ownGet(obj: i32, key: i32, index: f64): i32 {
  const type: i32 = instanceTypeOf(obj);
  // Module namespace exotic objects (runtime/modules.ts): bindings are read from their cells.
  if (type === InstanceType.JS_MODULE_NAMESPACE) return moduleNamespaceGetOwn(obj, key, index);
  if (type === InstanceType.JS_TYPED_ARRAY && index >= 0) return typedArrayGet(obj, index);
  if (index >= 0) {
    if (type === InstanceType.JS_PRIMITIVE_WRAPPER) {
      const s: i32 = stringWrapperValue(obj);
      if (s !== 0 && index < stringLength(s)) return charString(stringGet(s, index | 0));
    }
    return elementsGet(obj, index >>> 0);
  }
  if (type === InstanceType.JS_ARRAY && keyIsLength(key)) return fieldGet(obj, JSArrayLayout.length);
  if (type === InstanceType.JS_PRIMITIVE_WRAPPER && keyIsLength(key)) {
    const s: i32 = stringWrapperValue(obj);
    if (s !== 0) return smiFrom(stringLength(s));
  }
  return objectGetOwn(obj, key);
}

/** Attributes (PropertyAttr, ACCESSOR for accessors) of own property `key` of JS object `obj`, or -1. No GC. */
export function ownAttributes(obj: i32, key: i32, index: f64): i32 {
  const type: i32 = instanceTypeOf(obj);
  if (type === InstanceType.JS_TYPED_ARRAY) {
    if (index >= 0) return typedArrayValidIndex(obj, index) ? PropertyAttr.ALL : -1;
    if (keyIsCanonicalNumeric(key)) return -1;
  }
  if (index >= 0) {
    if (type === InstanceType.JS_PRIMITIVE_WRAPPER) {
      const s: i32 = stringWrapperValue(obj);
      if (s !== 0 && index < stringLength(s)) return PropertyAttr.ENUMERABLE;
    }
    return elementsGetAttributes(obj, index >>> 0);
  }
  if (type === InstanceType.JS_ARRAY && keyIsLength(key)) return arrayLengthIsReadOnly(obj) ? 0 : PropertyAttr.WRITABLE;
  if (type === InstanceType.JS_PRIMITIVE_WRAPPER && keyIsLength(key) && stringWrapperValue(obj) !== 0) return 0;
  return objectGetOwnAttributes(obj, key);
}

/** Calls the getter of AccessorPair `pair` with `receiver` (undefined when there is none). May GC. */
export function callGetter(pair: i32, receiver: i32): i32 {
  if (!isAccessorPair(pair)) return undefinedValue();
  const getter: i32 = accessorPairGetter(pair);
  if (!isCallableValue(getter)) return undefinedValue();
  return vmCall0(getter, receiver);
}

/**
 * OrdinaryGet along the chain starting at JS object (or null) `holder`, with `receiver` as the
 * getters' this: the value, or the exception sentinel from a getter. May GC.
 */
export function lookupGet(holder: i32, key: i32, index: f64, receiver: i32): i32 {
  const nul: i32 = nullValue();
  for (let o: i32 = holder; o !== nul; o = objectGetPrototype(o)) {
    const type: i32 = instanceTypeOf(o);
    if (type === InstanceType.JS_PROXY) return proxyOperation(ProxyOp.get, o, key, receiver, undefinedValue());
    if (type === InstanceType.JS_TYPED_ARRAY && (index >= 0 || keyIsCanonicalNumeric(key))) {
      return index >= 0 ? typedArrayGet(o, index) : undefinedValue();
    }
    const attrs: i32 = ownAttributes(o, key, index);
    if (attrs < 0) continue;
    if ((attrs & PropertyAttr.ACCESSOR) !== 0) return callGetter(ownAccessorPair(o, key, index), receiver);
    return ownGet(o, key, index);
  }
  return undefinedValue();
}

/** The AccessorPair of own accessor property `key` of `obj` (known to be one), or undefined. No GC. */
export function ownAccessorPair(obj: i32, key: i32, index: f64): i32 {
  if (index < 0) return objectGetOwn(obj, key);
  const d: i32 = objectElements(obj);
  if (mapElementsKind(H32[(obj - 1) >> 2]) !== ElementsKind.DICTIONARY) return undefinedValue();
  const entry: i32 = numberDictionaryFind(d, index >>> 0);
  return entry < 0 ? undefinedValue() : dictionaryValueAt(d, entry);
}

/**
 * GetV(v, key) for a canonical key and any value but undefined/null (the caller throws for those):
 * objects directly, primitives through their own string properties and their prototype. May GC.
 */
export function getValue(v: i32, key: i32): i32 {
  const index: f64 = keyArrayIndex(key);
  if (isJSObject(v)) return lookupGet(v, key, index, v);
  if ((v & 1) !== 0 && isString(v)) {
    if (index >= 0) {
      if (index < stringLength(v)) return charString(stringGet(v, index | 0));
    } else if (keyIsLength(key)) {
      return smiFrom(stringLength(v));
    }
  }
  return lookupGet(primitivePrototype(v), key, index, v);
}

