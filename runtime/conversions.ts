// Type conversions and testing operations of ECMA-262 §7.1–7.2 on tagged values
// (docs/interpreter.md, "Semantics"). Every function that can run JavaScript (ToPrimitive calls
// valueOf/toString/@@toPrimitive) or throw returns the exception sentinel on an abrupt completion.
//
// Fast paths first: Smis, HeapNumbers and strings never reach a call into JavaScript. Objects go
// through ToPrimitive, which reads its methods with semantics-lookup.ts and calls them with the
// interpreter's vmCall*. BigInts (runtime/bigint.ts) convert to strings and booleans, never
// implicitly to Numbers (ToNumber throws; ToNumeric keeps them).
import type { i32, u32, f64, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom, smiValue } from './memory.ts';
import { rootGet, fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType, OddballLayout, MapLayout, MapBit, JSPrimitiveWrapperLayout, SfiKind, SfiFlag, JSBoundFunctionLayout } from './layouts.ts';
import { RootIndex } from './roots.ts';
import {
  undefinedValue, nullValue, trueValue, falseValue, isHeapNumber, heapNumberValue, heapNumberNew, numberNew, numberValue,
  isSymbol, isJSObject, instanceTypeOf,
} from './values.ts';
import { isString, isInternalized, stringLength, stringInternalize } from './strings.ts';
import { numberToString, stringToNumber, stringToArrayIndex, NOT_ARRAY_INDEX } from './number-conversions.ts';
import { objectNew } from './objects.ts';
import { functionShared, sharedFunctionInfoFlags } from './functions.ts';
import { isException, throwErrorLit, throwErrorWith, ErrorKind } from './errors.ts';
import { atom } from './atoms.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { vmCall0, vmCall1 } from './interpreter.ts';
import { getValue, isCallableValue, isBoolean, isUndefinedOrNull } from './semantics-lookup.ts';
import { throwNotAFunction } from './semantics-messages.ts';
import {
  isBigInt, bigIntLength, bigIntToString, bigIntFromI32, bigIntFromIntegralF64, stringToBigInt, bigIntFailure, BigIntFailure,
} from './bigint.ts';

export const ToPrimitiveHint = { default: 0, number: 1, string: 2 } as const;

const TWO32: f64 = 4294967296;

// ---- testing operations ------------------------------------------------------------------------

/** ToBoolean (spec 7.1.2). No GC. */
export function toBoolean(v: i32): bool {
  if ((v & 1) === 0) return v !== 0;
  const map: i32 = H32[(v - 1) >> 2];
  const type: i32 = H32[(map - 1 + MapLayout.instanceType) >> 2];
  if (type < InstanceType.FIRST_NONSTRING_TYPE) return stringLength(v) !== 0;
  if (type === InstanceType.HEAP_NUMBER) {
    const x: f64 = heapNumberValue(v);
    return x === x && x !== 0;
  }
  if (type === InstanceType.ODDBALL) return v === trueValue();
  if (type === InstanceType.BIGINT) return bigIntLength(v) !== 0;
  return (H32[(map - 1 + MapLayout.bitField) >> 2] & MapBit.UNDETECTABLE) === 0;
}

/** An object with [[IsHTMLDDA]] (Annex B B.3.6; test262's $262.IsHTMLDDA). No GC. */
export function isUndetectable(v: i32): bool {
  if ((v & 1) === 0) return false;
  const map: i32 = H32[(v - 1) >> 2];
  return (H32[(map - 1 + MapLayout.bitField) >> 2] & MapBit.UNDETECTABLE) !== 0;
}

export function isCallable(v: i32): bool {
  return isCallableValue(v);
}

/**
 * IsConstructor: ordinary functions, classes and constructor builtins (SfiFlag.builtinConstructor); arrows, methods, accessors, generators and async functions do
 * not construct; a bound function constructs when its target does. No GC.
 */
export function isConstructor(v: i32): bool {
  if (!isCallableValue(v)) return false;
  const type: i32 = instanceTypeOf(v);
  if (type === InstanceType.JS_BOUND_FUNCTION) return isConstructor(fieldGet(v, JSBoundFunctionLayout.target));
  if (type !== InstanceType.JS_FUNCTION) return false;
  const flags: i32 = sharedFunctionInfoFlags(functionShared(v));
  const kind: i32 = (flags >> SfiKind.shift) & SfiKind.mask;
  if (kind === SfiKind.builtin) return (flags & SfiFlag.builtinConstructor) !== 0;
  if (kind !== SfiKind.normal && kind !== SfiKind.classConstructor) return false;
  return (flags & (SfiFlag.isGenerator | SfiFlag.isAsync)) === 0;
}

