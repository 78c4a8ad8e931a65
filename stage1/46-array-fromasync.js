// Array.fromAsync (ES2026 §23.1.2.2): an async function, so its steps run as the spec's
// AsyncFunctionStart closure (errors reject the returned promise, every Await is an `await`).
// Runs after 45-disposal.js, which makes %AsyncFromSyncIteratorPrototype%.
(function (K) {
  'use strict';

  const lib = K.lib;
  const isObject = lib.isObject;
  const MAX_SAFE = 9007199254740991;
  // The intrinsic symbols, whatever the global Symbol's properties become.
  const symbolAsyncIterator = Symbol.asyncIterator;
  const symbolIterator = Symbol.iterator;

  /** GetMethod(v, key). */
  function getMethod(v, key) {
    const f = v[key];
    if (f === undefined || f === null) return undefined;
    if (typeof f !== 'function') throw new TypeError(lib.describe(f) + ' is not a function');
    return f;
  }

  /**
   * The first half of AsyncIteratorClose(iterator, throw completion): calls `return` and gives
   * `{ result }` to await, or undefined when there is nothing to await (every error is dropped:
   * the throw completion wins).
   */
  function startClose(iterator) {
    try {
      const ret = iterator.return;
      if (ret === undefined || ret === null) return undefined;
      return { result: ret.call(iterator) };
    } catch (e) {
      return undefined;
    }
  }

  lib.defineMethods(Array, {
    async fromAsync(asyncItems, mapfn = undefined, thisArg = undefined) {
      const C = this;
      const mapping = mapfn !== undefined;
      if (mapping && typeof mapfn !== 'function') throw new TypeError(lib.describe(mapfn) + ' is not a function');
      if (asyncItems === null || asyncItems === undefined) {
        throw new TypeError(asyncItems + ' is not async iterable, iterable or array-like');
      }
      const usingAsyncIterator = getMethod(asyncItems, symbolAsyncIterator);
      const usingSyncIterator = usingAsyncIterator === undefined ? getMethod(asyncItems, symbolIterator) : undefined;
      let iterator;
      let next;
      if (usingAsyncIterator !== undefined) {
        iterator = usingAsyncIterator.call(asyncItems);
        if (!isObject(iterator)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
        next = iterator.next;
      } else if (usingSyncIterator !== undefined) {
        const syncIterator = usingSyncIterator.call(asyncItems);
        if (!isObject(syncIterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
        iterator = lib.createAsyncFromSyncIterator(syncIterator);
        next = iterator.next;
      }
      if (iterator !== undefined) {
        const A = lib.isConstructor(C) ? new C() : [];
        for (let k = 0; ; k++) {
          if (k >= MAX_SAFE) {
            const error = new TypeError('Array.fromAsync: too many values');
            const closing = startClose(iterator);
            if (closing !== undefined) {
              try {
                await closing.result;
              } catch (e) {
                // the TypeError wins
              }
            }
            throw error;
          }
          let nextResult = next.call(iterator);
          nextResult = await nextResult;
          if (!isObject(nextResult)) throw new TypeError('Iterator result ' + lib.describe(nextResult) + ' is not an object');
          if (nextResult.done) {
            A.length = k;
            return A;
          }
          const nextValue = nextResult.value;
          let mappedValue = nextValue;
          try {
            if (mapping) mappedValue = await mapfn.call(thisArg, nextValue, k);
            lib.createDataProperty(A, k, mappedValue);
          } catch (error) {
            const closing = startClose(iterator);
            if (closing !== undefined) {
              try {
                await closing.result;
              } catch (e) {
                // the original error wins
              }
            }
            throw error;
          }
        }
      }
      const arrayLike = Object(asyncItems);
      const len = lib.lengthOf(arrayLike);
      const A = lib.isConstructor(C) ? new C(len) : new Array(len);
      for (let k = 0; k < len; k++) {
        let kValue = arrayLike[k];
        kValue = await kValue;
        const mappedValue = mapping ? await mapfn.call(thisArg, kValue, k) : kValue;
        lib.createDataProperty(A, k, mappedValue);
      }
      A.length = len;
      return A;
    },
  });
  // A built-in function object: its [[Prototype]] is %Function.prototype%, not %AsyncFunction.prototype%.
  Object.setPrototypeOf(Array.fromAsync, Function.prototype);
})(__ouro);
