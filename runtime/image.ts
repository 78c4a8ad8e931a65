// Heap images: the heap written as bytes after a full compacting GC, and loaded back.
//
// Header (little-endian i32 words, 64 bytes):
//
//    0 +--------------------------------+
//      | magic 0x4F52554F ("OURO")      |
//    4 | format version (IMAGE_VERSION) |
//    8 | header bytes (64)              |
//   12 | checksum of everything after   |   word-wise FNV-1a over roots + sections
//   16 | root count                     |
//   20 | read-only bytes                |   section 1: [RO_START, +roBytes)
//   24 | old bytes                      |   section 2: [PAGED_START, +oldBytes)
//   28 | large bytes                    |   section 3: large objects, page-rounded, in page order
//   32 | large canonical base           |   where section 3 is addressed inside the image
//   36 | page size                      |
//   40 | paged-space start              |
//   44 | read-only start                |
//   48 | reserved (0) x 4               |
//   64 +--------------------------------+
//      | roots (root count words)       |
//      | read-only section              |
//      | old section                    |
//      | large section                  |
//      +--------------------------------+
//
// Determinism: the full GC slides live objects down in allocation order, so the old section is a
// function of the live graph and its allocation history; large objects are written as if they
// sat right after the old section (pointers to them are relocated to that canonical base while
// writing and to their real pages when loading), so the bytes do not depend on the heap size.
// The handle stack and VM stack must be empty (they are not part of an image), and the atom table
// is dropped (atoms are re-found in the string table). Written, loaded and written again, the
// bytes are identical.
import type { i32, bool } from './types.ts';
import { H32, hostFatal, hostBlobBegin, hostBlobAppend, hostBlobEnd, hostBlobLength, hostBlobRead } from './host/host.ts';
import {
  PAGE_SIZE, PAGE_SHIFT, PAGED_START, ROOTS_START, HANDLES_START, STACK_START, RO_START, worklistStart, pageCount,
} from './memory.ts';
import {
  PageKind, roTop, oldTop, labTop, handleTop, vmStackTop, largeBottomPage, pageKind, pageStart, largeNext,
  largeAllocateRaw, oldSetLoaded, rootSet, rootsRecount,
} from './heap.ts';
import { objectSizeWithMap, bodyTaggedStart, bodyTaggedEnd, mapInstanceType } from './body.ts';
import { scavenge } from './gc-scavenge.ts';
import { markCompact } from './gc-mark-compact.ts';
import { RootIndex } from './roots.ts';
import { heapSetupEmpty } from './bootstrap.ts';
import { undefinedValue } from './values.ts';

export const IMAGE_MAGIC: i32 = 0x4f52554f;
/** Bumped whenever an object layout changes (2: SharedFunctionInfo 48 bytes, handler entries 20; 3: JSFunction realm). */
export const IMAGE_VERSION: i32 = 3;
export const ImageHeader = {
  magic: 0, version: 4, headerBytes: 8, checksum: 12, rootCount: 16, roBytes: 20, oldBytes: 24,
  largeBytes: 28, largeBase: 32, pageSize: 36, pagedStart: 40, roStart: 44, size: 64,
} as const;

/** Relocation table in the GC worklist region: [from, to, bytes] per large object. */
let relocCount: i32 = 0;
const RELOC_ENTRY: i32 = 12;

function relocTable(): i32 {
  return (worklistStart + ImageHeader.size) | 0;
}
function relocFrom(i: i32): i32 {
  return H32[(relocTable() + Math.imul(i, RELOC_ENTRY)) >> 2];
}
function relocTo(i: i32): i32 {
  return H32[(relocTable() + Math.imul(i, RELOC_ENTRY) + 4) >> 2];
}
function relocBytes(i: i32): i32 {
  return H32[(relocTable() + Math.imul(i, RELOC_ENTRY) + 8) >> 2];
}
function relocAdd(from: i32, to: i32, bytes: i32): void {
  const at: i32 = (relocTable() + Math.imul(relocCount, RELOC_ENTRY)) | 0;
  H32[at >> 2] = from;
  H32[(at + 4) >> 2] = to;
  H32[(at + 8) >> 2] = bytes;
  relocCount = (relocCount + 1) | 0;
}

function relocateSlot(slot: i32, reverse: bool): void {
  const v: i32 = H32[slot >> 2];
  if ((v & 1) === 0 || v < PAGED_START) return;
  const a: i32 = (v - 1) | 0;
  for (let i: i32 = 0; i < relocCount; i++) {
    const from: i32 = reverse ? relocTo(i) : relocFrom(i);
    if (a >= from && a < ((from + relocBytes(i)) | 0)) {
      const to: i32 = reverse ? relocFrom(i) : relocTo(i);
      H32[slot >> 2] = ((to + a - from) | 0) | 1;
      return;
    }
  }
}

