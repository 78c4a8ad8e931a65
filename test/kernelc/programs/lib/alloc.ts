// A bump allocator over the heap (8-byte aligned), shared by several corpus programs.
import type { i32 } from '../../../../runtime/types.ts';
import { H32, hostFatal } from '../../../../runtime/host/host.ts';

export let heapTop: i32 = 4096;
export let heapLimit: i32 = 0;

export function allocInit(limit: i32): void {
  heapTop = 4096;
  heapLimit = limit;
}

/** Allocates `bytes` bytes, zeroed; fatal when the heap is full. */
export function alloc(bytes: i32): i32 {
  const size: i32 = (bytes + 7) & -8;
  const p: i32 = heapTop;
  if (((heapLimit - p) | 0) < size) hostFatal('out of memory');
  heapTop = (heapTop + size) | 0;
  for (let i: i32 = 0; i < size; i = (i + 4) | 0) H32[(p + i) >> 2] = 0;
  return p;
}
