// RegExp (docs/regexp.md). This file parses patterns and compiles them to regex bytecode; the
// kernel runs the bytecode (runtime/regexp-vm.ts: a backtracking VM with an explicit stack) and
// implements RegExpBuiltinExec (runtime/builtins-regexp.ts). Here: the pattern parser (u, v and the
// Annex B grammar, named groups including duplicates in different alternatives, modifiers),
// character sets (classes, \p{…} from the kernel's Unicode tables, v-mode set operations, case
// closure for the i flag), the compiler, and the RegExp constructor and prototype with the
// Symbol.match/matchAll/replace/search/split protocol.
//
// Compiled programs are cached by flags and source, so a regexp literal evaluated in a loop (or
// the same `new RegExp(s)`) compiles once.
(function (K) {
  'use strict';

  const lib = K.lib;
  const INFINITE = 0x7fffffff;
  const MAX_CP = 0x10ffff;

  // Opcodes of runtime/regexp-vm.ts (RxOp).
  const OP = {
    match: 0, char: 1, char2: 2, any: 3, anyAll: 4, cls: 5, ncls: 6, backward: 8,
    jmp: 16, split: 17, splitLazy: 18, save: 19, clear: 20, bol: 21, eol: 22, bolM: 23, eolM: 24,
    wordB: 25, nwordB: 26, backref: 27, look: 28, lookEnd: 29, setZero: 30, setPos: 31, loop: 32,
    progress: 33, inc: 34, star: 35, fail: 36,
  };

  const StringCtor = String;

  /** ToString (§7.1.17): objects through ToPrimitive with hint string. */
  function toStr(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return StringCtor(v);
  }

  function syntaxError(source, flags, message) {
    return new SyntaxError('Invalid regular expression: /' + source + '/' + flags + ': ' + message);
  }

  // --- Character sets: sorted, merged arrays [lo, hi, lo, hi, …] ----------------------------------

  function csNormalize(flat) {
    const n = flat.length >> 1;
    if (n <= 1) return flat.slice();
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) if (flat[2 * i] < flat[2 * i - 2]) sorted = false;
    if (!sorted) order.sort((a, b) => flat[2 * a] - flat[2 * b]);
    const out = [];
    for (let k = 0; k < n; k++) {
      const lo = flat[2 * order[k]];
      const hi = flat[2 * order[k] + 1];
      const m = out.length;
      if (m > 0 && lo <= out[m - 1] + 1) {
        if (hi > out[m - 1]) out[m - 1] = hi;
      } else {
        out.push(lo, hi);
      }
    }
    return out;
  }

  function csComplement(a, max) {
    const out = [];
    let next = 0;
    for (let i = 0; i < a.length; i += 2) {
      if (a[i] > next) out.push(next, a[i] - 1);
      next = a[i + 1] + 1;
    }
    if (next <= max) out.push(next, max);
    return out;
  }

  function csUnion(a, b) {
    if (a.length === 0) return b;
    if (b.length === 0) return a;
    return csNormalize(a.concat(b));
  }

  function csIntersect(a, b) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const lo = a[i] > b[j] ? a[i] : b[j];
      const hi = a[i + 1] < b[j + 1] ? a[i + 1] : b[j + 1];
      if (lo <= hi) out.push(lo, hi);
      if (a[i + 1] < b[j + 1]) i += 2;
      else j += 2;
    }
    return out;
  }

  function csSubtract(a, b) {
    return csIntersect(a, csComplement(b, MAX_CP));
  }

  function csHas(a, c) {
    for (let i = 0; i < a.length; i += 2) {
      if (c < a[i]) return false;
      if (c <= a[i + 1]) return true;
    }
    return false;
  }

  /** The set closed under case equivalence (fold: simple case folding, else the toUpperCase rule). */
  function csCaseClose(a, fold) {
    const extra = K.regexpCaseClose(a, fold);
    if (extra.length === 0) return a;
    const flat = a.slice();
    for (let i = 0; i < extra.length; i++) flat.push(extra[i], extra[i]);
    return csNormalize(flat);
  }

  const DIGITS = [48, 57];
  const WORD = [48, 57, 65, 90, 95, 95, 97, 122];
  const WORD_IU = [48, 57, 65, 90, 95, 95, 97, 122, 0x17f, 0x17f, 0x212a, 0x212a];
  const SPACE = [9, 13, 32, 32, 160, 160, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f,
    0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
  const LINE_TERMINATORS = [10, 10, 13, 13, 0x2028, 0x2029];

  const unicodeSetCache = new Map();
  function unicodeSet(kind, name) {
    const key = kind + ':' + name;
    let set = unicodeSetCache.get(key);
    if (set === undefined) {
      set = K.regexpUnicodeSet(kind, name);
      if (set === undefined) return undefined;
      unicodeSetCache.set(key, set);
    }
    return set;
  }

  function hexValue(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  }

  function isSyntaxChar(c) {
    return c === 94 || c === 36 || c === 92 || c === 46 || c === 42 || c === 43 || c === 63 || c === 40 ||
      c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 124;
  }

  function isIdStart(c) {
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95;
    return csHas(unicodeSet(0, 'ID_Start'), c);
  }

  function isIdPart(c) {
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 95;
    return c === 0x200c || c === 0x200d || csHas(unicodeSet(0, 'ID_Continue'), c);
  }

  // --- Parser ------------------------------------------------------------------------------------
  //
  // Nodes: {type: 'alt', alts} {type: 'seq', items} {type: 'bol'|'eol'} {type: 'wordb', neg}
  // {type: 'group', capture (index or -1), name, body, mods ({add, remove} or null)}
  // {type: 'look', behind, neg, body} {type: 'quant', body, min, max, greedy}
  // {type: 'char', c} {type: 'dot'} {type: 'set', ranges, negate, strings} {type: 'backref', groups | name}

  class Parser {
    constructor(source, flags) {
      this.s = source;
      this.flags = flags;
      this.i = 0;
      this.v = flags.indexOf('v') !== -1;
      this.um = this.v || flags.indexOf('u') !== -1;
      this.icase = flags.indexOf('i') !== -1;
      this.groupCount = 0;
      this.totalGroups = 0;
      this.hasNamed = false;
      this.names = [undefined];
      this.groupPaths = [];
      this.path = [];
      this.nextDisjunction = 0;
      this.namedRefs = [];
      this.prescan();
      this.namedMode = this.um || this.hasNamed;
    }

    error(message) {
      return syntaxError(this.s, this.flags, message);
    }

    /** Counts capturing groups and notes named ones (Annex B decisions depend on both). */
    prescan() {
      const s = this.s;
      let inClass = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 92) {
          i++;
        } else if (c === 91) {
          if (this.v) inClass++;
          else inClass = 1;
        } else if (c === 93) {
          if (inClass > 0) inClass--;
        } else if (c === 40 && inClass === 0) {
          if (s.charCodeAt(i + 1) !== 63) this.totalGroups++;
          else if (s.charCodeAt(i + 2) === 60 && s.charCodeAt(i + 3) !== 61 && s.charCodeAt(i + 3) !== 33) {
            this.totalGroups++;
            this.hasNamed = true;
          }
        }
      }
    }

    more() {
      return this.i < this.s.length;
    }

    peek() {
      return this.i < this.s.length ? this.s.charCodeAt(this.i) : -1;
    }

    peekAt(k) {
      return this.i + k < this.s.length ? this.s.charCodeAt(this.i + k) : -1;
    }

    eat(c) {
      if (this.peek() === c) {
        this.i++;
        return true;
      }
      return false;
    }

    parse() {
      const node = this.disjunction();
      if (this.more()) {
        if (this.peek() === 41) throw this.error("Unmatched ')'");
        throw this.error('Unexpected character');
      }
      for (let k = 0; k < this.namedRefs.length; k++) {
        const ref = this.namedRefs[k];
        const groups = [];
        for (let g = 1; g < this.names.length; g++) if (this.names[g] === ref.name) groups.push(g);
        if (groups.length === 0) throw this.error('Invalid named capture referenced');
        ref.groups = groups;
      }
      return node;
    }

    disjunction() {
      const id = this.nextDisjunction++;
      this.path.push(id, 0);
      const alts = [this.alternative()];
      while (this.eat(124)) {
        this.path[this.path.length - 1]++;
        alts.push(this.alternative());
      }
      this.path.length -= 2;
      return alts.length === 1 ? alts[0] : { type: 'alt', alts };
    }

    alternative() {
      const items = [];
      while (this.more() && this.peek() !== 124 && this.peek() !== 41) items.push(this.term());
      return { type: 'seq', items };
    }

    term() {
      const c = this.peek();
      if (c === 94) {
        this.i++;
        return this.noQuantifier({ type: 'bol' });
      }
      if (c === 36) {
        this.i++;
        return this.noQuantifier({ type: 'eol' });
      }
      if (c === 92 && (this.peekAt(1) === 98 || this.peekAt(1) === 66)) {
        this.i += 2;
        return this.noQuantifier({ type: 'wordb', neg: this.s.charCodeAt(this.i - 1) === 66 });
      }
      if (c === 40 && this.peekAt(1) === 63) {
        const d = this.peekAt(2);
        const e = this.peekAt(3);
        if (d === 61 || d === 33 || (d === 60 && (e === 61 || e === 33))) {
          const behind = d === 60;
          this.i += behind ? 4 : 3;
          const neg = behind ? e === 33 : d === 33;
          const body = this.disjunction();
          if (!this.eat(41)) throw this.error('Unterminated group');
          const look = { type: 'look', behind, neg, body };
          if (!behind && !this.um) return this.quantifier(look);
          return this.noQuantifier(look);
        }
      }
      return this.quantifier(this.atom());
    }

    noQuantifier(node) {
      const c = this.peek();
      if (c === 42 || c === 43 || c === 63) throw this.error('Nothing to repeat');
      if (c === 123 && (this.um || this.quantifierAhead())) throw this.error('Nothing to repeat');
      return node;
    }

    /** `{n}`, `{n,}` or `{n,m}` at the current position? */
    quantifierAhead() {
      let k = this.i + 1;
      const s = this.s;
      const digitsFrom = (at) => {
        let j = at;
        while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
        return j;
      };
      let j = digitsFrom(k);
      if (j === k) return false;
      if (s.charCodeAt(j) === 44) {
        k = j + 1;
        j = digitsFrom(k);
      }
      return s.charCodeAt(j) === 125;
    }

    digits() {
      const start = this.i;
      let v = 0;
      while (this.more()) {
        const c = this.peek();
        if (c < 48 || c > 57) break;
        v = v * 10 + (c - 48);
        this.i++;
      }
      return this.i === start ? -1 : v;
    }

    quantifier(atom) {
      let min;
      let max;
      const c = this.peek();
      if (c === 42) {
        min = 0;
        max = INFINITE;
        this.i++;
      } else if (c === 43) {
        min = 1;
        max = INFINITE;
        this.i++;
      } else if (c === 63) {
        min = 0;
        max = 1;
        this.i++;
      } else if (c === 123) {
        if (!this.quantifierAhead()) {
          if (this.um) throw this.error('Incomplete quantifier');
          return atom;
        }
        this.i++;
        min = this.digits();
        max = min;
        if (this.eat(44)) {
          const b = this.digits();
          max = b < 0 ? Infinity : b;
        }
        this.i++;
        if (max < min) throw this.error('numbers out of order in {} quantifier');
        if (min > INFINITE) min = INFINITE;
        if (max > INFINITE) max = INFINITE;
      } else {
        return atom;
      }
      const greedy = !this.eat(63);
      const next = this.peek();
      if (next === 42 || next === 43 || next === 63 || (next === 123 && (this.um || this.quantifierAhead()))) {
        throw this.error('Nothing to repeat');
      }
      return { type: 'quant', body: atom, min, max, greedy };
    }

    atom() {
      const c = this.peek();
      if (c === 46) {
        this.i++;
        return { type: 'dot' };
      }
      if (c === 40) return this.group();
      if (c === 91) {
        this.i++;
        return this.v ? this.classV() : this.classLegacy();
      }
      if (c === 92) return this.atomEscape();
      if (c === 42 || c === 43 || c === 63) throw this.error('Nothing to repeat');
      if (c === 123) {
        if (this.um) throw this.error('Lone quantifier brackets');
        if (this.quantifierAhead()) throw this.error('Nothing to repeat');
      }
      if ((c === 93 || c === 125) && this.um) throw this.error('Lone quantifier brackets');
      return { type: 'char', c: this.readChar() };
    }

    group() {
      this.i++;
      if (!this.eat(63)) {
        const capture = ++this.groupCount;
        this.groupPaths[capture] = this.path.slice();
        const body = this.disjunction();
        if (!this.eat(41)) throw this.error('Unterminated group');
        return { type: 'group', capture, name: undefined, body, mods: null };
      }
      if (this.eat(58)) {
        const body = this.disjunction();
        if (!this.eat(41)) throw this.error('Unterminated group');
        return { type: 'group', capture: -1, body, mods: null };
      }
      if (this.peek() === 60) {
        this.i++;
        const name = this.groupName();
        const capture = ++this.groupCount;
        const path = this.path.slice();
        for (let g = 1; g < capture; g++) {
          if (this.names[g] === name && !differentAlternatives(this.groupPaths[g], path)) {
            throw this.error('Duplicate capture group name');
          }
        }
        this.names[capture] = name;
        this.groupPaths[capture] = path;
        const body = this.disjunction();
        if (!this.eat(41)) throw this.error('Unterminated group');
        return { type: 'group', capture, name, body, mods: null };
      }
      // Modifiers (?ims-ims:…)
      const add = this.modifierFlags();
      let remove = '';
      if (this.eat(45)) {
        remove = this.modifierFlags();
        if (add === '' && remove === '') throw this.error('Invalid group');
      }
      if (!this.eat(58)) throw this.error('Invalid group');
      for (let k = 0; k < remove.length; k++) {
        if (add.indexOf(remove[k]) !== -1) throw this.error('Repeated flag in regular expression modifiers');
      }
      const outerIcase = this.icase;
      if (add.indexOf('i') !== -1) this.icase = true;
      if (remove.indexOf('i') !== -1) this.icase = false;
      const body = this.disjunction();
      this.icase = outerIcase;
      if (!this.eat(41)) throw this.error('Unterminated group');
      return { type: 'group', capture: -1, body, mods: { add, remove } };
    }

    modifierFlags() {
      let out = '';
      for (;;) {
        const c = this.peek();
        if (c !== 105 && c !== 109 && c !== 115) break;
        const ch = String.fromCharCode(c);
        if (out.indexOf(ch) !== -1) throw this.error('Repeated flag in regular expression modifiers');
        out += ch;
        this.i++;
      }
      const c = this.peek();
      if (c !== 58 && c !== 45) throw this.error('Invalid group');
      return out;
    }

    /** RegExpIdentifierName then `>`; the `<` is consumed. */
    groupName() {
      let name = '';
      let first = true;
      for (;;) {
        if (this.eat(62)) break;
        if (!this.more()) throw this.error('Invalid capture group name');
        let c;
        if (this.peek() === 92) {
          this.i++;
          if (!this.eat(117)) throw this.error('Invalid capture group name');
          c = this.unicodeEscapeBody(true);
          if (c < 0) throw this.error('Invalid Unicode escape');
        } else {
          c = this.readCodePoint();
        }
        if (first ? !isIdStart(c) : !isIdPart(c)) throw this.error('Invalid capture group name');
        name += String.fromCodePoint(c);
        first = false;
      }
      if (name === '') throw this.error('Invalid capture group name');
      return name;
    }

    /** After `\u`: the escaped code point, or -1 (nothing consumed). `pairs`: \uLead\uTrail and \u{…}. */
    unicodeEscapeBody(pairs) {
      if (pairs && this.peek() === 123) {
        let k = this.i + 1;
        let v = 0;
        while (k < this.s.length && hexValue(this.s.charCodeAt(k)) >= 0) {
          v = v * 16 + hexValue(this.s.charCodeAt(k));
          if (v > MAX_CP) throw this.error('Invalid Unicode escape');
          k++;
        }
        if (k === this.i + 1 || this.s.charCodeAt(k) !== 125) throw this.error('Invalid Unicode escape');
        this.i = k + 1;
        return v;
      }
      const v = this.hex4(this.i);
      if (v < 0) return -1;
      this.i += 4;
      if (pairs && v >= 0xd800 && v <= 0xdbff && this.peek() === 92 && this.peekAt(1) === 117) {
        const w = this.hex4(this.i + 2);
        if (w >= 0xdc00 && w <= 0xdfff) {
          this.i += 6;
          return (v - 0xd800) * 0x400 + (w - 0xdc00) + 0x10000;
        }
      }
      return v;
    }

    hex4(at) {
      let v = 0;
      for (let k = 0; k < 4; k++) {
        const h = at + k < this.s.length ? hexValue(this.s.charCodeAt(at + k)) : -1;
        if (h < 0) return -1;
        v = v * 16 + h;
      }
      return v;
    }

    /** The next source character: a code point (a surrogate pair is one). */
    readCodePoint() {
      const s = this.s;
      const c = s.charCodeAt(this.i++);
      if (c >= 0xd800 && c <= 0xdbff && this.i < s.length) {
        const d = s.charCodeAt(this.i);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.i++;
          return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        }
      }
      return c;
    }

    /** A pattern character: a code point in unicode mode, a code unit otherwise. */
    readChar() {
      return this.um ? this.readCodePoint() : this.s.charCodeAt(this.i++);
    }

    atomEscape() {
      this.i++;
      if (!this.more()) throw this.error('\\ at end of pattern');
      const c = this.peek();
      if (c >= 49 && c <= 57) {
        const save = this.i;
        const n = this.digits();
        if (n <= this.totalGroups) return { type: 'backref', groups: [n] };
        if (this.um) throw this.error('Invalid escape');
        this.i = save;
        if (c >= 56) {
          this.i++;
          return { type: 'char', c };
        }
        return { type: 'char', c: this.legacyOctal() };
      }
      if (c === 107 && this.namedMode) {
        this.i++;
        if (!this.eat(60)) throw this.error('Invalid named reference');
        const name = this.groupName();
        const ref = { type: 'backref', name, groups: null };
        this.namedRefs.push(ref);
        return ref;
      }
      const set = this.classEscape();
      if (set !== null) return set;
      return { type: 'char', c: this.characterEscape(false) };
    }

    legacyOctal() {
      let v = this.s.charCodeAt(this.i++) - 48;
      for (let k = 0; k < 2; k++) {
        const d = this.peek();
        if (d < 48 || d > 55 || v * 8 + (d - 48) > 255) break;
        v = v * 8 + (d - 48);
        this.i++;
      }
      return v;
    }

    /** \d \D \s \S \w \W \p{…} \P{…} as a set node, or null (nothing consumed). */
    classEscape() {
      const c = this.peek();
      let ranges = null;
      let negate = false;
      if (c === 100 || c === 68) ranges = DIGITS;
      else if (c === 115 || c === 83) ranges = SPACE;
      else if (c === 119 || c === 87) ranges = this.um && this.icase ? WORD_IU : WORD;
      if (ranges !== null) {
        this.i++;
        negate = c === 68 || c === 83 || c === 87;
        return { type: 'set', ranges: negate ? csComplement(ranges, this.um ? MAX_CP : 0xffff) : ranges, negate: false, strings: null };
      }
      if ((c === 112 || c === 80) && this.um) {
        this.i++;
        return this.propertyEscape(c === 80);
      }
      return null;
    }

    propertyEscape(negate) {
      if (!this.eat(123)) throw this.error('Invalid property name');
      const end = this.s.indexOf('}', this.i);
      if (end === -1) throw this.error('Invalid property name');
      const body = this.s.slice(this.i, end);
      this.i = end + 1;
      const eq = body.indexOf('=');
      let set;
      if (eq === -1) {
        set = propertyByName(0, body);
        if (set === undefined && this.v && !negate) {
          const strings = stringProperty(body);
          if (strings !== undefined) return strings;
        }
      } else {
        const name = body.slice(0, eq);
        const value = body.slice(eq + 1);
        let kind = 0;
        if (name === 'General_Category' || name === 'gc') kind = 1;
        else if (name === 'Script' || name === 'sc') kind = 2;
        else if (name === 'Script_Extensions' || name === 'scx') kind = 3;
        if (kind !== 0) set = propertyByName(kind, value);
      }
      if (set === undefined) throw this.error('Invalid property name');
      if (negate) set = csComplement(set, MAX_CP);
      return { type: 'set', ranges: set, negate: false, strings: null };
    }

    /** A CharacterEscape after the backslash (the escape letter not yet consumed). */
    characterEscape(inClass) {
      const c = this.s.charCodeAt(this.i++);
      switch (c) {
        case 110: return 10;
        case 114: return 13;
        case 116: return 9;
        case 118: return 11;
        case 102: return 12;
        case 48: {
          const d = this.peek();
          if (d >= 48 && d <= 57) {
            if (this.um) throw this.error('Invalid decimal escape');
            this.i--;
            return this.legacyOctal();
          }
          return 0;
        }
        case 99: {
          const d = this.peek();
          if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) {
            this.i++;
            return d % 32;
          }
          if (!this.um && inClass && ((d >= 48 && d <= 57) || d === 95)) {
            this.i++;
            return d % 32;
          }
          if (this.um) throw this.error('Invalid unicode escape');
          // Annex B: `\c` is a backslash and the `c` is read again.
          this.i--;
          return 92;
        }
        case 120: {
          const h = hexValue(this.peek());
          const l = hexValue(this.peekAt(1));
          if (h >= 0 && l >= 0) {
            this.i += 2;
            return h * 16 + l;
          }
          if (this.um) throw this.error('Invalid escape');
          return 120;
        }
        case 117: {
          const v = this.unicodeEscapeBody(this.um);
          if (v >= 0) return v;
          if (this.um) throw this.error('Invalid Unicode escape');
          return 117;
        }
        default: {
          this.i--;
          const code = this.readChar();
          if (this.um) {
            if (isSyntaxChar(code) || code === 47 || (inClass && code === 45)) return code;
            throw this.error('Invalid escape');
          }
          if (code === 107 && this.namedMode) throw this.error('Invalid named reference');
          return code;
        }
      }
    }

    // --- classes without v ---------------------------------------------------------------------

    classLegacy() {
      const negate = this.eat(94);
      let ranges = [];
      for (;;) {
        if (!this.more()) throw this.error('Unterminated character class');
        if (this.eat(93)) break;
        const a = this.classAtom();
        if (this.peek() === 45 && this.peekAt(1) !== 93 && this.peekAt(1) !== -1) {
          this.i++;
          const b = this.classAtom();
          if (a.set !== null || b.set !== null) {
            if (this.um) throw this.error('Invalid character class');
            ranges = ranges.concat(a.set !== null ? a.set : [a.c, a.c], [45, 45], b.set !== null ? b.set : [b.c, b.c]);
            continue;
          }
          if (b.c < a.c) throw this.error('Range out of order in character class');
          ranges.push(a.c, b.c);
        } else if (a.set !== null) {
          ranges = ranges.concat(a.set);
        } else {
          ranges.push(a.c, a.c);
        }
      }
      return { type: 'set', ranges: csNormalize(ranges), negate, strings: null };
    }

    /** One class atom: {c} or {set}. */
    classAtom() {
      const c = this.peek();
      if (c !== 92) return { c: this.readChar(), set: null };
      this.i++;
      if (!this.more()) throw this.error('\\ at end of pattern');
      const e = this.peek();
      if (e === 98) {
        this.i++;
        return { c: 8, set: null };
      }
      if (e === 45 && this.um) {
        this.i++;
        return { c: 45, set: null };
      }
      const cls = this.classEscape();
      if (cls !== null) return { c: -1, set: cls.ranges };
      if (e >= 49 && e <= 57) {
        if (this.um) throw this.error('Invalid class escape');
        if (e >= 56) {
          this.i++;
          return { c: e, set: null };
        }
        return { c: this.legacyOctal(), set: null };
      }
      if (e === 107 && !this.um) {
        this.i++;
        return { c: 107, set: null };
      }
      return { c: this.characterEscape(true), set: null };
    }

    // --- classes with v (ClassSetExpression) ----------------------------------------------------

    /** After `[`: a set node {ranges, strings} with negation applied. */
    classV() {
      const negate = this.eat(94);
      const r = this.classSetExpression();
      if (negate && r.strings !== null && r.strings.length > 0) throw this.error('Negated character class may contain strings');
      let ranges = r.ranges;
      if (negate) {
        if (this.icase) ranges = csCaseClose(ranges, true);
        ranges = csComplement(ranges, MAX_CP);
      }
      return { type: 'set', ranges, negate: false, strings: negate ? null : r.strings, closed: negate };
    }

    classSetExpression() {
      let acc = null;
      let op = 0; // 0 union, 1 intersection, 2 subtraction
      let count = 0;
      for (;;) {
        if (!this.more()) throw this.error('Unterminated character class');
        if (this.eat(93)) break;
        const c = this.peek();
        if (c === 38 && this.peekAt(1) === 38) {
          if (count === 0 || (op !== 1 && count > 1) || op === 2) throw this.error('Invalid set operation in character class');
          op = 1;
          this.i += 2;
          if (this.peek() === 38) throw this.error('Invalid character in character class');
          const rhs = this.classSetOperand(true);
          acc = setIntersect(acc, rhs);
          count++;
          continue;
        }
        if (c === 45 && this.peekAt(1) === 45) {
          if (count === 0 || (op !== 2 && count > 1) || op === 1) throw this.error('Invalid set operation in character class');
          op = 2;
          this.i += 2;
          const rhs = this.classSetOperand(true);
          acc = setSubtract(acc, rhs);
          count++;
          continue;
        }
        if (op !== 0) throw this.error('Invalid set operation in character class');
        const operand = this.classSetOperand(false);
        acc = acc === null ? operand : setUnion(acc, operand);
        count++;
      }
      if (acc === null) return { ranges: [], strings: null };
      return acc;
    }

    /** A ClassSetOperand (or, in a union, a ClassSetRange): {ranges, strings}. */
    classSetOperand(afterOperator) {
      const c = this.peek();
      if (c === 91) {
        this.i++;
        const inner = this.classV();
        return { ranges: inner.ranges, strings: inner.strings };
      }
      if (c === 92) {
        const e = this.peekAt(1);
        if (e === 113) {
          this.i += 2;
          return this.classStringDisjunction();
        }
        if (e === 100 || e === 68 || e === 115 || e === 83 || e === 119 || e === 87 || e === 112 || e === 80) {
          this.i++;
          const set = this.classEscape();
          return { ranges: set.ranges, strings: set.strings };
        }
      }
      const a = this.classSetCharacter();
      if (!afterOperator && this.peek() === 45 && this.peekAt(1) !== 45) {
        this.i++;
        const b = this.classSetCharacter();
        if (b < a) throw this.error('Range out of order in character class');
        return { ranges: [a, b], strings: null };
      }
      return { ranges: [a, a], strings: null };
    }

    classSetCharacter() {
      if (!this.more()) throw this.error('Unterminated character class');
      const c = this.peek();
      if (c === 92) {
        this.i++;
        if (!this.more()) throw this.error('\\ at end of pattern');
        const e = this.peek();
        if (e === 98) {
          this.i++;
          return 8;
        }
        // ClassSetReservedPunctuator may be escaped.
        if ('&-!#%,:;<=>@`~'.indexOf(String.fromCharCode(e)) !== -1) {
          this.i++;
          return e;
        }
        return this.characterEscape(true);
      }
      const n = this.peekAt(1);
      if (c === n && '&!#$%*+,.:;<=>?@^`~'.indexOf(String.fromCharCode(c)) !== -1) {
        throw this.error('Invalid set operation in character class');
      }
      if (c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || c === 47 || c === 45 || c === 124) {
        throw this.error('Invalid character in character class');
      }
      return this.readCodePoint();
    }

    classStringDisjunction() {
      if (!this.eat(123)) throw this.error('Invalid escape');
      const strings = [];
      let ranges = [];
      let current = [];
      for (;;) {
        if (!this.more()) throw this.error('Unterminated character class');
        const c = this.peek();
        if (c === 125 || c === 124) {
          this.i++;
          if (current.length === 1) ranges.push(current[0], current[0]);
          else strings.push(current);
          current = [];
          if (c === 125) break;
          continue;
        }
        current.push(this.classSetCharacter());
      }
      return { ranges: csNormalize(ranges), strings };
    }
  }

  function differentAlternatives(a, b) {
    const n = a.length < b.length ? a.length : b.length;
    for (let k = 0; k < n; k += 2) {
      if (a[k] !== b[k]) return false;
      if (a[k + 1] !== b[k + 1]) return true;
    }
    return false;
  }

  function propertyByName(kind, name) {
    if (name === '' || name.length > 60) return undefined;
    return unicodeSet(kind, name);
  }

  /** A property of strings (v mode) as a set node: single code points as ranges, longer members as strings. */
  function stringProperty(name) {
    const members = K.regexpUnicodeStrings(name);
    if (members === undefined) return undefined;
    const ranges = [];
    const strings = [];
    for (let k = 0; k < members.length; k++) {
      const m = members[k];
      const cps = [];
      for (let i = 0; i < m.length; i++) {
        const c = m.codePointAt(i);
        cps.push(c);
        if (c > 0xffff) i++;
      }
      if (cps.length === 1) ranges.push(cps[0], cps[0]);
      else strings.push(cps);
    }
    return { type: 'set', ranges: csNormalize(ranges), negate: false, strings };
  }

  function stringKey(cps) {
    return cps.join(',');
  }

  function setUnion(a, b) {
    let strings = a.strings;
    if (b.strings !== null && b.strings.length > 0) strings = (strings === null ? [] : strings).concat(b.strings);
    return { ranges: csUnion(a.ranges, b.ranges), strings };
  }

  function setIntersect(a, b) {
    let strings = null;
    if (a.strings !== null && b.strings !== null) {
      const keys = new Set(b.strings.map(stringKey));
      strings = a.strings.filter((s) => keys.has(stringKey(s)));
    }
    return { ranges: csIntersect(a.ranges, b.ranges), strings };
  }

  function setSubtract(a, b) {
    let strings = a.strings;
    if (strings !== null && b.strings !== null) {
      const keys = new Set(b.strings.map(stringKey));
      strings = strings.filter((s) => !keys.has(stringKey(s)));
    }
    return { ranges: csSubtract(a.ranges, b.ranges), strings };
  }

  // --- Compiler ----------------------------------------------------------------------------------

  class Compiler {
    constructor(flags, groupCount) {
      this.code = [0, -1, 0, 0, 0, 0, 0];
      this.regCount = (groupCount + 1) * 2;
      this.unicode = flags.indexOf('u') !== -1 || flags.indexOf('v') !== -1;
      this.v = flags.indexOf('v') !== -1;
    }

    emit(...words) {
      const at = this.code.length;
      for (let k = 0; k < words.length; k++) this.code.push(words[k]);
      return at;
    }

    newReg() {
      return this.regCount++;
    }

    /** ctx: {icase, multiline, dotAll}. */
    gen(n, backward, ctx) {
      switch (n.type) {
        case 'seq': {
          const items = n.items;
          if (backward) for (let k = items.length - 1; k >= 0; k--) this.gen(items[k], true, ctx);
          else for (let k = 0; k < items.length; k++) this.gen(items[k], false, ctx);
          return;
        }
        case 'alt': {
          const jumps = [];
          for (let k = 0; k < n.alts.length; k++) {
            const last = k === n.alts.length - 1;
            const split = last ? -1 : this.emit(OP.split, 0);
            this.gen(n.alts[k], backward, ctx);
            if (!last) {
              jumps.push(this.emit(OP.jmp, 0));
              this.code[split + 1] = this.code.length;
            }
          }
          for (let k = 0; k < jumps.length; k++) this.code[jumps[k] + 1] = this.code.length;
          return;
        }
        case 'bol':
          this.emit(ctx.multiline ? OP.bolM : OP.bol);
          return;
        case 'eol':
          this.emit(ctx.multiline ? OP.eolM : OP.eol);
          return;
        case 'wordb':
          this.emit(n.neg ? OP.nwordB : OP.wordB, ctx.icase && this.unicode ? 1 : 0);
          return;
        case 'group': {
          let inner = ctx;
          if (n.mods !== null) {
            inner = { icase: ctx.icase, multiline: ctx.multiline, dotAll: ctx.dotAll };
            if (n.mods.add.indexOf('i') !== -1) inner.icase = true;
            if (n.mods.add.indexOf('m') !== -1) inner.multiline = true;
            if (n.mods.add.indexOf('s') !== -1) inner.dotAll = true;
            if (n.mods.remove.indexOf('i') !== -1) inner.icase = false;
            if (n.mods.remove.indexOf('m') !== -1) inner.multiline = false;
            if (n.mods.remove.indexOf('s') !== -1) inner.dotAll = false;
          }
          if (n.capture < 0) {
            this.gen(n.body, backward, inner);
            return;
          }
          this.emit(OP.save, n.capture * 2 + (backward ? 1 : 0));
          this.gen(n.body, backward, inner);
          this.emit(OP.save, n.capture * 2 + (backward ? 0 : 1));
          return;
        }
        case 'look': {
          const kind = (n.behind ? 2 : 0) + (n.neg ? 1 : 0);
          const at = this.emit(OP.look, kind, 0);
          this.gen(n.body, n.behind, ctx);
          this.emit(OP.lookEnd);
          this.code[at + 2] = this.code.length;
          return;
        }
        case 'backref': {
          const groups = n.groups;
          this.emit(OP.backref, (ctx.icase ? 1 : 0) | (backward ? 2 : 0), groups.length, ...groups);
          return;
        }
        case 'quant':
          this.genQuant(n, backward, ctx);
          return;
        case 'set':
          if (n.strings !== null && n.strings.length > 0) {
            this.genStringSet(n, backward, ctx);
            return;
          }
          this.emitAtom(n, backward, ctx);
          return;
        default:
          this.emitAtom(n, backward, ctx);
      }
    }

    /** The words of a single-character instruction for char/dot/set nodes. */
    atomWords(n, backward, ctx) {
      const b = backward ? OP.backward : 0;
      if (n.type === 'dot') return [(ctx.dotAll ? OP.anyAll : OP.any) + b];
      let ranges;
      let negate = false;
      if (n.type === 'char') {
        if (!ctx.icase) return [OP.char + b, n.c];
        ranges = csCaseClose([n.c, n.c], this.unicode);
        if (ranges.length === 2 && ranges[0] === ranges[1]) return [OP.char + b, n.c];
        if (ranges.length === 4 && ranges[0] === ranges[1] && ranges[2] === ranges[3]) return [OP.char2 + b, ranges[0], ranges[2]];
      } else {
        ranges = n.ranges;
        if (ctx.icase && !n.closed) ranges = csCaseClose(ranges, this.unicode);
        negate = n.negate;
        if (!this.unicode && ranges.length > 0 && ranges[ranges.length - 1] > 0xffff) {
          ranges = csIntersect(ranges, [0, 0xffff]);
        }
        if (!negate && ranges.length === 2 && ranges[0] === ranges[1]) return [OP.char + b, ranges[0]];
      }
      return [(negate ? OP.ncls : OP.cls) + b, ranges.length >> 1, ...ranges];
    }

    emitAtom(n, backward, ctx) {
      this.emit(...this.atomWords(n, backward, ctx));
    }

    /** A v-mode class with strings: the longest strings first, then the single characters. */
    genStringSet(n, backward, ctx) {
      const strings = n.strings.slice().sort((a, b) => b.length - a.length);
      const alts = [];
      for (let k = 0; k < strings.length; k++) {
        alts.push({ type: 'seq', items: strings[k].map((c) => ({ type: 'char', c })) });
      }
      if (n.ranges.length > 0) alts.push({ type: 'set', ranges: n.ranges, negate: false, strings: null });
      if (alts.length === 0) {
        this.emit(OP.fail);
        return;
      }
      this.gen(alts.length === 1 ? alts[0] : { type: 'alt', alts }, backward, ctx);
    }

    genQuant(n, backward, ctx) {
      const { min, max, greedy } = n;
      const body = n.body;
      if (max === 0) return;
      if (!backward && isSingleChar(body)) {
        const words = this.atomWords(body, false, ctx);
        if (min === 1 && max === 1) {
          this.emit(...words);
          return;
        }
        this.emit(OP.star, min, max, greedy ? 1 : 0, words.length, ...words);
        return;
      }
      const groups = groupRange(body);
      const canBeEmpty = minLength(body) === 0;
      if (min === 1 && max === 1) {
        this.gen(body, backward, ctx);
        return;
      }
      // Unbounded loops without a required part: a split per iteration, no counter.
      if (min === 0 && max === INFINITE) {
        const p = canBeEmpty ? this.newReg() : -1;
        const top = this.emit(greedy ? OP.split : OP.splitLazy, 0);
        if (groups !== null) this.emit(OP.clear, groups[0] * 2, groups[1] * 2 + 1);
        if (p >= 0) this.emit(OP.setPos, p);
        this.gen(body, backward, ctx);
        if (p >= 0) this.emit(OP.progress, p, p, -INFINITE);
        this.emit(OP.jmp, top);
        this.code[top + 1] = this.code.length;
        return;
      }
      if (min === 0 && max === 1) {
        const p = canBeEmpty ? this.newReg() : -1;
        const top = this.emit(greedy ? OP.split : OP.splitLazy, 0);
        if (groups !== null) this.emit(OP.clear, groups[0] * 2, groups[1] * 2 + 1);
        if (p >= 0) this.emit(OP.setPos, p);
        this.gen(body, backward, ctx);
        if (p >= 0) this.emit(OP.progress, p, p, -INFINITE);
        this.code[top + 1] = this.code.length;
        return;
      }
      const c = this.newReg();
      const p = canBeEmpty ? this.newReg() : -1;
      this.emit(OP.setZero, c);
      const loop = this.emit(OP.loop, c, min, max, greedy ? 1 : 0, 0);
      if (groups !== null) this.emit(OP.clear, groups[0] * 2, groups[1] * 2 + 1);
      if (p >= 0) this.emit(OP.setPos, p);
      this.gen(body, backward, ctx);
      if (p >= 0) this.emit(OP.progress, p, c, min);
      this.emit(OP.inc, c);
      this.emit(OP.jmp, loop);
      this.code[loop + 5] = this.code.length;
    }
  }

  function isSingleChar(n) {
    return n.type === 'char' || n.type === 'dot' || (n.type === 'set' && (n.strings === null || n.strings.length === 0));
  }

  /** [first, last] capture indices inside n, or null. */
  function groupRange(n) {
    let lo = INFINITE;
    let hi = -1;
    const visit = (x) => {
      if (x.type === 'group' && x.capture > 0) {
        if (x.capture < lo) lo = x.capture;
        if (x.capture > hi) hi = x.capture;
      }
      if (x.type === 'seq') for (let k = 0; k < x.items.length; k++) visit(x.items[k]);
      else if (x.type === 'alt') for (let k = 0; k < x.alts.length; k++) visit(x.alts[k]);
      else if (x.body !== undefined) visit(x.body);
    };
    visit(n);
    return hi < 0 ? null : [lo, hi];
  }

  /** A lower bound of the length of any match of n (0 when it may match the empty string). */
  function minLength(n) {
    switch (n.type) {
      case 'char': case 'dot': return 1;
      case 'set': return n.strings !== null && n.strings.length > 0 ? 0 : 1;
      case 'seq': {
        let total = 0;
        for (let k = 0; k < n.items.length; k++) total += minLength(n.items[k]);
        return total;
      }
      case 'alt': {
        let best = INFINITE;
        for (let k = 0; k < n.alts.length; k++) {
          const m = minLength(n.alts[k]);
          if (m < best) best = m;
        }
        return best;
      }
      case 'group': return minLength(n.body);
      case 'quant': return n.min === 0 ? 0 : minLength(n.body) * (n.min > 1000 ? 1000 : n.min);
      default: return 0;
    }
  }

  /** The first term that every match starts with, for the search loop's hint. */
  function firstTerm(n) {
    for (;;) {
      if (n.type === 'seq') {
        if (n.items.length === 0) return null;
        n = n.items[0];
      } else if (n.type === 'group' && n.mods === null) {
        n = n.body;
      } else if (n.type === 'quant' && n.min > 0) {
        n = n.body;
      } else {
        return n;
      }
    }
  }

  /**
   * The set of characters a match of n can start with: {ranges, empty} (empty: n may match the
   * empty string, so what follows matters too), or null when unknown (any character).
   */
  function firstSet(n, ctx, unicode) {
    switch (n.type) {
      case 'char':
        return { ranges: ctx.icase ? csCaseClose([n.c, n.c], unicode) : [n.c, n.c], empty: false };
      case 'set': {
        if (n.strings !== null && n.strings.length > 0) return null;
        let r = n.ranges;
        if (ctx.icase && !n.closed) r = csCaseClose(r, unicode);
        return { ranges: n.negate ? csComplement(r, MAX_CP) : r, empty: false };
      }
      case 'dot':
        return null;
      case 'bol': case 'eol': case 'wordb': case 'look':
        return { ranges: [], empty: true };
      case 'group':
        if (n.mods !== null) return null;
        return firstSet(n.body, ctx, unicode);
      case 'quant': {
        if (n.max === 0) return { ranges: [], empty: true };
        const b = firstSet(n.body, ctx, unicode);
        if (b === null) return null;
        return { ranges: b.ranges, empty: b.empty || n.min === 0 };
      }
      case 'seq': {
        let ranges = [];
        for (let k = 0; k < n.items.length; k++) {
          const f = firstSet(n.items[k], ctx, unicode);
          if (f === null) return null;
          ranges = csUnion(ranges, f.ranges);
          if (!f.empty) return { ranges, empty: false };
        }
        return { ranges, empty: true };
      }
      case 'alt': {
        let ranges = [];
        let empty = false;
        for (let k = 0; k < n.alts.length; k++) {
          const f = firstSet(n.alts[k], ctx, unicode);
          if (f === null) return null;
          ranges = csUnion(ranges, f.ranges);
          if (f.empty) empty = true;
        }
        return { ranges, empty };
      }
      default:
        return null;
    }
  }

  function compilePattern(source, flags) {
    const parser = new Parser(source, flags);
    const tree = parser.parse();
    const compiler = new Compiler(flags, parser.groupCount);
    const ctx = { icase: flags.indexOf('i') !== -1, multiline: flags.indexOf('m') !== -1, dotAll: flags.indexOf('s') !== -1 };
    compiler.gen(tree, false, ctx);
    compiler.emit(OP.match);
    const first = firstTerm(tree);
    if (first !== null) {
      if (first.type === 'bol' && !ctx.multiline) compiler.code[0] = 1;
      if (first.type === 'char' && !ctx.icase && first.c < 0xd800) compiler.code[1] = first.c;
    }
    const fs = firstSet(tree, ctx, compiler.unicode);
    if (fs !== null && !fs.empty) {
      // The characters a match can start with, as an ASCII bitmap and a flag for the rest.
      compiler.code[0] |= 2;
      const r = fs.ranges;
      for (let k = 0; k < r.length; k += 2) {
        for (let c = r[k]; c <= r[k + 1] && c < 128; c++) compiler.code[2 + (c >> 5)] |= 1 << (c & 31);
        if (r[k + 1] >= 128) compiler.code[6] = 1;
      }
    }
    let hasNames = false;
    for (let g = 1; g < parser.names.length; g++) if (parser.names[g] !== undefined) hasNames = true;
    let names;
    if (hasNames) {
      names = [];
      for (let g = 0; g <= parser.groupCount; g++) names.push(parser.names[g]);
    }
    return K.regexpMakeData(source, flags, compiler.code, parser.groupCount, names, compiler.regCount);
  }

  const compileCache = new Map();
  let compileCacheSize = 0;

  /** The RegExpData for source and flags (validated), from the cache when compiled before. */
  function compiledData(source, flags) {
    const key = flags + '/' + source;
    let data = compileCache.get(key);
    if (data !== undefined) return data;
    data = compilePattern(source, flags);
    if (compileCacheSize >= 4096) {
      compileCache.clear();
      compileCacheSize = 0;
    }
    compileCache.set(key, data);
    compileCacheSize++;
    return data;
  }


  // --- RegExp objects ---------------------------------------------------------------------------

  const regexpExec = K.regexpExec;

  function checkFlags(F) {
    let seen = '';
    for (let i = 0; i < F.length; i++) {
      const c = F[i];
      if ('dgimsuyv'.indexOf(c) === -1 || seen.indexOf(c) !== -1) {
        throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + F + "'");
      }
      seen += c;
    }
    if (seen.indexOf('u') !== -1 && seen.indexOf('v') !== -1) {
      throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + F + "'");
    }
  }

  /** RegExpInitialize (§22.2.3.3). */
  function initialize(obj, pattern, flags) {
    const P = pattern === undefined ? '' : toStr(pattern);
    const F = flags === undefined ? '' : toStr(flags);
    checkFlags(F);
    K.regexpSetData(obj, compiledData(P, F));
    obj.lastIndex = 0;
    return obj;
  }

  /** RegExpAlloc's lastIndex property. */
  function allocLastIndex(obj) {
    Object.defineProperty(obj, 'lastIndex', { value: undefined, writable: true, enumerable: false, configurable: false });
  }

  /** IsRegExp (§7.2.8). */
  function isRegExp(v) {
    if (!lib.isObject(v)) return false;
    const matcher = v[Symbol.match];
    if (matcher !== undefined) return !!matcher;
    return K.isRegExp(v);
  }

  function RegExp(pattern, flags) {
    const patternIsRegExp = isRegExp(pattern);
    if (new.target === undefined && patternIsRegExp && flags === undefined) {
      if (pattern.constructor === RegExp) return pattern;
    }
    let P;
    let F;
    const source = K.regexpSource(pattern);
    if (source !== undefined) {
      P = source;
      F = flags === undefined ? K.regexpFlags(pattern) : flags;
    } else if (patternIsRegExp) {
      P = pattern.source;
      F = flags === undefined ? pattern.flags : flags;
    } else {
      P = pattern;
      F = flags;
    }
    const obj = new.target === undefined ? Object.create(RegExpPrototype) : this;
    allocLastIndex(obj);
    return initialize(obj, P, F);
  }
  const RegExpPrototype = RegExp.prototype;

  function requireRegExp(o, what) {
    if (!K.isRegExp(o)) throw new TypeError(what + ' called on incompatible receiver ' + lib.describe(o));
    return o;
  }

  /** RegExpExec (§22.2.7.1): a user `exec` if there is one. */
  function regExpExec(R, S) {
    const exec = R.exec;
    if (exec === regexpExec) return regexpExec.call(R, S);
    if (typeof exec === 'function') {
      const result = exec.call(R, S);
      if (result !== null && !lib.isObject(result)) throw new TypeError('object null is not a function');
      return result;
    }
    requireRegExp(R, 'RegExp.prototype.exec');
    return regexpExec.call(R, S);
  }

  function advance(S, index, unicode) {
    if (!unicode || index + 1 >= S.length) return index + 1;
    const c = S.charCodeAt(index);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = S.charCodeAt(index + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return index + 2;
    }
    return index + 1;
  }

  function hasUnicodeFlag(flags) {
    return flags.indexOf('u') !== -1 || flags.indexOf('v') !== -1;
  }

  /** GetSubstitution (§22.1.3.19.1) with captures and named groups. */
  function getSubstitution(matched, str, position, captures, namedCaptures, replacement) {
    if (replacement.indexOf('$') === -1) return replacement;
    const m = captures.length;
    const tailPos = position + matched.length;
    let result = '';
    for (let i = 0; i < replacement.length; i++) {
      const c = replacement[i];
      if (c !== '$' || i + 1 >= replacement.length) {
        result += c;
        continue;
      }
      const n = replacement[i + 1];
      if (n === '$') {
        result += '$';
        i++;
      } else if (n === '&') {
        result += matched;
        i++;
      } else if (n === '`') {
        result += str.slice(0, position);
        i++;
      } else if (n === "'") {
        if (tailPos < str.length) result += str.slice(tailPos);
        i++;
      } else if (n >= '0' && n <= '9') {
        let digits = n;
        const n2 = replacement[i + 2];
        if (n2 !== undefined && n2 >= '0' && n2 <= '9' && +(n + n2) >= 1 && +(n + n2) <= m) digits = n + n2;
        const index = +digits;
        if (index >= 1 && index <= m) {
          const cap = captures[index - 1];
          if (cap !== undefined) result += cap;
          i += digits.length;
        } else {
          result += '$';
        }
      } else if (n === '<') {
        const end = replacement.indexOf('>', i + 2);
        if (namedCaptures === undefined || end === -1) {
          result += '$';
        } else {
          const groupName = replacement.slice(i + 2, end);
          const capture = namedCaptures[groupName];
          if (capture !== undefined) result += toStr(capture);
          i = end;
        }
      } else {
        result += '$';
      }
    }
    return result;
  }

  function flagGetter(o, flag, name) {
    if (!lib.isObject(o)) throw new TypeError('RegExp.prototype.' + name + ' getter called on non-object ' + lib.describe(o));
    const flags = K.regexpFlags(o);
    if (flags === undefined) {
      if (o === RegExpPrototype) return undefined;
      throw new TypeError('RegExp.prototype.' + name + ' getter called on non-RegExp object');
    }
    return flags.indexOf(flag) !== -1;
  }

  /** EscapeRegExpPattern: `/` and line terminators escaped so that toString round-trips. */
  function escapeSource(src) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') {
        const d = i + 1 < src.length ? src[++i] : '';
        if (d === '\n') out += '\\n';
        else if (d === '\r') out += '\\r';
        else if (d === '\u2028') out += '\\u2028';
        else if (d === '\u2029') out += '\\u2029';
        else out += c + d;
        continue;
      }
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      if (c === '/' && !inClass) out += '\\/';
      else if (c === '\n') out += '\\n';
      else if (c === '\r') out += '\\r';
      else if (c === '\u2028') out += '\\u2028';
      else if (c === '\u2029') out += '\\u2029';
      else out += c;
    }
    return out;
  }

  const proto = {
    exec: regexpExec,
    test(S) {
      if (typeof S === 'string') {
        const fast = K.regexpTest(this, S);
        if (fast !== undefined) return fast;
      }
      if (!lib.isObject(this)) throw new TypeError('Method RegExp.prototype.test called on incompatible receiver ' + lib.describe(this));
      const str = toStr(S);
      const fast = K.regexpTest(this, str);
      if (fast !== undefined) return fast;
      return regExpExec(this, str) !== null;
    },
    toString() {
      if (!lib.isObject(this)) throw new TypeError('Method RegExp.prototype.toString called on incompatible receiver ' + lib.describe(this));
      return '/' + toStr(this.source) + '/' + toStr(this.flags);
    },
    compile(pattern, flags) {
      requireRegExp(this, 'Method RegExp.prototype.compile');
      if (K.isRegExp(pattern)) {
        if (flags !== undefined) throw new TypeError('Cannot supply flags when constructing one RegExp from another');
        return initialize(this, K.regexpSource(pattern), K.regexpFlags(pattern));
      }
      return initialize(this, pattern, flags);
    },
    get source() {
      if (!lib.isObject(this)) throw new TypeError('RegExp.prototype.source getter called on non-object ' + lib.describe(this));
      const src = K.regexpSource(this);
      if (src === undefined) {
        if (this === RegExpPrototype) return '(?:)';
        throw new TypeError('RegExp.prototype.source getter called on non-RegExp object');
      }
      return src === '' ? '(?:)' : escapeSource(src);
    },
    get flags() {
      if (!lib.isObject(this)) throw new TypeError('RegExp.prototype.flags getter called on non-object ' + lib.describe(this));
      let result = '';
      if (this.hasIndices) result += 'd';
      if (this.global) result += 'g';
      if (this.ignoreCase) result += 'i';
      if (this.multiline) result += 'm';
      if (this.dotAll) result += 's';
      if (this.unicode) result += 'u';
      if (this.unicodeSets) result += 'v';
      if (this.sticky) result += 'y';
      return result;
    },
    get global() {
      return flagGetter(this, 'g', 'global');
    },
    get ignoreCase() {
      return flagGetter(this, 'i', 'ignoreCase');
    },
    get multiline() {
      return flagGetter(this, 'm', 'multiline');
    },
    get dotAll() {
      return flagGetter(this, 's', 'dotAll');
    },
    get unicode() {
      return flagGetter(this, 'u', 'unicode');
    },
    get unicodeSets() {
      return flagGetter(this, 'v', 'unicodeSets');
    },
    get sticky() {
      return flagGetter(this, 'y', 'sticky');
    },
    get hasIndices() {
      return flagGetter(this, 'd', 'hasIndices');
    },
    [Symbol.match](string) {
      if (typeof string === 'string') {
        const fast = K.regexpMatch(this, string);
        if (fast !== undefined) return fast;
      }
      const rx = this;
      if (!lib.isObject(rx)) throw new TypeError('RegExp.prototype.@@match called on incompatible receiver ' + lib.describe(rx));
      const S = toStr(string);
      const fast = K.regexpMatch(rx, S);
      if (fast !== undefined) return fast;
      const flags = toStr(rx.flags);
      if (flags.indexOf('g') === -1) return regExpExec(rx, S);
      const fullUnicode = hasUnicodeFlag(flags);
      rx.lastIndex = 0;
      const A = [];
      for (;;) {
        const result = regExpExec(rx, S);
        if (result === null) return A.length === 0 ? null : A;
        const matchStr = toStr(result[0]);
        A.push(matchStr);
        if (matchStr === '') rx.lastIndex = advance(S, lib.toLength(rx.lastIndex), fullUnicode);
      }
    },
    [Symbol.matchAll](string) {
      const R = this;
      if (!lib.isObject(R)) throw new TypeError('RegExp.prototype.@@matchAll called on incompatible receiver ' + lib.describe(R));
      const S = toStr(string);
      const C = lib.speciesConstructor(R, RegExp);
      const flags = toStr(R.flags);
      const matcher = new C(R, flags);
      matcher.lastIndex = lib.toLength(R.lastIndex);
      const global = flags.indexOf('g') !== -1;
      const fullUnicode = hasUnicodeFlag(flags);
      return new RegExpStringIterator(matcher, S, global, fullUnicode);
    },
    [Symbol.replace](string, replaceValue) {
      if (typeof string === 'string' && (typeof replaceValue === 'string' || typeof replaceValue === 'function')) {
        const fast = K.regexpReplace(this, string, replaceValue);
        if (fast !== undefined) return fast;
      }
      const rx = this;
      if (!lib.isObject(rx)) throw new TypeError('RegExp.prototype.@@replace called on incompatible receiver ' + lib.describe(rx));
      const S = toStr(string);
      const lengthS = S.length;
      const functional = typeof replaceValue === 'function';
      if (!functional) replaceValue = toStr(replaceValue);
      const fast = K.regexpReplace(rx, S, replaceValue);
      if (fast !== undefined) return fast;
      const flags = toStr(rx.flags);
      const global = flags.indexOf('g') !== -1;
      let fullUnicode = false;
      if (global) {
        fullUnicode = hasUnicodeFlag(flags);
        rx.lastIndex = 0;
      }
      const results = [];
      for (;;) {
        const result = regExpExec(rx, S);
        if (result === null) break;
        results.push(result);
        if (!global) break;
        const matchStr = toStr(result[0]);
        if (matchStr === '') rx.lastIndex = advance(S, lib.toLength(rx.lastIndex), fullUnicode);
      }
      let accumulated = '';
      let nextSourcePosition = 0;
      for (let r = 0; r < results.length; r++) {
        const result = results[r];
        const nCaptures = Math.max(lib.lengthOf(result) - 1, 0);
        const matched = toStr(result[0]);
        const position = Math.max(Math.min(lib.toIntegerOrInfinity(result.index), lengthS), 0);
        const captures = [];
        for (let n = 1; n <= nCaptures; n++) {
          const capN = result[n];
          captures.push(capN === undefined ? undefined : toStr(capN));
        }
        let namedCaptures = result.groups;
        let replacement;
        if (functional) {
          const args = [matched].concat(captures, [position, S]);
          if (namedCaptures !== undefined) args.push(namedCaptures);
          replacement = toStr(replaceValue.apply(undefined, args));
        } else {
          if (namedCaptures !== undefined) namedCaptures = lib.toObject(namedCaptures);
          replacement = getSubstitution(matched, S, position, captures, namedCaptures, replaceValue);
        }
        if (position >= nextSourcePosition) {
          accumulated += S.slice(nextSourcePosition, position) + replacement;
          nextSourcePosition = position + matched.length;
        }
      }
      if (nextSourcePosition >= lengthS) return accumulated;
      return accumulated + S.slice(nextSourcePosition);
    },
    [Symbol.search](string) {
      if (typeof string === 'string') {
        const fast = K.regexpSearch(this, string);
        if (fast !== undefined) return fast;
      }
      const rx = this;
      if (!lib.isObject(rx)) throw new TypeError('RegExp.prototype.@@search called on incompatible receiver ' + lib.describe(rx));
      const S = toStr(string);
      const fast = K.regexpSearch(rx, S);
      if (fast !== undefined) return fast;
      const previousLastIndex = rx.lastIndex;
      if (!Object.is(previousLastIndex, 0)) rx.lastIndex = 0;
      const result = regExpExec(rx, S);
      const currentLastIndex = rx.lastIndex;
      if (!Object.is(currentLastIndex, previousLastIndex)) rx.lastIndex = previousLastIndex;
      return result === null ? -1 : result.index;
    },
    [Symbol.split](string, limit) {
      const rx = this;
      if (!lib.isObject(rx)) throw new TypeError('RegExp.prototype.@@split called on incompatible receiver ' + lib.describe(rx));
      const S = toStr(string);
      if (limit === undefined || (typeof limit === 'number' && limit >= 0 && limit < 0x40000000 && limit === (limit | 0))) {
        const fast = K.regexpSplit(rx, S, limit);
        if (fast !== undefined) return fast;
      }
      const C = lib.speciesConstructor(rx, RegExp);
      const flags = toStr(rx.flags);
      const unicodeMatching = hasUnicodeFlag(flags);
      const newFlags = flags.indexOf('y') !== -1 ? flags : flags + 'y';
      const splitter = new C(rx, newFlags);
      const A = [];
      const lim = limit === undefined ? 4294967295 : lib.toNumber(limit) >>> 0;
      if (lim === 0) return A;
      const size = S.length;
      if (size === 0) {
        if (regExpExec(splitter, S) !== null) return A;
        A.push(S);
        return A;
      }
      let p = 0;
      let q = p;
      while (q < size) {
        splitter.lastIndex = q;
        const z = regExpExec(splitter, S);
        if (z === null) {
          q = advance(S, q, unicodeMatching);
          continue;
        }
        const e = Math.min(lib.toLength(splitter.lastIndex), size);
        if (e === p) {
          q = advance(S, q, unicodeMatching);
          continue;
        }
        A.push(S.slice(p, q));
        if (A.length === lim) return A;
        p = e;
        const numberOfCaptures = Math.max(lib.lengthOf(z) - 1, 0);
        for (let i = 1; i <= numberOfCaptures; i++) {
          A.push(z[i]);
          if (A.length === lim) return A;
        }
        q = p;
      }
      A.push(S.slice(p, size));
      return A;
    },
  };

  class RegExpStringIterator {
    #matcher;
    #string;
    #global;
    #unicode;
    #done = false;

    constructor(matcher, string, global, unicode) {
      this.#matcher = matcher;
      this.#string = string;
      this.#global = global;
      this.#unicode = unicode;
    }

    static has(o) {
      return lib.isObject(o) && #matcher in o;
    }

    next() {
      if (!RegExpStringIterator.has(this)) {
        throw new TypeError('Method %RegExpStringIterator%.prototype.next called on incompatible receiver ' + lib.describe(this));
      }
      if (this.#done) return { value: undefined, done: true };
      const R = this.#matcher;
      const S = this.#string;
      const match = regExpExec(R, S);
      if (match === null) {
        this.#done = true;
        return { value: undefined, done: true };
      }
      if (!this.#global) {
        this.#done = true;
        return { value: match, done: false };
      }
      const matchStr = toStr(match[0]);
      if (matchStr === '') R.lastIndex = advance(S, lib.toLength(R.lastIndex), this.#unicode);
      return { value: match, done: false };
    }
  }
  const RegExpStringIteratorPrototype = RegExpStringIterator.prototype;
  delete RegExpStringIteratorPrototype.constructor;
  Object.setPrototypeOf(RegExpStringIteratorPrototype, lib.IteratorPrototype);
  lib.defineMethods(RegExpStringIteratorPrototype, { next: RegExpStringIteratorPrototype.next });
  lib.defineReadOnly(RegExpStringIteratorPrototype, Symbol.toStringTag, 'RegExp String Iterator');

  // --- RegExp.escape (ES2025) -------------------------------------------------------------------

  function hex(n, width) {
    let s = n.toString(16);
    while (s.length < width) s = '0' + s;
    return s;
  }

  function isWhiteSpaceOrLineTerminator(c) {
    return c === 9 || c === 11 || c === 12 || c === 32 || c === 160 || c === 0xfeff || c === 10 || c === 13 ||
      c === 0x2028 || c === 0x2029 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
  }

  function encodeForRegExpEscape(c) {
    if (isSyntaxChar(c) || c === 47) return '\\' + String.fromCharCode(c);
    if (c === 9) return '\\t';
    if (c === 10) return '\\n';
    if (c === 11) return '\\v';
    if (c === 12) return '\\f';
    if (c === 13) return '\\r';
    const punctuators = ",-=<>#&!%:;@~'`\"";
    if ((c < 128 && punctuators.indexOf(String.fromCharCode(c)) !== -1) || isWhiteSpaceOrLineTerminator(c) ||
        (c >= 0xd800 && c <= 0xdfff)) {
      if (c <= 0xff) return '\\x' + hex(c, 2);
      return '\\u' + hex(c, 4);
    }
    return String.fromCodePoint(c);
  }

  const statics = {
    escape(S) {
      if (typeof S !== 'string') throw new TypeError('RegExp.escape requires a string');
      let escaped = '';
      for (let i = 0; i < S.length; i++) {
        let c = S.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < S.length) {
          const d = S.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
            i++;
          }
        }
        if (escaped === '' && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
          escaped += '\\x' + hex(c, 2);
        } else {
          escaped += encodeForRegExpEscape(c);
        }
      }
      return escaped;
    },
    get [Symbol.species]() {
      return this;
    },
  };

  lib.defineMethods(RegExpPrototype, proto, { __proto__: null, compile: 2 });
  lib.defineMethods(RegExp, statics);

  // Annex B legacy static properties (RegExp.$1 … $9, input/$_, lastMatch/$&, lastParen/$+,
  // leftContext/$`, rightContext/$'): accessors on %RegExp% itself reading the last successful
  // match the kernel recorded; other receivers throw TypeError.
  function legacyCapture(g) {
    const input = K.regexpLegacy(0);
    if (input === undefined) return '';
    const s = K.regexpLegacy(1 + 2 * g);
    const e = K.regexpLegacy(2 + 2 * g);
    return s < 0 || e < 0 ? '' : input.slice(s, e);
  }
  function legacyGetter(name, read) {
    return function () {
      if (this !== RegExp) throw new TypeError('RegExp.' + name + ' getter called on an incompatible receiver');
      return read();
    };
  }
  // RegExp.input = v holds until the next match (seen as a different recorded input or start).
  let legacyInput;
  let legacyInputAt = [undefined, undefined];
  const legacy = {
    input: () => {
      if (legacyInput !== undefined && legacyInputAt[0] === K.regexpLegacy(0) && legacyInputAt[1] === K.regexpLegacy(1)) return legacyInput;
      return K.regexpLegacy(0) === undefined ? '' : K.regexpLegacy(0);
    },
    lastMatch: () => legacyCapture(0),
    lastParen: () => {
      for (let g = 9; g >= 1; g--) if (K.regexpLegacy(1 + 2 * g) >= 0) return legacyCapture(g);
      return '';
    },
    leftContext: () => {
      const input = K.regexpLegacy(0);
      return input === undefined ? '' : input.slice(0, K.regexpLegacy(1));
    },
    rightContext: () => {
      const input = K.regexpLegacy(0);
      return input === undefined ? '' : input.slice(K.regexpLegacy(2));
    },
  };
  const aliases = { input: '$_', lastMatch: '$&', lastParen: '$+', leftContext: '$`', rightContext: "$'" };
  for (const name of ['input', 'lastMatch', 'lastParen', 'leftContext', 'rightContext']) {
    for (const key of [name, aliases[name]]) {
      const get = lib.setFunctionName(legacyGetter(key, legacy[name]), 'get ' + key);
      let set;
      if (name === 'input') {
        set = lib.setFunctionName(function (v) {
          if (this !== RegExp) throw new TypeError('RegExp.' + key + ' setter called on an incompatible receiver');
          legacyInput = toStr(v);
          legacyInputAt = [K.regexpLegacy(0), K.regexpLegacy(1)];
        }, 'set ' + key);
      }
      Object.defineProperty(RegExp, key, { get, set, enumerable: false, configurable: true });
    }
  }
  for (let g = 1; g <= 9; g++) {
    const get = lib.setFunctionName(legacyGetter('$' + g, () => legacyCapture(g)), 'get $' + g);
    Object.defineProperty(RegExp, '$' + g, { get, set: undefined, enumerable: false, configurable: true });
  }
  lib.setFunctionLength(RegExp, 2);
  Object.defineProperty(RegExp, 'prototype', { writable: false });
  if (typeof K.markBuiltin === 'function') K.markBuiltin(RegExp);
  lib.markBuiltins(RegExp); // the legacy accessors: their toString is native code

  // String.prototype.split delegates to @@split for objects that have one.
  const kernelSplit = String.prototype.split;
  lib.defineMethods(String.prototype, {
    split(separator, limit) {
      if (this === null || this === undefined) throw new TypeError('String.prototype.split called on null or undefined');
      if (lib.isObject(separator)) {
        const splitter = separator[Symbol.split];
        if (splitter !== undefined && splitter !== null) return splitter.call(separator, this, limit);
      }
      return kernelSplit.call(this, separator, limit);
    },
  }, { split: 2 });

  lib.defineGlobal('RegExp', RegExp);
  if (typeof K.setIntrinsic === 'function') K.setIntrinsic('RegExpPrototype', RegExpPrototype);
  lib.isRegExpObject = (v) => K.isRegExp(v);
  K.regexpSaveState(RegExpPrototype, regexpExec, RegExp);
})(__ouro);
