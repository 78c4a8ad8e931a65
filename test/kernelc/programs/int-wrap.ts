// Integer wrap-around: + - * on i32 and u32 at the edges, Math.imul, chains of + and -.
import type { i32, u32 } from '../../../runtime/types.ts';
import { init, printI32, newline } from './lib/print.ts';

const MAX: i32 = 2147483647;
const MIN: i32 = -2147483648;

function add(a: i32, b: i32): i32 { return (a + b) | 0; }
function sub(a: i32, b: i32): i32 { return (a - b) | 0; }
function addU(a: u32, b: u32): u32 { return (a + b) >>> 0; }

export function main(): i32 {
  init(65536);
  printI32(add(MAX, 1)); printI32(sub(MIN, 1)); printI32(add(MAX, MAX)); printI32(sub(0, MIN));
  printI32(Math.imul(65536, 65536)); printI32(Math.imul(MAX, MAX)); printI32(Math.imul(-7, 123456789));
  printI32(Math.imul(0x12345678, 0x9abcdef)); newline();
  const u: u32 = addU(4294967295, 2);
  printI32(u | 0); printI32(addU(3000000000, 3000000000) | 0); printI32((MAX + MAX + MAX - MIN) | 0);
  let x: i32 = 1;
  for (let i: i32 = 0; i < 40; i++) x = (x + x + 1) | 0;
  printI32(x); printI32(-MIN | 0); printI32(~MAX); printI32((0 - MIN) >> 0); newline();
  let h: u32 = 2166136261;
  for (let i: i32 = 0; i < 100; i++) h = Math.imul((h ^ i) | 0, 16777619) >>> 0;
  printI32(h | 0); printI32((h >>> 16) | 0); newline();
  return (x & 127) | 0;
}
