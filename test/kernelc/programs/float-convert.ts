// f64 <-> i32 conversions with JS semantics: ToInt32 (truncate, wrap mod 2^32, NaN/Inf -> 0),
// ToUint32 via >>> 0, and i32 / u32 -> f64.
import type { i32, u32, f64 } from '../../../runtime/types.ts';
import { init, printI32, printF64, newline } from './lib/print.ts';

function toInt(x: f64): i32 { return x | 0; }
function toUint(x: f64): u32 { return x >>> 0; }

export function main(): i32 {
  init(65536);
  let x: f64 = 0.5;
  for (let i: i32 = 0; i < 80; i++) {
    printI32(toInt(x)); printI32(toInt(-x)); printI32(toUint(x) | 0);
    x = x * 3.7 + 0.25;
    if ((i & 7) === 7) newline();
  }
  newline();
  printI32(toInt(0 / 0)); printI32(toInt(1 / 0)); printI32(toInt(-1 / 0)); printI32(toInt(2147483648)); printI32(toInt(-2147483649));
  printI32(toInt(4294967296.75)); printI32(toInt(9007199254740993)); printI32(toInt(1e300)); printI32(toInt(-1.9e19)); printI32(toInt(-0.99)); newline();
  const u: u32 = 4000000000;
  const s: i32 = -5;
  printF64(u, 0); printF64(s, 1); printF64(+u + s, 0); printF64(+u * 2, 0); printF64(+s / 2, 2); printF64(+u / 3, 3); newline();
  printI32((u + 1) | 0); printI32(toInt(u)); printI32((+u * 2) | 0); printI32((s * 1.5) | 0); newline();
  return toInt(-3.99) & 255;
}
