// f64 remainder (JS %): sign of the dividend, exact results for huge quotients, NaN and infinity
// cases, -0 (also for integers converted with +: NaN for a zero divisor, -0 for a negative dividend).
import type { i32, f64, bool } from '../../../runtime/types.ts';
import { init, printF64, printBool, newline } from './lib/print.ts';

function isNegativeZero(x: f64): bool { return x === 0 && 1 / x < 0; }

export function main(): i32 {
  init(65536);
  printF64(5.5 % 2, 2); printF64(-5.5 % 2, 2); printF64(5.5 % -2, 2); printF64(-5.5 % -2, 2); printF64(7 % 2.5, 3); newline();
  printF64(1e300 % 7, 6); printF64(1e22 % 3.3, 6); printF64(12345678.9 % 0.1, 6); printF64(0.3 % 0.1, 6); printF64(1152921504606846976 % 1e-5, 9); newline();
  printF64(5 % 0.0, 1); printF64(Infinity % 2, 1); printF64(4.25 % Infinity, 2); printF64(-4.25 % -Infinity, 2); printF64(NaN % 1, 1); newline();
  printBool(isNegativeZero(-4 % 2)); printBool(isNegativeZero(-0 % 5)); printBool(isNegativeZero(4 % -2)); newline();
  let x: f64 = 1;
  let acc: f64 = 0;
  for (let i: i32 = 0; i < 200; i++) {
    x = x * 1.37 + 0.1;
    acc = acc + (x % 17.25) + (-x % 3.5);
  }
  printF64(acc, 6);
  const a: i32 = -7;
  const b: i32 = 0;
  const m: f64 = +a % 3;
  const n: f64 = +a % b;
  printF64(m, 1); printBool(n !== n); printBool(isNegativeZero(+a % 7)); newline();
  return 0;
}
