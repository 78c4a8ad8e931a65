// Number::exponentiate (spec 6.1.6.1.3) for the ** operator and Math.pow. Kernel TS has no
// Math.pow intrinsic; V8 computes pow with fdlibm's algorithm (base/ieee754.cc), so this file
// follows the same definition of the special cases; finite results use exact repeated squaring
// for integer exponents whose result is exact and a log/exp evaluation otherwise.
import type { i32, f64, bool } from './types.ts';

function isOddInteger(y: f64): bool {
  if (Math.floor(y) !== y) return false;
  if (Math.abs(y) >= 9007199254740992) return false;
  const half: f64 = y / 2;
  return Math.floor(half) !== half;
}

/** x ** y. No GC. */
export function mathPow(x: f64, y: f64): f64 {
  if (y !== y) return NaN;
  if (y === 0) return 1;
  if (x !== x) return NaN;
  const ax: f64 = Math.abs(x);
  if (y === Infinity) {
    if (ax === 1) return NaN;
    return ax > 1 ? Infinity : 0;
  }
  if (y === -Infinity) {
    if (ax === 1) return NaN;
    return ax > 1 ? 0 : Infinity;
  }
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (x === -Infinity) {
    if (isOddInteger(y)) return y > 0 ? -Infinity : -0;
    return y > 0 ? Infinity : 0;
  }
  if (x === 0) {
    const negativeZero: bool = 1 / x < 0;
    if (negativeZero && isOddInteger(y)) return y > 0 ? -0 : -Infinity;
    return y > 0 ? 0 : Infinity;
  }
  if (x < 0 && Math.floor(y) !== y) return NaN;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  if (Math.floor(y) === y && Math.abs(y) <= 2147483647) return integerPow(x, y);
  return powGeneral(x, y);
}

/** x ** n for an integer n by binary powering (exact whenever every partial product is). */
function integerPow(x: f64, n: f64): f64 {
  let e: i32 = Math.abs(n) | 0;
  let base: f64 = x;
  let result: f64 = 1;
  while (e !== 0) {
    if ((e & 1) !== 0) result = result * base;
    e = e >>> 1;
    if (e !== 0) base = base * base;
  }
  if (n < 0) return 1 / result;
  return result;
}

const LN2: f64 = 0.6931471805599453;

/** ln(x) for finite x > 0 (argument reduction to [sqrt(1/2), sqrt(2)), atanh series). */
function logPositive(x: f64): f64 {
  let m: f64 = x;
  let k: i32 = 0;
  while (m > 1.4142135623730951) {
    m = m / 2;
    k = (k + 1) | 0;
  }
  while (m < 0.7071067811865476) {
    m = m * 2;
    k = (k - 1) | 0;
  }
  const s: f64 = (m - 1) / (m + 1);
  const s2: f64 = s * s;
  let term: f64 = s;
  let sum: f64 = 0;
  for (let i: i32 = 1; i < 60; i = (i + 2) | 0) {
    sum = sum + term / i;
    term = term * s2;
  }
  return 2 * sum + k * LN2;
}

/** e^t (argument reduction by ln 2, Taylor series). */
function expF(t: f64): f64 {
  if (t > 709.8) return Infinity;
  if (t < -745.2) return 0;
  const k: f64 = Math.floor(t / LN2 + 0.5);
  const r: f64 = t - k * LN2;
  let term: f64 = 1;
  let sum: f64 = 1;
  for (let i: i32 = 1; i < 30; i++) {
    term = (term * r) / i;
    sum = sum + term;
  }
  let scale: f64 = 1;
  let kk: i32 = k | 0;
  while (kk > 0) {
    scale = scale * 2;
    kk = (kk - 1) | 0;
  }
  while (kk < 0) {
    scale = scale / 2;
    kk = (kk + 1) | 0;
  }
  return sum * scale;
}

function powGeneral(x: f64, y: f64): f64 {
  const negative: bool = x < 0 && isOddInteger(y);
  const r: f64 = expF(y * logPositive(Math.abs(x)));
  return negative ? -r : r;
}
