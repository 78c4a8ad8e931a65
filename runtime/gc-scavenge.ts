// The young-generation collector: a Cheney-style semispace copier with promotion by age.
//
// Invariants on entry (a safepoint): every pointer into the young generation lives in a root
// (root table, handle stack, VM stack region), in another young object, or in an old/large slot
// recorded in the remembered set. On exit the old active semispace (from-space) is garbage, every
// survivor is either in the new active semispace with its age incremented or promoted into the old
// generation, and the remembered set holds exactly the old slots that still point to young objects.
//
// Copied objects leave their new untagged address in their map word (a forwarding pointer: low
// bit 0). Objects copied into to-space are scanned with the Cheney scan pointer; promoted objects
// are scanned from the GC worklist, and their slots that still point to young objects are
// recorded in the remembered set.
import type { i32, f64, bool } from './types.ts';
import { H8, H32, hostFatal } from './host/host.ts';
import {
  PAGE_SHIFT, PAGED_START, ROOTS_START, HANDLES_START, STACK_START, youngStart, youngEnd,
  ageTable, rememberedBitmap, pageDirtyTable, pageCount, worklistStart, worklistEnd, rememberedListStart, memoryFill,
} from './memory.ts';
import {
  youngSpaceStart, youngTop, rootsTop, handleTop, vmStackTop, youngFlip, youngSetTop,
  oldAllocateRaw, rememberSlot, rememberedCount, rememberedOverflowed, rememberedListSet, rememberedListAppend,
} from './heap.ts';
import { objectSizeWithMap, bodyTaggedStart, bodyTaggedEnd, mapInstanceType } from './body.ts';
import { flagPromotionAge } from './flags.ts';

let fromStart: i32 = 0;
let fromEnd: i32 = 0;
let copyTop: i32 = 0;
let workTop: i32 = 0;
let promoteAll: bool = false;
let promotionAge: i32 = 2;
export let scavengeSurvivedBytes: f64 = 0;
export let scavengePromotedBytes: f64 = 0;

/** Copies the young object `addr` (not yet forwarded, map word `mapWord`); returns its new address. */
function evacuate(addr: i32, mapWord: i32): i32 {
  const size: i32 = objectSizeWithMap(addr, mapWord);
  const age: i32 = (H8[(ageTable + ((addr - youngStart) >> 3)) | 0] + 1) | 0;
  let dst: i32 = 0;
  if (promoteAll || age >= promotionAge) {
    dst = oldAllocateRaw(size);
    if (dst !== 0) {
      if (workTop >= worklistEnd) hostFatal('gc: scavenger worklist overflow');
      H32[workTop >> 2] = dst;
      workTop = (workTop + 4) | 0;
      scavengePromotedBytes += size;
    } else if (promoteAll) {
      hostFatal('out of memory: the old generation is exhausted (raise --max-heap)');
    }
  }
  if (dst === 0) {
    dst = copyTop;
    copyTop = (copyTop + size) | 0;
    H8[(ageTable + ((dst - youngStart) >> 3)) | 0] = age;
    scavengeSurvivedBytes += size;
  }
  // Word copy: objects are small and a loop beats a typed-array call for them.
  H32[dst >> 2] = mapWord;
  for (let off: i32 = 4; off < size; off = (off + 4) | 0) H32[(dst + off) >> 2] = H32[(addr + off) >> 2];
  H32[addr >> 2] = dst;
  return dst;
}

/** Updates one slot: a from-space reference is replaced by the (new) copy's reference. */
function scavengeSlot(slot: i32): i32 {
  const v: i32 = H32[slot >> 2];
  if ((v & 1) === 0) return v;
  const addr: i32 = (v - 1) | 0;
  if (addr < fromStart || addr >= fromEnd) return v;
  const w: i32 = H32[addr >> 2];
  const dst: i32 = (w & 1) === 0 ? w : evacuate(addr, w);
  H32[slot >> 2] = dst | 1;
  return dst | 1;
}

function scavengeRange(start: i32, end: i32): void {
  for (let slot: i32 = start; slot < end; slot = (slot + 4) | 0) {
    // Inline filter: a tagged from-space reference v has fromStart < v <= fromEnd.
    const v: i32 = H32[slot >> 2];
    if (v > fromStart && v <= fromEnd && (v & 1) !== 0) scavengeSlot(slot);
  }
}

function scavengeObjectBody(addr: i32, record: bool): i32 {
  const mapWord: i32 = H32[addr >> 2];
  const size: i32 = objectSizeWithMap(addr, mapWord);
  const type: i32 = mapInstanceType(mapWord);
  const end: i32 = (addr + bodyTaggedEnd(type, size)) | 0;
  for (let slot: i32 = (addr + bodyTaggedStart(type)) | 0; slot < end; slot = (slot + 4) | 0) {
    // Inline filter: Smis and references outside from-space need no call.
    let v: i32 = H32[slot >> 2];
    if ((v & 1) === 0) continue;
    if (v > fromStart && v <= fromEnd) v = scavengeSlot(slot);
    if (record && isYoungRef(v)) rememberSlot(slot);
  }
  return size;
}

