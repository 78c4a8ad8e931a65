// The linear heap: its regions, bulk memory operations and the tagged-value encoding.
//
// Address map (byte offsets; all addresses are i32, the heap is < 2 GiB):
//
//   0 ........... 4 KiB    null page: address 0 is "no object", never allocated
//   ROOTS_START .......... root table (RootIndex.count tagged words)
//   HANDLES_START ........ handle stack (tagged words, grows up to handleTop)
//   STACK_START .......... VM stack region (tagged words, the interpreter's frames, up to vmStackTop)
//   RO_START ............. read-only space (immortal, points only into itself)
//   YOUNG_START .......... young generation: two semispaces of youngSemiSize (<= YOUNG_MAX_SEMI) bytes
//   PAGED_START .......... paged space of PAGE_SIZE pages: the old generation grows up from here as
//                          one contiguous run [PAGED_START, oldTop); large objects take runs of pages
//                          from the top down
//   sideStart ............ side tables: page table, free-list heads, mark bitmap,
//                          remembered-set bitmap, young age table, GC worklist, remembered-slot list
//   heapSize ............. end
//
// Everything below PAGED_START has the same address for every heap size, so the old generation of
// a heap image loads by a plain copy; large objects are relocated by the loader (image.ts).
//
// Tagged values (32 bits):
//
//   31                                   1 0
//  +--------------------------------------+-+
//  | signed 31-bit integer                |0|   Smi
//  +--------------------------------------+-+
//  | object address (8-byte aligned) >> 0 |1|   heap reference = address | 1
//  +--------------------------------------+-+
import type { i32, bool } from './types.ts';
import { H8, H32, hostMemoryReserve } from './host/host.ts';

export const KB: i32 = 1024;
export const MB: i32 = 1048576;
export const PAGE_SIZE: i32 = 262144;
export const PAGE_SHIFT: i32 = 18;
/** Objects are 8-byte aligned and their sizes are multiples of 8. */
export const OBJECT_ALIGNMENT: i32 = 8;

export const ROOTS_START: i32 = 4096;
export const ROOTS_SIZE: i32 = 4096;
export const HANDLES_START: i32 = 8192;
export const HANDLES_SIZE: i32 = 1040384;
export const STACK_START: i32 = 1048576;
export const STACK_SIZE: i32 = 1048576;
export const RO_START: i32 = 2097152;
export const RO_SIZE: i32 = 2097152;
export const YOUNG_START: i32 = 4194304;
export const YOUNG_MAX_SEMI: i32 = 33554432;
export const PAGED_START: i32 = 71303168;

/** Objects larger than this go to large-object pages. */
export const LARGE_OBJECT_THRESHOLD: i32 = 131072;

export let heapSize: i32 = 0;
export let youngSemiSize: i32 = 0;
export const youngStart: i32 = YOUNG_START;
export let youngEnd: i32 = 0;
/** End of the paged space (exclusive). */
export let pagedEnd: i32 = 0;
export let pageCount: i32 = 0;
export let sideStart: i32 = 0;
/** Page table: one i32 kind per page (PageKind). */
export let pageKindTable: i32 = 0;
/** One i32 per page: live bytes found by the last marking. */
export let pageLiveTable: i32 = 0;
/** Remembered-set dirty flag, one i32 per page. */
export let pageDirtyTable: i32 = 0;
export let freeListHeads: i32 = 0;
/** Mark bitmap: one bit per 8-byte granule of the whole heap. */
export let markBitmap: i32 = 0;
/** Remembered set: one bit per 4-byte slot of the whole heap. */
export let rememberedBitmap: i32 = 0;
/** Young age table: one byte per 8-byte granule of the young generation. */
export let ageTable: i32 = 0;
export let worklistStart: i32 = 0;
export let worklistEnd: i32 = 0;
/** Remembered set as a list: the remembered slots' addresses, one i32 each (heap.ts, rememberSlot). */
export let rememberedListStart: i32 = 0;
export let rememberedListEnd: i32 = 0;

export const FREE_LIST_COUNT: i32 = 48;

/**
 * Reserves a heap of `size` bytes with two semispaces of `semiSize` bytes, and lays out the
 * regions. Returns false when the host cannot reserve the memory.
 */