/** typeof v as an internalized string. May GC (the first use of an atom). */
export function typeOf(v: i32): i32 {
  if ((v & 1) === 0) return atom('number');
  const map: i32 = H32[(v - 1) >> 2];
  const type: i32 = H32[(map - 1 + MapLayout.instanceType) >> 2];
  if (type < InstanceType.FIRST_NONSTRING_TYPE) return atom('string');
  if (type === InstanceType.HEAP_NUMBER) return atom('number');
  if (type === InstanceType.ODDBALL) return fieldGet(v, OddballLayout.typeOf);
  if (type === InstanceType.SYMBOL) return atom('symbol');
  if (type === InstanceType.BIGINT) return atom('bigint');
  if ((H32[(map - 1 + MapLayout.bitField) >> 2] & MapBit.UNDETECTABLE) !== 0) return atom('undefined');
  if ((H32[(map - 1 + MapLayout.bitField) >> 2] & MapBit.CALLABLE) !== 0) return atom('function');
  return atom('object');
}

// ---- ToPrimitive ----------------------------------------------------------------------------------

function hintString(hint: i32): i32 {
  if (hint === ToPrimitiveHint.number) return atom('number');
  if (hint === ToPrimitiveHint.string) return atom('string');
  return atom('default');
}

/** OrdinaryToPrimitive (spec 7.1.1.1) of the object in handle hObj. May GC. */
function ordinaryToPrimitive(hObj: i32, hint: i32): i32 {
  for (let round: i32 = 0; round < 2; round++) {
    const useToString: bool = (hint === ToPrimitiveHint.string) === (round === 0);
    const name: i32 = useToString ? atom('toString') : atom('valueOf');
    const method: i32 = getValue(handleGet(hObj), name);
    if (isException(method)) return method;
    if (!isCallableValue(method)) continue;
    const r: i32 = vmCall0(method, handleGet(hObj));
    if (isException(r)) return r;
    if (!isJSObject(r)) return r;
  }
  return throwErrorLit(ErrorKind.TypeError, 'Cannot convert object to primitive value');
}

/** ToPrimitive(v, hint) (spec 7.1.1): a primitive or the exception sentinel. May GC. */
export function toPrimitive(v: i32, hint: i32): i32 {
  if (!isJSObject(v)) return v;
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(v);
  let result: i32 = 0;
  const sym: i32 = intrinsicGet(Intrinsic.SymbolToPrimitive);
  let exotic: i32 = undefinedValue();
  if (isSymbol(sym)) exotic = getValue(v, sym);
  if (isException(exotic)) {
    result = exotic;
  } else if (!isUndefinedOrNull(exotic)) {
    if (!isCallableValue(exotic)) {
      result = throwNotAFunction(exotic);
    } else {
      const hExotic: i32 = handleNew(exotic);
      const hintValue: i32 = hintString(hint);
      result = vmCall1(handleGet(hExotic), handleGet(hObj), hintValue);
      if (!isException(result) && isJSObject(result)) {
        result = throwErrorLit(ErrorKind.TypeError, 'Cannot convert object to primitive value');
      }
    }
  } else {
    result = ordinaryToPrimitive(hObj, hint);
  }
  handleScopeClose(scope);
  return result;
}

// ---- numbers --------------------------------------------------------------------------------------

/** The f64 of a Number value (Smi or HeapNumber) — no conversion. */
export function numberToF64(v: i32): f64 {
  return (v & 1) === 0 ? +smiValue(v) : heapNumberValue(v);
}

/** ToNumber of a primitive (no JavaScript runs): a Number, or the sentinel for symbols. May GC. */
function primitiveToNumber(v: i32): i32 {
  if ((v & 1) === 0 || isHeapNumber(v)) return v;
  if (isString(v)) return numberNew(stringToNumber(v));
  if (v === undefinedValue()) return heapNumberNew(NaN);
  if (v === nullValue() || v === falseValue()) return smiFrom(0);
  if (v === trueValue()) return smiFrom(1);
  if (isSymbol(v)) return throwErrorLit(ErrorKind.TypeError, 'Cannot convert a Symbol value to a number');
  if (isBigInt(v)) return throwErrorLit(ErrorKind.TypeError, 'Cannot convert a BigInt value to a number');
  return heapNumberNew(NaN);
}

/** ToNumber: a Number (Smi or HeapNumber) or the exception sentinel. May GC. */
export function toNumber(v: i32): i32 {
  if ((v & 1) === 0 || isHeapNumber(v)) return v;
  if (!isJSObject(v)) return primitiveToNumber(v);
  const p: i32 = toPrimitive(v, ToPrimitiveHint.number);
  if (isException(p)) return p;
  return primitiveToNumber(p);
}

