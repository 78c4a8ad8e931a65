// GC policy and entry points: when to scavenge, when to run a full mark-compact, tracing
// (--trace-gc), statistics (--stats) and the verifier hook (--verify-heap).
//
// Collections happen only at safepoints: alloc.ts calls in here when an allocation cannot be
// satisfied (or at every allocation under --gc-stress); the interpreter calls gcSafepoint() at
// function entry and loop back-edges. Callers hold their pointers in handles or frames.
import type { i32, f64, bool } from './types.ts';
import { hostNowMs, hostWriteLit, hostWriteF64, hostWriteI32, hostFatal } from './host/host.ts';
import { PAGED_START, MB, youngStart, youngSemiSize, memoryFill } from './memory.ts';
import { youngTop, youngSpaceStart, oldUsedBytes, largeUsedBytes, oldTop } from './heap.ts';
import { scavenge, scavengeSurvivedBytes, scavengePromotedBytes } from './gc-scavenge.ts';
import { markCompact } from './gc-mark-compact.ts';
import { heapVerify } from './verifier.ts';
import {
  flagTraceGc, flagVerifyHeap, flagGcStress, flagCompactThresholdPercent, statsRecordScavenge, statsRecordMarkCompact,
  statsAddAllocated,
} from './flags.ts';

export const GcKind = { SCAVENGE: 0, MARK_SWEEP: 1, MARK_COMPACT: 2 } as const;

/** Old-generation bytes that trigger the next full collection. */
let fullGcLimit: i32 = 32 * MB;
/** Set by alloc.ts when a full collection is due at the next safepoint. */
export let gcFullRequested: bool = false;

export function heapUsedBytes(): f64 {
  return (+((youngTop - youngSpaceStart) | 0)) + oldUsedBytes + largeUsedBytes;
}

function traceStart(kind: i32, before: f64): void {
  hostWriteLit(2, '[gc] ');
  if (kind === GcKind.SCAVENGE) hostWriteLit(2, 'scavenge');
  else if (kind === GcKind.MARK_SWEEP) hostWriteLit(2, 'mark-sweep');
  else hostWriteLit(2, 'mark-compact');
  hostWriteLit(2, ' ');
  hostWriteF64(2, before / MB, 1);
}

function traceEnd(after: f64, pauseMs: f64): void {
  hostWriteLit(2, 'MB -> ');
  hostWriteF64(2, after / MB, 1);
  hostWriteLit(2, 'MB, ');
  hostWriteF64(2, pauseMs, 3);
  hostWriteLit(2, ' ms\n');
}

/**
 * With the verifier on, the semispace that was just evacuated is filled with 0xdb bytes, so a
 * stale pointer into it (a local not kept in a handle) reads a map word that is no map instead of
 * a plausible old copy of the object.
 */
function zapInactiveSemispace(): void {
  const inactive: i32 = youngSpaceStart === youngStart ? ((youngStart + youngSemiSize) | 0) : youngStart;
  memoryFill(inactive, 219, youngSemiSize);
}

/** Milliseconds spent in collections made under --gc-stress (see gcProgramClockMs). */
let stressPauseMs: f64 = 0;

/**
 * The clock programs see (K.now(): performance.now(), the timers): the host's monotonic clock less
 * the time spent in --gc-stress collections. Stress collections are an artificial slowdown, so a
 * program's timers fire in the order they would without the flag (a 1 ms interval still ticks
 * three times before a 100 ms timeout). Monotonic: the pauses subtracted are time that passed.
 */
export function gcProgramClockMs(): f64 {
  return hostNowMs() - stressPauseMs;
}

function recordPause(pause: f64): void {
  if (flagGcStress) stressPauseMs += pause;
}

/** Depth of no-GC scopes: while > 0 the allocator never collects (see noGcEnter). */
export let noGcDepth: i32 = 0;

/**
 * Opens a no-GC scope: until the matching noGcExit, allocation never collects; when young space is
 * full it takes old space, and when that is exhausted the process dies with a fatal message. For
 * short, bounded allocations that callers must be able to make without keeping their pointers in
 * handles (atom materialisation). The checker treats a function calling this as non-collecting.
 */
export function noGcEnter(): void {
  noGcDepth = (noGcDepth + 1) | 0;
}
export function noGcExit(): void {
  noGcDepth = (noGcDepth - 1) | 0;
}

/** A young-generation collection. */
export function collectYoung(): void {
  if (noGcDepth !== 0) hostFatal('a collection inside a no-GC scope');
  // Nothing to move (see scavenge): under --gc-stress most safepoints between allocations.
  if (youngTop === youngSpaceStart) return;
  const t0: f64 = hostNowMs();
  const before: f64 = heapUsedBytes();
  statsAddAllocated(+((youngTop - youngSpaceStart) | 0));
  scavenge(false);
  const pause: f64 = hostNowMs() - t0;
  recordPause(pause);
  statsRecordScavenge(pause, scavengeSurvivedBytes, scavengePromotedBytes);
  if (flagTraceGc) {
    traceStart(GcKind.SCAVENGE, before);
    traceEnd(heapUsedBytes(), pause);
  }
  if (flagVerifyHeap) {
    zapInactiveSemispace();
    heapVerify();
  }
  if (((oldUsedBytes + largeUsedBytes) | 0) > fullGcLimit) gcFullRequested = true;
}

/** A full collection: promote the young generation, mark, then sweep or compact. */
export function collectFull(compact: bool): void {
  if (noGcDepth !== 0) hostFatal('a collection inside a no-GC scope');
  const t0: f64 = hostNowMs();
  const before: f64 = heapUsedBytes();
  statsAddAllocated(+((youngTop - youngSpaceStart) | 0));
  scavenge(true);
  const compacted: bool = markCompact(compact, flagCompactThresholdPercent);
  const pause: f64 = hostNowMs() - t0;
  recordPause(pause);
  statsRecordMarkCompact(pause, compacted ? 1 : 0);
  gcFullRequested = false;
  const live: i32 = (oldUsedBytes + largeUsedBytes) | 0;
  fullGcLimit = live < 16 * MB ? 32 * MB : ((live + live) | 0);
  if (flagTraceGc) {
    traceStart(compacted ? GcKind.MARK_COMPACT : GcKind.MARK_SWEEP, before);
    traceEnd(heapUsedBytes(), pause);
  }
  if (flagVerifyHeap) {
    zapInactiveSemispace();
    heapVerify();
  }
}

/** A safepoint: runs a requested full collection. */
export function gcSafepoint(): void {
  if (gcFullRequested) collectFull(false);
}

/** --stats: one block of GC figures on fd. */
export function gcPrintStats(fd: i32, scavenges: i32, fulls: i32, pauseTotal: f64, pauseMax: f64, allocated: f64): void {
  hostWriteLit(fd, 'gc: scavenges ');
  hostWriteI32(fd, scavenges);
  hostWriteLit(fd, ', full collections ');
  hostWriteI32(fd, fulls);
  hostWriteLit(fd, ', pause total ');
  hostWriteF64(fd, pauseTotal, 2);
  hostWriteLit(fd, ' ms, max ');
  hostWriteF64(fd, pauseMax, 2);
  hostWriteLit(fd, ' ms, allocated ');
  hostWriteF64(fd, allocated / MB, 1);
  hostWriteLit(fd, ' MB, old ');
  hostWriteF64(fd, (+((oldTop - PAGED_START) | 0)) / MB, 1);
  hostWriteLit(fd, ' MB\n');
}
