// Type conversions and testing operations of ECMA-262 §7.1–7.2 on tagged values
// (docs/interpreter.md, "Semantics"). Every function that can run JavaScript (ToPrimitive calls
// valueOf/toString/@@toPrimitive) or throw returns the exception sentinel on an abrupt completion.
//
// CONTRACT STUB (seeded by the lead): signatures fixed; the semantics owner implements.
import type { i32, f64, bool } from './types.ts';
import { undefinedValue } from './values.ts';

export const ToPrimitiveHint = { default: 0, number: 1, string: 2 } as const;

export function toBoolean(v: i32): bool {
  return v !== undefinedValue();
}
/** ToPrimitive(v, hint): a primitive or the exception sentinel. */
export function toPrimitive(v: i32, hint: i32): i32 {
  return hint === 0 ? v : v;
}
/** ToNumber: a Number (Smi or HeapNumber) or the exception sentinel. */
export function toNumber(v: i32): i32 {
  return v;
}
/** ToNumeric: a Number or BigInt, or the exception sentinel. */
export function toNumeric(v: i32): i32 {
  return v;
}
/** The f64 of a Number value (Smi or HeapNumber) — no conversion. */
export function numberToF64(v: i32): f64 {
  return v;
}
/** ToString: a string or the exception sentinel. */
export function toString(v: i32): i32 {
  return v;
}
/** ToPropertyKey: an internalized string, a symbol, or an array-index Smi... see docs; or the exception sentinel. */
export function toPropertyKey(v: i32): i32 {
  return v;
}
/** ToObject: an object, or the exception sentinel (TypeError for undefined/null). */
export function toObject(v: i32): i32 {
  return v;
}
/** typeof v as an internalized string. */
export function typeOf(v: i32): i32 {
  return v;
}
export function isCallable(v: i32): bool {
  return v === 0;
}
export function isConstructor(v: i32): bool {
  return v === 0;
}
