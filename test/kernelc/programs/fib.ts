// Recursion: naive Fibonacci, printed for n = 0..24.
import type { i32 } from '../../../runtime/types.ts';
import { hostWriteI32, hostWriteLit } from '../../../runtime/host/host.ts';

function fib(n: i32): i32 {
  if (n < 2) return n;
  return (fib((n - 1) | 0) + fib((n - 2) | 0)) | 0;
}

export function main(): i32 {
  for (let i: i32 = 0; i < 25; i++) {
    hostWriteI32(1, fib(i));
    if (i === 24) hostWriteLit(1, '\n');
    else hostWriteLit(1, ' ');
  }
  return fib(10) & 255;
}
