// Math (ECMA-262 §21.3): every function converts its arguments with ToNumber and computes on f64.
// The functions the kernel-TS subset has as intrinsics (sqrt, floor, ceil, abs, trunc, fround,
// imul, clz32) are computed here; the transcendental ones go to the host (hostMathF64), which on
// Node is V8's own fdlibm port, so results match Node bit for bit.
import type { i32, f64, bool } from './types.ts';
import { hostMathF64, hostNowMs } from './host/host.ts';
import { exceptionSentinel } from './errors.ts';
import { arg, argToF64, convF64, numberResult, toF64 } from './builtins-util.ts';
import { isSmi, smiValue } from './memory.ts';

/** Operation numbers of hostMathF64 (runtime/host/node.ts MATH_OPS lists them in this order). */
export const HostMath = {
  acos: 0, acosh: 1, asin: 2, asinh: 3, atan: 4, atanh: 5, atan2: 6, cbrt: 7, cos: 8, cosh: 9, exp: 10, expm1: 11,
  log: 12, log1p: 13, log10: 14, log2: 15, pow: 16, sin: 17, sinh: 18, tan: 19, tanh: 20,
} as const;

/** One ToNumber'd argument through f, or the sentinel. */
function mathUnary(argv: i32, argc: i32, op: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  return numberResult(hostMathF64(op, convF64, 0));
}

export function mathAbs(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) {
    const n: i32 = smiValue(v);
    return numberResult(n < 0 ? (0 - n) | 0 : n);
  }
  if (!toF64(v)) return exceptionSentinel();
  return numberResult(Math.abs(convF64));
}
export function mathAcos(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.acos);
}
export function mathAcosh(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.acosh);
}
export function mathAsin(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.asin);
}
export function mathAsinh(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.asinh);
}
export function mathAtan(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.atan);
}
export function mathAtanh(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.atanh);
}
export function mathAtan2(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  const y: f64 = convF64;
  if (!argToF64(argv, argc, 1)) return exceptionSentinel();
  return numberResult(hostMathF64(HostMath.atan2, y, convF64));
}
export function mathCbrt(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.cbrt);
}
export function mathCeil(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) return v;
  if (!toF64(v)) return exceptionSentinel();
  return numberResult(Math.ceil(convF64));
}
export function mathClz32(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  return numberResult(Math.clz32(convF64 >>> 0));
}
export function mathCos(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.cos);
}
export function mathCosh(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.cosh);
}
export function mathExp(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.exp);
}
export function mathExpm1(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.expm1);
}
export function mathFloor(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) return v;
  if (!toF64(v)) return exceptionSentinel();
  return numberResult(Math.floor(convF64));
}
export function mathFround(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  return numberResult(Math.fround(convF64));
}
/** Math.hypot: every argument is converted first; an infinity wins over NaN. */
export function mathHypot(argv: i32, argc: i32): i32 {
  let max: f64 = 0;
  let sawNaN: i32 = 0;
  let sawInf: i32 = 0;
  for (let i: i32 = 0; i < argc; i++) {
    if (!argToF64(argv, argc, i)) return exceptionSentinel();
    const x: f64 = Math.abs(convF64);
    if (x !== x) sawNaN = 1;
    else if (x === 1 / 0) sawInf = 1;
    else if (x > max) max = x;
  }
  if (sawInf !== 0) return numberResult(1 / 0);
  if (sawNaN !== 0) return numberResult(0 / 0);
  if (max === 0) return numberResult(0);
  // Scaled sum with Kahan compensation (as V8 does) to avoid overflow and lost precision.
  let sum: f64 = 0;
  let compensation: f64 = 0;
  for (let i: i32 = 0; i < argc; i++) {
    if (!argToF64(argv, argc, i)) return exceptionSentinel();
    const r: f64 = Math.abs(convF64) / max;
    const summand: f64 = r * r - compensation;
    const preliminary: f64 = sum + summand;
    compensation = preliminary - sum - summand;
    sum = preliminary;
  }
  return numberResult(Math.sqrt(sum) * max);
}
export function mathImul(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  const a: i32 = convF64 | 0;
  if (!argToF64(argv, argc, 1)) return exceptionSentinel();
  return numberResult(Math.imul(a, convF64 | 0));
}
export function mathLog(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.log);
}
export function mathLog1p(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.log1p);
}
export function mathLog10(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.log10);
}
export function mathLog2(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.log2);
}
/** Math.max/min: all arguments converted; NaN wins; -0 < +0. */
function minMax(argv: i32, argc: i32, isMax: bool): i32 {
  let allSmi: bool = true;
  for (let i: i32 = 0; i < argc; i++) if (!isSmi(arg(argv, argc, i))) allSmi = false;
  if (allSmi && argc > 0) {
    let best: i32 = smiValue(arg(argv, argc, 0));
    for (let i: i32 = 1; i < argc; i++) {
      const n: i32 = smiValue(arg(argv, argc, i));
      if (isMax ? n > best : n < best) best = n;
    }
    return numberResult(best);
  }
  let result: f64 = isMax ? -1 / 0 : 1 / 0;
  for (let i: i32 = 0; i < argc; i++) {
    if (!argToF64(argv, argc, i)) return exceptionSentinel();
    const x: f64 = convF64;
    if (x !== x || result !== result) result = 0 / 0;
    else if (isMax ? x > result || (x === 0 && result === 0 && 1 / result < 0) : x < result || (x === 0 && result === 0 && 1 / x < 0)) result = x;
  }
  return numberResult(result);
}
export function mathMax(argv: i32, argc: i32): i32 {
  return minMax(argv, argc, true);
}
export function mathMin(argv: i32, argc: i32): i32 {
  return minMax(argv, argc, false);
}
export function mathPowBuiltin(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  const x: f64 = convF64;
  if (!argToF64(argv, argc, 1)) return exceptionSentinel();
  return numberResult(hostMathF64(HostMath.pow, x, convF64));
}

