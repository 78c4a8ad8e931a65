// Number <-> string conversions, exact per ECMAScript:
// - Number::toString(x) (spec 6.1.6.1.20): the shortest digit string that reads back as x
//   (Steele & White / Burger & Dybvig free-format generation over bignums, boundaries inclusive
//   when the significand is even, as round-to-nearest-even reading requires);
// - StringToNumber (spec 7.1.4.1.1): decimal literals correctly rounded (an estimate, then exact
//   bignum comparisons with the midpoints to the neighbouring doubles), 0x/0o/0b integers,
//   Infinity, white space;
// - Number::toString(x, radix) for radix 2..36: exact integer digits while representable, then
//   fraction digits only as far as the double's precision reaches (the spec leaves the non-10
//   algorithm to the implementation).
//
// Bignum work happens in scratch memory before the result string is allocated, so only the last
// step may GC.
import type { i32, u32, f64, bool } from './types.ts';
import { H8, H32, HF64 } from './host/host.ts';
import {
  bignumAt, bignumSetF64, bignumCopy, bignumMulAddSmall, bignumMulPow10, bignumShiftLeft, bignumCompare, bignumAdd,
  bignumSub, bignumToDouble,
} from './bignum.ts';
import { stringNewOneByte, seqSetChar, stringLength, stringGet } from './strings.ts';

const R: i32 = 0;
const S: i32 = 1;
const MPLUS: i32 = 2;
const MMINUS: i32 = 3;
const TMP: i32 = 4;
const TMP2: i32 = 5;
const TWO52: f64 = 4503599627370496;
const TWO32: f64 = 4294967296;
const LOG10_2: f64 = 0.30102999566398114;
/** Significant decimal digits kept exactly when reading; later ones only decide a sticky bit. */
const MAX_SIGNIFICANT: i32 = 780;

/** Scratch for the digits and the text being built (after the bignums). */
function digitsAddr(): i32 {
  return (bignumAt(8) + 16) | 0;
}
function textAddr(): i32 {
  return (bignumAt(8) + 128) | 0;
}
function f64Scratch(): i32 {
  return bignumAt(8);
}

/** Decimal exponent of the last shortestDigits result: x = 0.d1d2...dn * 10^decimalPoint. */
let decimalPoint: i32 = 0;

// ---- double -> shortest digits ---------------------------------------------------------------

