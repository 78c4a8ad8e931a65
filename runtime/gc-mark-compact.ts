// The full collector: mark, then either sweep the old generation into free lists or, when it is
// fragmented (or for an image), slide every live object down to the start of the old generation.
//
// Precondition: the young generation is empty (gc.ts first runs a promote-everything scavenge)
// and the old generation is iterable.
//
// Marking sets, for every live old object, the mark bits of *all* its 8-byte granules (a
// large object only gets its first bit). So a marked object is one whose first bit is set, the
// sweeper finds dead gaps as runs of clear bits, and the compactor knows an object's destination
// without storing it (the "Compressor" scheme):
//
//   dest(addr) = PAGED_START + 8 * (live granules below addr)
//              = blockDest[addr >> 8] + 8 * popcount(markWord(addr) & bits below addr)
//
// where blockDest (one word per 256-byte block, kept in the remembered-set bitmap, which is
// empty during a full GC) is computed by one pass over the bitmap. Sliding keeps object order,
// so compacting an already compact heap changes nothing: images are a function of the live
// graph and its allocation order only.
//
// Invariant after marking: a marked object's children are marked (the worklist overflows into a
// rescan of the marked objects, never into recursion).
import type { i32, bool } from './types.ts';
import { H32, hostFatal } from './host/host.ts';
import {
  PAGE_SHIFT, PAGE_SIZE, PAGED_START, ROOTS_START, ROOTS_SIZE, HANDLES_START, STACK_START,
  markBitmap, rememberedBitmap, pageLiveTable, pageDirtyTable, pageCount, worklistStart, worklistEnd,
  youngStart, youngEnd, memoryFill, memoryCopy,
} from './memory.ts';
import {
  PageKind, oldTop, handleTop, vmStackTop, largeBottomPage, pageKind, pageStart, freeListsClear, freeListAdd,
  heapMakeIterable, oldShrinkTo, largeFree, largeNext, oldAccountSwept,
} from './heap.ts';
import { objectSizeWithMap, bodyTaggedStart, bodyTaggedEnd, mapInstanceType } from './body.ts';

let workTop: i32 = 0;
let overflowed: bool = false;
/** Worklist overflows seen (each costs a rescan of the marked objects). */
export let markOverflows: i32 = 0;
export let markedBytes: i32 = 0;

// ---- mark bitmap -------------------------------------------------------------------------------

function markWordAddr(addr: i32): i32 {
  return (markBitmap + ((addr >> 8) << 2)) | 0;
}
export function isMarked(addr: i32): bool {
  return (H32[markWordAddr(addr) >> 2] & (1 << ((addr >> 3) & 31))) !== 0;
}
/** Sets the bits of the granules [addr, addr + size). */
function markRange(addr: i32, size: i32): void {
  let g: i32 = addr >> 3;
  const end: i32 = (g + (size >> 3)) | 0;
  while (g < end) {
    const bit: i32 = g & 31;
    let n: i32 = (32 - bit) | 0;
    if (n > ((end - g) | 0)) n = (end - g) | 0;
    const mask: i32 = n === 32 ? -1 : (((1 << n) - 1) << bit);
    const w: i32 = (markBitmap + ((g >> 5) << 2)) | 0;
    H32[w >> 2] = H32[w >> 2] | mask;
    g = (g + n) | 0;
  }
}
/** The next marked granule's address in [addr, end), or end. */
function nextMarked(addr: i32, end: i32): i32 {
  let w: i32 = markWordAddr(addr);
  let bits: i32 = H32[w >> 2] & (-1 << ((addr >> 3) & 31));
  const last: i32 = markWordAddr((end - 8) | 0);
  while (bits === 0) {
    w = (w + 4) | 0;
    if (w > last) return end;
    bits = H32[w >> 2];
  }
  const found: i32 = (((w - markBitmap) << 6) + ((31 - Math.clz32(bits & (0 - bits))) << 3)) | 0;
  return found < end ? found : end;
}
/** The next unmarked granule's address in [addr, end), or end. */
function nextUnmarked(addr: i32, end: i32): i32 {
  let w: i32 = markWordAddr(addr);
  let bits: i32 = ~H32[w >> 2] & (-1 << ((addr >> 3) & 31));
  const last: i32 = markWordAddr((end - 8) | 0);
  while (bits === 0) {
    w = (w + 4) | 0;
    if (w > last) return end;
    bits = ~H32[w >> 2];
  }
  const found: i32 = (((w - markBitmap) << 6) + ((31 - Math.clz32(bits & (0 - bits))) << 3)) | 0;
  return found < end ? found : end;
}
function popcount(x: i32): i32 {
  let v: i32 = (x - ((x >>> 1) & 0x55555555)) | 0;
  v = ((v & 0x33333333) + ((v >>> 2) & 0x33333333)) | 0;
  v = ((v + (v >>> 4)) & 0x0f0f0f0f) | 0;
  return Math.imul(v, 0x01010101) >>> 24;
}