/** Relocates every pointer into a large object (map words and bodies of objects in [start, end)). */
function relocateObjects(start: i32, end: i32, reverse: bool): void {
  let addr: i32 = start;
  while (addr < end) {
    const mapWord: i32 = H32[addr >> 2];
    const size: i32 = objectSizeWithMap(addr, mapWord);
    const type: i32 = mapInstanceType(mapWord);
    const bodyEnd: i32 = (addr + bodyTaggedEnd(type, size)) | 0;
    for (let slot: i32 = (addr + bodyTaggedStart(type)) | 0; slot < bodyEnd; slot = (slot + 4) | 0) relocateSlot(slot, reverse);
    addr = (addr + size) | 0;
  }
}

/** Relocates roots, the old section and the large objects (at their current addresses). */
function relocateAll(oldEnd: i32, reverse: bool): void {
  if (relocCount === 0) return;
  for (let r: i32 = 0; r < RootIndex.count; r++) relocateSlot((ROOTS_START + (r << 2)) | 0, reverse);
  relocateObjects(PAGED_START, oldEnd, reverse);
  for (let i: i32 = 0; i < relocCount; i++) {
    const at: i32 = reverse ? relocFrom(i) : relocTo(i);
    const obj: i32 = reverse ? at : relocFrom(i);
    relocateObjects(obj, (obj + objectSizeWithMap(obj, H32[obj >> 2])) | 0, reverse);
  }
}

function checksumRange(h: i32, start: i32, bytes: i32): i32 {
  let x: i32 = h;
  const end: i32 = (start + bytes) | 0;
  for (let a: i32 = start; a < end; a = (a + 4) | 0) x = Math.imul(x ^ H32[a >> 2], 16777619);
  return x;
}

