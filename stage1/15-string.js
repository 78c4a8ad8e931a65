// String.prototype methods the kernel leaves to the library: at, replace/replaceAll (string
// patterns; objects with Symbol.replace are delegated to), match/matchAll/search delegation,
// localeCompare (a small collation close to ICU's root order for Latin text), isWellFormed,
// toWellFormed, @@iterator (by code points) with %StringIteratorPrototype%; and the few
// String statics and methods the kernel may not have (defined only when missing).
(function (K) {
  'use strict';

  const lib = K.lib;
  const toStringValue = lib.toStringValue;

  function thisString(v, method) {
    if (v === null || v === undefined) throw new TypeError('String.prototype.' + method + ' called on null or undefined');
    return typeof v === 'string' ? v : toStringValue(v);
  }

  /** GetSubstitution (§22.1.3.19.1) for a match without captures. */
  function getSubstitution(matched, str, position, replacement) {
    if (replacement.indexOf('$') === -1) return replacement;
    let result = '';
    const tailPos = position + matched.length;
    const len = replacement.length;
    for (let i = 0; i < len; i++) {
      const c = replacement.charCodeAt(i);
      if (c !== 36 || i + 1 >= len) {
        result += replacement[i];
        continue;
      }
      const n = replacement.charCodeAt(i + 1);
      if (n === 36) {
        result += '$';
        i++;
      } else if (n === 38) {
        result += matched;
        i++;
      } else if (n === 96) {
        result += str.slice(0, position);
        i++;
      } else if (n === 39) {
        result += str.slice(tailPos);
        i++;
      } else {
        result += '$';
      }
    }
    return result;
  }

  function isRegExp(v) {
    if (!lib.isObject(v)) return false;
    const matcher = v[Symbol.match];
    if (matcher !== undefined) return !!matcher;
    return K.internalKind(v) === 'RegExp';
  }

  const codePointAt = (s, i) => {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    }
    return c;
  };

  // --- localeCompare ---------------------------------------------------------------------------
  // Primary strength: letters compare case- and accent-insensitively, and punctuation/space <
  // digits < letters (ICU's root collation for ASCII and Latin-1). Ties are broken by accents,
  // then lowercase before uppercase, then code units.

  const LATIN1_BASE = 'aaaaaaaceeeeiiii' + 'dnooooo' + '*' + 'ouuuuyts' + 'aaaaaaaceeeeiiii' + 'dnooooo' + '/' + 'ouuuuyty';

  /** [class, base letter or code, accent, case] of a code unit. */
  function collationKey(c) {
    if (c >= 65 && c <= 90) return [3, c + 32, 0, 1];
    if (c >= 97 && c <= 122) return [3, c, 0, 0];
    if (c >= 48 && c <= 57) return [2, c, 0, 0];
    if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) {
      const base = LATIN1_BASE.charCodeAt(c - 0xc0);
      return [3, base, c, c < 0xe0 ? 1 : 0];
    }
    if (c < 128) return [1, c, 0, 0];
    return [4, c, 0, 0];
  }

  function localeCompareStrings(a, b) {
    const n = Math.min(a.length, b.length);
    let tertiary = 0;
    let secondary = 0;
    for (let i = 0; i < n; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x === y) continue;
      const kx = collationKey(x);
      const ky = collationKey(y);
      if (kx[0] !== ky[0]) return kx[0] < ky[0] ? -1 : 1;
      if (kx[1] !== ky[1]) return kx[1] < ky[1] ? -1 : 1;
      if (secondary === 0 && kx[2] !== ky[2]) secondary = kx[2] < ky[2] ? -1 : 1;
      if (tertiary === 0 && kx[3] !== ky[3]) tertiary = kx[3] < ky[3] ? -1 : 1;
    }
    if (a.length !== b.length) return a.length < b.length ? -1 : 1;
    if (secondary !== 0) return secondary;
    return tertiary;
  }

  const methods = {
    at(index) {
      const s = thisString(this, 'at');
      const len = s.length;
      const rel = lib.toIntegerOrInfinity(index);
      const k = rel >= 0 ? rel : len + rel;
      if (k < 0 || k >= len) return undefined;
      return s[k];
    },

    replace(searchValue, replaceValue) {
      if (this === null || this === undefined) throw new TypeError('String.prototype.replace called on null or undefined');
      if (lib.isObject(searchValue)) {
        const replacer = searchValue[Symbol.replace];
        if (replacer !== undefined && replacer !== null) return replacer.call(searchValue, this, replaceValue);
      }
      const string = toStringValue(this);
      const searchString = toStringValue(searchValue);
      const functional = typeof replaceValue === 'function';
      if (!functional) replaceValue = toStringValue(replaceValue);
      const position = string.indexOf(searchString);
      if (position === -1) return string;
      const replacement = functional
        ? toStringValue(replaceValue(searchString, position, string))
        : getSubstitution(searchString, string, position, replaceValue);
      return string.slice(0, position) + replacement + string.slice(position + searchString.length);
    },

    replaceAll(searchValue, replaceValue) {
      if (this === null || this === undefined) throw new TypeError('String.prototype.replaceAll called on null or undefined');
      if (lib.isObject(searchValue)) {
        if (isRegExp(searchValue)) {
          const flags = searchValue.flags;
          if (flags === null || flags === undefined || toStringValue(flags).indexOf('g') === -1) {
            throw new TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
          }
        }
        const replacer = searchValue[Symbol.replace];
        if (replacer !== undefined && replacer !== null) return replacer.call(searchValue, this, replaceValue);
      }
      const string = toStringValue(this);
      const searchString = toStringValue(searchValue);
      const functional = typeof replaceValue === 'function';
      if (!functional) replaceValue = toStringValue(replaceValue);
      const searchLength = searchString.length;
      const advanceBy = Math.max(1, searchLength);
      const positions = [];
      let position = string.indexOf(searchString, 0);
      while (position !== -1) {
        positions.push(position);
        position = position + advanceBy > string.length ? -1 : string.indexOf(searchString, position + advanceBy);
      }
      let endOfLastMatch = 0;
      let result = '';
      for (let i = 0; i < positions.length; i++) {
        const p = positions[i];
        const preserved = string.slice(endOfLastMatch, p);
        const replacement = functional
          ? toStringValue(replaceValue(searchString, p, string))
          : getSubstitution(searchString, string, p, replaceValue);
        result += preserved + replacement;
        endOfLastMatch = p + searchLength;
      }
      if (endOfLastMatch < string.length) result += string.slice(endOfLastMatch);
      return result;
    },

    localeCompare(that) {
      const s = thisString(this, 'localeCompare');
      return localeCompareStrings(s, toStringValue(that));
    },

    isWellFormed() {
      const s = thisString(this, 'isWellFormed');
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
          if (c >= 0xdc00 || i + 1 >= s.length) return false;
          const d = s.charCodeAt(i + 1);
          if (d < 0xdc00 || d > 0xdfff) return false;
          i++;
        }
      }
      return true;
    },

    toWellFormed() {
      const s = thisString(this, 'toWellFormed');
      let out = '';
      let last = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
          if (c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
              i++;
              continue;
            }
          }
          out += s.slice(last, i) + '\ufffd';
          last = i + 1;
        }
      }
      return last === 0 ? s : out + s.slice(last);
    },

    [Symbol.iterator]() {
      return new StringIterator(thisString(this, '[Symbol.iterator]'));
    },
  };

  /** match/matchAll/search: delegate to the argument's Symbol method, or to a new RegExp. */
  function delegating(name, symbol) {
    return {
      [name](regexp) {
        if (this === null || this === undefined) throw new TypeError('String.prototype.' + name + ' called on null or undefined');
        if (lib.isObject(regexp)) {
          if (name === 'matchAll' && isRegExp(regexp)) {
            const flags = regexp.flags;
            if (flags === null || flags === undefined || toStringValue(flags).indexOf('g') === -1) {
              throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
            }
          }
          const method = regexp[symbol];
          if (method !== undefined && method !== null) return method.call(regexp, this);
        }
        const s = toStringValue(this);
        if (typeof RegExp !== 'function') throw new TypeError('RegExp is not supported');
        const rx = name === 'matchAll' ? new RegExp(regexp, 'g') : new RegExp(regexp);
        return rx[symbol](s);
      },
    }[name];
  }

  // --- String iterator -----------------------------------------------------------------------------

  class StringIterator {
    #s;
    #i = 0;

    constructor(s) {
      this.#s = s;
    }

    next() {
      if (!lib.isObject(this) || !(#s in this)) {
        throw new TypeError('Method String Iterator.prototype.next called on incompatible receiver ' + lib.describe(this));
      }
      const s = this.#s;
      if (s === undefined) return { value: undefined, done: true };
      const i = this.#i;
      if (i >= s.length) {
        this.#s = undefined;
        return { value: undefined, done: true };
      }
      const cp = codePointAt(s, i);
      const size = cp > 0xffff ? 2 : 1;
      this.#i = i + size;
      return { value: size === 1 ? s[i] : s.slice(i, i + 2), done: false };
    }
  }

  const StringIteratorPrototype = StringIterator.prototype;
  delete StringIteratorPrototype.constructor;
  Object.setPrototypeOf(StringIteratorPrototype, lib.IteratorPrototype);
  lib.defineMethods(StringIteratorPrototype, { next: StringIteratorPrototype.next });
  lib.defineReadOnly(StringIteratorPrototype, Symbol.toStringTag, 'String Iterator');

  lib.defineMethods(String.prototype, methods, { at: 1, replace: 2, replaceAll: 2, localeCompare: 1 });
  lib.setFunctionName(String.prototype[Symbol.iterator], '[Symbol.iterator]');
  const optional = {};
  if (typeof String.prototype.match !== 'function') optional.match = delegating('match', Symbol.match);
  if (typeof String.prototype.matchAll !== 'function') optional.matchAll = delegating('matchAll', Symbol.matchAll);
  if (typeof String.prototype.search !== 'function') optional.search = delegating('search', Symbol.search);

  // Fallbacks for methods the kernel may not provide.
  if (typeof String.prototype.codePointAt !== 'function') {
    optional.codePointAt = function codePointAt(pos) {
      const s = thisString(this, 'codePointAt');
      const p = lib.toIntegerOrInfinity(pos);
      if (p < 0 || p >= s.length) return undefined;
      return codePointAt(s, p);
    };
  }
  lib.defineMethods(String.prototype, optional);

  if (typeof String.fromCodePoint !== 'function') {
    lib.defineMethods(String, {
      fromCodePoint(...codePoints) {
        let out = '';
        for (let i = 0; i < codePoints.length; i++) {
          const n = +codePoints[i];
          if (!(n >= 0 && n <= 0x10ffff && n === Math.floor(n))) throw new RangeError('Invalid code point ' + codePoints[i]);
          if (n <= 0xffff) out += String.fromCharCode(n);
          else out += String.fromCharCode(((n - 0x10000) >> 10) + 0xd800, ((n - 0x10000) & 0x3ff) + 0xdc00);
        }
        return out;
      },
    }, { fromCodePoint: 1 });
  }
  if (typeof String.raw !== 'function') {
    lib.defineMethods(String, {
      raw(template, ...substitutions) {
        const raw = lib.toObject(lib.toObject(template).raw);
        const len = lib.lengthOf(raw);
        let out = '';
        for (let i = 0; i < len; i++) {
          out += toStringValue(raw[i]);
          if (i + 1 < len && i < substitutions.length) out += toStringValue(substitutions[i]);
        }
        return out;
      },
    }, { raw: 1 });
  }

  // --- Annex B: the HTML methods (§B.2.2.2-14) and trimLeft/trimRight ---------------------------

  /** CreateHTML(string, tag, attribute, value) (§B.2.2.2.1). */
  function createHTML(thisValue, method, tag, attribute, value) {
    const S = thisString(thisValue, method);
    let p1 = '<' + tag;
    if (attribute !== '') {
      const V = toStringValue(value);
      let escaped = '';
      let last = 0;
      for (let i = 0; i < V.length; i++) {
        if (V.charCodeAt(i) === 34) {
          escaped += V.slice(last, i) + '&quot;';
          last = i + 1;
        }
      }
      p1 += ' ' + attribute + '="' + escaped + V.slice(last) + '"';
    }
    return p1 + '>' + S + '</' + tag + '>';
  }

  lib.defineMethods(String.prototype, {
    anchor(name) {
      return createHTML(this, 'anchor', 'a', 'name', name);
    },
    big() {
      return createHTML(this, 'big', 'big', '');
    },
    blink() {
      return createHTML(this, 'blink', 'blink', '');
    },
    bold() {
      return createHTML(this, 'bold', 'b', '');
    },
    fixed() {
      return createHTML(this, 'fixed', 'tt', '');
    },
    fontcolor(color) {
      return createHTML(this, 'fontcolor', 'font', 'color', color);
    },
    fontsize(size) {
      return createHTML(this, 'fontsize', 'font', 'size', size);
    },
    italics() {
      return createHTML(this, 'italics', 'i', '');
    },
    link(url) {
      return createHTML(this, 'link', 'a', 'href', url);
    },
    small() {
      return createHTML(this, 'small', 'small', '');
    },
    strike() {
      return createHTML(this, 'strike', 'strike', '');
    },
    sub() {
      return createHTML(this, 'sub', 'sub', '');
    },
    sup() {
      return createHTML(this, 'sup', 'sup', '');
    },
  });
  // trimLeft/trimRight are the same function objects as trimStart/trimEnd (§B.2.2.15-16).
  Object.defineProperty(String.prototype, 'trimLeft', { value: String.prototype.trimStart, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(String.prototype, 'trimRight', { value: String.prototype.trimEnd, writable: true, enumerable: false, configurable: true });

  lib.localeCompareStrings = localeCompareStrings;
})(__ouro);
