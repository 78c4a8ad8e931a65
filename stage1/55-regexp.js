// RegExp: a backtracking matcher in JavaScript (the kernel creates regexp literals by calling the
// global RegExp constructor). Supported: alternation, groups (capturing, named, non-capturing),
// lookahead and lookbehind, backreferences (numbered and named), greedy and lazy quantifiers,
// classes with ranges and \d\w\s escapes, \b \B ^ $ anchors, the flags d g i m s u y.
// Case-insensitive matching compares simple case mappings (toLowerCase/toUpperCase of one
// character); Unicode property escapes (\p{...}) and the v flag are not supported.
//
// The pattern is parsed to a tree and compiled to matcher closures m(i, k): try to match at
// index i and call the continuation k with the end index; they return the final end or -1.
// Quantifiers over a single character (the common case) loop instead of recursing.
(function (K) {
  'use strict';

  const lib = K.lib;

  function syntaxError(source, message) {
    return new SyntaxError('Invalid regular expression: /' + source + '/: ' + message);
  }

  // --- Parser --------------------------------------------------------------------------------------

  const DIGIT = [[48, 57]];
  const WORD = [[48, 57], [65, 90], [95, 95], [97, 122]];
  const SPACE = [[9, 13], [32, 32], [160, 160], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029],
    [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];

  class Parser {
    constructor(source, unicode, named) {
      this.s = source;
      this.i = 0;
      this.unicode = unicode;
      this.groupCount = 0;
      this.names = [];
      this.hasNamed = named;
      this.backrefNames = [];
    }

    error(message) {
      return syntaxError(this.s, message);
    }

    peek() {
      return this.s[this.i];
    }

    eat(c) {
      if (this.s[this.i] === c) {
        this.i++;
        return true;
      }
      return false;
    }

    parse() {
      const node = this.disjunction();
      if (this.i < this.s.length) {
        if (this.s[this.i] === ')') throw this.error('Unmatched \')\'');
        throw this.error('Unexpected character');
      }
      for (let i = 0; i < this.backrefNames.length; i++) {
        if (this.names.indexOf(this.backrefNames[i]) === -1) throw this.error('Invalid named capture referenced');
      }
      return node;
    }

    disjunction() {
      const alts = [this.alternative()];
      while (this.eat('|')) alts.push(this.alternative());
      return alts.length === 1 ? alts[0] : { type: 'alt', alts };
    }

    alternative() {
      const items = [];
      while (this.i < this.s.length && this.peek() !== '|' && this.peek() !== ')') {
        const atom = this.term();
        if (atom !== null) items.push(atom);
      }
      return { type: 'seq', items };
    }

    term() {
      const c = this.peek();
      if (c === '^') {
        this.i++;
        return { type: 'bol' };
      }
      if (c === '$') {
        this.i++;
        return { type: 'eol' };
      }
      if (c === '\\' && (this.s[this.i + 1] === 'b' || this.s[this.i + 1] === 'B')) {
        this.i += 2;
        return { type: 'wordb', neg: this.s[this.i - 1] === 'B' };
      }
      if (c === '(' && this.s[this.i + 1] === '?') {
        const d = this.s[this.i + 2];
        const e = this.s[this.i + 3];
        if (d === '=' || d === '!' || (d === '<' && (e === '=' || e === '!'))) {
          const behind = d === '<';
          this.i += behind ? 4 : 3;
          const neg = behind ? e === '!' : d === '!';
          const body = this.disjunction();
          if (!this.eat(')')) throw this.error('Unterminated group');
          const look = { type: 'look', behind, neg, body };
          // Lookaheads may take a quantifier outside unicode mode (Annex B).
          if (!behind && !this.unicode) return this.quantifier(look);
          return look;
        }
      }
      return this.quantifier(this.atom());
    }

    quantifier(atom) {
      let min;
      let max;
      const c = this.peek();
      if (c === '*') {
        min = 0;
        max = Infinity;
        this.i++;
      } else if (c === '+') {
        min = 1;
        max = Infinity;
        this.i++;
      } else if (c === '?') {
        min = 0;
        max = 1;
        this.i++;
      } else if (c === '{') {
        const save = this.i;
        this.i++;
        const a = this.digits();
        if (a < 0) {
          this.i = save;
          if (this.unicode) throw this.error('Incomplete quantifier');
          return atom;
        }
        min = a;
        max = a;
        if (this.eat(',')) {
          const b = this.digits();
          max = b < 0 ? Infinity : b;
        }
        if (!this.eat('}')) {
          this.i = save;
          if (this.unicode) throw this.error('Incomplete quantifier');
          return atom;
        }
        if (max < min) throw this.error('numbers out of order in {} quantifier');
      } else {
        return atom;
      }
      if (atom.type === 'bol' || atom.type === 'eol' || atom.type === 'wordb' || (atom.type === 'look' && atom.behind)) {
        throw this.error('Nothing to repeat');
      }
      const greedy = !this.eat('?');
      return { type: 'quant', body: atom, min, max, greedy, firstGroup: atom.firstGroup, lastGroup: atom.lastGroup };
    }

    digits() {
      const start = this.i;
      let v = 0;
      while (this.i < this.s.length) {
        const c = this.s.charCodeAt(this.i);
        if (c < 48 || c > 57) break;
        v = v * 10 + (c - 48);
        this.i++;
      }
      return this.i === start ? -1 : v;
    }

    atom() {
      const c = this.peek();
      if (c === '.') {
        this.i++;
        return { type: 'dot' };
      }
      if (c === '(') {
        this.i++;
        let capture = -1;
        let name;
        if (this.eat('?')) {
          if (this.eat(':')) {
            // non-capturing
          } else if (this.eat('<')) {
            const end = this.s.indexOf('>', this.i);
            if (end === -1) throw this.error('Invalid capture group name');
            name = this.s.slice(this.i, end);
            if (name === '' || this.names.indexOf(name) !== -1) throw this.error(name === '' ? 'Invalid capture group name' : 'Duplicate capture group name');
            this.i = end + 1;
            capture = ++this.groupCount;
            this.names[capture] = name;
          } else {
            throw this.error('Invalid group');
          }
        } else {
          capture = ++this.groupCount;
        }
        const first = capture !== -1 ? capture : this.groupCount + 1;
        const body = this.disjunction();
        if (!this.eat(')')) throw this.error('Unterminated group');
        return { type: 'group', capture, name, body, firstGroup: first, lastGroup: this.groupCount };
      }
      if (c === '[') return this.classAtom();
      if (c === '\\') return this.escapeAtom();
      if (c === '*' || c === '+' || c === '?') throw this.error('Nothing to repeat');
      if (c === '{' && this.unicode) throw this.error('Lone quantifier brackets');
      if ((c === ']' || c === '}') && this.unicode) throw this.error('Lone quantifier brackets');
      return { type: 'char', c: this.readChar() };
    }

    /** The next character as a code point (a surrogate pair is one in unicode mode). */
    readChar() {
      const s = this.s;
      const c = s.charCodeAt(this.i++);
      if (this.unicode && c >= 0xd800 && c <= 0xdbff && this.i < s.length) {
        const d = s.charCodeAt(this.i);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.i++;
          return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        }
      }
      return c;
    }

    escapeAtom() {
      this.i++;
      const c = this.peek();
      if (c === undefined) throw this.error('\\ at end of pattern');
      if (c >= '1' && c <= '9') {
        const save = this.i;
        const n = this.digits();
        // Resolved after parsing: a reference to a group that does not exist is an octal escape.
        return { type: 'backref', index: n, save };
      }
      if (c === 'k' && (this.hasNamed || this.unicode)) {
        this.i++;
        if (!this.eat('<')) throw this.error('Invalid named reference');
        const end = this.s.indexOf('>', this.i);
        if (end === -1) throw this.error('Invalid named reference');
        const name = this.s.slice(this.i, end);
        this.i = end + 1;
        this.backrefNames.push(name);
        return { type: 'backref', name };
      }
      const cls = this.classEscape();
      if (cls !== null) return cls;
      return { type: 'char', c: this.characterEscape() };
    }

    /** \d \D \w \W \s \S as a class node, or null. */
    classEscape() {
      const c = this.peek();
      let ranges = null;
      if (c === 'd' || c === 'D') ranges = DIGIT;
      else if (c === 'w' || c === 'W') ranges = WORD;
      else if (c === 's' || c === 'S') ranges = SPACE;
      if (ranges === null) return null;
      this.i++;
      return { type: 'class', ranges, negate: c === 'D' || c === 'W' || c === 'S', items: null };
    }

    characterEscape() {
      const c = this.s[this.i++];
      switch (c) {
        case 'n': return 10;
        case 'r': return 13;
        case 't': return 9;
        case 'v': return 11;
        case 'f': return 12;
        case '0': {
          const d = this.s.charCodeAt(this.i);
          if (d >= 48 && d <= 57) {
            if (this.unicode) throw this.error('Invalid decimal escape');
            return this.octal(0);
          }
          return 0;
        }
        case 'c': {
          const d = this.s.charCodeAt(this.i);
          if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122)) {
            this.i++;
            return d % 32;
          }
          if (this.unicode) throw this.error('Invalid unicode escape');
          this.i--;
          return 92;
        }
        case 'x': {
          const h = hexValue(this.s.charCodeAt(this.i));
          const l = hexValue(this.s.charCodeAt(this.i + 1));
          if (h >= 0 && l >= 0) {
            this.i += 2;
            return h * 16 + l;
          }
          if (this.unicode) throw this.error('Invalid escape');
          return 120;
        }
        case 'u': {
          if (this.unicode && this.s[this.i] === '{') {
            const end = this.s.indexOf('}', this.i);
            let v = 0;
            for (let k = this.i + 1; k < end; k++) {
              const h = hexValue(this.s.charCodeAt(k));
              if (h < 0) throw this.error('Invalid Unicode escape');
              v = v * 16 + h;
            }
            if (end === -1 || end === this.i + 1 || v > 0x10ffff) throw this.error('Invalid Unicode escape');
            this.i = end + 1;
            return v;
          }
          let v = 0;
          for (let k = 0; k < 4; k++) {
            const h = hexValue(this.s.charCodeAt(this.i + k));
            if (h < 0) {
              if (this.unicode) throw this.error('Invalid Unicode escape');
              return 117;
            }
            v = v * 16 + h;
          }
          this.i += 4;
          if (this.unicode && v >= 0xd800 && v <= 0xdbff && this.s[this.i] === '\\' && this.s[this.i + 1] === 'u') {
            let w = 0;
            let ok = true;
            for (let k = 0; k < 4 && ok; k++) {
              const h = hexValue(this.s.charCodeAt(this.i + 2 + k));
              if (h < 0) ok = false;
              else w = w * 16 + h;
            }
            if (ok && w >= 0xdc00 && w <= 0xdfff) {
              this.i += 6;
              return (v - 0xd800) * 0x400 + (w - 0xdc00) + 0x10000;
            }
          }
          return v;
        }
        default: {
          this.i--;
          const code = this.readChar();
          if (this.unicode) {
            const ch = String.fromCharCode(code);
            if ('^$\\.*+?()[]{}|/-'.indexOf(ch) === -1) throw this.error('Invalid escape');
          }
          return code;
        }
      }
    }

    octal(first) {
      let v = first;
      for (let k = 0; k < 2; k++) {
        const d = this.s.charCodeAt(this.i);
        if (d < 48 || d > 55 || v * 8 + (d - 48) > 255) break;
        v = v * 8 + (d - 48);
        this.i++;
      }
      return v;
    }

    classAtom() {
      this.i++;
      const negate = this.eat('^');
      const ranges = [];
      const items = [];
      while (this.peek() !== ']') {
        if (this.i >= this.s.length) throw this.error('Unterminated character class');
        const lo = this.classChar(items);
        if (lo < 0) continue;
        if (this.peek() === '-' && this.s[this.i + 1] !== ']' && this.i + 1 < this.s.length) {
          this.i++;
          const hi = this.classChar(items);
          if (hi < 0) {
            if (this.unicode) throw this.error('Invalid character class');
            ranges.push([lo, lo], [45, 45]);
            continue;
          }
          if (hi < lo) throw this.error('Range out of order in character class');
          ranges.push([lo, hi]);
        } else {
          ranges.push([lo, lo]);
        }
      }
      this.i++;
      return { type: 'class', ranges, negate, items };
    }

    /** One class character (code point), or -1 after pushing a class escape into `items`. */
    classChar(items) {
      const c = this.peek();
      if (c !== '\\') return this.readChar();
      this.i++;
      const e = this.peek();
      if (e === 'b') {
        this.i++;
        return 8;
      }
      if (e === '-') {
        this.i++;
        return 45;
      }
      const cls = this.classEscape();
      if (cls !== null) {
        items.push(cls);
        return -1;
      }
      if (e >= '1' && e <= '9' && !this.unicode) {
        return this.octal(0);
      }
      return this.characterEscape();
    }
  }

  function hexValue(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  }

  /** Backreferences to groups that do not exist become octal escapes / literal digits (Annex B). */
  function fixBackrefs(node, parser) {
    if (node === null || typeof node !== 'object') return node;
    if (node.type === 'backref' && node.name === undefined && node.index > parser.groupCount) {
      if (parser.unicode) throw parser.error('Invalid escape');
      const digits = String(node.index);
      const items = [];
      let v = 0;
      let k = 0;
      while (k < digits.length && digits.charCodeAt(k) <= 55 && v * 8 + (digits.charCodeAt(k) - 48) <= 255) {
        v = v * 8 + (digits.charCodeAt(k) - 48);
        k++;
      }
      if (k > 0) items.push({ type: 'char', c: v });
      for (; k < digits.length; k++) items.push({ type: 'char', c: digits.charCodeAt(k) });
      return { type: 'seq', items };
    }
    if (node.type === 'alt') node.alts = node.alts.map((n) => fixBackrefs(n, parser));
    else if (node.type === 'seq') node.items = node.items.map((n) => fixBackrefs(n, parser));
    else if (node.body !== undefined) node.body = fixBackrefs(node.body, parser);
    return node;
  }

  // --- Compiler to matcher closures -------------------------------------------------------------

  function isWordChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);
  }

  function canonicalize(c, unicode) {
    if (c < 65) return c;
    const s = String.fromCharCode(c);
    if (c > 0xffff) return c;
    const u = s.toUpperCase();
    if (u.length !== 1) return c;
    const uc = u.charCodeAt(0);
    if (!unicode && c >= 128 && uc < 128) return c;
    return uc;
  }

  function inRanges(ranges, c) {
    for (let i = 0; i < ranges.length; i++) {
      if (c >= ranges[i][0] && c <= ranges[i][1]) return true;
    }
    return false;
  }

  function classMatches(node, c, icase, unicode) {
    let hit = inRanges(node.ranges, c);
    if (!hit && node.items !== null) {
      for (let i = 0; i < node.items.length && !hit; i++) {
        const it = node.items[i];
        hit = inRanges(it.ranges, c) !== it.negate;
      }
    }
    if (!hit && icase) {
      const cc = canonicalize(c, unicode);
      const lower = String.fromCharCode(c).toLowerCase();
      const lc = lower.length === 1 ? lower.charCodeAt(0) : c;
      for (let i = 0; i < node.ranges.length && !hit; i++) {
        const r = node.ranges[i];
        if ((cc >= r[0] && cc <= r[1]) || (lc >= r[0] && lc <= r[1])) hit = true;
        else if (r[1] - r[0] < 400) {
          for (let x = r[0]; x <= r[1] && !hit; x++) if (canonicalize(x, unicode) === cc) hit = true;
        }
      }
    }
    return hit !== node.negate;
  }

  /** Compiles `node`; the returned function is m(state, i, k) -> end index or -1. */
  function compile(node, flags) {
    const icase = flags.indexOf('i') !== -1;
    const multiline = flags.indexOf('m') !== -1;
    const dotAll = flags.indexOf('s') !== -1;
    const unicode = flags.indexOf('u') !== -1;

    // Reads the character at i (forward) as { c, n } packed: c * 4 + width; -1 at the end.
    function charAt(st, i) {
      const s = st.input;
      if (i >= s.length) return -1;
      const c = s.charCodeAt(i);
      if (unicode && c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) * 4 + 2;
      }
      return c * 4 + 1;
    }

    function charBefore(st, i) {
      const s = st.input;
      if (i <= 0) return -1;
      const c = s.charCodeAt(i - 1);
      if (unicode && c >= 0xdc00 && c <= 0xdfff && i - 2 >= 0) {
        const h = s.charCodeAt(i - 2);
        if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000) * 4 + 2;
      }
      return c * 4 + 1;
    }

    /** A predicate for single-character nodes, or null. */
    function charTest(n) {
      if (n.type === 'char') {
        const want = n.c;
        if (!icase) return (c) => c === want;
        const cw = canonicalize(want, unicode);
        return (c) => c === want || canonicalize(c, unicode) === cw;
      }
      if (n.type === 'dot') {
        if (dotAll) return () => true;
        return (c) => c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029;
      }
      if (n.type === 'class') return (c) => classMatches(n, c, icase, unicode);
      return null;
    }

    function gen(n, backward) {
      switch (n.type) {
        case 'seq': {
          const parts = n.items.map((item) => gen(item, backward));
          if (parts.length === 0) return (st, i, k) => k(i);
          if (backward) parts.reverse();
          let m = parts[parts.length - 1];
          for (let p = parts.length - 2; p >= 0; p--) {
            const first = parts[p];
            const rest = m;
            m = (st, i, k) => first(st, i, (j) => rest(st, j, k));
          }
          return m;
        }
        case 'alt': {
          const alts = n.alts.map((a) => gen(a, backward));
          return (st, i, k) => {
            for (let a = 0; a < alts.length; a++) {
              const r = alts[a](st, i, k);
              if (r !== -1) return r;
            }
            return -1;
          };
        }
        case 'bol':
          return (st, i, k) => {
            if (i === 0 || (multiline && isLineTerminator(st.input.charCodeAt(i - 1)))) return k(i);
            return -1;
          };
        case 'eol':
          return (st, i, k) => {
            if (i === st.input.length || (multiline && isLineTerminator(st.input.charCodeAt(i)))) return k(i);
            return -1;
          };
        case 'wordb':
          return (st, i, k) => {
            const a = i > 0 && isWordChar(st.input.charCodeAt(i - 1));
            const b = i < st.input.length && isWordChar(st.input.charCodeAt(i));
            return (a !== b) !== n.neg ? k(i) : -1;
          };
        case 'group': {
          const body = gen(n.body, backward);
          const cap = n.capture;
          if (cap === -1) return body;
          return (st, i, k) => {
            const caps = st.caps;
            const oldStart = caps[cap * 2];
            const oldEnd = caps[cap * 2 + 1];
            const r = body(st, i, (j) => {
              const s0 = caps[cap * 2];
              const e0 = caps[cap * 2 + 1];
              if (backward) {
                caps[cap * 2] = j;
                caps[cap * 2 + 1] = i;
              } else {
                caps[cap * 2] = i;
                caps[cap * 2 + 1] = j;
              }
              const r2 = k(j);
              if (r2 === -1) {
                caps[cap * 2] = s0;
                caps[cap * 2 + 1] = e0;
              }
              return r2;
            });
            if (r === -1) {
              caps[cap * 2] = oldStart;
              caps[cap * 2 + 1] = oldEnd;
            }
            return r;
          };
        }
        case 'look': {
          const body = gen(n.body, n.behind);
          return (st, i, k) => {
            const saved = st.caps.slice();
            const r = body(st, i, (j) => j);
            if (n.neg) {
              st.caps = saved;
              if (r !== -1) return -1;
              return k(i);
            }
            if (r === -1) {
              st.caps = saved;
              return -1;
            }
            const r2 = k(i);
            if (r2 === -1) st.caps = saved;
            return r2;
          };
        }
        case 'backref':
          return (st, i, k) => {
            const index = n.name !== undefined ? st.names.indexOf(n.name) : n.index;
            const s0 = st.caps[index * 2];
            const e0 = st.caps[index * 2 + 1];
            if (s0 === -1 || e0 === -1) return k(i);
            const len = e0 - s0;
            const input = st.input;
            const from = backward ? i - len : i;
            if (from < 0 || from + len > input.length) return -1;
            for (let x = 0; x < len; x++) {
              const a = input.charCodeAt(s0 + x);
              const b = input.charCodeAt(from + x);
              if (a !== b && !(icase && canonicalize(a, unicode) === canonicalize(b, unicode))) return -1;
            }
            return k(backward ? from : i + len);
          };
        case 'quant':
          return genQuant(n, backward);
        default: {
          const test = charTest(n);
          if (backward) {
            return (st, i, k) => {
              const cw = charBefore(st, i);
              if (cw === -1 || !test(cw >> 2)) return -1;
              return k(i - (cw & 3));
            };
          }
          return (st, i, k) => {
            const cw = charAt(st, i);
            if (cw === -1 || !test(cw >> 2)) return -1;
            return k(i + (cw & 3));
          };
        }
      }
    }

    function genQuant(n, backward) {
      const { min, max, greedy } = n;
      const test = charTest(n.body);
      if (test !== null && !backward) {
        // A single character: scan, then try the continuation from the longest (greedy) or
        // shortest (lazy) run, remembering positions (widths differ in unicode mode).
        return (st, i, k) => {
          const ends = [i];
          let j = i;
          while (ends.length - 1 < max) {
            const cw = charAt(st, j);
            if (cw === -1 || !test(cw >> 2)) break;
            j += cw & 3;
            ends.push(j);
            if (!greedy && ends.length - 1 >= min) break;
          }
          if (greedy) {
            for (let c = ends.length - 1; c >= min; c--) {
              const r = k(ends[c]);
              if (r !== -1) return r;
            }
            return -1;
          }
          // Lazy: extend one at a time.
          let count = ends.length - 1;
          if (count < min) return -1;
          let pos = ends[count];
          for (;;) {
            const r = k(pos);
            if (r !== -1) return r;
            if (count >= max) return -1;
            const cw = charAt(st, pos);
            if (cw === -1 || !test(cw >> 2)) return -1;
            pos += cw & 3;
            count++;
          }
        };
      }
      const body = gen(n.body, backward);
      const first = n.firstGroup;
      const last = n.lastGroup;
      const clearGroups = (st) => {
        if (first === undefined || last === undefined) return;
        for (let g = first; g <= last; g++) {
          st.caps[g * 2] = -1;
          st.caps[g * 2 + 1] = -1;
        }
      };
      const attempt = (st, i, count, k) => {
        if (count < min) {
          const saved = st.caps.slice();
          clearGroups(st);
          const r = body(st, i, (j) => (j === i && count + 1 > min ? -1 : attempt(st, j, count + 1, k)));
          if (r === -1) st.caps = saved;
          return r;
        }
        if (greedy) {
          if (count < max) {
            const saved = st.caps.slice();
            clearGroups(st);
            const r = body(st, i, (j) => (j === i ? -1 : attempt(st, j, count + 1, k)));
            if (r !== -1) return r;
            st.caps = saved;
          }
          return k(i);
        }
        const r = k(i);
        if (r !== -1 || count >= max) return r;
        const saved = st.caps.slice();
        clearGroups(st);
        const r2 = body(st, i, (j) => (j === i ? -1 : attempt(st, j, count + 1, k)));
        if (r2 === -1) st.caps = saved;
        return r2;
      };
      return (st, i, k) => attempt(st, i, 0, k);
    }

    return gen(node, false);
  }

  function isLineTerminator(c) {
    return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
  }

  // --- RegExp objects -----------------------------------------------------------------------------

  class ReturnsArgument {
    constructor(o) {
      return o;
    }
  }

  class RegExpSlot extends ReturnsArgument {
    #source;
    #flags;
    #matcher;
    #groupCount;
    #names;

    constructor(o, source, flags, matcher, groupCount, names) {
      super(o);
      this.#source = source;
      this.#flags = flags;
      this.#matcher = matcher;
      this.#groupCount = groupCount;
      this.#names = names;
    }

    static has(o) {
      return lib.isObject(o) && #source in o;
    }

    static source(o) {
      return o.#source;
    }

    static flags(o) {
      return o.#flags;
    }

    static matcher(o) {
      return o.#matcher;
    }

    static groupCount(o) {
      return o.#groupCount;
    }

    static names(o) {
      return o.#names;
    }

    static set(o, source, flags, matcher, groupCount, names) {
      o.#source = source;
      o.#flags = flags;
      o.#matcher = matcher;
      o.#groupCount = groupCount;
      o.#names = names;
    }
  }

  const VALID_FLAGS = 'dgimsuy';

  function parseFlags(flags) {
    for (let i = 0; i < flags.length; i++) {
      if (VALID_FLAGS.indexOf(flags[i]) === -1 || flags.indexOf(flags[i]) !== i) {
        throw new SyntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
      }
    }
  }

  /** Compiles source/flags: { matcher, groupCount, names }. */
  function build(source, flags) {
    parseFlags(flags);
    const unicode = flags.indexOf('u') !== -1;
    const parser = new Parser(source, unicode, source.indexOf('(?<') !== -1);
    let tree = parser.parse();
    tree = fixBackrefs(tree, parser);
    return { matcher: compile(tree, flags), groupCount: parser.groupCount, names: parser.names };
  }

  function initialize(obj, pattern, flags) {
    const P = pattern === undefined ? '' : lib.toStringValue(pattern);
    const F = flags === undefined ? '' : lib.toStringValue(flags);
    const compiled = build(P, F);
    if (RegExpSlot.has(obj)) RegExpSlot.set(obj, P, F, compiled.matcher, compiled.groupCount, compiled.names);
    else new RegExpSlot(obj, P, F, compiled.matcher, compiled.groupCount, compiled.names);
    Object.defineProperty(obj, 'lastIndex', { value: 0, writable: true, enumerable: false, configurable: false });
    return obj;
  }

  function isRegExp(v) {
    if (!lib.isObject(v)) return false;
    const matcher = v[Symbol.match];
    if (matcher !== undefined) return !!matcher;
    return RegExpSlot.has(v);
  }

  function RegExp(pattern, flags) {
    const patternIsRegExp = isRegExp(pattern);
    let newTarget = new.target;
    if (newTarget === undefined) {
      newTarget = RegExp;
      if (patternIsRegExp && flags === undefined) {
        const ctor = pattern.constructor;
        if (ctor === RegExp) return pattern;
      }
    }
    let P;
    let F;
    if (RegExpSlot.has(pattern)) {
      P = RegExpSlot.source(pattern);
      F = flags === undefined ? RegExpSlot.flags(pattern) : flags;
    } else if (patternIsRegExp) {
      P = pattern.source;
      F = flags === undefined ? pattern.flags : flags;
    } else {
      P = pattern;
      F = flags;
    }
    const obj = new.target === undefined ? Object.create(RegExp.prototype) : this;
    return initialize(obj, P, F);
  }

  function thisRegExp(o, method) {
    if (!RegExpSlot.has(o)) throw new TypeError(method + ' called on incompatible receiver ' + lib.describe(o));
    return o;
  }

  /** RegExpBuiltinExec (§22.2.7.2). */
  function builtinExec(R, S) {
    const flags = RegExpSlot.flags(R);
    const global = flags.indexOf('g') !== -1;
    const sticky = flags.indexOf('y') !== -1;
    const hasIndices = flags.indexOf('d') !== -1;
    const unicode = flags.indexOf('u') !== -1;
    let lastIndex = lib.toLength(R.lastIndex);
    if (!global && !sticky) lastIndex = 0;
    const matcher = RegExpSlot.matcher(R);
    const groupCount = RegExpSlot.groupCount(R);
    const names = RegExpSlot.names(R);
    const st = { input: S, caps: null, names };
    let end = -1;
    for (;;) {
      if (lastIndex > S.length) {
        if (global || sticky) R.lastIndex = 0;
        return null;
      }
      st.caps = new Array((groupCount + 1) * 2);
      for (let g = 0; g < st.caps.length; g++) st.caps[g] = -1;
      end = matcher(st, lastIndex, (j) => j);
      if (end !== -1) break;
      if (sticky) {
        R.lastIndex = 0;
        return null;
      }
      lastIndex = advance(S, lastIndex, unicode);
    }
    if (global || sticky) R.lastIndex = end;
    const caps = st.caps;
    const A = new Array(groupCount + 1);
    A[0] = S.slice(lastIndex, end);
    for (let g = 1; g <= groupCount; g++) {
      A[g] = caps[g * 2] === -1 ? undefined : S.slice(caps[g * 2], caps[g * 2 + 1]);
    }
    lib.createDataProperty(A, 'index', lastIndex);
    lib.createDataProperty(A, 'input', S);
    let groups;
    const hasNames = names.length > 0;
    if (hasNames) {
      groups = Object.create(null);
      for (let g = 1; g <= groupCount; g++) if (names[g] !== undefined) groups[names[g]] = A[g];
    }
    lib.createDataProperty(A, 'groups', groups);
    if (hasIndices) {
      const indices = new Array(groupCount + 1);
      indices[0] = [lastIndex, end];
      for (let g = 1; g <= groupCount; g++) indices[g] = caps[g * 2] === -1 ? undefined : [caps[g * 2], caps[g * 2 + 1]];
      let igroups;
      if (hasNames) {
        igroups = Object.create(null);
        for (let g = 1; g <= groupCount; g++) if (names[g] !== undefined) igroups[names[g]] = indices[g];
      }
      lib.createDataProperty(indices, 'groups', igroups);
      lib.createDataProperty(A, 'indices', indices);
    }
    return A;
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

  /** RegExpExec (§22.2.7.1): a user `exec` if there is one. */
  function regExpExec(R, S) {
    const exec = R.exec;
    if (typeof exec === 'function' && exec !== protoExec) {
      const result = exec.call(R, S);
      if (result !== null && !lib.isObject(result)) throw new TypeError('object null is not a function');
      return result;
    }
    thisRegExp(R, 'RegExp.prototype.exec');
    return builtinExec(R, S);
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
        result += str.slice(tailPos);
        i++;
      } else if (n >= '0' && n <= '9') {
        let digits = n;
        const n2 = replacement[i + 2];
        if (n2 >= '0' && n2 <= '9' && +(n + n2) >= 1 && +(n + n2) <= m) digits = n + n2;
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
          if (capture !== undefined) result += lib.toStringValue(capture);
          i = end;
        }
      } else {
        result += '$';
      }
    }
    return result;
  }

  const proto = {
    exec(string) {
      thisRegExp(this, 'RegExp.prototype.exec');
      return builtinExec(this, lib.toStringValue(string));
    },
    test(S) {
      if (!lib.isObject(this)) throw new TypeError('RegExp.prototype.test called on incompatible receiver ' + lib.describe(this));
      return regExpExec(this, lib.toStringValue(S)) !== null;
    },
    toString() {
      if (!lib.isObject(this)) throw new TypeError('RegExp.prototype.toString called on incompatible receiver ' + lib.describe(this));
      return '/' + lib.toStringValue(this.source) + '/' + lib.toStringValue(this.flags);
    },
    compile(pattern, flags) {
      thisRegExp(this, 'RegExp.prototype.compile');
      if (RegExpSlot.has(pattern)) {
        initialize(this, RegExpSlot.source(pattern), RegExpSlot.flags(pattern));
      } else {
        initialize(this, pattern, flags);
      }
      this.lastIndex = 0;
      return this;
    },
    get source() {
      if (!RegExpSlot.has(this)) {
        if (this === RegExp.prototype) return '(?:)';
        throw new TypeError('RegExp.prototype.source getter called on non-RegExp object');
      }
      const src = RegExpSlot.source(this);
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
    get sticky() {
      return flagGetter(this, 'y', 'sticky');
    },
    get hasIndices() {
      return flagGetter(this, 'd', 'hasIndices');
    },
    [Symbol.match](string) {
      const rx = this;
      const S = lib.toStringValue(string);
      const flags = lib.toStringValue(rx.flags);
      if (flags.indexOf('g') === -1) return regExpExec(rx, S);
      const fullUnicode = flags.indexOf('u') !== -1;
      rx.lastIndex = 0;
      const A = [];
      for (;;) {
        const result = regExpExec(rx, S);
        if (result === null) return A.length === 0 ? null : A;
        const matchStr = lib.toStringValue(result[0]);
        A.push(matchStr);
        if (matchStr === '') rx.lastIndex = advance(S, lib.toLength(rx.lastIndex), fullUnicode);
      }
    },
    [Symbol.matchAll](string) {
      const R = this;
      const S = lib.toStringValue(string);
      const C = lib.speciesConstructor(R, RegExp);
      const flags = lib.toStringValue(R.flags);
      const matcher = new C(R, flags);
      matcher.lastIndex = lib.toLength(R.lastIndex);
      const global = flags.indexOf('g') !== -1;
      const fullUnicode = flags.indexOf('u') !== -1;
      return new RegExpStringIterator(matcher, S, global, fullUnicode);
    },
    [Symbol.replace](string, replaceValue) {
      const rx = this;
      const S = lib.toStringValue(string);
      const lengthS = S.length;
      const functional = typeof replaceValue === 'function';
      if (!functional) replaceValue = lib.toStringValue(replaceValue);
      const flags = lib.toStringValue(rx.flags);
      const global = flags.indexOf('g') !== -1;
      const fullUnicode = flags.indexOf('u') !== -1;
      if (global) rx.lastIndex = 0;
      const results = [];
      for (;;) {
        const result = regExpExec(rx, S);
        if (result === null) break;
        results.push(result);
        if (!global) break;
        const matchStr = lib.toStringValue(result[0]);
        if (matchStr === '') rx.lastIndex = advance(S, lib.toLength(rx.lastIndex), fullUnicode);
      }
      let accumulated = '';
      let nextSourcePosition = 0;
      for (let r = 0; r < results.length; r++) {
        const result = results[r];
        const nCaptures = Math.max(lib.lengthOf(result) - 1, 0);
        const matched = lib.toStringValue(result[0]);
        const position = Math.max(Math.min(lib.toIntegerOrInfinity(result.index), lengthS), 0);
        const captures = [];
        for (let n = 1; n <= nCaptures; n++) {
          const capN = result[n];
          captures.push(capN === undefined ? undefined : lib.toStringValue(capN));
        }
        let namedCaptures = result.groups;
        let replacement;
        if (functional) {
          const args = [matched].concat(captures, [position, S]);
          if (namedCaptures !== undefined) args.push(namedCaptures);
          replacement = lib.toStringValue(replaceValue.apply(undefined, args));
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
      const rx = this;
      const S = lib.toStringValue(string);
      const previousLastIndex = rx.lastIndex;
      if (!Object.is(previousLastIndex, 0)) rx.lastIndex = 0;
      const result = regExpExec(rx, S);
      const currentLastIndex = rx.lastIndex;
      if (!Object.is(currentLastIndex, previousLastIndex)) rx.lastIndex = previousLastIndex;
      return result === null ? -1 : result.index;
    },
    [Symbol.split](string, limit) {
      const rx = this;
      const S = lib.toStringValue(string);
      const C = lib.speciesConstructor(rx, RegExp);
      const flags = lib.toStringValue(rx.flags);
      const unicodeMatching = flags.indexOf('u') !== -1;
      const newFlags = flags.indexOf('y') !== -1 ? flags : flags + 'y';
      const splitter = new C(rx, newFlags);
      const A = [];
      const lim = limit === undefined ? 4294967295 : limit >>> 0;
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

  function flagGetter(o, flag, name) {
    if (!RegExpSlot.has(o)) {
      if (o === RegExp.prototype) return undefined;
      throw new TypeError('RegExp.prototype.' + name + ' getter called on non-RegExp object');
    }
    return RegExpSlot.flags(o).indexOf(flag) !== -1;
  }

  /** EscapeRegExpPattern: `/` and line terminators escaped so that toString round-trips. */
  function escapeSource(src) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') {
        out += c + (i + 1 < src.length ? src[++i] : '');
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

    next() {
      let R;
      try {
        R = this.#matcher;
      } catch (e) {
        throw new TypeError('next method called on incompatible receiver ' + lib.describe(this));
      }
      if (this.#done) return { value: undefined, done: true };
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
      const matchStr = lib.toStringValue(match[0]);
      if (matchStr === '') R.lastIndex = advance(S, lib.toLength(R.lastIndex), this.#unicode);
      return { value: match, done: false };
    }
  }
  const RegExpStringIteratorPrototype = RegExpStringIterator.prototype;
  delete RegExpStringIteratorPrototype.constructor;
  Object.setPrototypeOf(RegExpStringIteratorPrototype, lib.IteratorPrototype);
  lib.defineMethods(RegExpStringIteratorPrototype, { next: RegExpStringIteratorPrototype.next });
  lib.defineReadOnly(RegExpStringIteratorPrototype, Symbol.toStringTag, 'RegExp String Iterator');

  const RegExpPrototype = RegExp.prototype;
  lib.defineMethods(RegExpPrototype, proto, { compile: 2 });
  // Object.prototype.toString is the kernel's and cannot see the [[RegExpMatcher]] slot: a
  // @@toStringTag gives '[object RegExp]' (inspect ignores it on regexps).
  lib.defineReadOnly(RegExpPrototype, Symbol.toStringTag, 'RegExp');
  const protoExec = RegExpPrototype.exec;
  lib.defineMethods(RegExp, {
    get [Symbol.species]() {
      return this;
    },
  });
  lib.setFunctionLength(RegExp, 2);
  Object.defineProperty(RegExp, 'prototype', { writable: false });
  if (typeof K.markBuiltin === 'function') K.markBuiltin(RegExp);

  // String.prototype.split delegates to @@split for objects that have one.
  const kernelSplit = String.prototype.split;
  lib.defineMethods(String.prototype, {
    split(separator, limit) {
      if (this === null || this === undefined) throw new TypeError('String.prototype.split called on null or undefined');
      if (separator !== null && separator !== undefined) {
        const splitter = separator[Symbol.split];
        if (splitter !== undefined && splitter !== null) return splitter.call(separator, this, limit);
      }
      return kernelSplit.call(this, separator, limit);
    },
  }, { split: 2 });

  lib.defineGlobal('RegExp', RegExp);
  if (typeof K.setIntrinsic === 'function') K.setIntrinsic('RegExpPrototype', RegExpPrototype);
  lib.isRegExpObject = (v) => RegExpSlot.has(v);
})(__ouro);
