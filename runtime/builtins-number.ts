// Number, Boolean and the global number functions (ECMA-262 §21.1, §20.3, §19.2): the
// constructors, Number.prototype.{toString, toFixed, toExponential, toPrecision, valueOf},
// parseInt, parseFloat, isNaN, isFinite.
//
// toFixed / toExponential / toPrecision need the exact decimal expansion of a double (every double
// is a finite decimal fraction): exactDigits writes it to a scratch buffer with bignums
// (bignum.ts layout: limb count, then 32-bit limbs) and the formats round it half up, as the spec's
// "pick the larger n" does.
import { prototypeFromConstructor } from './interpreter-calls.ts';
import { isBigInt, bigIntToF64 } from './bigint.ts';
import type { i32, f64, bool } from './types.ts';
import { H8, H32, HF64 } from './host/host.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType } from './layouts.ts';
import { undefinedValue, trueValue, falseValue, isJSObject, instanceTypeOf, isHeapNumber, heapNumberValue, numberNew } from './values.ts';
import { isSmi, smiValue } from './memory.ts';
import { atom } from './atoms.ts';
import { stringLength, stringGet, stringFlatten, stringSlice, stringNewOneByte, stringNewTwoByte, seqSetChar } from './strings.ts';
import { numberToString, numberToStringRadix, stringToNumber, shortestDigits, digitValue } from './number-conversions.ts';
import { bignumAt, bignumSetF64, bignumMulAddSmall, bignumShiftLeft, bignumIsZero } from './bignum.ts';
import { exceptionSentinel, isException, throwErrorLit, ErrorKind } from './errors.ts';
import { toString, toBoolean, primitiveWrapperNewWithMap, primitiveWrapperValue, toNumeric } from './conversions.ts';
import { getProperty } from './property-access.ts';
import { mapCopyWithPrototype } from './maps.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { isWhiteSpaceOrLineTerminator } from './builtins-string.ts';
import { arg, argThis, argNewTarget, argCallee, argToString, toF64, toIntegerF64, convF64, numberResult, boolResult, numberF64 } from './builtins-util.ts';

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

// ---- wrappers and constructors -------------------------------------------------------------------

/** The map for `new C(...)` with new.target nt (subclass prototypes get a copy of the wrapper map). */
function wrapperMapFor(argv: i32, which: i32, protoIndex: i32): i32 {
  const nt: i32 = argNewTarget(argv);
  const base: i32 = intrinsicGet(which);
  if (nt === argCallee(argv)) return base;
  const proto: i32 = prototypeFromConstructor(argNewTarget(argv), protoIndex);
  if (isException(proto)) return proto;
  if (proto === intrinsicGet(protoIndex)) return intrinsicGet(which);
  return mapCopyWithPrototype(intrinsicGet(which), proto);
}

/** Number(value) / new Number(value) (spec 21.1.1.1). */
export function numberConstructor(argv: i32, argc: i32): i32 {
  let n: i32 = 0;
  if (argc > 0) {
    n = toNumeric(arg(argv, argc, 0));
    if (isException(n)) return n;
    if (isBigInt(n)) n = numberNew(bigIntToF64(n)); // Number(1n) is 1 (exact, ties to even)
  }
  if (argNewTarget(argv) === undefinedValue()) return n;
  const scope: i32 = handleScopeOpen();
  const hN: i32 = handleNew(n);
  const map: i32 = wrapperMapFor(argv, Intrinsic.NumberWrapperMap, Intrinsic.NumberPrototype);
  if (isException(map)) return close(scope, map);
  return close(scope, primitiveWrapperNewWithMap(map, handleGet(hN)));
}

/** Boolean(value) / new Boolean(value). */
export function booleanConstructor(argv: i32, argc: i32): i32 {
  const b: i32 = boolResult(toBoolean(arg(argv, argc, 0)));
  if (argNewTarget(argv) === undefinedValue()) return b;
  const map: i32 = wrapperMapFor(argv, Intrinsic.BooleanWrapperMap, Intrinsic.BooleanPrototype);
  if (isException(map)) return map;
  return primitiveWrapperNewWithMap(map, boolResult(toBoolean(arg(argv, argc, 0))));
}

