// Exotic objects, self-hosted (docs/exotic-objects.md): the Proxy internal methods behind the
// kernel's `proxyTrap` hook (trap lookup, call and every invariant check of spec 10.5),
// Proxy.revocable, Reflect's @@toStringTag; ArrayBuffer, SharedArrayBuffer, %TypedArray% and the
// typed array constructors, DataView and Atomics on the kernel intrinsics K.abNew/abInfo/abDetach/
// abResize/abCopy/rawGet/rawSet/taNew/taInfo (runtime/builtins-arraybuffer.ts,
// runtime/builtins-typedarray.ts). Element reads and writes of typed arrays (ta[i]) are the
// kernel's integer-indexed exotic [[Get]]/[[Set]].
(function (K) {
  'use strict';
  const lib = K.lib;
  const isObject = lib.isObject;
  const toIntegerOrInfinity = lib.toIntegerOrInfinity;
  const R = Reflect;
  const RGetOwn = R.getOwnPropertyDescriptor;
  const RDefine = R.defineProperty;
  const RIsExtensible = R.isExtensible;
  const RGetProto = R.getPrototypeOf;
  const ROwnKeys = R.ownKeys;
  const sameValue = Object.is;
  const ArrayProto = Array.prototype;
  const ArrayValues = ArrayProto.values;
  const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
  const ArrayIteratorNext = ArrayIteratorPrototype.next;

  // --- Proxy ------------------------------------------------------------------------------------

  const OP_NAMES = ['getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions', 'getOwnPropertyDescriptor',
    'defineProperty', 'has', 'get', 'set', 'deleteProperty', 'ownKeys', 'apply', 'construct', 'set', 'freeze', 'isFrozen',
    'defineProperty'];

  function getTrap(handler, name) {
    const trap = handler[name];
    if (trap === undefined || trap === null) return undefined;
    if (typeof trap !== 'function') throw new TypeError(String(trap) + ' is not a function');
    return trap;
  }

  function toPropertyDescriptor(obj) {
    if (!isObject(obj)) throw new TypeError('Property description must be an object: ' + String(obj));
    const d = {};
    if ('enumerable' in obj) d.enumerable = !!obj.enumerable;
    if ('configurable' in obj) d.configurable = !!obj.configurable;
    if ('value' in obj) d.value = obj.value;
    if ('writable' in obj) d.writable = !!obj.writable;
    if ('get' in obj) {
      const g = obj.get;
      if (g !== undefined && typeof g !== 'function') throw new TypeError('Getter must be a function: ' + String(g));
      d.get = g;
    }
    if ('set' in obj) {
      const s = obj.set;
      if (s !== undefined && typeof s !== 'function') throw new TypeError('Setter must be a function: ' + String(s));
      d.set = s;
    }
    if (('get' in d || 'set' in d) && ('value' in d || 'writable' in d)) {
      throw new TypeError('Invalid property descriptor. Cannot both specify accessors and a value or writable attribute');
    }
    return d;
  }
  const isAccessorDesc = (d) => d !== undefined && ('get' in d || 'set' in d);
  const isDataDesc = (d) => d !== undefined && ('value' in d || 'writable' in d);

  function completeDescriptor(d) {
    if (!isAccessorDesc(d)) {
      if (!('value' in d)) d.value = undefined;
      if (!('writable' in d)) d.writable = false;
    } else {
      if (!('get' in d)) d.get = undefined;
      if (!('set' in d)) d.set = undefined;
    }
    if (!('enumerable' in d)) d.enumerable = false;
    if (!('configurable' in d)) d.configurable = false;
    return d;
  }

  /** IsCompatiblePropertyDescriptor (ValidateAndApplyPropertyDescriptor without an object). */
  function isCompatible(extensible, desc, current) {
    if (current === undefined) return extensible;
    if (current.configurable === false) {
      if (desc.configurable === true) return false;
      if ('enumerable' in desc && desc.enumerable !== current.enumerable) return false;
      const generic = !isAccessorDesc(desc) && !isDataDesc(desc);
      if (!generic && isAccessorDesc(desc) !== isAccessorDesc(current)) return false;
      if (isAccessorDesc(current)) {
        if ('get' in desc && !sameValue(desc.get, current.get)) return false;
        if ('set' in desc && !sameValue(desc.set, current.set)) return false;
      } else if (current.writable === false) {
        if (desc.writable === true) return false;
        if ('value' in desc && !sameValue(desc.value, current.value)) return false;
      }
    }
    return true;
  }

  function revoked(name) {
    return new TypeError("Cannot perform '" + name + "' on a proxy that has been revoked");
  }

  function trapOwnKeys(proxy, target, handler) {
    const trap = getTrap(handler, 'ownKeys');
    if (trap === undefined) return ROwnKeys(target);
    const result = trap.call(handler, target);
    if (!isObject(result)) throw new TypeError('CreateListFromArrayLike called on non-object');
    const len = lib.lengthOf(result);
    const keys = [];
    const seen = new lib.Set();
    for (let i = 0; i < len; i++) {
      const k = result[i];
      if (typeof k !== 'string' && typeof k !== 'symbol') throw new TypeError(String(k) + ' is not a valid property name');
      if (seen.has(k)) throw new TypeError("'ownKeys' on proxy: trap returned duplicate entries");
      seen.add(k);
      keys.push(k);
    }
    const extensible = RIsExtensible(target);
    const targetKeys = ROwnKeys(target);
    const configurable = [];
    const nonconfigurable = [];
    for (let i = 0; i < targetKeys.length; i++) {
      const d = RGetOwn(target, targetKeys[i]);
      if (d !== undefined && d.configurable === false) nonconfigurable.push(targetKeys[i]);
      else configurable.push(targetKeys[i]);
    }
    if (extensible && nonconfigurable.length === 0) return keys;
    const unchecked = new lib.Set(keys);
    for (let i = 0; i < nonconfigurable.length; i++) {
      if (!unchecked.has(nonconfigurable[i])) throw new TypeError("'ownKeys' on proxy: trap result did not include '" + String(nonconfigurable[i]) + "'");
      unchecked.delete(nonconfigurable[i]);
    }
    if (extensible) return keys;
    for (let i = 0; i < configurable.length; i++) {
      if (!unchecked.has(configurable[i])) throw new TypeError("'ownKeys' on proxy: trap result did not include '" + String(configurable[i]) + "'");
      unchecked.delete(configurable[i]);
    }
    if (unchecked.size !== 0) throw new TypeError("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
    return keys;
  }

  /** The kernel's proxyTrap hook: internal method `op` (ProxyOp in runtime/builtins-proxy.ts) of `proxy`. */
  function proxyTrap(op, proxy, a, b, c) {
    const handler = K.proxyInfo(proxy, 1);
    if (handler === null) throw revoked(OP_NAMES[op]);
    const target = K.proxyInfo(proxy, 0);
    switch (op) {
      case 0: { // [[GetPrototypeOf]]
        const trap = getTrap(handler, 'getPrototypeOf');
        if (trap === undefined) return RGetProto(target);
        const proto = trap.call(handler, target);
        if (proto !== null && !isObject(proto)) throw new TypeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
        if (RIsExtensible(target)) return proto;
        if (!sameValue(proto, RGetProto(target))) throw new TypeError("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
        return proto;
      }
      case 1: { // [[SetPrototypeOf]](V)
        const trap = getTrap(handler, 'setPrototypeOf');
        if (trap === undefined) return R.setPrototypeOf(target, a);
        if (!trap.call(handler, target, a)) return false;
        if (RIsExtensible(target)) return true;
        if (!sameValue(a, RGetProto(target))) throw new TypeError("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
        return true;
      }
      case 2: { // [[IsExtensible]]
        const trap = getTrap(handler, 'isExtensible');
        if (trap === undefined) return RIsExtensible(target);
        const r = !!trap.call(handler, target);
        if (r !== RIsExtensible(target)) throw new TypeError("'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '" + !r + "')");
        return r;
      }
      case 3: { // [[PreventExtensions]]
        const trap = getTrap(handler, 'preventExtensions');
        if (trap === undefined) return R.preventExtensions(target);
        const r = !!trap.call(handler, target);
        if (r && RIsExtensible(target)) throw new TypeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
        return r;
      }
      case 4: { // [[GetOwnProperty]](P): a descriptor object or undefined
        const trap = getTrap(handler, 'getOwnPropertyDescriptor');
        if (trap === undefined) return RGetOwn(target, a);
        const resultObj = trap.call(handler, target, a);
        if (resultObj !== undefined && !isObject(resultObj)) {
          throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '" + String(a) + "'");
        }
        const targetDesc = RGetOwn(target, a);
        if (resultObj === undefined) {
          if (targetDesc === undefined) return undefined;
          if (targetDesc.configurable === false) throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '" + String(a) + "' which is non-configurable in the proxy target");
          if (!RIsExtensible(target)) throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '" + String(a) + "' which exists in the non-extensible proxy target");
          return undefined;
        }
        const extensible = RIsExtensible(target);
        const desc = completeDescriptor(toPropertyDescriptor(resultObj));
        if (!isCompatible(extensible, desc, targetDesc)) throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '" + String(a) + "' that is incompatible with the existing property in the proxy target");
        if (desc.configurable === false) {
          if (targetDesc === undefined || targetDesc.configurable === true) throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '" + String(a) + "' which is either non-existent or configurable in the proxy target");
          if ('writable' in desc && desc.writable === false && targetDesc.writable === true) throw new TypeError("'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '" + String(a) + "' which is non-configurable, non-writable in the proxy target");
        }
        return desc;
      }
      case 5: { // [[DefineOwnProperty]](P, descObj)
        const trap = getTrap(handler, 'defineProperty');
        if (trap === undefined) return RDefine(target, a, b);
        const desc = toPropertyDescriptor(b);
        if (!trap.call(handler, target, a, b)) return false;
        const targetDesc = RGetOwn(target, a);
        const extensible = RIsExtensible(target);
        const settingConfigFalse = 'configurable' in desc && desc.configurable === false;
        if (targetDesc === undefined) {
          if (!extensible) throw new TypeError("'defineProperty' on proxy: trap returned truish for adding property '" + String(a) + "'  to the non-extensible proxy target");
          if (settingConfigFalse) throw new TypeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + String(a) + "' which is either non-existent or configurable in the proxy target");
        } else {
          if (!isCompatible(extensible, desc, targetDesc)) throw new TypeError("'defineProperty' on proxy: trap returned truish for adding property '" + String(a) + "'  that is incompatible with the existing property in the proxy target");
          if (settingConfigFalse && targetDesc.configurable) throw new TypeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + String(a) + "' which is either non-existent or configurable in the proxy target");
          if (isDataDesc(targetDesc) && targetDesc.configurable === false && targetDesc.writable === true && 'writable' in desc && desc.writable === false) {
            throw new TypeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + String(a) + "' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.");
          }
        }
        return true;
      }
      case 6: { // [[HasProperty]](P)
        const trap = getTrap(handler, 'has');
        if (trap === undefined) return R.has(target, a);
        const r = !!trap.call(handler, target, a);
        if (!r) {
          const targetDesc = RGetOwn(target, a);
          if (targetDesc !== undefined) {
            if (targetDesc.configurable === false) throw new TypeError("'has' on proxy: trap returned falsish for property '" + String(a) + "' which exists in the proxy target as non-configurable");
            if (!RIsExtensible(target)) throw new TypeError("'has' on proxy: trap returned falsish for property '" + String(a) + "' but the proxy target is not extensible");
          }
        }
        return r;
      }
      case 7: { // [[Get]](P, Receiver)
        const trap = getTrap(handler, 'get');
        if (trap === undefined) return R.get(target, a, b);
        const v = trap.call(handler, target, a, b);
        const targetDesc = RGetOwn(target, a);
        if (targetDesc !== undefined && targetDesc.configurable === false) {
          if (isDataDesc(targetDesc) && targetDesc.writable === false && !sameValue(v, targetDesc.value)) {
            throw new TypeError("'get' on proxy: property '" + String(a) + "' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value");
          }
          if (isAccessorDesc(targetDesc) && targetDesc.get === undefined && v !== undefined) {
            throw new TypeError("'get' on proxy: property '" + String(a) + "' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined'");
          }
        }
        return v;
      }
      case 8: { // [[Set]](P, V, Receiver)
        const trap = getTrap(handler, 'set');
        if (trap === undefined) return R.set(target, a, b, c);
        if (!trap.call(handler, target, a, b, c)) return false;
        const targetDesc = RGetOwn(target, a);
        if (targetDesc !== undefined && targetDesc.configurable === false) {
          if (isDataDesc(targetDesc) && targetDesc.writable === false && !sameValue(b, targetDesc.value)) {
            throw new TypeError("'set' on proxy: trap returned truish for property '" + String(a) + "' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
          }
          if (isAccessorDesc(targetDesc) && targetDesc.set === undefined) {
            throw new TypeError("'set' on proxy: trap returned truish for property '" + String(a) + "' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
          }
        }
        return true;
      }
      case 9: { // [[Delete]](P)
        const trap = getTrap(handler, 'deleteProperty');
        if (trap === undefined) return R.deleteProperty(target, a);
        if (!trap.call(handler, target, a)) return false;
        const targetDesc = RGetOwn(target, a);
        if (targetDesc === undefined) return true;
        if (targetDesc.configurable === false) throw new TypeError("'deleteProperty' on proxy: trap returned truish for property '" + String(a) + "' which is non-configurable in the proxy target");
        if (!RIsExtensible(target)) throw new TypeError("'deleteProperty' on proxy: trap returned truish for property '" + String(a) + "' but the proxy target is non-extensible");
        return true;
      }
      case 10: { // [[OwnPropertyKeys]], filtered for the kernel (KeyFilter: 1 strings, 2 symbols, 4 enumerable only)
        const keys = trapOwnKeys(proxy, target, handler);
        const filter = a;
        if (filter === 3) return keys;
        const out = [];
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          if (typeof k === 'string' ? (filter & 1) === 0 : (filter & 2) === 0) continue;
          if ((filter & 4) !== 0) {
            const d = RGetOwn(proxy, k);
            if (d === undefined || !d.enumerable) continue;
          }
          out.push(k);
        }
        return out;
      }
      case 11: { // [[Call]](thisArg, args)
        const trap = getTrap(handler, 'apply');
        if (trap === undefined) return R.apply(target, a, b);
        return trap.call(handler, target, a, b);
      }
      case 12: { // [[Construct]](args, newTarget)
        const trap = getTrap(handler, 'construct');
        if (trap === undefined) return R.construct(target, a, b);
        const r = trap.call(handler, target, a, b);
        if (!isObject(r)) throw new TypeError("proxy [[Construct]] must return an object");
        return r;
      }
      case 13: { // OrdinarySetWithOwnDescriptor's tail on a proxy receiver: (key, value)
        const existing = RGetOwn(proxy, a);
        if (existing !== undefined) {
          if (isAccessorDesc(existing) || existing.writable === false) return false;
          return RDefine(proxy, a, { value: b });
        }
        return RDefine(proxy, a, { value: b, writable: true, enumerable: true, configurable: true });
      }
      case 14: { // SetIntegrityLevel(proxy, frozen ? 'frozen' : 'sealed')
        if (!R.preventExtensions(proxy)) return false;
        const keys = ROwnKeys(proxy);
        for (let i = 0; i < keys.length; i++) {
          let desc = { configurable: false };
          if (a) {
            const current = RGetOwn(proxy, keys[i]);
            if (current === undefined) continue;
            if (!isAccessorDesc(current)) desc = { configurable: false, writable: false };
          }
          if (!RDefine(proxy, keys[i], desc)) throw new TypeError('Cannot redefine property: ' + String(keys[i]));
        }
        return true;
      }
      case 15: { // TestIntegrityLevel
        if (RIsExtensible(proxy)) return false;
        const keys = ROwnKeys(proxy);
        for (let i = 0; i < keys.length; i++) {
          const current = RGetOwn(proxy, keys[i]);
          if (current === undefined) continue;
          if (current.configurable) return false;
          if (a && isDataDesc(current) && current.writable) return false;
        }
        return true;
      }
      case 16: // CreateDataProperty(key, value)
        return RDefine(proxy, a, { value: b, writable: true, enumerable: true, configurable: true });
      default:
        throw new TypeError('proxy: unknown operation');
    }
  }
  K.setHook('proxyTrap', proxyTrap);
  K.makeConstructor(Proxy);
  lib.defineMethods(Proxy, {
    revocable(target, handler) {
      let p = new Proxy(target, handler);
      const revoke = [() => {
        if (p !== null) {
          K.proxyRevoke(p);
          p = null;
        }
      }][0];
      return { proxy: p, revoke };
    },
  });
  lib.defineReadOnly(Reflect, Symbol.toStringTag, 'Reflect');

  // --- shared helpers ---------------------------------------------------------------------------

  function toIndex(v, what) {
    if (v === undefined) return 0;
    const i = toIntegerOrInfinity(v);
    if (i < 0 || i > 9007199254740991) throw new RangeError('Invalid ' + (what || 'index'));
    return i + 0; // -0 becomes +0
  }

  /** A relative index clamped to [0, len]; undefined gives `dflt`. */
  function relIndex(v, len, dflt) {
    if (v === undefined) return dflt;
    const rel = toIntegerOrInfinity(v);
    if (rel < 0) return rel + len < 0 ? 0 : rel + len;
    return rel < len ? rel : len;
  }

  /** ToBigInt (spec 7.1.13). */
  function toBigInt(v) {
    const p = isObject(v) ? lib.toPrimitive(v, 'number') : v;
    switch (typeof p) {
      case 'bigint':
        return p;
      case 'boolean':
        return p ? 1n : 0n;
      case 'string':
        return BigInt(p);
      default:
        throw new TypeError('Cannot convert ' + (typeof p === 'symbol' ? 'a Symbol value' : String(p)) + ' to a BigInt');
    }
  }

  /** The value converted for a typed array of `kind` (ToBigInt for the BigInt kinds, else ToNumber). */
  const toElement = (kind, v) => (kind >= 10 ? toBigInt(v) : +v);

  /** GetPrototypeFromConstructor: the kernel finds `fallback`'s counterpart in a cross-realm newTarget's realm. */
  function protoFrom(newTarget, fallback) {
    return K.prototypeFromConstructor(newTarget, fallback);
  }

  function incompatible(method, receiver) {
    return new TypeError('Method ' + method + ' called on incompatible receiver ' + lib.describe(receiver));
  }

  const AB_SHARED = 1;
  const AB_RESIZABLE = 2;
  const AB_DETACHED = 4;
  const abFlags = (b) => K.abInfo(b, 2);

  function requireBuffer(b, shared, method) {
    const flags = abFlags(b);
    if (flags < 0 || ((flags & AB_SHARED) !== 0) !== shared) throw incompatible(method, b);
    return flags;
  }

  function maxLengthOption(options) {
    if (!isObject(options)) return undefined;
    const max = options.maxByteLength;
    if (max === undefined) return undefined;
    return toIndex(max, 'array buffer max length');
  }

  function allocateBuffer(newTarget, fallbackProto, byteLength, max, shared) {
    if (max !== undefined && byteLength > max) throw new RangeError('Invalid array buffer max length');
    const proto = protoFrom(newTarget, fallbackProto);
    return K.abNew(proto, byteLength, max === undefined ? -1 : max, shared);
  }

  function speciesCtor(o, dflt) {
    return lib.speciesConstructor(o, dflt);
  }

  // --- ArrayBuffer --------------------------------------------------------------------------------

  const ArrayBuffer = class ArrayBuffer extends Object {
    constructor(length, options = undefined) {
      const byteLength = toIndex(length, 'array buffer length');
      const max = maxLengthOption(options);
      return allocateBuffer(new.target, ArrayBufferPrototype, byteLength, max, false);
    }
  };
  const ArrayBufferPrototype = ArrayBuffer.prototype;
  Object.setPrototypeOf(ArrayBuffer, Function.prototype);

  function copyAndDetach(o, newLength, preserve, method) {
    const flags = requireBuffer(o, false, method);
    const newByteLength = newLength === undefined ? K.abInfo(o, 0) : toIndex(newLength, 'array buffer length');
    if ((abFlags(o) & AB_DETACHED) !== 0) throw new TypeError('Cannot perform ' + method + ' on a detached ArrayBuffer');
    const max = preserve && (flags & AB_RESIZABLE) !== 0 ? K.abInfo(o, 1) : undefined;
    if (max !== undefined && newByteLength > max) throw new RangeError('Invalid array buffer length');
    const nb = K.abNew(ArrayBufferPrototype, newByteLength, max === undefined ? -1 : max, false);
    K.abCopy(nb, 0, o, 0, Math.min(newByteLength, K.abInfo(o, 0)));
    K.abDetach(o);
    return nb;
  }

  lib.defineMethods(ArrayBuffer, {
    isView(arg) {
      return K.taInfo(arg, 0) >= 0;
    },
    get [Symbol.species]() {
      return this;
    },
  });
  lib.defineMethods(ArrayBufferPrototype, {
    get byteLength() {
      requireBuffer(this, false, 'ArrayBuffer.prototype.byteLength');
      return K.abInfo(this, 0);
    },
    get maxByteLength() {
      const flags = requireBuffer(this, false, 'ArrayBuffer.prototype.maxByteLength');
      if ((flags & AB_DETACHED) !== 0) return 0;
      return (flags & AB_RESIZABLE) !== 0 ? K.abInfo(this, 1) : K.abInfo(this, 0);
    },
    get resizable() {
      return (requireBuffer(this, false, 'ArrayBuffer.prototype.resizable') & AB_RESIZABLE) !== 0;
    },
    get detached() {
      return (requireBuffer(this, false, 'ArrayBuffer.prototype.detached') & AB_DETACHED) !== 0;
    },
    slice(start, end) {
      requireBuffer(this, false, 'ArrayBuffer.prototype.slice');
      if ((abFlags(this) & AB_DETACHED) !== 0) throw new TypeError('Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer');
      const len = K.abInfo(this, 0);
      const first = relIndex(start, len, 0);
      const final = relIndex(end, len, len);
      const newLen = Math.max(final - first, 0);
      const C = speciesCtor(this, ArrayBuffer);
      const nb = new C(newLen);
      const nf = abFlags(nb);
      if (nf < 0 || (nf & AB_SHARED) !== 0) throw new TypeError('ArrayBuffer subclass returned this from species constructor');
      if ((nf & AB_DETACHED) !== 0) throw new TypeError('Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer');
      if (nb === this) throw new TypeError('ArrayBuffer subclass returned this from species constructor');
      if (K.abInfo(nb, 0) < newLen) throw new TypeError('Species constructor returned a too-small buffer');
      if ((abFlags(this) & AB_DETACHED) !== 0) throw new TypeError('Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer');
      const cur = K.abInfo(this, 0);
      const count = first < cur ? Math.min(newLen, cur - first) : 0;
      K.abCopy(nb, 0, this, first, count);
      return nb;
    },
    resize(newLength) {
      const flags = requireBuffer(this, false, 'ArrayBuffer.prototype.resize');
      if ((flags & AB_RESIZABLE) === 0) throw incompatible('ArrayBuffer.prototype.resize', this);
      const n = toIndex(newLength, 'length');
      if ((abFlags(this) & AB_DETACHED) !== 0) throw new TypeError('Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer');
      if (n > K.abInfo(this, 1)) throw new RangeError('ArrayBuffer.prototype.resize: Invalid length parameter');
      K.abResize(this, n);
      return undefined;
    },
    transfer(newLength = undefined) {
      return copyAndDetach(this, newLength, true, 'ArrayBuffer.prototype.transfer');
    },
    transferToFixedLength(newLength = undefined) {
      return copyAndDetach(this, newLength, false, 'ArrayBuffer.prototype.transferToFixedLength');
    },
  });
  lib.setFunctionLength(ArrayBufferPrototype.transfer, 0);
  lib.setFunctionLength(ArrayBufferPrototype.transferToFixedLength, 0);
  lib.defineReadOnly(ArrayBufferPrototype, Symbol.toStringTag, 'ArrayBuffer');

  // --- SharedArrayBuffer --------------------------------------------------------------------------

  const SharedArrayBuffer = class SharedArrayBuffer extends Object {
    constructor(length, options = undefined) {
      const byteLength = toIndex(length, 'array buffer length');
      const max = maxLengthOption(options);
      return allocateBuffer(new.target, SharedArrayBufferPrototype, byteLength, max, true);
    }
  };
  const SharedArrayBufferPrototype = SharedArrayBuffer.prototype;
  Object.setPrototypeOf(SharedArrayBuffer, Function.prototype);
  lib.defineMethods(SharedArrayBuffer, {
    get [Symbol.species]() {
      return this;
    },
  });
  lib.defineMethods(SharedArrayBufferPrototype, {
    get byteLength() {
      requireBuffer(this, true, 'SharedArrayBuffer.prototype.byteLength');
      return K.abInfo(this, 0);
    },
    get growable() {
      return (requireBuffer(this, true, 'SharedArrayBuffer.prototype.growable') & AB_RESIZABLE) !== 0;
    },
    get maxByteLength() {
      const flags = requireBuffer(this, true, 'SharedArrayBuffer.prototype.maxByteLength');
      return (flags & AB_RESIZABLE) !== 0 ? K.abInfo(this, 1) : K.abInfo(this, 0);
    },
    grow(newLength) {
      const flags = requireBuffer(this, true, 'SharedArrayBuffer.prototype.grow');
      if ((flags & AB_RESIZABLE) === 0) throw incompatible('SharedArrayBuffer.prototype.grow', this);
      const n = toIndex(newLength, 'length');
      if (n > K.abInfo(this, 1) || n < K.abInfo(this, 0)) throw new RangeError('SharedArrayBuffer.prototype.grow: Invalid length parameter');
      // False when another agent grew the block past n meanwhile (spec: the length is re-read).
      if (!K.abResize(this, n)) throw new RangeError('SharedArrayBuffer.prototype.grow: Invalid length parameter');
      return undefined;
    },
    slice(start, end) {
      requireBuffer(this, true, 'SharedArrayBuffer.prototype.slice');
      const len = K.abInfo(this, 0);
      const first = relIndex(start, len, 0);
      const final = relIndex(end, len, len);
      const newLen = Math.max(final - first, 0);
      const C = speciesCtor(this, SharedArrayBuffer);
      const nb = new C(newLen);
      const nf = abFlags(nb);
      if (nf < 0 || (nf & AB_SHARED) === 0) throw new TypeError('SharedArrayBuffer subclass returned a non-shared buffer');
      if (nb === this) throw new TypeError('SharedArrayBuffer subclass returned this from species constructor');
      if (K.abInfo(nb, 0) < newLen) throw new TypeError('Species constructor returned a too-small buffer');
      K.abCopy(nb, 0, this, first, newLen);
      return nb;
    },
  });
  lib.defineReadOnly(SharedArrayBufferPrototype, Symbol.toStringTag, 'SharedArrayBuffer');

  // --- %TypedArray% -------------------------------------------------------------------------------

  const NAMES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
    'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];
  const SIZES = [1, 1, 1, 2, 2, 4, 4, 2, 4, 8, 8, 8];
  const KIND_COUNT = typeof BigInt === 'function' ? 12 : 10;
  const CTORS = [];
  const PROTOS = [];

  const kindOf = (o) => K.taInfo(o, 0);
  const isTA = (o) => { const k = K.taInfo(o, 0); return k >= 0 && k < 12; };

  /** ValidateTypedArray: the current length; TypeError for a non-typed-array or an out-of-bounds one. */
  function validate(o, method) {
    if (!isTA(o)) throw new TypeError('this is not a typed array.');
    const len = K.taInfo(o, 4);
    if (len < 0) throw new TypeError('Cannot perform ' + method + ' on a detached ArrayBuffer');
    return len;
  }

  function taLength(o) {
    const len = K.taInfo(o, 4);
    return len < 0 ? 0 : len;
  }

  /** TypedArrayCreateFromConstructor(C, args) with its checks. */
  function createFromCtor(C, args, method) {
    const ta = R.construct(C, args);
    validate(ta, method);
    if (args.length === 1 && typeof args[0] === 'number' && K.taInfo(ta, 4) < args[0]) {
      throw new TypeError('Derived TypedArray constructor created an array which was too small');
    }
    return ta;
  }

  function speciesCreate(exemplar, args, method) {
    const kind = kindOf(exemplar);
    const C = speciesCtor(exemplar, CTORS[kind]);
    const ta = createFromCtor(C, args, method);
    if ((kindOf(ta) >= 10) !== (kind >= 10)) throw new TypeError('Content type mismatch');
    return ta;
  }

  function createSameType(exemplar, length) {
    return new CTORS[kindOf(exemplar)](length);
  }

  function allocate(kind, newTarget, length) {
    const proto = protoFrom(newTarget, PROTOS[kind]);
    const byteLength = length * SIZES[kind];
    if (byteLength > 1073741823) throw new RangeError('Invalid typed array length: ' + length);
    const buffer = K.abNew(ArrayBufferPrototype, byteLength, -1, false);
    return K.taNew(proto, kind, buffer, 0, length);
  }

  function construct(kind, newTarget, argc, a0, a1, a2) {
    if (argc === 0 || !isObject(a0)) {
      const length = toIndex(a0, 'typed array length: ' + String(a0));
      return allocate(kind, newTarget, length);
    }
    const proto = protoFrom(newTarget, PROTOS[kind]);
    const size = SIZES[kind];
    const srcKind = kindOf(a0);
    if (srcKind >= 0 && srcKind < 12) {
      const len = validate(a0, 'Construct');
      if ((srcKind >= 10) !== (kind >= 10)) throw new TypeError('Content type mismatch');
      const buffer = K.abNew(ArrayBufferPrototype, len * size, -1, false);
      const ta = K.taNew(proto, kind, buffer, 0, len);
      if (srcKind === kind) K.abCopy(buffer, 0, K.taInfo(a0, 1), K.taInfo(a0, 2), len * size);
      else for (let i = 0; i < len; i++) ta[i] = a0[i];
      return ta;
    }
    const flags = abFlags(a0);
    if (flags >= 0) {
      const offset = toIndex(a1, 'offset');
      if (offset % size !== 0) throw new RangeError('start offset of ' + NAMES[kind] + ' should be a multiple of ' + size);
      const newLength = a2 === undefined ? undefined : toIndex(a2, 'typed array length: ' + String(a2));
      if ((abFlags(a0) & AB_DETACHED) !== 0) throw new TypeError('Cannot perform Construct on a detached ArrayBuffer');
      const bufferLength = K.abInfo(a0, 0);
      const fixed = (flags & AB_RESIZABLE) === 0;
      if (newLength === undefined && !fixed) {
        if (offset > bufferLength) throw new RangeError('Start offset ' + offset + ' is outside the bounds of the buffer');
        return K.taNew(proto, kind, a0, offset, -1);
      }
      let byteLength;
      if (newLength === undefined) {
        if (bufferLength % size !== 0) throw new RangeError('byte length of ' + NAMES[kind] + ' should be a multiple of ' + size);
        byteLength = bufferLength - offset;
        if (byteLength < 0) throw new RangeError('Start offset ' + offset + ' is outside the bounds of the buffer');
      } else {
        byteLength = newLength * size;
        if (offset + byteLength > bufferLength) throw new RangeError('Invalid typed array length: ' + newLength);
      }
      return K.taNew(proto, kind, a0, offset, byteLength / size);
    }
    const usingIterator = a0[Symbol.iterator];
    let values = a0;
    if (usingIterator === ArrayValues && Array.isArray(a0) && ArrayIteratorPrototype.next === ArrayIteratorNext) {
      // An array with the original iterator: the list it would give, read without the iterator
      // objects (IterableToList finishes before any value is converted).
      values = [];
      for (let i = 0; i < a0.length; i++) values.push(a0[i]);
    } else if (usingIterator !== undefined && usingIterator !== null) {
      if (typeof usingIterator !== 'function') throw new TypeError(String(usingIterator) + ' is not a function');
      values = [];
      const it = usingIterator.call(a0);
      if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
      const next = it.next;
      for (;;) {
        const r = next.call(it);
        if (!isObject(r)) throw new TypeError('Iterator result ' + String(r) + ' is not an object');
        if (r.done) break;
        values.push(r.value);
      }
    }
    const len = lib.lengthOf(values);
    const byteLength = len * size;
    if (byteLength > 1073741823) throw new RangeError('Invalid typed array length: ' + len);
    const buffer = K.abNew(ArrayBufferPrototype, byteLength, -1, false);
    const ta = K.taNew(proto, kind, buffer, 0, len);
    for (let i = 0; i < len; i++) ta[i] = values[i];
    return ta;
  }

  const TypedArray = class TypedArray {
    constructor() {
      throw new TypeError('Abstract class TypedArray not directly constructable');
    }
  };
  const TypedArrayPrototype = TypedArray.prototype;

  function defaultCompare(x, y) {
    if (x !== x) return y !== y ? 0 : 1;
    if (y !== y) return -1;
    if (x < y) return -1;
    if (x > y) return 1;
    if (x === 0 && y === 0) {
      const nx = 1 / x < 0;
      const ny = 1 / y < 0;
      if (nx && !ny) return -1;
      if (!nx && ny) return 1;
    }
    return 0;
  }

  function sortedValues(o, len, comparefn) {
    const items = [];
    for (let i = 0; i < len; i++) items.push(o[i]);
    const cmp = comparefn === undefined ? defaultCompare : (x, y) => {
      const v = +comparefn(x, y);
      return v !== v ? 0 : v;
    };
    return lib.sort(items, cmp);
  }

  function findVia(o, pred, thisArg, fromEnd, method) {
    const len = validate(o, method);
    if (typeof pred !== 'function') throw new TypeError(lib.describe(pred) + ' is not a function');
    for (let n = 0; n < len; n++) {
      const k = fromEnd ? len - 1 - n : n;
      const v = o[k];
      if (pred.call(thisArg, v, k, o)) return { k, v };
    }
    return { k: -1, v: undefined };
  }

  function callback(fn) {
    if (typeof fn !== 'function') throw new TypeError(lib.describe(fn) + ' is not a function');
    return fn;
  }

  lib.defineMethods(TypedArray, {
    from(source, mapfn = undefined, thisArg = undefined) {
      const C = this;
      if (!lib.isConstructor(C)) throw new TypeError(lib.describe(C) + ' is not a constructor');
      if (mapfn !== undefined && typeof mapfn !== 'function') throw new TypeError(lib.describe(mapfn) + ' is not a function');
      const usingIterator = source === null || source === undefined ? undefined : source[Symbol.iterator];
      let values;
      if (usingIterator !== undefined && usingIterator !== null) {
        if (typeof usingIterator !== 'function') throw new TypeError(String(usingIterator) + ' is not a function');
        values = [];
        const it = usingIterator.call(source);
        const next = it.next;
        for (;;) {
          const r = next.call(it);
          if (!isObject(r)) throw new TypeError('Iterator result ' + String(r) + ' is not an object');
          if (r.done) break;
          values.push(r.value);
        }
      } else {
        values = lib.toObject(source);
      }
      const len = lib.lengthOf(values);
      const target = createFromCtor(C, [len], '%TypedArray%.from');
      for (let k = 0; k < len; k++) {
        const v = values[k];
        target[k] = mapfn === undefined ? v : mapfn.call(thisArg, v, k);
      }
      return target;
    },
    of(...items) {
      const C = this;
      if (!lib.isConstructor(C)) throw new TypeError(lib.describe(C) + ' is not a constructor');
      const target = createFromCtor(C, [items.length], '%TypedArray%.of');
      for (let k = 0; k < items.length; k++) target[k] = items[k];
      return target;
    },
    get [Symbol.species]() {
      return this;
    },
  }, { __proto__: null, from: 1, of: 0 });

  lib.defineMethods(TypedArrayPrototype, {
    get buffer() {
      if (!isTA(this)) throw incompatible('%TypedArray%.prototype.buffer', this);
      return K.taInfo(this, 1);
    },
    get byteLength() {
      if (!isTA(this)) throw incompatible('%TypedArray%.prototype.byteLength', this);
      return taLength(this) * SIZES[kindOf(this)];
    },
    get byteOffset() {
      if (!isTA(this)) throw incompatible('%TypedArray%.prototype.byteOffset', this);
      return K.taInfo(this, 4) < 0 ? 0 : K.taInfo(this, 2);
    },
    get length() {
      if (!isTA(this)) throw incompatible('%TypedArray%.prototype.length', this);
      return taLength(this);
    },
    get [Symbol.toStringTag]() {
      return isTA(this) ? NAMES[kindOf(this)] : undefined;
    },
    at(index) {
      const len = validate(this, '%TypedArray%.prototype.at');
      const rel = toIntegerOrInfinity(index);
      const k = rel >= 0 ? rel : len + rel;
      if (k < 0 || k >= len) return undefined;
      return this[k];
    },
    copyWithin(target, start, end = undefined) {
      let len = validate(this, '%TypedArray%.prototype.copyWithin');
      const to = relIndex(target, len, 0);
      const from = relIndex(start, len, 0);
      const final = relIndex(end, len, len);
      const count = Math.min(final - from, len - to);
      if (count > 0) {
        len = validate(this, '%TypedArray%.prototype.copyWithin');
        const size = SIZES[kindOf(this)];
        const offset = K.taInfo(this, 2);
        const limit = len * size + offset;
        const toByte = to * size + offset;
        const fromByte = from * size + offset;
        const bytes = Math.min(count * size, limit - fromByte, limit - toByte);
        if (bytes > 0) K.abCopy(K.taInfo(this, 1), toByte, K.taInfo(this, 1), fromByte, bytes);
      }
      return this;
    },
    entries() {
      validate(this, '%TypedArray%.prototype.entries');
      return ArrayProto.entries.call(this);
    },
    every(fn, thisArg = undefined) {
      const len = validate(this, '%TypedArray%.prototype.every');
      callback(fn);
      for (let k = 0; k < len; k++) if (!fn.call(thisArg, this[k], k, this)) return false;
      return true;
    },
    fill(value, start = undefined, end = undefined) {
      let len = validate(this, '%TypedArray%.prototype.fill');
      const v = toElement(kindOf(this), value);
      const k0 = relIndex(start, len, 0);
      let final = relIndex(end, len, len);
      len = validate(this, '%TypedArray%.prototype.fill');
      final = Math.min(final, len);
      for (let k = k0; k < final; k++) this[k] = v;
      return this;
    },
    filter(fn, thisArg = undefined) {
      const len = validate(this, '%TypedArray%.prototype.filter');
      callback(fn);
      const kept = [];
      for (let k = 0; k < len; k++) {
        const v = this[k];
        if (fn.call(thisArg, v, k, this)) kept.push(v);
      }
      const a = speciesCreate(this, [kept.length], '%TypedArray%.prototype.filter');
      for (let n = 0; n < kept.length; n++) a[n] = kept[n];
      return a;
    },
    find(fn, thisArg = undefined) {
      return findVia(this, fn, thisArg, false, '%TypedArray%.prototype.find').v;
    },
    findIndex(fn, thisArg = undefined) {
      return findVia(this, fn, thisArg, false, '%TypedArray%.prototype.findIndex').k;
    },
    findLast(fn, thisArg = undefined) {
      return findVia(this, fn, thisArg, true, '%TypedArray%.prototype.findLast').v;
    },
    findLastIndex(fn, thisArg = undefined) {
      return findVia(this, fn, thisArg, true, '%TypedArray%.prototype.findLastIndex').k;
    },
    forEach(fn, thisArg = undefined) {
      const len = validate(this, '%TypedArray%.prototype.forEach');
      callback(fn);
      for (let k = 0; k < len; k++) fn.call(thisArg, this[k], k, this);
      return undefined;
    },
    includes(search, fromIndex = undefined) {
      const len = validate(this, '%TypedArray%.prototype.includes');
      if (len === 0) return false;
      let n = toIntegerOrInfinity(fromIndex);
      if (n === Infinity) return false;
      if (n === -Infinity) n = 0;
      let k = n >= 0 ? n : Math.max(len + n, 0);
      for (; k < len; k++) {
        const v = this[k];
        if (v === search || (v !== v && search !== search)) return true;
      }
      return false;
    },
    indexOf(search, fromIndex = undefined) {
      const len = validate(this, '%TypedArray%.prototype.indexOf');
      if (len === 0) return -1;
      let n = toIntegerOrInfinity(fromIndex);
      if (n === Infinity) return -1;
      if (n === -Infinity) n = 0;
      let k = n >= 0 ? n : Math.max(len + n, 0);
      for (; k < len; k++) if (k in this && this[k] === search) return k;
      return -1;
    },
    join(separator) {
      const len = validate(this, '%TypedArray%.prototype.join');
      const sep = separator === undefined ? ',' : lib.toStringValue(separator);
      let r = '';
      for (let k = 0; k < len; k++) {
        if (k > 0) r += sep;
        const v = this[k];
        if (v !== undefined) r += String(v);
      }
      return r;
    },
    keys() {
      validate(this, '%TypedArray%.prototype.keys');
      return ArrayProto.keys.call(this);
    },
    lastIndexOf(search, ...rest) {
      const len = validate(this, '%TypedArray%.prototype.lastIndexOf');
      if (len === 0) return -1;
      const n = rest.length > 0 ? toIntegerOrInfinity(rest[0]) : len - 1;
      if (n === -Infinity) return -1;
      let k = n >= 0 ? Math.min(n, len - 1) : len + n;
      for (; k >= 0; k--) if (k in this && this[k] === search) return k;
      return -1;
    },
    map(fn, thisArg = undefined) {
      const len = validate(this, '%TypedArray%.prototype.map');
      callback(fn);
      const a = speciesCreate(this, [len], '%TypedArray%.prototype.map');
      for (let k = 0; k < len; k++) a[k] = fn.call(thisArg, this[k], k, this);
      return a;
    },
    reduce(fn, ...init) {
      const len = validate(this, '%TypedArray%.prototype.reduce');
      callback(fn);
      let k = 0;
      let acc;
      if (init.length > 0) acc = init[0];
      else if (len === 0) throw new TypeError('Reduce of empty array with no initial value');
      else acc = this[k++];
      for (; k < len; k++) acc = fn(acc, this[k], k, this);
      return acc;
    },
    reduceRight(fn, ...init) {
      const len = validate(this, '%TypedArray%.prototype.reduceRight');
      callback(fn);
      let k = len - 1;
      let acc;
      if (init.length > 0) acc = init[0];
      else if (len === 0) throw new TypeError('Reduce of empty array with no initial value');
      else acc = this[k--];
      for (; k >= 0; k--) acc = fn(acc, this[k], k, this);
      return acc;
    },
    reverse() {
      const len = validate(this, '%TypedArray%.prototype.reverse');
      for (let lo = 0, hi = len - 1; lo < hi; lo++, hi--) {
        const t = this[lo];
        this[lo] = this[hi];
        this[hi] = t;
      }
      return this;
    },
    set(source, offset = undefined) {
      if (!isTA(this)) throw incompatible('%TypedArray%.prototype.set', this);
      const targetOffset = toIntegerOrInfinity(offset);
      if (targetOffset < 0) throw new RangeError('offset is out of bounds');
      const targetLength = validate(this, '%TypedArray%.prototype.set');
      const kind = kindOf(this);
      const srcKind = kindOf(source);
      if (srcKind >= 0 && srcKind < 12) {
        const srcLength = validate(source, '%TypedArray%.prototype.set');
        if ((srcKind >= 10) !== (kind >= 10)) throw new TypeError('Content type mismatch');
        if (targetOffset === Infinity || srcLength + targetOffset > targetLength) throw new RangeError('offset is out of bounds');
        if (srcKind === kind) {
          const size = SIZES[kind];
          K.abCopy(K.taInfo(this, 1), K.taInfo(this, 2) + targetOffset * size, K.taInfo(source, 1), K.taInfo(source, 2), srcLength * size);
        } else {
          const values = [];
          for (let i = 0; i < srcLength; i++) values.push(source[i]);
          for (let i = 0; i < srcLength; i++) this[targetOffset + i] = values[i];
        }
        return undefined;
      }
      const src = lib.toObject(source);
      const srcLength = lib.lengthOf(src);
      if (targetOffset === Infinity || srcLength + targetOffset > targetLength) throw new RangeError('offset is out of bounds');
      for (let i = 0; i < srcLength; i++) {
        const v = src[i];
        this[targetOffset + i] = v;
      }
      return undefined;
    },
    slice(start, end) {
      let len = validate(this, '%TypedArray%.prototype.slice');
      const k0 = relIndex(start, len, 0);
      let final = relIndex(end, len, len);
      let count = Math.max(final - k0, 0);
      const a = speciesCreate(this, [count], '%TypedArray%.prototype.slice');
      if (count > 0) {
        len = validate(this, '%TypedArray%.prototype.slice');
        final = Math.min(final, len);
        count = Math.max(final - k0, 0);
        const kind = kindOf(this);
        if (kindOf(a) === kind) {
          const size = SIZES[kind];
          const srcByte = K.taInfo(this, 2) + k0 * size;
          const limit = Math.min(count * size, K.taInfo(this, 2) + len * size - srcByte);
          const target = K.taInfo(a, 1);
          const source = K.taInfo(this, 1);
          if (target !== source) {
            if (limit > 0) K.abCopy(target, K.taInfo(a, 2), source, srcByte, limit);
          } else {
            // The spec copies byte by byte, forwards (a species result may share the buffer).
            const targetByte = K.taInfo(a, 2);
            for (let b = 0; b < limit; b++) K.rawSet(target, targetByte + b, 1, K.rawGet(source, srcByte + b, 1, true), true);
          }
        } else {
          for (let n = 0, k = k0; k < final; k++, n++) a[n] = this[k];
        }
      }
      return a;
    },
    some(fn, thisArg = undefined) {
      const len = validate(this, '%TypedArray%.prototype.some');
      callback(fn);
      for (let k = 0; k < len; k++) if (fn.call(thisArg, this[k], k, this)) return true;
      return false;
    },
    sort(comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') throw new TypeError('The comparison function must be either a function or undefined');
      const len = validate(this, '%TypedArray%.prototype.sort');
      const sorted = sortedValues(this, len, comparefn);
      for (let k = 0; k < len; k++) this[k] = sorted[k];
      return this;
    },
    subarray(start, end) {
      if (!isTA(this)) throw incompatible('%TypedArray%.prototype.subarray', this);
      const srcLength = taLength(this);
      const begin = relIndex(start, srcLength, 0);
      const size = SIZES[kindOf(this)];
      const beginByte = K.taInfo(this, 2) + begin * size;
      const buffer = K.taInfo(this, 1);
      if (K.taInfo(this, 3) < 0 && end === undefined) return speciesCreate(this, [buffer, beginByte], '%TypedArray%.prototype.subarray');
      const final = relIndex(end, srcLength, srcLength);
      const newLength = Math.max(final - begin, 0);
      return speciesCreate(this, [buffer, beginByte, newLength], '%TypedArray%.prototype.subarray');
    },
    toLocaleString(...args) {
      const len = validate(this, '%TypedArray%.prototype.toLocaleString');
      let r = '';
      for (let k = 0; k < len; k++) {
        if (k > 0) r += ',';
        const v = this[k];
        if (v !== undefined && v !== null) r += String(v.toLocaleString(...args));
      }
      return r;
    },
    toReversed() {
      const len = validate(this, '%TypedArray%.prototype.toReversed');
      const a = createSameType(this, len);
      for (let k = 0; k < len; k++) a[k] = this[len - 1 - k];
      return a;
    },
    toSorted(comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') throw new TypeError('The comparison function must be either a function or undefined');
      const len = validate(this, '%TypedArray%.prototype.toSorted');
      const a = createSameType(this, len);
      const sorted = sortedValues(this, len, comparefn);
      for (let k = 0; k < len; k++) a[k] = sorted[k];
      return a;
    },
    values() {
      validate(this, '%TypedArray%.prototype.values');
      return ArrayProto.values.call(this);
    },
    with(index, value) {
      const len = validate(this, '%TypedArray%.prototype.with');
      const rel = toIntegerOrInfinity(index);
      const actual = rel >= 0 ? rel : len + rel;
      const v = toElement(kindOf(this), value);
      if (!(actual >= 0 && actual < taLength(this))) throw new RangeError('Invalid typed array index');
      const a = createSameType(this, len);
      for (let k = 0; k < len; k++) a[k] = k === actual ? v : this[k];
      return a;
    },
  }, { __proto__: null, fill: 1, copyWithin: 2, every: 1, filter: 1, find: 1, findIndex: 1, findLast: 1, findLastIndex: 1, forEach: 1,
    includes: 1, indexOf: 1, lastIndexOf: 1, map: 1, reduce: 1, reduceRight: 1, set: 1, some: 1, with: 2 });
  Object.defineProperty(TypedArrayPrototype, 'toString', { value: ArrayProto.toString, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(TypedArrayPrototype, Symbol.iterator, { value: TypedArrayPrototype.values, writable: true, enumerable: false, configurable: true });
  if (typeof K.markBuiltin === 'function') K.markBuiltin(TypedArray);

  for (let kind = 0; kind < KIND_COUNT; kind++) {
    const C = class extends TypedArray {
      constructor(a0, a1, a2) {
        return construct(kind, new.target, arguments.length, a0, a1, a2);
      }
    };
    lib.setFunctionName(C, NAMES[kind]);
    lib.setFunctionLength(C, 3);
    Object.defineProperty(C, 'BYTES_PER_ELEMENT', { value: SIZES[kind], writable: false, enumerable: false, configurable: false });
    Object.defineProperty(C.prototype, 'BYTES_PER_ELEMENT', { value: SIZES[kind], writable: false, enumerable: false, configurable: false });
    if (typeof K.markBuiltin === 'function') K.markBuiltin(C);
    CTORS[kind] = C;
    PROTOS[kind] = C.prototype;
    lib.defineGlobal(NAMES[kind], C);
  }

  // --- Uint8Array base64 and hex (ES2026) -----------------------------------------------------------

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const HEX = '0123456789abcdef';

  function requireUint8Array(ta, method) {
    if (kindOf(ta) !== 1) throw new TypeError('Method Uint8Array.prototype.' + method + ' called on incompatible receiver ' + lib.describe(ta));
    return ta;
  }

  function optionsObject(options) {
    if (options === undefined) return { __proto__: null };
    if (!isObject(options)) throw new TypeError('The options argument must be an object');
    return options;
  }

  function alphabetOption(opts) {
    const alphabet = opts.alphabet;
    if (alphabet === undefined) return 'base64';
    if (alphabet !== 'base64' && alphabet !== 'base64url') throw new TypeError('Invalid alphabet: expected "base64" or "base64url"');
    return alphabet;
  }

  function lastChunkOption(opts) {
    const v = opts.lastChunkHandling;
    if (v === undefined) return 'loose';
    if (v !== 'loose' && v !== 'strict' && v !== 'stop-before-partial') throw new TypeError('Invalid lastChunkHandling');
    return v;
  }

  function bytesOf(ta) {
    const len = K.taInfo(ta, 4);
    if (len < 0) throw new TypeError('Cannot read from a detached ArrayBuffer');
    const out = [];
    for (let i = 0; i < len; i++) out.push(ta[i]);
    return out;
  }

  const isAsciiSpace = (c) => c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;

  function decodeChunk(chunk, bytes) {
    let n = 0;
    for (let i = 0; i < 4; i++) n = n * 64 + (i < chunk.length ? B64.indexOf(chunk[i]) : 0);
    bytes.push((n >> 16) & 255, (n >> 8) & 255, n & 255);
  }

  function decodeFinalChunk(chunk, strict, bytes) {
    const tmp = [];
    decodeChunk(chunk, tmp);
    const keep = chunk.length === 2 ? 1 : 2;
    if (strict && tmp[keep] !== 0) return false;
    for (let i = 0; i < keep; i++) bytes.push(tmp[i]);
    return true;
  }

  /** FromBase64: { read, bytes, error } (error: a SyntaxError message or undefined). */
  function fromBase64(string, alphabet, lastChunk, maxLength) {
    const bytes = [];
    if (maxLength === 0) return { read: 0, bytes, error: undefined };
    let read = 0;
    let chunk = '';
    let index = 0;
    const length = string.length;
    const fail = (msg) => ({ read, bytes, error: msg });
    for (;;) {
      while (index < length && isAsciiSpace(string.charCodeAt(index))) index++;
      if (index === length) {
        if (chunk.length > 0) {
          if (lastChunk === 'stop-before-partial') return { read, bytes, error: undefined };
          if (lastChunk === 'loose') {
            if (chunk.length === 1) return fail('Invalid base64: a final chunk of one character');
            decodeFinalChunk(chunk, false, bytes);
          } else {
            return fail('Invalid base64: missing padding');
          }
        }
        return { read: length, bytes, error: undefined };
      }
      let ch = string[index++];
      if (ch === '=') {
        if (chunk.length < 2) return fail('Invalid base64: unexpected padding');
        while (index < length && isAsciiSpace(string.charCodeAt(index))) index++;
        if (chunk.length === 2) {
          if (index === length) {
            if (lastChunk === 'stop-before-partial') return { read, bytes, error: undefined };
            return fail('Invalid base64: incomplete padding');
          }
          if (string[index] === '=') {
            index++;
            while (index < length && isAsciiSpace(string.charCodeAt(index))) index++;
          }
        }
        if (index < length) return fail('Invalid base64: characters after padding');
        if (!decodeFinalChunk(chunk, lastChunk === 'strict', bytes)) return fail('Invalid base64: nonzero extra bits');
        return { read: length, bytes, error: undefined };
      }
      if (alphabet === 'base64url') {
        if (ch === '+' || ch === '/') return fail('Invalid base64url character');
        if (ch === '-') ch = '+';
        else if (ch === '_') ch = '/';
      }
      if (B64.indexOf(ch) < 0) return fail('Invalid base64 character');
      const remaining = maxLength - bytes.length;
      if ((remaining === 1 && chunk.length === 2) || (remaining === 2 && chunk.length === 3)) return { read, bytes, error: undefined };
      chunk += ch;
      if (chunk.length === 4) {
        decodeChunk(chunk, bytes);
        chunk = '';
        read = index;
        if (bytes.length === maxLength) return { read, bytes, error: undefined };
      }
    }
  }

  function fromHex(string, maxLength) {
    const length = string.length;
    const bytes = [];
    let read = 0;
    if (length % 2 !== 0) return { read, bytes, error: 'Invalid hex: odd length' };
    while (read < length && bytes.length < maxLength) {
      const hi = HEX.indexOf(string[read].toLowerCase());
      const lo = HEX.indexOf(string[read + 1].toLowerCase());
      if (hi < 0 || lo < 0 || string[read] === '' || 'ABCDEFabcdef0123456789'.indexOf(string[read]) < 0 || 'ABCDEFabcdef0123456789'.indexOf(string[read + 1]) < 0) {
        return { read, bytes, error: 'Invalid hex character' };
      }
      read += 2;
      bytes.push(hi * 16 + lo);
    }
    return { read, bytes, error: undefined };
  }

  function newUint8(bytes) {
    const ta = new CTORS[1](bytes.length);
    for (let i = 0; i < bytes.length; i++) ta[i] = bytes[i];
    return ta;
  }

  function writeInto(into, bytes) {
    for (let i = 0; i < bytes.length; i++) into[i] = bytes[i];
  }

  lib.defineMethods(CTORS[1], {
    fromBase64(string, options = undefined) {
      if (typeof string !== 'string') throw new TypeError('Uint8Array.fromBase64 requires a string');
      const opts = optionsObject(options);
      const alphabet = alphabetOption(opts);
      const lastChunk = lastChunkOption(opts);
      const r = fromBase64(string, alphabet, lastChunk, 9007199254740991);
      if (r.error !== undefined) throw new SyntaxError(r.error);
      return newUint8(r.bytes);
    },
    fromHex(string) {
      if (typeof string !== 'string') throw new TypeError('Uint8Array.fromHex requires a string');
      const r = fromHex(string, 9007199254740991);
      if (r.error !== undefined) throw new SyntaxError(r.error);
      return newUint8(r.bytes);
    },
  });
  lib.defineMethods(PROTOS[1], {
    toBase64(options = undefined) {
      requireUint8Array(this, 'toBase64');
      const opts = optionsObject(options);
      const alphabet = alphabetOption(opts) === 'base64url' ? B64URL : B64;
      const omitPadding = !!opts.omitPadding;
      const bytes = bytesOf(this);
      let out = '';
      let i = 0;
      for (; i + 2 < bytes.length; i += 3) {
        const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
      }
      const rest = bytes.length - i;
      if (rest === 1) {
        const n = bytes[i] << 16;
        out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63] + (omitPadding ? '' : '==');
      } else if (rest === 2) {
        const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
        out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (omitPadding ? '' : '=');
      }
      return out;
    },
    toHex() {
      requireUint8Array(this, 'toHex');
      const bytes = bytesOf(this);
      let out = '';
      for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] >> 4] + HEX[bytes[i] & 15];
      return out;
    },
    setFromBase64(string, options = undefined) {
      requireUint8Array(this, 'setFromBase64');
      if (typeof string !== 'string') throw new TypeError('Uint8Array.prototype.setFromBase64 requires a string');
      const opts = optionsObject(options);
      const alphabet = alphabetOption(opts);
      const lastChunk = lastChunkOption(opts);
      const byteLength = K.taInfo(this, 4);
      if (byteLength < 0) throw new TypeError('Cannot write to a detached ArrayBuffer');
      const r = fromBase64(string, alphabet, lastChunk, byteLength);
      writeInto(this, r.bytes);
      if (r.error !== undefined) throw new SyntaxError(r.error);
      return { read: r.read, written: r.bytes.length };
    },
    setFromHex(string) {
      requireUint8Array(this, 'setFromHex');
      if (typeof string !== 'string') throw new TypeError('Uint8Array.prototype.setFromHex requires a string');
      const byteLength = K.taInfo(this, 4);
      if (byteLength < 0) throw new TypeError('Cannot write to a detached ArrayBuffer');
      const r = fromHex(string, byteLength);
      writeInto(this, r.bytes);
      if (r.error !== undefined) throw new SyntaxError(r.error);
      return { read: r.read, written: r.bytes.length };
    },
  });

  // --- DataView -----------------------------------------------------------------------------------

  const DV = 12;
  const DataView = class DataView extends Object {
    constructor(buffer, byteOffset = undefined, byteLength = undefined) {
      const flags = abFlags(buffer);
      if (flags < 0) throw new TypeError('First argument to DataView constructor must be an ArrayBuffer');
      const offset = toIndex(byteOffset, 'DataView offset');
      if ((abFlags(buffer) & AB_DETACHED) !== 0) throw new TypeError('Cannot perform DataView constructor on a detached ArrayBuffer');
      let bufferLength = K.abInfo(buffer, 0);
      if (offset > bufferLength) throw new RangeError('Start offset ' + offset + ' is outside the bounds of the buffer');
      const tracking = byteLength === undefined && (flags & AB_RESIZABLE) !== 0;
      let viewLength = -1;
      if (!tracking) {
        viewLength = byteLength === undefined ? bufferLength - offset : toIndex(byteLength, 'DataView length');
        if (offset + viewLength > bufferLength) throw new RangeError('Invalid DataView length ' + viewLength);
      }
      const proto = protoFrom(new.target, DataViewPrototype);
      if ((abFlags(buffer) & AB_DETACHED) !== 0) throw new TypeError('Cannot perform DataView constructor on a detached ArrayBuffer');
      bufferLength = K.abInfo(buffer, 0);
      if (offset > bufferLength) throw new RangeError('Start offset ' + offset + ' is outside the bounds of the buffer');
      if (byteLength !== undefined && offset + viewLength > bufferLength) throw new RangeError('Invalid DataView length ' + viewLength);
      return K.taNew(proto, DV, buffer, offset, viewLength);
    }
  };
  const DataViewPrototype = DataView.prototype;
  Object.setPrototypeOf(DataView, Function.prototype);
  const isDV = (v) => K.taInfo(v, 0) === DV;

  function viewGet(view, index, little, kind, method) {
    if (!isDV(view)) throw incompatible('DataView.prototype.' + method, view);
    const i = toIndex(index, 'offset');
    const le = !!little;
    const size = K.taInfo(view, 4);
    if (size < 0) throw new TypeError('Cannot perform DataView.prototype.' + method + ' on a detached ArrayBuffer');
    if (i + SIZES[kind] > size) throw new RangeError('Offset is outside the bounds of the DataView');
    return K.rawGet(K.taInfo(view, 1), i + K.taInfo(view, 2), kind, le);
  }

  function viewSet(view, index, little, kind, value, method) {
    if (!isDV(view)) throw incompatible('DataView.prototype.' + method, view);
    const i = toIndex(index, 'offset');
    const v = toElement(kind, value);
    const le = !!little;
    const size = K.taInfo(view, 4);
    if (size < 0) throw new TypeError('Cannot perform DataView.prototype.' + method + ' on a detached ArrayBuffer');
    if (i + SIZES[kind] > size) throw new RangeError('Offset is outside the bounds of the DataView');
    K.rawSet(K.taInfo(view, 1), i + K.taInfo(view, 2), kind, v, le);
    return undefined;
  }

  const dvMethods = {
    get buffer() {
      if (!isDV(this)) throw incompatible('DataView.prototype.buffer', this);
      return K.taInfo(this, 1);
    },
    get byteLength() {
      if (!isDV(this)) throw incompatible('DataView.prototype.byteLength', this);
      const n = K.taInfo(this, 4);
      if (n < 0) throw new TypeError('Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer');
      return n;
    },
    get byteOffset() {
      if (!isDV(this)) throw incompatible('DataView.prototype.byteOffset', this);
      if (K.taInfo(this, 4) < 0) throw new TypeError('Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer');
      return K.taInfo(this, 2);
    },
  };
  const dvLengths = { __proto__: null };
  const DV_TYPES = ['Int8', 'Uint8', '', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float16', 'Float32', 'Float64', 'BigInt64', 'BigUint64'];
  for (let kind = 0; kind < DV_TYPES.length; kind++) {
    const t = DV_TYPES[kind];
    if (t === '') continue;
    const getName = 'get' + t;
    const setName = 'set' + t;
    const holder = {
      [getName](byteOffset, littleEndian = undefined) {
        return viewGet(this, byteOffset, littleEndian, kind, getName);
      },
      [setName](byteOffset, value, littleEndian = undefined) {
        return viewSet(this, byteOffset, littleEndian, kind, value, setName);
      },
    };
    dvMethods[getName] = holder[getName];
    dvMethods[setName] = holder[setName];
    dvLengths[getName] = 1;
    dvLengths[setName] = 2;
  }
  lib.defineMethods(DataViewPrototype, dvMethods, dvLengths);
  lib.defineReadOnly(DataViewPrototype, Symbol.toStringTag, 'DataView');

  // --- Atomics ------------------------------------------------------------------------------------

  function validateInteger(ta, waitable) {
    const len = validate(ta, 'Atomics operation');
    const kind = kindOf(ta);
    if (waitable) {
      if (kind !== 5 && kind !== 10) throw new TypeError('[object Array] is not an int32 or BigInt64 typed array.');
    } else if (kind === 2 || kind === 7 || kind === 8 || kind === 9) {
      throw new TypeError('[object Array] is not an integer shared typed array.');
    }
    return len;
  }

  function atomicIndex(ta, index) {
    const len = K.taInfo(ta, 4);
    const i = toIndex(index, 'atomic access index');
    if (i >= len) throw new RangeError('Invalid atomic access index');
    return i;
  }

  function toIntegral(value, ta) {
    return kindOf(ta) >= 10 ? toBigInt(value) : toIntegerOrInfinity(value);
  }

  function revalidate(ta) {
    if (K.taInfo(ta, 4) < 0) throw new TypeError('Cannot perform Atomics operation on a detached ArrayBuffer');
  }

  // A SharedArrayBuffer's elements may be read and written by other agents at the same time: the
  // operations on them are the host's atomic ones (K.abAtomic, runtime/builtins-arraybuffer.ts);
  // an ArrayBuffer has one agent, and the read-modify-write below is atomic as it is.
  const ATOMIC_OP = { __proto__: null, load: 0, store: 1, add: 2, sub: 3, and: 4, or: 5, xor: 6, exchange: 7, compareExchange: 8 };

  /** The element's byte index in its buffer when the buffer is shared, else -1. */
  function sharedByte(ta, i) {
    const buffer = K.taInfo(ta, 1);
    if ((abFlags(buffer) & AB_SHARED) === 0) return -1;
    return K.taInfo(ta, 2) + i * SIZES[kindOf(ta)];
  }

  function rmw(ta, index, value, name, op) {
    validateInteger(ta, false);
    const i = atomicIndex(ta, index);
    let v = toIntegral(value, ta);
    revalidate(ta);
    if (typeof v === 'number') v = v % 4294967296;
    const byte = sharedByte(ta, i);
    if (byte >= 0) return K.abAtomic(K.taInfo(ta, 1), byte, kindOf(ta), ATOMIC_OP[name], v, v);
    const old = ta[i];
    ta[i] = op(old, v);
    return old;
  }

  /** The agent's Atomics.waitAsync waiters: waiter slots of the host's table, polled by a timer. */
  const asyncWaiters = [];
  let pollTimer = null;
  /** The library's setTimeout (35-timers.js), whatever the program does to the global. */
  const startTimer = setTimeout;
  const stopTimer = clearTimeout;
  const asIntN = BigInt.asIntN;

  function pollWaiters() {
    pollTimer = null;
    const now = K.now();
    for (let w = 0; w < asyncWaiters.length;) {
      const waiter = asyncWaiters[w];
      const timedOut = now >= waiter.deadline;
      if (K.abPoll(waiter.slot, timedOut)) waiter.resolve('ok');
      else if (timedOut) waiter.resolve('timed-out');
      else {
        w++;
        continue;
      }
      asyncWaiters.splice(w, 1);
    }
    schedulePoll();
  }

  /**
   * The poll timer keeps the event loop alive while a waiter can still be resolved: one has a
   * timeout, or another agent (K.agent 8: $262.agent's agents, runtime/builtins-agent.ts) may
   * notify. Waiters without a timeout that only this agent could notify do not, as in Node.
   */
  function schedulePoll() {
    if (pollTimer !== null || asyncWaiters.length === 0) return;
    pollTimer = startTimer(pollWaiters, 1);
    if (K.agent(8) === 0 && asyncWaiters.every((w) => w.deadline === Infinity)) pollTimer.unref();
  }

  const Atomics = {};
  lib.defineMethods(Atomics, {
    add(ta, index, value) {
      return rmw(ta, index, value, 'add', (a, b) => a + b);
    },
    and(ta, index, value) {
      return rmw(ta, index, value, 'and', (a, b) => a & b);
    },
    compareExchange(ta, index, expectedValue, replacementValue) {
      validateInteger(ta, false);
      const i = atomicIndex(ta, index);
      const expected = toIntegral(expectedValue, ta);
      const replacement = toIntegral(replacementValue, ta);
      revalidate(ta);
      const byte = sharedByte(ta, i);
      if (byte >= 0) {
        const num = typeof expected === 'number';
        return K.abAtomic(K.taInfo(ta, 1), byte, kindOf(ta), ATOMIC_OP.compareExchange,
          num ? expected % 4294967296 : expected, num ? replacement % 4294967296 : replacement);
      }
      const probe = new CTORS[kindOf(ta)](1);
      probe[0] = expected;
      const old = ta[i];
      if (old === probe[0]) ta[i] = replacement;
      return old;
    },
    exchange(ta, index, value) {
      return rmw(ta, index, value, 'exchange', (a, b) => b);
    },
    isLockFree(size) {
      const n = toIntegerOrInfinity(size);
      return n === 1 || n === 2 || n === 4 || n === 8;
    },
    load(ta, index) {
      validateInteger(ta, false);
      const i = atomicIndex(ta, index);
      revalidate(ta);
      const byte = sharedByte(ta, i);
      return byte >= 0 ? K.abAtomic(K.taInfo(ta, 1), byte, kindOf(ta), ATOMIC_OP.load, 0, 0) : ta[i];
    },
    or(ta, index, value) {
      return rmw(ta, index, value, 'or', (a, b) => a | b);
    },
    store(ta, index, value) {
      validateInteger(ta, false);
      const i = atomicIndex(ta, index);
      let v = toIntegral(value, ta);
      if (v === 0) v = 0;
      revalidate(ta);
      const byte = sharedByte(ta, i);
      if (byte >= 0) K.abAtomic(K.taInfo(ta, 1), byte, kindOf(ta), ATOMIC_OP.store, typeof v === 'number' ? v % 4294967296 : v, 0);
      else ta[i] = v;
      return v;
    },
    sub(ta, index, value) {
      return rmw(ta, index, value, 'sub', (a, b) => a - b);
    },
    xor(ta, index, value) {
      return rmw(ta, index, value, 'xor', (a, b) => a ^ b);
    },
    notify(ta, index, count = undefined) {
      validateInteger(ta, true);
      const i = atomicIndex(ta, index);
      let c = Infinity;
      if (count !== undefined) c = Math.max(toIntegerOrInfinity(count), 0);
      const byte = sharedByte(ta, i);
      if (byte < 0) return 0;
      // Waiters of every agent, sync and async, oldest first (the host's waiter table); this
      // agent's own async waiters that it woke are resolved now, without waiting for the poll.
      const n = K.abNotify(K.taInfo(ta, 1), byte, c);
      if (n > 0 && asyncWaiters.length > 0) {
        if (pollTimer !== null) stopTimer(pollTimer);
        pollWaiters();
      }
      return n;
    },
    wait(ta, index, value, timeout) {
      validateInteger(ta, true);
      if ((abFlags(K.taInfo(ta, 1)) & AB_SHARED) === 0) throw new TypeError('[object Array] is not a shared typed array.');
      const i = atomicIndex(ta, index);
      const v = kindOf(ta) >= 10 ? asIntN(64, toBigInt(value)) : toIntegerOrInfinity(value) | 0;
      const q = +timeout;
      const t = q !== q ? Infinity : Math.max(q, 0);
      // Every agent here can block ([[CanBlock]] true, the main one as a shell's): the thread
      // sleeps in the host until a notify of any agent, or the timeout.
      return K.abWait(K.taInfo(ta, 1), sharedByte(ta, i), kindOf(ta), v, t);
    },
    waitAsync(ta, index, value, timeout) {
      validateInteger(ta, true);
      if ((abFlags(K.taInfo(ta, 1)) & AB_SHARED) === 0) throw new TypeError('[object Array] is not a shared typed array.');
      const i = atomicIndex(ta, index);
      const v = kindOf(ta) >= 10 ? asIntN(64, toBigInt(value)) : toIntegerOrInfinity(value) | 0;
      const q = +timeout;
      const t = q !== q ? Infinity : Math.max(q, 0);
      const byte = sharedByte(ta, i);
      if (t === 0) return { async: false, value: Atomics.load(ta, i) === v ? 'timed-out' : 'not-equal' };
      const slot = K.abWaitAsync(K.taInfo(ta, 1), byte, kindOf(ta), v);
      if (slot === -1) return { async: false, value: 'not-equal' };
      if (slot < 0) throw new RangeError('Atomics.waitAsync: too many waiters');
      // A waiter in the host's table: a notify of any agent marks it, and the agent's poll timer
      // resolves the promise with 'ok' — or with 'timed-out' once its time is up.
      const waiter = { slot, deadline: K.now() + t, resolve: undefined };
      const promise = new Promise((resolve) => {
        waiter.resolve = resolve;
      });
      asyncWaiters.push(waiter);
      schedulePoll();
      return { async: true, value: promise };
    },
    pause(n = undefined) {
      if (n !== undefined && !(typeof n === 'number' && Number.isInteger(n))) throw new TypeError('Atomics.pause argument must be undefined or an integer');
      return undefined;
    },
  }, { __proto__: null, add: 3, and: 3, compareExchange: 4, exchange: 3, isLockFree: 1, load: 2, or: 3, store: 3, sub: 3, xor: 3, notify: 3, wait: 4, waitAsync: 4, pause: 0 });
  lib.defineReadOnly(Atomics, Symbol.toStringTag, 'Atomics');

  // --- TextEncoder / TextDecoder (UTF-8; WHATWG Encoding) -----------------------------------------

  function utf8Encode(s) {
    const out = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        c = 0xfffd;
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }

  function bytesOfInput(input) {
    if (input === undefined) return [];
    const kind = K.internalKind(input);
    let view;
    if (kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer') view = new Uint8Array(input);
    else if (kind === 'TypedArray' || kind === 'DataView') view = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new TypeError('The "input" argument must be an instance of ArrayBuffer or ArrayBufferView');
    const out = [];
    for (let i = 0; i < view.length; i++) out.push(view[i]);
    return out;
  }

  class TextEncoder {
    get encoding() {
      return 'utf-8';
    }
    encode(input = '') {
      return newUint8(utf8Encode(String(input)));
    }
    encodeInto(source, destination) {
      const s = String(source);
      if (kindOf(destination) !== 1) throw new TypeError('The "dest" argument must be an instance of Uint8Array');
      const room = destination.length;
      let read = 0;
      let written = 0;
      while (read < s.length) {
        const c = s.charCodeAt(read);
        const pair = c >= 0xd800 && c <= 0xdbff && read + 1 < s.length && (s.charCodeAt(read + 1) & 0xfc00) === 0xdc00;
        const bytes = utf8Encode(s.slice(read, read + (pair ? 2 : 1)));
        if (written + bytes.length > room) break;
        for (let i = 0; i < bytes.length; i++) destination[written++] = bytes[i];
        read += pair ? 2 : 1;
      }
      return { read, written };
    }
  }

  const UTF8_LABELS = ['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8'];

  class TextDecoder {
    #fatal;
    #ignoreBOM;
    #pending = [];
    #bomSeen = false;

    constructor(label = 'utf-8', options = undefined) {
      const name = String(label).trim().toLowerCase();
      if (UTF8_LABELS.indexOf(name) < 0) throw new RangeError('The "' + String(label) + '" encoding is not supported');
      const opts = options === undefined || options === null ? {} : options;
      this.#fatal = !!opts.fatal;
      this.#ignoreBOM = !!opts.ignoreBOM;
    }
    get encoding() {
      return 'utf-8';
    }
    get fatal() {
      return this.#fatal;
    }
    get ignoreBOM() {
      return this.#ignoreBOM;
    }
    decode(input = undefined, options = undefined) {
      const stream = options !== undefined && options !== null && !!options.stream;
      const bytes = this.#pending.concat(bytesOfInput(input));
      this.#pending = [];
      let out = '';
      let i = 0;
      const fail = () => {
        if (this.#fatal) throw new TypeError('The encoded data was not valid for encoding utf-8');
        out += '\ufffd';
      };
      while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
          out += String.fromCharCode(b);
          i++;
          continue;
        }
        let need = 0;
        let cp = 0;
        let lower = 0x80;
        let upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
          need = 1;
          cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
          need = 2;
          cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
          need = 3;
          cp = b & 0x7;
        } else {
          fail();
          i++;
          continue;
        }
        let j = 1;
        for (; j <= need; j++) {
          if (i + j >= bytes.length) break;
          const c = bytes[i + j];
          if (c < lower || c > upper) break;
          lower = 0x80;
          upper = 0xbf;
          cp = (cp << 6) | (c & 0x3f);
        }
        if (j <= need) {
          if (i + j >= bytes.length && stream) {
            this.#pending = bytes.slice(i);
            break;
          }
          fail();
          i += j;
          continue;
        }
        out += String.fromCodePoint(cp);
        i += need + 1;
      }
      if (!this.#ignoreBOM && !this.#bomSeen && out.length > 0) {
        if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
        this.#bomSeen = true;
      }
      if (!stream) this.#bomSeen = false;
      return out;
    }
  }

  for (const C of [TextEncoder, TextDecoder]) {
    if (typeof globalThis[C.name] === 'function') continue;
    lib.defineReadOnly(C.prototype, Symbol.toStringTag, C.name);
    if (typeof K.markBuiltin === 'function') K.markBuiltin(C);
    lib.defineGlobal(C.name, C);
  }

  for (const C of [ArrayBuffer, SharedArrayBuffer, DataView]) {
    if (typeof K.markBuiltin === 'function') K.markBuiltin(C);
    lib.defineGlobal(C.name, C);
  }
  lib.setFunctionLength(ArrayBuffer, 1);
  lib.setFunctionLength(SharedArrayBuffer, 1);
  lib.setFunctionLength(DataView, 1);
  lib.defineGlobal('Atomics', Atomics);
  lib.TypedArray = TypedArray;
})(__ouro);
