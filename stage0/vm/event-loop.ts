// The event loop of `ouro run` (DESIGN §5, Node's order): after the script, drain the microtask
// queue, surface an unhandled rejection, then run timers through the library's `runTimers` hook
// (stage1/INTRINSICS.md, "Hooks") — it runs every due timer, draining microtasks after each
// callback, and says how long to wait for the next one — sleeping in between, until no microtask,
// timer or immediate is left. An exception that escapes a job or a timer callback, or an unhandled
// rejection, ends the loop: the caller reports it as uncaught and exits with status 1.
//
//   script ─► microtasks ─► rejection check ─┬─► runTimers() ─► rejection check ─┐
//                                             │       │ -1: done   >0: sleep     │
//                                             └───────┴──────────────────────────┘
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../runtime/heap.ts';
import { hookGet, HookId } from '../../runtime/hooks.ts';
import { vmCall0 } from '../../runtime/interpreter.ts';
import { isException, pendingException, pendingExceptionClear } from '../../runtime/errors.ts';
import { isCallable, numberToF64 } from '../../runtime/conversions.ts';
import { isNumber, undefinedValue } from '../../runtime/values.ts';

export type LoopStatus = { kind: 'ok' } | { kind: 'uncaught' } | { kind: 'exit'; code: number };

export interface EventLoopHost {
  /** Drains the microtask queue; returns the exception sentinel when a job threw. */
  runMicrotasks(): number;
  /** Reports an escaped exception (a tagged value). */
  reportUncaught(value: number): void;
  /** The exit code requested by `quit(code)`, or -1. */
  exitRequested(): number;
}

/** One cell to sleep on: Atomics.wait blocks the thread without spinning. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function sleepMs(ms: number): void {
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
}

/** Takes the pending exception and reports it. */
function reportPending(host: EventLoopHost): LoopStatus {
  const value = pendingException();
  pendingExceptionClear();
  const scope = handleScopeOpen();
  const h = handleNew(value);
  host.reportUncaught(handleGet(h));
  handleScopeClose(scope);
  return { kind: 'uncaught' };
}

/** Calls a hook with no arguments; `undefined` when the library registered none. */
function callHook(id: number): number {
  const fn = hookGet(id);
  if (!isCallable(fn)) return undefinedValue();
  return vmCall0(fn, undefinedValue());
}

/**
 * The library's `processTicks` hook (Node's processTicksAndRejections: process.nextTick callbacks,
 * then promise jobs, until both are empty), once runtime/hooks.ts has an id for it; -1 before.
 */
const PROCESS_TICKS_HOOK: number = (HookId as Record<string, number>)['processTicks'] ?? -1;

/** Drains the process.nextTick queue and the microtask queue (the library's way when it has one). */
function drain(host: EventLoopHost): number {
  if (PROCESS_TICKS_HOOK >= 0 && isCallable(hookGet(PROCESS_TICKS_HOOK))) {
    const r = callHook(PROCESS_TICKS_HOOK);
    if (isException(r)) return r;
  }
  return host.runMicrotasks();
}

/** A microtask checkpoint: drain, then report the first unhandled rejection, if any. */
function checkpoint(host: EventLoopHost): LoopStatus {
  if (isException(drain(host))) return reportPending(host);
  const exit = host.exitRequested();
  if (exit >= 0) return { kind: 'exit', code: exit };
  const rejected = callHook(HookId.unhandledRejection);
  if (isException(rejected)) return reportPending(host);
  if (rejected !== undefinedValue()) {
    host.reportUncaught(rejected);
    return { kind: 'uncaught' };
  }
  return { kind: 'ok' };
}

export function runEventLoop(host: EventLoopHost): LoopStatus {
  let idle = false;
  for (;;) {
    const status = checkpoint(host);
    if (status.kind !== 'ok') return status;
    const fn = hookGet(HookId.runTimers);
    if (!isCallable(fn)) return { kind: 'ok' }; // no timers in this realm
    const next = vmCall0(fn, undefinedValue());
    if (isException(next)) return reportPending(host);
    const exit = host.exitRequested();
    if (exit >= 0) return { kind: 'exit', code: exit };
    const delay = isNumber(next) ? numberToF64(next) : -1;
    if (delay < 0) {
      // No timer left: one more checkpoint, and done unless it scheduled new timers.
      if (idle) return { kind: 'ok' };
      idle = true;
      continue;
    }
    idle = false;
    sleepMs(Math.ceil(delay));
  }
}