/** thisNumberValue(this): the Number, or the sentinel (TypeError). */
function thisNumber(argv: i32, method: i32): i32 {
  const v: i32 = argThis(argv);
  if (isSmi(v) || isHeapNumber(v)) return v;
  if (isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_PRIMITIVE_WRAPPER) {
    const p: i32 = primitiveWrapperValue(v);
    if (isSmi(p) || isHeapNumber(p)) return p;
  }
  if (method === 1) return throwErrorLit(ErrorKind.TypeError, 'Number.prototype.toString requires that \'this\' be a Number');
  if (method === 2) return throwErrorLit(ErrorKind.TypeError, 'Number.prototype.toFixed requires that \'this\' be a Number');
  return throwErrorLit(ErrorKind.TypeError, 'Number.prototype.valueOf requires that \'this\' be a Number');
}

export function numberProtoValueOf(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return thisNumber(argv, 0);
}

export function numberProtoToString(argv: i32, argc: i32): i32 {
  const n: i32 = thisNumber(argv, 1);
  if (isException(n)) return n;
  let radix: i32 = 10;
  if (arg(argv, argc, 0) !== undefinedValue()) {
    if (!toIntegerF64(arg(argv, argc, 0))) return exceptionSentinel();
    if (convF64 < 2 || convF64 > 36) return throwErrorLit(ErrorKind.RangeError, 'toString() radix argument must be between 2 and 36');
    radix = convF64 | 0;
  }
  const x: f64 = numberF64(thisNumber(argv, 1));
  if (radix === 10) return numberToString(x);
  return numberToStringRadix(x, radix);
}

// ---- exact decimal digits --------------------------------------------------------------------------

/** The digit buffer (two bignum slots: 1448 bytes, enough for the 767 digits of any double). */
function digitBuf(): i32 {
  return bignumAt(4);
}
/** Decimal point position of the last exactDigits: x = 0.d1d2...dn * 10^exactPoint. */
let exactPoint: i32 = 0;
/** Digits produced by the last exactDigits/roundDigits. */
let digitCount: i32 = 0;

/** Divides bignum b in place by d (< 2^20); returns the remainder. No GC. */
function bignumDivSmall(b: i32, d: i32): i32 {
  let n: i32 = H32[b >> 2];
  let rem: f64 = 0;
  for (let i: i32 = (n - 1) | 0; i >= 0; i--) {
    const cur: f64 = rem * 4294967296 + (H32[(b + 4 + (i << 2)) >> 2] >>> 0);
    const q: f64 = Math.floor(cur / d);
    H32[(b + 4 + (i << 2)) >> 2] = q | 0;
    rem = cur - q * d;
  }
  while (n > 0 && H32[(b + (n << 2)) >> 2] === 0) n = (n - 1) | 0;
  H32[b >> 2] = n;
  return rem | 0;
}

/** Writes all decimal digits of x (finite, > 0) to digitBuf (no trailing zeros); sets exactPoint, digitCount. No GC. */
function exactDigits(x: f64): void {
  // x = m * 2^e with m integral.
  const scratch: i32 = (bignumAt(7) + 7) & ~7;
  HF64[scratch >> 3] = x;
  const lo: f64 = H32[scratch >> 2] >>> 0;
  const hi: i32 = H32[(scratch + 4) >> 2];
  const biased: i32 = (hi >>> 20) & 2047;
  const mantHi: f64 = hi & 1048575;
  let m: f64 = mantHi * 4294967296 + lo;
  let e: i32 = -1074;
  if (biased !== 0) {
    m = m + 4503599627370496;
    e = (biased - 1075) | 0;
  }
  const b: i32 = bignumAt(6);
  bignumSetF64(b, m);
  let fracDigits: i32 = 0;
  if (e >= 0) {
    bignumShiftLeft(b, e);
  } else {
    // m * 2^e = m * 5^-e / 10^-e
    const times: i32 = (0 - e) | 0;
    for (let i: i32 = 0; i < times; i++) bignumMulAddSmall(b, 5, 0);
    fracDigits = -e | 0;
  }
  // Digits, least significant first, 4 at a time; then reverse.
  const buf: i32 = digitBuf();
  let n: i32 = 0;
  while (!bignumIsZero(b)) {
    let r: i32 = bignumDivSmall(b, 10000);
    for (let k: i32 = 0; k < 4; k++) {
      H8[(buf + n) | 0] = (r % 10) | 0;
      r = (r / 10) | 0;
      n = (n + 1) | 0;
    }
  }
  while (n > 0 && H8[(buf + n - 1) | 0] === 0) n = (n - 1) | 0;
  let left: i32 = 0;
  let right: i32 = (n - 1) | 0;
  while (left < right) {
    const t: i32 = H8[(buf + left) | 0];
    H8[(buf + left) | 0] = H8[(buf + right) | 0];
    H8[(buf + right) | 0] = t;
    left = (left + 1) | 0;
    right = (right - 1) | 0;
  }
  // Integer value has n digits; dividing by 10^fracDigits moves the point.
  exactPoint = (n - fracDigits) | 0;
  let end: i32 = n;
  while (end > 0 && H8[(buf + end - 1) | 0] === 0) end = (end - 1) | 0;
  digitCount = end;
}

