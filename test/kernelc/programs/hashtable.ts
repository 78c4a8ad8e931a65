// An open-addressing hash table (linear probing) of i32 keys -> i32 values in the heap.
import type { i32, u32 } from '../../../runtime/types.ts';
import { H32 } from '../../../runtime/host/host.ts';
import { init, printI32, newline } from './lib/print.ts';

const TABLE: i32 = 65536; // byte address of the table
const CAPACITY: i32 = 4096; // slots, a power of two; each slot is key, value (8 bytes)
const EMPTY: i32 = 0;
let size: i32 = 0;

function hash(key: i32): u32 {
  let h: u32 = Math.imul(key, -1640531535) >>> 0;
  h = (h ^ (h >>> 15)) >>> 0;
  return h;
}

function slotOf(key: i32): i32 {
  let i: i32 = (hash(key) & (CAPACITY - 1)) | 0;
  for (;;) {
    const k: i32 = H32[(TABLE + (i << 3)) >> 2];
    if (k === key || k === EMPTY) return (TABLE + (i << 3)) | 0;
    i = ((i + 1) & (CAPACITY - 1)) | 0;
  }
}

function put(key: i32, value: i32): void {
  const s: i32 = slotOf(key);
  if (H32[s >> 2] === EMPTY) size = (size + 1) | 0;
  H32[s >> 2] = key;
  H32[(s + 4) >> 2] = value;
}

function get(key: i32, missing: i32): i32 {
  const s: i32 = slotOf(key);
  return H32[s >> 2] === EMPTY ? missing : H32[(s + 4) >> 2];
}

export function main(): i32 {
  init(1 << 20);
  for (let i: i32 = 1; i <= 3000; i++) put(Math.imul(i, 7919), i);
  for (let i: i32 = 1; i <= 3000; i = (i + 2) | 0) put(Math.imul(i, 7919), (0 - i) | 0);
  let sum: i32 = 0;
  for (let i: i32 = 1; i <= 3100; i++) sum = (sum + get(Math.imul(i, 7919), 1000000)) | 0;
  printI32(size); printI32(sum); printI32(get(7919, 0)); printI32(get(15838, 0)); printI32(get(5, -1));
  printI32(hash(12345) | 0); newline();
  return size & 255;
}
