// Recursion: Ackermann, mutual recursion, gcd, and a recursive f64 function.
import type { i32, f64, bool } from '../../../runtime/types.ts';
import { init, printI32, printF64, printBool, newline } from './lib/print.ts';

function ack(m: i32, n: i32): i32 {
  if (m === 0) return (n + 1) | 0;
  if (n === 0) return ack((m - 1) | 0, 1);
  return ack((m - 1) | 0, ack(m, (n - 1) | 0));
}
function isEven(n: i32): bool { return n === 0 ? true : isOdd((n - 1) | 0); }
function isOdd(n: i32): bool { return n === 0 ? false : isEven((n - 1) | 0); }
function gcd(a: i32, b: i32): i32 { return b === 0 ? a : gcd(b, (a % b) | 0); }
function power(x: f64, n: i32): f64 {
  if (n === 0) return 1;
  const half: f64 = power(x, n >> 1);
  return (n & 1) !== 0 ? half * half * x : half * half;
}
function sumArgs(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, x: f64, y: f64): f64 {
  return ((a + b + c + d + e + f) | 0) + x * y;
}

export function main(): i32 {
  init(65536);
  printI32(ack(2, 3)); printI32(ack(3, 3)); printBool(isEven(100)); printBool(isOdd(77)); printBool(isEven(7));
  printI32(gcd(1071, 462)); printI32(gcd(-48, 18)); printF64(power(1.5, 10), 4); printF64(power(2, 40), 0);
  printF64(sumArgs(1, 2, 3, 4, 5, 6, 0.5, 3), 2); newline();
  return ack(2, 2);
}
