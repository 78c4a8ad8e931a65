// Shifts: counts masked to 5 bits (including negative and >= 32), arithmetic vs logical.
import type { i32, u32 } from '../../../runtime/types.ts';
import { init, printI32, newline } from './lib/print.ts';

function shl(a: i32, n: i32): i32 { return a << n; }
function sar(a: i32, n: i32): i32 { return a >> n; }
function shr(a: i32, n: i32): u32 { return a >>> n; }

export function main(): i32 {
  init(65536);
  const counts: i32 = 8;
  for (let k: i32 = 0; k < counts; k++) {
    const n: i32 = k === 0 ? 0 : k === 1 ? 1 : k === 2 ? 31 : k === 3 ? 32 : k === 4 ? 33 : k === 5 ? -1 : k === 6 ? 63 : -31;
    printI32(shl(1, n)); printI32(shl(-5, n)); printI32(sar(-2147483648, n)); printI32(sar(12345, n));
    printI32(shr(-1, n) | 0); printI32(shr(-2147483648, n) | 0); newline();
  }
  const big: u32 = shr(-1, 0);
  printI32((big >>> 31) | 0); printI32(((big >>> 1) + 1) | 0); printI32((1 << 31) >> 31); printI32(0x80000000 >> 4); newline();
  return shr(-1, 28) | 0;
}
