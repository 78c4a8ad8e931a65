// BigInt primitives (ECMA-262 §6.1.6.2, docs/bigint.md): the heap representation and the kernel
// arithmetic on it.
//
//   +0  map      RootIndex.bigIntMap (read-only)
//   +4  length   number of 32-bit digits n (0 for zero)
//   +8  sign     1 for a negative value, else 0
//   +12 digit 0 (least significant) ... digit n-1 (nonzero)
//
// A BigInt is immutable once a function here returns it, and always normalized: no leading zero
// digit, and zero (length 0) is never negative. Every function that makes one allocates the
// result first (with the operands in handles), then reads the operands' digits and computes
// without allocating; a result that came out shorter than allocated is trimmed in place (a young
// object: a filler over the tail) or copied.
//
// Products and quotients work on 16-bit halves of the digits (the heap is little-endian, so digit
// i is halves 2i and 2i+1): a 16 x 16-bit product plus two 16-bit addends fits in a u32, so the
// inner loops are exact on Node and natively alike. Sums work on whole digits through f64.
import type { i32, u32, f64, bool } from './types.ts';
import { H16, H32, hostFatal } from './host/host.ts';
import { memoryCopy, memoryFill } from './memory.ts';
import { rootGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet, isInYoung, writeFiller } from './heap.ts';
import { allocate } from './alloc.ts';
import { BigIntLayout } from './layouts.ts';
import { RootIndex } from './roots.ts';
import { stringLength, stringGet, stringNewOneByte, seqSetChar, stringFlatten } from './strings.ts';
import { digitValue } from './number-conversions.ts';

const TWO32: f64 = 4294967296;
/** The largest BigInt: 2^30 bits (V8's BigInt::kMaxLengthBits), 2^25 digits. */
export const BIGINT_MAX_DIGITS: i32 = 33554432;
const BIGINT_MAX_BITS: f64 = 1073741824;

// ---- representation ----------------------------------------------------------------------------

/** Is `v` a BigInt? No GC. */
export function isBigInt(v: i32): bool {
  return (v & 1) !== 0 && H32[(v - 1) >> 2] === rootGet(RootIndex.bigIntMap);
}
/** The number of 32-bit digits (0 for 0n). No GC. */
export function bigIntLength(b: i32): i32 {
  return H32[(b - 1 + BigIntLayout.length) >> 2];
}
/** Is `b` negative? No GC. */
export function bigIntIsNegative(b: i32): bool {
  return H32[(b - 1 + BigIntLayout.sign) >> 2] !== 0;
}
export function bigIntIsZero(b: i32): bool {
  return bigIntLength(b) === 0;
}
/** The untagged address of digit `i`. No GC. */
function digitAddr(b: i32, i: i32): i32 {
  return (b - 1 + BigIntLayout.digits + (i << 2)) | 0;
}
/** Digit `i` of the magnitude (0 above the length). No GC. */
export function bigIntDigit(b: i32, i: i32): u32 {
  if (i >= bigIntLength(b)) return 0;
  return H32[digitAddr(b, i) >> 2] >>> 0;
}
/** Number of significant bits of the magnitude. No GC. */
export function bigIntBitLength(b: i32): i32 {
  const n: i32 = bigIntLength(b);
  if (n === 0) return 0;
  return ((n << 5) - Math.clz32(H32[digitAddr(b, (n - 1) | 0) >> 2])) | 0;
}

/** A new BigInt of `length` zero digits (not normalized yet). May GC. */
function bigIntAllocate(length: i32, negative: bool): i32 {
  const size: i32 = (BigIntLayout.digits + (length << 2) + 7) & ~7;
  const addr: i32 = allocate(size);
  H32[addr >> 2] = rootGet(RootIndex.bigIntMap);
  H32[(addr + BigIntLayout.length) >> 2] = length;
  H32[(addr + BigIntLayout.sign) >> 2] = negative ? 1 : 0;
  memoryFill((addr + BigIntLayout.digits) | 0, 0, (size - BigIntLayout.digits) | 0);
  return addr | 1;
}

/**
 * Failures. This file throws nothing (it sits below errors.ts, which prints BigInts in messages):
 * a function that cannot give a result returns 0 (no tagged value) and leaves the reason in
 * `bigIntFailure`; conversions.ts `bigIntChecked` turns it into the RangeError.
 */
export const BigIntFailure = { none: 0, tooBig: 1, divisionByZero: 2, negativeExponent: 3 } as const;
export let bigIntFailure: i32 = 0;
function bigIntFail(reason: i32): i32 {
  bigIntFailure = reason;
  return 0;
}
/** 0 with bigIntFailure = tooBig: the result would pass BIGINT_MAX_DIGITS. No GC. */
function failTooBig(): i32 {
  return bigIntFail(BigIntFailure.tooBig);
}

/**
 * `r` (just made here, not shared) without leading zero digits; zero is made non-negative. In
 * place for young objects (the freed tail becomes a filler), else a copy. May GC.
 */
function bigIntNormalize(r: i32): i32 {
  const n: i32 = bigIntLength(r);
  let m: i32 = n;
  while (m > 0 && H32[digitAddr(r, (m - 1) | 0) >> 2] === 0) m = (m - 1) | 0;
  if (m === 0) H32[(r - 1 + BigIntLayout.sign) >> 2] = 0;
  if (m === n) return r;
  const oldSize: i32 = (BigIntLayout.digits + (n << 2) + 7) & ~7;
  const newSize: i32 = (BigIntLayout.digits + (m << 2) + 7) & ~7;
  if (isInYoung((r - 1) | 0)) {
    H32[(r - 1 + BigIntLayout.length) >> 2] = m;
    if (newSize !== oldSize) writeFiller((r - 1 + newSize) | 0, (oldSize - newSize) | 0);
    return r;
  }
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(r);
  const c: i32 = bigIntAllocate(m, bigIntIsNegative(r));
  const src: i32 = handleGet(hR);
  memoryCopy(digitAddr(c, 0), digitAddr(src, 0), m << 2);
  handleScopeClose(scope);
  return c;
}

/** A copy of `b` with the sign `negative` (zero stays non-negative). May GC. */
function bigIntWithSign(b: i32, negative: bool): i32 {
  const n: i32 = bigIntLength(b);
  if (bigIntIsNegative(b) === negative && n !== 0) return b;
  if (n === 0) return b;
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(b);
  const r: i32 = bigIntAllocate(n, negative);
  const src: i32 = handleGet(hB);
  memoryCopy(digitAddr(r, 0), digitAddr(src, 0), n << 2);
  handleScopeClose(scope);
  return r;
}

// ---- small values ------------------------------------------------------------------------------

/** The BigInt of an i32. May GC. */
export function bigIntFromI32(v: i32): i32 {
  if (v === 0) return bigIntAllocate(0, false);
  const r: i32 = bigIntAllocate(1, v < 0);
  H32[digitAddr(r, 0) >> 2] = v < 0 ? (0 - v) | 0 : v;
  return r;
}

