// Array.prototype methods written in JavaScript (the kernel has push/pop/shift/unshift/slice/
// splice/indexOf/lastIndexOf/join/toString/concat/reverse), array iterators
// (%ArrayIteratorPrototype%), Array.from and Array.of. Every method is generic (works on
// array-likes) and follows ECMA-262 §23.1.3 step by step where the order is observable: holes
// are skipped with HasProperty, lengths are read once.
(function (K) {
  'use strict';

  const lib = K.lib;
  const toObject = lib.toObject;
  const lengthOf = lib.lengthOf;
  const toIntegerOrInfinity = lib.toIntegerOrInfinity;
  const relativeIndex = lib.relativeIndex;
  const createDataProperty = lib.createDataProperty;
  const call = lib.call;
  const arrayStoresArePlain = lib.arrayStoresArePlain;
  const isArray = Array.isArray;
  const MAX_SAFE = 9007199254740991;

  function callbackOf(fn) {
    if (typeof fn !== 'function') throw new TypeError(lib.describe(fn) + ' is not a function');
    return fn;
  }

  /**
   * Set by arraySpeciesCreate: the result is a new %Array% made here, not by a species constructor.
   * Then, as long as no prototype has elements (`arrayStoresArePlain()`, checked before every store:
   * a callback or getter may give Array.prototype an accessor midway), `A[k] = v` is
   * CreateDataProperty.
   */
  let speciesCreatedPlain = false;

  /** ArraySpeciesCreate(original, length) (§10.4.2.3). */
  function arraySpeciesCreate(original, length) {
    speciesCreatedPlain = true;
    if (!isArray(original)) return new Array(length);
    let C = original.constructor;
    if (C === Array) return new Array(length);
    if (lib.isConstructor(C) && K.isOtherRealmArray(C)) return new Array(length);
    if (lib.isObject(C)) {
      C = C[Symbol.species];
      if (C === null) C = undefined;
    }
    if (C === undefined) return new Array(length);
    if (!lib.isConstructor(C)) throw new TypeError('object.constructor[Symbol.species] is not a constructor');
    speciesCreatedPlain = false;
    return new C(length);
  }

  // --- Sorting ------------------------------------------------------------------------------
  // V8's TimSort: runs found by CountAndMakeRun and extended to minrun by binary insertion sort,
  // then merged by the run-stack rules. Any stable sort gives the same order for a consistent
  // comparator; following V8's run formation and insertion makes sloppy comparators (that never
  // return 0, say) give V8's result too, and calls the comparator in V8's order on short arrays.
  // The merges are plain stable merges (V8 gallops; results differ only for inconsistent
  // comparators on arrays of 64 and more).

  function defaultCompare(x, y) {
    const xs = typeof x === 'string' ? x : lib.toStringValue(x);
    const ys = typeof y === 'string' ? y : lib.toStringValue(y);
    return xs < ys ? -1 : xs > ys ? 1 : 0;
  }

  function makeComparator(comparefn) {
    if (comparefn === undefined) return defaultCompare;
    return (x, y) => {
      const v = +comparefn(x, y);
      return v !== v ? 0 : v;
    };
  }

  function computeMinRunLength(nArg) {
    let n = nArg;
    let r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  function binaryInsertionSort(a, low, startArg, high, compare) {
    let start = low === startArg ? startArg + 1 : startArg;
    for (; start < high; ++start) {
      let left = low;
      let right = start;
      const pivot = a[start];
      while (left < right) {
        const mid = left + ((right - left) >> 1);
        if (compare(pivot, a[mid]) < 0) right = mid;
        else left = mid + 1;
      }
      for (let p = start; p > left; --p) a[p] = a[p - 1];
      a[left] = pivot;
    }
  }

  function countAndMakeRun(a, lowArg, high, compare) {
    const low = lowArg + 1;
    if (low === high) return 1;
    let runLength = 2;
    const elementLow = a[low];
    const isDescending = compare(elementLow, a[low - 1]) < 0;
    let previous = elementLow;
    for (let idx = low + 1; idx < high; ++idx) {
      const current = a[idx];
      const order = compare(current, previous);
      if (isDescending ? order >= 0 : order < 0) break;
      previous = current;
      ++runLength;
    }
    if (isDescending) {
      for (let i = lowArg, j = lowArg + runLength - 1; i < j; i++, j--) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
    }
    return runLength;
  }

  function mergeRuns(a, base1, len1, len2, compare) {
    const left = a.slice(base1, base1 + len1);
    let i = 0;
    let j = base1 + len1;
    const end = j + len2;
    let k = base1;
    while (i < len1 && j < end) {
      if (compare(a[j], left[i]) < 0) a[k++] = a[j++];
      else a[k++] = left[i++];
    }
    while (i < len1) a[k++] = left[i++];
  }

  /**
   * Sorts the dense array `a` in place (stable); returns `a`. The run stack lives in
   * null-prototype arrays with explicit sizes, so no store meets a setter on Array.prototype.
   */
  function timSort(a, compare) {
    const length = a.length;
    if (length < 2) return a;
    const runBase = Object.setPrototypeOf([], null);
    const runLen = Object.setPrototypeOf([], null);
    let runs = 0;
    const mergeAt = (n) => {
      mergeRuns(a, runBase[n], runLen[n], runLen[n + 1], compare);
      runLen[n] += runLen[n + 1];
      for (let i = n + 1; i < runs - 1; i++) {
        runBase[i] = runBase[i + 1];
        runLen[i] = runLen[i + 1];
      }
      runs--;
    };
    const established = (n) => n < 2 || runLen[n - 2] > runLen[n - 1] + runLen[n];
    let low = 0;
    let remaining = length;
    const minRun = computeMinRunLength(remaining);
    while (remaining !== 0) {
      let current = countAndMakeRun(a, low, low + remaining, compare);
      if (current < minRun) {
        const forced = Math.min(minRun, remaining);
        binaryInsertionSort(a, low, low + current, low + forced, compare);
        current = forced;
      }
      runBase[runs] = low;
      runLen[runs] = current;
      runs++;
      while (runs > 1) {
        let n = runs - 2;
        if (!established(n + 1) || !established(n)) {
          if (runLen[n - 1] < runLen[n + 1]) --n;
          mergeAt(n);
        } else if (runLen[n] <= runLen[n + 1]) {
          mergeAt(n);
        } else {
          break;
        }
      }
      low += current;
      remaining -= current;
    }
    while (runs > 1) {
      let n = runs - 2;
      if (n > 0 && runLen[n - 1] < runLen[n + 1]) --n;
      mergeAt(n);
    }
    return a;
  }

  function checkComparefn(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
      throw new TypeError('The comparison function must be either a function or undefined');
    }
  }

  /**
   * SortIndexedProperties(O, len, SortCompare, holes): the sorted values, undefined last (the
   * comparator never sees undefined), holes skipped (`skipHoles`) or read as undefined.
   */
  function sortIndexedProperties(O, len, comparefn, skipHoles) {
    const items = [];
    let undefinedCount = 0;
    for (let k = 0; k < len; k++) {
      if (skipHoles && !(k in O)) continue;
      const v = O[k];
      if (v === undefined) undefinedCount++;
      else if (arrayStoresArePlain()) items[items.length] = v;
      else createDataProperty(items, items.length, v);
    }
    timSort(items, makeComparator(comparefn));
    for (let i = 0; i < undefinedCount; i++) {
      if (arrayStoresArePlain()) items[items.length] = undefined;
      else createDataProperty(items, items.length, undefined);
    }
    return items;
  }

  // --- Flattening ------------------------------------------------------------------------------

  /** FlattenIntoArray (§23.1.3.13.1); returns the next target index. */
  function flattenIntoArray(target, source, sourceLen, start, depth, mapper, thisArg) {
    let targetIndex = start;
    for (let sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++) {
      if (!(sourceIndex in source)) continue;
      let element = source[sourceIndex];
      if (mapper !== undefined) {
        element = thisArg === undefined ? mapper(element, sourceIndex, source) : call(mapper, thisArg, element, sourceIndex, source);
      }
      if (depth > 0 && isArray(element)) {
        targetIndex = flattenIntoArray(target, element, lengthOf(element), targetIndex, depth - 1);
      } else {
        if (targetIndex >= MAX_SAFE) throw new TypeError('Array too large');
        createDataProperty(target, targetIndex, element);
        targetIndex++;
      }
    }
    return targetIndex;
  }

  // --- Array.prototype ---------------------------------------------------------------------------

  const methods = {
    at(index) {
      const O = toObject(this, 'Array.prototype.at');
      const len = lengthOf(O);
      const rel = toIntegerOrInfinity(index);
      const k = rel >= 0 ? rel : len + rel;
      if (k < 0 || k >= len) return undefined;
      return O[k];
    },

    forEach(callbackfn, thisArg) {
      const O = toObject(this, 'Array.prototype.forEach');
      const len = lengthOf(O);
      callbackOf(callbackfn);
      for (let k = 0; k < len; k++) {
        if (!(k in O)) continue;
        if (thisArg === undefined) callbackfn(O[k], k, O);
        else call(callbackfn, thisArg, O[k], k, O);
      }
    },

    map(callbackfn, thisArg) {
      const O = toObject(this, 'Array.prototype.map');
      const len = lengthOf(O);
      callbackOf(callbackfn);
      const A = arraySpeciesCreate(O, len);
      const plain = speciesCreatedPlain;
      for (let k = 0; k < len; k++) {
        if (!(k in O)) continue;
        const mapped = thisArg === undefined ? callbackfn(O[k], k, O) : call(callbackfn, thisArg, O[k], k, O);
        if (plain && arrayStoresArePlain()) A[k] = mapped;
        else createDataProperty(A, k, mapped);
      }
      return A;
    },

    filter(callbackfn, thisArg) {
      const O = toObject(this, 'Array.prototype.filter');
      const len = lengthOf(O);
      callbackOf(callbackfn);
      const A = arraySpeciesCreate(O, 0);
      const plain = speciesCreatedPlain;
      let to = 0;
      for (let k = 0; k < len; k++) {
        if (!(k in O)) continue;
        const kValue = O[k];
        if (thisArg === undefined ? callbackfn(kValue, k, O) : call(callbackfn, thisArg, kValue, k, O)) {
          if (plain && arrayStoresArePlain()) A[to] = kValue;
          else createDataProperty(A, to, kValue);
          to++;
        }
      }
      return A;
    },

    reduce(callbackfn, initialValue) {
      const O = toObject(this, 'Array.prototype.reduce');
      const len = lengthOf(O);
      callbackOf(callbackfn);
      let k = 0;
      let accumulator;
      if (arguments.length >= 2) {
        accumulator = initialValue;
      } else {
        let found = false;
        for (; k < len && !found; k++) {
          if (k in O) {
            accumulator = O[k];
            found = true;
          }
        }
        if (!found) throw new TypeError('Reduce of empty array with no initial value');
      }
      for (; k < len; k++) {
        if (k in O) accumulator = callbackfn(accumulator, O[k], k, O);
      }
      return accumulator;
    },

    reduceRight(callbackfn, initialValue) {
      const O = toObject(this, 'Array.prototype.reduceRight');
      const len = lengthOf(O);
      callbackOf(callbackfn);
      let k = len - 1;
      let accumulator;
      if (arguments.length >= 2) {
        accumulator = initialValue;
      } else {
        let found = false;
        for (; k >= 0 && !found; k--) {
          if (k in O) {
            accumulator = O[k];
            found = true;
          }
        }
        if (!found) throw new TypeError('Reduce of empty array with no initial value');
      }
      for (; k >= 0; k--) {
        if (k in O) accumulator = callbackfn(accumulator, O[k], k, O);
      }
      return accumulator;
    },

    some(callbackfn, thisArg) {
      const O = toObject(this, 'Array.prototype.some');
      const len = lengthOf(O);
      callbackOf(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O && (thisArg === undefined ? callbackfn(O[k], k, O) : call(callbackfn, thisArg, O[k], k, O))) return true;
      }
      return false;
    },

    every(callbackfn, thisArg) {
      const O = toObject(this, 'Array.prototype.every');
      const len = lengthOf(O);
      callbackOf(callbackfn);
      for (let k = 0; k < len; k++) {
        if (k in O && !(thisArg === undefined ? callbackfn(O[k], k, O) : call(callbackfn, thisArg, O[k], k, O))) return false;
      }
      return true;
    },

    find(predicate, thisArg) {
      const O = toObject(this, 'Array.prototype.find');
      const len = lengthOf(O);
      callbackOf(predicate);
      for (let k = 0; k < len; k++) {
        const kValue = O[k];
        if (thisArg === undefined ? predicate(kValue, k, O) : call(predicate, thisArg, kValue, k, O)) return kValue;
      }
      return undefined;
    },

    findIndex(predicate, thisArg) {
      const O = toObject(this, 'Array.prototype.findIndex');
      const len = lengthOf(O);
      callbackOf(predicate);
      for (let k = 0; k < len; k++) {
        const kValue = O[k];
        if (thisArg === undefined ? predicate(kValue, k, O) : call(predicate, thisArg, kValue, k, O)) return k;
      }
      return -1;
    },

    findLast(predicate, thisArg) {
      const O = toObject(this, 'Array.prototype.findLast');
      const len = lengthOf(O);
      callbackOf(predicate);
      for (let k = len - 1; k >= 0; k--) {
        const kValue = O[k];
        if (thisArg === undefined ? predicate(kValue, k, O) : call(predicate, thisArg, kValue, k, O)) return kValue;
      }
      return undefined;
    },

    findLastIndex(predicate, thisArg) {
      const O = toObject(this, 'Array.prototype.findLastIndex');
      const len = lengthOf(O);
      callbackOf(predicate);
      for (let k = len - 1; k >= 0; k--) {
        const kValue = O[k];
        if (thisArg === undefined ? predicate(kValue, k, O) : call(predicate, thisArg, kValue, k, O)) return k;
      }
      return -1;
    },

    includes(searchElement, fromIndex) {
      const O = toObject(this, 'Array.prototype.includes');
      const len = lengthOf(O);
      if (len === 0) return false;
      let k = relativeIndex(fromIndex, len);
      if (searchElement !== searchElement) {
        for (; k < len; k++) {
          const e = O[k];
          if (e !== e) return true;
        }
        return false;
      }
      for (; k < len; k++) {
        if (O[k] === searchElement) return true;
      }
      return false;
    },

    fill(value, start, end) {
      const O = toObject(this, 'Array.prototype.fill');
      const len = lengthOf(O);
      const k = relativeIndex(start, len);
      const final = end === undefined ? len : relativeIndex(end, len);
      for (let i = k; i < final; i++) O[i] = value;
      return O;
    },

    copyWithin(target, start, end) {
      const O = toObject(this, 'Array.prototype.copyWithin');
      const len = lengthOf(O);
      let to = relativeIndex(target, len);
      let from = relativeIndex(start, len);
      const final = end === undefined ? len : relativeIndex(end, len);
      let count = Math.min(final - from, len - to);
      let direction = 1;
      if (from < to && to < from + count) {
        direction = -1;
        from = from + count - 1;
        to = to + count - 1;
      }
      for (; count > 0; count--) {
        if (from in O) O[to] = O[from];
        else delete O[to];
        from += direction;
        to += direction;
      }
      return O;
    },

    flat(depth) {
      const O = toObject(this, 'Array.prototype.flat');
      const sourceLen = lengthOf(O);
      let depthNum = 1;
      if (depth !== undefined) {
        depthNum = toIntegerOrInfinity(depth);
        if (depthNum < 0) depthNum = 0;
      }
      const A = arraySpeciesCreate(O, 0);
      flattenIntoArray(A, O, sourceLen, 0, depthNum);
      return A;
    },

    flatMap(mapperFunction, thisArg) {
      const O = toObject(this, 'Array.prototype.flatMap');
      const sourceLen = lengthOf(O);
      if (typeof mapperFunction !== 'function') throw new TypeError('flatMap mapper function is not callable');
      const A = arraySpeciesCreate(O, 0);
      flattenIntoArray(A, O, sourceLen, 0, 1, mapperFunction, thisArg);
      return A;
    },

    sort(comparefn) {
      checkComparefn(comparefn);
      const obj = toObject(this, 'Array.prototype.sort');
      const len = lengthOf(obj);
      const sorted = sortIndexedProperties(obj, len, comparefn, true);
      let j = 0;
      for (; j < sorted.length; j++) obj[j] = sorted[j];
      for (; j < len; j++) {
        if (j in obj) delete obj[j];
      }
      return obj;
    },

    toSorted(comparefn) {
      checkComparefn(comparefn);
      const O = toObject(this, 'Array.prototype.toSorted');
      const len = lengthOf(O);
      return sortIndexedProperties(O, len, comparefn, false);
    },

    toReversed() {
      const O = toObject(this, 'Array.prototype.toReversed');
      const len = lengthOf(O);
      const A = new Array(len);
      for (let k = 0; k < len; k++) {
        if (arrayStoresArePlain()) A[k] = O[len - k - 1];
        else createDataProperty(A, k, O[len - k - 1]);
      }
      return A;
    },

    toSpliced(start, skipCount, ...items) {
      const O = toObject(this, 'Array.prototype.toSpliced');
      const len = lengthOf(O);
      const actualStart = relativeIndex(start, len);
      const insertCount = items.length;
      let actualSkipCount;
      if (arguments.length === 0) actualSkipCount = 0;
      else if (arguments.length === 1) actualSkipCount = len - actualStart;
      else actualSkipCount = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), len - actualStart);
      const newLen = len + insertCount - actualSkipCount;
      if (newLen > MAX_SAFE) throw new TypeError('Invalid array length');
      const A = new Array(newLen);
      let i = 0;
      let r = actualStart + actualSkipCount;
      for (; i < actualStart; i++) {
        if (arrayStoresArePlain()) A[i] = O[i];
        else createDataProperty(A, i, O[i]);
      }
      for (let j = 0; j < insertCount; j++, i++) {
        if (arrayStoresArePlain()) A[i] = items[j];
        else createDataProperty(A, i, items[j]);
      }
      for (; i < newLen; i++, r++) {
        if (arrayStoresArePlain()) A[i] = O[r];
        else createDataProperty(A, i, O[r]);
      }
      return A;
    },

    with(index, value) {
      const O = toObject(this, 'Array.prototype.with');
      const len = lengthOf(O);
      const rel = toIntegerOrInfinity(index);
      const actualIndex = rel >= 0 ? rel : len + rel;
      if (actualIndex >= len || actualIndex < 0) throw new RangeError('Invalid index : ' + index);
      const A = new Array(len);
      for (let k = 0; k < len; k++) {
        const v = k === actualIndex ? value : O[k];
        if (arrayStoresArePlain()) A[k] = v;
        else createDataProperty(A, k, v);
      }
      return A;
    },

    toLocaleString() {
      const O = toObject(this, 'Array.prototype.toLocaleString');
      const len = lengthOf(O);
      let R = '';
      for (let k = 0; k < len; k++) {
        if (k > 0) R += ',';
        const e = O[k];
        if (e !== undefined && e !== null) R += lib.toStringValue(e.toLocaleString());
      }
      return R;
    },

    keys() {
      return new ArrayIterator(toObject(this, 'Array.prototype.keys'), KIND_KEYS);
    },

    values() {
      return new ArrayIterator(toObject(this, 'Array.prototype.values'), KIND_VALUES);
    },

    entries() {
      return new ArrayIterator(toObject(this, 'Array.prototype.entries'), KIND_ENTRIES);
    },
  };

  // --- Array iterators --------------------------------------------------------------------------

  const KIND_KEYS = 0;
  const KIND_VALUES = 1;
  const KIND_ENTRIES = 2;

  class ArrayIterator {
    #object;
    #index = 0;
    #kind;
    #typedArray;

    constructor(object, kind) {
      this.#object = object;
      this.#kind = kind;
      // Typed arrays (stage1/35-typedarray.js) iterate over their current length and throw once out of bounds.
      const taKind = K.taInfo === undefined ? -1 : K.taInfo(object, 0);
      this.#typedArray = taKind >= 0 && taKind < 12;
    }

    next() {
      let a;
      try {
        a = this.#object;
      } catch (e) {
        throw new TypeError('Method Array Iterator.prototype.next called on incompatible receiver ' + lib.describe(this));
      }
      if (a === undefined) return { value: undefined, done: true };
      const index = this.#index;
      let len;
      if (this.#typedArray) {
        len = K.taInfo(a, 4);
        if (len < 0) throw new TypeError('Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer');
      } else {
        len = a.length;
        if (typeof len !== 'number' || !(len >= 0) || len % 1 !== 0) len = lengthOf(a);
      }
      if (index >= len) {
        this.#object = undefined;
        return { value: undefined, done: true };
      }
      this.#index = index + 1;
      const kind = this.#kind;
      if (kind === KIND_VALUES) return { value: a[index], done: false };
      if (kind === KIND_KEYS) return { value: index, done: false };
      return { value: [index, a[index]], done: false };
    }
  }

  // %ArrayIteratorPrototype%: ArrayIterator.prototype without its constructor, under
  // %IteratorPrototype%, with next() as a built-in method.
  const ArrayIteratorPrototype = ArrayIterator.prototype;
  delete ArrayIteratorPrototype.constructor;
  Object.setPrototypeOf(ArrayIteratorPrototype, lib.IteratorPrototype);
  lib.defineMethods(ArrayIteratorPrototype, { next: ArrayIteratorPrototype.next });
  lib.defineReadOnly(ArrayIteratorPrototype, Symbol.toStringTag, 'Array Iterator');

  lib.defineMethods(Array.prototype, methods, {
    forEach: 1, map: 1, filter: 1, reduce: 1, reduceRight: 1, some: 1, every: 1, find: 1, findIndex: 1,
    findLast: 1, findLastIndex: 1, includes: 1, fill: 1, copyWithin: 2, flat: 0, flatMap: 1, sort: 1,
    toSorted: 1, toSpliced: 2, with: 2,
  });
  lib.defineMethods(Array.prototype, { [Symbol.iterator]: Array.prototype.values });

  // Array.prototype[@@unscopables]
  const unscopables = Object.create(null);
  const unscopableNames = ['at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast', 'findLastIndex',
    'flat', 'flatMap', 'includes', 'keys', 'values', 'toReversed', 'toSorted', 'toSpliced'];
  for (let i = 0; i < unscopableNames.length; i++) unscopables[unscopableNames[i]] = true;
  lib.defineReadOnly(Array.prototype, Symbol.unscopables, unscopables);

  // --- Array.from, Array.of ----------------------------------------------------------------------

  lib.defineMethods(Array, {
    from(items, mapfn, thisArg) {
      const C = this;
      const mapping = mapfn !== undefined;
      if (mapping && typeof mapfn !== 'function') throw new TypeError(lib.describe(mapfn) + ' is not a function');
      const usingIterator = items === null || items === undefined ? undefined : items[Symbol.iterator];
      if (usingIterator !== undefined && usingIterator !== null) {
        const own = !(lib.isConstructor(C) && C !== Array);
        const A = own ? [] : new C();
        const plain = own && arrayStoresArePlain();
        let k = 0;
        lib.iterate({ [Symbol.iterator]: () => call(usingIterator, items) }, (value) => {
          const v = mapping ? call(mapfn, thisArg, value, k) : value;
          if (plain && arrayStoresArePlain()) A[k] = v;
          else createDataProperty(A, k, v);
          k++;
        });
        A.length = k;
        return A;
      }
      const arrayLike = toObject(items);
      const len = lengthOf(arrayLike);
      const own = !(lib.isConstructor(C) && C !== Array);
      const A = own ? new Array(len) : new C(len);
      const plain = own && arrayStoresArePlain();
      for (let k = 0; k < len; k++) {
        const kValue = arrayLike[k];
        const v = mapping ? call(mapfn, thisArg, kValue, k) : kValue;
        if (plain && arrayStoresArePlain()) A[k] = v;
        else createDataProperty(A, k, v);
      }
      A.length = len;
      return A;
    },

    of(...items) {
      const len = items.length;
      const C = this;
      const A = lib.isConstructor(C) && C !== Array ? new C(len) : new Array(len);
      for (let k = 0; k < len; k++) createDataProperty(A, k, items[k]);
      A.length = len;
      return A;
    },

    get [Symbol.species]() {
      return this;
    },
  }, { from: 1, of: 0 });

  if (typeof K.setIntrinsic === 'function') {
    K.setIntrinsic('ArrayIteratorPrototype', ArrayIteratorPrototype);
    K.setIntrinsic('ArrayProtoValues', Array.prototype.values);
  }
  lib.ArrayIteratorPrototype = ArrayIteratorPrototype;
  lib.arraySpeciesCreate = arraySpeciesCreate;
  lib.sort = (items, compare) => timSort(items, compare === undefined ? defaultCompare : compare);
})(__ouro);