/** Writes the shortest round-trip digits of x (finite, > 0) to digitsAddr(); returns their count. */
export function shortestDigits(x: f64): i32 {
  const a: i32 = f64Scratch();
  HF64[a >> 3] = x;
  const lo: f64 = H32[a >> 2] >>> 0;
  const hi: i32 = H32[(a + 4) >> 2];
  const biased: i32 = (hi >>> 20) & 2047;
  const fracHi: i32 = hi & 1048575;
  let f: f64 = fracHi * TWO32 + lo;
  let e: i32 = -1074;
  if (biased !== 0) {
    f = f + TWO52;
    e = (biased - 1075) | 0;
  }
  const even: bool = lo % 2 === 0;
  const closer: bool = f === TWO52 && biased > 1;
  const r: i32 = bignumAt(R);
  const s: i32 = bignumAt(S);
  const mp: i32 = bignumAt(MPLUS);
  const mm: i32 = bignumAt(MMINUS);
  bignumSetF64(r, f);
  bignumSetF64(s, 1);
  bignumSetF64(mp, 1);
  bignumSetF64(mm, 1);
  if (e >= 0) {
    bignumShiftLeft(r, (e + (closer ? 2 : 1)) | 0);
    bignumShiftLeft(s, closer ? 2 : 1);
    bignumShiftLeft(mp, closer ? (e + 1) | 0 : e);
    bignumShiftLeft(mm, e);
  } else {
    bignumShiftLeft(r, closer ? 2 : 1);
    bignumShiftLeft(s, ((closer ? 2 : 1) - e) | 0);
    if (closer) bignumShiftLeft(mp, 1);
  }
  // Estimate k = ceil(log10 x) from the binary exponent; it is exact or one too small.
  let bitLength: i32 = 53;
  if (biased === 0) {
    bitLength = 0;
    let t: f64 = f;
    while (t >= 1) {
      t = Math.floor(t / 2);
      bitLength = (bitLength + 1) | 0;
    }
  }
  let k: i32 = Math.ceil(((e + bitLength - 1) | 0) * LOG10_2 - 1e-10) | 0;
  if (k >= 0) {
    bignumMulPow10(s, k);
  } else {
    bignumMulPow10(r, (0 - k) | 0);
    bignumMulPow10(mp, (0 - k) | 0);
    bignumMulPow10(mm, (0 - k) | 0);
  }
  // Fix-up: if x's upper boundary reaches 10^k, the first digit belongs one place higher.
  const high: i32 = bignumComparePlusTmp(r, mp, s);
  if (even ? high >= 0 : high > 0) {
    bignumMulAddSmall(s, 10, 0);
    k = (k + 1) | 0;
  }
  decimalPoint = k;
  let n: i32 = 0;
  const out: i32 = digitsAddr();
  for (;;) {
    bignumMulAddSmall(r, 10, 0);
    bignumMulAddSmall(mp, 10, 0);
    bignumMulAddSmall(mm, 10, 0);
    let d: i32 = 0;
    while (bignumCompare(r, s) >= 0) {
      bignumSub(r, s);
      d = (d + 1) | 0;
    }
    const low: i32 = bignumCompare(r, mm);
    const up: i32 = bignumComparePlusTmp(r, mp, s);
    const tc1: bool = even ? low <= 0 : low < 0;
    const tc2: bool = even ? up >= 0 : up > 0;
    if (!tc1 && !tc2) {
      H8[(out + n) | 0] = d;
      n = (n + 1) | 0;
      continue;
    }
    if (tc1 && tc2) {
      // Both neighbours are in range: the nearer digit; on a tie the even one (spec 6.1.6.1.20).
      const t: i32 = bignumAt(TMP);
      bignumCopy(t, r);
      bignumShiftLeft(t, 1);
      const c: i32 = bignumCompare(t, s);
      if (c > 0 || (c === 0 && (d & 1) !== 0)) d = (d + 1) | 0;
    } else if (tc2) {
      d = (d + 1) | 0;
    }
    H8[(out + n) | 0] = d;
    n = (n + 1) | 0;
    return n;
  }
}

function bignumComparePlusTmp(a: i32, b: i32, c: i32): i32 {
  const t: i32 = bignumAt(TMP);
  bignumCopy(t, a);
  bignumAdd(t, b);
  return bignumCompare(t, c);
}

// ---- Number::toString --------------------------------------------------------------------------

let textLength: i32 = 0;
function put(c: i32): void {
  H8[(textAddr() + textLength) | 0] = c;
  textLength = (textLength + 1) | 0;
}
function putDigits(from: i32, to: i32): void {
  for (let i: i32 = from; i < to; i++) put((48 + H8[(digitsAddr() + i) | 0]) | 0);
}
function putInt(v: i32): void {
  if (v >= 10) putInt((v / 10) | 0);
  put((48 + ((v % 10) | 0)) | 0);
}
function putLit(c0: i32, c1: i32, c2: i32): void {
  put(c0);
  if (c1 !== 0) put(c1);
  if (c2 !== 0) put(c2);
}

/** Number::toString(x) written to the scratch text; returns its length. No GC. */
export function numberToText(x: f64): i32 {
  textLength = 0;
  if (x !== x) {
    putLit(78, 97, 78); // NaN
    return textLength;
  }
  if (x === 0) {
    put(48);
    return textLength;
  }
  let v: f64 = x;
  if (v < 0) {
    put(45);
    v = -v;
  }
  if (v === Infinity) {
    putLit(73, 110, 102);
    putLit(105, 110, 105);
    putLit(116, 121, 0); // Infinity
    return textLength;
  }
  const k: i32 = shortestDigits(v);
  const n: i32 = decimalPoint;
  if (k <= n && n <= 21) {
    putDigits(0, k);
    for (let i: i32 = k; i < n; i++) put(48);
  } else if (0 < n && n <= 21) {
    putDigits(0, n);
    put(46);
    putDigits(n, k);
  } else if (-6 < n && n <= 0) {
    put(48);
    put(46);
    for (let i: i32 = n; i < 0; i++) put(48);
    putDigits(0, k);
  } else {
    putDigits(0, 1);
    if (k > 1) {
      put(46);
      putDigits(1, k);
    }
    put(101);
    const exp: i32 = (n - 1) | 0;
    put(exp < 0 ? 45 : 43);
    putInt(exp < 0 ? (0 - exp) | 0 : exp);
  }
  return textLength;
}

