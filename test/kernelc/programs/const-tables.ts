// Read-only constant tables (docs/kernel-ts.md §6) of every element type, placed in .rodata:
// a CRC-32 computed with a nibble table, character classes, UTF-16 units and polynomial coefficients.
import type { i32, u32, f64 } from '../../../runtime/types.ts';
import { H8 } from '../../../runtime/host/host.ts';
import { init, printI32, printF64, newline } from './lib/print.ts';

const CRC_NIBBLE: Int32Array = new Int32Array([
  0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
  0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
]);
const CLASS: Uint8Array = new Uint8Array([0, 1, 1, 2, 3, 300, -1]);
const UNITS: Uint16Array = new Uint16Array([72, 0x20ac, 65535, 70000]);
const COEFFICIENTS: Float64Array = new Float64Array([1, -0.5, 0.041666666666666664, -0.001388888888888889]);

function crc32(addr: i32, length: i32): u32 {
  let crc: i32 = -1;
  for (let i: i32 = 0; i < length; i++) {
    crc = crc ^ H8[(addr + i) | 0];
    crc = (crc >>> 4) ^ CRC_NIBBLE[crc & 15];
    crc = (crc >>> 4) ^ CRC_NIBBLE[crc & 15];
  }
  return ~crc >>> 0;
}

function cosine(x: f64): f64 {
  const x2: f64 = x * x;
  let sum: f64 = 0;
  let power: f64 = 1;
  for (let i: i32 = 0; i < 4; i++) {
    sum = sum + COEFFICIENTS[i] * power;
    power = power * x2;
  }
  return sum;
}

export function main(): i32 {
  init(65536);
  for (let i: i32 = 0; i < 9; i++) H8[(100 + i) | 0] = (49 + i) | 0; // "123456789"
  printI32(crc32(100, 9) | 0);
  for (let i: i32 = 0; i < 7; i++) printI32(CLASS[i]);
  for (let i: i32 = 0; i < 4; i++) printI32(UNITS[i]);
  printF64(cosine(0.5), 9); printF64(cosine(1), 9); newline();
  return CLASS[3];
}
