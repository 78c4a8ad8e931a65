// Promise (ECMA-262 §27.2) with the job ordering of the spec (which V8 and Node follow), the
// hooks the kernel uses for async functions and `await`, and the rejection tracking behind the
// `unhandledRejection` hook (stage1/INTRINSICS.md).
//
// A promise's reactions are kept in one list of records { capability, onFulfilled, onRejected };
// `capability` is undefined for the kernel's `await` (no derived promise), an internal promise of
// the built-in constructor (resolved without resolving functions), or a PromiseCapability record
// { promise, resolve, reject } for subclasses.
(function (K) {
  'use strict';

  const lib = K.lib;
  const enqueueJob = K.enqueueJob;
  const isObj = lib.isObject;

  const PENDING = 0;
  const FULFILLED = 1;
  const REJECTED = 2;
  const INTERNAL = {};

  /** Rejected promises without a handler, oldest first (HostPromiseRejectionTracker). */
  let unhandled = [];

  class Promise {
    #state = PENDING;
    #result = undefined;
    /** The pending reactions: a list linked through `next`, oldest first (no array: a setter on Array.prototype must not see them). */
    #reactions = null;
    #lastReaction = null;
    #handled = false;
    /** Set once the promise is resolved (maybe to a thenable it now follows). */
    #alreadyResolved = false;

    constructor(executor) {
      if (executor === INTERNAL) return;
      if (typeof executor !== 'function') throw new TypeError('Promise resolver ' + lib.describe(executor) + ' is not a function');
      const resolving = createResolvingFunctions(this);
      try {
        executor(resolving.resolve, resolving.reject);
      } catch (e) {
        resolving.reject(e);
      }
    }

    static #isPromise(v) {
      return isObj(v) && #state in v;
    }

    /** The resolve function's steps (§27.2.1.3.2) after the already-resolved check. */
    static #resolve(promise, resolution) {
      if (resolution === promise) {
        Promise.#reject(promise, new TypeError('Chaining cycle detected for promise #<Promise>'));
        return;
      }
      if (!isObj(resolution)) {
        Promise.#fulfill(promise, resolution);
        return;
      }
      let then;
      try {
        then = resolution.then;
      } catch (e) {
        Promise.#reject(promise, e);
        return;
      }
      if (typeof then !== 'function') {
        Promise.#fulfill(promise, resolution);
        return;
      }
      enqueueJob(promiseResolveThenableJob, promise, { thenable: resolution, then });
    }

    static #fulfill(promise, value) {
      if (promise.#state !== PENDING) return;
      let reaction = promise.#reactions;
      promise.#state = FULFILLED;
      promise.#result = value;
      promise.#reactions = null;
      promise.#lastReaction = null;
      for (; reaction !== null; reaction = reaction.next) enqueueJob(promiseReactionJob, reaction, { fulfilled: true, value });
    }

    static #reject(promise, reason) {
      if (promise.#state !== PENDING) return;
      let reaction = promise.#reactions;
      promise.#state = REJECTED;
      promise.#result = reason;
      promise.#reactions = null;
      promise.#lastReaction = null;
      if (!promise.#handled) unhandled.push(promise);
      for (; reaction !== null; reaction = reaction.next) enqueueJob(promiseReactionJob, reaction, { fulfilled: false, value: reason });
    }

    /** PerformPromiseThen (§27.2.5.4.1). */
    static #performThen(promise, onFulfilled, onRejected, capability) {
      const reaction = {
        capability,
        onFulfilled: typeof onFulfilled === 'function' ? onFulfilled : undefined,
        onRejected: typeof onRejected === 'function' ? onRejected : undefined,
        next: null,
      };
      const state = promise.#state;
      if (state === PENDING) {
        if (promise.#lastReaction === null) promise.#reactions = reaction;
        else promise.#lastReaction.next = reaction;
        promise.#lastReaction = reaction;
      } else if (state === FULFILLED) {
        enqueueJob(promiseReactionJob, reaction, { fulfilled: true, value: promise.#result });
      } else {
        if (!promise.#handled) {
          const i = unhandled.indexOf(promise);
          if (i !== -1) unhandled.splice(i, 1);
        }
        enqueueJob(promiseReactionJob, reaction, { fulfilled: false, value: promise.#result });
      }
      promise.#handled = true;
    }

    then(onFulfilled, onRejected) {
      if (!Promise.#isPromise(this)) {
        throw new TypeError('Method Promise.prototype.then called on incompatible receiver ' + lib.describe(this));
      }
      const C = lib.speciesConstructor(this, Promise);
      const capability = C === Promise ? new Promise(INTERNAL) : newPromiseCapability(C);
      Promise.#performThen(this, onFulfilled, onRejected, capability);
      return C === Promise ? capability : capability.promise;
    }

    catch(onRejected) {
      return this.then(undefined, onRejected);
    }

    finally(onFinally) {
      if (!isObj(this)) throw new TypeError('Method Promise.prototype.finally called on incompatible receiver ' + lib.describe(this));
      const C = lib.speciesConstructor(this, Promise);
      if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
      // The spec's built-in closures are anonymous: `(0, arrow)` keeps the name "" (no NamedEvaluation).
      const thenFinally = (0, (value) => {
        const result = onFinally();
        return promiseResolve(C, result).then((0, () => value));
      });
      const catchFinally = (0, (reason) => {
        const result = onFinally();
        return promiseResolve(C, result).then((0, () => {
          throw reason;
        }));
      });
      return this.then(thenFinally, catchFinally);
    }

    static resolve(x) {
      if (!isObj(this)) throw new TypeError('PromiseResolve called on non-object');
      return promiseResolve(this, x);
    }

    static reject(r) {
      if (this === Promise) {
        const p = new Promise(INTERNAL);
        Promise.#reject(p, r);
        return p;
      }
      const capability = newPromiseCapability(this);
      (0, capability.reject)(r);
      return capability.promise;
    }

    static withResolvers() {
      const capability = newPromiseCapability(this);
      return { promise: capability.promise, resolve: capability.resolve, reject: capability.reject };
    }

    static try(callbackfn, ...args) {
      if (!isObj(this)) throw new TypeError('Promise.try called on non-object');
      const capability = newPromiseCapability(this);
      try {
        (0, capability.resolve)(callbackfn(...args));
      } catch (e) {
        (0, capability.reject)(e);
      }
      return capability.promise;
    }

    static all(iterable) {
      return combinator(this, iterable, 'all');
    }

    static allSettled(iterable) {
      return combinator(this, iterable, 'allSettled');
    }

    static any(iterable) {
      return combinator(this, iterable, 'any');
    }

    static race(iterable) {
      return combinator(this, iterable, 'race');
    }

    static get [Symbol.species]() {
      return this;
    }

    static {
      lib.isPromise = (v) => Promise.#isPromise(v);
      lib.promiseDetails = (v) => {
        if (!Promise.#isPromise(v)) return undefined;
        const state = v.#state;
        return { state: state === PENDING ? 'pending' : state === FULFILLED ? 'fulfilled' : 'rejected', result: v.#result };
      };
      // For the kernel's hooks: a promise is resolved at most once (its resolving functions
      // keep their own flag; the reaction jobs resolve a derived promise exactly once).
      lib.promiseResolveInternal = (promise, value) => {
        if (promise.#alreadyResolved) return;
        promise.#alreadyResolved = true;
        Promise.#resolve(promise, value);
      };
      lib.promiseRejectInternal = (promise, reason) => {
        if (promise.#alreadyResolved) return;
        promise.#alreadyResolved = true;
        Promise.#reject(promise, reason);
      };
      /** The resolve function's steps, without the already-resolved check. */
      lib.promiseFulfillDirect = (promise, value) => Promise.#resolve(promise, value);
      lib.promiseRejectDirect = (promise, reason) => Promise.#reject(promise, reason);
      lib.performPromiseThen = (promise, onFulfilled, onRejected, capability) =>
        Promise.#performThen(promise, onFulfilled, onRejected, capability);
      lib.isHandled = (promise) => promise.#handled;
    }
  }

  const INTERNAL_PROMISE = INTERNAL;

  /** CreateResolvingFunctions (§27.2.1.3). */
  function createResolvingFunctions(promise) {
    let alreadyResolved = false;
    // Anonymous built-in closures (name ""): `(0, arrow)` is not a NamedEvaluation.
    const resolve = (0, (resolution) => {
      if (alreadyResolved) return;
      alreadyResolved = true;
      lib.promiseFulfillDirect(promise, resolution);
    });
    const reject = (0, (reason) => {
      if (alreadyResolved) return;
      alreadyResolved = true;
      lib.promiseRejectDirect(promise, reason);
    });
    return { resolve, reject };
  }

  /** NewPromiseCapability(C) (§27.2.1.5). */
  function newPromiseCapability(C) {
    if (!lib.isConstructor(C)) throw new TypeError(lib.describe(C) + ' is not a constructor');
    if (C === Promise) {
      const promise = new Promise(INTERNAL_PROMISE);
      const fns = createResolvingFunctions(promise);
      return { promise, resolve: fns.resolve, reject: fns.reject };
    }
    let resolve;
    let reject;
    const executor = (0, (res, rej) => {
      if (resolve !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      if (reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      resolve = res;
      reject = rej;
    });
    const promise = new C(executor);
    if (typeof resolve !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    if (typeof reject !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    return { promise, resolve, reject };
  }

  /** PromiseResolve(C, x) (§27.2.4.7.1). */
  function promiseResolve(C, x) {
    if (lib.isPromise(x)) {
      const xConstructor = x.constructor;
      if (xConstructor === C) return x;
    }
    if (C === Promise) {
      const p = new Promise(INTERNAL_PROMISE);
      lib.promiseFulfillDirect(p, x);
      return p;
    }
    const capability = newPromiseCapability(C);
    (0, capability.resolve)(x);
    return capability.promise;
  }

  /** NewPromiseReactionJob (§27.2.2.1); `argument` is { fulfilled, value }. */
  function promiseReactionJob(reaction, argument) {
    const capability = reaction.capability;
    const handler = argument.fulfilled ? reaction.onFulfilled : reaction.onRejected;
    let result;
    let ok = argument.fulfilled;
    if (handler === undefined) {
      result = argument.value;
    } else {
      try {
        result = handler(argument.value);
        ok = true;
      } catch (e) {
        result = e;
        ok = false;
      }
    }
    if (capability === undefined) return;
    if (lib.isPromise(capability)) {
      // An internal promise of the built-in constructor: no resolving functions needed.
      if (ok) lib.promiseFulfillDirect(capability, result);
      else lib.promiseRejectDirect(capability, result);
      return;
    }
    if (ok) (0, capability.resolve)(result);
    else (0, capability.reject)(result);
  }

  /** NewPromiseResolveThenableJob (§27.2.2.2). */
  function promiseResolveThenableJob(promise, job) {
    const fns = createResolvingFunctions(promise);
    try {
      job.then.call(job.thenable, fns.resolve, fns.reject);
    } catch (e) {
      fns.reject(e);
    }
  }

  // --- Combinators --------------------------------------------------------------------------

  function combinator(C, iterable, kind) {
    const capability = newPromiseCapability(C);
    let promiseResolveFn;
    try {
      promiseResolveFn = C.resolve;
      if (typeof promiseResolveFn !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    } catch (e) {
      (0, capability.reject)(e);
      return capability.promise;
    }
    let record;
    try {
      record = lib.getIterator(iterable);
    } catch (e) {
      (0, capability.reject)(e);
      return capability.promise;
    }
    try {
      if (kind === 'race') performRace(record, C, capability, promiseResolveFn);
      else performAll(record, C, capability, promiseResolveFn, kind);
    } catch (e) {
      if (!record.done) lib.iteratorCloseQuietly(record);
      (0, capability.reject)(e);
    }
    return capability.promise;
  }

  function nextValue(record) {
    try {
      return lib.iteratorStep(record);
    } catch (e) {
      record.done = true;
      throw e;
    }
  }

  function performRace(record, C, capability, promiseResolveFn) {
    for (;;) {
      const value = nextValue(record);
      if (value === lib.DONE) return;
      const nextPromise = promiseResolveFn.call(C, value);
      nextPromise.then(capability.resolve, capability.reject);
    }
  }

  /** PerformPromiseAll / AllSettled / Any: one element closure per value, a shared counter. */
  function performAll(record, C, capability, promiseResolveFn, kind) {
    const values = [];
    const state = { remaining: 1 };
    const finish = () => {
      if (kind === 'any') {
        const error = new AggregateError(values, 'All promises were rejected');
        (0, capability.reject)(error);
      } else {
        (0, capability.resolve)(values);
      }
    };
    let index = 0;
    for (;;) {
      const value = nextValue(record);
      if (value === lib.DONE) {
        if (--state.remaining === 0) finish();
        return;
      }
      lib.createDataProperty(values, index, undefined); // not push: no setter of Array.prototype may run
      const nextPromise = promiseResolveFn.call(C, value);
      const i = index++;
      let called = false;
      const settle = (stored) => {
        if (called) return;
        called = true;
        values[i] = stored;
        if (--state.remaining === 0) finish();
      };
      state.remaining++;
      if (kind === 'all') {
        nextPromise.then((x) => settle(x), capability.reject);
      } else if (kind === 'allSettled') {
        nextPromise.then(
          (x) => settle({ status: 'fulfilled', value: x }),
          (r) => settle({ status: 'rejected', reason: r }));
      } else {
        nextPromise.then(capability.resolve, (r) => settle(r));
      }
    }
  }

  // --- Installation and hooks ----------------------------------------------------------------

  lib.defineReadOnly(Promise.prototype, Symbol.toStringTag, 'Promise');
  lib.setFunctionLength(Promise, 1);
  lib.setFunctionLength(Promise.try, 1);
  if (typeof K.markBuiltin === 'function') K.markBuiltin(Promise);
  lib.markBuiltins(Promise);
  lib.markBuiltins(Promise.prototype);
  lib.defineGlobal('Promise', Promise);
  lib.Promise = Promise;
  lib.promiseResolve = promiseResolve;
  lib.newPromiseCapability = newPromiseCapability;
  if (typeof K.setIntrinsic === 'function') {
    K.setIntrinsic('Promise', Promise);
    K.setIntrinsic('PromisePrototype', Promise.prototype);
  }

  K.setHook('promiseCreate', () => new Promise(INTERNAL_PROMISE));
  K.setHook('promiseResolve', (promise, value) => lib.promiseResolveInternal(promise, value));
  K.setHook('promiseReject', (promise, reason) => lib.promiseRejectInternal(promise, reason));
  K.setHook('promiseThen', (value, onFulfilled, onRejected) => {
    const promise = promiseResolve(Promise, value);
    lib.performPromiseThen(promise, onFulfilled, onRejected, undefined);
  });

  /** V8's Object::NoSideEffectsToString, which Node uses to describe a rejection reason. */
  function noSideEffectsToString(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    if (!isObj(v)) return String(v);
    if (Array.isArray(v)) return '[object Array]';
    if (K.internalKind(v) === 'Error') return lib.errorToString(v);
    return lib.describe(v);
  }

  /** Node's UnhandledPromiseRejection error for a reason that is not error-like (no own `stack`). */
  function unhandledRejectionError(reason) {
    const message = 'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      noSideEffectsToString(reason) + '".';
    const error = new Error(message);
    error.code = 'ERR_UNHANDLED_REJECTION';
    error.name = 'UnhandledPromiseRejection';
    const stack = error.stack;
    if (typeof stack === 'string' && stack.startsWith('Error')) error.stack = 'UnhandledPromiseRejection' + stack.slice(5);
    return error;
  }

  /** The `unhandledRejection` hook: the error to report for the oldest unhandled rejection. */
  function checkUnhandledRejections() {
    while (unhandled.length > 0) {
      const promise = unhandled.shift();
      if (lib.isHandled(promise)) continue;
      unhandled = [];
      const reason = lib.promiseDetails(promise).result;
      if (typeof reason === 'object' && reason !== null && Object.prototype.hasOwnProperty.call(reason, 'stack')) return reason;
      return unhandledRejectionError(reason);
    }
    return undefined;
  }
  lib.checkUnhandledRejections = checkUnhandledRejections;
  K.setHook('unhandledRejection', checkUnhandledRejections);
})(__ouro);