function textToString(length: i32): i32 {
  const s: i32 = stringNewOneByte(length);
  for (let i: i32 = 0; i < length; i++) seqSetChar(s, i, H8[(textAddr() + i) | 0]);
  return s;
}

/** Number::toString(x): a new heap string. May GC. */
export function numberToString(x: f64): i32 {
  return textToString(numberToText(x));
}

/** Number::toString(x, radix) for radix 2..36 (10 uses the exact shortest form). May GC. */
export function numberToStringRadix(x: f64, radix: i32): i32 {
  if (radix === 10 || x !== x || x === Infinity || x === -Infinity) return numberToString(x);
  textLength = 0;
  let v: f64 = x;
  const negative: bool = v < 0;
  if (negative) v = -v;
  let integer: f64 = Math.floor(v);
  let fraction: f64 = v - integer;
  // Fraction digits are produced only while they are above half an ulp of x.
  const a: i32 = f64Scratch();
  HF64[a >> 3] = v;
  H32[a >> 2] = (H32[a >> 2] + 1) | 0;
  if (H32[a >> 2] === 0) H32[(a + 4) >> 2] = (H32[(a + 4) >> 2] + 1) | 0;
  let delta: f64 = 0.5 * (HF64[a >> 3] - v);
  if (delta < 5e-324 || delta !== delta) delta = 5e-324;
  const fracStart: i32 = 1100;
  let fracEnd: i32 = fracStart;
  if (fraction >= delta) {
    for (;;) {
      fraction = fraction * radix;
      delta = delta * radix;
      const digit: i32 = fraction | 0;
      H8[(textAddr() + fracEnd) | 0] = digit;
      fracEnd = (fracEnd + 1) | 0;
      fraction = fraction - digit;
      if (fraction > 0.5 || (fraction === 0.5 && (digit & 1) !== 0)) {
        if (fraction + delta > 1) {
          // Round up, propagating the carry through the digits written so far.
          for (;;) {
            fracEnd = (fracEnd - 1) | 0;
            if (fracEnd < fracStart) {
              fracEnd = fracStart;
              integer = integer + 1;
              break;
            }
            const last: i32 = H8[(textAddr() + fracEnd) | 0];
            if (((last + 1) | 0) < radix) {
              H8[(textAddr() + fracEnd) | 0] = (last + 1) | 0;
              fracEnd = (fracEnd + 1) | 0;
              break;
            }
          }
          break;
        }
      }
      if (fraction < delta) break;
    }
  }
  // Integer digits, least significant first, into [intStart, 1100): beyond 2^53 the low digits
  // are not represented and are written as zeros.
  let intStart: i32 = fracStart;
  while (integer / radix >= 9007199254740992) {
    integer = integer / radix;
    intStart = (intStart - 1) | 0;
    H8[(textAddr() + intStart) | 0] = 0;
  }
  integer = Math.floor(integer);
  do {
    const rem: f64 = integer % radix;
    intStart = (intStart - 1) | 0;
    H8[(textAddr() + intStart) | 0] = rem | 0;
    integer = (integer - rem) / radix;
  } while (integer > 0);
  // Assemble at the start of the text: sign, integer digits, point, fraction digits.
  const total: i32 = ((negative ? 1 : 0) + (fracStart - intStart) + (fracEnd > fracStart ? (fracEnd - fracStart + 1) | 0 : 0)) | 0;
  let at: i32 = 0;
  const base: i32 = textAddr();
  const outBase: i32 = (base + 2200) | 0;
  if (negative) {
    H8[outBase] = 45;
    at = 1;
  }
  for (let i: i32 = intStart; i < fracStart; i++) {
    H8[(outBase + at) | 0] = digitChar(H8[(base + i) | 0]);
    at = (at + 1) | 0;
  }
  if (fracEnd > fracStart) {
    H8[(outBase + at) | 0] = 46;
    at = (at + 1) | 0;
    for (let i: i32 = fracStart; i < fracEnd; i++) {
      H8[(outBase + at) | 0] = digitChar(H8[(base + i) | 0]);
      at = (at + 1) | 0;
    }
  }
  for (let i: i32 = 0; i < total; i++) H8[(base + i) | 0] = H8[(outBase + i) | 0];
  return textToString(total);
}

