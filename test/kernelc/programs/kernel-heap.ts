// The real kernel, compiled natively: runtime/memory.ts and runtime/heap.ts set up a 128 MiB heap,
// bump-allocate in the young generation, tag Smis and references, copy and compare memory with
// memoryCopy/memoryFill/memoryEqual (native bodies), and classify free-list sizes (Math.clz32).
import type { i32 } from '../../../runtime/types.ts';
import { MB, memoryInit, memoryCopy, memoryFill, memoryEqual, smiFrom, smiValue, isSmi, refFrom, refAddr, rawGet, rawSet, heapSize } from '../../../runtime/memory.ts';
import { heapReset, youngAllocateRaw, freeListClass, isInYoung } from '../../../runtime/heap.ts';
import { init, printI32, printBool, newline } from './lib/print.ts';

export function main(): i32 {
  init(65536);
  if (!memoryInit(128 * MB, 1 * MB)) return 1;
  heapReset();
  printI32(heapSize >> 20);
  const a: i32 = youngAllocateRaw(64);
  const b: i32 = youngAllocateRaw(64);
  printBool(isInYoung(a)); printI32((b - a) | 0);
  const ra: i32 = refFrom(a);
  for (let i: i32 = 0; i < 16; i++) rawSet(ra, i << 2, smiFrom((Math.imul(i, i) - 7) | 0));
  memoryCopy(b, a, 64);
  printBool(memoryEqual(a, b, 64));
  let sum: i32 = 0;
  for (let i: i32 = 0; i < 16; i++) {
    const v: i32 = rawGet(refFrom(b), i << 2);
    if (isSmi(v)) sum = (sum + smiValue(v)) | 0;
  }
  printI32(sum); printI32(refAddr(ra) === a ? 1 : 0);
  memoryCopy((a + 4) | 0, a, 60); // overlapping, backwards
  printI32(smiValue(rawGet(ra, 8)));
  memoryFill(b, 255, 64);
  printBool(memoryEqual(a, b, 64)); printI32(rawGet(refFrom(b), 0));
  newline();
  for (let size: i32 = 8; size < 1 << 20; size = Math.imul(size, 3)) printI32(freeListClass(size));
  newline();
  return 0;
}
