// Benchmark: integer hashing and random memory access (open-addressing table, 4M slots,
// 1M inserts and 8M lookups).
import type { i32, u32 } from '../../runtime/types.ts';
import { H32, hostMemoryReserve, hostWriteI32, hostWriteLit } from '../../runtime/host/host.ts';

const SLOTS: i32 = 4194304; // power of two; each slot: key, value
const TABLE: i32 = 4096;
const INSERTS: i32 = 1000000;
const LOOKUPS: i32 = 8000000;

function hash(key: i32): u32 {
  let h: u32 = Math.imul(key, -1640531535) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function slot(key: i32): i32 {
  let i: i32 = (hash(key) & (SLOTS - 1)) | 0;
  for (;;) {
    const k: i32 = H32[(TABLE + (i << 3)) >> 2];
    if (k === key || k === 0) return (TABLE + (i << 3)) | 0;
    i = ((i + 1) & (SLOTS - 1)) | 0;
  }
}

export function main(): i32 {
  hostMemoryReserve((TABLE + SLOTS * 8) | 0);
  let x: i32 = 1;
  for (let n: i32 = 0; n < INSERTS; n++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    const key: i32 = ((x >>> 1) | 1) & 0x3fffff;
    const s: i32 = slot(key);
    H32[s >> 2] = key;
    H32[(s + 4) >> 2] = (H32[(s + 4) >> 2] + 1) | 0;
  }
  let found: i32 = 0;
  for (let n: i32 = 0; n < LOOKUPS; n++) {
    const key: i32 = (Math.imul(n, 2654435761) >>> 10) | 1;
    const s: i32 = slot(key & 0x3fffff);
    found = (found + H32[(s + 4) >> 2]) | 0;
  }
  hostWriteI32(1, found);
  hostWriteLit(1, '\n');
  return 0;
}