// ---- marking -----------------------------------------------------------------------------------

function markValue(v: i32): void {
  if ((v & 1) === 0) return;
  const addr: i32 = (v - 1) | 0;
  if (addr < PAGED_START) {
    if (addr >= youngStart && addr < youngEnd) hostFatal('gc: young object seen by mark-compact');
    return; // read-only space: immortal
  }
  const w: i32 = markWordAddr(addr);
  const bit: i32 = 1 << ((addr >> 3) & 31);
  if ((H32[w >> 2] & bit) !== 0) return;
  const mapWord: i32 = H32[addr >> 2];
  const size: i32 = objectSizeWithMap(addr, mapWord);
  if (addr < oldTop) markRange(addr, size);
  else H32[w >> 2] = H32[w >> 2] | bit;
  const live: i32 = (pageLiveTable + (((addr - PAGED_START) >> PAGE_SHIFT) << 2)) | 0;
  H32[live >> 2] = (H32[live >> 2] + size) | 0;
  markedBytes = (markedBytes + size) | 0;
  if (workTop >= worklistEnd) {
    overflowed = true;
    return;
  }
  H32[workTop >> 2] = addr;
  workTop = (workTop + 4) | 0;
}

function markRange4(start: i32, end: i32): void {
  for (let slot: i32 = start; slot < end; slot = (slot + 4) | 0) markValue(H32[slot >> 2]);
}

function markChildren(addr: i32): void {
  const mapWord: i32 = H32[addr >> 2];
  markValue(mapWord);
  const size: i32 = objectSizeWithMap(addr, mapWord);
  const type: i32 = mapInstanceType(mapWord);
  markRange4((addr + bodyTaggedStart(type)) | 0, (addr + bodyTaggedEnd(type, size)) | 0);
}

function drain(): void {
  while (workTop > worklistStart) {
    workTop = (workTop - 4) | 0;
    markChildren(H32[workTop >> 2]);
  }
}

/** After a worklist overflow: visit the children of every marked object again. */
function rescanMarked(): void {
  let addr: i32 = PAGED_START;
  while (addr < oldTop) {
    const size: i32 = objectSizeWithMap(addr, H32[addr >> 2]);
    if (isMarked(addr)) {
      markChildren(addr);
      drain();
    }
    addr = (addr + size) | 0;
  }
  for (let p: i32 = largeBottomPage; p < pageCount; p = largeNext(p)) {
    if (pageKind(p) === PageKind.LARGE_FIRST && isMarked(pageStart(p))) {
      markChildren(pageStart(p));
      drain();
    }
  }
}

/**
 * Clears the mark bits marking can set: the old generation's and the first bit of each large
 * object. The cost is proportional to the old generation, not to the reservation (--max-heap):
 * bits elsewhere (left by the verifier, or above a compacted old generation) are never read before
 * the next clearMarks covers them.
 */
function clearMarks(): void {
  memoryFill(markWordAddr(PAGED_START), 0, ((markWordAddr((oldTop + 255) | 0) - markWordAddr(PAGED_START)) | 0));
  for (let p: i32 = largeBottomPage; p < pageCount; p = largeNext(p)) H32[markWordAddr(pageStart(p)) >> 2] = 0;
  memoryFill(pageLiveTable, 0, pageCount << 2);
}

function markAll(): void {
  clearMarks();
  markedBytes = 0;
  overflowed = false;
  workTop = worklistStart;
  markRange4(ROOTS_START, (ROOTS_START + ROOTS_SIZE) | 0);
  markRange4(HANDLES_START, handleTop);
  markRange4(STACK_START, vmStackTop);
  drain();
  while (overflowed) {
    overflowed = false;
    markOverflows = (markOverflows + 1) | 0;
    rescanMarked();
  }
}

/** Frees every unmarked large object. */
function sweepLarge(): void {
  for (let p: i32 = largeBottomPage; p < pageCount; p = largeNext(p)) {
    if (pageKind(p) !== PageKind.LARGE_FIRST) continue;
    const addr: i32 = pageStart(p);
    if (!isMarked(addr)) largeFree(addr, objectSizeWithMap(addr, H32[addr >> 2]));
  }
}

// ---- sweeping ----------------------------------------------------------------------------------

/** Turns every dead gap of the old generation into a filler on the free lists. */
function sweepOld(): void {
  freeListsClear();
  oldAccountSwept((oldTop - PAGED_START) | 0);
  let addr: i32 = PAGED_START;
  while (addr < oldTop) {
    const live: i32 = nextMarked(addr, oldTop);
    if (live > addr) freeListAdd(addr, (live - addr) | 0);
    if (live >= oldTop) break;
    addr = nextUnmarked(live, oldTop);
  }
}

