// NaN and -0 in comparisons, Math.min/max with NaN and signed zeros, equality of f64 and int.
import type { i32, f64, bool } from '../../../runtime/types.ts';
import { init, printBool, printF64, newline } from './lib/print.ts';

function isNegative(x: f64): bool { return 1 / x < 0; }

export function main(): i32 {
  init(65536);
  const nan: f64 = 0 / 0;
  const negZero: f64 = -0;
  const zero: f64 = 0;
  printBool(nan === nan); printBool(nan !== nan); printBool(nan < 1); printBool(nan > 1); printBool(nan <= nan); printBool(nan >= 0);
  printBool(!(nan < 1)); printBool(negZero === zero); printBool(negZero < zero); printBool(isNegative(negZero)); printBool(isNegative(zero)); newline();
  printBool(isNegative(Math.min(zero, negZero))); printBool(isNegative(Math.min(negZero, zero))); printBool(isNegative(Math.max(negZero, zero)));
  printBool(isNegative(Math.max(negZero, negZero))); printBool(Math.min(1, nan) !== Math.min(1, nan)); printBool(Math.max(nan, 1) !== Math.max(nan, 1));
  printF64(Math.min(3.5, -2.25), 2); printF64(Math.max(3.5, -2.25), 2); printF64(Math.min(1, 2, -3), 1); newline();
  let count: i32 = 0;
  for (let i: i32 = -3; i <= 3; i++) {
    const x: f64 = +i / 2;
    if (x === (x | 0)) count = (count + 1) | 0;
    printBool(x < 0.5); printBool(x >= -1);
  }
  newline();
  printBool(-0 === 0); printBool(isNegative(-zero)); printBool(isNegative(0 * -1)); printBool(1 / 0 > 1e308); printBool(-1 / 0 < -1e308); newline();
  return count;
}
