// GC flags (set from the command line or tests) and GC statistics (--stats). Module state that is
// derived from the command line, never stored in images (docs/kernel-ts.md §6).
import type { i32, f64, bool } from './types.ts';

/** --gc-stress: collect at every safepoint (every allocation through alloc.ts). */
export let flagGcStress: bool = false;
/** --gc-stress: the first full collection is the 16th stress collection (alloc.ts, stress). */
export const STRESS_FIRST_FULL: i32 = 16;
/**
 * --gc-stress: then one full collection every (live old bytes / STRESS_FULL_BYTES) stress
 * collections, so that full collections cost each safepoint about as much as marking and
 * compacting STRESS_FULL_BYTES (less than a stress scavenge costs).
 */
export const STRESS_FULL_BYTES: i32 = 256;
/** --trace-gc: one line per collection on stderr. */
export let flagTraceGc: bool = false;
/** --verify-heap: run the heap verifier after every collection (on in tests). */
export let flagVerifyHeap: bool = false;
/** Scavenges an object survives in the young generation before promotion (>= 1). */
export let flagPromotionAge: i32 = 2;
/** A page is evacuated by mark-compact when its live bytes are below this percentage. */
export let flagCompactThresholdPercent: i32 = 50;

/** --gc-stress schedule (alloc.ts): stress collections since the last full one, and the interval. */
let stressCount: i32 = 0;
let stressFullInterval: i32 = STRESS_FIRST_FULL;

/** Turning --gc-stress on starts its schedule afresh: the 16th stress collection is full. */
export function flagsSetGcStress(on: bool): void {
  flagGcStress = on;
  stressCount = 0;
  stressFullInterval = STRESS_FIRST_FULL;
}

/** Counts one stress collection; true when it is to be a full one. */
export function stressTick(): bool {
  stressCount = (stressCount + 1) | 0;
  return stressCount >= stressFullInterval;
}

/** After a stress full collection: the next one after (live old bytes / STRESS_FULL_BYTES), at least 16. */
export function stressFullDone(liveBytes: i32): void {
  const interval: i32 = ((+liveBytes) / (+STRESS_FULL_BYTES)) | 0;
  stressCount = 0;
  stressFullInterval = interval > STRESS_FIRST_FULL ? interval : STRESS_FIRST_FULL;
}
export function flagsSetTraceGc(on: bool): void {
  flagTraceGc = on;
}
export function flagsSetVerifyHeap(on: bool): void {
  flagVerifyHeap = on;
}
export function flagsSetPromotionAge(age: i32): void {
  flagPromotionAge = age < 1 ? 1 : age;
}
export function flagsSetCompactThreshold(percent: i32): void {
  flagCompactThresholdPercent = percent;
}

// ---- statistics ----------------------------------------------------------------------------

export let statScavenges: i32 = 0;
export let statMarkCompacts: i32 = 0;
export let statPauseTotalMs: f64 = 0;
export let statPauseMaxMs: f64 = 0;
export let statScavengePauseTotalMs: f64 = 0;
export let statMarkCompactPauseTotalMs: f64 = 0;
/** Bytes allocated by the mutator in the young generation and directly in old/large space. */
export let statAllocatedBytes: f64 = 0;
export let statPromotedBytes: f64 = 0;
export let statSurvivedBytes: f64 = 0;
export let statEvacuatedPages: i32 = 0;

export function statsRecordScavenge(pauseMs: f64, survived: f64, promoted: f64): void {
  statScavenges = (statScavenges + 1) | 0;
  statScavengePauseTotalMs += pauseMs;
  statSurvivedBytes += survived;
  statPromotedBytes += promoted;
  statsRecordPause(pauseMs);
}
export function statsRecordMarkCompact(pauseMs: f64, evacuatedPages: i32): void {
  statMarkCompacts = (statMarkCompacts + 1) | 0;
  statMarkCompactPauseTotalMs += pauseMs;
  statEvacuatedPages = (statEvacuatedPages + evacuatedPages) | 0;
  statsRecordPause(pauseMs);
}
function statsRecordPause(pauseMs: f64): void {
  statPauseTotalMs += pauseMs;
  if (pauseMs > statPauseMaxMs) statPauseMaxMs = pauseMs;
}
export function statsAddAllocated(bytes: f64): void {
  statAllocatedBytes += bytes;
}
export function statsReset(): void {
  statScavenges = 0;
  statMarkCompacts = 0;
  statPauseTotalMs = 0;
  statPauseMaxMs = 0;
  statScavengePauseTotalMs = 0;
  statMarkCompactPauseTotalMs = 0;
  statAllocatedBytes = 0;
  statPromotedBytes = 0;
  statSurvivedBytes = 0;
  statEvacuatedPages = 0;
}
