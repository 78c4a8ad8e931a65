// BigInt (ECMA-262 §21.2): the BigInt function (callable, not constructible with `new`),
// BigInt.asIntN / asUintN and BigInt.prototype. The arithmetic is runtime/bigint.ts; docs/bigint.md.
import type { i32, f64, bool } from './types.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType } from './layouts.ts';
import { undefinedValue, isJSObject, instanceTypeOf } from './values.ts';
import { stringLength, stringGet, stringNewOneByte, seqSetChar } from './strings.ts';
import { isException, exceptionSentinel, throwErrorLit, ErrorKind } from './errors.ts';
import { toPrimitive, ToPrimitiveHint, toBigInt, numberToBigInt, primitiveWrapperValue, bigIntChecked } from './conversions.ts';
import { isBigInt, bigIntToString, bigIntAsN } from './bigint.ts';
import { arg, argThis, argNewTarget, toIntegerF64, convF64, isNumberValue } from './builtins-util.ts';

/** BigInt(value) (spec 21.2.1.1): `new BigInt()` is a TypeError. */
export function bigIntConstructor(argv: i32, argc: i32): i32 {
  if (argNewTarget(argv) !== undefinedValue()) return throwErrorLit(ErrorKind.TypeError, 'BigInt is not a constructor');
  const prim: i32 = toPrimitive(arg(argv, argc, 0), ToPrimitiveHint.number);
  if (isException(prim)) return prim;
  if (isNumberValue(prim)) return numberToBigInt(prim);
  return toBigInt(prim);
}

/** ToIndex (spec 7.1.22) into convF64: false when it threw (RangeError as V8 words it). */
function toIndexF64(v: i32): bool {
  if (v === undefinedValue()) {
    toIntegerF64(v);
    return true;
  }
  if (!toIntegerF64(v)) return false;
  if (convF64 < 0 || convF64 > 9007199254740991) {
    throwErrorLit(ErrorKind.RangeError, 'Invalid value: not (convertible to) a safe integer');
    return false;
  }
  return true;
}

function asN(argv: i32, argc: i32, signed: bool): i32 {
  if (!toIndexF64(arg(argv, argc, 0))) return exceptionSentinel();
  const bits: f64 = arg(argv, argc, 0) === undefinedValue() ? 0 : convF64;
  const b: i32 = toBigInt(arg(argv, argc, 1));
  if (isException(b)) return b;
  return bigIntChecked(bigIntAsN(bits, b, signed));
}

/** BigInt.asIntN(bits, bigint): bigint modulo 2^bits as a signed value. */
export function bigIntAsIntN(argv: i32, argc: i32): i32 {
  return asN(argv, argc, true);
}
/** BigInt.asUintN(bits, bigint): bigint modulo 2^bits. */
export function bigIntAsUintN(argv: i32, argc: i32): i32 {
  return asN(argv, argc, false);
}

/** thisBigIntValue (spec 21.2.3.4.1): the BigInt of `this`, or the sentinel. */
function thisBigIntValue(argv: i32, method: i32): i32 {
  const v: i32 = argThis(argv);
  if (isBigInt(v)) return v;
  if (isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_PRIMITIVE_WRAPPER) {
    const p: i32 = primitiveWrapperValue(v);
    if (isBigInt(p)) return p;
  }
  if (method === 0) return throwErrorLit(ErrorKind.TypeError, "BigInt.prototype.toString requires that 'this' be a BigInt");
  if (method === 1) return throwErrorLit(ErrorKind.TypeError, "BigInt.prototype.toLocaleString requires that 'this' be a BigInt");
  return throwErrorLit(ErrorKind.TypeError, "BigInt.prototype.valueOf requires that 'this' be a BigInt");
}

/** BigInt.prototype.toString([radix]). */
export function bigIntProtoToString(argv: i32, argc: i32): i32 {
  const x: i32 = thisBigIntValue(argv, 0);
  if (isException(x)) return x;
  const radixArg: i32 = arg(argv, argc, 0);
  if (radixArg === undefinedValue()) return bigIntToString(x, 10);
  const scope: i32 = handleScopeOpen();
  const hX: i32 = handleNew(x);
  if (!toIntegerF64(radixArg)) {
    handleScopeClose(scope);
    return exceptionSentinel();
  }
  const radix: f64 = convF64;
  let r: i32 = 0;
  if (radix < 2 || radix > 36) r = throwErrorLit(ErrorKind.RangeError, 'toString() radix argument must be between 2 and 36');
  else r = bigIntToString(handleGet(hX), radix | 0);
  handleScopeClose(scope);
  return r;
}

/** BigInt.prototype.toLocaleString(): en-US grouping of the decimal digits (1,234,567). */
export function bigIntProtoToLocaleString(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  const x: i32 = thisBigIntValue(argv, 1);
  if (isException(x)) return x;
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(bigIntToString(x, 10));
  const s: i32 = handleGet(hS);
  const n: i32 = stringLength(s);
  const sign: i32 = stringGet(s, 0) === 45 ? 1 : 0;
  const digits: i32 = (n - sign) | 0;
  const commas: i32 = (((digits - 1) | 0) / 3) | 0;
  const out: i32 = stringNewOneByte((n + commas) | 0);
  const src: i32 = handleGet(hS);
  let j: i32 = 0;
  if (sign === 1) {
    seqSetChar(out, 0, 45);
    j = 1;
  }
  for (let i: i32 = sign; i < n; i++) {
    seqSetChar(out, j, stringGet(src, i));
    j = (j + 1) | 0;
    const left: i32 = (n - 1 - i) | 0;
    if (left > 0 && ((left % 3) | 0) === 0) {
      seqSetChar(out, j, 44);
      j = (j + 1) | 0;
    }
  }
  handleScopeClose(scope);
  return out;
}

/** BigInt.prototype.valueOf(). */
export function bigIntProtoValueOf(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return thisBigIntValue(argv, 2);
}
