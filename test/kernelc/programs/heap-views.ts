// The four heap views alias one little-endian buffer: byte order, truncation on store (H8, H16),
// signedness on load (H32 signed, H16/H8 unsigned), f64 bits.
import type { i32, f64 } from '../../../runtime/types.ts';
import { H8, H16, H32, HF64 } from '../../../runtime/host/host.ts';
import { init, printI32, printF64, newline } from './lib/print.ts';

export function main(): i32 {
  init(65536);
  const a: i32 = 256;
  H32[a >> 2] = 0x11223344;
  printI32(H8[a]); printI32(H8[(a + 1) | 0]); printI32(H8[(a + 3) | 0]); printI32(H16[a >> 1]); printI32(H16[(a + 2) >> 1]); newline();
  H8[a] = 300; H8[(a + 1) | 0] = -1; H16[(a + 2) >> 1] = -2;
  printI32(H8[a]); printI32(H8[(a + 1) | 0]); printI32(H16[(a + 2) >> 1]); printI32(H32[a >> 2]); newline();
  HF64[(a + 8) >> 3] = -2.5;
  printI32(H32[(a + 8) >> 2]); printI32(H32[(a + 12) >> 2]); printI32(H8[(a + 15) | 0]);
  H32[(a + 8) >> 2] = 0; H32[(a + 12) >> 2] = 0x7ff80000;
  const nan: f64 = HF64[(a + 8) >> 3];
  printI32(nan !== nan ? 1 : 0);
  HF64[(a + 16) >> 3] = 1 / 3;
  printF64(HF64[(a + 16) >> 3] * 3, 3); newline();
  let sum: i32 = 0;
  for (let i: i32 = 0; i < 64; i++) H8[(1024 + i) | 0] = Math.imul(i, 37);
  for (let i: i32 = 0; i < 16; i++) sum = (sum ^ H32[(1024 + (i << 2)) >> 2]) | 0;
  printI32(sum);
  for (let i: i32 = 0; i < 32; i++) sum = (sum + H16[(1024 + (i << 1)) >> 1]) | 0;
  printI32(sum);
  const p: i32 = 2048;
  for (let i: i32 = 0; i < 8; i++) HF64[(p + (i << 3)) >> 3] = i * 0.5;
  let fs: f64 = 0;
  for (let i: i32 = 0; i < 8; i++) fs = fs + HF64[(p + (i << 3)) >> 3];
  printF64(fs, 1); newline();
  return H8[a];
}
