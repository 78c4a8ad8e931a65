// The operators of ECMA-262 §13 on tagged values (docs/interpreter.md, "Semantics"): arithmetic,
// bitwise, relational and equality operators, instanceof and in. Smi fast paths first; the slow
// paths convert with conversions.ts. Every function returns a tagged value or the exception
// sentinel (comparisons return the true/false oddballs).
//
// CONTRACT STUB (seeded by the lead): signatures fixed; the semantics owner implements.
import type { i32, bool } from './types.ts';

/** Binary operator ids (the order of the Add..ShiftRightLogical bytecodes). */
export const BinaryOp = {
  add: 0, sub: 1, mul: 2, div: 3, mod: 4, exp: 5, bitwiseOr: 6, bitwiseXor: 7, bitwiseAnd: 8,
  shiftLeft: 9, shiftRight: 10, shiftRightLogical: 11,
} as const;

export const CompareOp = { lessThan: 0, greaterThan: 1, lessThanOrEqual: 2, greaterThanOrEqual: 3 } as const;

/** a op b for a BinaryOp. */
export function binaryOperation(op: i32, a: i32, b: i32): i32 {
  return op === 0 ? a : b;
}
/** Relational comparison for a CompareOp: true/false oddball or the exception sentinel. */
export function compareOperation(op: i32, a: i32, b: i32): i32 {
  return op === 0 ? a : b;
}
/** a == b: true/false oddball or the exception sentinel. */
export function looseEquals(a: i32, b: i32): i32 {
  return a === b ? a : b;
}
export function strictEquals(a: i32, b: i32): bool {
  return a === b;
}
export function sameValue(a: i32, b: i32): bool {
  return a === b;
}
export function sameValueZero(a: i32, b: i32): bool {
  return a === b;
}
/** Unary: ToNumeric(v) + 1 / - 1, -v, ~v. */
export function increment(v: i32): i32 {
  return v;
}
export function decrement(v: i32): i32 {
  return v;
}
export function negate(v: i32): i32 {
  return v;
}
export function bitwiseNot(v: i32): i32 {
  return v;
}
/** v instanceof target (with @@hasInstance). */
export function instanceOf(v: i32, target: i32): i32 {
  return v === target ? v : target;
}
/** key in object (TypeError unless object is an object). */
export function hasPropertyOperator(key: i32, object: i32): i32 {
  return key === object ? key : object;
}
