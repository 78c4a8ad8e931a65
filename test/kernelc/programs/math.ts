// Math intrinsics on f64: sqrt, floor, ceil, trunc, abs, min, max, and f64 printing.
import type { i32, f64 } from '../../../runtime/types.ts';
import { init, printF64, printI32, newline } from './lib/print.ts';

export function main(): i32 {
  init(65536);
  let x: f64 = -3.75;
  for (let i: i32 = 0; i < 12; i++) {
    printF64(Math.floor(x), 0); printF64(Math.ceil(x), 0); printF64(Math.trunc(x), 0); printF64(Math.abs(x), 2);
    printF64(Math.sqrt(Math.abs(x)), 5); printI32(Math.floor(x) | 0);
    newline();
    x = x + 0.625;
  }
  let s: f64 = 0;
  for (let i: i32 = 1; i <= 1000; i++) s = s + 1 / (+i * i);
  printF64(Math.sqrt(s * 6), 6); printF64(s, 6);
  printF64(Math.max(Math.sqrt(2), 1.41), 4); printF64(Math.min(-0.5, Math.floor(-0.5)), 1);
  newline();
  printF64(Math.sqrt(-1), 2); printF64(1 / 0, 2); printF64(-1 / 0, 3); printF64(-0.0001, 2); printF64(0.5, 0); printF64(2.5, 0); printF64(-1.5, 0);
  newline();
  return Math.floor(Math.sqrt(1000)) | 0;
}
