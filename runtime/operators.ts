// The operators of ECMA-262 §13 on tagged values (docs/interpreter.md, "Semantics"): arithmetic,
// bitwise, relational and equality operators, instanceof and in. Smi fast paths first, then
// HeapNumbers; the slow paths convert with conversions.ts (which may run valueOf/toString).
// Every function returns a tagged value or the exception sentinel (comparisons return the
// true/false oddballs). BigInts (runtime/bigint.ts) go through the slow paths: two BigInts use
// the kernel arithmetic, a BigInt with a Number is a TypeError, comparisons and == mix them
// exactly.
import type { i32, f64, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom, smiValue, smiFits } from './memory.ts';
import { rootGet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { InstanceType, MapLayout, JSBoundFunctionLayout } from './layouts.ts';
import { RootIndex } from './roots.ts';
import {
  undefinedValue, nullValue, trueValue, falseValue, boolValue, isHeapNumber, heapNumberValue, heapNumberNew, numberNew,
  isSymbol, isJSObject, instanceTypeOf,
} from './values.ts';
import { isString, stringLength, stringEquals, stringCompare, stringConcat, STRING_MAX_LENGTH } from './strings.ts';
import { stringToNumber } from './number-conversions.ts';
import { objectGetPrototype } from './objects.ts';
import { internalGetPrototypeOf } from './builtins-reflect.ts';
import { isException, throwErrorLit, throwErrorWith, ErrorKind } from './errors.ts';
import { atom } from './atoms.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { vmCall1 } from './interpreter.ts';
import { toPrimitive, toNumeric, toString, toBoolean, toPropertyKey, ToPrimitiveHint, bigIntChecked, isUndetectable } from './conversions.ts';
import { getValue, isCallableValue, isBoolean, isUndefinedOrNull } from './semantics-lookup.ts';
import { hasProperty } from './property-access.ts';
import { throwErrorWith2, throwNotAFunction } from './semantics-messages.ts';
import { mathPow } from './semantics-math.ts';
import {
  isBigInt, bigIntAdd, bigIntSubtract, bigIntMultiply, bigIntDivide, bigIntExponentiate, bigIntBitwise, BigIntBitOp,
  bigIntShiftLeft, bigIntShiftRight, bigIntUnaryMinus, bigIntAddSmall, bigIntBitwiseNot, bigIntEquals, bigIntCompare,
  bigIntCompareToF64, stringToBigInt,
} from './bigint.ts';

/** Binary operator ids (the order of the Add..ShiftRightLogical bytecodes). */
export const BinaryOp = {
  add: 0, sub: 1, mul: 2, div: 3, mod: 4, exp: 5, bitwiseOr: 6, bitwiseXor: 7, bitwiseAnd: 8,
  shiftLeft: 9, shiftRight: 10, shiftRightLogical: 11,
} as const;

export const CompareOp = { lessThan: 0, greaterThan: 1, lessThanOrEqual: 2, greaterThanOrEqual: 3 } as const;

function isNumberValue(v: i32): bool {
  return (v & 1) === 0 || H32[(v - 1) >> 2] === rootGet(RootIndex.heapNumberMap);
}
function f64Of(v: i32): f64 {
  return (v & 1) === 0 ? +smiValue(v) : heapNumberValue(v);
}
function int32Of(v: i32): i32 {
  return (v & 1) === 0 ? smiValue(v) : heapNumberValue(v) | 0;
}
function smiOrNumber(n: i32): i32 {
  return smiFits(n) ? smiFrom(n) : heapNumberNew(+n);
}

/** x op y on two doubles for the arithmetic operators (add .. exp). May GC. */
function numberArithmetic(op: i32, x: f64, y: f64): i32 {
  switch (op) {
    case BinaryOp.add:
      return numberNew(x + y);
    case BinaryOp.sub:
      return numberNew(x - y);
    case BinaryOp.mul:
      return numberNew(x * y);
    case BinaryOp.div:
      return numberNew(x / y);
    case BinaryOp.mod:
      return numberNew(x % y);
    default:
      return numberNew(mathPow(x, y));
  }
}

/** a op b on two Numbers (Smis or HeapNumbers). May GC. */
function numberBinary(op: i32, a: i32, b: i32): i32 {
  if (op <= BinaryOp.exp) return numberArithmetic(op, f64Of(a), f64Of(b));
  const x: i32 = int32Of(a);
  const y: i32 = int32Of(b);
  switch (op) {
    case BinaryOp.bitwiseOr:
      return smiOrNumber(x | y);
    case BinaryOp.bitwiseXor:
      return smiOrNumber(x ^ y);
    case BinaryOp.bitwiseAnd:
      return smiOrNumber(x & y);
    case BinaryOp.shiftLeft:
      return smiOrNumber(x << (y & 31));
    case BinaryOp.shiftRight:
      return smiOrNumber(x >> (y & 31));
    default:
      return numberNew(+(x >>> (y & 31)));
  }
}

/** Smi op Smi: the common case, without conversions. May GC (a HeapNumber result). */
function smiBinary(op: i32, a: i32, b: i32): i32 {
  const x: i32 = smiValue(a);
  const y: i32 = smiValue(b);
  switch (op) {
    case BinaryOp.add:
      return smiOrNumber((x + y) | 0); // 31-bit operands: the 32-bit sum is exact
    case BinaryOp.sub:
      return smiOrNumber((x - y) | 0);
    case BinaryOp.mul:
      return numberNew(+x * +y);
    case BinaryOp.mod:
      if (x >= 0 && y > 0) return smiFrom((x % y) | 0);
      return numberNew(+x % +y);
    case BinaryOp.div:
    case BinaryOp.exp:
      return numberArithmetic(op, +x, +y);
    default:
      return numberBinary(op, a, b);
  }
}

/** String concatenation with V8's length limit (RangeError "Invalid string length"). May GC. */
export function stringAdd(a: i32, b: i32): i32 {
  if (((stringLength(a) + stringLength(b)) | 0) > STRING_MAX_LENGTH) return throwErrorLit(ErrorKind.RangeError, 'Invalid string length');
  return stringConcat(a, b);
}

/** The slow path of +: ToPrimitive both, then concatenation or addition (spec 13.15.3). May GC. */
function addSlow(a: i32, b: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(b);
  let result: i32 = 0;
  const lp: i32 = toPrimitive(a, ToPrimitiveHint.default);
  if (isException(lp)) {
    handleScopeClose(scope);
    return lp;
  }
  const hL: i32 = handleNew(lp);
  const rp: i32 = toPrimitive(handleGet(hB), ToPrimitiveHint.default);
  if (isException(rp)) {
    handleScopeClose(scope);
    return rp;
  }
  const hR: i32 = handleNew(rp);
  if (isString(handleGet(hL)) || isString(rp)) {
    const ls: i32 = toString(handleGet(hL));
    if (isException(ls)) {
      result = ls;
    } else {
      const hLs: i32 = handleNew(ls);
      const rs: i32 = toString(handleGet(hR));
      result = isException(rs) ? rs : stringAdd(handleGet(hLs), rs);
    }
  } else {
    result = numericBinary(BinaryOp.add, hL, hR);
  }
  handleScopeClose(scope);
  return result;
}

/** x op y on two BigInts (spec 6.1.6.2). May GC; RangeError/TypeError as the sentinel. */
function bigIntBinary(op: i32, x: i32, y: i32): i32 {
  if (op === BinaryOp.shiftRightLogical) return throwErrorLit(ErrorKind.TypeError, 'BigInts have no unsigned right shift, use >> instead');
  return bigIntChecked(bigIntArithmetic(op, x, y));
}

/** x op y for the BigInt operators (not >>>): a BigInt, or 0 with bigIntFailure set. May GC. */
function bigIntArithmetic(op: i32, x: i32, y: i32): i32 {
  switch (op) {
    case BinaryOp.add:
      return bigIntAdd(x, y);
    case BinaryOp.sub:
      return bigIntSubtract(x, y);
    case BinaryOp.mul:
      return bigIntMultiply(x, y);
    case BinaryOp.div:
      return bigIntDivide(x, y, false);
    case BinaryOp.mod:
      return bigIntDivide(x, y, true);
    case BinaryOp.exp:
      return bigIntExponentiate(x, y);
    case BinaryOp.bitwiseOr:
      return bigIntBitwise(BigIntBitOp.or, x, y);
    case BinaryOp.bitwiseXor:
      return bigIntBitwise(BigIntBitOp.xor, x, y);
    case BinaryOp.bitwiseAnd:
      return bigIntBitwise(BigIntBitOp.and, x, y);
    case BinaryOp.shiftLeft:
      return bigIntShiftLeft(x, y);
    default:
      return bigIntShiftRight(x, y);
  }
}

/** The TypeError of a BigInt operand meeting a Number. May GC. */
function throwMixBigInt(): i32 {
  return throwErrorLit(ErrorKind.TypeError, 'Cannot mix BigInt and other types, use explicit conversions');
}

/** x op y on two numerics (ToNumeric results): Numbers, BigInts, or the mixing TypeError. May GC. */
function numericOperands(op: i32, x: i32, y: i32): i32 {
  const bx: bool = isBigInt(x);
  const by: bool = isBigInt(y);
  if (bx && by) return bigIntBinary(op, x, y);
  if (bx || by) return throwMixBigInt();
  return numberBinary(op, x, y);
}

/** ToNumeric both operands (in handles), left first, then the numeric operator. May GC. */
function numericBinary(op: i32, hA: i32, hB: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const x: i32 = toNumeric(handleGet(hA));
  if (isException(x)) {
    handleScopeClose(scope);
    return x;
  }
  const hX: i32 = handleNew(x);
  const y: i32 = toNumeric(handleGet(hB));
  const result: i32 = isException(y) ? y : numericOperands(op, handleGet(hX), y);
  handleScopeClose(scope);
  return result;
}

/** a op b for a BinaryOp. May GC; may run JavaScript (valueOf/toString). */
export function binaryOperation(op: i32, a: i32, b: i32): i32 {
  if (((a | b) & 1) === 0) return smiBinary(op, a, b);
  if (isNumberValue(a) && isNumberValue(b)) return numberBinary(op, a, b);
  if (isBigInt(a) && isBigInt(b)) return bigIntBinary(op, a, b);
  if (op === BinaryOp.add) {
    if (isString(a) && isString(b)) return stringAdd(a, b);
    return addSlow(a, b);
  }
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const hB: i32 = handleNew(b);
  const result: i32 = numericBinary(op, hA, hB);
  handleScopeClose(scope);
  return result;
}

// ---- unary ------------------------------------------------------------------------------------

function unaryNumber(v: i32, which: i32): i32 {
  if (which === 3) return smiOrNumber(~int32Of(v));
  const x: f64 = f64Of(v);
  if (which === 0) return numberNew(x + 1);
  if (which === 1) return numberNew(x - 1);
  return numberNew(-x);
}

/** ++, --, unary - and ~ of a BigInt (`which` as in unaryNumber). May GC. */
function unaryBigInt(v: i32, which: i32): i32 {
  if (which === 0) return bigIntChecked(bigIntAddSmall(v, 1));
  if (which === 1) return bigIntChecked(bigIntAddSmall(v, -1));
  if (which === 2) return bigIntUnaryMinus(v);
  return bigIntChecked(bigIntBitwiseNot(v));
}

function unary(v: i32, which: i32): i32 {
  if (!isNumberValue(v)) {
    const n: i32 = toNumeric(v);
    if (isException(n)) return n;
    if (isBigInt(n)) return unaryBigInt(n, which);
    return unaryNumber(n, which);
  }
  return unaryNumber(v, which);
}

/** ToNumeric(v) + 1. May GC. */
export function increment(v: i32): i32 {
  if ((v & 1) === 0 && v !== smiFrom(1073741823)) return (v + 2) | 0;
  return unary(v, 0);
}
/** ToNumeric(v) - 1. May GC. */
export function decrement(v: i32): i32 {
  if ((v & 1) === 0 && v !== smiFrom(-1073741824)) return (v - 2) | 0;
  return unary(v, 1);
}
/** -ToNumeric(v). May GC. */
export function negate(v: i32): i32 {
  if ((v & 1) === 0 && v !== 0 && v !== smiFrom(-1073741824)) return (0 - v) | 0;
  return unary(v, 2);
}
/** ~ToNumeric(v). May GC. */
export function bitwiseNot(v: i32): i32 {
  if ((v & 1) === 0) return smiFrom(~smiValue(v));
  return unary(v, 3);
}

// ---- equality ---------------------------------------------------------------------------------

/** IsStrictlyEqual (spec 7.2.15). No GC. */
export function strictEquals(a: i32, b: i32): bool {
  if (((a | b) & 1) === 0) return a === b;
  if (isNumberValue(a)) return isNumberValue(b) && f64Of(a) === f64Of(b);
  if (a === b) return true;
  if ((a & 1) !== 0 && (b & 1) !== 0 && isString(a) && isString(b)) return stringEquals(a, b);
  if (isBigInt(a) && isBigInt(b)) return bigIntEquals(a, b);
  return false;
}

/** SameValue (spec 7.2.10): NaN equals NaN, +0 differs from -0. No GC. */
export function sameValue(a: i32, b: i32): bool {
  if (isNumberValue(a) && isNumberValue(b)) {
    const x: f64 = f64Of(a);
    const y: f64 = f64Of(b);
    if (x !== x) return y !== y;
    return x === y && 1 / x === 1 / y;
  }
  return strictEquals(a, b);
}

/** SameValueZero (spec 7.2.11): NaN equals NaN, +0 equals -0. No GC. */
export function sameValueZero(a: i32, b: i32): bool {
  if (isNumberValue(a) && isNumberValue(b)) {
    const x: f64 = f64Of(a);
    const y: f64 = f64Of(b);
    if (x !== x) return y !== y;
    return x === y;
  }
  return strictEquals(a, b);
}

/** a == b (IsLooselyEqual, spec 7.2.14): true/false oddball or the exception sentinel. May GC. */
export function looseEquals(a: i32, b: i32): i32 {
  let x: i32 = a;
  let y: i32 = b;
  const scope: i32 = handleScopeOpen();
  const hX: i32 = handleNew(x);
  const hY: i32 = handleNew(y);
  let result: i32 = 0;
  for (;;) {
    x = handleGet(hX);
    y = handleGet(hY);
    if (isNumberValue(x) && isNumberValue(y)) {
      result = boolValue(f64Of(x) === f64Of(y));
      break;
    }
    if (x === y) {
      result = trueValue();
      break;
    }
    const xNull: bool = isUndefinedOrNull(x);
    const yNull: bool = isUndefinedOrNull(y);
    if (xNull || yNull) {
      // Annex B B.3.6.2: an object with [[IsHTMLDDA]] is loosely equal to null and undefined.
      result = boolValue((xNull || isUndetectable(x)) && (yNull || isUndetectable(y)));
      break;
    }
    const xString: bool = isString(x);
    const yString: bool = isString(y);
    if (xString && yString) {
      result = boolValue(stringEquals(x, y));
      break;
    }
    if (isNumberValue(x) && yString) {
      result = boolValue(f64Of(x) === stringToNumber(y));
      break;
    }
    if (xString && isNumberValue(y)) {
      result = boolValue(stringToNumber(x) === f64Of(y));
      break;
    }
    const xBigInt: bool = isBigInt(x);
    const yBigInt: bool = isBigInt(y);
    if (xBigInt && yBigInt) {
      result = boolValue(bigIntEquals(x, y));
      break;
    }
    if ((xBigInt && isNumberValue(y)) || (yBigInt && isNumberValue(x))) {
      result = boolValue(xBigInt ? bigIntCompareToF64(x, f64Of(y)) === 0 : bigIntCompareToF64(y, f64Of(x)) === 0);
      break;
    }
    if ((xBigInt && yString) || (yBigInt && xString)) {
      // StringToBigInt of the string; no integer: false.
      const n: i32 = stringToBigInt(xString ? x : y);
      const other: i32 = xBigInt ? handleGet(hX) : handleGet(hY);
      result = boolValue(n !== 0 && bigIntEquals(n, other));
      break;
    }
    if (isBoolean(x)) {
      handleSet(hX, smiFrom(x === trueValue() ? 1 : 0));
      continue;
    }
    if (isBoolean(y)) {
      handleSet(hY, smiFrom(y === trueValue() ? 1 : 0));
      continue;
    }
    const xObject: bool = isJSObject(x);
    const yObject: bool = isJSObject(y);
    if (xObject && yObject) {
      result = falseValue(); // distinct objects (x === y handled above)
      break;
    }
    if (xObject && (yString || isNumberValue(y) || isSymbol(y) || yBigInt)) {
      const p: i32 = toPrimitive(x, ToPrimitiveHint.default);
      if (isException(p)) {
        result = p;
        break;
      }
      handleSet(hX, p);
      continue;
    }
    if (yObject && (xString || isNumberValue(x) || isSymbol(x) || xBigInt)) {
      const p: i32 = toPrimitive(y, ToPrimitiveHint.default);
      if (isException(p)) {
        result = p;
        break;
      }
      handleSet(hY, p);
      continue;
    }
    result = falseValue();
    break;
  }
  handleScopeClose(scope);
  return result;
}

// ---- relational comparison --------------------------------------------------------------------

/**
 * IsLessThan(x, y) on primitives (spec 7.2.13): 1 true, 0 false, -1 undefined (a NaN, or a string
 * that is no BigInt). May GC (StringToBigInt).
 */
function primitiveLessThan(x: i32, y: i32): i32 {
  if (isString(x) && isString(y)) return stringCompare(x, y) < 0 ? 1 : 0;
  const bx: bool = isBigInt(x);
  const by: bool = isBigInt(y);
  if (bx || by) return bigIntLessThan(x, y, bx, by);
  const nx: f64 = primitiveNumber(x);
  const ny: f64 = primitiveNumber(y);
  if (nx !== nx || ny !== ny) return -1;
  return nx < ny ? 1 : 0;
}

/** IsLessThan with at least one BigInt operand (bx, by say which). May GC. */
function bigIntLessThan(x: i32, y: i32, bx: bool, by: bool): i32 {
  if (bx && by) return bigIntCompare(x, y) < 0 ? 1 : 0;
  if (isString(x) || isString(y)) {
    const scope: i32 = handleScopeOpen();
    const hX: i32 = handleNew(x);
    const hY: i32 = handleNew(y);
    const n: i32 = stringToBigInt(bx ? y : x);
    let r: i32 = -1;
    if (n !== 0) r = bx ? (bigIntCompare(handleGet(hX), n) < 0 ? 1 : 0) : (bigIntCompare(n, handleGet(hY)) < 0 ? 1 : 0);
    handleScopeClose(scope);
    return r;
  }
  // A BigInt and a Number (after ToNumeric of booleans, null, undefined).
  if (bx) {
    const c: i32 = bigIntCompareToF64(x, primitiveNumber(y));
    return c === 2 ? -1 : c < 0 ? 1 : 0;
  }
  const c: i32 = bigIntCompareToF64(y, primitiveNumber(x));
  return c === 2 ? -1 : c > 0 ? 1 : 0;
}

function primitiveNumber(v: i32): f64 {
  if (isNumberValue(v)) return f64Of(v);
  if (isString(v)) return stringToNumber(v);
  if (v === trueValue()) return 1;
  if (v === falseValue() || v === nullValue()) return 0;
  return NaN;
}

/** Relational comparison for a CompareOp: true/false oddball or the exception sentinel. May GC. */
export function compareOperation(op: i32, a: i32, b: i32): i32 {
  if (((a | b) & 1) === 0) {
    switch (op) {
      case CompareOp.lessThan:
        return boolValue(a < b);
      case CompareOp.greaterThan:
        return boolValue(a > b);
      case CompareOp.lessThanOrEqual:
        return boolValue(a <= b);
      default:
        return boolValue(a >= b);
    }
  }
  if (isNumberValue(a) && isNumberValue(b)) {
    const x: f64 = f64Of(a);
    const y: f64 = f64Of(b);
    switch (op) {
      case CompareOp.lessThan:
        return boolValue(x < y);
      case CompareOp.greaterThan:
        return boolValue(x > y);
      case CompareOp.lessThanOrEqual:
        return boolValue(x <= y);
      default:
        return boolValue(x >= y);
    }
  }
  // ToPrimitive(hint number), left operand first, then IsLessThan with the operands swapped for
  // > and <=; symbols throw in ToNumber.
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(b);
  const pa: i32 = toPrimitive(a, ToPrimitiveHint.number);
  if (isException(pa)) {
    handleScopeClose(scope);
    return pa;
  }
  const hPa: i32 = handleNew(pa);
  const pb: i32 = toPrimitive(handleGet(hB), ToPrimitiveHint.number);
  if (isException(pb)) {
    handleScopeClose(scope);
    return pb;
  }
  const x: i32 = handleGet(hPa);
  handleScopeClose(scope);
  if (isSymbol(x) || isSymbol(pb)) return throwErrorLit(ErrorKind.TypeError, 'Cannot convert a Symbol value to a number');
  switch (op) {
    case CompareOp.lessThan:
      return boolValue(primitiveLessThan(x, pb) === 1);
    case CompareOp.greaterThan:
      return boolValue(primitiveLessThan(pb, x) === 1);
    case CompareOp.lessThanOrEqual:
      return boolValue(primitiveLessThan(pb, x) === 0);
    default:
      return boolValue(primitiveLessThan(x, pb) === 0);
  }
}

// ---- instanceof and in ----------------------------------------------------------------------------

/** OrdinaryHasInstance(C, O) (spec 7.3.21). May GC; may run getters. */
export function ordinaryHasInstance(c: i32, o: i32): i32 {
  if (!isCallableValue(c)) return falseValue();
  if (instanceTypeOf(c) === InstanceType.JS_BOUND_FUNCTION) return instanceOf(o, fieldGet(c, JSBoundFunctionLayout.target));
  if (!isJSObject(o)) return falseValue();
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hC: i32 = handleNew(c);
  const prototypeKey: i32 = atom('prototype');
  const proto: i32 = getValue(handleGet(hC), prototypeKey);
  let result: i32 = falseValue();
  if (isException(proto)) {
    result = proto;
  } else if (!isJSObject(proto)) {
    result = throwErrorWith(ErrorKind.TypeError, "Function has non-object prototype '", proto, "' in instanceof check");
  } else {
    // [[GetPrototypeOf]] through proxies' traps (builtins-reflect.ts); the prototype stays in a handle.
    const hProto: i32 = handleNew(proto);
    const nul: i32 = nullValue();
    let p: i32 = internalGetPrototypeOf(handleGet(hO));
    while (!isException(p) && p !== nul) {
      if (p === handleGet(hProto)) {
        result = trueValue();
        break;
      }
      p = internalGetPrototypeOf(p);
    }
    if (isException(p)) result = p;
  }
  handleScopeClose(scope);
  return result;
}

/** v instanceof target (spec 13.10.2, InstanceofOperator with @@hasInstance). May GC. */
export function instanceOf(v: i32, target: i32): i32 {
  if (!isJSObject(target)) return throwErrorLit(ErrorKind.TypeError, "Right-hand side of 'instanceof' is not an object");
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hT: i32 = handleNew(target);
  let result: i32 = 0;
  const sym: i32 = intrinsicGet(Intrinsic.SymbolHasInstance);
  const handler: i32 = isSymbol(sym) ? getValue(target, sym) : undefinedValue();
  if (isException(handler)) {
    result = handler;
  } else if (!isUndefinedOrNull(handler)) {
    if (!isCallableValue(handler)) {
      result = throwNotAFunction(handler);
    } else {
      const r: i32 = vmCall1(handler, handleGet(hT), handleGet(hV));
      result = isException(r) ? r : boolValue(toBoolean(r));
    }
  } else if (!isCallableValue(handleGet(hT))) {
    result = throwErrorLit(ErrorKind.TypeError, "Right-hand side of 'instanceof' is not callable");
  } else {
    result = ordinaryHasInstance(handleGet(hT), handleGet(hV));
  }
  handleScopeClose(scope);
  return result;
}

/** key in object (TypeError unless object is an object). May GC. */
export function hasPropertyOperator(key: i32, object: i32): i32 {
  if (!isJSObject(object)) {
    return throwErrorWith2(ErrorKind.TypeError, "Cannot use 'in' operator to search for '", key, "' in ", object, '');
  }
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(object);
  const k: i32 = toPropertyKey(key);
  const result: i32 = isException(k) ? k : hasProperty(handleGet(hObj), k);
  handleScopeClose(scope);
  return result;
}