/**
 * Rounds the digits of the last exactDigits half up to `keep` digits (keep may be <= 0: rounding
 * to the position before the first digit). Leaves exactly max(keep, 0) digits (zero padded), and
 * updates exactPoint on a carry out of the first digit. No GC.
 */
function roundDigits(keep: i32): void {
  const buf: i32 = digitBuf();
  if (keep < 0) {
    digitCount = 0;
    return;
  }
  const roundUp: bool = keep < digitCount && H8[(buf + keep) | 0] >= 5;
  for (let i: i32 = digitCount; i < keep; i++) H8[(buf + i) | 0] = 0;
  digitCount = keep;
  if (!roundUp) return;
  let i: i32 = (keep - 1) | 0;
  while (i >= 0) {
    const d: i32 = (H8[(buf + i) | 0] + 1) | 0;
    if (d < 10) {
      H8[(buf + i) | 0] = d;
      return;
    }
    H8[(buf + i) | 0] = 0;
    i = (i - 1) | 0;
  }
  // Carry out: 99.9 -> 100.0; shift right by one, keep the length.
  for (let j: i32 = (keep - 1) | 0; j > 0; j--) H8[(buf + j) | 0] = H8[(buf + j - 1) | 0];
  if (keep > 0) H8[buf] = 1;
  exactPoint = (exactPoint + 1) | 0;
  if (keep === 0) {
    H8[buf] = 1;
    digitCount = 1;
  }
}

// Text being built (after the digit buffer).
let textLen: i32 = 0;
function textBuf(): i32 {
  return (bignumAt(4) + 1100) | 0;
}
function put(c: i32): void {
  H8[(textBuf() + textLen) | 0] = c;
  textLen = (textLen + 1) | 0;
}
function digitAt(i: i32): i32 {
  return i >= 0 && i < digitCount ? H8[(digitBuf() + i) | 0] : 0;
}
function putExponent(exp: i32): void {
  put(101);
  put(exp < 0 ? 45 : 43);
  const a: i32 = exp < 0 ? (0 - exp) | 0 : exp;
  if (a >= 100) put((48 + ((a / 100) | 0)) | 0);
  if (a >= 10) put((48 + ((((a / 10) | 0) % 10) | 0)) | 0);
  put((48 + ((a % 10) | 0)) | 0);
}
function textResult(): i32 {
  const s: i32 = stringNewOneByte(textLen);
  for (let i: i32 = 0; i < textLen; i++) seqSetChar(s, i, H8[(textBuf() + i) | 0]);
  return s;
}

/** Number.prototype.toFixed (spec 21.1.3.3). */
export function numberProtoToFixed(argv: i32, argc: i32): i32 {
  const n: i32 = thisNumber(argv, 2);
  if (isException(n)) return n;
  if (!toIntegerF64(arg(argv, argc, 0))) return exceptionSentinel();
  const f: f64 = convF64;
  if (f < 0 || f > 100) return throwErrorLit(ErrorKind.RangeError, 'toFixed() digits argument must be between 0 and 100');
  let x: f64 = numberF64(thisNumber(argv, 2));
  if (x !== x) return atom('NaN');
  if (x >= 1e21 || x <= -1e21) return numberToString(x);
  textLen = 0;
  if (x < 0) {
    put(45);
    x = -x;
  }
  const fd: i32 = f | 0;
  if (x === 0) {
    digitCount = 0;
    exactPoint = 1;
  } else {
    exactDigits(x);
    roundDigits((exactPoint + fd) | 0);
  }
  // Integer part.
  if (exactPoint <= 0) put(48);
  for (let i: i32 = 0; i < exactPoint; i++) put((48 + digitAt(i)) | 0);
  if (fd > 0) {
    put(46);
    for (let i: i32 = 0; i < fd; i++) put((48 + digitAt((exactPoint + i) | 0)) | 0);
  }
  // "-0.00" for small negatives is what V8 prints too (x < 0 kept its sign).
  return textResult();
}