/** The BigInt of an integral f64 (NumberToBigInt after the integer check). May GC. */
export function bigIntFromIntegralF64(x: f64): i32 {
  let m: f64 = x < 0 ? -x : x;
  let n: i32 = 0;
  for (let t: f64 = m; t >= 1; t = Math.floor(t / TWO32)) n = (n + 1) | 0;
  const r: i32 = bigIntAllocate(n, x < 0);
  for (let i: i32 = 0; i < n; i++) {
    const d: f64 = m % TWO32;
    H32[digitAddr(r, i) >> 2] = d | 0;
    m = (m - d) / TWO32;
  }
  return r;
}

/** BigInt of the 64-bit two's complement value hi:lo (signed when `signed`). May GC. */
function bigIntFrom64(lo: i32, hi: i32, signed: bool): i32 {
  const negative: bool = signed && hi < 0;
  let mLo: i32 = lo;
  let mHi: i32 = hi;
  if (negative) {
    mLo = (0 - lo) | 0;
    mHi = (~hi + (lo === 0 ? 1 : 0)) | 0;
  }
  const r: i32 = bigIntAllocate(2, negative);
  H32[digitAddr(r, 0) >> 2] = mLo;
  H32[digitAddr(r, 1) >> 2] = mHi;
  return bigIntNormalize(r);
}
/** The BigInt of the int64 hi:lo (BigInt64Array / DataView getBigInt64). May GC. */
export function bigIntFromInt64(lo: i32, hi: i32): i32 {
  return bigIntFrom64(lo, hi, true);
}
/** The BigInt of the uint64 hi:lo (BigUint64Array / DataView getBigUint64). May GC. */
export function bigIntFromUint64(lo: i32, hi: i32): i32 {
  return bigIntFrom64(lo, hi, false);
}

/**
 * Digit `i` of the two's complement form of `b` (infinitely sign-extended). `borrowIn` is 1 when
 * all digits below `i` are zero (the running borrow of magnitude - 1); see twosComplementDigits.
 * No GC.
 */
function twosDigit(b: i32, i: i32, negative: bool, borrowIn: i32): i32 {
  const m: i32 = i < bigIntLength(b) ? H32[digitAddr(b, i) >> 2] : 0;
  if (!negative) return m;
  return ~((m - borrowIn) | 0);
}

/** The low 32 bits of ToBigInt64/ToBigUint64 of `b` (two's complement). No GC. */
export function bigIntInt64Low(b: i32): i32 {
  return twosDigit(b, 0, bigIntIsNegative(b), 1);
}
/** Bits 32..63 of ToBigInt64/ToBigUint64 of `b` (two's complement). No GC. */
export function bigIntInt64High(b: i32): i32 {
  const borrow: i32 = bigIntDigit(b, 0) === 0 ? 1 : 0;
  return twosDigit(b, 1, bigIntIsNegative(b), borrow);
}

// ---- comparison --------------------------------------------------------------------------------

