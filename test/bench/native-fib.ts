// Benchmark: recursive calls (fib 35).
import type { i32 } from '../../runtime/types.ts';
import { hostMemoryReserve, hostWriteI32, hostWriteLit } from '../../runtime/host/host.ts';

function fib(n: i32): i32 {
  return n < 2 ? n : (fib((n - 1) | 0) + fib((n - 2) | 0)) | 0;
}

export function main(): i32 {
  hostMemoryReserve(65536);
  hostWriteI32(1, fib(35));
  hostWriteLit(1, '\n');
  return 0;
}
