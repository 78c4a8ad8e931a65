// Spaces and raw allocation (no GC here: alloc.ts adds the safepoint), roots, handles, the VM
// stack region and the write barrier.
//
// Spaces (docs/heap.md §2):
// - young: two semispaces; the mutator bump-allocates in the active one [youngTop, youngLimit).
// - old: one contiguous run of pages [PAGED_START, oldTop) growing up. Allocation bumps in a
//   linear allocation area (LAB), then takes blocks from segregated free lists, then extends the
//   run by whole pages. Objects may cross page boundaries (pages matter only to the page table,
//   the remembered set's dirty flags and live-byte accounting). The old generation is iterable
//   (objects and FreeSpace fillers, no gaps) whenever a GC or the verifier walks it
//   (heapMakeIterable).
// - large objects: runs of whole pages taken from the top of the paged space down, one object
//   each, never moved.
// - read-only: immortal objects made at start-up (root maps, oddballs); they point only into
//   read-only space, so the GC neither traces nor moves them.
import type { i32, bool } from './types.ts';
import { H32, hostFatal } from './host/host.ts';
import {
  PAGE_SIZE, PAGE_SHIFT, PAGED_START, pagedEnd, RO_START, RO_SIZE, ROOTS_START, HANDLES_START, HANDLES_SIZE,
  STACK_START, STACK_SIZE, FREE_LIST_COUNT, youngStart, youngEnd, youngSemiSize, pageCount,
  pageKindTable, pageDirtyTable, freeListHeads, rememberedBitmap, rememberedListStart, rememberedListEnd, memoryFill,
} from './memory.ts';
import { FreeSpaceLayout } from './layouts.ts';
import { RootIndex } from './roots.ts';

/** What a page of the paged space holds. */
export const PageKind = { FREE: 0, OLD: 1, LARGE_FIRST: 2, LARGE_REST: 3 } as const;

// ---- young generation ------------------------------------------------------------------------

/** The active semispace: objects in [youngSpaceStart, youngTop); the reserve is the other half. */
export let youngSpaceStart: i32 = 0;
export let youngTop: i32 = 0;
export let youngLimit: i32 = 0;

// ---- old generation --------------------------------------------------------------------------

export let labTop: i32 = 0;
export let labLimit: i32 = 0;
/** End of the old generation (page aligned); [PAGED_START, oldTop) is iterable. */
export let oldTop: i32 = 0;
/** Lowest page held by a large object (pageCount when none). */
export let largeBottomPage: i32 = 0;
export let roTop: i32 = 0;
/** Bytes in old pages that are not on a free list or in the LAB (an upper bound of live bytes). */
export let oldUsedBytes: i32 = 0;
export let largeUsedBytes: i32 = 0;
export let handleTop: i32 = 0;
export let vmStackTop: i32 = 0;
/** Entries in the remembered list, at [rememberedListStart, + 4 * rememberedCount). */
export let rememberedCount: i32 = 0;
/** The list overflowed: the bitmap of the dirty pages is the remembered set. */
export let rememberedOverflowed: bool = false;

/** Resets all spaces to empty (after memoryInit). */
export function heapReset(): void {
  youngSpaceStart = youngStart;
  youngTop = youngStart;
  youngLimit = (youngStart + youngSemiSize) | 0;
  labTop = 0;
  labLimit = 0;
  oldTop = PAGED_START;
  largeBottomPage = pageCount;
  roTop = RO_START;
  oldUsedBytes = 0;
  largeUsedBytes = 0;
  handleTop = HANDLES_START;
  vmStackTop = STACK_START;
  rootsRecount();
  rememberedCount = 0;
  rememberedOverflowed = false;
  for (let i: i32 = 0; i < FREE_LIST_COUNT; i++) H32[(freeListHeads + (i << 2)) >> 2] = 0;
}

/** Bump allocation in the young generation; 0 when the semispace is full. No GC. */
export function youngAllocateRaw(size: i32): i32 {
  const addr: i32 = youngTop;
  const next: i32 = (addr + size) | 0;
  if (next > youngLimit) return 0;
  youngTop = next;
  return addr;
}

/** Read-only space allocation (start-up only). */
export function roAllocateRaw(size: i32): i32 {
  const addr: i32 = roTop;
  if (((addr + size) | 0) > ((RO_START + RO_SIZE) | 0)) hostFatal('heap: read-only space exhausted');
  roTop = (addr + size) | 0;
  return addr;
}

