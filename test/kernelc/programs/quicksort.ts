// Quicksort (Hoare partition, recursive) and insertion sort of pseudo-random i32 arrays in the heap.
import type { i32, bool } from '../../../runtime/types.ts';
import { H32 } from '../../../runtime/host/host.ts';
import { init, printI32, printBool, newline } from './lib/print.ts';

const A: i32 = 4096;
const N: i32 = 20000;
let seed: i32 = 42;

function next(): i32 {
  seed = seed ^ (seed << 13);
  seed = seed ^ (seed >> 17);
  seed = seed ^ (seed << 5);
  return seed;
}

function at(i: i32): i32 { return H32[(A + (i << 2)) >> 2]; }
function set(i: i32, v: i32): void { H32[(A + (i << 2)) >> 2] = v; }

function quicksort(lo: i32, hi: i32): void {
  if (((hi - lo) | 0) < 16) { insertion(lo, hi); return; }
  const pivot: i32 = at((lo + ((hi - lo) >> 1)) | 0);
  let i: i32 = (lo - 1) | 0;
  let j: i32 = (hi + 1) | 0;
  for (;;) {
    do i = (i + 1) | 0; while (at(i) < pivot);
    do j = (j - 1) | 0; while (at(j) > pivot);
    if (i >= j) break;
    const t: i32 = at(i);
    set(i, at(j));
    set(j, t);
  }
  quicksort(lo, j);
  quicksort((j + 1) | 0, hi);
}

function insertion(lo: i32, hi: i32): void {
  for (let i: i32 = (lo + 1) | 0; i <= hi; i++) {
    const v: i32 = at(i);
    let j: i32 = (i - 1) | 0;
    while (j >= lo && at(j) > v) { set((j + 1) | 0, at(j)); j = (j - 1) | 0; }
    set((j + 1) | 0, v);
  }
}

function sorted(): bool {
  for (let i: i32 = 1; i < N; i++) if (at((i - 1) | 0) > at(i)) return false;
  return true;
}

export function main(): i32 {
  init(1 << 20);
  let xor: i32 = 0;
  for (let i: i32 = 0; i < N; i++) { const v: i32 = next(); set(i, v); xor = xor ^ v; }
  quicksort(0, (N - 1) | 0);
  let after: i32 = 0;
  for (let i: i32 = 0; i < N; i++) after = after ^ at(i);
  printBool(sorted()); printI32(xor); printI32(after); printI32(at(0)); printI32(at((N >> 1) | 0)); printI32(at((N - 1) | 0)); newline();
  return sorted() ? 0 : 1;
}