/** Writes the heap image to the host's output blob. Runs a full compacting GC first. */
export function imageWrite(): void {
  if (handleTop !== HANDLES_START || vmStackTop !== STACK_START) hostFatal('image: the handle stack and VM stack must be empty');
  rootSet(RootIndex.atomTable, undefinedValue());
  scavenge(true);
  markCompact(true, 0);
  const oldEnd: i32 = labTop !== 0 ? labTop : oldTop;
  const oldBytes: i32 = (oldEnd - PAGED_START) | 0;
  const largeBase: i32 = (PAGED_START + ((oldBytes + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))) | 0;
  // Large objects in ascending page order get canonical addresses after the old section.
  relocCount = 0;
  let canonical: i32 = largeBase;
  for (let p: i32 = largeBottomPage; p < pageCount; p = largeNext(p)) {
    if (pageKind(p) !== PageKind.LARGE_FIRST) continue;
    const addr: i32 = pageStart(p);
    const bytes: i32 = (objectSizeWithMap(addr, H32[addr >> 2]) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    relocAdd(addr, canonical, bytes);
    canonical = (canonical + bytes) | 0;
  }
  const largeBytes: i32 = (canonical - largeBase) | 0;
  relocateAll(oldEnd, false);
  const rootBytes: i32 = RootIndex.count << 2;
  const roBytes: i32 = (roTop - RO_START) | 0;
  let sum: i32 = -2128831035;
  sum = checksumRange(sum, ROOTS_START, rootBytes);
  sum = checksumRange(sum, RO_START, roBytes);
  sum = checksumRange(sum, PAGED_START, oldBytes);
  for (let i: i32 = 0; i < relocCount; i++) sum = checksumRange(sum, relocFrom(i), relocBytes(i));
  const h: i32 = worklistStart;
  for (let off: i32 = 0; off < ImageHeader.size; off = (off + 4) | 0) H32[(h + off) >> 2] = 0;
  H32[(h + ImageHeader.magic) >> 2] = IMAGE_MAGIC;
  H32[(h + ImageHeader.version) >> 2] = IMAGE_VERSION;
  H32[(h + ImageHeader.headerBytes) >> 2] = ImageHeader.size;
  H32[(h + ImageHeader.checksum) >> 2] = sum;
  H32[(h + ImageHeader.rootCount) >> 2] = RootIndex.count;
  H32[(h + ImageHeader.roBytes) >> 2] = roBytes;
  H32[(h + ImageHeader.oldBytes) >> 2] = oldBytes;
  H32[(h + ImageHeader.largeBytes) >> 2] = largeBytes;
  H32[(h + ImageHeader.largeBase) >> 2] = largeBase;
  H32[(h + ImageHeader.pageSize) >> 2] = PAGE_SIZE;
  H32[(h + ImageHeader.pagedStart) >> 2] = PAGED_START;
  H32[(h + ImageHeader.roStart) >> 2] = RO_START;
  hostBlobBegin();
  hostBlobAppend(h, ImageHeader.size);
  hostBlobAppend(ROOTS_START, rootBytes);
  hostBlobAppend(RO_START, roBytes);
  hostBlobAppend(PAGED_START, oldBytes);
  for (let i: i32 = 0; i < relocCount; i++) hostBlobAppend(relocFrom(i), relocBytes(i));
  hostBlobEnd();
  relocateAll(oldEnd, true);
}

/**
 * Creates a heap of `size` bytes (semispaces of `semiSize`) from the host's input blob. Returns
 * false when the image is malformed (bad magic, version, layout, sizes or checksum).
 */
export function imageLoad(size: i32, semiSize: i32): bool {
  if (!heapSetupEmpty(size, semiSize)) return false;
  const h: i32 = worklistStart;
  const total: i32 = hostBlobLength();
  if (total < ImageHeader.size || !hostBlobRead(0, h, ImageHeader.size)) return false;
  if (H32[(h + ImageHeader.magic) >> 2] !== IMAGE_MAGIC || H32[(h + ImageHeader.version) >> 2] !== IMAGE_VERSION) return false;
  if (H32[(h + ImageHeader.headerBytes) >> 2] !== ImageHeader.size || H32[(h + ImageHeader.rootCount) >> 2] !== RootIndex.count) return false;
  if (H32[(h + ImageHeader.pageSize) >> 2] !== PAGE_SIZE || H32[(h + ImageHeader.pagedStart) >> 2] !== PAGED_START) return false;
  if (H32[(h + ImageHeader.roStart) >> 2] !== RO_START) return false;
  const checksum: i32 = H32[(h + ImageHeader.checksum) >> 2];
  const roBytes: i32 = H32[(h + ImageHeader.roBytes) >> 2];
  const oldBytes: i32 = H32[(h + ImageHeader.oldBytes) >> 2];
  const largeBytes: i32 = H32[(h + ImageHeader.largeBytes) >> 2];
  const largeBase: i32 = H32[(h + ImageHeader.largeBase) >> 2];
  const rootBytes: i32 = RootIndex.count << 2;
  if (roBytes < 0 || roBytes > ((STACK_START + STACK_START) | 0) || oldBytes < 0 || largeBytes < 0) return false;
  if (((ImageHeader.size + rootBytes + roBytes + oldBytes + largeBytes) | 0) !== total) return false;
  if (((PAGED_START + oldBytes) | 0) > pageStart(pageCount) || (((oldBytes >> PAGE_SHIFT) + (largeBytes >> PAGE_SHIFT)) | 0) > pageCount) return false;
  let at: i32 = ImageHeader.size;
  hostBlobRead(at, ROOTS_START, rootBytes);
  rootsRecount();
  at = (at + rootBytes) | 0;
  hostBlobRead(at, RO_START, roBytes);
  at = (at + roBytes) | 0;
  hostBlobRead(at, PAGED_START, oldBytes);
  at = (at + oldBytes) | 0;
  oldSetLoaded(oldBytes, (RO_START + roBytes) | 0);
  // Large objects: read each header to learn its size, take pages, read it whole.
  relocCount = 0;
  const end: i32 = (at + largeBytes) | 0;
  const probe: i32 = (relocTable() + 65536) | 0;
  let canonical: i32 = largeBase;
  while (at < end) {
    if (!hostBlobRead(at, probe, 16)) return false;
    const bytes: i32 = (objectSizeWithMap(probe, H32[probe >> 2]) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
    const addr: i32 = largeAllocateRaw(bytes);
    if (addr === 0 || bytes <= 0 || !hostBlobRead(at, addr, bytes)) return false;
    relocAdd(addr, canonical, bytes);
    canonical = (canonical + bytes) | 0;
    at = (at + bytes) | 0;
  }
  let sum: i32 = -2128831035;
  sum = checksumRange(sum, ROOTS_START, rootBytes);
  sum = checksumRange(sum, RO_START, roBytes);
  sum = checksumRange(sum, PAGED_START, oldBytes);
  for (let i: i32 = 0; i < relocCount; i++) sum = checksumRange(sum, relocFrom(i), relocBytes(i));
  if (sum !== checksum) return false;
  relocateAll((PAGED_START + oldBytes) | 0, true);
  return true;
}