/** Swaps the semispaces (the scavenger then copies into the new active one). */
export function youngFlip(): void {
  youngSpaceStart = youngSpaceStart === youngStart ? ((youngStart + youngSemiSize) | 0) : youngStart;
  youngTop = youngSpaceStart;
  youngLimit = (youngSpaceStart + youngSemiSize) | 0;
}

/** Used by the scavenger to place a copy in the active semispace. */
export function youngSetTop(top: i32): void {
  youngTop = top;
}

export function isInYoung(addr: i32): bool {
  return addr >= youngStart && addr < youngEnd;
}
export function isInOld(addr: i32): bool {
  return addr >= PAGED_START && addr < oldTop;
}
export function isInPaged(addr: i32): bool {
  return addr >= PAGED_START && addr < pagedEnd;
}
export function isInReadOnly(addr: i32): bool {
  return addr >= RO_START && addr < roTop;
}

// ---- pages -----------------------------------------------------------------------------------

export function pageOf(addr: i32): i32 {
  return (addr - PAGED_START) >> PAGE_SHIFT;
}
export function pageStart(page: i32): i32 {
  return (PAGED_START + (page << PAGE_SHIFT)) | 0;
}
export function pageKind(page: i32): i32 {
  return H32[(pageKindTable + (page << 2)) >> 2];
}
function pageSetKind(page: i32, kind: i32): void {
  H32[(pageKindTable + (page << 2)) >> 2] = kind;
}
export function oldTopPage(): i32 {
  return (oldTop - PAGED_START) >> PAGE_SHIFT;
}

// ---- fillers and free lists ----------------------------------------------------------------

/** Writes a FreeSpace filler over [addr, addr + size) (size >= 8, a multiple of 8). */
export function writeFiller(addr: i32, size: i32): void {
  H32[addr >> 2] = H32[(ROOTS_START + (RootIndex.freeSpaceMap << 2)) >> 2];
  H32[(addr + FreeSpaceLayout.blockSize) >> 2] = size;
}

export function freeListClass(size: i32): i32 {
  if (size <= 256) return ((size >> 3) - 1) | 0;
  const c: i32 = (32 + (31 - Math.clz32(size)) - 8) | 0;
  return c < FREE_LIST_COUNT ? c : ((FREE_LIST_COUNT - 1) | 0);
}

/** Returns [addr, addr + size) to the old generation: a filler, listed when big enough. */
export function freeListAdd(addr: i32, size: i32): void {
  writeFiller(addr, size);
  oldUsedBytes = (oldUsedBytes - size) | 0;
  if (size < FreeSpaceLayout.minSizeForList) return;
  const head: i32 = (freeListHeads + (freeListClass(size) << 2)) | 0;
  H32[(addr + FreeSpaceLayout.next) >> 2] = H32[head >> 2];
  H32[head >> 2] = addr;
}

export function freeListsClear(): void {
  for (let i: i32 = 0; i < FREE_LIST_COUNT; i++) H32[(freeListHeads + (i << 2)) >> 2] = 0;
}

/** First fit from the free lists, splitting the block; 0 if nothing fits. */
function freeListTake(size: i32): i32 {
  for (let c: i32 = freeListClass(size); c < FREE_LIST_COUNT; c++) {
    const head: i32 = (freeListHeads + (c << 2)) | 0;
    let prev: i32 = head;
    let block: i32 = H32[head >> 2];
    while (block !== 0) {
      const blockSize: i32 = H32[(block + FreeSpaceLayout.blockSize) >> 2];
      const next: i32 = H32[(block + FreeSpaceLayout.next) >> 2];
      if (blockSize >= size) {
        if (prev === head) H32[head >> 2] = next;
        else H32[(prev + FreeSpaceLayout.next) >> 2] = next;
        oldUsedBytes = (oldUsedBytes + blockSize) | 0;
        if (blockSize > size) freeListAdd((block + size) | 0, (blockSize - size) | 0);
        return block;
      }
      prev = block;
      block = next;
    }
  }
  return 0;
}

/** Gives the unused rest of the LAB back, so that the old generation is iterable. */
export function labRelease(): void {
  if (labLimit > labTop) freeListAdd(labTop, (labLimit - labTop) | 0);
  labTop = 0;
  labLimit = 0;
}

/** Makes the old generation iterable (call before walking the heap). */
export function heapMakeIterable(): void {
  labRelease();
}