/** ToNumeric (spec 7.1.3): a Number or BigInt, or the exception sentinel. May GC. */
export function toNumeric(v: i32): i32 {
  if ((v & 1) === 0 || isHeapNumber(v) || isBigInt(v)) return v;
  if (!isJSObject(v)) return primitiveToNumber(v);
  const p: i32 = toPrimitive(v, ToPrimitiveHint.number);
  if (isException(p)) return p;
  if (isBigInt(p)) return p;
  return primitiveToNumber(p);
}

/**
 * ToBigInt (spec 7.1.13): a BigInt, or the exception sentinel (TypeError for undefined, null,
 * Numbers and symbols, SyntaxError for strings that are no integer). May GC.
 */
export function toBigInt(v: i32): i32 {
  let p: i32 = v;
  if (isJSObject(v)) {
    p = toPrimitive(v, ToPrimitiveHint.number);
    if (isException(p)) return p;
  }
  if (isBigInt(p)) return p;
  if (p === trueValue()) return bigIntFromI32(1);
  if (p === falseValue()) return bigIntFromI32(0);
  if (isString(p)) {
    const scope: i32 = handleScopeOpen();
    const hP: i32 = handleNew(p);
    const r: i32 = stringToBigInt(p);
    const result: i32 = r === 0 ? throwErrorWith(ErrorKind.SyntaxError, 'Cannot convert ', handleGet(hP), ' to a BigInt') : r;
    handleScopeClose(scope);
    return result;
  }
  return throwErrorWith(ErrorKind.TypeError, 'Cannot convert ', p, ' to a BigInt');
}

/**
 * A result of runtime/bigint.ts: the BigInt, or for 0 the RangeError its bigIntFailure names
 * (V8's messages), as the sentinel. May GC.
 */
export function bigIntChecked(r: i32): i32 {
  if (r !== 0) return r;
  if (bigIntFailure === BigIntFailure.divisionByZero) return throwErrorLit(ErrorKind.RangeError, 'Division by zero');
  if (bigIntFailure === BigIntFailure.negativeExponent) return throwErrorLit(ErrorKind.RangeError, 'Exponent must be non-negative');
  return throwErrorLit(ErrorKind.RangeError, 'Maximum BigInt size exceeded');
}

/**
 * NumberToBigInt (spec 21.2.1.1.1) of a Number value: RangeError "The number 1.5 cannot be
 * converted to a BigInt because it is not an integer". May GC.
 */
export function numberToBigInt(v: i32): i32 {
  const x: f64 = numberToF64(v);
  if (x !== x || x === Infinity || x === -Infinity || Math.trunc(x) !== x) {
    return throwErrorWith(ErrorKind.RangeError, 'The number ', v, ' cannot be converted to a BigInt because it is not an integer');
  }
  return bigIntFromIntegralF64(x);
}

/** ToNumber as an f64 for a value known to be a Number, string, oddball (no JS, no throw). No GC except strings. */
export function primitiveToF64(v: i32): f64 {
  if ((v & 1) === 0) return +smiValue(v);
  if (isHeapNumber(v)) return heapNumberValue(v);
  if (isString(v)) return stringToNumber(v);
  if (v === nullValue() || v === falseValue()) return 0;
  if (v === trueValue()) return 1;
  return NaN;
}

/** ToInt32 of a Number value. No GC. */
export function numberToInt32(v: i32): i32 {
  if ((v & 1) === 0) return smiValue(v);
  return heapNumberValue(v) | 0;
}

/** ToUint32 of a Number value, as an f64 (0 .. 2^32 - 1). No GC. */
export function numberToUint32(v: i32): f64 {
  if ((v & 1) === 0) return +(smiValue(v) >>> 0);
  return +(heapNumberValue(v) >>> 0);
}

/** ToIntegerOrInfinity of an f64 (spec 7.1.5). No GC. */
export function f64ToIntegerOrInfinity(x: f64): f64 {
  if (x !== x || x === 0) return 0;
  return Math.trunc(x);
}

/** ToLength of an f64: an integer in [0, 2^53 - 1]. No GC. */
export function f64ToLength(x: f64): f64 {
  const n: f64 = f64ToIntegerOrInfinity(x);
  if (n <= 0) return 0;
  return n < 9007199254740991 ? n : 9007199254740991;
}

// ---- strings --------------------------------------------------------------------------------------

