// The heap verifier (--verify-heap, always on in tests): walks every space and checks that
//  - every object has a map whose own map is the meta map, and a sane size;
//  - the old generation, the active semispace and read-only space are exactly tiled by objects
//    and fillers; large pages hold one object each;
//  - every tagged slot (roots, handles, VM stack, object bodies) is a Smi or points to the start of
//    a live object (checked against an object-start bitmap built in the mark bitmap, which is
//    clear between collections);
//  - read-only objects point only into read-only space;
//  - every old slot that points into the young generation is in the remembered set.
// A violation is fatal with a message naming the rule; tests treat that as a failure.
import type { i32, bool } from './types.ts';
import { H32, hostFatal, hostWriteLit, hostWriteI32 } from './host/host.ts';
import {
  PAGED_START, ROOTS_START, ROOTS_SIZE, HANDLES_START, STACK_START, RO_START, youngStart, youngEnd, markBitmap,
  rememberedBitmap, pageCount, memoryFill,
} from './memory.ts';
import {
  PageKind, roTop, youngSpaceStart, youngTop, oldTop, handleTop, vmStackTop, largeBottomPage, pageKind,
  pageStart, largeNext, heapMakeIterable,
} from './heap.ts';
import { objectSizeWithMap, bodyTaggedStart, bodyTaggedEnd, mapInstanceType } from './body.ts';
import { InstanceType, MapLayout } from './layouts.ts';
import { RootIndex } from './roots.ts';

export let verifiedObjects: i32 = 0;
let metaMap: i32 = 0;

function fail(addr: i32, message: i32): never {
  hostWriteLit(2, 'heap verifier: object at ');
  hostWriteI32(2, addr);
  hostWriteLit(2, ', check ');
  hostWriteI32(2, message);
  hostWriteLit(2, '\n');
  hostFatal('heap verification failed');
}

function startBitSet(addr: i32): void {
  const w: i32 = (markBitmap + ((addr >> 8) << 2)) | 0;
  H32[w >> 2] = H32[w >> 2] | (1 << ((addr >> 3) & 31));
}
function startBitTest(addr: i32): bool {
  return (H32[(markBitmap + ((addr >> 8) << 2)) >> 2] & (1 << ((addr >> 3) & 31))) !== 0;
}

function isValidMap(mapRef: i32): bool {
  if ((mapRef & 1) === 0) return false;
  const m: i32 = (mapRef - 1) | 0;
  if (!(m >= RO_START && m < roTop) && !(m >= PAGED_START && m < oldTop)) return false;
  if (H32[m >> 2] !== metaMap) return false;
  const type: i32 = H32[(m + MapLayout.instanceType) >> 2];
  return type >= 0 && type <= InstanceType.LAST_TYPE;
}

/** Walks [start, end) object by object, marking starts; returns false on a malformed object. */
function tileRange(start: i32, end: i32): void {
  let addr: i32 = start;
  while (addr < end) {
    const mapWord: i32 = H32[addr >> 2];
    if (!isValidMap(mapWord)) fail(addr, 1);
    const size: i32 = objectSizeWithMap(addr, mapWord);
    if (size < 8 || (size & 7) !== 0 || ((addr + size) | 0) > end) fail(addr, 2);
    startBitSet(addr);
    addr = (addr + size) | 0;
  }
}

function checkValue(slot: i32, v: i32, readOnly: bool): void {
  if ((v & 1) === 0) return;
  const a: i32 = (v - 1) | 0;
  if ((a & 7) !== 0) fail(slot, 3);
  if (readOnly && !(a >= RO_START && a < roTop)) fail(slot, 4);
  let ok: bool = false;
  if (a >= RO_START && a < roTop) ok = true;
  else if (a >= youngSpaceStart && a < youngTop) ok = true;
  else if (a >= PAGED_START && a < oldTop) ok = true;
  else if (a >= oldTop && a < pageStart(pageCount)) ok = pageKind((a - PAGED_START) >> 18) === PageKind.LARGE_FIRST;
  if (!ok) fail(slot, 5);
  if (!startBitTest(a)) fail(slot, 6);
  if (H32[a >> 2] === freeSpaceMapRoot()) fail(slot, 7);
}