/** Whether the value `v` is a reference into the young generation. */
function isYoungRef(v: i32): bool {
  return (v & 1) !== 0 && v >= youngStart && v < youngEnd;
}

/** Clears the remembered-set bit of `slot`. */
function forgetSlot(slot: i32): void {
  const w: i32 = (rememberedBitmap + ((slot >> 7) << 2)) | 0;
  H32[w >> 2] = H32[w >> 2] & ~(1 << ((slot >> 2) & 31));
}

/**
 * Visits the remembered slots, keeping only those that still point into the young generation:
 * the list, compacted in place (nothing is appended while it is walked: promoted objects are
 * scanned, and their slots recorded, after this).
 */
function scavengeRememberedList(): void {
  const count: i32 = rememberedCount;
  let kept: i32 = 0;
  for (let i: i32 = 0; i < count; i = (i + 1) | 0) {
    const slot: i32 = H32[(rememberedListStart + (i << 2)) >> 2];
    if (isYoungRef(scavengeSlot(slot))) {
      H32[(rememberedListStart + (kept << 2)) >> 2] = slot;
      kept = (kept + 1) | 0;
    } else {
      forgetSlot(slot);
    }
  }
  rememberedListSet(kept, false);
}

/** The same after an overflow: the bitmaps of the dirty pages are scanned and the list rebuilt. */
function scavengeRememberedPages(): void {
  rememberedListSet(0, false);
  for (let page: i32 = 0; page < pageCount; page++) {
    const dirty: i32 = (pageDirtyTable + (page << 2)) | 0;
    if (H32[dirty >> 2] === 0) continue;
    H32[dirty >> 2] = 0;
    let keep: i32 = 0;
    const pageBase: i32 = (PAGED_START + (page << PAGE_SHIFT)) | 0;
    const first: i32 = (rememberedBitmap + ((pageBase >> 7) << 2)) | 0;
    const last: i32 = (first + (1 << (PAGE_SHIFT - 5))) | 0;
    for (let w: i32 = first; w < last; w = (w + 4) | 0) {
      let bits: i32 = H32[w >> 2];
      if (bits === 0) continue;
      let kept: i32 = 0;
      const wordBase: i32 = ((w - rememberedBitmap) << 5) | 0;
      while (bits !== 0) {
        const bit: i32 = (31 - Math.clz32(bits & (0 - bits))) | 0;
        bits = bits & (bits - 1);
        const slot: i32 = (wordBase + (bit << 2)) | 0;
        if (isYoungRef(scavengeSlot(slot))) {
          kept = kept | (1 << bit);
          if (!rememberedOverflowed) rememberedListAppend(slot);
        }
      }
      H32[w >> 2] = kept;
      keep = keep | kept;
    }
    if (keep !== 0) H32[dirty >> 2] = 1;
  }
}

/**
 * Collects the young generation. With `everything`, every survivor is promoted (used before a
 * full mark-compact, which then sees an empty young generation). Fatal when promotion is required
 * and the old generation is full.
 */
export function scavenge(everything: bool): void {
  promoteAll = everything;
  promotionAge = flagPromotionAge;
  scavengeSurvivedBytes = 0;
  scavengePromotedBytes = 0;
  fromStart = youngSpaceStart;
  fromEnd = youngTop;
  // An empty young generation has nothing to move and nothing can point into it (the remembered
  // set is empty too): the collection is a no-op. Under --gc-stress, where a collection runs at
  // every safepoint, many safepoints between allocations are such no-ops.
  if (fromEnd === fromStart) return;
  youngFlip();
  copyTop = youngSpaceStart;
  workTop = worklistStart;
  scavengeRange(ROOTS_START, (ROOTS_START + (rootsTop << 2)) | 0);
  scavengeRange(HANDLES_START, handleTop);
  scavengeRange(STACK_START, vmStackTop);
  if (rememberedOverflowed) scavengeRememberedPages();
  else scavengeRememberedList();
  let scan: i32 = youngSpaceStart;
  while (scan < copyTop || workTop > worklistStart) {
    while (scan < copyTop) scan = (scan + scavengeObjectBody(scan, false)) | 0;
    while (workTop > worklistStart) {
      workTop = (workTop - 4) | 0;
      scavengeObjectBody(H32[workTop >> 2], true);
    }
  }
  youngSetTop(copyTop);
  // Invariant: the reserve semispace's ages are all zero, so that objects the mutator allocates
  // after the next flip start at age 0. Only the part of from-space that was in use has ages.
  memoryFill((ageTable + ((fromStart - youngStart) >> 3)) | 0, 0, (fromEnd - fromStart) >> 3);
}