/** ToString of a primitive: a string, or the sentinel for symbols. May GC. */
function primitiveToString(v: i32): i32 {
  if ((v & 1) === 0) return numberToString(+smiValue(v));
  const map: i32 = H32[(v - 1) >> 2];
  const type: i32 = H32[(map - 1 + MapLayout.instanceType) >> 2];
  if (type < InstanceType.FIRST_NONSTRING_TYPE) return v;
  if (type === InstanceType.HEAP_NUMBER) return numberToString(heapNumberValue(v));
  if (type === InstanceType.ODDBALL) return fieldGet(v, OddballLayout.toString);
  if (type === InstanceType.SYMBOL) return throwErrorLit(ErrorKind.TypeError, 'Cannot convert a Symbol value to a string');
  if (type === InstanceType.BIGINT) return bigIntToString(v, 10);
  return atom('');
}

/** ToString: a string or the exception sentinel. May GC. */
export function toString(v: i32): i32 {
  if (!isJSObject(v)) return primitiveToString(v);
  const p: i32 = toPrimitive(v, ToPrimitiveHint.string);
  if (isException(p)) return p;
  return primitiveToString(p);
}

/**
 * The canonical key of a Number: an array index as a Smi (< 2^30) or HeapNumber (< 2^32 - 1),
 * else the internalized ToString. May GC.
 */
function numberToPropertyKey(v: i32): i32 {
  if ((v & 1) === 0) {
    if (v >= 0) return v;
    return stringInternalize(numberToString(+smiValue(v)));
  }
  const x: f64 = heapNumberValue(v);
  if (x === 0) return smiFrom(0); // -0: ToString(-0) is "0"
  if (x > 0 && x < TWO32 - 1 && Math.floor(x) === x) return numberNew(x);
  return stringInternalize(numberToString(x));
}

/** The canonical key of a string: an array index as a Number, else the internalized string. May GC. */
export function stringToPropertyKey(s: i32): i32 {
  const n: i32 = stringLength(s);
  if (n > 0 && n <= 10) {
    const index: u32 = stringToArrayIndex(s);
    if ((index >>> 0) !== (NOT_ARRAY_INDEX >>> 0)) return numberNew(+(index >>> 0));
  }
  if (isInternalized(s)) return s;
  return stringInternalize(s);
}

/**
 * ToPropertyKey: an array index as a Smi (< 2^30) or HeapNumber (2^30 .. 2^32 - 2), an
 * internalized string, or a symbol; or the exception sentinel. May GC.
 */
export function toPropertyKey(v: i32): i32 {
  if ((v & 1) === 0 || isHeapNumber(v)) return numberToPropertyKey(v);
  if (isString(v)) return stringToPropertyKey(v);
  if (isSymbol(v)) return v;
  let p: i32 = v;
  if (isJSObject(v)) {
    p = toPrimitive(v, ToPrimitiveHint.string);
    if (isException(p)) return p;
    if (isSymbol(p)) return p;
    if ((p & 1) === 0 || isHeapNumber(p)) return numberToPropertyKey(p);
  }
  const s: i32 = primitiveToString(p);
  if (isException(s)) return s;
  return stringToPropertyKey(s);
}

// ---- objects ------------------------------------------------------------------------------------

/** The wrapper map intrinsic for a primitive, or -1. No GC. */
function wrapperMapIntrinsic(v: i32): i32 {
  if ((v & 1) === 0 || isHeapNumber(v)) return Intrinsic.NumberWrapperMap;
  if (isString(v)) return Intrinsic.StringWrapperMap;
  if (isBoolean(v)) return Intrinsic.BooleanWrapperMap;
  if (isSymbol(v)) return Intrinsic.SymbolWrapperMap;
  if (isBigInt(v)) return Intrinsic.BigIntWrapperMap;
  return -1;
}

/** A new primitive wrapper object for string/number/boolean/symbol `v` with map `map`. May GC. */
export function primitiveWrapperNewWithMap(map: i32, v: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const obj: i32 = objectNew(map);
  fieldSet(obj, JSPrimitiveWrapperLayout.value, handleGet(hV));
  handleScopeClose(scope);
  return obj;
}

/** The primitive inside a wrapper object. No GC. */
export function primitiveWrapperValue(obj: i32): i32 {
  return fieldGet(obj, JSPrimitiveWrapperLayout.value);
}

/** ToObject: an object, or the exception sentinel (TypeError for undefined/null). May GC. */
export function toObject(v: i32): i32 {
  if (isJSObject(v)) return v;
  const which: i32 = wrapperMapIntrinsic(v);
  if (which < 0) return throwErrorLit(ErrorKind.TypeError, 'Cannot convert undefined or null to object');
  const map: i32 = intrinsicGet(which);
  if ((map & 1) === 0 || H32[(map - 1) >> 2] !== rootGet(RootIndex.metaMap)) {
    return throwErrorLit(ErrorKind.TypeError, 'Cannot convert a primitive to an object before the realm exists');
  }
  return primitiveWrapperNewWithMap(map, v);
}
