// String building in memory: decimal and hex formatting into a heap buffer, reversing, repeating,
// and writing the bytes to stdout in one call.
import type { i32, u32 } from '../../../runtime/types.ts';
import { H8 } from '../../../runtime/host/host.ts';
import { hostWriteBytes } from '../../../runtime/host/host.ts';
import { init } from './lib/print.ts';

const BUF: i32 = 8192;
let len: i32 = 0;

function putChar(c: i32): void {
  H8[(BUF + len) | 0] = c;
  len = (len + 1) | 0;
}

function putString(addr: i32, n: i32): void {
  for (let i: i32 = 0; i < n; i++) putChar(H8[(addr + i) | 0]);
}

function putDecimal(x: i32): void {
  if (x < 0) { putChar(45); x = (0 - x) | 0; }
  const start: i32 = len;
  let v: u32 = x >>> 0;
  do { putChar(((v % 10) | 0) + 48 | 0); v = (v / 10) >>> 0; } while (v !== 0);
  reverse(start, len);
}

function putHex(x: i32): void {
  for (let shift: i32 = 28; shift >= 0; shift = (shift - 4) | 0) {
    const d: i32 = (x >>> shift) & 15;
    putChar(d < 10 ? (48 + d) | 0 : (87 + d) | 0);
  }
}

function reverse(from: i32, to: i32): void {
  let i: i32 = from;
  let j: i32 = (to - 1) | 0;
  while (i < j) {
    const t: i32 = H8[(BUF + i) | 0];
    H8[(BUF + i) | 0] = H8[(BUF + j) | 0];
    H8[(BUF + j) | 0] = t;
    i = (i + 1) | 0;
    j = (j - 1) | 0;
  }
}

export function main(): i32 {
  init(65536);
  // "hello, world" stored byte by byte at 100.
  const text: i32 = 100;
  const codes: i32 = 12;
  for (let i: i32 = 0; i < codes; i++) {
    const c: i32 = i === 0 ? 104 : i === 1 ? 101 : i === 2 || i === 3 || i === 10 ? 108 : i === 4 || i === 8 ? 111 : i === 5 ? 44 : i === 6 ? 32 : i === 7 ? 119 : i === 9 ? 114 : 100;
    H8[(text + i) | 0] = c;
  }
  putString(text, codes); putChar(10);
  for (let i: i32 = -3; i < 1000000; i = (Math.imul(i, 7) + 1) | 0) { putDecimal(i); putChar(32); }
  putChar(10);
  putHex(-559038737); putChar(32); putHex(305419896); putChar(32); putDecimal(-2147483648); putChar(10);
  const start: i32 = len;
  putString(text, codes);
  reverse(start, len);
  putChar(10);
  for (let i: i32 = 0; i < 3; i++) putString(text, 5);
  putChar(10);
  hostWriteBytes(1, BUF, len);
  return len & 255;
}
