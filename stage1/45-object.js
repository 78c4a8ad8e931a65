// Object.fromEntries, Object.groupBy, and fallbacks for Object statics the kernel may not provide
// (each defined only when missing).
(function (K) {
  'use strict';

  const lib = K.lib;

  const statics = {
    fromEntries(iterable) {
      if (iterable === null || iterable === undefined) {
        throw new TypeError(lib.describe(iterable) + ' is not iterable');
      }
      const obj = {};
      lib.iterate(iterable, (entry) => {
        if (!lib.isObject(entry)) throw new TypeError('Iterator value ' + lib.describe(entry) + ' is not an entry object');
        // AddEntriesFromIterable: both Gets, then ToPropertyKey in CreateDataPropertyOnObject.
        const k = entry[0];
        const v = entry[1];
        lib.createDataProperty(obj, lib.toPropertyKey(k), v);
      });
      return obj;
    },

    groupBy(items, callbackfn) {
      if (typeof callbackfn !== 'function') throw new TypeError(lib.describe(callbackfn) + ' is not a function');
      const groups = Object.create(null);
      let k = 0;
      lib.iterate(items, (value) => {
        const key = lib.toPropertyKey(callbackfn(value, k++));
        const group = groups[key];
        if (group === undefined) lib.createDataProperty(groups, key, [value]);
        else group.push(value);
      });
      return groups;
    },
  };

  const fallbacks = {
    entries(o) {
      const obj = lib.toObject(o);
      const keys = Object.keys(obj);
      const out = [];
      for (let i = 0; i < keys.length; i++) {
        const d = Object.getOwnPropertyDescriptor(obj, keys[i]);
        if (d !== undefined && d.enumerable) out.push([keys[i], obj[keys[i]]]);
      }
      return out;
    },
    values(o) {
      const obj = lib.toObject(o);
      const keys = Object.keys(obj);
      const out = [];
      for (let i = 0; i < keys.length; i++) {
        const d = Object.getOwnPropertyDescriptor(obj, keys[i]);
        if (d !== undefined && d.enumerable) out.push(obj[keys[i]]);
      }
      return out;
    },
    hasOwn(o, key) {
      return Object.prototype.hasOwnProperty.call(lib.toObject(o), lib.toPropertyKey(key));
    },
    getOwnPropertyDescriptors(o) {
      const obj = lib.toObject(o);
      const keys = Object.getOwnPropertyNames(obj).concat(Object.getOwnPropertySymbols(obj));
      const out = {};
      for (let i = 0; i < keys.length; i++) {
        const d = Object.getOwnPropertyDescriptor(obj, keys[i]);
        if (d !== undefined) lib.createDataProperty(out, keys[i], d);
      }
      return out;
    },
    assign(target, ...sources) {
      const to = lib.toObject(target);
      for (let i = 0; i < sources.length; i++) {
        const src = sources[i];
        if (src === null || src === undefined) continue;
        const from = Object(src);
        const keys = Object.getOwnPropertyNames(from).concat(Object.getOwnPropertySymbols(from));
        for (let j = 0; j < keys.length; j++) {
          const d = Object.getOwnPropertyDescriptor(from, keys[j]);
          if (d !== undefined && d.enumerable) to[keys[j]] = from[keys[j]];
        }
      }
      return to;
    },
  };

  lib.defineMethods(Object, statics, { fromEntries: 1, groupBy: 2 });

  // Annex B (§B.2.2.2-5): the legacy accessor methods of Object.prototype.
  lib.defineMethods(Object.prototype, {
    __defineGetter__(P, getter) {
      const O = lib.toObject(this);
      if (typeof getter !== 'function') throw new TypeError('Object.prototype.__defineGetter__: Expecting function');
      Object.defineProperty(O, lib.toPropertyKey(P), { get: getter, enumerable: true, configurable: true });
      return undefined;
    },
    __defineSetter__(P, setter) {
      const O = lib.toObject(this);
      if (typeof setter !== 'function') throw new TypeError('Object.prototype.__defineSetter__: Expecting function');
      Object.defineProperty(O, lib.toPropertyKey(P), { set: setter, enumerable: true, configurable: true });
      return undefined;
    },
    __lookupGetter__(P) {
      return lookupAccessor(this, P, 'get');
    },
    __lookupSetter__(P) {
      return lookupAccessor(this, P, 'set');
    },
  });

  function lookupAccessor(thisValue, P, which) {
    let O = lib.toObject(thisValue);
    const key = lib.toPropertyKey(P);
    while (O !== null) {
      const desc = Object.getOwnPropertyDescriptor(O, key);
      if (desc !== undefined) return 'get' in desc ? desc[which] : undefined;
      O = Object.getPrototypeOf(O);
    }
    return undefined;
  }
  const missing = {};
  const names = Object.getOwnPropertyNames(fallbacks);
  for (let i = 0; i < names.length; i++) {
    if (typeof Object[names[i]] !== 'function') missing[names[i]] = fallbacks[names[i]];
  }
  lib.defineMethods(Object, missing, { assign: 2 });
})(__ouro);
