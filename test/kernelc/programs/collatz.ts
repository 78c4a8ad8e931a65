// Collatz sequences with u32 arithmetic (values exceed 2^31), unsigned compares and >>> 0.
import type { i32, u32 } from '../../../runtime/types.ts';
import { init, printI32, newline } from './lib/print.ts';

function steps(start: u32): i32 {
  let n: u32 = start;
  let k: i32 = 0;
  while (n !== 1) {
    n = (n & 1) !== 0 ? (Math.imul(n, 3) + 1) >>> 0 : n >>> 1;
    k = (k + 1) | 0;
  }
  return k;
}

export function main(): i32 {
  init(65536);
  let best: i32 = 0;
  let bestStart: u32 = 1;
  for (let s: u32 = 1; s < 300000; s = (s + 1) >>> 0) {
    const k: i32 = steps(s);
    if (k > best) { best = k; bestStart = s; }
  }
  printI32(best); printI32(bestStart | 0);
  const big: u32 = 3000000001;
  printI32(big > 2147483647 ? 1 : 0); printI32((big >>> 0) > (5 >>> 0) ? 1 : 0); printI32(steps(27)); newline();
  return best & 255;
}
