// Loops: while, do-while, for, nested loops with labelled break and continue.
import type { i32 } from '../../../runtime/types.ts';
import { init, printI32, newline } from './lib/print.ts';

export function main(): i32 {
  init(65536);
  let sum: i32 = 0;
  let i: i32 = 0;
  while (i < 1000) { sum = (sum + i) | 0; i++; }
  printI32(sum);
  let n: i32 = 0;
  do { n = (n + 3) | 0; } while (n < 100);
  printI32(n);
  do { n = (n - 1) | 0; } while (false);
  printI32(n);
  let pairs: i32 = 0;
  outer: for (let a: i32 = 0; a < 50; a++) {
    for (let b: i32 = 0; b < 50; b++) {
      if (b > a) continue outer;
      if (Math.imul(a, b) > 1000) break outer;
      if (((a + b) & 3) === 0) continue;
      pairs = (pairs + 1) | 0;
    }
  }
  printI32(pairs);
  let primes: i32 = 0;
  search: for (let p: i32 = 2; p < 200; p++) {
    for (let d: i32 = 2; Math.imul(d, d) <= p; d++) if (((p % d) | 0) === 0) continue search;
    primes = (primes + 1) | 0;
  }
  printI32(primes);
  let steps: i32 = 0;
  for (;;) { steps = (steps + 1) | 0; if (steps >= 17) break; }
  printI32(steps);
  block: {
    if (steps === 17) break block;
    printI32(-1);
  }
  let k: i32 = 10;
  while (true) { k = (k - 1) | 0; if (k === 0) break; }
  printI32(k);
  newline();
  return pairs & 255;
}
