// util.inspect and util.format with Node 20's output (lib.inspect, lib.format). The rules follow
// Node's documented and observed behaviour: quoting of strings, grouping of long arrays into
// columns, line breaking at 80 columns with up to 3 inner levels on one line ("compact: 3"),
// depth 2, circular references, class names, errors with their stack. No RegExp is used.
(function (K) {
  'use strict';

  const lib = K.lib;
  const ObjectKeys = Object.keys;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  const defaultOptions = {
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  };

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;

  // --- Strings --------------------------------------------------------------------------------

  /** The escape of code unit `c` inside a quoted string (Node's `meta` table), or ''. */
  function metaEscape(c) {
    if (c < 32) {
      if (c === 8) return '\\b';
      if (c === 9) return '\\t';
      if (c === 10) return '\\n';
      if (c === 12) return '\\f';
      if (c === 13) return '\\r';
      return '\\x' + hex2(c);
    }
    if (c === 39) return "\\'";
    if (c === 92) return '\\\\';
    if (c >= 0x7f && c <= 0x9f) return '\\x' + hex2(c);
    return '';
  }

  function hex2(c) {
    const s = c.toString(16).toUpperCase();
    return s.length < 2 ? '0' + s : s;
  }

  /**
   * Escapes control characters, lone surrogates, the backslash and (when `quote` is 39) the
   * single quote.
   */
  function escapeString(str, quote) {
    let result = '';
    let last = 0;
    const len = str.length;
    for (let i = 0; i < len; i++) {
      const c = str.charCodeAt(i);
      if (c === quote || c === 92 || c < 32 || (c > 126 && c < 160)) {
        result += str.slice(last, i) + metaEscape(c);
        last = i + 1;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < len) {
          const d = str.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            i++;
            continue;
          }
        }
        result += str.slice(last, i) + '\\u' + c.toString(16);
        last = i + 1;
      }
    }
    if (last === 0) return str;
    if (last !== len) result += str.slice(last);
    return result;
  }

  /** A string literal as Node prints it: single quotes, else double quotes, else backticks. */
  function strEscape(str) {
    let quote = 39;
    if (str.indexOf("'") !== -1) {
      if (str.indexOf('"') === -1) quote = -1;
      else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = -2;
    }
    const body = escapeString(str, quote);
    if (quote === -1) return '"' + body + '"';
    if (quote === -2) return '`' + body + '`';
    return "'" + body + "'";
  }

  /** Keys printed without quotes: /^[a-zA-Z_][a-zA-Z_0-9]*$/. */
  function isIdentifierKey(key) {
    if (key.length === 0) return false;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
      if (!alpha && (i === 0 || c < 48 || c > 57)) return false;
    }
    return true;
  }

  /** /^(0|[1-9][0-9]*)$/ */
  function isCanonicalIndex(key) {
    if (key.length === 0) return false;
    if (key === '0') return true;
    const first = key.charCodeAt(0);
    if (first < 49 || first > 57) return false;
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  function isArrayIndexKey(key) {
    return isCanonicalIndex(key) && +key < 4294967295;
  }

  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f || code === 0x2329 || code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd));
  }

  function isZeroWidthCodePoint(code) {
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
      (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
      (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
      (code >= 0xe0100 && code <= 0xe01ef);
  }

  /** The number of terminal columns `str` takes. */
  function getStringWidth(str) {
    let width = 0;
    for (let i = 0; i < str.length; i++) {
      let code = str.charCodeAt(i);
      if (code < 127) {
        if (code >= 32) width++;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
      }
      if (isFullWidthCodePoint(code)) width += 2;
      else if (!isZeroWidthCodePoint(code)) width++;
    }
    return width;
  }

  // --- Primitives -----------------------------------------------------------------------------

  function formatNumber(n) {
    if (n === 0 && 1 / n < 0) return '-0';
    return '' + n;
  }

  function formatBigInt(n) {
    return '' + n + 'n';
  }

  function formatPrimitive(value, ctx) {
    if (typeof value === 'string') {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Split after each newline; every line is its own literal, joined by ' +'.
        const parts = [];
        let start = 0;
        for (;;) {
          const nl = value.indexOf('\n', start);
          if (nl === -1 || nl === value.length - 1) {
            parts.push(strEscape(value.slice(start)));
            break;
          }
          parts.push(strEscape(value.slice(start, nl + 1)));
          start = nl + 1;
        }
        return parts.join(' +\n' + ' '.repeat(ctx.indentationLvl + 2)) + trailer;
      }
      return strEscape(value) + trailer;
    }
    if (typeof value === 'number') return formatNumber(value);
    if (typeof value === 'bigint') return formatBigInt(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'undefined') return 'undefined';
    return value.toString();
  }

  // --- Kinds of objects -----------------------------------------------------------------------

  function internalKind(v) {
    return K.internalKind(v);
  }

  function isError(v, kind) {
    if (kind === 'Error') return true;
    try {
      return v instanceof Error;
    } catch (e) {
      return false;
    }
  }

  const isMap = (v) => lib.isMap !== undefined && lib.isMap(v);
  const isSet = (v) => lib.isSet !== undefined && lib.isSet(v);
  const isWeakMap = (v) => lib.isWeakMap !== undefined && lib.isWeakMap(v);
  const isWeakSet = (v) => lib.isWeakSet !== undefined && lib.isWeakSet(v);
  const isPromise = (v) => lib.promiseDetails !== undefined && lib.promiseDetails(v) !== undefined;

  let builtInObjects;
  /**
   * Names of the global constructors and namespaces (/^[A-Z][a-zA-Z0-9]+$/), taken when the
   * library has run (stage1/99-finish.js), before user code can add globals.
   */
  function captureBuiltInNames() {
    builtInObjects = undefined;
    isBuiltInName('');
  }
  lib.captureBuiltInNames = captureBuiltInNames;

  function isBuiltInName(name) {
    if (builtInObjects === undefined) {
      builtInObjects = [];
      const names = ObjectGetOwnPropertyNames(globalThis);
      for (let i = 0; i < names.length; i++) {
        const n = names[i];
        const c = n.charCodeAt(0);
        if (c < 65 || c > 90 || n.length < 2) continue;
        let ok = true;
        for (let j = 1; j < n.length && ok; j++) {
          const d = n.charCodeAt(j);
          ok = (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57);
        }
        if (ok) builtInObjects.push(n);
      }
    }
    return builtInObjects.indexOf(name) !== -1;
  }

  function isInstanceof(object, ctor) {
    try {
      return object instanceof ctor;
    } catch (e) {
      return false;
    }
  }

  /** The name of the nearest constructor on the prototype chain, or null for a null prototype. */
  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    // Fast path for plain objects: no own `constructor` and %Object.prototype% next (which the
    // loop below names 'Object' whatever its constructor property says).
    if (protoProps === undefined && ObjectGetPrototypeOf(obj) === Object.prototype && !hasOwn(obj, 'constructor')) {
      return 'Object';
    }
    let firstProto;
    const tmp = obj;
    while (obj) {
      if (obj === Object.prototype || obj === Function.prototype) {
        const ctor = obj === Object.prototype ? Object : Function;
        if (isInstanceof(tmp, ctor)) {
          if (protoProps !== undefined && firstProto !== obj) {
            addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
          }
          return ctor === Object ? 'Object' : 'Function';
        }
      }
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined && (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return String(descriptor.value.name);
      }
      obj = ObjectGetPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const res = 'Object';
    if (recurseTimes > ctx.depth && ctx.depth !== null) return res + ' <Complex prototype>';
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      return res + ' <' + inspect(firstProto, Object.assign({}, ctx, { customInspect: false, depth: -1 })) + '>';
    }
    return res + ' <' + protoConstr + '>';
  }

  /** With showHidden: the non-function properties of user prototypes, up to three levels. */
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = ObjectGetPrototypeOf(obj);
        if (obj === null) return;
        const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
        if (descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltInName(descriptor.value.name)) return;
      }
      if (depth === 0) keySet = [];
      else for (let i = 0; i < keys.length; i++) keySet.push(keys[i]);
      keys = ObjectGetOwnPropertyNames(obj).concat(ObjectGetOwnPropertySymbols(obj));
      ctx.seen.push(main);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.indexOf(key) !== -1)) continue;
        const desc = ObjectGetOwnPropertyDescriptor(obj, key);
        if (typeof desc.value === 'function') continue;
        output.push(formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main));
      }
      ctx.seen.pop();
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size) {
    if (size === undefined) size = '';
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
    return constructor + size + ' ';
  }

  /** Own enumerable string keys and enumerable symbols (all of them with showHidden). */
  function getKeys(value, showHidden) {
    let keys;
    const symbols = ObjectGetOwnPropertySymbols(value);
    if (showHidden) {
      keys = ObjectGetOwnPropertyNames(value);
      for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
    } else {
      keys = ObjectKeys(value);
      for (let i = 0; i < symbols.length; i++) {
        if (isEnumerable(value, symbols[i])) keys.push(symbols[i]);
      }
    }
    return keys;
  }

  /** Keys of an array that are not indices. */
  function getOwnNonIndexProperties(value, showHidden) {
    const names = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
    const keys = [];
    for (let i = 0; i < names.length; i++) {
      if (!isArrayIndexKey(names[i])) keys.push(names[i]);
    }
    const symbols = ObjectGetOwnPropertySymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (showHidden || isEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
    return keys;
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = '';
    if (constructor === null) {
      fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  // --- formatValue ----------------------------------------------------------------------------

  function stylizeNoColor(str) {
    return str;
  }

  function getUserOptions(ctx) {
    const ret = { stylize: stylizeNoColor };
    const names = ObjectKeys(defaultOptions);
    for (let i = 0; i < names.length; i++) ret[names[i]] = ctx[names[i]];
    if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
    return ret;
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value, ctx);
    if (value === null) return 'null';

    const context = value;
    if (internalKind(value) === 'Proxy') {
      const target = typeof K.proxyTarget === 'function' ? K.proxyTarget(value) : undefined;
      if (target === null) return '<Revoked Proxy>';
      if (target !== undefined) {
        if (ctx.showProxy) {
          return formatValue(ctx, target, recurseTimes, typedArray);
        }
        value = target;
      }
    }

    if (ctx.customInspect) {
      const maybeCustom = value[customInspectSymbol];
      if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const ret = maybeCustom.call(context, depth, getUserOptions(ctx), inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
        }
      }
    }

    if (ctx.seen.indexOf(value) !== -1) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = [value];
      } else {
        index = ctx.circular.indexOf(value) + 1;
        if (index === 0) {
          ctx.circular.push(value);
          index = ctx.circular.length;
        }
      }
      return '[Circular *' + index + ']';
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    let tag = value[Symbol.toStringTag];
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn(value, Symbol.toStringTag) : isEnumerable(value, Symbol.toStringTag)))) {
      tag = '';
    }
    const kind = internalKind(value);
    // The library's Date and RegExp carry a @@toStringTag for Object.prototype.toString only.
    if ((tag === 'Date' && lib.isDate !== undefined && lib.isDate(value)) ||
        (tag === 'RegExp' && lib.isRegExpObject !== undefined && lib.isRegExpObject(value))) {
      tag = '';
    }
    let base = '';
    let formatter = formatNothing;
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;
    let iterPreview;

    if (Symbol.iterator in value || constructor === null) {
      noIterator = false;
      if (Array.isArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '') ? getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && protoProps === undefined) return braces[0] + ']';
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (kind === 'TypedArray') {
        // Typed arrays (stage1/35-typedarray.js): Uint8Array(3) [ 1, 2, 3 ].
        const size = value.length;
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        braces = [getPrefix(constructor, tag, '', '(' + size + ')') + '[', ']'];
        if (size === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
        formatter = (c, v, r) => formatTypedArray(c, v, r, size);
        extrasType = kArrayExtrasType;
      } else if (isSet(value)) {
        const size = lib.setSize(value);
        const prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = formatSet;
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (isMap(value)) {
        const size = lib.mapSize(value);
        const prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = formatMap;
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (lib.collectionIteratorPreview !== undefined &&
                 (iterPreview = lib.collectionIteratorPreview(value)) !== undefined) {
        keys = getKeys(value, ctx.showHidden);
        const type = iterPreview.isMap ? 'Map' : 'Set';
        braces = getIteratorBraces(type, tag);
        formatter = (c, v, r) => formatIterator(braces, c, iterPreview, r);
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (kind === 'Module') {
        // Module namespace objects, as Node prints them: [Module: null prototype] { … }.
        braces[0] = getPrefix(constructor, tag, 'Module') + '{';
        if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
      } else if (constructor === 'Object') {
        if (kind === 'Arguments') {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = getPrefix(constructor, tag, 'Object') + '{';
        }
        if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
      } else if (kind === 'RegExp' || (lib.isRegExpObject !== undefined && lib.isRegExpObject(value))) {
        base = RegExp.prototype.toString.call(value);
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) return base;
      } else if (kind === 'Date' || (lib.isDate !== undefined && lib.isDate(value))) {
        const time = kind === 'Date' ? K.primitiveValue(value) : lib.dateValue(value);
        base = time !== time ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isError(value, kind)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer') {
        const prefix = getPrefix(constructor, tag, kind);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return prefix + '{ byteLength: ' + formatValue(ctx, value.byteLength, recurseTimes) + ' }';
        }
        braces[0] = prefix + '{';
        keys.unshift('byteLength');
      } else if (kind === 'DataView') {
        braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (isPromise(value)) {
        braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
        formatter = formatPromise;
      } else if (isWeakSet(value)) {
        braces[0] = getPrefix(constructor, tag, 'WeakSet') + '{';
        formatter = formatWeakCollection;
      } else if (isWeakMap(value)) {
        braces[0] = getPrefix(constructor, tag, 'WeakMap') + '{';
        formatter = formatWeakCollection;
      } else if (kind === 'Number' || kind === 'String' || kind === 'Boolean' || kind === 'Symbol' || kind === 'BigInt') {
        base = getBoxedBase(value, ctx, keys, constructor, tag, kind);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) return getCtxStyle(value, constructor, tag) + '{}';
        braces[0] = getCtxStyle(value, constructor, tag) + '{';
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      if (constructor !== null) constructorName = '[' + constructorName + ']';
      return constructorName;
    }
    recurseTimes += 1;

    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
      if (protoProps !== undefined) {
        for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
      }
    } catch (err) {
      if (!(err instanceof RangeError) || String(err.message).indexOf('call stack') === -1) throw err;
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      return '[' + constructorName + ': Inspection interrupted prematurely. Maximum call stack size exceeded.]';
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.indexOf(value) + 1;
      if (index !== 0) {
        const reference = '<ref *' + index + '>';
        if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
        else braces[0] = reference + ' ' + braces[0];
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        output.sort(comparator);
      } else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(comparator);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }

    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  function formatNothing() {
    return [];
  }

  function getIteratorBraces(type, tag) {
    if (tag !== type + ' Iterator') {
      if (tag !== '') tag += '] [';
      tag += type + ' Iterator';
    }
    return ['[' + tag + '] {', '}'];
  }

  function getBoxedBase(value, ctx, keys, constructor, tag, type) {
    const primitive = K.primitiveValue(value);
    if (type === 'String') {
      // The index keys of a String object only repeat its characters.
      keys.splice(0, primitive.length);
    }
    let base = '[' + type;
    if (type !== constructor) {
      if (constructor === null) base += ' (null prototype)';
      else base += ' (' + constructor + ')';
    }
    base += ': ' + formatPrimitive(primitive, ctx) + ']';
    if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
    return base;
  }

  function getClassBase(value, constructor, tag) {
    const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
    let base = 'class ' + name;
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    if (constructor !== null) {
      const superName = ObjectGetPrototypeOf(value).name;
      if (superName) base += ' extends ' + superName;
    } else {
      base += ' extends [null prototype]';
    }
    return '[' + base + ']';
  }

  function getFunctionBase(value, constructor, tag) {
    const fkind = K.functionKind(value);
    if (fkind === 'class') return getClassBase(value, constructor, tag);
    let type = 'Function';
    if (fkind === 'generator' || fkind === 'asyncGenerator') type = 'Generator' + type;
    if (fkind === 'async' || fkind === 'asyncArrow' || fkind === 'asyncGenerator') type = 'Async' + type;
    let base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') base += ' (anonymous)';
    else base += ': ' + value.name;
    base += ']';
    if (constructor !== type && constructor !== null) base += ' ' + constructor;
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
  }

  // --- Errors ---------------------------------------------------------------------------------

  function errorToString(err) {
    const name = err.name === undefined ? 'Error' : String(err.name);
    const msg = err.message === undefined ? '' : String(err.message);
    if (name === '') return msg;
    if (msg === '') return name;
    return name + ': ' + msg;
  }

  function getStackString(error) {
    return error.stack ? String(error.stack) : errorToString(error);
  }

  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split('\n');
    let cause;
    try {
      cause = err.cause;
    } catch (e) {
      // a throwing getter: no cause
    }
    if (cause != null && isError(cause, internalKind(cause))) {
      const causeStack = getStackString(cause);
      const causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        const range = identicalSequenceRange(frames, causeFrames);
        if (range.len > 0) {
          const skipped = range.len - 2;
          frames.splice(range.offset + 1, skipped, '    ... ' + skipped + ' lines matching cause stack trace ...');
        }
      }
    }
    return frames;
  }

  function isUpperAlpha(c) {
    return c >= 65 && c <= 90;
  }

  /** The error name at the start of a stack of a null-prototype error (Node's fallback). */
  function stackNameFallback(stack) {
    // /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/
    if (stack.length > 1 && isUpperAlpha(stack.charCodeAt(0))) {
      let i = 1;
      for (; i < stack.length; i++) {
        const c = stack.charCodeAt(i);
        const ok = (c >= 97 && c <= 122) || c === 95 || c === 32 || isUpperAlpha(c) || (c >= 48 && c <= 57) ||
          c === 91 || c === 93 || c === 40 || c === 41 || c === 45;
        if (!ok) break;
      }
      if (i > 1 && (stack[i] === ':' || stack.startsWith('\n    at', i))) return stack.slice(0, i);
      // Backtracking of the greedy class: a shorter name followed by '\n    at' cannot occur
      // since '\n' is not in the class.
    }
    if (stack.endsWith('Error')) {
      let ok = true;
      for (let i = 0; i < stack.length && ok; i++) {
        const c = stack.charCodeAt(i);
        ok = (c >= 97 && c <= 122) || c === 95 || isUpperAlpha(c) || (c >= 48 && c <= 57) || c === 45;
      }
      if (ok) return stack;
    }
    return '';
  }

  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (name.endsWith('Error') && stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        fallback = stackNameFallback(stack);
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.indexOf(name) !== -1) {
          if (len === 0) stack = prefix + ': ' + stack;
          else stack = prefix + stack.slice(len);
        } else {
          stack = prefix + ' [' + name + ']' + stack.slice(len);
        }
      }
    }
    return stack;
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      const names = ['name', 'message', 'stack'];
      for (let i = 0; i < names.length; i++) {
        const index = keys.indexOf(names[i]);
        if (index !== -1 && stack.indexOf(String(err[names[i]])) !== -1) keys.splice(index, 1);
      }
    }
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    let stack = getStackString(err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || keys.indexOf('cause') === -1)) keys.push('cause');
    if (Array.isArray(err.errors) && (keys.length === 0 || keys.indexOf('errors') === -1)) keys.push('errors');
    stack = improveStack(stack, constructor, name, tag);

    let pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    const stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = '[' + stack + ']';
    } else {
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      stack = stack.slice(0, stackStart) + '\n' + lines.join('\n');
    }
    if (ctx.indentationLvl !== 0) {
      stack = stack.split('\n').join('\n' + ' '.repeat(ctx.indentationLvl));
    }
    return stack;
  }

  // --- Arrays, collections, promises ------------------------------------------------------------

  function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes, length) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = value.length - maxLength;
    const output = [];
    for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, value[i], recurseTimes));
    if (remaining > 0) output.push(remainingText(remaining));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        output.push('[' + key + ']: ' + formatValue(ctx, value[key], recurseTimes, true));
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8Array(value);
    } catch (e) {
      return [ctx.stylize('(detached)', 'special')];
    }
    const n = Math.min(ctx.maxArrayLength, bytes.length);
    let str = '';
    for (let i = 0; i < n; i++) str += (i > 0 ? ' ' : '') + (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    const remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
  }

  /** A sparse array: runs of holes print as `<n empty items>`. */
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = ObjectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 4294967294) break;
      if ('' + index !== key) {
        if (!isCanonicalIndex(key)) break;
        const emptyItems = tmp - index;
        output.push('<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>');
        index = tmp;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) output.push('<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>');
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatSet(ctx, value, recurseTimes) {
    const values = lib.setValues(value);
    const length = values.length;
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, values[i], recurseTimes));
    if (length > maxLength) output.push(remainingText(length - maxLength));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const entries = lib.mapEntries(value);
    const length = entries.length / 2;
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) {
      output.push(formatValue(ctx, entries[2 * i], recurseTimes) + ' => ' + formatValue(ctx, entries[2 * i + 1], recurseTimes));
    }
    if (length > maxLength) output.push(remainingText(length - maxLength));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatIterator(braces, ctx, preview, recurseTimes) {
    const entries = preview.entries;
    const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
    const output = [];
    if (preview.isKeyValue) {
      braces[0] = braces[0].slice(0, braces[0].length - ' Iterator] {'.length) + ' Entries] {';
      const len = entries.length / 2;
      const maxLength = Math.min(maxArrayLength, len);
      ctx.indentationLvl += 2;
      for (let i = 0; i < maxLength; i++) {
        const res = [formatValue(ctx, entries[2 * i], recurseTimes), formatValue(ctx, entries[2 * i + 1], recurseTimes)];
        output.push(reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes));
      }
      ctx.indentationLvl -= 2;
      if (len > maxLength) output.push(remainingText(len - maxLength));
      return output;
    }
    const maxLength = Math.min(maxArrayLength, entries.length);
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    if (entries.length > maxLength) output.push(remainingText(entries.length - maxLength));
    return output;
  }

  function formatWeakCollection() {
    return ['<items unknown>'];
  }

  function formatPromise(ctx, value, recurseTimes) {
    const details = lib.promiseDetails(value);
    if (details.state === 'pending') return ['<pending>'];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, details.result, recurseTimes);
    ctx.indentationLvl -= 2;
    return [details.state === 'rejected' ? '<rejected> ' + str : str];
  }

  // --- Properties and layout ----------------------------------------------------------------------

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
    if (desc === undefined && internalKind(value) === 'Module') {
      // A module namespace's binding in its TDZ prints as Node's does: `x: <uninitialized>`.
      try {
        value[key];
      } catch (err) {
        if (!(err instanceof ReferenceError)) throw err;
        const out = formatProperty(ctx, { [key]: '' }, recurseTimes, key, type);
        return out.slice(0, out.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
      }
    }
    if (original === undefined) original = value;
    let name;
    let str;
    desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      if (ctx.getters && (ctx.getters === true || (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const tmp = desc.get.call(original);
          ctx.indentationLvl += 2;
          if (tmp === null) str = '[' + label + ': null]';
          else if (typeof tmp === 'object') str = '[' + label + '] ' + formatValue(ctx, tmp, recurseTimes);
          else str = '[' + label + ': ' + formatPrimitive(tmp, ctx) + ']';
          ctx.indentationLvl -= 2;
        } catch (err) {
          str = '[' + label + ': <Inspection threw (' + err.message + ')>]';
        }
      } else {
        str = '[' + label + ']';
      }
    } else if (desc.set !== undefined) {
      str = '[Setter]';
    } else {
      str = 'undefined';
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      name = '[' + escapeString(key.toString(), 39) + ']';
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = '[' + escapeString(key, 39) + ']';
    } else if (isIdentifierKey(key)) {
      name = key;
    } else {
      name = strEscape(key);
    }
    return name + ': ' + str;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || base.indexOf('\n') === -1;
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(', ');
            if (joined.indexOf('\n') === -1) {
              return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
            }
          }
        }
      }
      const indentation = '\n' + ' '.repeat(ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
        output.join(',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
    }
    const indentation = ' '.repeat(ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
    return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
  }

  /** Lines up the entries of long arrays in columns (at least 7 entries, short ones). */
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let i = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
      const len = getStringWidth(output[i]);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const approxCharHeights = 2.5;
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let c = 0; c < columns; c++) {
        let lineMaxLength = 0;
        for (let j = c; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength.push(lineMaxLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let k = 0; k < output.length; k++) {
          if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (let k = 0; k < outputLength; k += columns) {
        const max = Math.min(k + columns, outputLength);
        let str = '';
        let j = k;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - k] + output[j].length - dataLen[j];
          const cell = output[j] + ', ';
          str += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - k] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, ' ');
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  // --- inspect and format -------------------------------------------------------------------------

  function inspect(value, opts) {
    const ctx = {
      budget: {},
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
      showHidden: defaultOptions.showHidden,
      depth: defaultOptions.depth,
      colors: defaultOptions.colors,
      customInspect: defaultOptions.customInspect,
      showProxy: defaultOptions.showProxy,
      maxArrayLength: defaultOptions.maxArrayLength,
      maxStringLength: defaultOptions.maxStringLength,
      breakLength: defaultOptions.breakLength,
      compact: defaultOptions.compact,
      sorted: defaultOptions.sorted,
      getters: defaultOptions.getters,
      numericSeparator: defaultOptions.numericSeparator,
    };
    if (arguments.length > 1) {
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        const optKeys = ObjectKeys(opts);
        for (let i = 0; i < optKeys.length; i++) {
          const key = optKeys[i];
          if (hasOwn(defaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
          else if (ctx.userOptions === undefined) ctx.userOptions = opts;
        }
      }
    }
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspectSymbol;
  inspect.defaultOptions = defaultOptions;

  /** Objects whose toString is the built-in one print with inspect under %s. */
  function hasBuiltInToString(value) {
    if (internalKind(value) === 'Proxy') {
      const target = typeof K.proxyTarget === 'function' ? K.proxyTarget(value) : undefined;
      if (target === null) return true;
      if (target !== undefined) value = target;
    }
    let checkToString = true;
    let checkToPrimitive = true;
    if (typeof value.toString !== 'function') {
      if (typeof value[Symbol.toPrimitive] !== 'function') return true;
      if (hasOwn(value, Symbol.toPrimitive)) return false;
      checkToString = false;
    } else if (hasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[Symbol.toPrimitive] !== 'function') {
      checkToPrimitive = false;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    let pointer = value;
    do {
      pointer = ObjectGetPrototypeOf(pointer);
    } while (!(checkToString && hasOwn(pointer, 'toString')) && !(checkToPrimitive && hasOwn(pointer, Symbol.toPrimitive)));
    const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltInName(descriptor.value.name);
  }

  function tryStringify(arg) {
    try {
      return JSON.stringify(arg);
    } catch (err) {
      if (err instanceof TypeError && String(err.message).startsWith('Converting circular structure to JSON')) return '[Circular]';
      throw err;
    }
  }

  function formatWithOptions(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue;
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') tempStr = formatNumber(tempArg);
              else if (typeof tempArg === 'bigint') tempStr = formatBigInt(tempArg);
              else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) tempStr = String(tempArg);
              else tempStr = inspect(tempArg, Object.assign({}, inspectOptions, { compact: 3, colors: false, depth: 0 }));
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') tempStr = formatBigInt(tempNum);
              else if (typeof tempNum === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(Number(tempNum));
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') tempStr = formatBigInt(tempInteger);
              else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(parseInt(tempInteger));
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') tempStr = 'NaN';
              else tempStr = formatNumber(parseFloat(tempFloat));
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  function format(...args) {
    return formatWithOptions(undefined, args);
  }

  lib.inspect = inspect;
  lib.format = format;
  lib.formatWithOptions = formatWithOptions;
  lib.getStringWidth = getStringWidth;
  lib.strEscape = strEscape;
  lib.errorToString = errorToString;
})(__ouro);
