// Allocation with GC: the kernel's allocation safepoint. Every function here MAY GC: a caller
// that holds tagged pointers in locals across these calls must keep them in handles
// (docs/kernel-ts.md §9).
import type { i32 } from './types.ts';
import { H32, hostFatal } from './host/host.ts';
import { LARGE_OBJECT_THRESHOLD } from './memory.ts';
import { youngAllocateRaw, oldAllocateRaw, largeAllocateRaw, oldUsedBytes, largeUsedBytes } from './heap.ts';
import { collectYoung, collectFull, gcFullRequested, noGcDepth } from './gc.ts';
import { flagGcStress, stressTick, stressFullDone } from './flags.ts';

/** The slow path of an allocation inside a no-GC scope: old space or a fatal error, never a GC. */
function allocateNoGc(size: i32): i32 {
  const addr: i32 = size > LARGE_OBJECT_THRESHOLD ? largeAllocateRaw(size) : oldAllocateRaw(size);
  if (addr === 0) hostFatal('out of memory inside a no-GC scope (raise --max-heap)');
  return finish(addr, size);
}

/**
 * One --gc-stress collection (at every allocation; the interpreter adds call entries and loop
 * back-edges). Each one is a scavenge, which moves every young object. Every so often it is a
 * full compacting collection instead, which moves old objects above the first dead gap: the 16th,
 * then one every `old live bytes / STRESS_FULL_BYTES` stress collections (at least 16), so that a
 * full collection, whose cost is proportional to the live old generation, costs each safepoint
 * about as much as marking STRESS_FULL_BYTES (V8's --gc-interval counts allocations the same way,
 * with a fixed interval). The schedule is a function of the program alone: a failure reproduces.
 */
function stress(): void {
  if (!stressTick()) {
    collectYoung();
    return;
  }
  collectFull(true);
  stressFullDone((oldUsedBytes + largeUsedBytes) | 0);
}

/** The last word is zeroed so that alignment padding is always a valid tagged value (Smi 0). */
function finish(addr: i32, size: i32): i32 {
  H32[(addr + size - 4) >> 2] = 0;
  return addr;
}

function allocateLarge(size: i32): i32 {
  let addr: i32 = largeAllocateRaw(size);
  if (addr === 0) {
    collectFull(true);
    addr = largeAllocateRaw(size);
    if (addr === 0) hostFatal('out of memory: no room for a large object (raise --max-heap)');
  }
  return finish(addr, size);
}

/** A young object of `size` bytes (a multiple of 8; large ones go to large-object space). May GC. */
export function allocate(size: i32): i32 {
  if (flagGcStress && noGcDepth === 0) stress();
  if (size > LARGE_OBJECT_THRESHOLD) return noGcDepth === 0 ? allocateLarge(size) : allocateNoGc(size);
  let addr: i32 = youngAllocateRaw(size);
  if (addr !== 0) return finish(addr, size);
  if (noGcDepth !== 0) return allocateNoGc(size);
  if (gcFullRequested) collectFull(false);
  else collectYoung();
  if (gcFullRequested) collectFull(false);
  addr = youngAllocateRaw(size);
  if (addr === 0) {
    collectFull(true);
    addr = youngAllocateRaw(size);
    if (addr === 0) hostFatal('out of memory: the young generation cannot be emptied (raise --max-heap)');
  }
  return finish(addr, size);
}

/** An old (pretenured) object: maps and other long-lived metadata. May GC. */
export function allocateOld(size: i32): i32 {
  if (flagGcStress && noGcDepth === 0) stress();
  if (noGcDepth !== 0) return allocateNoGc(size);
  if (size > LARGE_OBJECT_THRESHOLD) return allocateLarge(size);
  let addr: i32 = oldAllocateRaw(size);
  if (addr === 0) {
    collectFull(true);
    addr = oldAllocateRaw(size);
    if (addr === 0) hostFatal('out of memory: the old generation is exhausted (raise --max-heap)');
  }
  return finish(addr, size);
}
