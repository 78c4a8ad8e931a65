// Division and remainder with negatives, zero divisors, MIN / -1, and unsigned operands.
import type { i32, u32 } from '../../../runtime/types.ts';
import { init, printI32, newline } from './lib/print.ts';

function div(a: i32, b: i32): i32 { return (a / b) | 0; }
function rem(a: i32, b: i32): i32 { return (a % b) | 0; }
function divU(a: u32, b: u32): u32 { return (a / b) >>> 0; }
function remU(a: u32, b: u32): u32 { return (a % b) >>> 0; }

export function main(): i32 {
  init(65536);
  const values: i32 = 9;
  for (let i: i32 = 0; i < values; i++) {
    const a: i32 = i === 0 ? 7 : i === 1 ? -7 : i === 2 ? 2147483647 : i === 3 ? -2147483648 : i === 4 ? 0 : i === 5 ? 1 : i === 6 ? -1 : i === 7 ? 100 : -100;
    for (let j: i32 = 0; j < values; j++) {
      const b: i32 = j === 0 ? 7 : j === 1 ? -7 : j === 2 ? 2147483647 : j === 3 ? -2147483648 : j === 4 ? 0 : j === 5 ? 1 : j === 6 ? -1 : j === 7 ? 3 : -3;
      printI32(div(a, b)); printI32(rem(a, b));
    }
    newline();
  }
  printI32(divU(4294967295, 2) | 0); printI32(remU(4294967295, 10) | 0); printI32(divU(5, 0) | 0); printI32(remU(3000000000, 7) | 0);
  const m: u32 = 3000000000;
  const n: i32 = -3;
  printI32((m / n) | 0); printI32((m % n) | 0); printI32((n % 2) | 0); newline();
  return div(-9, 2) & 255;
}
