// Globals without a kernel implementation: Reflect, the URI functions, escape/unescape,
// Number.parseInt/parseFloat, globalThis — each installed only when the realm has none.
(function (K) {
  'use strict';

  const lib = K.lib;
  const isObj = lib.isObject;

  function requireObject(v, method) {
    if (!isObj(v)) throw new TypeError('Reflect.' + method + ' called on non-object');
    return v;
  }

  function createListFromArrayLike(obj) {
    if (!isObj(obj)) throw new TypeError('CreateListFromArrayLike called on non-object');
    const len = lib.lengthOf(obj);
    const list = new Array(len);
    for (let i = 0; i < len; i++) list[i] = obj[i];
    return list;
  }

  /** The property descriptor of `key` on `o` or its prototype chain, with its holder. */
  function findProperty(o, key) {
    let holder = o;
    while (holder !== null) {
      const desc = Object.getOwnPropertyDescriptor(holder, key);
      if (desc !== undefined) return desc;
      holder = Object.getPrototypeOf(holder);
    }
    return undefined;
  }

  const Reflect = {
    apply(target, thisArgument, argumentsList) {
      if (typeof target !== 'function') throw new TypeError('Function.prototype.apply was called on ' + lib.describe(target) + ', which is ' + typeof target + ' and not a function');
      return Function.prototype.apply.call(target, thisArgument, createListFromArrayLike(argumentsList));
    },
    construct(target, argumentsList, newTarget) {
      if (!lib.isConstructor(target)) throw new TypeError(lib.describe(target) + ' is not a constructor');
      if (arguments.length < 3) newTarget = target;
      else if (!lib.isConstructor(newTarget)) throw new TypeError(lib.describe(newTarget) + ' is not a constructor');
      const args = createListFromArrayLike(argumentsList);
      const result = new target(...args);
      // Without a kernel [[Construct]] taking newTarget, approximate it by the prototype.
      if (newTarget !== target) {
        const proto = newTarget.prototype;
        if (isObj(proto)) Object.setPrototypeOf(result, proto);
      }
      return result;
    },
    defineProperty(target, propertyKey, attributes) {
      requireObject(target, 'defineProperty');
      try {
        Object.defineProperty(target, propertyKey, attributes);
        return true;
      } catch (e) {
        if (e instanceof TypeError) return false;
        throw e;
      }
    },
    deleteProperty(target, propertyKey) {
      requireObject(target, 'deleteProperty');
      try {
        return delete target[propertyKey];
      } catch (e) {
        if (e instanceof TypeError) return false;
        throw e;
      }
    },
    get(target, propertyKey, receiver) {
      requireObject(target, 'get');
      if (arguments.length < 3 || receiver === target) return target[propertyKey];
      const desc = findProperty(target, propertyKey);
      if (desc === undefined) return undefined;
      if ('value' in desc) return desc.value;
      return desc.get === undefined ? undefined : desc.get.call(receiver);
    },
    set(target, propertyKey, value, receiver) {
      requireObject(target, 'set');
      if (arguments.length < 4) receiver = target;
      const desc = findProperty(target, propertyKey);
      if (desc !== undefined && !('value' in desc)) {
        if (desc.set === undefined) return false;
        desc.set.call(receiver, value);
        return true;
      }
      if (desc !== undefined && !desc.writable) return false;
      if (!isObj(receiver)) return false;
      const own = Object.getOwnPropertyDescriptor(receiver, propertyKey);
      try {
        if (own !== undefined) {
          if (!('value' in own) || !own.writable) return false;
          Object.defineProperty(receiver, propertyKey, { value });
        } else {
          Object.defineProperty(receiver, propertyKey, { value, writable: true, enumerable: true, configurable: true });
        }
        return true;
      } catch (e) {
        if (e instanceof TypeError) return false;
        throw e;
      }
    },
    getOwnPropertyDescriptor(target, propertyKey) {
      return Object.getOwnPropertyDescriptor(requireObject(target, 'getOwnPropertyDescriptor'), propertyKey);
    },
    getPrototypeOf(target) {
      return Object.getPrototypeOf(requireObject(target, 'getPrototypeOf'));
    },
    setPrototypeOf(target, proto) {
      requireObject(target, 'setPrototypeOf');
      if (proto !== null && !isObj(proto)) throw new TypeError('Object prototype may only be an Object or null: ' + lib.describe(proto));
      try {
        Object.setPrototypeOf(target, proto);
        return true;
      } catch (e) {
        if (e instanceof TypeError) return false;
        throw e;
      }
    },
    has(target, propertyKey) {
      return propertyKey in requireObject(target, 'has');
    },
    isExtensible(target) {
      return Object.isExtensible(requireObject(target, 'isExtensible'));
    },
    ownKeys(target) {
      requireObject(target, 'ownKeys');
      return Object.getOwnPropertyNames(target).concat(Object.getOwnPropertySymbols(target));
    },
    preventExtensions(target) {
      requireObject(target, 'preventExtensions');
      try {
        Object.preventExtensions(target);
        return true;
      } catch (e) {
        if (e instanceof TypeError) return false;
        throw e;
      }
    },
  };

  if (typeof globalThis.Reflect !== 'object') {
    const R = Object.create(Object.prototype);
    lib.defineMethods(R, Reflect, { apply: 3, construct: 2, defineProperty: 3, deleteProperty: 2, get: 2, set: 3, getOwnPropertyDescriptor: 2, setPrototypeOf: 2, has: 2 });
    lib.defineReadOnly(R, Symbol.toStringTag, 'Reflect');
    lib.defineGlobal('Reflect', R);
  }
  lib.Reflect = globalThis.Reflect;

  // --- escape / unescape (Annex B.2.1; the URI functions of §19.2.6 are kernel builtins: runtime/builtins-uri.ts)

  const HEX = '0123456789ABCDEF';
  function isAlnum(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }

  function hexDigit(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 65 && c <= 70) return c - 55;
    if (c >= 97 && c <= 102) return c - 87;
    return -1;
  }

  const escapeFunctions = {
    escape(string) {
      const s = lib.toStringValue(string);
      const ok = '@*_+-./';
      let R = '';
      for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c < 128 && (isAlnum(c) || ok.indexOf(s[k]) !== -1)) R += s[k];
        else if (c < 256) R += '%' + HEX[c >> 4] + HEX[c & 15];
        else R += '%u' + HEX[c >> 12] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
      }
      return R;
    },
    unescape(string) {
      const s = lib.toStringValue(string);
      let R = '';
      for (let k = 0; k < s.length; k++) {
        const C = s[k];
        if (C === '%') {
          if (s[k + 1] === 'u' && k + 5 < s.length) {
            const a = hexDigit(s.charCodeAt(k + 2));
            const b = hexDigit(s.charCodeAt(k + 3));
            const c = hexDigit(s.charCodeAt(k + 4));
            const d = hexDigit(s.charCodeAt(k + 5));
            if (a >= 0 && b >= 0 && c >= 0 && d >= 0) {
              R += String.fromCharCode((a << 12) | (b << 8) | (c << 4) | d);
              k += 5;
              continue;
            }
          }
          if (k + 2 < s.length) {
            const h = hexDigit(s.charCodeAt(k + 1));
            const l = hexDigit(s.charCodeAt(k + 2));
            if (h >= 0 && l >= 0) {
              R += String.fromCharCode(h * 16 + l);
              k += 2;
              continue;
            }
          }
        }
        R += C;
      }
      return R;
    },
  };

  const names = Object.keys(escapeFunctions);
  for (let i = 0; i < names.length; i++) {
    if (typeof globalThis[names[i]] !== 'function') {
      const holder = {};
      lib.defineMethods(holder, { [names[i]]: escapeFunctions[names[i]] });
      lib.defineGlobal(names[i], holder[names[i]]);
    }
  }

  // %AsyncFunction%, %GeneratorFunction%, %AsyncGeneratorFunction% (not globals): the constructors
  // their prototypes name, when the realm made none. They compile through Function.
  function defineFunctionConstructor(sample, name, keyword) {
    let proto;
    try {
      proto = Object.getPrototypeOf(sample);
    } catch (e) {
      return;
    }
    if (!lib.isObject(proto) || Object.prototype.hasOwnProperty.call(proto, 'constructor')) return;
    // A function expression (not a method): these constructors are callable with `new`.
    const ctor = {
      [name]: function (...args) {
        const body = args.length === 0 ? '' : lib.toStringValue(args[args.length - 1]);
        const params = args.slice(0, -1).map((p) => lib.toStringValue(p)).join(',');
        return Function('return ' + keyword + ' anonymous(' + params + '\n) {\n' + body + '\n}')();
      },
    }[name];
    if (typeof K.markBuiltin === 'function') K.markBuiltin(ctor);
    Object.setPrototypeOf(ctor, Function);
    Object.defineProperty(ctor, 'prototype', { value: proto, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(ctor, 'length', { value: 1, writable: false, enumerable: false, configurable: true });
    Object.defineProperty(proto, 'constructor', { value: ctor, writable: false, enumerable: false, configurable: true });
  }
  const kinds = [['AsyncFunction', 'async function'], ['GeneratorFunction', 'function*'], ['AsyncGeneratorFunction', 'async function*']];
  for (let i = 0; i < kinds.length; i++) {
    try {
      // Samples made through Function, so that a kernel without some kind only skips that kind.
      defineFunctionConstructor(Function('return ' + kinds[i][1] + ' () {}')(), kinds[i][0], kinds[i][1]);
    } catch (e) {
      // no Function constructor, or no such functions yet: leave the prototype as it is
    }
  }

  // Number.parseInt and Number.parseFloat are the global functions themselves.
  if (typeof Number.parseInt !== 'function' && typeof parseInt === 'function') {
    Object.defineProperty(Number, 'parseInt', { value: parseInt, writable: true, enumerable: false, configurable: true });
  }
  if (typeof Number.parseFloat !== 'function' && typeof parseFloat === 'function') {
    Object.defineProperty(Number, 'parseFloat', { value: parseFloat, writable: true, enumerable: false, configurable: true });
  }
})(__ouro);
