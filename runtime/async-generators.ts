// Async generators (ECMA-262 27.6): the request queue, AsyncGeneratorAwait/Yield/Resolve/Reject
// and %AsyncGeneratorPrototype% next/return/throw. Generators and async functions are in
// generators.ts; docs/interpreter.md, "Async generators".
//
// An async generator object is a generator object (JS_GENERATOR_OBJECT) whose function is an
// async generator. Its `promise` field holds the request queue: a FixedArray of (resume mode,
// value, promise) triples, oldest first (replaced on every change; queues are short). States:
// the generator's `state` (>= 0 suspended at that resume point, 0 being suspendedStart;
// executing; completed) plus `awaitingReturn`, and — while the frame waits in an `await` — the
// resume mode AWAITING, during which the generator counts as executing.
//
// The queue is drained by asyncGeneratorResumeNext (V8's AsyncGeneratorResumeNext): it resumes
// the frame for the oldest request; the frame completes requests itself (AsyncGeneratorYield,
// AsyncGeneratorResolve, AsyncGeneratorReject) and suspends, returns, or waits in an await; the
// loop then goes on with the next request unless the frame is waiting. Await reactions resume
// the frame and drain again. Promises go through the library's hooks (runtime/hooks.ts).
import type { i32, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom } from './memory.ts';
import { fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType, JSGeneratorObjectLayout, JSFunctionLayout, SharedFunctionInfoLayout, SfiFlag, SfiKind } from './layouts.ts';
import { undefinedValue, falseValue, instanceTypeOf, fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength } from './values.ts';
import { sharedFunctionInfoNew, sharedFunctionInfoSetFlags, functionNew, boundFunctionNew } from './functions.ts';
import { atom } from './atoms.ts';
import { errorNew, throwErrorLit, ErrorKind, isException, pendingException, pendingExceptionClear } from './errors.ts';
import { hookGet, HookId } from './hooks.ts';
import { vmCall0, vmCall2, vmArgsReserve, vmArgsRelease, vmArgSet, vmCall } from './interpreter.ts';
import { generatorResume, iterResultNew, ResumeMode, GeneratorState } from './generators.ts';
import { Builtin } from './generated/builtins.ts';

/** The extra state of an async generator whose return request awaits its value (AsyncGeneratorAwaitReturn). */
const AWAITING_RETURN: i32 = -3;
/** Resume mode while the frame waits in an `await` (the generator counts as executing). */
const AWAITING: i32 = 8;
/** The kinds of await reactions (asyncGeneratorReaction's bound first argument). */
export const AsyncGeneratorReaction = { awaitFulfilled: 0, awaitRejected: 1, returnFulfilled: 2, returnRejected: 3 } as const;

function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** Is `v` an async generator object? No GC. */
export function isAsyncGeneratorObject(v: i32): bool {
  if ((v & 1) === 0 || instanceTypeOf(v) !== InstanceType.JS_GENERATOR_OBJECT) return false;
  const f: i32 = fieldGet(v, JSGeneratorObjectLayout.function);
  if ((f & 1) === 0 || instanceTypeOf(f) !== InstanceType.JS_FUNCTION) return false;
  const flags: i32 = H32[(fieldGet(f, JSFunctionLayout.shared) - 1 + SharedFunctionInfoLayout.flags) >> 2];
  return (flags & (SfiFlag.isAsync | SfiFlag.isGenerator)) === (SfiFlag.isAsync | SfiFlag.isGenerator) &&
    ((flags >> SfiKind.shift) & SfiKind.mask) !== SfiKind.module;
}

function genState(gen: i32): i32 {
  return fieldGet(gen, JSGeneratorObjectLayout.state) >> 1;
}
function genSetState(gen: i32, state: i32): void {
  fieldSet(gen, JSGeneratorObjectLayout.state, smiFrom(state));
}
function queueOf(gen: i32): i32 {
  const q: i32 = fieldGet(gen, JSGeneratorObjectLayout.promise);
  if ((q & 1) === 0 || q === undefinedValue() || instanceTypeOf(q) !== InstanceType.FIXED_ARRAY) return 0;
  return q;
}
function queueLength(gen: i32): i32 {
  const q: i32 = queueOf(gen);
  return q === 0 ? 0 : (fixedArrayLength(q) / 3) | 0;
}

/** Appends a request. May GC. */
function queueAppend(gen: i32, mode: i32, value: i32, promise: i32): void {
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const hValue: i32 = handleNew(value);
  const hPromise: i32 = handleNew(promise);
  const used: i32 = Math.imul(queueLength(gen), 3);
  const q: i32 = fixedArrayNew((used + 3) | 0);
  const old: i32 = queueOf(handleGet(hGen));
  for (let i: i32 = 0; i < used; i++) fixedArraySet(q, i, fixedArrayGet(old, i));
  fixedArraySet(q, used, smiFrom(mode));
  fixedArraySet(q, (used + 1) | 0, handleGet(hValue));
  fixedArraySet(q, (used + 2) | 0, handleGet(hPromise));
  fieldSet(handleGet(hGen), JSGeneratorObjectLayout.promise, q);
  handleScopeClose(scope);
}