function freeSpaceMapRoot(): i32 {
  return H32[(ROOTS_START + (RootIndex.freeSpaceMap << 2)) >> 2];
}

function isRemembered(slot: i32): bool {
  return (H32[(rememberedBitmap + ((slot >> 7) << 2)) >> 2] & (1 << ((slot >> 2) & 31))) !== 0;
}

function checkObjects(start: i32, end: i32, readOnly: bool, old: bool): void {
  let addr: i32 = start;
  const filler: i32 = freeSpaceMapRoot();
  while (addr < end) {
    const mapWord: i32 = H32[addr >> 2];
    const size: i32 = objectSizeWithMap(addr, mapWord);
    if (mapWord !== filler) {
      const type: i32 = mapInstanceType(mapWord);
      const bodyEnd: i32 = (addr + bodyTaggedEnd(type, size)) | 0;
      for (let slot: i32 = (addr + bodyTaggedStart(type)) | 0; slot < bodyEnd; slot = (slot + 4) | 0) {
        const v: i32 = H32[slot >> 2];
        checkValue(slot, v, readOnly);
        if (old && (v & 1) !== 0 && v >= youngStart && v < youngEnd && !isRemembered(slot)) fail(slot, 8);
      }
      verifiedObjects = (verifiedObjects + 1) | 0;
    }
    addr = (addr + size) | 0;
  }
}

function checkRoots(start: i32, end: i32): void {
  for (let slot: i32 = start; slot < end; slot = (slot + 4) | 0) checkValue(slot, H32[slot >> 2], false);
}

/** Verifies the whole heap (at a safepoint). Fatal on the first violation. */
export function heapVerify(): void {
  metaMap = H32[(ROOTS_START + (RootIndex.metaMap << 2)) >> 2];
  verifiedObjects = 0;
  heapMakeIterable();
  const bitmapFrom: i32 = (markBitmap + ((RO_START >> 8) << 2)) | 0;
  const bitmapTo: i32 = (markBitmap + ((pageStart(pageCount) >> 8) << 2)) | 0;
  memoryFill(bitmapFrom, 0, (bitmapTo - bitmapFrom) | 0);
  tileRange(RO_START, roTop);
  tileRange(youngSpaceStart, youngTop);
  tileRange(PAGED_START, oldTop);
  for (let p: i32 = largeBottomPage; p < pageCount; p = largeNext(p)) {
    if (pageKind(p) !== PageKind.LARGE_FIRST) continue;
    const addr: i32 = pageStart(p);
    if (!isValidMap(H32[addr >> 2])) fail(addr, 9);
    startBitSet(addr);
    const size: i32 = objectSizeWithMap(addr, H32[addr >> 2]);
    for (let q: i32 = (p + 1) | 0; q < ((p + ((size + 262143) >> 18)) | 0); q++) {
      if (pageKind(q) !== PageKind.LARGE_REST) fail(addr, 10);
    }
  }
  checkRoots(ROOTS_START, (ROOTS_START + ROOTS_SIZE) | 0);
  checkRoots(HANDLES_START, handleTop);
  checkRoots(STACK_START, vmStackTop);
  checkObjects(RO_START, roTop, true, false);
  checkObjects(youngSpaceStart, youngTop, false, false);
  checkObjects(PAGED_START, oldTop, false, true);
  for (let p: i32 = largeBottomPage; p < pageCount; p = largeNext(p)) {
    if (pageKind(p) === PageKind.LARGE_FIRST) {
      const addr: i32 = pageStart(p);
      checkObjects(addr, (addr + objectSizeWithMap(addr, H32[addr >> 2])) | 0, false, true);
    }
  }
  memoryFill(bitmapFrom, 0, (bitmapTo - bitmapFrom) | 0);
}