function digitChar(d: i32): i32 {
  return d < 10 ? (48 + d) | 0 : (87 + d) | 0;
}

// ---- StringToNumber ----------------------------------------------------------------------------

function isWhiteSpace(c: i32): bool {
  return c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 32 || c === 160 || c === 5760 ||
    (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/** The value of digit c in radixes up to 36 (0-9, a-z, A-Z), or 99 for any other character. */
export function digitValue(c: i32): i32 {
  if (c >= 48 && c <= 57) return (c - 48) | 0;
  if (c >= 97 && c <= 122) return (c - 87) | 0;
  if (c >= 65 && c <= 90) return (c - 55) | 0;
  return 99;
}

/** Reads [from, to) of `s` as an integer in `radix` (a power of two: exact, ties to even). */
function readRadixInteger(s: i32, from: i32, to: i32, radix: i32): f64 {
  if (from >= to) return NaN;
  const b: i32 = bignumAt(R);
  bignumSetF64(b, 0);
  for (let i: i32 = from; i < to; i++) {
    const d: i32 = digitValue(stringGet(s, i));
    if (d >= radix) return NaN;
    bignumMulAddSmall(b, radix, d);
  }
  return bignumToDouble(b);
}

/** A double's significand m (integer) and exponent q: x = m * 2^q; in module variables. */
let splitM: f64 = 0;
let splitQ: i32 = 0;
function splitDouble(x: f64): void {
  const a: i32 = f64Scratch();
  HF64[a >> 3] = x;
  const lo: f64 = H32[a >> 2] >>> 0;
  const hi: i32 = H32[(a + 4) >> 2];
  const biased: i32 = (hi >>> 20) & 2047;
  splitM = (hi & 1048575) * TWO32 + lo;
  splitQ = -1074;
  if (biased !== 0) {
    splitM = splitM + TWO52;
    splitQ = (biased - 1075) | 0;
  }
}
function stepDouble(x: f64, up: bool): f64 {
  const a: i32 = f64Scratch();
  HF64[a >> 3] = x;
  if (up) {
    H32[a >> 2] = (H32[a >> 2] + 1) | 0;
    if (H32[a >> 2] === 0) H32[(a + 4) >> 2] = (H32[(a + 4) >> 2] + 1) | 0;
  } else {
    if (H32[a >> 2] === 0) H32[(a + 4) >> 2] = (H32[(a + 4) >> 2] - 1) | 0;
    H32[a >> 2] = (H32[a >> 2] - 1) | 0;
  }
  return HF64[a >> 3];
}

/**
 * Compares D * 10^e (D in bignum R, e < 0) with (2m + c) * 2^(q - shift) where c is 1 or -1:
 * -1, 0 or 1.
 */
function compareWithMid(e: i32, m: f64, c: i32, q: i32): i32 {
  const lhs: i32 = bignumAt(TMP);
  const rhs: i32 = bignumAt(TMP2);
  bignumCopy(lhs, bignumAt(R));
  bignumSetF64(rhs, m);
  bignumMulAddSmall(rhs, 2, 0);
  if (c > 0) bignumMulAddSmall(rhs, 1, 1);
  else bignumSub(rhs, bignumAt(MPLUS));
  bignumMulPow10(rhs, (0 - e) | 0);
  if (q >= 0) bignumShiftLeft(rhs, q);
  else bignumShiftLeft(lhs, (0 - q) | 0);
  return bignumCompare(lhs, rhs);
}

/** The double nearest to D * 10^e (D in bignum R, non-zero). */
function decimalToDouble(e: i32, estimate: f64): f64 {
  if (e >= 0) {
    const b: i32 = bignumAt(R);
    bignumMulPow10(b, e);
    return bignumToDouble(b);
  }
  bignumSetF64(bignumAt(MPLUS), 1);
  let x: f64 = estimate;
  if (x === Infinity) x = 1.7976931348623157e308;
  for (let guard: i32 = 0; guard < 4000; guard++) {
    splitDouble(x);
    const m: f64 = splitM;
    const q: i32 = splitQ;
    // Upper midpoint (2m + 1) * 2^(q - 1).
    const up: i32 = compareWithMid(e, m, 1, (q - 1) | 0);
    if (up > 0 || (up === 0 && m % 2 === 1)) {
      const next: f64 = stepDouble(x, true);
      if (up === 0 || next === Infinity) return next;
      x = next;
      continue;
    }
    if (up === 0) return x;
    if (x === 0) return 0;
    // Lower midpoint: half-way to the previous double (closer at a power-of-two boundary).
    let low: i32 = 0;
    if (m === TWO52 && q > -1074) low = compareWithMid(e, m * 2, -1, (q - 2) | 0);
    else low = compareWithMid(e, m, -1, (q - 1) | 0);
    if (low < 0 || (low === 0 && m % 2 === 1)) {
      const prev: f64 = stepDouble(x, false);
      if (low === 0) return prev;
      x = prev;
      continue;
    }
    return x;
  }
  return x;
}

function pow10(e: i32): f64 {
  let r: f64 = 1;
  let k: i32 = e < 0 ? (0 - e) | 0 : e;
  while (k >= 22) {
    r = r * 1e22;
    k = (k - 22) | 0;
  }
  while (k > 0) {
    r = r * 10;
    k = (k - 1) | 0;
  }
  return r;
}

/** StringToNumber (spec 7.1.4.1.1) of a heap string. No GC. */
export function stringToNumber(str: i32): f64 {
  const length: i32 = stringLength(str);
  let from: i32 = 0;
  let to: i32 = length;
  while (from < to && isWhiteSpace(stringGet(str, from))) from = (from + 1) | 0;
  while (to > from && isWhiteSpace(stringGet(str, (to - 1) | 0))) to = (to - 1) | 0;
  if (from === to) return 0;
  if (((to - from) | 0) > 2 && stringGet(str, from) === 48) {
    const p: i32 = stringGet(str, (from + 1) | 0) | 32;
    if (p === 120) return readRadixInteger(str, (from + 2) | 0, to, 16);
    if (p === 111) return readRadixInteger(str, (from + 2) | 0, to, 8);
    if (p === 98) return readRadixInteger(str, (from + 2) | 0, to, 2);
  }
  let i: i32 = from;
  let sign: f64 = 1;
  const c0: i32 = stringGet(str, i);
  if (c0 === 43 || c0 === 45) {
    if (c0 === 45) sign = -1;
    i = (i + 1) | 0;
  }
  if (((to - i) | 0) === 8 && stringGet(str, i) === 73) {
    return matchesInfinity(str, i) ? sign * Infinity : NaN;
  }
  const b: i32 = bignumAt(R);
  bignumSetF64(b, 0);
  let digits: i32 = 0;
  let significant: i32 = 0;
  let exponent: i32 = 0;
  let estimate: f64 = 0;
  let estimateDigits: i32 = 0;
  let sticky: bool = false;
  let seenPoint: bool = false;
  for (; i < to; i++) {
    const c: i32 = stringGet(str, i);
    if (c === 46 && !seenPoint) {
      seenPoint = true;
      continue;
    }
    if (c < 48 || c > 57) break;
    digits = (digits + 1) | 0;
    const d: i32 = (c - 48) | 0;
    if (significant === 0 && d === 0) {
      if (seenPoint) exponent = (exponent - 1) | 0;
      continue;
    }
    if (significant < MAX_SIGNIFICANT) {
      bignumMulAddSmall(b, 10, d);
      significant = (significant + 1) | 0;
      if (seenPoint) exponent = (exponent - 1) | 0;
      if (estimateDigits < 18) {
        estimate = estimate * 10 + d;
        estimateDigits = (estimateDigits + 1) | 0;
      }
    } else {
      if (d !== 0) sticky = true;
      if (!seenPoint) exponent = (exponent + 1) | 0;
    }
  }
  if (digits === 0) return NaN;
  if (i < to && (stringGet(str, i) | 32) === 101) {
    i = (i + 1) | 0;
    let expSign: i32 = 1;
    if (i < to && (stringGet(str, i) === 43 || stringGet(str, i) === 45)) {
      if (stringGet(str, i) === 45) expSign = -1;
      i = (i + 1) | 0;
    }
    if (i >= to) return NaN;
    let e: i32 = 0;
    for (; i < to; i++) {
      const c: i32 = stringGet(str, i);
      if (c < 48 || c > 57) return NaN;
      if (e < 100000) e = ((Math.imul(e, 10) + c) | 0) - 48 | 0;
    }
    exponent = (exponent + Math.imul(e, expSign)) | 0;
  }
  if (i !== to) return NaN;
  if (significant === 0) return sign * 0;
  if (sticky) {
    // Digits past MAX_SIGNIFICANT only matter as "a little more": append a 1 digit.
    bignumMulAddSmall(b, 10, 1);
    exponent = (exponent - 1) | 0;
  }
  const magnitude: i32 = (exponent + significant) | 0;
  if (magnitude > 310) return sign * Infinity;
  if (magnitude < -330) return sign * 0;
  const scale: i32 = (exponent + significant - estimateDigits + (sticky ? 1 : 0)) | 0;
  let approx: f64 = 0;
  if (scale >= 0) approx = estimate * pow10(scale);
  else if (scale >= -300) approx = estimate / pow10((0 - scale) | 0);
  else approx = estimate / pow10((-300 - scale) | 0) / 1e300;
  if (approx !== approx) approx = 0;
  return sign * decimalToDouble(exponent, approx);
}

function matchesInfinity(str: i32, at: i32): bool {
  // I n f i n i t y
  return stringGet(str, at) === 73 && stringGet(str, (at + 1) | 0) === 110 && stringGet(str, (at + 2) | 0) === 102 &&
    stringGet(str, (at + 3) | 0) === 105 && stringGet(str, (at + 4) | 0) === 110 && stringGet(str, (at + 5) | 0) === 105 &&
    stringGet(str, (at + 6) | 0) === 116 && stringGet(str, (at + 7) | 0) === 121;
}

// ---- array index keys -----------------------------------------------------------------------

/** What stringToArrayIndex returns for a string that is not an array index: 2^32 - 1, itself not one. */
export const NOT_ARRAY_INDEX: u32 = 4294967295;
/** Digits of the largest array index, 4294967294 = 2^32 - 2. */
const MAX_ARRAY_INDEX_DIGITS: i32 = 10;

/**
 * The array index a property-key string names (spec 6.1.7: P is an array index when
 * ToString(ToUint32(P)) is P and ToUint32(P) is not 2^32 - 1), or NOT_ARRAY_INDEX. Accepts
 * exactly the canonical decimal strings of 0 .. 4294967294: no sign, no leading zero (except "0"
 * itself), no spaces, no exponent or fraction. So "4294967295" and above, "-0", "01", "1e3" are
 * named properties. No GC.
 */
export function stringToArrayIndex(str: i32): u32 {
  const length: i32 = stringLength(str);
  if (length === 0 || length > MAX_ARRAY_INDEX_DIGITS) return NOT_ARRAY_INDEX >>> 0;
  const first: i32 = stringGet(str, 0);
  if (first === 48) return length === 1 ? 0 : NOT_ARRAY_INDEX >>> 0; // "0", or a leading zero
  // At most 10 digits: the value stays below 10^10, exact in f64.
  let value: f64 = 0;
  for (let i: i32 = 0; i < length; i++) {
    const d: i32 = (stringGet(str, i) - 48) | 0;
    if (d < 0 || d > 9) return NOT_ARRAY_INDEX >>> 0;
    value = value * 10 + d;
  }
  if (value >= TWO32 - 1) return NOT_ARRAY_INDEX >>> 0;
  return value >>> 0;
}
