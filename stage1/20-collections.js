// Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry.
//
// Map and Set share one deterministic hash table (the design of V8's OrderedHashTable): entries
// live in insertion order in the parallel arrays `keys`/`values`; `buckets[hash & mask]` is the
// index of the newest entry of a bucket and `chain[i]` the next older one (-1 ends a chain).
// Deleting an entry leaves a hole (key === HOLE) so that indices stay stable for iterators. When
// the table is full it is replaced by a new one (compacted, maybe larger); the old table then
// points to its successor (`next`) and records which indices were holes, so that a live
// iterator can translate its position. `clear()` replaces the table too (`cleared`: position 0).
//
// The weak collections hold their keys strongly (the kernel has no ephemerons yet): everything
// observable from JavaScript is the same, only memory is not reclaimed.
(function (K) {
  'use strict';

  const lib = K.lib;
  const hash = K.hash;
  const HOLE = {};
  const MIN_CAPACITY = 4;

  function newTable(capacity) {
    const buckets = new Array(capacity);
    for (let i = 0; i < capacity; i++) buckets[i] = -1;
    return { keys: [], values: [], chain: [], buckets, mask: capacity - 1, used: 0, size: 0, next: null, holes: null, cleared: false };
  }

  function tableFind(t, key) {
    if (t.size === 0) return -1;
    const keys = t.keys;
    let i = t.buckets[hash(key) & t.mask];
    if (key !== key) {
      for (; i !== -1; i = t.chain[i]) {
        const k = keys[i];
        if (k !== k) return i;
      }
      return -1;
    }
    for (; i !== -1; i = t.chain[i]) {
      if (keys[i] === key) return i;
    }
    return -1;
  }

  /** Appends an entry (the key is not present). Returns the table to use from now on. */
  function tableAdd(t, key, value) {
    if (t.used === (t.mask + 1) * 2) t = tableRehash(t);
    if (key === 0) key = 0; // -0 becomes +0
    const b = hash(key) & t.mask;
    const i = t.used;
    t.keys.push(key);
    t.values.push(value);
    t.chain.push(t.buckets[b]);
    t.buckets[b] = i;
    t.used = i + 1;
    t.size++;
    return t;
  }

  function tableRehash(t) {
    const capacity = t.mask + 1;
    const n = t.size * 2 >= capacity ? capacity * 2 : capacity;
    const fresh = newTable(n);
    const holes = [];
    for (let i = 0; i < t.used; i++) {
      const k = t.keys[i];
      if (k === HOLE) holes.push(i);
      else tableAdd(fresh, k, t.values[i]);
    }
    t.next = fresh;
    t.holes = holes;
    return fresh;
  }

  function tableDelete(t, i) {
    t.keys[i] = HOLE;
    t.values[i] = undefined;
    t.size--;
  }

  function tableClear(t) {
    const fresh = newTable(MIN_CAPACITY);
    t.next = fresh;
    t.cleared = true;
    return fresh;
  }

  /** Moves an iterator position [table, index] to the newest table. */
  function tableTransition(t, index) {
    while (t.next !== null) {
      if (t.cleared) {
        index = 0;
      } else {
        const holes = t.holes;
        let before = 0;
        while (before < holes.length && holes[before] < index) before++;
        index -= before;
      }
      t = t.next;
    }
    return { t, index };
  }

  function requireCallable(fn) {
    if (typeof fn !== 'function') throw new TypeError(lib.describe(fn) + ' is not a function');
    return fn;
  }

  function incompatible(method, receiver) {
    return new TypeError('Method ' + method + ' called on incompatible receiver ' + lib.describe(receiver));
  }

  const isObj = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

  // --- Map --------------------------------------------------------------------------------------

  class Map {
    #t;

    constructor(iterable = undefined) {
      if (new.target === undefined) throw new TypeError("Constructor Map requires 'new'");
      this.#t = newTable(MIN_CAPACITY);
      if (iterable === undefined || iterable === null) return;
      const adder = this.set;
      requireCallable(adder);
      lib.iterate(iterable, (entry) => {
        if (!isObj(entry)) throw new TypeError('Iterator value ' + (typeof entry === 'string' ? entry : lib.describe(entry)) + ' is not an entry object');
        adder.call(this, entry[0], entry[1]);
      });
    }

    static #table(o, method) {
      if (!isObj(o) || !(#t in o)) throw incompatible('Map.prototype.' + method, o);
      return o.#t;
    }

    // get/set/has are the hot paths: the receiver check is the private read itself (it throws
    // for anything that is not a Map) and the lookup is inlined (calls are what costs in the
    // interpreter).
    get(key) {
      let t;
      try {
        t = this.#t;
      } catch (e) {
        throw incompatible('Map.prototype.get', this);
      }
      if (t.size === 0) return undefined;
      const keys = t.keys;
      let i = t.buckets[hash(key) & t.mask];
      if (key === key) {
        for (; i !== -1; i = t.chain[i]) {
          if (keys[i] === key) return t.values[i];
        }
        return undefined;
      }
      i = tableFind(t, key);
      return i === -1 ? undefined : t.values[i];
    }

    set(key, value) {
      let t;
      try {
        t = this.#t;
      } catch (e) {
        throw incompatible('Map.prototype.set', this);
      }
      const i = tableFind(t, key);
      if (i !== -1) t.values[i] = value;
      else this.#t = tableAdd(t, key, value);
      return this;
    }

    has(key) {
      let t;
      try {
        t = this.#t;
      } catch (e) {
        throw incompatible('Map.prototype.has', this);
      }
      if (t.size === 0) return false;
      const keys = t.keys;
      let i = t.buckets[hash(key) & t.mask];
      if (key === key) {
        for (; i !== -1; i = t.chain[i]) {
          if (keys[i] === key) return true;
        }
        return false;
      }
      return tableFind(t, key) !== -1;
    }

    getOrInsert(key, value) {
      const t = Map.#table(this, 'getOrInsert');
      const i = tableFind(t, key);
      if (i !== -1) return t.values[i];
      this.#t = tableAdd(t, key, value);
      return value;
    }

    getOrInsertComputed(key, callbackfn) {
      let t = Map.#table(this, 'getOrInsertComputed');
      requireCallable(callbackfn);
      if (key === 0) key = 0; // CanonicalizeKeyedCollectionKey: -0 is +0
      const i = tableFind(t, key);
      if (i !== -1) return t.values[i];
      const value = callbackfn(key);
      // The callback may have changed the map (even replaced its table).
      t = this.#t;
      const j = tableFind(t, key);
      if (j !== -1) t.values[j] = value;
      else this.#t = tableAdd(t, key, value);
      return value;
    }

    delete(key) {
      const t = Map.#table(this, 'delete');
      const i = tableFind(t, key);
      if (i === -1) return false;
      tableDelete(t, i);
      return true;
    }

    clear() {
      const t = Map.#table(this, 'clear');
      if (t.used !== 0) this.#t = tableClear(t);
    }

    forEach(callbackfn, thisArg = undefined) {
      const t = Map.#table(this, 'forEach');
      requireCallable(callbackfn);
      eachLiveEntry(t, (k, v) => {
        callbackfn.call(thisArg, v, k, this);
      });
    }

    get size() {
      return Map.#table(this, 'size').size;
    }

    keys() {
      return new CollectionIterator(Map.#table(this, 'keys'), KIND_KEYS, true);
    }

    values() {
      return new CollectionIterator(Map.#table(this, 'values'), KIND_VALUES, true);
    }

    entries() {
      return new CollectionIterator(Map.#table(this, 'entries'), KIND_ENTRIES, true);
    }

    static get [Symbol.species]() {
      return this;
    }

    static groupBy(items, callbackfn) {
      requireCallable(callbackfn);
      const map = new Map();
      let k = 0;
      lib.iterate(items, (value) => {
        const key = callbackfn(value, k++);
        const group = map.get(key);
        if (group === undefined) map.set(key, [value]);
        else group.push(value);
      });
      return map;
    }

    static {
      lib.isMap = (v) => isObj(v) && #t in v;
      lib.mapSize = (m) => m.#t.size;
      /** [k0, v0, k1, v1, ...] in order. */
      lib.mapEntries = (m) => {
        const t = m.#t;
        const out = [];
        for (let i = 0; i < t.used; i++) {
          if (t.keys[i] !== HOLE) out.push(t.keys[i], t.values[i]);
        }
        return out;
      };
    }
  }

  // --- Set --------------------------------------------------------------------------------------

  /** GetSetRecord(obj) for the set methods (union, ...). */
  function getSetRecord(obj) {
    if (!isObj(obj)) throw new TypeError('The "other" argument must be an object');
    const rawSize = obj.size;
    const numSize = +rawSize;
    if (numSize !== numSize) throw new TypeError("The 'size' property must be a number");
    const intSize = lib.toIntegerOrInfinity(numSize);
    if (intSize < 0) throw new RangeError("'" + intSize + "' is an invalid size");
    const has = obj.has;
    if (typeof has !== 'function') throw new TypeError("The 'has' property must be a function");
    const keys = obj.keys;
    if (typeof keys !== 'function') throw new TypeError("The 'keys' property must be a function");
    return { set: obj, size: intSize, has, keys };
  }

  function forEachKeyOf(record, fn) {
    const iterator = record.keys.call(record.set);
    if (!isObj(iterator)) throw new TypeError('keys() result is not an object');
    const next = iterator.next;
    for (;;) {
      const r = next.call(iterator);
      if (!isObj(r)) throw new TypeError('Iterator result ' + lib.describe(r) + ' is not an object');
      if (r.done) return;
      if (fn(r.value) === false) {
        const ret = iterator.return;
        if (ret !== undefined && ret !== null) ret.call(iterator);
        return;
      }
    }
  }

  /** Adds `v` to a Set made by a set method (assigned in Set's static block). */
  let setAppend;

  class Set {
    #t;

    constructor(iterable = undefined) {
      if (new.target === undefined) throw new TypeError("Constructor Set requires 'new'");
      this.#t = newTable(MIN_CAPACITY);
      if (iterable === undefined || iterable === null) return;
      const adder = this.add;
      requireCallable(adder);
      lib.iterate(iterable, (value) => {
        adder.call(this, value);
      });
    }

    static #table(o, method) {
      if (!isObj(o) || !(#t in o)) throw incompatible('Set.prototype.' + method, o);
      return o.#t;
    }

    has(value) {
      let t;
      try {
        t = this.#t;
      } catch (e) {
        throw incompatible('Set.prototype.has', this);
      }
      if (t.size === 0) return false;
      const keys = t.keys;
      let i = t.buckets[hash(value) & t.mask];
      if (value === value) {
        for (; i !== -1; i = t.chain[i]) {
          if (keys[i] === value) return true;
        }
        return false;
      }
      return tableFind(t, value) !== -1;
    }

    add(value) {
      let t;
      try {
        t = this.#t;
      } catch (e) {
        throw incompatible('Set.prototype.add', this);
      }
      if (tableFind(t, value) === -1) this.#t = tableAdd(t, value, undefined);
      return this;
    }

    delete(value) {
      const t = Set.#table(this, 'delete');
      const i = tableFind(t, value);
      if (i === -1) return false;
      tableDelete(t, i);
      return true;
    }

    clear() {
      const t = Set.#table(this, 'clear');
      if (t.used !== 0) this.#t = tableClear(t);
    }

    forEach(callbackfn, thisArg = undefined) {
      const t = Set.#table(this, 'forEach');
      requireCallable(callbackfn);
      eachLiveEntry(t, (k) => {
        callbackfn.call(thisArg, k, k, this);
      });
    }

    get size() {
      return Set.#table(this, 'size').size;
    }

    values() {
      return new CollectionIterator(Set.#table(this, 'values'), KIND_VALUES, false);
    }

    entries() {
      return new CollectionIterator(Set.#table(this, 'entries'), KIND_ENTRIES, false);
    }

    union(other) {
      const t = Set.#table(this, 'union');
      const record = getSetRecord(other);
      const result = new Set();
      copyInto(result, t);
      forEachKeyOf(record, (v) => {
        setAppend(result, v);
      });
      return result;
    }

    intersection(other) {
      const t = Set.#table(this, 'intersection');
      const record = getSetRecord(other);
      const result = new Set();
      if (t.size <= record.size) {
        eachLiveEntry(t, (k) => {
          if (record.has.call(record.set, k) && tableFind(result.#t, k) === -1) setAppend(result, k);
        });
      } else {
        forEachKeyOf(record, (v) => {
          if (tableFind(this.#t, v) !== -1) setAppend(result, v);
        });
      }
      return result;
    }

    difference(other) {
      const t = Set.#table(this, 'difference');
      const record = getSetRecord(other);
      const result = new Set();
      copyInto(result, t);
      if (t.size <= record.size) {
        const keys = liveKeys(t);
        for (let i = 0; i < keys.length; i++) {
          if (record.has.call(record.set, keys[i])) result.delete(keys[i]);
        }
      } else {
        forEachKeyOf(record, (v) => {
          result.delete(v);
        });
      }
      return result;
    }

    symmetricDifference(other) {
      const t = Set.#table(this, 'symmetricDifference');
      const record = getSetRecord(other);
      const result = new Set();
      copyInto(result, t);
      forEachKeyOf(record, (v) => {
        if (tableFind(this.#t, v) !== -1) result.delete(v);
        else setAppend(result, v);
      });
      return result;
    }

    isSubsetOf(other) {
      const t = Set.#table(this, 'isSubsetOf');
      const record = getSetRecord(other);
      if (t.size > record.size) return false;
      let result = true;
      eachLiveEntry(t, (k) => (result = !!record.has.call(record.set, k)));
      return result;
    }

    isSupersetOf(other) {
      const t = Set.#table(this, 'isSupersetOf');
      const record = getSetRecord(other);
      if (t.size < record.size) return false;
      let result = true;
      forEachKeyOf(record, (v) => {
        if (tableFind(this.#t, v) === -1) {
          result = false;
          return false;
        }
        return true;
      });
      return result;
    }

    isDisjointFrom(other) {
      const t = Set.#table(this, 'isDisjointFrom');
      const record = getSetRecord(other);
      if (t.size <= record.size) {
        let result = true;
        eachLiveEntry(t, (k) => (result = !record.has.call(record.set, k)));
        return result;
      }
      let result = true;
      forEachKeyOf(record, (v) => {
        if (tableFind(this.#t, v) !== -1) {
          result = false;
          return false;
        }
        return true;
      });
      return result;
    }

    static get [Symbol.species]() {
      return this;
    }

    static {
      // The set methods add to their new result directly, never through a user-visible `add`.
      setAppend = (set, v) => {
        const t = set.#t;
        if (tableFind(t, v) === -1) set.#t = tableAdd(t, v, undefined);
      };
      lib.isSet = (v) => isObj(v) && #t in v;
      lib.setSize = (s) => s.#t.size;
      lib.setValues = (s) => liveKeys(s.#t);
    }
  }

  /**
   * Calls fn(key, value) for the entries of table t in insertion order, live — the spec's index
   * loop over [[MapData]]/[[SetData]]: an entry deleted before it is reached is skipped, one added
   * meanwhile is visited, a rehash continues at the same entry. Stops when fn returns false.
   */
  function eachLiveEntry(t, fn) {
    let i = 0;
    for (;;) {
      if (t.next !== null) {
        const r = tableTransition(t, i);
        t = r.t;
        i = r.index;
      }
      if (i >= t.used) return;
      const k = t.keys[i];
      const v = t.values[i];
      i++;
      if (k !== HOLE && fn(k, v) === false) return;
    }
  }

  function liveKeys(t) {
    const out = [];
    for (let i = 0; i < t.used; i++) {
      if (t.keys[i] !== HOLE) out.push(t.keys[i]);
    }
    return out;
  }

  function copyInto(set, t) {
    for (let i = 0; i < t.used; i++) {
      if (t.keys[i] !== HOLE) setAppend(set, t.keys[i]);
    }
  }

  // --- Iterators ----------------------------------------------------------------------------------

  const KIND_KEYS = 0;
  const KIND_VALUES = 1;
  const KIND_ENTRIES = 2;

  class CollectionIterator {
    #t;
    #index = 0;
    #kind;
    #isMap;

    constructor(t, kind, isMap) {
      this.#t = t;
      this.#kind = kind;
      this.#isMap = isMap;
    }

    static #position(it) {
      let t = it.#t;
      if (t === null) return null;
      if (t.next !== null) {
        const r = tableTransition(t, it.#index);
        it.#t = t = r.t;
        it.#index = r.index;
      }
      return t;
    }

    next() {
      let t;
      try {
        t = this.#t;
      } catch (e) {
        throw incompatible('%MapIteratorPrototype%.next', this);
      }
      if (t === null) return { value: undefined, done: true };
      if (t.next !== null) t = CollectionIterator.#position(this);
      let i = this.#index;
      while (i < t.used && t.keys[i] === HOLE) i++;
      if (i >= t.used) {
        this.#t = null;
        return { value: undefined, done: true };
      }
      this.#index = i + 1;
      const k = t.keys[i];
      if (this.#kind === KIND_ENTRIES) return { value: [k, this.#isMap ? t.values[i] : k], done: false };
      if (this.#kind === KIND_VALUES && this.#isMap) return { value: t.values[i], done: false };
      return { value: k, done: false };
    }

    static {
      /** What inspect shows of a Map/Set iterator: its remaining entries, without advancing it. */
      lib.collectionIteratorPreview = (v) => {
        if (!isObj(v) || !(#t in v)) return undefined;
        const t = CollectionIterator.#position(v);
        const entries = [];
        const kind = v.#kind;
        const isKeyValue = kind === KIND_ENTRIES;
        if (t !== null) {
          for (let i = v.#index; i < t.used; i++) {
            const k = t.keys[i];
            if (k === HOLE) continue;
            if (isKeyValue) entries.push(k, v.#isMap ? t.values[i] : k);
            else entries.push(kind === KIND_VALUES && v.#isMap ? t.values[i] : k);
          }
        }
        return { isMap: v.#isMap, isKeyValue, entries };
      };
    }
  }

  // Two prototypes share the iterator class: %MapIteratorPrototype% and %SetIteratorPrototype%.
  const iteratorNext = CollectionIterator.prototype.next;
  const MapIteratorPrototype = Object.create(lib.IteratorPrototype);
  const SetIteratorPrototype = Object.create(lib.IteratorPrototype);
  lib.defineMethods(MapIteratorPrototype, { next: iteratorNext });
  lib.defineMethods(SetIteratorPrototype, { next: iteratorNext });
  lib.defineReadOnly(MapIteratorPrototype, Symbol.toStringTag, 'Map Iterator');
  lib.defineReadOnly(SetIteratorPrototype, Symbol.toStringTag, 'Set Iterator');
  const CollectionIteratorBase = CollectionIterator;
  // Instances get the right prototype right after construction.
  const mapKeys = Map.prototype.keys;
  const mapValues = Map.prototype.values;
  const mapEntries = Map.prototype.entries;
  const setValues = Set.prototype.values;
  const setEntries = Set.prototype.entries;
  lib.defineMethods(Map.prototype, {
    keys() {
      return Object.setPrototypeOf(mapKeys.call(this), MapIteratorPrototype);
    },
    values() {
      return Object.setPrototypeOf(mapValues.call(this), MapIteratorPrototype);
    },
    entries() {
      return Object.setPrototypeOf(mapEntries.call(this), MapIteratorPrototype);
    },
  });
  lib.defineMethods(Set.prototype, {
    values() {
      return Object.setPrototypeOf(setValues.call(this), SetIteratorPrototype);
    },
    entries() {
      return Object.setPrototypeOf(setEntries.call(this), SetIteratorPrototype);
    },
  });
  void CollectionIteratorBase;
  lib.defineMethods(Map.prototype, { [Symbol.iterator]: Map.prototype.entries });
  lib.defineMethods(Set.prototype, { keys: Set.prototype.values, [Symbol.iterator]: Set.prototype.values });
  lib.defineReadOnly(Map.prototype, Symbol.toStringTag, 'Map');
  lib.defineReadOnly(Set.prototype, Symbol.toStringTag, 'Set');
  lib.setFunctionLength(Map.prototype.forEach, 1);
  lib.setFunctionLength(Set.prototype.forEach, 1);

  // --- WeakMap, WeakSet -------------------------------------------------------------------------

  function canBeHeldWeakly(v) {
    if (isObj(v)) return true;
    return typeof v === 'symbol' && Symbol.keyFor(v) === undefined;
  }

  // The weak collections use the hash table directly (never the user-visible Map/Set methods).
  class WeakMap {
    #t;

    constructor(iterable = undefined) {
      if (new.target === undefined) throw new TypeError("Constructor WeakMap requires 'new'");
      this.#t = newTable(MIN_CAPACITY);
      if (iterable === undefined || iterable === null) return;
      const adder = this.set;
      requireCallable(adder);
      lib.iterate(iterable, (entry) => {
        if (!isObj(entry)) throw new TypeError('Iterator value ' + lib.describe(entry) + ' is not an entry object');
        adder.call(this, entry[0], entry[1]);
      });
    }

    static #table(o, method) {
      if (!isObj(o) || !(#t in o)) throw incompatible('WeakMap.prototype.' + method, o);
      return o.#t;
    }

    get(key) {
      const t = WeakMap.#table(this, 'get');
      if (!canBeHeldWeakly(key)) return undefined;
      const i = tableFind(t, key);
      return i === -1 ? undefined : t.values[i];
    }

    set(key, value) {
      const t = WeakMap.#table(this, 'set');
      if (!canBeHeldWeakly(key)) throw new TypeError('Invalid value used as weak map key');
      const i = tableFind(t, key);
      if (i !== -1) t.values[i] = value;
      else this.#t = tableAdd(t, key, value);
      return this;
    }

    has(key) {
      const t = WeakMap.#table(this, 'has');
      return canBeHeldWeakly(key) && tableFind(t, key) !== -1;
    }

    delete(key) {
      const t = WeakMap.#table(this, 'delete');
      if (!canBeHeldWeakly(key)) return false;
      const i = tableFind(t, key);
      if (i === -1) return false;
      tableDelete(t, i);
      return true;
    }

    getOrInsert(key, value) {
      const t = WeakMap.#table(this, 'getOrInsert');
      if (!canBeHeldWeakly(key)) throw new TypeError('Invalid value used as weak map key');
      const i = tableFind(t, key);
      if (i !== -1) return t.values[i];
      this.#t = tableAdd(t, key, value);
      return value;
    }

    getOrInsertComputed(key, callbackfn) {
      const t = WeakMap.#table(this, 'getOrInsertComputed');
      if (!canBeHeldWeakly(key)) throw new TypeError('Invalid value used as weak map key');
      requireCallable(callbackfn);
      const i = tableFind(t, key);
      if (i !== -1) return t.values[i];
      const value = callbackfn(key);
      const t2 = this.#t;
      const j = tableFind(t2, key);
      if (j !== -1) t2.values[j] = value;
      else this.#t = tableAdd(t2, key, value);
      return value;
    }

    static {
      lib.isWeakMap = (v) => isObj(v) && #t in v;
    }
  }
  lib.defineReadOnly(WeakMap.prototype, Symbol.toStringTag, 'WeakMap');

  class WeakSet {
    #t;

    constructor(iterable = undefined) {
      if (new.target === undefined) throw new TypeError("Constructor WeakSet requires 'new'");
      this.#t = newTable(MIN_CAPACITY);
      if (iterable === undefined || iterable === null) return;
      const adder = this.add;
      requireCallable(adder);
      lib.iterate(iterable, (value) => {
        adder.call(this, value);
      });
    }

    static #table(o, method) {
      if (!isObj(o) || !(#t in o)) throw incompatible('WeakSet.prototype.' + method, o);
      return o.#t;
    }

    add(value) {
      const t = WeakSet.#table(this, 'add');
      if (!canBeHeldWeakly(value)) throw new TypeError('Invalid value used in weak set');
      if (tableFind(t, value) === -1) this.#t = tableAdd(t, value, undefined);
      return this;
    }

    has(value) {
      const t = WeakSet.#table(this, 'has');
      return canBeHeldWeakly(value) && tableFind(t, value) !== -1;
    }

    delete(value) {
      const t = WeakSet.#table(this, 'delete');
      if (!canBeHeldWeakly(value)) return false;
      const i = tableFind(t, value);
      if (i === -1) return false;
      tableDelete(t, i);
      return true;
    }

    static {
      lib.isWeakSet = (v) => isObj(v) && #t in v;
    }
  }
  lib.defineReadOnly(WeakSet.prototype, Symbol.toStringTag, 'WeakSet');

  class WeakRef {
    #target;

    constructor(target) {
      if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
      if (!canBeHeldWeakly(target)) throw new TypeError('WeakRef: invalid target');
      this.#target = target;
    }

    deref() {
      if (!isObj(this) || !(#target in this)) throw incompatible('WeakRef.prototype.deref', this);
      return this.#target;
    }
  }
  lib.defineReadOnly(WeakRef.prototype, Symbol.toStringTag, 'WeakRef');

  /** Targets are held strongly, so cleanup callbacks never run (allowed by the spec). */
  class FinalizationRegistry {
    #cleanup;
    #cells = [];

    constructor(cleanupCallback) {
      if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
      this.#cleanup = requireCallable(cleanupCallback);
    }

    register(target, heldValue, unregisterToken = undefined) {
      if (!canBeHeldWeakly(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
      if (target === heldValue) throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
      if (unregisterToken !== undefined && !canBeHeldWeakly(unregisterToken)) {
        throw new TypeError('FinalizationRegistry.prototype.register: invalid unregister token');
      }
      this.#cells.push({ heldValue, unregisterToken });
    }

    unregister(unregisterToken) {
      if (!canBeHeldWeakly(unregisterToken)) throw new TypeError('Invalid unregisterToken');
      const before = this.#cells.length;
      this.#cells = this.#cells.filter((c) => c.unregisterToken !== unregisterToken);
      return this.#cells.length !== before;
    }
  }
  lib.defineReadOnly(FinalizationRegistry.prototype, Symbol.toStringTag, 'FinalizationRegistry');
  lib.setFunctionLength(FinalizationRegistry.prototype.register, 2);

  for (const C of [Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry]) {
    if (typeof K.markBuiltin === 'function') K.markBuiltin(C);
    lib.markBuiltins(C);
    lib.markBuiltins(C.prototype);
    lib.setFunctionLength(C, C === WeakRef || C === FinalizationRegistry ? 1 : 0);
    lib.defineGlobal(C.name, C);
  }
  if (typeof K.setIntrinsic === 'function') {
    K.setIntrinsic('MapPrototype', Map.prototype);
    K.setIntrinsic('SetPrototype', Set.prototype);
  }
  lib.Map = Map;
  lib.Set = Set;
})(__ouro);
