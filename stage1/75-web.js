// Web-platform globals Node also has: atob/btoa, performance.now(), structuredClone (for the
// types the library knows: plain objects, arrays, Map, Set, Date, errors, boxed primitives;
// cycles and shared references preserved). Each is installed only when the realm has none.
(function (K) {
  'use strict';

  const lib = K.lib;
  const SharedArrayBufferPrototype = SharedArrayBuffer.prototype;
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  function invalidCharacter(message) {
    const error = new Error(message);
    error.name = 'InvalidCharacterError';
    return error;
  }

  const functions = {
    btoa(data) {
      if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
      const s = lib.toStringValue(data);
      let out = '';
      for (let i = 0; i < s.length; i += 3) {
        const a = s.charCodeAt(i);
        const b = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        const c = i + 2 < s.length ? s.charCodeAt(i + 2) : 0;
        if (a > 255 || b > 255 || c > 255) throw invalidCharacter('Invalid character');
        out += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)] +
          (i + 1 < s.length ? B64[((b & 15) << 2) | (c >> 6)] : '=') +
          (i + 2 < s.length ? B64[c & 63] : '=');
      }
      return out;
    },
    atob(data) {
      if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
      let s = '';
      const input = lib.toStringValue(data);
      for (let i = 0; i < input.length; i++) {
        const c = input[i];
        if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\f' && c !== '\r') s += c;
      }
      if (s.length % 4 === 0 && s.endsWith('==')) s = s.slice(0, -2);
      else if (s.length % 4 === 0 && s.endsWith('=')) s = s.slice(0, -1);
      if (s.length % 4 === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
      let out = '';
      let bits = 0;
      let nbits = 0;
      for (let i = 0; i < s.length; i++) {
        const v = B64.indexOf(s[i]);
        if (v < 0) throw invalidCharacter('The string to be decoded is not correctly encoded.');
        bits = (bits << 6) | v;
        nbits += 6;
        if (nbits >= 8) {
          nbits -= 8;
          out += String.fromCharCode((bits >> nbits) & 255);
        }
      }
      return out;
    },
    structuredClone(value, options) {
      if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
      return cloneValue(value, new Map());
    },
  };

  function dataCloneError(value) {
    const error = new Error(describeForClone(value) + ' could not be cloned.');
    error.name = 'DataCloneError';
    error.code = 25;
    return error;
  }

  function describeForClone(value) {
    if (typeof value === 'function') return Function.prototype.toString.call(value);
    if (typeof value === 'symbol') return value.toString();
    return '#<' + (value && value.constructor && value.constructor.name || 'Object') + '>';
  }

  function cloneValue(value, memory) {
    if (typeof value === 'symbol' || typeof value === 'function') throw dataCloneError(value);
    if (!lib.isObject(value)) return value;
    const seen = memory.get(value);
    if (seen !== undefined) return seen;
    const kind = K.internalKind(value);
    let out;
    if (kind === 'Number' || kind === 'String' || kind === 'Boolean' || kind === 'BigInt') {
      out = Object(K.primitiveValue(value));
      memory.set(value, out);
      return out;
    }
    if (kind === 'Symbol' || kind === 'Proxy' || kind === 'Generator' || kind === 'AsyncGenerator') throw dataCloneError(value);
    if (lib.isDate(value)) {
      out = new Date(lib.dateValue(value));
      memory.set(value, out);
      return out;
    }
    if (lib.isMap(value)) {
      out = new Map();
      memory.set(value, out);
      const entries = lib.mapEntries(value);
      for (let i = 0; i < entries.length; i += 2) out.set(cloneValue(entries[i], memory), cloneValue(entries[i + 1], memory));
      return out;
    }
    if (lib.isSet(value)) {
      out = new Set();
      memory.set(value, out);
      const values = lib.setValues(value);
      for (let i = 0; i < values.length; i++) out.add(cloneValue(values[i], memory));
      return out;
    }
    if (kind === 'Error') {
      const name = value.name;
      const ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[name] || Error;
      out = new ctor(value.message);
      memory.set(value, out);
      const stack = value.stack;
      if (typeof stack === 'string') Object.defineProperty(out, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
      if ('cause' in value) Object.defineProperty(out, 'cause', { value: cloneValue(value.cause, memory), writable: true, enumerable: false, configurable: true });
      return out;
    }
    if (lib.isPromise(value) || lib.isWeakMap(value) || lib.isWeakSet(value)) throw dataCloneError(value);
    // Buffers and views (stage1/35-typedarray.js): an ArrayBuffer's bytes are copied (resizable ones
    // stay resizable), a SharedArrayBuffer is a new one over the same memory (its host shared
    // block, K.abInfo field 3), a view is rebuilt over its cloned buffer.
    if (kind === 'ArrayBuffer') {
      const length = value.byteLength;
      out = value.resizable ? new ArrayBuffer(length, { maxByteLength: value.maxByteLength }) : new ArrayBuffer(length);
      new Uint8Array(out).set(new Uint8Array(value));
      memory.set(value, out);
      return out;
    }
    if (kind === 'SharedArrayBuffer') {
      out = K.abFromBlock(SharedArrayBufferPrototype, K.abInfo(value, 3));
      memory.set(value, out);
      return out;
    }
    if (kind === 'TypedArray' || kind === 'DataView') {
      const buffer = cloneValue(value.buffer, memory);
      const C = kind === 'DataView' ? DataView : globalThis[value[Symbol.toStringTag]];
      out = new C(buffer, value.byteOffset, kind === 'DataView' ? value.byteLength : value.length);
      memory.set(value, out);
      return out;
    }
    if (Array.isArray(value)) {
      out = new Array(value.length);
    } else {
      out = {};
    }
    memory.set(value, out);
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      lib.createDataProperty(out, keys[i], cloneValue(value[keys[i]], memory));
    }
    return out;
  }

  const names = Object.keys(functions);
  for (let i = 0; i < names.length; i++) {
    if (typeof globalThis[names[i]] === 'function') continue;
    const holder = {};
    lib.defineMethods(holder, { [names[i]]: functions[names[i]] }, { btoa: 1, atob: 1, structuredClone: 1 });
    Object.defineProperty(globalThis, names[i], { value: holder[names[i]], writable: true, enumerable: true, configurable: true });
  }

  if (typeof globalThis.performance === 'undefined') {
    // K.now() counts from the start of the process (nothing is captured here: the realm may
    // come from an image made by another process).
    const performance = {};
    lib.defineMethods(performance, {
      now() {
        return K.now();
      },
      toJSON() {
        return { timeOrigin: performance.timeOrigin };
      },
      get timeOrigin() {
        return K.wallClock() - K.now();
      },
    });
    Object.defineProperty(globalThis, 'performance', { value: performance, writable: true, enumerable: true, configurable: true });
  }
})(__ouro);
