// Benchmark: byte-array memory traffic (sieve of Eratosthenes below 50,000,000, three times).
import type { i32 } from '../../runtime/types.ts';
import { H8, hostMemoryReserve, hostWriteI32, hostWriteLit } from '../../runtime/host/host.ts';

const N: i32 = 50000000;

function sieve(): i32 {
  for (let i: i32 = 2; i < N; i++) H8[i] = 1;
  for (let p: i32 = 2; Math.imul(p, p) < N; p++) {
    if (H8[p] === 0) continue;
    for (let m: i32 = Math.imul(p, p); m < N; m = (m + p) | 0) H8[m] = 0;
  }
  let count: i32 = 0;
  for (let i: i32 = 2; i < N; i++) count = (count + H8[i]) | 0;
  return count;
}

export function main(): i32 {
  hostMemoryReserve(N + 64);
  let count: i32 = 0;
  for (let r: i32 = 0; r < 3; r++) count = sieve();
  hostWriteI32(1, count);
  hostWriteLit(1, '\n');
  return 0;
}
