// Arbitrary-precision natural numbers for exact number <-> string conversion. A bignum lives at a
// fixed scratch address in the GC worklist region (unused outside collections; conversions finish
// their bignum work before they allocate the result string):
//
//   +0  limb count n
//   +4  limb 0 (least significant, 32 bits) ... limb n-1
//
// Limbs are u32 values stored in H32 words; arithmetic on them goes through f64, which is exact
// for products of a limb and a factor below 2^21.
import type { i32, f64, bool } from './types.ts';
import { H32, hostFatal } from './host/host.ts';
import { worklistStart } from './memory.ts';

/** Limbs per bignum: 2^(32 * 180) covers 10^1100 times 2^1100 with room to spare. */
export const BIGNUM_LIMBS: i32 = 180;
const BIGNUM_BYTES: i32 = 724;
const TWO32: f64 = 4294967296;

/** The address of scratch bignum number `index` (0..7). */
export function bignumAt(index: i32): i32 {
  return (worklistStart + 65536 + Math.imul(index, BIGNUM_BYTES)) | 0;
}
function limb(b: i32, i: i32): f64 {
  return H32[(b + 4 + (i << 2)) >> 2] >>> 0;
}
function setLimb(b: i32, i: i32, v: f64): void {
  H32[(b + 4 + (i << 2)) >> 2] = v | 0;
}
function count(b: i32): i32 {
  return H32[b >> 2];
}
function setCount(b: i32, n: i32): void {
  if (n > BIGNUM_LIMBS) hostFatal('bignum overflow');
  H32[b >> 2] = n;
}
function trim(b: i32): void {
  let n: i32 = count(b);
  while (n > 0 && H32[(b + (n << 2)) >> 2] === 0) n = (n - 1) | 0;
  H32[b >> 2] = n;
}

/** b = v for an integer 0 <= v < 2^53. */
export function bignumSetF64(b: i32, v: f64): void {
  const hi: f64 = Math.floor(v / TWO32);
  setLimb(b, 0, v - hi * TWO32);
  setLimb(b, 1, hi);
  setCount(b, 2);
  trim(b);
}
export function bignumCopy(dst: i32, src: i32): void {
  const n: i32 = count(src);
  for (let i: i32 = 0; i <= n; i++) H32[(dst + (i << 2)) >> 2] = H32[(src + (i << 2)) >> 2];
}
export function bignumIsZero(b: i32): bool {
  return count(b) === 0;
}

/** b = b * m + add, for 0 <= m, add < 2^20. */
export function bignumMulAddSmall(b: i32, m: i32, add: i32): void {
  const n: i32 = count(b);
  let carry: f64 = add;
  for (let i: i32 = 0; i < n; i++) {
    const t: f64 = limb(b, i) * m + carry;
    carry = Math.floor(t / TWO32);
    setLimb(b, i, t - carry * TWO32);
  }
  if (carry > 0) {
    setCount(b, (n + 1) | 0);
    setLimb(b, n, carry);
  }
}

/** b = b * 10^k (k >= 0). */
export function bignumMulPow10(b: i32, k: i32): void {
  let e: i32 = k;
  while (e >= 6) {
    bignumMulAddSmall(b, 1000000, 0);
    e = (e - 6) | 0;
  }
  let m: i32 = 1;
  while (e > 0) {
    m = Math.imul(m, 10);
    e = (e - 1) | 0;
  }
  if (m !== 1) bignumMulAddSmall(b, m, 0);
}