/** Removes the oldest request; returns its promise. May GC. */
function queueShift(gen: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const n: i32 = queueLength(gen);
  if (n === 0) return closeWith(scope, undefinedValue());
  const hPromise: i32 = handleNew(fixedArrayGet(queueOf(gen), 2));
  const left: i32 = Math.imul((n - 1) | 0, 3);
  const q: i32 = fixedArrayNew(left);
  const old: i32 = queueOf(handleGet(hGen));
  for (let i: i32 = 0; i < left; i++) fixedArraySet(q, i, fixedArrayGet(old, (i + 3) | 0));
  fieldSet(handleGet(hGen), JSGeneratorObjectLayout.promise, q);
  return closeWith(scope, handleGet(hPromise));
}

/**
 * AsyncGeneratorCompleteStep: removes the oldest request and settles its promise — rejected with
 * `value` when `reject`, else resolved with CreateIterResultObject(value, done). May GC.
 */
function completeStep(gen: i32, value: i32, done: bool, reject: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const promise: i32 = queueShift(gen);
  if (promise === undefinedValue()) return closeWith(scope, undefinedValue());
  const hPromise: i32 = handleNew(promise);
  let settled: i32 = handleGet(hValue);
  if (!reject) settled = iterResultNew(handleGet(hValue), done);
  const hook: i32 = hookGet(reject ? HookId.promiseReject : HookId.promiseResolve);
  if (hook === undefinedValue()) return closeWith(scope, undefinedValue());
  const r: i32 = vmCall2(hook, undefinedValue(), handleGet(hPromise), settled);
  return closeWith(scope, isException(r) ? r : undefinedValue());
}

/** The builtin behind await reactions, bound to (generator, kind). May GC. */
function reactionNew(gen: i32, kind: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const name: i32 = atom('');
  const sfi: i32 = sharedFunctionInfoNew(name, 1, Builtin.OuroAsyncGeneratorReaction);
  sharedFunctionInfoSetFlags(sfi, (SfiKind.builtin << SfiKind.shift) | SfiFlag.strict | SfiFlag.nativeCode);
  const hF: i32 = handleNew(functionNew(sfi, undefinedValue()));
  const args: i32 = fixedArrayNew(1);
  fixedArraySet(args, 0, smiFrom(kind));
  return closeWith(scope, boundFunctionNew(handleGet(hF), handleGet(hGen), args));
}

/** promiseThen(value, reaction(fulfilledKind), reaction(fulfilledKind + 1)): the exception sentinel when it threw. May GC. */
function awaitWith(gen: i32, value: i32, fulfilledKind: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const hValue: i32 = handleNew(value);
  const then: i32 = hookGet(HookId.promiseThen);
  if (then === undefinedValue()) return closeWith(scope, errorMissingHooks());
  const hF: i32 = handleNew(reactionNew(handleGet(hGen), fulfilledKind));
  const hR: i32 = handleNew(reactionNew(handleGet(hGen), (fulfilledKind + 1) | 0));
  const argv: i32 = vmArgsReserve(3);
  vmArgSet(argv, 0, handleGet(hValue));
  vmArgSet(argv, 1, handleGet(hF));
  vmArgSet(argv, 2, handleGet(hR));
  const r: i32 = vmCall(hookGet(HookId.promiseThen), undefinedValue(), argv, 3);
  vmArgsRelease(argv);
  return closeWith(scope, r);
}

function errorMissingHooks(): i32 {
  return throwErrorLit(ErrorKind.TypeError, 'async generators need the library\'s promise hooks');
}

/**
 * AsyncGeneratorResumeNext / AsyncGeneratorDrainQueue: serves requests while the generator is
 * neither running nor waiting. May GC.
 */
export function asyncGeneratorResumeNext(gen: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  for (;;) {
    const g: i32 = handleGet(hGen);
    let state: i32 = genState(g);
    if (state === GeneratorState.executing || state === AWAITING_RETURN) break;
    if (state >= 0 && fieldGet(g, JSGeneratorObjectLayout.resumeMode) === smiFrom(AWAITING)) break;
    if (queueLength(g) === 0) break;
    const q: i32 = queueOf(g);
    const mode: i32 = fixedArrayGet(q, 0) >> 1;
    const value: i32 = fixedArrayGet(q, 1);
    if (mode !== ResumeMode.next) {
      if (state === 0) {
        genSetState(g, GeneratorState.completed);
        state = GeneratorState.completed;
      }
      if (state === GeneratorState.completed) {
        if (mode === ResumeMode.return) {
          // AsyncGeneratorAwaitReturn: settle the request when the value settles.
          genSetState(g, AWAITING_RETURN);
          const r: i32 = awaitWith(g, value, AsyncGeneratorReaction.returnFulfilled);
          if (isException(r)) {
            const reason: i32 = pendingException();
            pendingExceptionClear();
            genSetState(handleGet(hGen), GeneratorState.completed);
            const c: i32 = completeStep(handleGet(hGen), reason, true, true);
            if (isException(c)) return closeWith(scope, c);
            continue;
          }
          break;
        }
        const c: i32 = completeStep(g, value, true, true);
        if (isException(c)) return closeWith(scope, c);
        continue;
      }
    } else if (state === GeneratorState.completed) {
      const c: i32 = completeStep(g, undefinedValue(), true, false);
      if (isException(c)) return closeWith(scope, c);
      continue;
    }
    // Suspended at the start or at a yield: run the frame for this request.
    const r: i32 = generatorResume(g, mode, value);
    if (isException(r)) {
      // Only a failure outside the body's handler (stack overflow) gets here.
      const reason: i32 = pendingException();
      pendingExceptionClear();
      genSetState(handleGet(hGen), GeneratorState.completed);
      const c: i32 = completeStep(handleGet(hGen), reason, true, true);
      if (isException(c)) return closeWith(scope, c);
    }
  }
  return closeWith(scope, undefinedValue());
}