/** Number.prototype.toExponential (spec 21.1.3.2). */
export function numberProtoToExponential(argv: i32, argc: i32): i32 {
  const n: i32 = thisNumber(argv, 0);
  if (isException(n)) return n;
  if (!toIntegerF64(arg(argv, argc, 0))) return exceptionSentinel();
  const f: f64 = convF64;
  let x: f64 = numberF64(thisNumber(argv, 0));
  if (x !== x) return atom('NaN');
  if (x === 1 / 0) return atom('Infinity');
  if (x === -1 / 0) return atom('-Infinity');
  if (f < 0 || f > 100) return throwErrorLit(ErrorKind.RangeError, 'toExponential() argument must be between 0 and 100');
  textLen = 0;
  if (x < 0) {
    put(45);
    x = -x;
  }
  let digits: i32 = 0;
  if (x === 0) {
    digitCount = 0;
    exactPoint = 1;
    digits = arg(argv, argc, 0) === undefinedValue() ? 1 : ((f | 0) + 1) | 0;
  } else if (arg(argv, argc, 0) === undefinedValue()) {
    // As many digits as needed to represent x uniquely: the shortest digits.
    digits = shortestDigitsInto(x);
  } else {
    exactDigits(x);
    digits = ((f | 0) + 1) | 0;
    roundDigits(digits);
  }
  put((48 + digitAt(0)) | 0);
  if (digits > 1) {
    put(46);
    for (let i: i32 = 1; i < digits; i++) put((48 + digitAt(i)) | 0);
  }
  putExponent(x === 0 ? 0 : (exactPoint - 1) | 0);
  return textResult();
}

/** The shortest round-trip digits of x into digitBuf; sets exactPoint/digitCount; returns the count. */
function shortestDigitsInto(x: f64): i32 {
  // The shortest round-trip form has k digits; it is the exact value rounded to k digits (the
  // closest k-digit decimal), so round the exact digits rather than reach into number-conversions.
  const k: i32 = shortestDigits(x);
  exactDigits(x);
  if (k < digitCount) roundDigits(k);
  while (digitCount > 1 && H8[(digitBuf() + digitCount - 1) | 0] === 0) digitCount = (digitCount - 1) | 0;
  return digitCount;
}

/** Number.prototype.toPrecision (spec 21.1.3.5). */
export function numberProtoToPrecision(argv: i32, argc: i32): i32 {
  const n: i32 = thisNumber(argv, 0);
  if (isException(n)) return n;
  if (arg(argv, argc, 0) === undefinedValue()) return toString(thisNumber(argv, 0));
  if (!toIntegerF64(arg(argv, argc, 0))) return exceptionSentinel();
  const p: f64 = convF64;
  let x: f64 = numberF64(thisNumber(argv, 0));
  if (x !== x) return atom('NaN');
  if (x === 1 / 0) return atom('Infinity');
  if (x === -1 / 0) return atom('-Infinity');
  if (p < 1 || p > 100) return throwErrorLit(ErrorKind.RangeError, 'toPrecision() argument must be between 1 and 100');
  const pd: i32 = p | 0;
  textLen = 0;
  if (x < 0) {
    put(45);
    x = -x;
  }
  let e: i32 = 0;
  if (x === 0) {
    digitCount = 0;
    exactPoint = 1;
  } else {
    exactDigits(x);
    roundDigits(pd);
    e = (exactPoint - 1) | 0;
  }
  if (x !== 0 && (e < -6 || e >= pd)) {
    put((48 + digitAt(0)) | 0);
    if (pd > 1) {
      put(46);
      for (let i: i32 = 1; i < pd; i++) put((48 + digitAt(i)) | 0);
    }
    putExponent(e);
    return textResult();
  }
  if (e >= 0) {
    for (let i: i32 = 0; i <= e; i++) put((48 + digitAt(i)) | 0);
    if (pd > ((e + 1) | 0)) {
      put(46);
      for (let i: i32 = (e + 1) | 0; i < pd; i++) put((48 + digitAt(i)) | 0);
    }
  } else {
    put(48);
    put(46);
    const zeros: i32 = (0 - e - 1) | 0;
    for (let i: i32 = 0; i < zeros; i++) put(48);
    for (let i: i32 = 0; i < pd; i++) put((48 + digitAt(i)) | 0);
  }
  return textResult();
}