// ---- compaction --------------------------------------------------------------------------------

function blockDestAddr(addr: i32): i32 {
  return (rememberedBitmap + ((addr >> 8) << 2)) | 0;
}

/** The address an old object will have after sliding (the object must be marked). */
function forward(addr: i32): i32 {
  const bit: i32 = (addr >> 3) & 31;
  const below: i32 = bit === 0 ? 0 : H32[markWordAddr(addr) >> 2] & ((1 << bit) - 1);
  return (H32[blockDestAddr(addr) >> 2] + (popcount(below) << 3)) | 0;
}

function computeForwarding(): i32 {
  let dest: i32 = PAGED_START;
  for (let block: i32 = PAGED_START; block < oldTop; block = (block + 256) | 0) {
    H32[blockDestAddr(block) >> 2] = dest;
    dest = (dest + (popcount(H32[markWordAddr(block) >> 2]) << 3)) | 0;
  }
  return dest;
}

function updateSlot(slot: i32): void {
  const v: i32 = H32[slot >> 2];
  if ((v & 1) === 0) return;
  const addr: i32 = (v - 1) | 0;
  if (addr >= PAGED_START && addr < oldTop) H32[slot >> 2] = forward(addr) | 1;
}

function updateRange(start: i32, end: i32): void {
  for (let slot: i32 = start; slot < end; slot = (slot + 4) | 0) updateSlot(slot);
}

/** Updates the slots of a live object; its size and type are read before its map word changes. */
function updateObject(addr: i32): i32 {
  const mapWord: i32 = H32[addr >> 2];
  const size: i32 = objectSizeWithMap(addr, mapWord);
  const type: i32 = mapInstanceType(mapWord);
  updateSlot(addr);
  updateRange((addr + bodyTaggedStart(type)) | 0, (addr + bodyTaggedEnd(type, size)) | 0);
  return size;
}

function compactOld(): void {
  const newTop: i32 = computeForwarding();
  updateRange(ROOTS_START, (ROOTS_START + ROOTS_SIZE) | 0);
  updateRange(HANDLES_START, handleTop);
  updateRange(STACK_START, vmStackTop);
  let addr: i32 = nextMarked(PAGED_START, oldTop);
  while (addr < oldTop) {
    const end: i32 = nextUnmarked(addr, oldTop);
    while (addr < end) addr = (addr + updateObject(addr)) | 0;
    addr = nextMarked(end, oldTop);
  }
  for (let p: i32 = largeBottomPage; p < pageCount; p = largeNext(p)) {
    if (pageKind(p) === PageKind.LARGE_FIRST) updateObject(pageStart(p));
  }
  // Slide the live runs down, in address order (memmove handles the overlap).
  let dst: i32 = PAGED_START;
  let run: i32 = nextMarked(PAGED_START, oldTop);
  while (run < oldTop) {
    const end: i32 = nextUnmarked(run, oldTop);
    if (dst !== run) memoryCopy(dst, run, (end - run) | 0);
    dst = (dst + end - run) | 0;
    run = nextMarked(end, oldTop);
  }
  if (dst !== newTop) hostFatal('gc: compaction size mismatch');
  memoryFill(blockDestAddr(PAGED_START), 0, ((blockDestAddr(oldTop) - blockDestAddr(PAGED_START)) | 0));
  freeListsClear();
  oldShrinkTo(newTop);
  oldAccountSwept((oldTop - PAGED_START) | 0);
}

/**
 * A full collection of the old generation (young must be empty). Compacts when `compact` or
 * when the dead bytes exceed `fragmentationPercent` of the old generation. Returns true when it
 * compacted.
 */
export function markCompact(compact: bool, fragmentationPercent: i32): bool {
  heapMakeIterable();
  markAll();
  sweepLarge();
  const oldBytes: i32 = (oldTop - PAGED_START) | 0;
  let oldLive: i32 = 0;
  for (let p: i32 = 0; p < ((oldTop - PAGED_START) >> PAGE_SHIFT); p++) oldLive = (oldLive + H32[(pageLiveTable + (p << 2)) >> 2]) | 0;
  const dead: i32 = (oldBytes - oldLive) | 0;
  const doCompact: bool = compact || (oldBytes > PAGE_SIZE && (+dead) * 100 > (+oldBytes) * fragmentationPercent);
  if (doCompact) compactOld();
  else sweepOld();
  // The young generation is empty: no slot may stay remembered.
  memoryFill(pageDirtyTable, 0, pageCount << 2);
  return doCompact;
}
