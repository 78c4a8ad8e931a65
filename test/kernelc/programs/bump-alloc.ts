// A bump allocator and a linked list over the heap: build, reverse, sum, and measure.
import type { i32 } from '../../../runtime/types.ts';
import { H32 } from '../../../runtime/host/host.ts';
import { init, printI32, newline } from './lib/print.ts';
import { alloc, allocInit, heapTop } from './lib/alloc.ts';

const Cell = { value: 0, next: 4, size: 8 } as const;

function cons(value: i32, next: i32): i32 {
  const c: i32 = alloc(Cell.size);
  H32[(c + Cell.value) >> 2] = value;
  H32[(c + Cell.next) >> 2] = next;
  return c;
}

function reverse(list: i32): i32 {
  let prev: i32 = 0;
  let cur: i32 = list;
  while (cur !== 0) {
    const next: i32 = H32[(cur + Cell.next) >> 2];
    H32[(cur + Cell.next) >> 2] = prev;
    prev = cur;
    cur = next;
  }
  return prev;
}

export function main(): i32 {
  init(1 << 20);
  allocInit(1 << 20);
  let list: i32 = 0;
  for (let i: i32 = 1; i <= 1000; i++) list = cons(Math.imul(i, i), list);
  list = reverse(list);
  let sum: i32 = 0;
  let count: i32 = 0;
  for (let c: i32 = list; c !== 0; c = H32[(c + Cell.next) >> 2]) {
    sum = (sum + H32[(c + Cell.value) >> 2]) | 0;
    count = (count + 1) | 0;
    if (count <= 5) printI32(H32[(c + Cell.value) >> 2]);
  }
  printI32(sum); printI32(count); printI32(heapTop); newline();
  return count & 255;
}