// xorshift128+ on four 32-bit words (state in module variables: not part of the VM's heap state).
let rs0: i32 = 0;
let rs1: i32 = 0;
let rs2: i32 = 0;
let rs3: i32 = 0;

function randomSeed(): void {
  const t: f64 = hostNowMs() * 1000;
  rs0 = (t | 0) ^ 0x6a09e667;
  rs1 = ((t / 4294967296) | 0) ^ -1150833019;
  rs2 = 0x3c6ef372;
  rs3 = -1521486534;
  for (let i: i32 = 0; i < 16; i++) randomNext();
}
/** Advances the generator; returns 52 random bits as a double in [0, 1). */
function randomNext(): f64 {
  // s1 = state0, s0 = state1 (64-bit halves as hi/lo pairs): state0 = s0; s1 ^= s1 << 23;
  // s1 ^= s1 >> 17; s1 ^= s0; s1 ^= s0 >> 26; state1 = s1.
  let s1hi: i32 = rs0;
  let s1lo: i32 = rs1;
  const s0hi: i32 = rs2;
  const s0lo: i32 = rs3;
  rs0 = s0hi;
  rs1 = s0lo;
  s1hi = s1hi ^ ((s1hi << 23) | (s1lo >>> 9));
  s1lo = s1lo ^ (s1lo << 23);
  s1lo = s1lo ^ ((s1lo >>> 17) | (s1hi << 15));
  s1hi = s1hi ^ (s1hi >>> 17);
  s1hi = s1hi ^ s0hi;
  s1lo = s1lo ^ s0lo;
  s1lo = s1lo ^ ((s0lo >>> 26) | (s0hi << 6));
  s1hi = s1hi ^ (s0hi >>> 26);
  rs2 = s1hi;
  rs3 = s1lo;
  // 52 bits from state0: 20 high bits of hi and 32 of lo.
  const hi: f64 = (rs0 >>> 12) >>> 0;
  const lo: f64 = rs1 >>> 0;
  return (hi * 4294967296 + lo) / 4503599627370496;
}
export function mathRandom(argv: i32, argc: i32): i32 {
  if (rs0 === 0 && rs1 === 0 && rs2 === 0 && rs3 === 0) randomSeed();
  if (argv < 0 || argc < 0) return exceptionSentinel();
  return numberResult(randomNext());
}
export function mathRound(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) return v;
  if (!toF64(v)) return exceptionSentinel();
  const x: f64 = convF64;
  if (x !== x || x === 1 / 0 || x === -1 / 0) return numberResult(x);
  if (x === 0) return numberResult(x);
  if (x > 0 && x < 0.5) return numberResult(0);
  if (x < 0 && x >= -0.5) return numberResult(-0);
  const f: f64 = Math.floor(x);
  return numberResult(x - f >= 0.5 ? f + 1 : f);
}
export function mathSign(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  const x: f64 = convF64;
  if (x !== x || x === 0) return numberResult(x);
  return numberResult(x > 0 ? 1 : -1);
}
export function mathSin(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.sin);
}
export function mathSinh(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.sinh);
}
export function mathSqrt(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  return numberResult(Math.sqrt(convF64));
}
export function mathTan(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.tan);
}
export function mathTanh(argv: i32, argc: i32): i32 {
  return mathUnary(argv, argc, HostMath.tanh);
}
export function mathTrunc(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) return v;
  if (!toF64(v)) return exceptionSentinel();
  return numberResult(Math.trunc(convF64));
}
