// A small mark-sweep collector: objects with two pointer fields in a fixed array of cells, a root
// set, marking with an explicit stack, sweeping onto a free list; several cycles of allocation.
import type { i32, bool } from '../../../runtime/types.ts';
import { H32 } from '../../../runtime/host/host.ts';
import { init, printI32, newline } from './lib/print.ts';

const Obj = { mark: 0, left: 4, right: 8, value: 12, size: 16 } as const;
const CELLS: i32 = 65536; // byte address of the cell array
const CELL_COUNT: i32 = 2000;
const ROOTS: i32 = 16384; // root slots
const ROOT_COUNT: i32 = 8;
const STACK: i32 = 32768; // mark stack (addresses)

let freeList: i32 = 0;
let collections: i32 = 0;
let seed: i32 = 12345;

function random(): i32 {
  seed = (Math.imul(seed, 1103515245) + 12345) | 0;
  return (seed >>> 8) & 0xffff;
}

function cell(i: i32): i32 { return (CELLS + Math.imul(i, Obj.size)) | 0; }

function sweepAll(): i32 {
  freeList = 0;
  let live: i32 = 0;
  for (let i: i32 = CELL_COUNT - 1; i >= 0; i--) {
    const c: i32 = cell(i);
    if (H32[(c + Obj.mark) >> 2] === 1) { H32[(c + Obj.mark) >> 2] = 0; live = (live + 1) | 0; continue; }
    H32[(c + Obj.mark) >> 2] = -1; // free
    H32[(c + Obj.left) >> 2] = freeList;
    freeList = c;
  }
  return live;
}

function push(sp: i32, p: i32): i32 {
  if (p === 0 || H32[(p + Obj.mark) >> 2] !== 0) return sp;
  H32[(p + Obj.mark) >> 2] = 1;
  H32[sp >> 2] = p;
  return (sp + 4) | 0;
}

function collect(): i32 {
  collections = (collections + 1) | 0;
  let sp: i32 = STACK;
  for (let r: i32 = 0; r < ROOT_COUNT; r++) sp = push(sp, H32[(ROOTS + (r << 2)) >> 2]);
  while (sp > STACK) {
    sp = (sp - 4) | 0;
    const p: i32 = H32[sp >> 2];
    sp = push(sp, H32[(p + Obj.left) >> 2]);
    sp = push(sp, H32[(p + Obj.right) >> 2]);
  }
  return sweepAll();
}

function allocate(value: i32, left: i32, right: i32): i32 {
  if (freeList === 0) {
    collect();
    if (freeList === 0) return 0;
  }
  const c: i32 = freeList;
  freeList = H32[(c + Obj.left) >> 2];
  H32[(c + Obj.mark) >> 2] = 0;
  H32[(c + Obj.left) >> 2] = left;
  H32[(c + Obj.right) >> 2] = right;
  H32[(c + Obj.value) >> 2] = value;
  return c;
}

function checksum(p: i32, depth: i32): i32 {
  if (p === 0 || depth > 40) return 0;
  return (H32[(p + Obj.value) >> 2] + checksum(H32[(p + Obj.left) >> 2], (depth + 1) | 0) + (checksum(H32[(p + Obj.right) >> 2], (depth + 1) | 0) >> 1)) | 0;
}

function isFree(c: i32): bool { return H32[(c + Obj.mark) >> 2] === -1; }

export function main(): i32 {
  init(1 << 20);
  for (let i: i32 = 0; i < CELL_COUNT; i++) H32[(cell(i) + Obj.mark) >> 2] = 1; // all "live" until the first sweep
  sweepAll();
  let made: i32 = 0;
  for (let step: i32 = 0; step < 20000; step++) {
    const r: i32 = (random() & (ROOT_COUNT - 1)) | 0;
    const old: i32 = H32[(ROOTS + (r << 2)) >> 2];
    const other: i32 = H32[(ROOTS + ((random() & (ROOT_COUNT - 1)) << 2)) >> 2];
    const p: i32 = allocate(step, (random() & 1) !== 0 ? old : 0, (random() & 3) === 0 ? other : 0);
    if (p === 0) break;
    made = (made + 1) | 0;
    H32[(ROOTS + (r << 2)) >> 2] = p;
  }
  const live: i32 = collect();
  let free: i32 = 0;
  for (let i: i32 = 0; i < CELL_COUNT; i++) if (isFree(cell(i))) free = (free + 1) | 0;
  printI32(made); printI32(collections); printI32(live); printI32(free);
  for (let r: i32 = 0; r < ROOT_COUNT; r++) printI32(checksum(H32[(ROOTS + (r << 2)) >> 2], 0));
  newline();
  return collections & 255;
}
