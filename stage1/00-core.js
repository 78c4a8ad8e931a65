// The library's shared helpers (K.lib): spec abstract operations, installation of built-in
// methods, %IteratorPrototype%. Every later file reads them from K.lib. See stage1/INTRINSICS.md.
(function (K) {
  'use strict';

  const lib = {};
  K.lib = lib;

  const ObjectDefineProperty = Object.defineProperty;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

  // --- Installing built-ins -------------------------------------------------------------------

  /**
   * Copies the own properties of `methods` onto `target` as built-in properties: non-enumerable,
   * writable and configurable (accessors keep get/set). `lengths` optionally overrides the
   * `length` of some functions (the spec's lengths count only required parameters).
   */
  function defineMethods(target, methods, lengths) {
    const names = ObjectGetOwnPropertyNames(methods);
    for (let i = 0; i < names.length; i++) defineOne(target, methods, names[i], lengths);
    const symbols = ObjectGetOwnPropertySymbols(methods);
    for (let i = 0; i < symbols.length; i++) defineOne(target, methods, symbols[i], lengths);
    return target;
  }

  function defineOne(target, methods, key, lengths) {
    const desc = ObjectGetOwnPropertyDescriptor(methods, key);
    if (desc.get !== undefined || desc.set !== undefined) {
      if (typeof K.markBuiltin === 'function') {
        if (desc.get !== undefined) K.markBuiltin(desc.get);
        if (desc.set !== undefined) K.markBuiltin(desc.set);
      }
      ObjectDefineProperty(target, key, { get: desc.get, set: desc.set, enumerable: false, configurable: true });
      return;
    }
    const value = desc.value;
    if (typeof value === 'function') {
      // (typeof: `lengths` is a plain object, so lengths.toString is Object.prototype.toString)
      if (lengths !== undefined && typeof key === 'string' && typeof lengths[key] === 'number') {
        ObjectDefineProperty(value, 'length', { value: lengths[key], writable: false, enumerable: false, configurable: true });
      }
      if (typeof K.markBuiltin === 'function') K.markBuiltin(value);
    }
    ObjectDefineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
  }

  /** Defines a non-writable, non-enumerable, configurable data property (e.g. @@toStringTag). */
  function defineReadOnly(target, key, value) {
    ObjectDefineProperty(target, key, { value, writable: false, enumerable: false, configurable: true });
  }

  /** Installs a global binding the way the spec's global properties are (writable, configurable). */
  function defineGlobal(name, value) {
    ObjectDefineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
  }

  function setFunctionName(fn, name) {
    ObjectDefineProperty(fn, 'name', { value: name, writable: false, enumerable: false, configurable: true });
    return fn;
  }

  function setFunctionLength(fn, length) {
    ObjectDefineProperty(fn, 'length', { value: length, writable: false, enumerable: false, configurable: true });
    return fn;
  }

  /**
   * Marks the methods and accessors of `obj` (a class or its prototype: class syntax defines them
   * with the right attributes already) as built-ins, so that toString prints `[native code]`.
   */
  function markBuiltins(obj) {
    if (typeof K.markBuiltin !== 'function') return;
    const keys = ObjectGetOwnPropertyNames(obj).concat(ObjectGetOwnPropertySymbols(obj));
    for (let i = 0; i < keys.length; i++) {
      const desc = ObjectGetOwnPropertyDescriptor(obj, keys[i]);
      if (typeof desc.value === 'function' && keys[i] !== 'constructor') K.markBuiltin(desc.value);
      if (desc.get !== undefined) K.markBuiltin(desc.get);
      if (desc.set !== undefined) K.markBuiltin(desc.set);
    }
  }

  lib.defineMethods = defineMethods;
  lib.markBuiltins = markBuiltins;
  lib.defineReadOnly = defineReadOnly;
  lib.defineGlobal = defineGlobal;
  lib.setFunctionName = setFunctionName;
  lib.setFunctionLength = setFunctionLength;

  // --- Abstract operations ----------------------------------------------------------------------

  /** Type(v) is Object — including an [[IsHTMLDDA]] object (Annex B), whose typeof is 'undefined'. */
  function isObject(v) {
    const t = typeof v;
    return (t === 'object' && v !== null) || t === 'function' || (t === 'undefined' && v !== undefined);
  }

  function isCallable(v) {
    return typeof v === 'function';
  }

  function isConstructor(v) {
    if (typeof v !== 'function') return false;
    if (typeof K.isConstructor === 'function') return K.isConstructor(v);
    return true;
  }

  /** A short description of a value for TypeError messages, as V8 prints it (`#<Object>`). */
  function describe(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') {
      return v.name ? 'function ' + v.name : 'function';
    }
    if (v === null) return 'null';
    if (typeof v === 'object') {
      if (Array.isArray(v)) return '[object Array]';
      let name = 'Object';
      try {
        const ctor = v.constructor;
        if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') name = ctor.name;
      } catch (e) {
        // a throwing getter: keep the default
      }
      return '#<' + name + '>';
    }
    return String(v);
  }

  function requireCallable(fn) {
    if (typeof fn !== 'function') throw new TypeError(describe(fn) + ' is not a function');
    return fn;
  }

  /** ToObject, with V8's message for the method `name` (`Array.prototype.map called on null or undefined`). */
  function toObject(v, name) {
    if (v === null || v === undefined) {
      throw new TypeError(name === undefined ? 'Cannot convert undefined or null to object' : name + ' called on null or undefined');
    }
    return Object(v);
  }

  function toNumber(v) {
    if (typeof v === 'number') return v;
    return +v;
  }

  function toIntegerOrInfinity(v) {
    const n = typeof v === 'number' ? v : +v;
    if (n !== n || n === 0) return 0;
    if (n === Infinity || n === -Infinity) return n;
    return n < 0 ? -Math.floor(-n) : Math.floor(n);
  }

  function toLength(v) {
    const n = toIntegerOrInfinity(v);
    if (n <= 0) return 0;
    return n < 9007199254740991 ? n : 9007199254740991;
  }

  /** The length of an array-like (LengthOfArrayLike). */
  function lengthOf(o) {
    return toLength(o.length);
  }

  /** A relative index (negative counts from the end) clamped to [0, len]. */
  function relativeIndex(v, len) {
    const rel = toIntegerOrInfinity(v);
    if (rel < 0) return rel + len < 0 ? 0 : rel + len;
    return rel < len ? rel : len;
  }

  const StringCtor = String;
  function toStringValue(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    // String(v), not '' + v: ToString converts objects with hint "string" (toString before valueOf).
    return StringCtor(v);
  }

  function toPropertyKey(v) {
    if (typeof v === 'symbol' || typeof v === 'string') return v;
    if (isObject(v)) {
      const p = toPrimitive(v, 'string');
      return typeof p === 'symbol' ? p : toStringValue(p);
    }
    return '' + v;
  }

  function toPrimitive(v, hint) {
    if (!isObject(v)) return v;
    const exotic = v[Symbol.toPrimitive];
    if (exotic !== undefined && exotic !== null) {
      const r = requireCallable(exotic).call(v, hint === undefined ? 'default' : hint);
      if (isObject(r)) throw new TypeError('Cannot convert object to primitive value');
      return r;
    }
    const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
    for (let i = 0; i < 2; i++) {
      const m = v[order[i]];
      if (typeof m === 'function') {
        const r = m.call(v);
        if (!isObject(r)) return r;
      }
    }
    throw new TypeError('Cannot convert object to primitive value');
  }

  function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
  }

  function speciesConstructor(o, defaultConstructor) {
    const c = o.constructor;
    if (c === undefined) return defaultConstructor;
    if (!isObject(c)) throw new TypeError('The .constructor property is not an object');
    const s = c[Symbol.species];
    if (s === undefined || s === null) return defaultConstructor;
    if (isConstructor(s)) return s;
    throw new TypeError('object.constructor[Symbol.species] is not a constructor');
  }

  /** CreateDataPropertyOrThrow(o, key, value). */
  const createDataProperty = typeof K.createDataProperty === 'function' ? K.createDataProperty : (o, key, value) => {
    ObjectDefineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  };

  /**
   * Call(f, thisArg, ...args) without looking up `f.call` (which user code may replace): the
   * library calls callbacks directly when thisArg is undefined, through this otherwise.
   */
  const call = Function.prototype.call.bind(Function.prototype.call);

  /**
   * Can a store `A[k] = v` into an array the library just made meet a setter? Not while the
   * prototypes have no elements (the kernel's no-elements protector); then such a store is
   * CreateDataProperty.
   */
  const arrayStoresArePlain = typeof K.arrayStoresArePlain === 'function' ? K.arrayStoresArePlain : () => false;

  /** Is `key` the canonical string of an array index (0 .. 2^32 - 2)? */
  function isArrayIndexString(key) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
    const first = key.charCodeAt(0);
    if (first === 48) return key.length === 1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    return +key < 4294967295;
  }

  lib.isArrayIndexString = isArrayIndexString;
  lib.isObject = isObject;
  lib.isCallable = isCallable;
  lib.isConstructor = isConstructor;
  lib.describe = describe;
  lib.requireCallable = requireCallable;
  lib.toObject = toObject;
  lib.toNumber = toNumber;
  lib.toIntegerOrInfinity = toIntegerOrInfinity;
  lib.toLength = toLength;
  lib.lengthOf = lengthOf;
  lib.relativeIndex = relativeIndex;
  lib.toStringValue = toStringValue;
  lib.toPropertyKey = toPropertyKey;
  lib.toPrimitive = toPrimitive;
  lib.sameValueZero = sameValueZero;
  lib.speciesConstructor = speciesConstructor;
  lib.createDataProperty = createDataProperty;
  lib.call = call;
  lib.arrayStoresArePlain = arrayStoresArePlain;

  // --- Iterators ------------------------------------------------------------------------------

  /**
   * %IteratorPrototype%: the realm's if it made one, else the prototype of the generator
   * prototype (which the kernel creates), else a new object.
   */
  let iteratorPrototype = typeof K.getIntrinsic === 'function' ? K.getIntrinsic('IteratorPrototype') : undefined;
  if (!isObject(iteratorPrototype)) {
    const generatorPrototype = typeof K.getIntrinsic === 'function' ? K.getIntrinsic('GeneratorPrototype') : undefined;
    iteratorPrototype = isObject(generatorPrototype) ? Object.getPrototypeOf(generatorPrototype) : null;
    if (!isObject(iteratorPrototype) || iteratorPrototype === Object.prototype) iteratorPrototype = {};
    if (typeof K.setIntrinsic === 'function') K.setIntrinsic('IteratorPrototype', iteratorPrototype);
  }
  if (!Object.prototype.hasOwnProperty.call(iteratorPrototype, Symbol.iterator)) {
    defineMethods(iteratorPrototype, {
      [Symbol.iterator]() {
        return this;
      },
    });
  }
  lib.IteratorPrototype = iteratorPrototype;

  function createIterResult(value, done) {
    return { value, done };
  }
  lib.createIterResult = createIterResult;

  /**
   * GetIterator(obj, sync): returns the iterator record as a small object
   * `{ iterator, next, done }`.
   */
  function getIterator(obj) {
    const method = obj === null || obj === undefined ? undefined : obj[Symbol.iterator];
    if (typeof method !== 'function') {
      throw new TypeError(describeIterable(obj) + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    const iterator = method.call(obj);
    if (!isObject(iterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    return { iterator, next: iterator.next, done: false };
  }

  /** V8's description of a value that is not iterable, e.g. `number 5`. */
  function describeIterable(v) {
    if (v === undefined) return 'undefined';
    if (v === null) return 'object null';
    if (typeof v === 'number' || typeof v === 'boolean') return typeof v + ' ' + v;
    return typeof v;
  }

  /** IteratorStep + IteratorValue: the next value, or `DONE`. */
  const DONE = { done: true };
  function iteratorStep(record) {
    const r = record.next.call(record.iterator);
    if (!isObject(r)) throw new TypeError('Iterator result ' + describe(r) + ' is not an object');
    if (r.done) {
      record.done = true;
      return DONE;
    }
    return r.value;
  }

  /** IteratorClose for an abrupt completion: calls `return` and ignores its errors. */
  function iteratorCloseQuietly(record) {
    try {
      const ret = record.iterator.return;
      if (ret !== undefined && ret !== null) ret.call(record.iterator);
    } catch (e) {
      // the original completion wins
    }
  }

  /** IteratorClose for a normal completion. */
  function iteratorClose(record) {
    const ret = record.iterator.return;
    if (ret === undefined || ret === null) return;
    const r = ret.call(record.iterator);
    if (!isObject(r)) throw new TypeError('Iterator result ' + describe(r) + ' is not an object');
  }

  /** Calls `fn(value)` for each value of iterable `obj`; closes the iterator on a throw. */
  function iterate(obj, fn) {
    const record = getIterator(obj);
    for (;;) {
      const value = iteratorStep(record);
      if (value === DONE) return;
      try {
        fn(value);
      } catch (e) {
        iteratorCloseQuietly(record);
        throw e;
      }
    }
  }

  lib.DONE = DONE;
  lib.getIterator = getIterator;
  lib.iteratorStep = iteratorStep;
  lib.iteratorClose = iteratorClose;
  lib.iteratorCloseQuietly = iteratorCloseQuietly;
  lib.iterate = iterate;
})(__ouro);
