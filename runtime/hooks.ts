// Hooks: JavaScript functions of the self-hosted library (stage1/) that the kernel calls back —
// promise operations for async functions, error stack formatting, the timer queue
// (docs/interpreter.md, "The realm and the library"). The library registers them with
// `__ouro.setHook(id, fn)`; the table is the FixedArray at RootIndex.hooks.
//
// CONTRACT STUB (seeded by the lead): HookId may be appended to; the realm/builtins owner
// implements setHook (a builtin) on top of hookSet.
import type { i32 } from './types.ts';
import { rootGet, rootSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, undefinedValue } from './values.ts';

export const HookId = {
  /** () => a new pending promise */
  promiseCreate: 0,
  /** (promise, value) resolves (with thenable adoption) */
  promiseResolve: 1,
  /** (promise, reason) */
  promiseReject: 2,
  /** (value, onFulfilled, onRejected): PerformPromiseThen(PromiseResolve(value), ...) without a result promise */
  promiseThen: 3,
  /** (error) => the `stack` string of an error object */
  errorStack: 4,
  /** () => run due timers; returns the delay in ms to the next timer, or -1 when none */
  runTimers: 5,
  /** (promise, reason) an unhandled rejection surfaced at the end of a macrotask */
  unhandledRejection: 6,
  /** (syncIterator) => CreateAsyncFromSyncIterator(syncIterator): the async iterator `for await` uses over a sync iterable */
  asyncFromSyncIterator: 7,
  /** (op, proxy, a, b, c) => the result of proxy internal method `op` (ProxyOp in runtime/builtins-proxy.ts; stage1/35-typedarray.js) */
  proxyTrap: 8,
  /** (resources array, hasError, error) => DisposeResources (stage1/45-disposal.js): undefined or a promise (async resources); throws the final error */
  disposeResources: 12,
  /** () => Node's processTicksAndRejections: process.nextTick callbacks, then promise jobs, until both are empty (stage1/80-process.js) */
  processTicks: 13,
  /** (block id, number or BigInt digits) an agent received a $262.agent broadcast: calls its receiveBroadcast callback (stage1/36-agent.js, stage0/vm/agents.ts) */
  agentBroadcast: 14,
  count: 16,
} as const;

/** The hook function `id`, or undefined when the library registered none. */
export function hookGet(id: i32): i32 {
  const table: i32 = rootGet(RootIndex.hooks);
  if (table === undefinedValue() || table === 0) return undefinedValue();
  if (id < 0 || id >= fixedArrayLength(table)) return undefinedValue();
  return fixedArrayGet(table, id);
}

/** Registers hook `id`. May GC (the first time). */
export function hookSet(id: i32, fn: i32): void {
  if (rootGet(RootIndex.hooks) === undefinedValue() || rootGet(RootIndex.hooks) === 0) {
    const scope: i32 = handleScopeOpen();
    const hFn: i32 = handleNew(fn);
    rootSet(RootIndex.hooks, fixedArrayNew(HookId.count));
    fixedArraySet(rootGet(RootIndex.hooks), id, handleGet(hFn));
    handleScopeClose(scope);
    return;
  }
  fixedArraySet(rootGet(RootIndex.hooks), id, fn);
}