export function memoryInit(size: i32, semiSize: i32): bool {
  const youngBytes: i32 = semiSize << 1;
  const granules: i32 = size >>> 3;
  const markBytes: i32 = ((granules + 31) >>> 5) << 2;
  const rememberedBytes: i32 = markBytes << 1;
  const ageBytes: i32 = youngBytes >>> 3;
  let workBytes: i32 = semiSize >>> 1;
  if (workBytes < MB) workBytes = MB;
  const listBytes: i32 = workBytes;
  const maxPages: i32 = ((size >>> PAGE_SHIFT) + 1) | 0;
  const tableBytes: i32 = ((Math.imul(maxPages, 12) + (FREE_LIST_COUNT << 2) + 4095) >> 12) << 12;
  const sideBytes: i32 = (tableBytes + markBytes + rememberedBytes + ageBytes + workBytes + listBytes + 8) | 0;
  sideStart = (size - sideBytes) & ~4095;
  if (semiSize > YOUNG_MAX_SEMI || (semiSize & 4095) !== 0 || semiSize <= 0) return false;
  pagedEnd = ((sideStart - PAGED_START) >> PAGE_SHIFT << PAGE_SHIFT) + PAGED_START | 0;
  if (pagedEnd < ((PAGED_START + (PAGE_SIZE << 2)) | 0)) return false;
  if (!hostMemoryReserve(size)) return false;
  heapSize = size;
  youngSemiSize = semiSize;
  youngEnd = (youngStart + youngBytes) | 0;
  pageCount = (pagedEnd - PAGED_START) >> PAGE_SHIFT;
  pageKindTable = sideStart;
  pageLiveTable = (sideStart + (maxPages << 2)) | 0;
  pageDirtyTable = (pageLiveTable + (maxPages << 2)) | 0;
  freeListHeads = (pageDirtyTable + (maxPages << 2)) | 0;
  markBitmap = (sideStart + tableBytes) | 0;
  rememberedBitmap = (markBitmap + markBytes) | 0;
  ageTable = (rememberedBitmap + rememberedBytes) | 0;
  worklistStart = (ageTable + ageBytes + 7) & ~7;
  worklistEnd = (worklistStart + workBytes) | 0;
  rememberedListStart = worklistEnd;
  rememberedListEnd = (rememberedListStart + listBytes) | 0;
  return true;
}

/** memmove of `bytes` (a multiple of 4) from `src` to `dst`. Native: memmove. */
export function memoryCopy(dst: i32, src: i32, bytes: i32): void {
  H8.copyWithin(dst, src, (src + bytes) | 0);
}

/** memset of `bytes` bytes at `dst` to `value`. Native: memset. */
export function memoryFill(dst: i32, value: i32, bytes: i32): void {
  H8.fill(value, dst, (dst + bytes) | 0);
}

/** Compares two byte ranges; true when equal. */
export function memoryEqual(a: i32, b: i32, bytes: i32): bool {
  for (let i: i32 = 0; i < bytes; i++) {
    if (H8[(a + i) | 0] !== H8[(b + i) | 0]) return false;
  }
  return true;
}

// ---- tagging -------------------------------------------------------------------------------

export const SMI_MAX: i32 = 1073741823;
export const SMI_MIN: i32 = -1073741824;

export function isSmi(v: i32): bool {
  return (v & 1) === 0;
}
export function isHeapRef(v: i32): bool {
  return (v & 1) !== 0;
}
/** The Smi encoding of an integer in [SMI_MIN, SMI_MAX]. */
export function smiFrom(n: i32): i32 {
  return n << 1;
}
export function smiValue(v: i32): i32 {
  return v >> 1;
}
export function smiFits(n: i32): bool {
  return n >= SMI_MIN && n <= SMI_MAX;
}
/** The heap reference of an object address. */
export function refFrom(addr: i32): i32 {
  return addr | 1;
}
/** The address of a heap reference. */
export function refAddr(v: i32): i32 {
  return v & ~1;
}

export function alignObject(size: i32): i32 {
  return (size + 7) & ~7;
}

// ---- raw field access (no write barrier: raw data, or stores into fresh young objects) -----

export function rawGet(ref: i32, offset: i32): i32 {
  return H32[(ref - 1 + offset) >> 2];
}
export function rawSet(ref: i32, offset: i32, value: i32): void {
  H32[(ref - 1 + offset) >> 2] = value;
}