/** Grows the old generation by `bytes` (page multiple) at oldTop; false when it meets large pages. */
function oldGrow(bytes: i32): bool {
  const newTop: i32 = (oldTop + bytes) | 0;
  if (newTop > ((PAGED_START + (largeBottomPage << PAGE_SHIFT)) | 0)) return false;
  for (let p: i32 = oldTopPage(); p < ((newTop - PAGED_START) >> PAGE_SHIFT); p++) pageSetKind(p, PageKind.OLD);
  oldTop = newTop;
  oldUsedBytes = (oldUsedBytes + bytes) | 0;
  return true;
}

/**
 * Old-generation allocation: LAB bump, then free lists, then a new LAB at the end of the old
 * generation. Returns 0 when the paged space is exhausted. No GC.
 */
export function oldAllocateRaw(size: i32): i32 {
  let addr: i32 = labTop;
  if (((addr + size) | 0) <= labLimit && addr !== 0) {
    labTop = (addr + size) | 0;
    return addr;
  }
  addr = freeListTake(size);
  if (addr !== 0) return addr;
  labRelease();
  const start: i32 = oldTop;
  if (!oldGrow((size + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))) return 0;
  labTop = (start + size) | 0;
  labLimit = oldTop;
  return start;
}

/** Sets the end of the old generation after a compaction; frees (and zeroes) the pages above. */
export function oldShrinkTo(newTop: i32): void {
  const top: i32 = (newTop + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
  memoryFill(newTop, 0, (oldTop - newTop) | 0);
  for (let p: i32 = (top - PAGED_START) >> PAGE_SHIFT; p < oldTopPage(); p++) pageSetKind(p, PageKind.FREE);
  oldTop = top;
  labTop = newTop;
  labLimit = top;
}

/** A large object on its own run of pages (highest free run); 0 when none is free. No GC. */
export function largeAllocateRaw(size: i32): i32 {
  const pages: i32 = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
  const low: i32 = oldTopPage();
  let run: i32 = 0;
  for (let p: i32 = (pageCount - 1) | 0; p >= low; p--) {
    if (pageKind(p) !== PageKind.FREE) {
      run = 0;
      continue;
    }
    run = (run + 1) | 0;
    if (run === pages) {
      pageSetKind(p, PageKind.LARGE_FIRST);
      for (let q: i32 = 1; q < pages; q++) pageSetKind((p + q) | 0, PageKind.LARGE_REST);
      if (p < largeBottomPage) largeBottomPage = p;
      largeUsedBytes = (largeUsedBytes + (pages << PAGE_SHIFT)) | 0;
      return pageStart(p);
    }
  }
  return 0;
}

/** Frees the pages of a dead large object of `size` bytes (zeroed, for deterministic images). */
export function largeFree(addr: i32, size: i32): void {
  const pages: i32 = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
  const first: i32 = pageOf(addr);
  memoryFill(addr, 0, pages << PAGE_SHIFT);
  for (let p: i32 = 0; p < pages; p++) pageSetKind((first + p) | 0, PageKind.FREE);
  largeUsedBytes = (largeUsedBytes - (pages << PAGE_SHIFT)) | 0;
  while (largeBottomPage < pageCount && pageKind(largeBottomPage) === PageKind.FREE) largeBottomPage = (largeBottomPage + 1) | 0;
}

/** The first page of the large object after `page` (or pageCount). */
export function largeNext(page: i32): i32 {
  let p: i32 = (page + 1) | 0;
  while (p < pageCount && pageKind(p) !== PageKind.LARGE_FIRST) p = (p + 1) | 0;
  return p;
}

/** Image loading: claims an old generation of `bytes` (already copied in) and recounts. */
export function oldSetLoaded(bytes: i32, roEnd: i32): void {
  oldTop = PAGED_START;
  oldUsedBytes = 0;
  oldGrow((bytes + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1));
  labTop = (PAGED_START + bytes) | 0;
  labLimit = oldTop;
  roTop = roEnd;
}

/** After a sweep: the bytes of the old generation not on free lists. */
export function oldAccountSwept(usedBytes: i32): void {
  oldUsedBytes = usedBytes;
}

// ---- roots, handles, VM stack --------------------------------------------------------------

/**
 * The used extent of the root table: roots at or above rootsTop were never set and are zero (Smi
 * 0). The scavenger scans only [0, rootsTop): embedders' roots start at RootIndex.firstUser and
 * most of the table's RootIndex.count words are unused.
 */
export let rootsTop: i32 = 0;

export function rootGet(index: i32): i32 {
  return H32[(ROOTS_START + (index << 2)) >> 2];
}
export function rootSet(index: i32, value: i32): void {
  H32[(ROOTS_START + (index << 2)) >> 2] = value;
  if (index >= rootsTop) rootsTop = (index + 1) | 0;
}
/** After the root table was written wholesale (an image load): recomputes rootsTop. */
export function rootsRecount(): void {
  rootsTop = RootIndex.count;
  while (rootsTop > 0 && H32[(ROOTS_START + ((rootsTop - 1) << 2)) >> 2] === 0) rootsTop = (rootsTop - 1) | 0;
}

/** Opens a handle scope; pass the result to handleScopeClose. */
export function handleScopeOpen(): i32 {
  return handleTop;
}
export function handleScopeClose(saved: i32): void {
  if (saved > handleTop || saved < HANDLES_START) hostFatal('heap: handle scopes closed out of order');
  handleTop = saved;
}
/** Roots `value` until the enclosing scope closes; returns the handle (a slot address). */
export function handleNew(value: i32): i32 {
  const h: i32 = handleTop;
  if (h >= ((HANDLES_START + HANDLES_SIZE) | 0)) hostFatal('heap: handle stack overflow');
  H32[h >> 2] = value;
  handleTop = (h + 4) | 0;
  return h;
}
export function handleGet(h: i32): i32 {
  return H32[h >> 2];
}
export function handleSet(h: i32, value: i32): void {
  H32[h >> 2] = value;
}

/** The interpreter's frames occupy [STACK_START, vmStackTop); the GC scans them as roots. */
export function vmStackSetTop(top: i32): void {
  if (top < STACK_START || top > ((STACK_START + STACK_SIZE) | 0)) hostFatal('heap: VM stack overflow');
  vmStackTop = top;
}

// ---- write barrier ---------------------------------------------------------------------------

// The remembered set: the old and large slots that may point into the young generation. Each is
// a bit in the remembered-set bitmap (so a slot is recorded once) and an entry of the remembered
// list, which the scavenger walks: its cost is proportional to the remembered slots, not to the old
// generation. When the list is full the set overflows: the bits stay exact, and the scavenger scans
// the bitmap of the dirty pages (a page is flagged dirty when one of its slots is recorded) and
// rebuilds the list. Invariant outside overflow: a slot's bit is set iff the slot is in the list.

/** The scavenger's update of the list: `count` entries, or overflowed (the list is then ignored). */
export function rememberedListSet(count: i32, overflowed: bool): void {
  rememberedCount = count;
  rememberedOverflowed = overflowed;
}

/** Appends `slot` to the remembered list (its bit is set); overflows when the list is full. */
export function rememberedListAppend(slot: i32): void {
  const entry: i32 = (rememberedListStart + (rememberedCount << 2)) | 0;
  if (entry >= rememberedListEnd) {
    rememberedOverflowed = true;
    return;
  }
  H32[entry >> 2] = slot;
  rememberedCount = (rememberedCount + 1) | 0;
}

/** Records the slot at `slot` (an address in the paged space) in the remembered set. */
export function rememberSlot(slot: i32): void {
  const w: i32 = (rememberedBitmap + ((slot >> 7) << 2)) | 0;
  const bits: i32 = H32[w >> 2];
  const bit: i32 = 1 << ((slot >> 2) & 31);
  if ((bits & bit) !== 0) return;
  H32[w >> 2] = bits | bit;
  H32[(pageDirtyTable + (((slot - PAGED_START) >> PAGE_SHIFT) << 2)) >> 2] = 1;
  if (!rememberedOverflowed) rememberedListAppend(slot);
}

/**
 * Every store of a tagged value into a heap object goes through here (or does the same check):
 * a slot outside the young generation that now points into it is remembered. No GC.
 */
export function fieldSet(ref: i32, offset: i32, value: i32): void {
  const slot: i32 = (ref - 1 + offset) | 0;
  H32[slot >> 2] = value;
  if ((value & 1) !== 0 && value >= youngStart && value < youngEnd && slot >= PAGED_START) {
    rememberSlot(slot);
  }
}

export function fieldGet(ref: i32, offset: i32): i32 {
  return H32[(ref - 1 + offset) >> 2];
}
