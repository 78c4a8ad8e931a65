// Helpers shared by the kernel builtins (runtime/builtins-*.ts): the call block accessors,
// argument conversions with their fast paths, and the few results every family builds.
//
// Conversions that can run JavaScript return a tagged value or the exception sentinel; the f64
// flavours (`argToF64`, `toIntegerF64`) return false on an abrupt completion and leave their
// result in the module variable `convF64` (read it right after the call).
import type { i32, f64, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { isSmi, smiValue, smiFrom } from './memory.ts';
import { rootGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { undefinedValue, nullValue, isHeapNumber, heapNumberValue, numberNew, isJSObject, instanceTypeOf } from './values.ts';
import { isString } from './strings.ts';
import { toNumber, toString, toObject } from './conversions.ts';
import { isException } from './errors.ts';
import { InstanceType } from './layouts.ts';

export function argNewTarget(argv: i32): i32 {
  return H32[(argv - 12) >> 2];
}
export function argCallee(argv: i32): i32 {
  return H32[(argv - 8) >> 2];
}
export function argThis(argv: i32): i32 {
  return H32[(argv - 4) >> 2];
}
/** Argument `i`, or undefined past `argc`. */
export function arg(argv: i32, argc: i32, i: i32): i32 {
  if (i >= argc) return undefinedValue();
  return H32[(argv + (i << 2)) >> 2];
}
/** Overwrites argument slot `i` (< argc) of the block: keeps a converted value rooted. */
export function argSet(argv: i32, i: i32, value: i32): void {
  H32[(argv + (i << 2)) >> 2] = value;
}
/** Overwrites the receiver slot of the block (rooted like the arguments). */
export function argThisSet(argv: i32, value: i32): void {
  H32[(argv - 4) >> 2] = value;
}

/** The f64 result of the last argToF64 / toIntegerF64 / toLengthF64. */
export let convF64: f64 = 0;

/** Sets convF64 (for kernel helpers elsewhere that report an f64 the same way). */
export function convSet(x: f64): void {
  convF64 = x;
}

/** The number value of a Number (Smi or HeapNumber). No GC. */
export function numberF64(v: i32): f64 {
  return isSmi(v) ? smiValue(v) : heapNumberValue(v);
}

export function isNumberValue(v: i32): bool {
  return isSmi(v) || isHeapNumber(v);
}

/** ToNumber(v) into convF64; false when it threw. May run JS, may GC. */
export function toF64(v: i32): bool {
  if (isSmi(v)) {
    convF64 = smiValue(v);
    return true;
  }
  if (isHeapNumber(v)) {
    convF64 = heapNumberValue(v);
    return true;
  }
  const n: i32 = toNumber(v);
  if (isException(n)) return false;
  convF64 = numberF64(n);
  return true;
}

/** ToNumber of argument i into convF64 (undefined → NaN). */
export function argToF64(argv: i32, argc: i32, i: i32): bool {
  return toF64(arg(argv, argc, i));
}

/** ToIntegerOrInfinity (spec 7.1.5) into convF64; false when it threw. */
export function toIntegerF64(v: i32): bool {
  if (isSmi(v)) {
    convF64 = smiValue(v);
    return true;
  }
  if (!toF64(v)) return false;
  convF64 = integerOf(convF64);
  return true;
}

/** Truncation of a double towards zero, NaN → 0, -0 → 0. */
export function integerOf(x: f64): f64 {
  if (x !== x) return 0;
  const t: f64 = Math.trunc(x);
  return t === 0 ? 0 : t;
}

/** ToLength (spec 7.1.20) into convF64. */
export function toLengthF64(v: i32): bool {
  if (!toIntegerF64(v)) return false;
  if (convF64 <= 0) convF64 = 0;
  else if (convF64 > 9007199254740991) convF64 = 9007199254740991;
  return true;
}

/**
 * A relative index argument (slice/splice/at style): ToIntegerOrInfinity(v) clamped to
 * [0, length], negative values counting from the end; undefined gives `dflt`. Into convF64.
 */
export function relativeIndexF64(v: i32, length: f64, dflt: f64): bool {
  if (v === undefinedValue()) {
    convF64 = dflt;
    return true;
  }
  if (!toIntegerF64(v)) return false;
  const r: f64 = convF64;
  if (r < 0) convF64 = length + r < 0 ? 0 : length + r;
  else convF64 = r > length ? length : r;
  return true;
}

/** ToString of argument i: a string or the sentinel. */
export function argToString(argv: i32, argc: i32, i: i32): i32 {
  const v: i32 = arg(argv, argc, i);
  if (isString(v)) return v;
  return toString(v);
}

/** ToObject(this): an object or the sentinel. */
export function thisToObject(argv: i32): i32 {
  const v: i32 = argThis(argv);
  if (isJSObject(v)) return v;
  return toObject(v);
}

export function isNullish(v: i32): bool {
  return v === undefinedValue() || v === nullValue();
}

export function isArrayObject(v: i32): bool {
  return (v & 1) !== 0 && isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_ARRAY;
}

/** A Number for an f64 (Smi when possible). May GC. */
export function numberResult(x: f64): i32 {
  const n: i32 = x | 0;
  if (n === x && n <= 1073741823 && n >= -1073741824 && (n !== 0 || 1 / x > 0)) return smiFrom(n);
  return numberNew(x);
}

export function boolResult(b: bool): i32 {
  return b ? rootGet(RootIndex.trueValue) : rootGet(RootIndex.falseValue);
}
