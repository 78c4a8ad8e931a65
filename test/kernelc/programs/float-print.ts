// hostWriteF64 (toFixed) at decimal ties and near-ties, where the double product |x| * 10^d
// rounds across the tie: the native host must decide on the exact value, as Node does.
import type { i32, f64 } from '../../../runtime/types.ts';
import { init, printF64, newline } from './lib/print.ts';

export function main(): i32 {
  init(65536);
  printF64(1.005, 2); printF64(0.125, 2); printF64(2.675, 2); printF64(1.45, 1); printF64(8.345, 2); printF64(0.5, 0);
  printF64(1.5, 0); printF64(2.5, 0); printF64(-2.5, 0); printF64(1.0000005, 6); printF64(0.0000005, 6); printF64(123.4565, 3);
  newline();
  let x: f64 = 0.001;
  for (let i: i32 = 0; i < 400; i++) {
    printF64(x, (i % 7) | 0);
    x = x * 1.0137 + 0.0005;
    if (((i % 10) | 0) === 9) newline();
  }
  let y: f64 = 0;
  for (let i: i32 = 0; i < 200; i++) {
    y = y + 0.005;
    printF64(y, 2);
  }
  newline();
  return 0;
}
