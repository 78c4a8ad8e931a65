// The Iterator constructor and iterator helpers (ECMA-262 §27.1.3): Iterator, Iterator.from,
// Iterator.concat, Iterator.zip/zipKeyed, %Iterator.prototype% map/filter/take/drop/flatMap/
// chunks/windows (lazy: they return %IteratorHelperPrototype% objects) and reduce/toArray/
// forEach/some/every/find/includes (eager); %WrapForValidIteratorPrototype%.
//
// An iterator helper is the spec's generator made by CreateIteratorFromClosure: here a real
// generator runs the closure (so "already running", return() while suspended at a yield and the
// completed state behave as the spec's GeneratorResume/GeneratorResumeAbrupt), wrapped in an
// object of %IteratorHelperPrototype% that also keeps [[UnderlyingIterators]] for return() in the
// suspended-start state. A Yield whose completion is abrupt closes the underlying iterator(s): a
// `try { yield v; normal = true } finally { if (!normal) close(...) }`.
(function (K) {
  'use strict';

  const lib = K.lib;
  const isObject = lib.isObject;
  const toIntegerOrInfinity = lib.toIntegerOrInfinity;
  const DONE = lib.DONE;
  const IteratorPrototype = lib.IteratorPrototype;
  const getPrototypeOf = Object.getPrototypeOf;
  const defineProperty = Object.defineProperty;

  /** A description of `v` for messages that never runs user code. */
  function show(v) {
    if (typeof v === 'string') return '"' + v + '"';
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return 'function';
    if (v === null) return 'null';
    if (typeof v === 'object') return Array.isArray(v) ? '[object Array]' : '#<Object>';
    return '' + v;
  }

  // --- Iterator records -------------------------------------------------------------------------

  /** GetIteratorDirect(obj): the record `{ iterator, next, done }` (reads `next` once). */
  function getIteratorDirect(obj) {
    return { iterator: obj, next: obj.next, done: false };
  }

  /** IteratorStepValue(record): the next value or DONE. */
  function stepValue(record) {
    const next = record.next;
    if (typeof next !== 'function') {
      record.done = true;
      throw new TypeError(show(next) + ' is not a function');
    }
    let result;
    try {
      result = next.call(record.iterator);
    } catch (e) {
      record.done = true;
      throw e;
    }
    if (!isObject(result)) {
      record.done = true;
      throw new TypeError('Iterator result ' + show(result) + ' is not an object');
    }
    let done;
    try {
      done = result.done;
    } catch (e) {
      record.done = true;
      throw e;
    }
    if (done) {
      record.done = true;
      return DONE;
    }
    try {
      return result.value;
    } catch (e) {
      record.done = true;
      throw e;
    }
  }

  /** IteratorStep(record): true when a result was produced (its value is not read), false when done. */
  function step(record) {
    const next = record.next;
    if (typeof next !== 'function') throw new TypeError(show(next) + ' is not a function');
    const result = next.call(record.iterator);
    if (!isObject(result)) throw new TypeError('Iterator result ' + show(result) + ' is not an object');
    if (result.done) {
      record.done = true;
      return false;
    }
    return true;
  }

  /** IteratorClose(iterator, normal or return completion): errors of `return` propagate. */
  function closeNormal(iterator) {
    const ret = iterator.return;
    if (ret === undefined || ret === null) return;
    if (typeof ret !== 'function') throw new TypeError(show(ret) + ' is not a function');
    const r = ret.call(iterator);
    if (!isObject(r)) throw new TypeError('Iterator result ' + show(r) + ' is not an object');
  }

  /** IteratorClose(iterator, throw completion): the original error wins over anything `return` does. */
  function closeQuietly(iterator) {
    try {
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) ret.call(iterator);
    } catch (e) {
      // the throw completion being propagated wins
    }
  }

  /** IteratorClose(iterator, ThrowCompletion(error)); never returns. */
  function closeAndThrow(iterator, error) {
    closeQuietly(iterator);
    throw error;
  }

  /**
   * IteratorCloseAll(records, completion) in reverse order: with `hasError` the completion is a
   * throw of `error`, else normal; returns normally only if every close did.
   */
  function closeAll(records, hasError, error) {
    for (let i = records.length - 1; i >= 0; i--) {
      if (records[i] === null) continue;
      if (hasError) {
        closeQuietly(records[i].iterator);
        continue;
      }
      try {
        closeNormal(records[i].iterator);
      } catch (e) {
        hasError = true;
        error = e;
      }
    }
    if (hasError) throw error;
  }

  /** GetIteratorFlattenable(obj, iterate-string-primitives | reject-primitives). */
  function getIteratorFlattenable(obj, allowStrings) {
    if (!isObject(obj)) {
      if (!allowStrings || typeof obj !== 'string') throw new TypeError(show(obj) + ' is not an object');
    }
    const method = obj[Symbol.iterator];
    let iterator;
    if (method === undefined || method === null) {
      iterator = obj;
    } else {
      if (typeof method !== 'function') throw new TypeError(show(method) + ' is not a function');
      iterator = method.call(obj);
    }
    if (!isObject(iterator)) throw new TypeError(show(iterator) + ' is not an object');
    return getIteratorDirect(iterator);
  }

  function requireObjectThis(O, name) {
    if (!isObject(O)) throw new TypeError('Iterator.prototype.' + name + ' called on non-object');
  }

  /** OrdinaryHasInstance(%Iterator%, obj). */
  function isIteratorInstance(obj) {
    for (let p = getPrototypeOf(obj); p !== null; p = getPrototypeOf(p)) {
      if (p === IteratorPrototype) return true;
    }
    return false;
  }

  // --- %IteratorHelperPrototype% -----------------------------------------------------------------

  class IteratorHelper {
    #generator;
    #underlying;
    #started = false;

    constructor(generator, underlying) {
      this.#generator = generator;
      this.#underlying = underlying;
    }

    static check(O, name) {
      if (!isObject(O) || !(#generator in O)) {
        throw new TypeError('Method Iterator Helper.prototype.' + name + ' called on incompatible receiver ' + show(O));
      }
    }

    next() {
      IteratorHelper.check(this, 'next');
      this.#started = true;
      return this.#generator.next();
    }

    return() {
      IteratorHelper.check(this, 'return');
      if (!this.#started) {
        // suspended-start: completed at once, then the underlying iterators are closed.
        this.#started = true;
        this.#generator.return();
        closeAll(this.#underlying, false, undefined);
        return { value: undefined, done: true };
      }
      return this.#generator.return(undefined);
    }
  }

  const IteratorHelperPrototype = IteratorHelper.prototype;
  delete IteratorHelperPrototype.constructor;
  Object.setPrototypeOf(IteratorHelperPrototype, IteratorPrototype);
  lib.defineMethods(IteratorHelperPrototype, { next: IteratorHelperPrototype.next, return: IteratorHelperPrototype.return });
  lib.defineReadOnly(IteratorHelperPrototype, Symbol.toStringTag, 'Iterator Helper');

  // --- %WrapForValidIteratorPrototype% -----------------------------------------------------------

  class WrapForValidIterator {
    #iterated;

    constructor(record) {
      this.#iterated = record;
    }

    static record(O, name) {
      if (!isObject(O) || !(#iterated in O)) {
        throw new TypeError('Method %WrapForValidIteratorPrototype%.' + name + ' called on incompatible receiver ' + show(O));
      }
      return O.#iterated;
    }

    next() {
      const record = WrapForValidIterator.record(this, 'next');
      const next = record.next;
      if (typeof next !== 'function') throw new TypeError(show(next) + ' is not a function');
      return next.call(record.iterator);
    }

    return() {
      const iterator = WrapForValidIterator.record(this, 'return').iterator;
      const ret = iterator.return;
      if (ret === undefined || ret === null) return { value: undefined, done: true };
      if (typeof ret !== 'function') throw new TypeError(show(ret) + ' is not a function');
      return ret.call(iterator);
    }
  }

  const WrapForValidIteratorPrototype = WrapForValidIterator.prototype;
  delete WrapForValidIteratorPrototype.constructor;
  Object.setPrototypeOf(WrapForValidIteratorPrototype, IteratorPrototype);
  lib.defineMethods(WrapForValidIteratorPrototype, {
    next: WrapForValidIteratorPrototype.next,
    return: WrapForValidIteratorPrototype.return,
  });

  // --- The closures of the lazy helpers ------------------------------------------------------------

  function* mapClosure(record, mapper) {
    let counter = 0;
    for (;;) {
      const value = stepValue(record);
      if (value === DONE) return;
      let mapped;
      try {
        mapped = mapper(value, counter);
      } catch (e) {
        closeAndThrow(record.iterator, e);
      }
      let normal = false;
      try {
        yield mapped;
        normal = true;
      } finally {
        if (!normal) closeNormal(record.iterator);
      }
      counter++;
    }
  }

  function* filterClosure(record, predicate) {
    let counter = 0;
    for (;;) {
      const value = stepValue(record);
      if (value === DONE) return;
      let selected;
      try {
        selected = predicate(value, counter);
      } catch (e) {
        closeAndThrow(record.iterator, e);
      }
      if (selected) {
        let normal = false;
        try {
          yield value;
          normal = true;
        } finally {
          if (!normal) closeNormal(record.iterator);
        }
      }
      counter++;
    }
  }

  function* takeClosure(record, limit) {
    let remaining = limit;
    for (;;) {
      if (remaining === 0) {
        closeNormal(record.iterator);
        return;
      }
      if (remaining !== Infinity) remaining--;
      const value = stepValue(record);
      if (value === DONE) return;
      let normal = false;
      try {
        yield value;
        normal = true;
      } finally {
        if (!normal) closeNormal(record.iterator);
      }
    }
  }

  function* dropClosure(record, limit) {
    let remaining = limit;
    while (remaining > 0) {
      if (remaining !== Infinity) remaining--;
      if (!step(record)) return;
    }
    for (;;) {
      const value = stepValue(record);
      if (value === DONE) return;
      let normal = false;
      try {
        yield value;
        normal = true;
      } finally {
        if (!normal) closeNormal(record.iterator);
      }
    }
  }

  function* flatMapClosure(record, mapper) {
    let counter = 0;
    for (;;) {
      const value = stepValue(record);
      if (value === DONE) return;
      let inner;
      try {
        inner = getIteratorFlattenable(mapper(value, counter), false);
      } catch (e) {
        closeAndThrow(record.iterator, e);
      }
      for (;;) {
        let innerValue;
        try {
          innerValue = stepValue(inner);
        } catch (e) {
          closeAndThrow(record.iterator, e);
        }
        if (innerValue === DONE) break;
        let normal = false;
        try {
          yield innerValue;
          normal = true;
        } finally {
          if (!normal) {
            try {
              closeNormal(inner.iterator);
            } catch (e) {
              closeAndThrow(record.iterator, e);
            }
            closeNormal(record.iterator);
          }
        }
      }
      counter++;
    }
  }

  function* chunksClosure(record, size) {
    let buffer = [];
    for (;;) {
      const value = stepValue(record);
      if (value === DONE) {
        if (buffer.length > 0) yield buffer;
        return;
      }
      buffer.push(value);
      if (buffer.length === size) {
        let normal = false;
        try {
          yield buffer;
          normal = true;
        } finally {
          if (!normal) closeNormal(record.iterator);
        }
        buffer = [];
      }
    }
  }

  function* windowsClosure(record, size, allowPartial) {
    const buffer = [];
    for (;;) {
      const value = stepValue(record);
      if (value === DONE) {
        if (allowPartial && buffer.length > 0 && buffer.length < size) yield buffer.slice();
        return;
      }
      if (buffer.length === size) buffer.shift();
      buffer.push(value);
      if (buffer.length === size) {
        let normal = false;
        try {
          yield buffer.slice();
          normal = true;
        } finally {
          if (!normal) closeNormal(record.iterator);
        }
      }
    }
  }

  function* concatClosure(iterables) {
    for (let i = 0; i < iterables.length; i += 2) {
      const iter = iterables[i].call(iterables[i + 1]);
      if (!isObject(iter)) throw new TypeError(show(iter) + ' is not an object');
      const record = getIteratorDirect(iter);
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) break;
        let normal = false;
        try {
          yield value;
          normal = true;
        } finally {
          if (!normal) closeNormal(record.iterator);
        }
      }
    }
  }

  /** Removes `record` from the list of open iterators. */
  function removeOpen(open, record) {
    const i = open.indexOf(record);
    if (i >= 0) open.splice(i, 1);
  }

  /** IteratorZip(iters, mode, padding, finishResults) (joint iteration). */
  function* zipClosure(iters, open, mode, padding, finish) {
    const count = iters.length;
    if (count === 0) return;
    for (;;) {
      const results = [];
      for (let i = 0; i < count; i++) {
        const record = iters[i];
        let result;
        if (record === null) {
          result = padding[i];
        } else {
          try {
            result = stepValue(record);
          } catch (e) {
            removeOpen(open, record);
            closeAll(open, true, e);
          }
          if (result === DONE) {
            removeOpen(open, record);
            if (mode === 'shortest') {
              closeAll(open, false, undefined);
              return;
            }
            if (mode === 'strict') {
              if (i !== 0) closeAll(open, true, new TypeError('Iterator.zip: the iterables have different lengths'));
              for (let k = 1; k < count; k++) {
                let more;
                try {
                  more = step(iters[k]);
                } catch (e) {
                  removeOpen(open, iters[k]);
                  closeAll(open, true, e);
                }
                if (!more) removeOpen(open, iters[k]);
                else closeAll(open, true, new TypeError('Iterator.zip: the iterables have different lengths'));
              }
              return;
            }
            if (open.length === 0) return;
            iters[i] = null;
            result = padding[i];
          }
        }
        results.push(result);
      }
      let normal = false;
      try {
        yield finish(results);
        normal = true;
      } finally {
        if (!normal) closeAll(open, false, undefined);
      }
    }
  }

  function helper(generator, underlying) {
    return new IteratorHelper(generator, underlying);
  }

  // --- Argument checks ------------------------------------------------------------------------------

  function callbackOrClose(O, fn) {
    if (typeof fn !== 'function') closeAndThrow(O, new TypeError(show(fn) + ' is not a function'));
  }

  /** ToNumber(limit) → a non-negative integer or +Infinity (take/drop), closing O on failure. */
  function limitOrClose(O, limit) {
    let numLimit;
    try {
      numLimit = +limit;
    } catch (e) {
      closeAndThrow(O, e);
    }
    if (numLimit !== numLimit) closeAndThrow(O, new RangeError(show(limit) + ' must be positive'));
    if (numLimit !== Infinity && numLimit > 9007199254740991) closeAndThrow(O, new RangeError(show(limit) + ' is out of range'));
    const integerLimit = toIntegerOrInfinity(numLimit);
    if (integerLimit < 0) closeAndThrow(O, new RangeError(show(limit) + ' must be positive'));
    return integerLimit;
  }

  /** A chunk or window size: an integral Number (TypeError otherwise) in [1, 2^32 - 1] (RangeError), no coercion. */
  function sizeOrClose(O, size) {
    if (typeof size !== 'number' || size !== size || size === Infinity || size === -Infinity || size % 1 !== 0) {
      closeAndThrow(O, new TypeError(show(size) + ' is not an integral number'));
    }
    if (!(size >= 1 && size <= 4294967295)) closeAndThrow(O, new RangeError(show(size) + ' is out of range'));
    return size;
  }

  // --- %Iterator.prototype% -------------------------------------------------------------------------

  const methods = {
    map(mapper) {
      const O = this;
      requireObjectThis(O, 'map');
      callbackOrClose(O, mapper);
      const record = getIteratorDirect(O);
      return helper(mapClosure(record, mapper), [record]);
    },

    filter(predicate) {
      const O = this;
      requireObjectThis(O, 'filter');
      callbackOrClose(O, predicate);
      const record = getIteratorDirect(O);
      return helper(filterClosure(record, predicate), [record]);
    },

    take(limit) {
      const O = this;
      requireObjectThis(O, 'take');
      const integerLimit = limitOrClose(O, limit);
      const record = getIteratorDirect(O);
      return helper(takeClosure(record, integerLimit), [record]);
    },

    drop(limit) {
      const O = this;
      requireObjectThis(O, 'drop');
      const integerLimit = limitOrClose(O, limit);
      const record = getIteratorDirect(O);
      return helper(dropClosure(record, integerLimit), [record]);
    },

    flatMap(mapper) {
      const O = this;
      requireObjectThis(O, 'flatMap');
      callbackOrClose(O, mapper);
      const record = getIteratorDirect(O);
      return helper(flatMapClosure(record, mapper), [record]);
    },

    chunks(chunkSize) {
      const O = this;
      requireObjectThis(O, 'chunks');
      const size = sizeOrClose(O, chunkSize);
      const record = getIteratorDirect(O);
      return helper(chunksClosure(record, size), [record]);
    },

    windows(windowSize, undersized) {
      const O = this;
      requireObjectThis(O, 'windows');
      const size = sizeOrClose(O, windowSize);
      let allowPartial = false;
      if (undersized !== undefined) {
        if (undersized === 'allow-partial') allowPartial = true;
        else if (undersized !== 'only-full') closeAndThrow(O, new TypeError(show(undersized) + ' is not "only-full" or "allow-partial"'));
      }
      const record = getIteratorDirect(O);
      return helper(windowsClosure(record, size, allowPartial), [record]);
    },

    reduce(reducer, initialValue) {
      const O = this;
      requireObjectThis(O, 'reduce');
      callbackOrClose(O, reducer);
      const record = getIteratorDirect(O);
      let accumulator;
      let counter;
      if (arguments.length < 2) {
        accumulator = stepValue(record);
        if (accumulator === DONE) throw new TypeError('Reduce of empty iterator with no initial value');
        counter = 1;
      } else {
        accumulator = initialValue;
        counter = 0;
      }
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) return accumulator;
        try {
          accumulator = reducer(accumulator, value, counter);
        } catch (e) {
          closeAndThrow(O, e);
        }
        counter++;
      }
    },

    toArray() {
      const O = this;
      requireObjectThis(O, 'toArray');
      const record = getIteratorDirect(O);
      const items = [];
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) return items;
        items.push(value);
      }
    },

    forEach(fn) {
      const O = this;
      requireObjectThis(O, 'forEach');
      callbackOrClose(O, fn);
      const record = getIteratorDirect(O);
      let counter = 0;
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) return undefined;
        try {
          fn(value, counter);
        } catch (e) {
          closeAndThrow(O, e);
        }
        counter++;
      }
    },

    some(predicate) {
      const O = this;
      requireObjectThis(O, 'some');
      callbackOrClose(O, predicate);
      const record = getIteratorDirect(O);
      let counter = 0;
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) return false;
        let result;
        try {
          result = predicate(value, counter);
        } catch (e) {
          closeAndThrow(O, e);
        }
        if (result) {
          closeNormal(O);
          return true;
        }
        counter++;
      }
    },

    every(predicate) {
      const O = this;
      requireObjectThis(O, 'every');
      callbackOrClose(O, predicate);
      const record = getIteratorDirect(O);
      let counter = 0;
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) return true;
        let result;
        try {
          result = predicate(value, counter);
        } catch (e) {
          closeAndThrow(O, e);
        }
        if (!result) {
          closeNormal(O);
          return false;
        }
        counter++;
      }
    },

    find(predicate) {
      const O = this;
      requireObjectThis(O, 'find');
      callbackOrClose(O, predicate);
      const record = getIteratorDirect(O);
      let counter = 0;
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) return undefined;
        let result;
        try {
          result = predicate(value, counter);
        } catch (e) {
          closeAndThrow(O, e);
        }
        if (result) {
          closeNormal(O);
          return value;
        }
        counter++;
      }
    },

    includes(searchElement, skippedElements) {
      const O = this;
      requireObjectThis(O, 'includes');
      let toSkip = 0;
      if (skippedElements !== undefined) {
        const n = skippedElements;
        if (typeof n !== 'number' || n !== n) closeAndThrow(O, new TypeError(show(n) + ' is not a number'));
        if (n === -Infinity) closeAndThrow(O, new RangeError(show(n) + ' is out of range'));
        if (n !== Infinity && n % 1 !== 0) closeAndThrow(O, new TypeError(show(n) + ' is not an integral number'));
        if (n < 0 || (n > 9007199254740991 && n !== Infinity)) closeAndThrow(O, new RangeError(show(n) + ' is out of range'));
        toSkip = n;
      }
      const record = getIteratorDirect(O);
      let skipped = 0;
      for (;;) {
        const value = stepValue(record);
        if (value === DONE) return false;
        if (skipped < toSkip) {
          skipped++;
          continue;
        }
        if (value === searchElement || (value !== value && searchElement !== searchElement)) {
          closeNormal(O);
          return true;
        }
      }
    },
  };

  // --- The Iterator constructor -------------------------------------------------------------------

  function Iterator() {
    if (new.target === undefined || new.target === Iterator) {
      throw new TypeError('Abstract class Iterator not directly constructable');
    }
  }
  defineProperty(Iterator, 'prototype', { value: IteratorPrototype, writable: false, enumerable: false, configurable: false });
  if (typeof K.markBuiltin === 'function') K.markBuiltin(Iterator);

  /** SetterThatIgnoresPrototypeProperties(this, %Iterator.prototype%, p, v). */
  function setIgnoringPrototype(thisValue, p, v) {
    if (!isObject(thisValue)) throw new TypeError('Iterator.prototype setter called on non-object');
    if (thisValue === IteratorPrototype) throw new TypeError('Cannot assign to read only property \'' + String(p) + '\' of object');
    const desc = Object.getOwnPropertyDescriptor(thisValue, p);
    if (desc === undefined) {
      if (!lib.Reflect.defineProperty(thisValue, p, { value: v, writable: true, enumerable: true, configurable: true })) {
        throw new TypeError('Cannot define property ' + String(p));
      }
    } else if (!lib.Reflect.set(thisValue, p, v, thisValue)) {
      throw new TypeError('Cannot assign to read only property \'' + String(p) + '\'');
    }
  }

  lib.defineMethods(IteratorPrototype, methods, {
    map: 1, filter: 1, take: 1, drop: 1, flatMap: 1, chunks: 1, windows: 1, reduce: 1, forEach: 1, some: 1, every: 1,
    find: 1, includes: 1,
  });
  lib.defineMethods(IteratorPrototype, {
    get constructor() {
      return Iterator;
    },
    set constructor(v) {
      setIgnoringPrototype(this, 'constructor', v);
    },
    get [Symbol.toStringTag]() {
      return 'Iterator';
    },
    set [Symbol.toStringTag](v) {
      setIgnoringPrototype(this, Symbol.toStringTag, v);
    },
  });

  // %Iterator.prototype%[@@dispose] (explicit resource management): installed by 99-finish.js,
  // once 45-disposal.js has made Symbol.dispose.
  lib.installIteratorDispose = () => {
    if (typeof Symbol.dispose !== 'symbol') return;
    lib.defineMethods(IteratorPrototype, {
      [Symbol.dispose]() {
        const ret = this.return;
        if (ret !== undefined && ret !== null) {
          if (typeof ret !== 'function') throw new TypeError(show(ret) + ' is not a function');
          ret.call(this);
        }
        return undefined;
      },
    });
  };

  // --- Iterator statics -------------------------------------------------------------------------------

  /** GetOptionsObject(options). */
  function optionsObject(options) {
    if (options === undefined) return Object.create(null);
    if (isObject(options)) return options;
    throw new TypeError(show(options) + ' is not an object');
  }

  /** The mode and padding option of zip/zipKeyed. */
  function zipMode(options) {
    let mode = options.mode;
    if (mode === undefined) mode = 'shortest';
    if (mode !== 'shortest' && mode !== 'longest' && mode !== 'strict') {
      throw new TypeError(show(mode) + ' is not "shortest", "longest" or "strict"');
    }
    return mode;
  }

  function zipPaddingOption(options, mode) {
    if (mode !== 'longest') return undefined;
    const padding = options.padding;
    if (padding !== undefined && !isObject(padding)) throw new TypeError(show(padding) + ' is not an object');
    return padding;
  }

  lib.defineMethods(Iterator, {
    from(O) {
      const record = getIteratorFlattenable(O, true);
      if (isIteratorInstance(record.iterator)) return record.iterator;
      return new WrapForValidIterator(record);
    },

    concat(...items) {
      const iterables = [];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!isObject(item)) throw new TypeError(show(item) + ' is not an object');
        const method = item[Symbol.iterator];
        if (method === undefined || method === null) throw new TypeError(show(item) + ' is not iterable');
        if (typeof method !== 'function') throw new TypeError(show(method) + ' is not a function');
        iterables.push(method, item);
      }
      return helper(concatClosure(iterables), []);
    },

    zip(iterables, options) {
      if (!isObject(iterables)) throw new TypeError(show(iterables) + ' is not an object');
      const opts = optionsObject(options);
      const mode = zipMode(opts);
      const paddingOption = zipPaddingOption(opts, mode);
      const iters = [];
      const input = lib.getIterator(iterables);
      input.done = false;
      for (;;) {
        let next;
        try {
          next = stepValue(input);
        } catch (e) {
          closeAll(iters, true, e);
        }
        if (next === DONE) break;
        let iter;
        try {
          iter = getIteratorFlattenable(next, false);
        } catch (e) {
          closeAll([input].concat(iters), true, e);
        }
        iters.push(iter);
      }
      const count = iters.length;
      const padding = [];
      if (mode === 'longest') {
        if (paddingOption === undefined) {
          for (let i = 0; i < count; i++) padding.push(undefined);
        } else {
          let paddingIter;
          try {
            paddingIter = lib.getIterator(paddingOption);
          } catch (e) {
            closeAll(iters, true, e);
          }
          let usingIterator = true;
          for (let i = 0; i < count; i++) {
            if (usingIterator) {
              let next;
              try {
                next = stepValue(paddingIter);
              } catch (e) {
                closeAll(iters, true, e);
              }
              if (next === DONE) usingIterator = false;
              else padding.push(next);
            }
            if (!usingIterator) padding.push(undefined);
          }
          if (usingIterator) {
            try {
              closeNormal(paddingIter.iterator);
            } catch (e) {
              closeAll(iters, true, e);
            }
          }
        }
      }
      const open = iters.slice();
      return helper(zipClosure(iters, open, mode, padding, (results) => results), open);
    },

    zipKeyed(iterables, options) {
      if (!isObject(iterables)) throw new TypeError(show(iterables) + ' is not an object');
      const opts = optionsObject(options);
      const mode = zipMode(opts);
      const paddingOption = zipPaddingOption(opts, mode);
      const iters = [];
      const keys = [];
      const allKeys = lib.Reflect.ownKeys(iterables);
      for (let i = 0; i < allKeys.length; i++) {
        const key = allKeys[i];
        let desc;
        try {
          desc = lib.Reflect.getOwnPropertyDescriptor(iterables, key);
        } catch (e) {
          closeAll(iters, true, e);
        }
        if (desc === undefined || !desc.enumerable) continue;
        let value;
        try {
          value = iterables[key];
        } catch (e) {
          closeAll(iters, true, e);
        }
        if (value === undefined) continue;
        let iter;
        try {
          iter = getIteratorFlattenable(value, false);
        } catch (e) {
          closeAll(iters, true, e);
        }
        keys.push(key);
        iters.push(iter);
      }
      const count = iters.length;
      const padding = [];
      if (mode === 'longest') {
        for (let i = 0; i < count; i++) {
          if (paddingOption === undefined) {
            padding.push(undefined);
            continue;
          }
          let value;
          try {
            value = paddingOption[keys[i]];
          } catch (e) {
            closeAll(iters, true, e);
          }
          padding.push(value);
        }
      }
      const finish = (results) => {
        const obj = Object.create(null);
        for (let i = 0; i < results.length; i++) lib.createDataProperty(obj, keys[i], results[i]);
        return obj;
      };
      const open = iters.slice();
      return helper(zipClosure(iters, open, mode, padding, finish), open);
    },
  }, { from: 1, concat: 0, zip: 1, zipKeyed: 1 });

  lib.defineGlobal('Iterator', Iterator);
  lib.IteratorHelperPrototype = IteratorHelperPrototype;
  lib.getIteratorDirect = getIteratorDirect;
  lib.getIteratorFlattenable = getIteratorFlattenable;
  lib.iteratorStepValue = stepValue;
  lib.iteratorCloseAll = closeAll;
})(__ouro);
