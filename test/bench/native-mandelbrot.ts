// Benchmark: f64 arithmetic in a tight loop (a 1000 x 1000 Mandelbrot set, 500 iterations).
import type { i32, f64 } from '../../runtime/types.ts';
import { hostMemoryReserve, hostWriteI32, hostWriteLit } from '../../runtime/host/host.ts';

const SIZE: i32 = 1000;
const MAX_ITER: i32 = 500;

function iterations(cr: f64, ci: f64): i32 {
  let zr: f64 = 0;
  let zi: f64 = 0;
  let n: i32 = 0;
  while (n < MAX_ITER) {
    const zr2: f64 = zr * zr;
    const zi2: f64 = zi * zi;
    if (zr2 + zi2 > 4) break;
    zi = 2 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
    n = (n + 1) | 0;
  }
  return n;
}

export function main(): i32 {
  hostMemoryReserve(65536);
  let total: i32 = 0;
  for (let y: i32 = 0; y < SIZE; y++) {
    const ci: f64 = -1.5 + (3 * +y) / SIZE;
    for (let x: i32 = 0; x < SIZE; x++) {
      total = (total + iterations(-2 + (3 * +x) / SIZE, ci)) | 0;
    }
  }
  hostWriteI32(1, total);
  hostWriteLit(1, '\n');
  return 0;
}
