// Sieve of Eratosthenes over a byte array in the heap: primes below 2,000,000.
import type { i32 } from '../../../runtime/types.ts';
import { H8 } from '../../../runtime/host/host.ts';
import { init, printI32, newline } from './lib/print.ts';

const N: i32 = 2000000;
const BASE: i32 = 4096;

export function main(): i32 {
  init(4 << 20);
  for (let i: i32 = 2; i < N; i++) H8[(BASE + i) | 0] = 1;
  for (let p: i32 = 2; Math.imul(p, p) < N; p++) {
    if (H8[(BASE + p) | 0] === 0) continue;
    for (let m: i32 = Math.imul(p, p); m < N; m = (m + p) | 0) H8[(BASE + m) | 0] = 0;
  }
  let count: i32 = 0;
  let last: i32 = 0;
  let sum: i32 = 0;
  for (let i: i32 = 2; i < N; i++) {
    if (H8[(BASE + i) | 0] !== 0) { count = (count + 1) | 0; last = i; sum = (sum + i) | 0; }
  }
  printI32(count); printI32(last); printI32(sum); newline();
  return count & 255;
}