// ---- statics -------------------------------------------------------------------------------------

function isNumberValue(v: i32): bool {
  return isSmi(v) || isHeapNumber(v);
}

export function numberIsInteger(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) return trueValue();
  if (!isHeapNumber(v)) return falseValue();
  const x: f64 = heapNumberValue(v);
  return boolResult(x === x && x !== 1 / 0 && x !== -1 / 0 && Math.trunc(x) === x);
}
export function numberIsSafeInteger(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) return trueValue();
  if (!isHeapNumber(v)) return falseValue();
  const x: f64 = heapNumberValue(v);
  return boolResult(x === x && Math.trunc(x) === x && Math.abs(x) <= 9007199254740991);
}
export function numberIsFinite(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (!isNumberValue(v)) return falseValue();
  const x: f64 = numberF64(v);
  return boolResult(x === x && x !== 1 / 0 && x !== -1 / 0);
}
export function numberIsNaN(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (!isNumberValue(v)) return falseValue();
  const x: f64 = numberF64(v);
  return boolResult(x !== x);
}

export function globalIsNaN(argv: i32, argc: i32): i32 {
  if (!toF64(arg(argv, argc, 0))) return exceptionSentinel();
  return boolResult(convF64 !== convF64);
}
export function globalIsFinite(argv: i32, argc: i32): i32 {
  if (!toF64(arg(argv, argc, 0))) return exceptionSentinel();
  const x: f64 = convF64;
  return boolResult(x === x && x !== 1 / 0 && x !== -1 / 0);
}

/** parseInt(string, radix) (spec 19.2.5). */
export function globalParseInt(argv: i32, argc: i32): i32 {
  const s0: i32 = argToString(argv, argc, 0);
  if (isException(s0)) return s0;
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(stringFlatten(s0));
  if (!toF64(arg(argv, argc, 1))) return close(scope, exceptionSentinel());
  let radix: i32 = convF64 | 0;
  const s: i32 = handleGet(hS);
  const n: i32 = stringLength(s);
  let i: i32 = 0;
  while (i < n && isWhiteSpaceOrLineTerminator(stringGet(s, i))) i++;
  let sign: f64 = 1;
  if (i < n && (stringGet(s, i) === 43 || stringGet(s, i) === 45)) {
    if (stringGet(s, i) === 45) sign = -1;
    i++;
  }
  let stripPrefix: bool = true;
  if (radix !== 0) {
    if (radix < 2 || radix > 36) return close(scope, numberResult(0 / 0));
    if (radix !== 16) stripPrefix = false;
  } else {
    radix = 10;
  }
  if (stripPrefix && ((i + 1) | 0) < n && stringGet(s, i) === 48 && (stringGet(s, (i + 1) | 0) | 32) === 120) {
    i = (i + 2) | 0;
    radix = 16;
  }
  const start: i32 = i;
  while (i < n && digitValue(stringGet(s, i)) < radix) i++;
  if (i === start) return close(scope, numberResult(0 / 0));
  let value: f64 = 0;
  if (radix === 10) {
    // Exact decimal conversion of the digits (as V8 does for radix 10).
    value = stringToNumber(stringSlice(handleGet(hS), start, i));
  } else {
    const str: i32 = handleGet(hS);
    for (let k: i32 = start; k < i; k++) value = value * radix + digitValue(stringGet(str, k));
  }
  return close(scope, numberResult(sign * value));
}