/** -1, 0, 1 comparing the magnitudes. No GC. */
function absCompare(a: i32, b: i32): i32 {
  const na: i32 = bigIntLength(a);
  const nb: i32 = bigIntLength(b);
  if (na !== nb) return na < nb ? -1 : 1;
  for (let i: i32 = (na - 1) | 0; i >= 0; i--) {
    const x: u32 = H32[digitAddr(a, i) >> 2] >>> 0;
    const y: u32 = H32[digitAddr(b, i) >> 2] >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** -1, 0, 1 as a < b, a = b, a > b. No GC. */
export function bigIntCompare(a: i32, b: i32): i32 {
  const na: bool = bigIntIsNegative(a);
  if (na !== bigIntIsNegative(b)) return na ? -1 : 1;
  const c: i32 = absCompare(a, b);
  return na ? (0 - c) | 0 : c;
}

export function bigIntEquals(a: i32, b: i32): bool {
  return bigIntIsNegative(a) === bigIntIsNegative(b) && absCompare(a, b) === 0;
}

/** -1, 0, 1 comparing `b` with the Number `x`; 2 when x is NaN. Exact. No GC. */
export function bigIntCompareToF64(b: i32, x: f64): i32 {
  if (x !== x) return 2;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const negB: bool = bigIntIsNegative(b);
  const zeroB: bool = bigIntIsZero(b);
  if (x === 0) return zeroB ? 0 : negB ? -1 : 1;
  if (zeroB) return x > 0 ? -1 : 1;
  if (negB !== x < 0) return negB ? -1 : 1;
  // Same sign: compare |b| with |x| digit by digit (integer part exactly, then the fraction).
  const ax: f64 = x < 0 ? -x : x;
  const ix: f64 = Math.floor(ax);
  let c: i32 = 0;
  const n: i32 = bigIntLength(b);
  // Digits of ix: ix < 2^(32 * k) for the k of its size.
  let k: i32 = 0;
  for (let t: f64 = ix; t >= 1; t = Math.floor(t / TWO32)) k = (k + 1) | 0;
  if (n !== k) {
    c = n < k ? -1 : 1;
  } else {
    let scale: f64 = 1;
    for (let i: i32 = 1; i < n; i++) scale = scale * TWO32;
    for (let i: i32 = (n - 1) | 0; i >= 0 && c === 0; i--) {
      const dx: f64 = Math.floor(ix / scale) % TWO32;
      const db: f64 = H32[digitAddr(b, i) >> 2] >>> 0;
      if (db !== dx) c = db < dx ? -1 : 1;
      scale = scale / TWO32;
    }
    if (c === 0 && ix !== ax) c = -1;
  }
  return negB ? (0 - c) | 0 : c;
}

// ---- addition and subtraction --------------------------------------------------------------------

/** r = |a| + |b| (r has at least max(la, lb) + 1 digits, all zero). No GC. */
function absAddInto(r: i32, a: i32, b: i32): void {
  const na: i32 = bigIntLength(a);
  const nb: i32 = bigIntLength(b);
  const n: i32 = na > nb ? na : nb;
  let carry: f64 = 0;
  for (let i: i32 = 0; i < n; i++) {
    const x: f64 = i < na ? H32[digitAddr(a, i) >> 2] >>> 0 : 0;
    const y: f64 = i < nb ? H32[digitAddr(b, i) >> 2] >>> 0 : 0;
    const t: f64 = x + y + carry;
    H32[digitAddr(r, i) >> 2] = t | 0;
    carry = t >= TWO32 ? 1 : 0;
  }
  H32[digitAddr(r, n) >> 2] = carry | 0;
}

/** r = |a| - |b| for |a| >= |b| (r has at least la digits). No GC. */
function absSubInto(r: i32, a: i32, b: i32): void {
  const na: i32 = bigIntLength(a);
  const nb: i32 = bigIntLength(b);
  let borrow: f64 = 0;
  for (let i: i32 = 0; i < na; i++) {
    const x: f64 = H32[digitAddr(a, i) >> 2] >>> 0;
    const y: f64 = i < nb ? H32[digitAddr(b, i) >> 2] >>> 0 : 0;
    let t: f64 = x - y - borrow;
    borrow = 0;
    if (t < 0) {
      t = t + TWO32;
      borrow = 1;
    }
    H32[digitAddr(r, i) >> 2] = t | 0;
  }
}

/** a + b, or a - b when `subtract`. May GC. */
function addSigned(a: i32, b: i32, subtract: bool): i32 {
  const negA: bool = bigIntIsNegative(a);
  const negB: bool = bigIntIsNegative(b) !== subtract && !bigIntIsZero(b);
  const na: i32 = bigIntLength(a);
  const nb: i32 = bigIntLength(b);
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const hB: i32 = handleNew(b);
  let r: i32 = 0;
  if (negA === negB) {
    const n: i32 = ((na > nb ? na : nb) + 1) | 0;
    if (n > BIGINT_MAX_DIGITS) {
      handleScopeClose(scope);
      return failTooBig();
    }
    r = bigIntAllocate(n, negA);
    absAddInto(r, handleGet(hA), handleGet(hB));
  } else {
    const c: i32 = absCompare(a, b);
    if (c === 0) {
      r = bigIntAllocate(0, false);
    } else if (c > 0) {
      r = bigIntAllocate(na, negA);
      absSubInto(r, handleGet(hA), handleGet(hB));
    } else {
      r = bigIntAllocate(nb, negB);
      absSubInto(r, handleGet(hB), handleGet(hA));
    }
  }
  handleScopeClose(scope);
  return bigIntNormalize(r);
}

/** a + b. May GC; 0 when the result is too big (bigIntFailure). */
export function bigIntAdd(a: i32, b: i32): i32 {
  return addSigned(a, b, false);
}
/** a - b. May GC; 0 when the result is too big (bigIntFailure). */
export function bigIntSubtract(a: i32, b: i32): i32 {
  return addSigned(a, b, true);
}
/** -a. May GC. */
export function bigIntUnaryMinus(a: i32): i32 {
  return bigIntWithSign(a, !bigIntIsNegative(a));
}
/** a + k for a small k (++, --, ~). May GC. */
export function bigIntAddSmall(a: i32, k: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const one: i32 = bigIntFromI32(k);
  const r: i32 = addSigned(handleGet(hA), one, false);
  handleScopeClose(scope);
  return r;
}
/** ~a = -a - 1. May GC. */
export function bigIntBitwiseNot(a: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const one: i32 = bigIntFromI32(1);
  const r: i32 = addSigned(one, handleGet(hA), false);
  handleScopeClose(scope);
  if (r === 0) return 0;
  return bigIntUnaryMinus(r);
}

// ---- multiplication ------------------------------------------------------------------------------

/** The untagged address of 16-bit half `i` (half 2k is the low half of digit k). No GC. */
function halfAddr(b: i32, i: i32): i32 {
  return (b - 1 + BigIntLayout.digits + (i << 1)) | 0;
}

/**
 * r[0, na + nb) += a[0, na) * b[0, nb) on raw digit addresses, schoolbook over 16-bit halves:
 * `imul(x, y) + r + carry` fits a u32. The row ends are stores, so r must start zeroed. No GC.
 */
function schoolbookRaw(ra: i32, aa: i32, na: i32, ba: i32, nb: i32): void {
  const ha: i32 = na << 1;
  const hb: i32 = nb << 1;
  for (let j: i32 = 0; j < hb; j++) {
    const y: i32 = H16[(ba + (j << 1)) >> 1];
    if (y === 0) continue;
    let carry: i32 = 0;
    let p: i32 = (ra + (j << 1)) | 0;
    for (let i: i32 = 0; i < ha; i++) {
      const t: u32 = (Math.imul(H16[(aa + (i << 1)) >> 1], y) + H16[p >> 1] + carry) >>> 0;
      H16[p >> 1] = t & 65535;
      carry = t >>> 16;
      p = (p + 2) | 0;
    }
    H16[p >> 1] = carry;
  }
}

/** dst[0, max(na, nb) + 1) = a[0, na) + b[0, nb) (raw digit addresses). No GC. */
function addRaw(dst: i32, aa: i32, na: i32, ba: i32, nb: i32): void {
  const n: i32 = na > nb ? na : nb;
  let carry: f64 = 0;
  for (let i: i32 = 0; i < n; i++) {
    const x: f64 = i < na ? H32[(aa + (i << 2)) >> 2] >>> 0 : 0;
    const y: f64 = i < nb ? H32[(ba + (i << 2)) >> 2] >>> 0 : 0;
    const t: f64 = x + y + carry;
    H32[(dst + (i << 2)) >> 2] = t | 0;
    carry = t >= TWO32 ? 1 : 0;
  }
  H32[(dst + (n << 2)) >> 2] = carry | 0;
}

/** dst[0, dn) += src[0, sn) (sn <= dn; the sum fits in dn digits). No GC. */
function addInPlaceRaw(dst: i32, dn: i32, src: i32, sn: i32): void {
  let carry: f64 = 0;
  for (let i: i32 = 0; i < dn; i++) {
    if (i >= sn && carry === 0) break;
    const y: f64 = i < sn ? H32[(src + (i << 2)) >> 2] >>> 0 : 0;
    const t: f64 = (H32[(dst + (i << 2)) >> 2] >>> 0) + y + carry;
    H32[(dst + (i << 2)) >> 2] = t | 0;
    carry = t >= TWO32 ? 1 : 0;
  }
}

/** dst[0, dn) -= src[0, sn) (sn <= dn; dst >= src). No GC. */
function subInPlaceRaw(dst: i32, dn: i32, src: i32, sn: i32): void {
  let borrow: f64 = 0;
  for (let i: i32 = 0; i < dn; i++) {
    if (i >= sn && borrow === 0) break;
    const y: f64 = i < sn ? H32[(src + (i << 2)) >> 2] >>> 0 : 0;
    let t: f64 = (H32[(dst + (i << 2)) >> 2] >>> 0) - y - borrow;
    borrow = 0;
    if (t < 0) {
      t = t + TWO32;
      borrow = 1;
    }
    H32[(dst + (i << 2)) >> 2] = t | 0;
  }
}

/** Operands of at least this many digits (both) multiply by Karatsuba's method. */
const KARATSUBA_THRESHOLD: i32 = 48;

/** Scratch digits mulRaw needs for operands of na >= nb digits (a bound over the recursion). */
function mulScratchDigits(na: i32, nb: i32): i32 {
  return (Math.imul((na + nb) | 0, 6) + 256) | 0;
}

/**
 * r[0, na + nb) = a * b on raw digit addresses (r zeroed, na, nb >= 1), using the scratch
 * digits at `sc` (mulScratchDigits). Karatsuba for two long operands: with B = 2^(32m),
 * a = a1 B + a0, b = b1 B + b0, a b = z2 B^2 + ((a0 + a1)(b0 + b1) - z0 - z2) B + z0 where
 * z0 = a0 b0 and z2 = a1 b1 go straight into r's two halves. A much longer a is cut into pieces
 * of b's length. No GC.
 */
function mulRaw(ra: i32, aa: i32, na: i32, ba: i32, nb: i32, sc: i32, scEnd: i32): void {
  if (na < nb) {
    mulRaw(ra, ba, nb, aa, na, sc, scEnd);
    return;
  }
  if (nb < KARATSUBA_THRESHOLD) {
    schoolbookRaw(ra, aa, na, ba, nb);
    return;
  }
  if (na >= (nb << 1)) {
    // Unbalanced: r += (a piece * b) << (32 * offset), piece by piece, through the scratch.
    const t: i32 = sc;
    const rest: i32 = (sc + ((nb << 1) << 2)) | 0;
    if (rest > scEnd) hostFatal('bigint: multiplication scratch overflow');
    for (let off: i32 = 0; off < na; off = (off + nb) | 0) {
      const len: i32 = ((na - off) | 0) < nb ? (na - off) | 0 : nb;
      memoryFill(t, 0, (len + nb) << 2);
      if (len >= nb) mulRaw(t, (aa + (off << 2)) | 0, len, ba, nb, rest, scEnd);
      else mulRaw(t, ba, nb, (aa + (off << 2)) | 0, len, rest, scEnd);
      addInPlaceRaw((ra + (off << 2)) | 0, (na + nb - off) | 0, t, (len + nb) | 0);
    }
    return;
  }
  const m: i32 = (nb + 1) >> 1;
  const na1: i32 = (na - m) | 0;
  const nb1: i32 = (nb - m) | 0;
  // z0 = a0 b0 into r[0, 2m), z2 = a1 b1 into r[2m, na + nb).
  mulRaw(ra, aa, m, ba, m, sc, scEnd);
  mulRaw((ra + ((m << 1) << 2)) | 0, (aa + (m << 2)) | 0, na1, (ba + (m << 2)) | 0, nb1, sc, scEnd);
  // sa = a0 + a1 (max(m, na1) + 1 digits), sb = b0 + b1 (m + 1 digits: m >= nb1), z1 = sa sb.
  const saLen: i32 = ((na1 > m ? na1 : m) + 1) | 0;
  const sa: i32 = sc;
  const sb: i32 = (sa + (saLen << 2)) | 0;
  const z1: i32 = (sb + ((m + 1) << 2)) | 0;
  const z1n: i32 = (saLen + m + 1) | 0;
  const rest: i32 = (z1 + (z1n << 2)) | 0;
  if (rest > scEnd) hostFatal('bigint: multiplication scratch overflow');
  addRaw(sa, aa, m, (aa + (m << 2)) | 0, na1);
  addRaw(sb, ba, m, (ba + (m << 2)) | 0, nb1);
  memoryFill(z1, 0, z1n << 2);
  mulRaw(z1, sa, saLen, sb, (m + 1) | 0, rest, scEnd);
  subInPlaceRaw(z1, z1n, ra, m << 1);
  subInPlaceRaw(z1, z1n, (ra + ((m << 1) << 2)) | 0, (na1 + nb1) | 0);
  addInPlaceRaw((ra + (m << 2)) | 0, (na + nb - m) | 0, z1, z1n);
}

/** r = |a| * |b| (r zero, la + lb digits). May GC (the scratch for Karatsuba). */
function absMulInto(hR: i32, hA: i32, hB: i32): void {
  let la: i32 = bigIntLength(handleGet(hA));
  let lb: i32 = bigIntLength(handleGet(hB));
  let hBig: i32 = hA;
  let hSmall: i32 = hB;
  if (la < lb) {
    hBig = hB;
    hSmall = hA;
    const t: i32 = la;
    la = lb;
    lb = t;
  }
  let sc: i32 = 0;
  let scEnd: i32 = 0;
  if (lb >= KARATSUBA_THRESHOLD) {
    const digits: i32 = mulScratchDigits(la, lb);
    const scratch: i32 = bigIntAllocate(digits, false);
    sc = digitAddr(scratch, 0);
    scEnd = digitAddr(scratch, digits);
  }
  // No allocation from here on: the raw addresses stay valid.
  mulRaw(digitAddr(handleGet(hR), 0), digitAddr(handleGet(hBig), 0), la, digitAddr(handleGet(hSmall), 0), lb, sc, scEnd);
}

/** a * b. May GC; 0 when the result is too big (bigIntFailure). */
export function bigIntMultiply(a: i32, b: i32): i32 {
  const na: i32 = bigIntLength(a);
  const nb: i32 = bigIntLength(b);
  if (na === 0) return a;
  if (nb === 0) return b;
  const n: i32 = (na + nb) | 0;
  if (n > ((BIGINT_MAX_DIGITS + 1) | 0)) return failTooBig();
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const hB: i32 = handleNew(b);
  const hR: i32 = handleNew(bigIntAllocate(n, bigIntIsNegative(a) !== bigIntIsNegative(b)));
  absMulInto(hR, hA, hB);
  const r: i32 = handleGet(hR);
  handleScopeClose(scope);
  const result: i32 = bigIntNormalize(r);
  if (bigIntLength(result) > BIGINT_MAX_DIGITS) return failTooBig();
  return result;
}

// ---- division --------------------------------------------------------------------------------------

/** Number of 16-bit halves of the magnitude without leading zero halves. No GC. */
function halfCount(b: i32): i32 {
  let h: i32 = bigIntLength(b) << 1;
  while (h > 0 && H16[halfAddr(b, (h - 1) | 0) >> 1] === 0) h = (h - 1) | 0;
  return h;
}

/**
 * q = |u| / |v|, u's magnitude replaced by the remainder: Knuth's algorithm D over 16-bit halves
 * (TAOCP 4.3.1). `u` has one spare zero half above its top, `v` is normalized (top bit of its top
 * half set) with n >= 2 halves, q has room for m + 1 halves. No GC.
 */
function knuthDivide(q: i32, u: i32, v: i32, m: i32, n: i32): void {
  const ua: i32 = halfAddr(u, 0);
  const va: i32 = halfAddr(v, 0);
  const qa: i32 = halfAddr(q, 0);
  const vTop: f64 = H16[(va + ((n - 1) << 1)) >> 1];
  const vNext: f64 = H16[(va + ((n - 2) << 1)) >> 1];
  for (let j: i32 = m; j >= 0; j--) {
    const uj: i32 = (ua + (j << 1)) | 0;
    const num: f64 = +H16[(uj + (n << 1)) >> 1] * 65536 + H16[(uj + ((n - 1) << 1)) >> 1];
    let qhat: f64 = Math.floor(num / vTop);
    let rhat: f64 = num - qhat * vTop;
    const u2: f64 = H16[(uj + ((n - 2) << 1)) >> 1];
    while (qhat >= 65536 || qhat * vNext > rhat * 65536 + u2) {
      qhat = qhat - 1;
      rhat = rhat + vTop;
      if (rhat >= 65536) break;
    }
    // u[j .. j + n] -= qhat * v
    const qh: i32 = qhat | 0;
    let k: i32 = 0;
    for (let i: i32 = 0; i < n; i++) {
      const p: u32 = Math.imul(qh, H16[(va + (i << 1)) >> 1]) >>> 0;
      const addr: i32 = (uj + (i << 1)) | 0;
      const t: i32 = (H16[addr >> 1] - k - (p & 65535)) | 0;
      H16[addr >> 1] = t & 65535;
      k = ((p >>> 16) - (t >> 16)) | 0;
    }
    const topAddr: i32 = (uj + (n << 1)) | 0;
    const t: i32 = (H16[topAddr >> 1] - k) | 0;
    H16[topAddr >> 1] = t & 65535;
    if (t < 0) {
      // qhat was one too large: add v back.
      H16[(qa + (j << 1)) >> 1] = (qh - 1) | 0;
      let c: i32 = 0;
      for (let i: i32 = 0; i < n; i++) {
        const addr: i32 = (uj + (i << 1)) | 0;
        const s: i32 = (H16[addr >> 1] + H16[(va + (i << 1)) >> 1] + c) | 0;
        H16[addr >> 1] = s & 65535;
        c = s >>> 16;
      }
      H16[topAddr >> 1] = (H16[topAddr >> 1] + c) & 65535;
    } else {
      H16[(qa + (j << 1)) >> 1] = qh;
    }
  }
}

/** dst halves [0, count) = src halves shifted left by `s` bits (0..15), plus the spill half. No GC. */
function halvesShiftLeft(dst: i32, src: i32, count: i32, s: i32): void {
  const da: i32 = halfAddr(dst, 0);
  const sa: i32 = halfAddr(src, 0);
  let carry: i32 = 0;
  for (let i: i32 = 0; i < count; i++) {
    const x: i32 = H16[(sa + (i << 1)) >> 1];
    H16[(da + (i << 1)) >> 1] = ((x << s) | carry) & 65535;
    carry = s === 0 ? 0 : x >> (16 - s);
  }
  H16[(da + (count << 1)) >> 1] = carry;
}

/**
 * a / b (truncating) when `wantRemainder` is false, else a % b (the sign of a); 0 with
 * bigIntFailure = divisionByZero for b = 0. May GC.
 */
export function bigIntDivide(a: i32, b: i32, wantRemainder: bool): i32 {
  if (bigIntIsZero(b)) return bigIntFail(BigIntFailure.divisionByZero);
  const cmp: i32 = absCompare(a, b);
  if (cmp < 0) return wantRemainder ? a : bigIntAllocate(0, false);
  const negQ: bool = bigIntIsNegative(a) !== bigIntIsNegative(b);
  const negR: bool = bigIntIsNegative(a);
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const hB: i32 = handleNew(b);
  const na: i32 = bigIntLength(a);
  const n: i32 = halfCount(b);
  let result: i32 = 0;
  if (n === 1) {
    // Short division by one half.
    const q: i32 = bigIntAllocate(na, negQ);
    const av: i32 = handleGet(hA);
    const d: i32 = H16[halfAddr(handleGet(hB), 0) >> 1];
    let rem: f64 = 0;
    for (let i: i32 = ((na << 1) - 1) | 0; i >= 0; i--) {
      const cur: f64 = rem * 65536 + H16[halfAddr(av, i) >> 1];
      const qd: f64 = Math.floor(cur / d);
      H16[halfAddr(q, i) >> 1] = qd | 0;
      rem = cur - qd * d;
    }
    if (wantRemainder) {
      const r: i32 = bigIntAllocate(1, negR);
      H32[digitAddr(r, 0) >> 2] = rem | 0;
      result = r;
    } else {
      result = q;
    }
    handleScopeClose(scope);
    return bigIntNormalize(result);
  }
  const mPlusN: i32 = halfCount(a);
  const m: i32 = (mPlusN - n) | 0;
  const s: i32 = (Math.clz32(H16[halfAddr(b, (n - 1) | 0) >> 1]) - 16) | 0;
  // u: the dividend shifted by s with a spare half; v: the divisor shifted by s.
  const hU: i32 = handleNew(bigIntAllocate((((mPlusN + 2) >> 1) + 1) | 0, false));
  const hV: i32 = handleNew(bigIntAllocate((((n + 1) >> 1) + 1) | 0, false));
  const hQ: i32 = handleNew(bigIntAllocate((((m + 2) >> 1) + 1) | 0, negQ));
  halvesShiftLeft(handleGet(hU), handleGet(hA), mPlusN, s);
  halvesShiftLeft(handleGet(hV), handleGet(hB), n, s);
  knuthDivide(handleGet(hQ), handleGet(hU), handleGet(hV), m, n);
  if (wantRemainder) {
    // The remainder is u's low n halves shifted back right by s.
    const u: i32 = handleGet(hU);
    const ua: i32 = halfAddr(u, 0);
    for (let i: i32 = 0; i < n; i++) {
      const lo: i32 = H16[(ua + (i << 1)) >> 1];
      const hi: i32 = ((i + 1) | 0) < n ? H16[(ua + ((i + 1) << 1)) >> 1] : 0;
      H16[(ua + (i << 1)) >> 1] = ((lo >>> s) | (hi << (16 - s))) & 65535;
    }
    const ulen: i32 = bigIntLength(u);
    for (let i: i32 = n; i < (ulen << 1); i++) H16[(ua + (i << 1)) >> 1] = 0;
    H32[(u - 1 + BigIntLayout.sign) >> 2] = negR ? 1 : 0;
    result = u;
  } else {
    result = handleGet(hQ);
  }
  handleScopeClose(scope);
  return bigIntNormalize(result);
}

// ---- exponentiation --------------------------------------------------------------------------------

/**
 * base ** exponent; 0 with bigIntFailure = negativeExponent for a negative exponent, tooBig
 * past the size limit. May GC.
 */
export function bigIntExponentiate(base: i32, exponent: i32): i32 {
  if (bigIntIsNegative(exponent)) return bigIntFail(BigIntFailure.negativeExponent);
  if (bigIntIsZero(exponent)) return bigIntFromI32(1);
  const bits: i32 = bigIntBitLength(base);
  if (bits === 0) return base;
  const odd: bool = (H32[digitAddr(exponent, 0) >> 2] & 1) !== 0;
  if (bits === 1) return bigIntIsNegative(base) && !odd ? bigIntFromI32(1) : base; // 1 or -1
  if (bigIntLength(exponent) > 1) return failTooBig();
  const e: f64 = H32[digitAddr(exponent, 0) >> 2] >>> 0;
  if (((bits - 1) | 0) * e >= BIGINT_MAX_BITS) return failTooBig();
  const scope: i32 = handleScopeOpen();
  const hBase: i32 = handleNew(base);
  // A power of two: one shift.
  let single: bool = true;
  for (let i: i32 = 0; i < ((bigIntLength(base) - 1) | 0); i++) if (H32[digitAddr(base, i) >> 2] !== 0) single = false;
  const top: i32 = H32[digitAddr(base, (bigIntLength(base) - 1) | 0) >> 2];
  if (single && (top & (top - 1)) === 0) {
    const shift: f64 = ((bits - 1) | 0) * e;
    const one: i32 = bigIntFromI32(bigIntIsNegative(handleGet(hBase)) && odd ? -1 : 1);
    const r: i32 = shiftLeftBits(one, shift | 0);
    handleScopeClose(scope);
    return r;
  }
  const hResult: i32 = handleNew(bigIntFromI32(1));
  const eBits: i32 = (32 - Math.clz32(e | 0)) | 0;
  for (let i: i32 = (eBits - 1) | 0; i >= 0; i--) {
    let r: i32 = bigIntMultiply(handleGet(hResult), handleGet(hResult));
    if (r !== 0 && (((e >>> 0) >>> i) & 1) !== 0) r = bigIntMultiply(r, handleGet(hBase));
    if (r === 0) {
      handleScopeClose(scope);
      return r;
    }
    handleSet(hResult, r);
  }
  const result: i32 = handleGet(hResult);
  handleScopeClose(scope);
  return result;
}

// ---- shifts ------------------------------------------------------------------------------------------

/** a * 2^k for 0 <= k < 2^30 (checked against the size limit). May GC. */
function shiftLeftBits(a: i32, k: i32): i32 {
  const na: i32 = bigIntLength(a);
  if (na === 0 || k === 0) return a;
  const words: i32 = k >> 5;
  const bits: i32 = k & 31;
  const n: i32 = (na + words + 1) | 0;
  if (n > ((BIGINT_MAX_DIGITS + 1) | 0)) return failTooBig();
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const r: i32 = bigIntAllocate(n, bigIntIsNegative(a));
  const src: i32 = handleGet(hA);
  let carry: i32 = 0;
  for (let i: i32 = 0; i < na; i++) {
    const x: i32 = H32[digitAddr(src, i) >> 2];
    H32[digitAddr(r, (i + words) | 0) >> 2] = (x << bits) | carry;
    carry = bits === 0 ? 0 : (x >>> (32 - bits)) | 0;
  }
  H32[digitAddr(r, (na + words) | 0) >> 2] = carry;
  handleScopeClose(scope);
  const result: i32 = bigIntNormalize(r);
  if (bigIntLength(result) > BIGINT_MAX_DIGITS) return failTooBig();
  return result;
}

/** floor(a / 2^k) for k >= 0 (rounding towards -Infinity for negative a). May GC. */
function shiftRightBits(a: i32, k: f64): i32 {
  const na: i32 = bigIntLength(a);
  const negative: bool = bigIntIsNegative(a);
  if (na === 0 || k === 0) return a;
  if (k >= +(na << 5)) return bigIntFromI32(negative ? -1 : 0);
  const words: i32 = (k | 0) >> 5;
  const bits: i32 = (k | 0) & 31;
  // Were any one bits shifted out? Then a negative result moves one further from zero.
  let lost: bool = false;
  if (negative) {
    for (let i: i32 = 0; i < words && !lost; i++) if (H32[digitAddr(a, i) >> 2] !== 0) lost = true;
    if (bits !== 0 && (H32[digitAddr(a, words) >> 2] & ((1 << bits) - 1)) !== 0) lost = true;
  }
  const n: i32 = (na - words + 1) | 0;
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const r: i32 = bigIntAllocate(n, negative);
  const src: i32 = handleGet(hA);
  for (let i: i32 = 0; i < ((na - words) | 0); i++) {
    const lo: i32 = H32[digitAddr(src, (i + words) | 0) >> 2];
    const hi: i32 = ((i + words + 1) | 0) < na ? H32[digitAddr(src, (i + words + 1) | 0) >> 2] : 0;
    H32[digitAddr(r, i) >> 2] = bits === 0 ? lo : (lo >>> bits) | (hi << (32 - bits));
  }
  if (lost) {
    // magnitude + 1 (the top digit has room: n is one more than needed).
    for (let i: i32 = 0; i < n; i++) {
      const d: i32 = (H32[digitAddr(r, i) >> 2] + 1) | 0;
      H32[digitAddr(r, i) >> 2] = d;
      if (d !== 0) break;
    }
  }
  handleScopeClose(scope);
  return bigIntNormalize(r);
}

/** a << b (a >> -b for negative b). May GC; 0 when the result is too big (bigIntFailure). */
export function bigIntShiftLeft(a: i32, b: i32): i32 {
  if (bigIntIsZero(b) || bigIntIsZero(a)) return a;
  const huge: bool = bigIntLength(b) > 1 || (H32[digitAddr(b, 0) >> 2] >>> 0) >= BIGINT_MAX_BITS;
  if (bigIntIsNegative(b)) {
    if (huge) return bigIntFromI32(bigIntIsNegative(a) ? -1 : 0);
    return shiftRightBits(a, H32[digitAddr(b, 0) >> 2] >>> 0);
  }
  if (huge) return failTooBig();
  return shiftLeftBits(a, H32[digitAddr(b, 0) >> 2]);
}

/** a >> b (a << -b for negative b). May GC; 0 when the result is too big (bigIntFailure). */
export function bigIntShiftRight(a: i32, b: i32): i32 {
  if (bigIntIsZero(b) || bigIntIsZero(a)) return a;
  const huge: bool = bigIntLength(b) > 1 || (H32[digitAddr(b, 0) >> 2] >>> 0) >= BIGINT_MAX_BITS;
  if (!bigIntIsNegative(b)) {
    if (huge) return bigIntFromI32(bigIntIsNegative(a) ? -1 : 0);
    return shiftRightBits(a, H32[digitAddr(b, 0) >> 2] >>> 0);
  }
  if (huge) return failTooBig();
  return shiftLeftBits(a, H32[digitAddr(b, 0) >> 2]);
}

// ---- bitwise operators (two's complement semantics) -----------------------------------------------

export const BigIntBitOp = { and: 0, or: 1, xor: 2 } as const;

/** a & b, a | b, a ^ b as if both were infinite two's complement bit strings. May GC. */
export function bigIntBitwise(op: i32, a: i32, b: i32): i32 {
  const negA: bool = bigIntIsNegative(a);
  const negB: bool = bigIntIsNegative(b);
  let negR: bool = false;
  if (op === BigIntBitOp.and) negR = negA && negB;
  else if (op === BigIntBitOp.or) negR = negA || negB;
  else negR = negA !== negB;
  const na: i32 = bigIntLength(a);
  const nb: i32 = bigIntLength(b);
  const n: i32 = ((na > nb ? na : nb) + 1) | 0;
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const hB: i32 = handleNew(b);
  const r: i32 = bigIntAllocate(n, negR);
  const av: i32 = handleGet(hA);
  const bv: i32 = handleGet(hB);
  let borrowA: i32 = 1;
  let borrowB: i32 = 1;
  let carryR: i32 = 1;
  for (let i: i32 = 0; i < n; i++) {
    const x: i32 = twosDigit(av, i, negA, borrowA);
    const y: i32 = twosDigit(bv, i, negB, borrowB);
    if (bigIntDigit(av, i) !== 0) borrowA = 0;
    if (bigIntDigit(bv, i) !== 0) borrowB = 0;
    let z: i32 = 0;
    if (op === BigIntBitOp.and) z = x & y;
    else if (op === BigIntBitOp.or) z = x | y;
    else z = x ^ y;
    if (negR) {
      // magnitude = ~z + 1 (the result's two's complement negated)
      const d: i32 = (~z + carryR) | 0;
      if (d !== 0) carryR = 0;
      z = d;
    }
    H32[digitAddr(r, i) >> 2] = z;
  }
  handleScopeClose(scope);
  return bigIntNormalize(r);
}

// ---- BigInt.asIntN / asUintN -------------------------------------------------------------------------

/**
 * BigInt.asUintN(bits, a) when `signed` is false, else BigInt.asIntN(bits, a), for an integer
 * 0 <= bits <= 2^53 - 1. May GC; 0 (bigIntFailure tooBig) when the result would be too big.
 */
export function bigIntAsN(bits: f64, a: i32, signed: bool): i32 {
  if (bits === 0) return bigIntAllocate(0, false);
  const len: i32 = bigIntBitLength(a);
  const negative: bool = bigIntIsNegative(a);
  if (len === 0) return a;
  if (!negative && (signed ? bits > len : bits >= len)) return a;
  if (negative && signed && bits > len) return a; // |a| < 2^len <= 2^(bits-1)
  if (bits > BIGINT_MAX_BITS) return failTooBig();
  const k: i32 = bits | 0;
  const n: i32 = ((k + 31) >> 5) | 0;
  const topBits: i32 = k & 31;
  const topMask: i32 = topBits === 0 ? -1 : ((1 << topBits) - 1) | 0;
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const r: i32 = bigIntAllocate(n, false);
  const av: i32 = handleGet(hA);
  let borrow: i32 = 1;
  for (let i: i32 = 0; i < n; i++) {
    let d: i32 = twosDigit(av, i, negative, borrow);
    if (bigIntDigit(av, i) !== 0) borrow = 0;
    if (i === ((n - 1) | 0)) d = d & topMask;
    H32[digitAddr(r, i) >> 2] = d;
  }
  // asIntN: a set bit (bits - 1) means the value is r - 2^bits, i.e. -(2^bits - r).
  const signBit: i32 = (H32[digitAddr(r, (n - 1) | 0) >> 2] >>> (((k - 1) | 0) & 31)) & 1;
  if (signed && signBit !== 0) {
    H32[(r - 1 + BigIntLayout.sign) >> 2] = 1;
    let carry: i32 = 1;
    for (let i: i32 = 0; i < n; i++) {
      let d: i32 = (~H32[digitAddr(r, i) >> 2] + carry) | 0;
      if (d !== 0) carry = 0;
      if (i === ((n - 1) | 0)) d = d & topMask;
      H32[digitAddr(r, i) >> 2] = d;
    }
  }
  handleScopeClose(scope);
  return bigIntNormalize(r);
}

// ---- conversions to Number ---------------------------------------------------------------------------

/** Bit `i` of the magnitude. No GC. */
function bitAt(b: i32, i: i32): i32 {
  const w: i32 = i >> 5;
  if (w >= bigIntLength(b)) return 0;
  return (H32[digitAddr(b, w) >> 2] >>> (i & 31)) & 1;
}

/** The Number nearest to `b` (ties to even; ±Infinity past the largest double). No GC. */
export function bigIntToF64(b: i32): f64 {
  const bits: i32 = bigIntBitLength(b);
  const negative: bool = bigIntIsNegative(b);
  let m: f64 = 0;
  if (bits <= 53) {
    for (let i: i32 = (bigIntLength(b) - 1) | 0; i >= 0; i--) m = m * TWO32 + (H32[digitAddr(b, i) >> 2] >>> 0);
    return negative ? -m : m;
  }
  if (bits > 1024) return negative ? -Infinity : Infinity;
  for (let i: i32 = (bits - 1) | 0; i >= ((bits - 53) | 0); i--) m = m * 2 + bitAt(b, i);
  const round: i32 = (bits - 54) | 0;
  const half: i32 = bitAt(b, round);
  let sticky: bool = false;
  const w: i32 = round >> 5;
  for (let i: i32 = 0; i < w && !sticky; i++) if (H32[digitAddr(b, i) >> 2] !== 0) sticky = true;
  if ((round & 31) !== 0 && (H32[digitAddr(b, w) >> 2] & ((1 << (round & 31)) - 1)) !== 0) sticky = true;
  if (half === 1 && (sticky || m % 2 === 1)) m = m + 1;
  for (let e: i32 = (bits - 53) | 0; e > 0; e--) m = m * 2;
  return negative ? -m : m;
}

// ---- strings -------------------------------------------------------------------------------------------

function digitChar(d: i32): i32 {
  return d < 10 ? (48 + d) | 0 : (87 + d) | 0;
}

/** radix^k <= 2^21 for the largest k: the chunk of digits one short division produces. */
function chunkDigits(radix: i32): i32 {
  let k: i32 = 0;
  let p: i32 = 1;
  while (Math.imul(p, radix) <= 2097152) {
    p = Math.imul(p, radix);
    k = (k + 1) | 0;
  }
  return k;
}
function intPow(radix: i32, k: i32): i32 {
  let p: i32 = 1;
  for (let i: i32 = 0; i < k; i++) p = Math.imul(p, radix);
  return p;
}
/** floor(log2(radix)), at least 1. */
function floorLog2(radix: i32): i32 {
  return (31 - Math.clz32(radix)) | 0;
}

/** ToString(b) in `radix` (2..36), lower-case digits, '-' for negative values. May GC. */
export function bigIntToString(b: i32, radix: i32): i32 {
  const n: i32 = bigIntLength(b);
  if (n === 0) {
    const z: i32 = stringNewOneByte(1);
    seqSetChar(z, 0, 48);
    return z;
  }
  const negative: bool = bigIntIsNegative(b);
  const bits: i32 = bigIntBitLength(b);
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(b);
  const sign: i32 = negative ? 1 : 0;
  if ((radix & (radix - 1)) === 0) {
    // A power of two: each character is `per` bits.
    const per: i32 = floorLog2(radix);
    const count: i32 = (((bits + per - 1) | 0) / per) | 0;
    const s: i32 = stringNewOneByte((count + sign) | 0);
    const v: i32 = handleGet(hB);
    if (negative) seqSetChar(s, 0, 45);
    for (let c: i32 = 0; c < count; c++) {
      let d: i32 = 0;
      for (let j: i32 = (per - 1) | 0; j >= 0; j--) d = (d << 1) | bitAt(v, (Math.imul(c, per) + j) | 0);
      seqSetChar(s, (count + sign - 1 - c) | 0, digitChar(d));
    }
    handleScopeClose(scope);
    return s;
  }
  // Otherwise: divide a scratch copy by radix^k repeatedly; the characters come out backwards.
  const k: i32 = chunkDigits(radix);
  const divisor: f64 = intPow(radix, k);
  const maxChars: i32 = (((bits / floorLog2(radix)) | 0) + k + 1) | 0;
  const hT: i32 = handleNew(bigIntAllocate(n, false));
  const hBuf: i32 = handleNew(stringNewOneByte(maxChars));
  const t: i32 = handleGet(hT);
  const buf: i32 = handleGet(hBuf);
  memoryCopy(digitAddr(t, 0), digitAddr(handleGet(hB), 0), n << 2);
  let top: i32 = (n - 1) | 0;
  let produced: i32 = 0;
  while (top >= 0) {
    let rem: f64 = 0;
    for (let i: i32 = top; i >= 0; i--) {
      const cur: f64 = rem * TWO32 + (H32[digitAddr(t, i) >> 2] >>> 0);
      const q: f64 = Math.floor(cur / divisor);
      H32[digitAddr(t, i) >> 2] = q | 0;
      rem = cur - q * divisor;
    }
    while (top >= 0 && H32[digitAddr(t, top) >> 2] === 0) top = (top - 1) | 0;
    let r: i32 = rem | 0;
    for (let j: i32 = 0; j < k; j++) {
      if (top < 0 && r === 0) break;
      seqSetChar(buf, produced, digitChar((r % radix) | 0));
      r = (r / radix) | 0;
      produced = (produced + 1) | 0;
    }
  }
  const s: i32 = stringNewOneByte((produced + sign) | 0);
  const chars: i32 = handleGet(hBuf);
  if (negative) seqSetChar(s, 0, 45);
  for (let i: i32 = 0; i < produced; i++) seqSetChar(s, (sign + produced - 1 - i) | 0, stringGet(chars, i));
  handleScopeClose(scope);
  return s;
}

function isWhiteSpaceChar(c: i32): bool {
  return c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 32 || c === 160 || c === 5760 ||
    (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
/**
 * StringToBigInt (spec 7.1.14): surrounding white space, an optional sign for decimal, or a
 * 0x/0o/0b prefix (no sign); the empty string is 0n. Returns the BigInt, or 0 (not a tagged
 * value) when the string is no StringIntegerLiteral. May GC.
 */
export function stringToBigInt(str: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(stringFlatten(str));
  const s0: i32 = handleGet(hS);
  let from: i32 = 0;
  let to: i32 = stringLength(s0);
  while (from < to && isWhiteSpaceChar(stringGet(s0, from))) from = (from + 1) | 0;
  while (to > from && isWhiteSpaceChar(stringGet(s0, (to - 1) | 0))) to = (to - 1) | 0;
  let radix: i32 = 10;
  let negative: bool = false;
  if (from === to) {
    handleScopeClose(scope);
    return bigIntAllocate(0, false);
  }
  const c0: i32 = stringGet(s0, from);
  if (((to - from) | 0) > 2 && c0 === 48) {
    const c1: i32 = stringGet(s0, (from + 1) | 0) | 32;
    if (c1 === 120) radix = 16;
    else if (c1 === 111) radix = 8;
    else if (c1 === 98) radix = 2;
    if (radix !== 10) from = (from + 2) | 0;
  } else if (((to - from) | 0) === 2 && c0 === 48) {
    const c1: i32 = stringGet(s0, (from + 1) | 0) | 32;
    if (c1 === 120 || c1 === 111 || c1 === 98) {
      handleScopeClose(scope);
      return 0;
    }
  }
  if (radix === 10 && (c0 === 43 || c0 === 45)) {
    negative = c0 === 45;
    from = (from + 1) | 0;
  }
  if (from === to) {
    handleScopeClose(scope);
    return 0;
  }
  for (let i: i32 = from; i < to; i++) {
    if (digitValue(stringGet(s0, i)) >= radix) {
      handleScopeClose(scope);
      return 0;
    }
  }
  const r: i32 = bigIntFromDigits(hS, from, to, radix, negative);
  handleScopeClose(scope);
  return r;
}

/** The BigInt of the digits [from, to) of the flat string in handle hS (all valid in radix). May GC. */
function bigIntFromDigits(hS: i32, from: i32, to: i32, radix: i32, negative: bool): i32 {
  const count: i32 = (to - from) | 0;
  const bitsPerChar: i32 = (32 - Math.clz32((radix - 1) | 0)) | 0;
  const n: f64 = Math.floor((+count * bitsPerChar) / 32) + 1;
  if (n > BIGINT_MAX_DIGITS) return failTooBig();
  const r: i32 = bigIntAllocate(n | 0, negative);
  const s: i32 = handleGet(hS);
  const k: i32 = chunkDigits(radix);
  let used: i32 = 0;
  let i: i32 = from;
  while (i < to) {
    // r = r * radix^j + chunk, j <= k characters at a time.
    let chunk: i32 = 0;
    let mult: i32 = 1;
    for (let j: i32 = 0; j < k && i < to; j++) {
      chunk = (Math.imul(chunk, radix) + digitValue(stringGet(s, i))) | 0;
      mult = Math.imul(mult, radix);
      i = (i + 1) | 0;
    }
    let carry: f64 = chunk;
    for (let d: i32 = 0; d < used; d++) {
      const t: f64 = +(H32[digitAddr(r, d) >> 2] >>> 0) * mult + carry;
      carry = Math.floor(t / TWO32);
      H32[digitAddr(r, d) >> 2] = (t - carry * TWO32) | 0;
    }
    if (carry !== 0) {
      H32[digitAddr(r, used) >> 2] = carry | 0;
      used = (used + 1) | 0;
    }
  }
  return bigIntNormalize(r);
}

// ---- hashing -----------------------------------------------------------------------------------------

/** A hash for Map/Set keys: equal BigInts hash alike (a Smi-range value). No GC. */
export function bigIntHash(b: i32): i32 {
  let h: i32 = bigIntIsNegative(b) ? 0x5bd1e995 : 0x1b873593;
  const n: i32 = bigIntLength(b);
  for (let i: i32 = 0; i < n; i++) {
    h = Math.imul(h ^ H32[digitAddr(b, i) >> 2], 0x9e3779b1 | 0);
    h = h ^ (h >>> 15);
  }
  return h & 1073741823;
}
