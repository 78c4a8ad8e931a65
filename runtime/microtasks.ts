// The microtask queue (ECMA-262 §9.5 HostEnqueuePromiseJob; HTML's microtask checkpoint): a FIFO of
// jobs in the heap, reached from the realm's intrinsics so that it is part of heap images.
//
// Layout: Intrinsic.MicrotaskQueue is a FixedArray ring of (function, a, b) triples;
// Intrinsic.MicrotaskHead / MicrotaskCount are Smis (first triple, number of queued jobs). A job
// calls `function(a, b)` with `this` undefined; `b` (or `a` and `b`) being the hole means the job
// passes one argument (or none), as queueMicrotask's callbacks get none.
import type { i32 } from './types.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { smiFrom, smiValue } from './memory.ts';
import { undefinedValue, theHole, fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength } from './values.ts';
import { agentIntrinsicGet, agentIntrinsicSet, Intrinsic } from './realm.ts';
import { isException } from './errors.ts';
import { vmCall0, vmCall1, vmCall2 } from './interpreter.ts';

const JOB_SLOTS: i32 = 3;

function queueCount(): i32 {
  const c: i32 = agentIntrinsicGet(Intrinsic.MicrotaskCount);
  return (c & 1) === 0 ? smiValue(c) : 0;
}
function queueHead(): i32 {
  const h: i32 = agentIntrinsicGet(Intrinsic.MicrotaskHead);
  return (h & 1) === 0 ? smiValue(h) : 0;
}

/** Number of queued jobs. No GC. */
export function microtaskCount(): i32 {
  return queueCount();
}

/** Appends the job fn(a, b) (the hole for absent arguments). May GC. */
export function enqueueMicrotask(fn: i32, a: i32, b: i32): void {
  const scope: i32 = handleScopeOpen();
  const hFn: i32 = handleNew(fn);
  const hA: i32 = handleNew(a);
  const hB: i32 = handleNew(b);
  let queue: i32 = agentIntrinsicGet(Intrinsic.MicrotaskQueue);
  const count: i32 = queueCount();
  let head: i32 = queueHead();
  const jobs: i32 = queue === undefinedValue() ? 0 : (fixedArrayLength(queue) / JOB_SLOTS) | 0;
  if (count >= jobs) {
    // Grow: copy the ring in order to the front of a twice larger one.
    const newJobs: i32 = jobs === 0 ? 64 : jobs << 1;
    const grown: i32 = fixedArrayNew(Math.imul(newJobs, JOB_SLOTS));
    const old: i32 = agentIntrinsicGet(Intrinsic.MicrotaskQueue);
    for (let i: i32 = 0; i < count; i++) {
      const from: i32 = Math.imul((((head + i) | 0) % jobs) | 0, JOB_SLOTS);
      const to: i32 = Math.imul(i, JOB_SLOTS);
      for (let s: i32 = 0; s < JOB_SLOTS; s++) fixedArraySet(grown, (to + s) | 0, fixedArrayGet(old, (from + s) | 0));
    }
    agentIntrinsicSet(Intrinsic.MicrotaskQueue, grown);
    agentIntrinsicSet(Intrinsic.MicrotaskHead, smiFrom(0));
    head = 0;
    queue = agentIntrinsicGet(Intrinsic.MicrotaskQueue);
  }
  const capacity: i32 = (fixedArrayLength(queue) / JOB_SLOTS) | 0;
  const at: i32 = Math.imul((((head + count) | 0) % capacity) | 0, JOB_SLOTS);
  fixedArraySet(queue, at, handleGet(hFn));
  fixedArraySet(queue, (at + 1) | 0, handleGet(hA));
  fixedArraySet(queue, (at + 2) | 0, handleGet(hB));
  agentIntrinsicSet(Intrinsic.MicrotaskCount, smiFrom((count + 1) | 0));
  handleScopeClose(scope);
}

/**
 * Runs jobs until the queue is empty (jobs queued meanwhile run too). Returns undefined, or the
 * exception sentinel when a job threw (the pending exception is the thrown value; the jobs after
 * it stay queued). May GC; runs JavaScript.
 */
export function runMicrotasks(): i32 {
  while (queueCount() > 0) {
    const queue: i32 = agentIntrinsicGet(Intrinsic.MicrotaskQueue);
    const capacity: i32 = (fixedArrayLength(queue) / JOB_SLOTS) | 0;
    const head: i32 = queueHead();
    const at: i32 = Math.imul(head, JOB_SLOTS);
    // The intrinsics table exists (the queue is in it), so these stores do not allocate.
    agentIntrinsicSet(Intrinsic.MicrotaskHead, smiFrom((((head + 1) | 0) % capacity) | 0));
    agentIntrinsicSet(Intrinsic.MicrotaskCount, smiFrom((queueCount() - 1) | 0));
    const q: i32 = agentIntrinsicGet(Intrinsic.MicrotaskQueue);
    const fn: i32 = fixedArrayGet(q, at);
    const a: i32 = fixedArrayGet(q, (at + 1) | 0);
    const b: i32 = fixedArrayGet(q, (at + 2) | 0);
    fixedArraySet(q, at, undefinedValue());
    fixedArraySet(q, (at + 1) | 0, undefinedValue());
    fixedArraySet(q, (at + 2) | 0, undefinedValue());
    let r: i32 = 0;
    if (a === theHole()) r = vmCall0(fn, undefinedValue());
    else if (b === theHole()) r = vmCall1(fn, undefinedValue(), a);
    else r = vmCall2(fn, undefinedValue(), a, b);
    if (isException(r)) return r;
  }
  return undefinedValue();
}
