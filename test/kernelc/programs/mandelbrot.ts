// Mandelbrot set: f64 arithmetic in a tight loop, rendered as ASCII and summarized.
import type { i32, f64 } from '../../../runtime/types.ts';
import { H8, hostWriteBytes } from '../../../runtime/host/host.ts';
import { init, printI32, newline } from './lib/print.ts';

const WIDTH: i32 = 78;
const HEIGHT: i32 = 36;
const MAX_ITER: i32 = 200;

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
  init(65536);
  let total: i32 = 0;
  let inside: i32 = 0;
  const row: i32 = 1024;
  for (let y: i32 = 0; y < HEIGHT; y++) {
    for (let x: i32 = 0; x < WIDTH; x++) {
      const cr: f64 = -2.2 + (x * 3.0) / WIDTH;
      const ci: f64 = -1.2 + (y * 2.4) / HEIGHT;
      const n: i32 = iterations(cr, ci);
      total = (total + n) | 0;
      if (n === MAX_ITER) inside = (inside + 1) | 0;
      H8[(row + x) | 0] = n === MAX_ITER ? 35 : n > 20 ? 43 : n > 8 ? 46 : 32;
    }
    H8[(row + WIDTH) | 0] = 10;
    hostWriteBytes(1, row, (WIDTH + 1) | 0);
  }
  printI32(total); printI32(inside); newline();
  return inside & 255;
}
