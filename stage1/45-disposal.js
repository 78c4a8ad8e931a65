// Explicit resource management and async iteration support (owner: language features,
// docs/interpreter.md "using declarations"):
//   - Symbol.dispose / Symbol.asyncDispose and SuppressedError (each when missing);
//   - the `disposeResources` hook: DisposeResources for `using` / `await using` scopes
//     (runtime/disposal.ts records resources as [value, hint, method] triples in an array;
//     hint 0 sync, 1 async, 2 a sync @@dispose used by `await using`);
//   - DisposableStack and AsyncDisposableStack;
//   - the `asyncFromSyncIterator` hook: %AsyncFromSyncIteratorPrototype% for `for await` and
//     `yield*` over sync iterables (ECMA-262 27.1.6).
(function (K) {
  'use strict';

  const lib = K.lib;
  const Promise = lib.Promise;

  // ---- symbols and SuppressedError -------------------------------------------------------------

  function defineSymbol(name) {
    if (typeof Symbol[name] === 'symbol') return Symbol[name];
    const sym = Symbol('Symbol.' + name);
    Object.defineProperty(Symbol, name, { value: sym, writable: false, enumerable: false, configurable: false });
    return sym;
  }
  const symDispose = defineSymbol('dispose');
  const symAsyncDispose = defineSymbol('asyncDispose');

  if (typeof globalThis.SuppressedError !== 'function') {
    // A function, not a class: SuppressedError(...) without `new` makes one too.
    const SuppressedError = function SuppressedError(error, suppressed, message) {
      const newTarget = new.target === undefined ? SuppressedError : new.target;
      const proto = K.prototypeFromConstructor(newTarget, SuppressedError.prototype);
      const O = message === undefined ? new Error() : new Error(message);
      Object.setPrototypeOf(O, proto);
      Object.defineProperty(O, 'error', { value: error, writable: true, enumerable: false, configurable: true });
      Object.defineProperty(O, 'suppressed', { value: suppressed, writable: true, enumerable: false, configurable: true });
      return O;
    };
    const proto = Object.create(Error.prototype);
    Object.defineProperty(proto, 'constructor', { value: SuppressedError, writable: true, enumerable: false, configurable: true });
    Object.defineProperty(proto, 'name', { value: 'SuppressedError', writable: true, enumerable: false, configurable: true });
    Object.defineProperty(proto, 'message', { value: '', writable: true, enumerable: false, configurable: true });
    Object.defineProperty(SuppressedError, 'prototype', { value: proto, writable: false, enumerable: false, configurable: false });
    Object.setPrototypeOf(SuppressedError, Error);
    if (typeof K.markBuiltin === 'function') K.markBuiltin(SuppressedError);
    lib.defineGlobal('SuppressedError', SuppressedError);
  }
  const SuppressedErrorCtor = globalThis.SuppressedError;

  // ---- DisposeResources ----------------------------------------------------------------------

  /** The completion after disposing: a disposal error chained onto the previous one. */
  function chain(state, error) {
    if (state.hasError) {
      state.error = new SuppressedErrorCtor(error, state.error);
    } else {
      state.hasError = true;
      state.error = error;
    }
  }

  /** DisposeResources for sync resources only: throws the final error, if any. */
  function disposeSync(list, hasError, error) {
    const state = { hasError, error };
    for (let i = list.length - 3; i >= 0; i -= 3) {
      const method = list[i + 2];
      if (method === undefined) continue;
      try {
        method.call(list[i]);
      } catch (e) {
        chain(state, e);
      }
    }
    list.length = 0;
    if (state.hasError && !hasError) throw state.error;
    if (state.hasError && state.error !== error) throw state.error;
  }

  /** DisposeResources with awaits (a promise: fulfilled when done, rejected with the final error). */
  async function disposeAsync(list, hasError, error) {
    const state = { hasError, error };
    let needsAwait = false;
    let hasAwaited = false;
    for (let i = list.length - 3; i >= 0; i -= 3) {
      const value = list[i];
      const hint = list[i + 1];
      const method = list[i + 2];
      if (hint === 0 && needsAwait && !hasAwaited) {
        await undefined;
        needsAwait = false;
      }
      if (method !== undefined) {
        try {
          const result = method.call(value);
          if (hint !== 0) {
            await (hint === 2 ? undefined : result);
            hasAwaited = true;
          }
        } catch (e) {
          chain(state, e);
        }
      } else {
        needsAwait = true;
      }
    }
    if (needsAwait && !hasAwaited) await undefined;
    list.length = 0;
    if (state.hasError && (!hasError || state.error !== error)) throw state.error;
  }

  function disposeResources(list, hasError, error) {
    let async = false;
    for (let i = 1; i < list.length; i += 3) if (list[i] !== 0) async = true;
    if (async) return disposeAsync(list, hasError, error);
    disposeSync(list, hasError, error);
    return undefined;
  }
  if (typeof K.setHook === 'function') K.setHook('disposeResources', disposeResources);

  /** AddDisposableResource for the stacks: the [value, hint, method] triple. */
  function addResource(list, value, hint) {
    if (value === null || value === undefined) {
      if (hint !== 0) list.push(undefined, 1, undefined);
      return;
    }
    if (!lib.isObject(value)) throw new TypeError(lib.describe(value) + ' is not an object');
    let method;
    let kind = hint;
    if (hint !== 0) {
      method = value[symAsyncDispose];
      if (method === undefined || method === null) {
        method = value[symDispose];
        kind = 2;
      }
    } else {
      method = value[symDispose];
    }
    if (typeof method !== 'function') throw new TypeError((hint !== 0 ? 'Symbol(Symbol.asyncDispose)' : 'Symbol(Symbol.dispose)') + ' is not a function');
    list.push(value, kind, method);
  }

  // ---- DisposableStack / AsyncDisposableStack -------------------------------------------------

  class DisposableStack {
    #state = 'pending';
    #list = [];
    // GetPrototypeFromConstructor's fallback, %DisposableStack.prototype% of new.target's realm,
    // is the kernel's (interpreter-calls.ts ordinaryCreateFromConstructor).
    get disposed() {
      if (!(#state in this)) throw new TypeError('DisposableStack.prototype.disposed called on incompatible receiver');
      return this.#state === 'disposed';
    }
    dispose() {
      if (!(#state in this)) throw new TypeError('DisposableStack.prototype.dispose called on incompatible receiver');
      if (this.#state === 'disposed') return undefined;
      this.#state = 'disposed';
      disposeSync(this.#list, false, undefined);
      return undefined;
    }
    use(value) {
      if (!(#state in this)) throw new TypeError('DisposableStack.prototype.use called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('DisposableStack already disposed');
      addResource(this.#list, value, 0);
      return value;
    }
    adopt(value, onDispose) {
      if (!(#state in this)) throw new TypeError('DisposableStack.prototype.adopt called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('DisposableStack already disposed');
      if (typeof onDispose !== 'function') throw new TypeError(lib.describe(onDispose) + ' is not a function');
      this.#list.push(undefined, 0, () => onDispose(value));
      return value;
    }
    defer(onDispose) {
      if (!(#state in this)) throw new TypeError('DisposableStack.prototype.defer called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('DisposableStack already disposed');
      if (typeof onDispose !== 'function') throw new TypeError(lib.describe(onDispose) + ' is not a function');
      this.#list.push(undefined, 0, onDispose);
      return undefined;
    }
    move() {
      if (!(#state in this)) throw new TypeError('DisposableStack.prototype.move called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('DisposableStack already disposed');
      const moved = new DisposableStack();
      moved.#list = this.#list;
      this.#list = [];
      this.#state = 'disposed';
      return moved;
    }
  }

  class AsyncDisposableStack {
    #state = 'pending';
    #list = [];
    // GetPrototypeFromConstructor's fallback: as DisposableStack's, the kernel's.
    get disposed() {
      if (!(#state in this)) throw new TypeError('AsyncDisposableStack.prototype.disposed called on incompatible receiver');
      return this.#state === 'disposed';
    }
    disposeAsync() {
      if (!lib.isObject(this) || !(#state in this)) {
        return Promise.reject(new TypeError('AsyncDisposableStack.prototype.disposeAsync called on incompatible receiver'));
      }
      if (this.#state === 'disposed') return Promise.resolve(undefined);
      this.#state = 'disposed';
      const list = this.#list;
      // Every resource is awaited, sync ones included (hint 2 wraps a @@dispose).
      for (let i = 1; i < list.length; i += 3) if (list[i] === 0) list[i] = 2;
      return disposeAsync(list, false, undefined);
    }
    use(value) {
      if (!(#state in this)) throw new TypeError('AsyncDisposableStack.prototype.use called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('AsyncDisposableStack already disposed');
      addResource(this.#list, value, 1);
      return value;
    }
    adopt(value, onDisposeAsync) {
      if (!(#state in this)) throw new TypeError('AsyncDisposableStack.prototype.adopt called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('AsyncDisposableStack already disposed');
      if (typeof onDisposeAsync !== 'function') throw new TypeError(lib.describe(onDisposeAsync) + ' is not a function');
      this.#list.push(undefined, 1, () => onDisposeAsync(value));
      return value;
    }
    defer(onDisposeAsync) {
      if (!(#state in this)) throw new TypeError('AsyncDisposableStack.prototype.defer called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('AsyncDisposableStack already disposed');
      if (typeof onDisposeAsync !== 'function') throw new TypeError(lib.describe(onDisposeAsync) + ' is not a function');
      this.#list.push(undefined, 1, onDisposeAsync);
      return undefined;
    }
    move() {
      if (!(#state in this)) throw new TypeError('AsyncDisposableStack.prototype.move called on incompatible receiver');
      if (this.#state === 'disposed') throw new ReferenceError('AsyncDisposableStack already disposed');
      const moved = new AsyncDisposableStack();
      moved.#list = this.#list;
      this.#list = [];
      this.#state = 'disposed';
      return moved;
    }
  }

  function install(C, name, disposeName, symbol) {
    const proto = C.prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
      if (key === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(proto, key);
      d.enumerable = false;
      Object.defineProperty(proto, key, d);
    }
    Object.defineProperty(proto, symbol, { value: proto[disposeName], writable: true, enumerable: false, configurable: true });
    Object.defineProperty(proto, Symbol.toStringTag, { value: name, writable: false, enumerable: false, configurable: true });
    if (typeof K.markBuiltin === 'function') K.markBuiltin(C);
    lib.defineGlobal(name, C);
  }
  if (typeof globalThis.DisposableStack !== 'function') install(DisposableStack, 'DisposableStack', 'dispose', symDispose);
  if (typeof globalThis.AsyncDisposableStack !== 'function') install(AsyncDisposableStack, 'AsyncDisposableStack', 'disposeAsync', symAsyncDispose);

  // ---- %AsyncFromSyncIteratorPrototype% --------------------------------------------------------

  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}.prototype));

  // %IteratorPrototype%[@@dispose] and %AsyncIteratorPrototype%[@@asyncDispose]: call return().
  if (lib.IteratorPrototype !== undefined && !Object.prototype.hasOwnProperty.call(lib.IteratorPrototype, symDispose)) {
    lib.defineMethods(lib.IteratorPrototype, {
      [symDispose]() {
        const ret = this.return;
        if (ret !== undefined && ret !== null) {
          if (typeof ret !== 'function') throw new TypeError(lib.describe(ret) + ' is not a function');
          ret.call(this);
        }
        return undefined;
      },
    });
  }
  if (!Object.prototype.hasOwnProperty.call(AsyncIteratorPrototype, symAsyncDispose)) {
    lib.defineMethods(AsyncIteratorPrototype, {
      [symAsyncDispose]() {
        const cap = lib.newPromiseCapability(Promise);
        try {
          const ret = this.return;
          if (ret === undefined || ret === null) {
            cap.resolve(undefined);
            return cap.promise;
          }
          if (typeof ret !== 'function') throw new TypeError(lib.describe(ret) + ' is not a function');
          const result = ret.call(this);
          const wrapper = lib.promiseResolve(Promise, result);
          lib.performPromiseThen(wrapper, () => undefined, undefined, cap);
        } catch (e) {
          cap.reject(e);
        }
        return cap.promise;
      },
    });
  }

  class AsyncFromSyncIterator {
    #iterator;
    #next;
    constructor(iterator, next) {
      this.#iterator = iterator;
      this.#next = next;
    }
    static create(iterator) {
      return new AsyncFromSyncIterator(iterator, iterator.next);
    }
    static next(it, args) {
      const cap = lib.newPromiseCapability(Promise);
      let result;
      try {
        result = args.length > 0 ? it.#next.call(it.#iterator, args[0]) : it.#next.call(it.#iterator);
        if (!lib.isObject(result)) throw new TypeError('Iterator result ' + lib.describe(result) + ' is not an object');
      } catch (e) {
        cap.reject(e);
        return cap.promise;
      }
      return continuation(it.#iterator, result, cap, true);
    }
    static return(it, args) {
      const cap = lib.newPromiseCapability(Promise);
      let result;
      try {
        const method = it.#iterator.return;
        if (method === undefined || method === null) {
          cap.resolve(lib.createIterResult(args[0], true));
          return cap.promise;
        }
        result = args.length > 0 ? method.call(it.#iterator, args[0]) : method.call(it.#iterator);
        if (!lib.isObject(result)) throw new TypeError('Iterator result ' + lib.describe(result) + ' is not an object');
      } catch (e) {
        cap.reject(e);
        return cap.promise;
      }
      return continuation(it.#iterator, result, cap, false);
    }
    static throw(it, args) {
      const cap = lib.newPromiseCapability(Promise);
      let result;
      try {
        const method = it.#iterator.throw;
        if (method === undefined || method === null) {
          // No throw method: close the iterator, then reject with a TypeError (the protocol was violated).
          const ret = it.#iterator.return;
          if (ret !== undefined && ret !== null) {
            const r = ret.call(it.#iterator);
            if (!lib.isObject(r)) throw new TypeError('Iterator result ' + lib.describe(r) + ' is not an object');
          }
          throw new TypeError('The iterator does not provide a \'throw\' method');
        }
        result = args.length > 0 ? method.call(it.#iterator, args[0]) : method.call(it.#iterator);
        if (!lib.isObject(result)) throw new TypeError('Iterator result ' + lib.describe(result) + ' is not an object');
      } catch (e) {
        cap.reject(e);
        return cap.promise;
      }
      return continuation(it.#iterator, result, cap, true);
    }
    static is(v) {
      return lib.isObject(v) && #iterator in v;
    }
  }

  /** AsyncFromSyncIteratorContinuation (27.1.6.4). */
  function continuation(iterator, result, cap, closeOnRejection) {
    let done;
    let wrapper;
    try {
      done = !!result.done;
      const value = result.value;
      try {
        wrapper = lib.promiseResolve(Promise, value);
      } catch (e) {
        if (!done && closeOnRejection) closeQuietly(iterator);
        throw e;
      }
    } catch (e) {
      cap.reject(e);
      return cap.promise;
    }
    const onFulfilled = (v) => lib.createIterResult(v, done);
    const onRejected = done || !closeOnRejection ? undefined : (error) => {
      closeQuietly(iterator);
      throw error;
    };
    lib.performPromiseThen(wrapper, onFulfilled, onRejected, cap);
    return cap.promise;
  }

  /** IteratorClose with a throw completion: return() is called, its outcome ignored. */
  function closeQuietly(iterator) {
    try {
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) ret.call(iterator);
    } catch {
      // The original error wins.
    }
  }

  const asyncFromSyncPrototype = Object.create(AsyncIteratorPrototype);
  lib.defineMethods(asyncFromSyncPrototype, {
    next(...args) {
      if (!AsyncFromSyncIterator.is(this)) return Promise.reject(new TypeError('not an async-from-sync iterator'));
      return AsyncFromSyncIterator.next(this, args);
    },
    return(...args) {
      if (!AsyncFromSyncIterator.is(this)) return Promise.reject(new TypeError('not an async-from-sync iterator'));
      return AsyncFromSyncIterator.return(this, args);
    },
    throw(...args) {
      if (!AsyncFromSyncIterator.is(this)) return Promise.reject(new TypeError('not an async-from-sync iterator'));
      return AsyncFromSyncIterator.throw(this, args);
    },
  }, { next: 1, return: 1, throw: 1 });

  function createAsyncFromSyncIterator(syncIterator) {
    const it = AsyncFromSyncIterator.create(syncIterator);
    Object.setPrototypeOf(it, asyncFromSyncPrototype);
    return it;
  }
  if (typeof K.setHook === 'function') K.setHook('asyncFromSyncIterator', createAsyncFromSyncIterator);
  lib.createAsyncFromSyncIterator = createAsyncFromSyncIterator;
})(__ouro);