/**
 * %AsyncGeneratorPrototype%.next / return / throw (AsyncGeneratorEnqueue): a promise for the
 * request's result; a TypeError rejection for a receiver that is no async generator. May GC.
 */
export function asyncGeneratorEnqueue(gen: i32, mode: i32, value: i32): i32 {
  const create: i32 = hookGet(HookId.promiseCreate);
  if (create === undefinedValue()) return errorMissingHooks();
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const hValue: i32 = handleNew(value);
  const promise: i32 = vmCall0(create, undefinedValue());
  if (isException(promise)) return closeWith(scope, promise);
  const hPromise: i32 = handleNew(promise);
  if (!isAsyncGeneratorObject(handleGet(hGen))) {
    const kMessage: i32 = atom('next method called on incompatible receiver');
    const e: i32 = errorNew(ErrorKind.TypeError, kMessage);
    const r: i32 = vmCall2(hookGet(HookId.promiseReject), undefinedValue(), handleGet(hPromise), e);
    if (isException(r)) return closeWith(scope, r);
    return closeWith(scope, handleGet(hPromise));
  }
  queueAppend(handleGet(hGen), mode, handleGet(hValue), handleGet(hPromise));
  const r: i32 = asyncGeneratorResumeNext(handleGet(hGen));
  if (isException(r)) return closeWith(scope, r);
  return closeWith(scope, handleGet(hPromise));
}

/**
 * An await reaction (bound to the generator and its kind) called with the settled value: resumes
 * the frame (await) or settles the return request (AsyncGeneratorAwaitReturn), then drains. May GC.
 */
export function asyncGeneratorReactionRun(gen: i32, kind: i32, value: i32): i32 {
  if (!isAsyncGeneratorObject(gen)) return undefinedValue();
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  if (kind === AsyncGeneratorReaction.awaitFulfilled || kind === AsyncGeneratorReaction.awaitRejected) {
    const r: i32 = generatorResume(gen, kind === AsyncGeneratorReaction.awaitFulfilled ? ResumeMode.next : ResumeMode.throw, value);
    if (isException(r)) {
      const reason: i32 = pendingException();
      pendingExceptionClear();
      genSetState(handleGet(hGen), GeneratorState.completed);
      const c: i32 = completeStep(handleGet(hGen), reason, true, true);
      if (isException(c)) return closeWith(scope, c);
    }
  } else {
    genSetState(gen, GeneratorState.completed);
    const c: i32 = completeStep(gen, value, true, kind === AsyncGeneratorReaction.returnRejected);
    if (isException(c)) return closeWith(scope, c);
  }
  return closeWith(scope, asyncGeneratorResumeNext(handleGet(hGen)));
}

// ---- runtime functions of the generator's bytecode -------------------------------------------------

/** AsyncGeneratorAwait(generator, value): schedules the resumption; the frame then suspends. May GC. */
export function asyncGeneratorAwait(generator: i32, value: i32): i32 {
  fieldSet(generator, JSGeneratorObjectLayout.resumeMode, smiFrom(AWAITING));
  const r: i32 = awaitWith(generator, value, AsyncGeneratorReaction.awaitFulfilled);
  if (isException(r)) return r;
  return undefinedValue();
}

/** AsyncGeneratorYield(generator, value): completes the oldest request with {value, done: false}. May GC. */
export function asyncGeneratorYield(generator: i32, value: i32): i32 {
  const r: i32 = completeStep(generator, value, false, false);
  if (isException(r)) return r;
  return undefinedValue();
}

/** AsyncGeneratorResolve(generator, value, done): the body returned; completes the request. May GC. */
export function asyncGeneratorResolve(generator: i32, value: i32, done: i32): i32 {
  genSetState(generator, GeneratorState.completed);
  const r: i32 = completeStep(generator, value, done !== falseValue(), false);
  if (isException(r)) return r;
  return undefinedValue();
}

/** AsyncGeneratorReject(generator, reason): the body threw; rejects the request. May GC. */
export function asyncGeneratorReject(generator: i32, reason: i32): i32 {
  genSetState(generator, GeneratorState.completed);
  const r: i32 = completeStep(generator, reason, true, true);
  if (isException(r)) return r;
  return undefinedValue();
}