/** parseFloat(string) (spec 19.2.4): the longest StrDecimalLiteral prefix. */
export function globalParseFloat(argv: i32, argc: i32): i32 {
  const s0: i32 = argToString(argv, argc, 0);
  if (isException(s0)) return s0;
  const s: i32 = stringFlatten(s0);
  const n: i32 = stringLength(s);
  let i: i32 = 0;
  while (i < n && isWhiteSpaceOrLineTerminator(stringGet(s, i))) i++;
  const start: i32 = i;
  if (i < n && (stringGet(s, i) === 43 || stringGet(s, i) === 45)) i++;
  // Infinity
  if (((i + 8) | 0) <= n && stringGet(s, i) === 73 && stringGet(s, (i + 1) | 0) === 110 && stringGet(s, (i + 7) | 0) === 121) {
    return numberResult(stringGet(s, start) === 45 ? -1 / 0 : 1 / 0);
  }
  let digits: i32 = 0;
  while (i < n && stringGet(s, i) >= 48 && stringGet(s, i) <= 57) {
    i++;
    digits++;
  }
  if (i < n && stringGet(s, i) === 46) {
    i++;
    while (i < n && stringGet(s, i) >= 48 && stringGet(s, i) <= 57) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return numberResult(0 / 0);
  if (i < n && (stringGet(s, i) | 32) === 101) {
    let j: i32 = (i + 1) | 0;
    if (j < n && (stringGet(s, j) === 43 || stringGet(s, j) === 45)) j++;
    const expStart: i32 = j;
    while (j < n && stringGet(s, j) >= 48 && stringGet(s, j) <= 57) j++;
    if (j > expStart) i = j;
  }
  // A trailing '.' ("1.") is fine for StringToNumber.
  const text: i32 = stringSlice(s, start, i);
  return numberResult(stringToNumber(text));
}

// ---- Boolean.prototype ---------------------------------------------------------------------------

function thisBoolean(argv: i32): i32 {
  const v: i32 = argThis(argv);
  if (v === trueValue() || v === falseValue()) return v;
  if (isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_PRIMITIVE_WRAPPER) {
    const p: i32 = primitiveWrapperValue(v);
    if (p === trueValue() || p === falseValue()) return p;
  }
  return throwErrorLit(ErrorKind.TypeError, 'Boolean.prototype.valueOf requires that \'this\' be a Boolean');
}

export function booleanProtoToString(argv: i32, argc: i32): i32 {
  const b: i32 = thisBoolean(argv);
  if (isException(b) || argc < 0) return b;
  return b === trueValue() ? atom('true') : atom('false');
}
export function booleanProtoValueOf(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return thisBoolean(argv);
}

/**
 * Number.prototype.toLocaleString as Node's default locale (en-US) prints: at most three fraction
 * digits (the shortest digits rounded half away from zero: Intl's halfExpand), the integer
 * part grouped by commas, "∞" for infinities and "NaN".
 */
export function numberProtoToLocaleString(argv: i32, argc: i32): i32 {
  const n: i32 = thisNumber(argv, 1);
  if (isException(n) || argc < 0) return n;
  let x: f64 = numberF64(n);
  if (x !== x) return atom('NaN');
  textLen = 0;
  if (x < 0) {
    put(45);
    x = -x;
  }
  if (x === 1 / 0) {
    put(226);
    put(136);
    put(158);
    return utf8TextResult();
  }
  if (x === 0) {
    digitCount = 0;
    exactPoint = 1;
  } else {
    shortestDigitsInto(x);
    if (((exactPoint + 3) | 0) < digitCount) roundDigits((exactPoint + 3) | 0);
  }
  if (exactPoint <= 0) put(48);
  for (let i: i32 = 0; i < exactPoint; i++) {
    if (i > 0 && ((((exactPoint - i) | 0) % 3) | 0) === 0) put(44);
    put((48 + digitAt(i)) | 0);
  }
  let last: i32 = (exactPoint + 3) | 0;
  while (last > exactPoint && digitAt((last - 1) | 0) === 0) last = (last - 1) | 0;
  if (last > exactPoint) {
    put(46);
    for (let i: i32 = exactPoint < 0 ? 0 : exactPoint; i < last; i++) put((48 + digitAt(i)) | 0);
  }
  return textResult();
}

/** The text buffer holds UTF-8 bytes (the infinity sign): decode to a two-byte string. May GC. */
function utf8TextResult(): i32 {
  // Only "-∞" / "∞" reach here.
  const neg: bool = textLen === 4;
  const s: i32 = stringNewTwoByte(neg ? 2 : 1);
  if (neg) seqSetChar(s, 0, 45);
  seqSetChar(s, neg ? 1 : 0, 8734);
  return s;
}