/** b = b * 2^k (k >= 0). */
export function bignumShiftLeft(b: i32, k: i32): void {
  if (count(b) === 0) return;
  const words: i32 = k >> 5;
  const bits: i32 = k & 31;
  const n: i32 = count(b);
  setCount(b, (n + words + 1) | 0);
  for (let i: i32 = (n + words) | 0; i >= 0; i--) {
    const src: i32 = (i - words) | 0;
    let v: i32 = 0;
    if (src >= 0 && src < n) v = H32[(b + 4 + (src << 2)) >> 2] << bits;
    if (bits !== 0 && src >= 1 && src <= n) v = v | (H32[(b + ((src - 1) << 2) + 4) >> 2] >>> (32 - bits));
    H32[(b + 4 + (i << 2)) >> 2] = v;
  }
  trim(b);
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function bignumCompare(a: i32, b: i32): i32 {
  const na: i32 = count(a);
  const nb: i32 = count(b);
  if (na !== nb) return na < nb ? -1 : 1;
  for (let i: i32 = (na - 1) | 0; i >= 0; i--) {
    const x: f64 = limb(a, i);
    const y: f64 = limb(b, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** a = a + b. */
export function bignumAdd(a: i32, b: i32): void {
  const na: i32 = count(a);
  const nb: i32 = count(b);
  const n: i32 = na > nb ? na : nb;
  let carry: f64 = 0;
  for (let i: i32 = 0; i < n; i++) {
    const t: f64 = (i < na ? limb(a, i) : 0) + (i < nb ? limb(b, i) : 0) + carry;
    carry = t >= TWO32 ? 1 : 0;
    setLimb(a, i, t - carry * TWO32);
  }
  setCount(a, n);
  if (carry > 0) {
    setCount(a, (n + 1) | 0);
    setLimb(a, n, 1);
  }
}

/** a = a - b (a >= b). */
export function bignumSub(a: i32, b: i32): void {
  const na: i32 = count(a);
  const nb: i32 = count(b);
  let borrow: f64 = 0;
  for (let i: i32 = 0; i < na; i++) {
    let t: f64 = limb(a, i) - (i < nb ? limb(b, i) : 0) - borrow;
    borrow = 0;
    if (t < 0) {
      t += TWO32;
      borrow = 1;
    }
    setLimb(a, i, t);
  }
  trim(a);
}

/** -1, 0 or 1 comparing a + b with c. */
export function bignumComparePlus(a: i32, b: i32, c: i32, scratch: i32): i32 {
  bignumCopy(scratch, a);
  bignumAdd(scratch, b);
  return bignumCompare(scratch, c);
}

/** Number of significant bits. */
export function bignumBitLength(b: i32): i32 {
  const n: i32 = count(b);
  if (n === 0) return 0;
  return ((n << 5) - Math.clz32(H32[(b + (n << 2)) >> 2])) | 0;
}

/** Bit `i` (0 = least significant). */
export function bignumBit(b: i32, i: i32): i32 {
  const w: i32 = i >> 5;
  if (w >= count(b)) return 0;
  return (H32[(b + 4 + (w << 2)) >> 2] >>> (i & 31)) & 1;
}

/** The double nearest to b (ties to even); Infinity when too large. */
export function bignumToDouble(b: i32): f64 {
  const bits: i32 = bignumBitLength(b);
  if (bits <= 53) {
    let v: f64 = 0;
    for (let i: i32 = (count(b) - 1) | 0; i >= 0; i--) v = v * TWO32 + limb(b, i);
    return v;
  }
  // Take the top 53 bits, then round with the next bit and a sticky bit.
  let m: f64 = 0;
  for (let i: i32 = (bits - 1) | 0; i >= ((bits - 53) | 0); i--) m = m * 2 + bignumBit(b, i);
  const half: i32 = bignumBit(b, (bits - 54) | 0);
  let sticky: i32 = 0;
  for (let i: i32 = (bits - 55) | 0; i >= 0 && sticky === 0; i--) sticky = bignumBit(b, i);
  if (half === 1 && (sticky === 1 || m % 2 === 1)) m = m + 1;
  let e: i32 = (bits - 53) | 0;
  while (e > 0 && m !== Infinity) {
    m = m * 2;
    e = (e - 1) | 0;
  }
  return m;
}
