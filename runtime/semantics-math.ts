// Number::exponentiate (spec 6.1.6.1.3) for the ** operator.
//
// Kernel TS has no Math.pow intrinsic, and V8's pow is neither correctly rounded nor plain fdlibm
// (a correctly rounded double-double pow and a port of fdlibm's e_pow.c each differed from Node in
// the last bit on 5-10% of random operand pairs). So the finite, non-trivial cases go to the host's
// pow (hostMathF64 HostMath.pow: Math.pow on Node, the C library natively), the same function
// Math.pow uses, and the spec's special cases are decided here so that every host agrees with
// the spec where C's pow does not (±1 ** ±Infinity is NaN in JavaScript, 1 in C).
import type { f64, bool } from './types.ts';
import { hostMathF64 } from './host/host.ts';
import { HostMath } from './builtins-math.ts';

/** True for an f64 that is an odd integer. No GC. */
export function isOddInteger(y: f64): bool {
  if (Math.floor(y) !== y || Math.abs(y) >= 9007199254740992) return false;
  const half: f64 = y / 2;
  return Math.floor(half) !== half;
}

/** x ** y (spec Number::exponentiate). No GC. */
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
    if (1 / x < 0 && isOddInteger(y)) return y > 0 ? -0 : -Infinity;
    return y > 0 ? 0 : Infinity;
  }
  if (x < 0 && Math.floor(y) !== y) return NaN;
  if (y === 2) return x * x;
  return hostMathF64(HostMath.pow, x, y);
}
