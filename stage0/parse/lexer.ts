// The lexer: one token at a time, on demand, straight from the source string with charCodeAt.
//
// The current token lives in fields of the Lexer (type, value, start, end, ...) rather than in
// token objects, so lexing allocates nothing but the strings it must produce. The parser, which
// knows whether an expression or an operator is expected, resolves the two ambiguities of the
// lexical grammar by asking for a re-scan:
//   - `/` or `/=` where an expression is expected -> rescanRegex() turns it into a regex literal;
//   - `}` that closes a template substitution -> rescanTemplateContinuation().
// Positions: `pos` is a UTF-16 offset; `line` is 1-based and `lineStart` is the offset of the
// first character of the line, so a column is `offset - lineStart`.
import { OuroSyntaxError, positionOf } from './errors.ts';
import { T, keywordKinds, type TokenType } from './tokens.ts';

// Character classes of ASCII identifiers: 1 = start and part, 2 = part only.
const ASCII_ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95) ASCII_ID[c] = 1;
  else if (c >= 48 && c <= 57) ASCII_ID[c] = 2;
}
const ID_START_RE = /\p{ID_Start}/u;
const ID_CONTINUE_RE = /\p{ID_Continue}/u;

export function isIdentifierStart(cp: number): boolean {
  if (cp < 128) return ASCII_ID[cp] === 1;
  return ID_START_RE.test(String.fromCodePoint(cp));
}
export function isIdentifierPart(cp: number): boolean {
  if (cp < 128) return ASCII_ID[cp] !== 0;
  return cp === 0x200c || cp === 0x200d || ID_CONTINUE_RE.test(String.fromCodePoint(cp));
}
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
/** WhiteSpace other than ASCII: NBSP, ZWNBSP and category Zs. */
function isUnicodeSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f ||
    c === 0x205f || c === 0x3000
  );
}
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Thrown instead of an OuroSyntaxError while speculating (see Lexer.raise); never escapes. */
export class SpeculationFailed {}
export const SPECULATION_FAILED = new SpeculationFailed();

/** Saved lexer position and current token, for speculative parsing (TypeScript) and lookahead. */
export interface LexerState {
  pos: number; line: number; lineStart: number;
  type: TokenType; value: any; start: number; end: number; startLine: number; startCol: number;
  nlBefore: boolean; escaped: boolean; octalPos: number;
  lastEnd: number; lastEndLine: number; lastEndCol: number;
  tplCooked: string | null; tplBadEscape: number;
}

export class Lexer {
  readonly input: string;
  readonly length: number;
  file: string | undefined;
  pos = 0;
  line = 1;
  lineStart = 0;

  // The current token.
  type: TokenType = T.EOF;
  /** Name: the identifier (escapes decoded); String: cooked value; Num: number; BigInt: digits;
   *  templates: the raw text; Regex: {pattern, flags}; punctuators: undefined. */
  value: any = undefined;
  start = 0;
  end = 0;
  startLine = 1;
  startCol = 0;
  /** A line terminator occurs between the previous token and this one. */
  nlBefore = false;
  /** The Name token contained a unicode escape. */
  escaped = false;
  /** Offset of a legacy octal literal/escape (or \8 \9) in this token, -1 if none. Strict mode
   *  rejects them; the parser re-checks a token lexed before a "use strict" directive. */
  octalPos = -1;
  /** Template tokens: cooked value, null when it holds an invalid escape (tagged templates). */
  tplCooked: string | null = null;
  /** Template tokens: offset of the first invalid escape, -1 if none. */
  tplBadEscape = -1;

  // End of the previous token (for node end positions).
  lastEnd = 0;
  lastEndLine = 1;
  lastEndCol = 0;

  strict = false;
  /** Nesting of speculative parses (TypeScript); raise() throws SPECULATION_FAILED inside. */
  speculationDepth = 0;
  /** Annex B legacy octal literals (010, 08) and escapes ('\1') in sloppy code. */
  legacyOctal = true;
  readonly isModule: boolean;
  /** Annex B lexical extensions (HTML-like comments) apply: script goal. */
  htmlComments: boolean;

  constructor(input: string, isModule: boolean) {
    this.input = input;
    this.length = input.length;
    this.isModule = isModule;
    this.htmlComments = !isModule;
  }

  // ---- errors ---------------------------------------------------------------------------------

  raise(index: number, message: string): never {
    // While speculating, a failure is expected and caught: skip building an Error (capturing a
    // stack trace dominates the cost of a failed attempt).
    if (this.speculationDepth > 0) throw SPECULATION_FAILED;
    const { line, column } = this.positionAt(index);
    throw new OuroSyntaxError(message, index, line, column, this.file);
  }

  /**
   * Line and column of `index`, counted from the lexer's current line backwards: errors are
   * raised near the current position, and speculative parsing (TypeScript) raises and catches
   * many of them, so this must not rescan the input from the start.
   */
  positionAt(index: number): { line: number; column: number } {
    if (index >= this.lineStart) return { line: this.line, column: index - this.lineStart };
    if (index < 0) return { line: 1, column: 0 };
    const input = this.input;
    let line = this.line;
    let i = this.lineStart - 1;
    // Count the terminators in [index, lineStart) (CR LF is one), then find index's line start.
    for (; i >= index; i--) {
      const c = input.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && input.charCodeAt(i + 1) !== 10)) line--;
    }
    for (; i >= 0; i--) {
      const c = input.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
    }
    return { line, column: index - (i + 1) };
  }

  unexpected(index: number = this.start): never {
    if (this.type === T.EOF) this.raise(index, 'Unexpected end of input');
    this.raise(index, `Unexpected token '${this.input.slice(this.start, this.end) || '?'}'`);
  }

  // ---- state ------------------------------------------------------------------------------------

  saveState(): LexerState {
    return {
      pos: this.pos, line: this.line, lineStart: this.lineStart, type: this.type, value: this.value,
      start: this.start, end: this.end, startLine: this.startLine, startCol: this.startCol,
      nlBefore: this.nlBefore, escaped: this.escaped, octalPos: this.octalPos, lastEnd: this.lastEnd,
      lastEndLine: this.lastEndLine, lastEndCol: this.lastEndCol, tplCooked: this.tplCooked,
      tplBadEscape: this.tplBadEscape,
    };
  }

  restoreState(s: LexerState): void {
    this.pos = s.pos; this.line = s.line; this.lineStart = s.lineStart; this.type = s.type;
    this.value = s.value; this.start = s.start; this.end = s.end; this.startLine = s.startLine;
    this.startCol = s.startCol; this.nlBefore = s.nlBefore; this.escaped = s.escaped;
    this.octalPos = s.octalPos; this.lastEnd = s.lastEnd; this.lastEndLine = s.lastEndLine;
    this.lastEndCol = s.lastEndCol; this.tplCooked = s.tplCooked; this.tplBadEscape = s.tplBadEscape;
  }

  // ---- driver -----------------------------------------------------------------------------------

  /** Advances to the next token. */
  next(): void {
    this.lastEnd = this.end;
    this.lastEndLine = this.line;
    // Invariant: pos === end here (every token read and re-scan leaves pos at its end), so
    // the line counters describe the end of the previous token; skipSpace moves them on.
    this.lastEndCol = this.end - this.lineStart;
    this.nlBefore = false;
    this.skipSpace();
    this.start = this.pos;
    this.startLine = this.line;
    this.startCol = this.pos - this.lineStart;
    this.escaped = false;
    this.octalPos = -1;
    this.value = undefined;
    if (this.pos >= this.length) {
      this.type = T.EOF;
      this.end = this.pos;
      return;
    }
    this.readToken(this.input.charCodeAt(this.pos));
    this.end = this.pos;
  }

  /** A line terminator between tokens (or inside a comment): counts for ASI. */
  private newline(c: number): void {
    this.lineBreakInToken(c);
    this.nlBefore = true;
  }

  /** A line terminator inside a token (string, template): moves pos and the line counters. */
  private lineBreakInToken(c: number): void {
    // Called with pos at the terminator; CR LF is one line break.
    if (c === 13 && this.input.charCodeAt(this.pos + 1) === 10) this.pos++;
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  skipSpace(): void {
    const input = this.input;
    while (this.pos < this.length) {
      const c = input.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 11 || c === 12) {
        this.pos++;
      } else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        this.newline(c);
      } else if (c === 47) {
        const n = input.charCodeAt(this.pos + 1);
        if (n === 47) this.skipLineComment(2);
        else if (n === 42) this.skipBlockComment();
        else return;
      } else if (c === 60 && this.htmlComments) {
        // `<!--` starts a single-line comment (Annex B, script goal only).
        if (input.charCodeAt(this.pos + 1) === 33 && input.charCodeAt(this.pos + 2) === 45 &&
            input.charCodeAt(this.pos + 3) === 45) this.skipLineComment(4);
        else return;
      } else if (c === 45 && this.htmlComments) {
        // `-->` is a comment only at the start of a line (possibly after whitespace/comments).
        if (input.charCodeAt(this.pos + 1) === 45 && input.charCodeAt(this.pos + 2) === 62 &&
            (this.nlBefore || this.lastEnd === 0)) this.skipLineComment(3);
        else return;
      } else if (c > 127 && isUnicodeSpace(c)) {
        this.pos++;
      } else {
        return;
      }
    }
  }

  private skipLineComment(skip: number): void {
    const input = this.input;
    this.pos += skip;
    while (this.pos < this.length && !isLineTerminator(input.charCodeAt(this.pos))) this.pos++;
  }

  private skipBlockComment(): void {
    const input = this.input;
    const start = this.pos;
    this.pos += 2;
    for (;;) {
      if (this.pos >= this.length) this.raise(start, 'Unterminated comment');
      const c = input.charCodeAt(this.pos);
      if (c === 42 && input.charCodeAt(this.pos + 1) === 47) {
        this.pos += 2;
        return;
      }
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) this.newline(c);
      else this.pos++;
    }
  }

  /** Skips a `#!` line at the very start of the input. */
  skipHashbang(): void {
    if (this.input.charCodeAt(0) === 35 && this.input.charCodeAt(1) === 33) this.skipLineComment(2);
  }

  private punct(type: TokenType, size: number): void {
    this.pos += size;
    this.type = type;
  }

  private readToken(c: number): void {
    const input = this.input;
    const n = input.charCodeAt(this.pos + 1);
    switch (c) {
      case 40: return this.punct(T.ParenL, 1);
      case 41: return this.punct(T.ParenR, 1);
      case 59: return this.punct(T.Semi, 1);
      case 44: return this.punct(T.Comma, 1);
      case 91: return this.punct(T.BracketL, 1);
      case 93: return this.punct(T.BracketR, 1);
      case 123: return this.punct(T.BraceL, 1);
      case 125: return this.punct(T.BraceR, 1);
      case 58: return this.punct(T.Colon, 1);
      case 126: return this.punct(T.Tilde, 1);
      case 64: return this.punct(T.At, 1);
      case 46: // .
        if (n >= 48 && n <= 57) return this.readNumber(true);
        if (n === 46 && input.charCodeAt(this.pos + 2) === 46) return this.punct(T.Ellipsis, 3);
        return this.punct(T.Dot, 1);
      case 63: // ?
        if (n === 63) return input.charCodeAt(this.pos + 2) === 61 ? this.punct(T.NullishAssign, 3) : this.punct(T.Nullish, 2);
        if (n === 46) {
          const n2 = input.charCodeAt(this.pos + 2);
          if (n2 < 48 || n2 > 57) return this.punct(T.QuestionDot, 2); // `a?.5:b` is a conditional
        }
        return this.punct(T.Question, 1);
      case 61: // =
        if (n === 62) return this.punct(T.Arrow, 2);
        if (n === 61) return input.charCodeAt(this.pos + 2) === 61 ? this.punct(T.EqEqEq, 3) : this.punct(T.EqEq, 2);
        return this.punct(T.Eq, 1);
      case 33: // !
        if (n === 61) return input.charCodeAt(this.pos + 2) === 61 ? this.punct(T.NotEqEq, 3) : this.punct(T.NotEq, 2);
        return this.punct(T.Bang, 1);
      case 43: // +
        if (n === 43) return this.punct(T.Incr, 2);
        if (n === 61) return this.punct(T.AddAssign, 2);
        return this.punct(T.Plus, 1);
      case 45: // -
        if (n === 45) return this.punct(T.Decr, 2);
        if (n === 61) return this.punct(T.SubAssign, 2);
        return this.punct(T.Minus, 1);
      case 42: // *
        if (n === 42) return input.charCodeAt(this.pos + 2) === 61 ? this.punct(T.ExpAssign, 3) : this.punct(T.StarStar, 2);
        if (n === 61) return this.punct(T.MulAssign, 2);
        return this.punct(T.Star, 1);
      case 47: // / (the parser re-scans it as a regex where an expression is expected)
        if (n === 61) return this.punct(T.DivAssign, 2);
        return this.punct(T.Slash, 1);
      case 37:
        if (n === 61) return this.punct(T.ModAssign, 2);
        return this.punct(T.Percent, 1);
      case 38: // &
        if (n === 38) return input.charCodeAt(this.pos + 2) === 61 ? this.punct(T.LogAndAssign, 3) : this.punct(T.LogAnd, 2);
        if (n === 61) return this.punct(T.AndAssign, 2);
        return this.punct(T.BitAnd, 1);
      case 124: // |
        if (n === 124) return input.charCodeAt(this.pos + 2) === 61 ? this.punct(T.LogOrAssign, 3) : this.punct(T.LogOr, 2);
        if (n === 61) return this.punct(T.OrAssign, 2);
        return this.punct(T.BitOr, 1);
      case 94:
        if (n === 61) return this.punct(T.XorAssign, 2);
        return this.punct(T.BitXor, 1);
      case 60: // <
        if (n === 60) return input.charCodeAt(this.pos + 2) === 61 ? this.punct(T.ShlAssign, 3) : this.punct(T.Shl, 2);
        if (n === 61) return this.punct(T.LtEq, 2);
        return this.punct(T.Lt, 1);
      case 62: { // >
        if (n === 62) {
          const n2 = input.charCodeAt(this.pos + 2);
          if (n2 === 62) return input.charCodeAt(this.pos + 3) === 61 ? this.punct(T.UShrAssign, 4) : this.punct(T.UShr, 3);
          if (n2 === 61) return this.punct(T.ShrAssign, 3);
          return this.punct(T.Shr, 2);
        }
        if (n === 61) return this.punct(T.GtEq, 2);
        return this.punct(T.Gt, 1);
      }
      case 34: case 39: return this.readString(c);
      case 96: return this.readTemplateToken(T.Template, T.TemplateHead);
      case 35: return this.readPrivateName();
      default:
        if (c >= 48 && c <= 57) return this.readNumber(false);
        return this.readWord();
    }
  }

  // ---- identifiers and keywords -----------------------------------------------------------------

  private readWord(): void {
    const word = this.readIdentifierName();
    this.value = word;
    const kw = keywordKinds.get(word);
    // An escaped reserved word is a Name with `escaped` set: fine as a property name, an error
    // wherever the parser needs an identifier or the keyword itself.
    this.type = kw !== undefined && !this.escaped ? kw : T.Name;
  }

  private readPrivateName(): void {
    this.pos++;
    const c = this.codePointAt(this.pos);
    if (!(isIdentifierStart(c) || c === 92)) this.raise(this.pos - 1, "Unexpected character '#'");
    this.value = this.readIdentifierName();
    this.type = T.PrivateName;
  }

  private codePointAt(i: number): number {
    return i < this.length ? (this.input.codePointAt(i) as number) : -1;
  }

  /** Reads IdentifierName at pos (ASCII fast path; escapes and astral characters decoded). */
  readIdentifierName(): string {
    const input = this.input;
    const start = this.pos;
    let first = true;
    let chunkStart = this.pos;
    let out = '';
    while (this.pos < this.length) {
      const c = input.charCodeAt(this.pos);
      if (c < 128) {
        if (ASCII_ID[c] !== 0 && !(first && ASCII_ID[c] === 2)) {
          this.pos++;
          first = false;
          continue;
        }
        if (c !== 92) break;
        // \u escape
        out += input.slice(chunkStart, this.pos);
        const escStart = this.pos;
        if (input.charCodeAt(this.pos + 1) !== 117) this.raise(this.pos, 'Expecting Unicode escape sequence \\uXXXX');
        this.pos += 2;
        const cp = this.readUnicodeEscapeBody(escStart);
        if (first ? !isIdentifierStart(cp) : !isIdentifierPart(cp)) this.raise(escStart, 'Invalid Unicode escape');
        out += String.fromCodePoint(cp);
        this.escaped = true;
        chunkStart = this.pos;
        first = false;
        continue;
      }
      const cp = input.codePointAt(this.pos) as number;
      if (first ? !isIdentifierStart(cp) : !isIdentifierPart(cp)) break;
      this.pos += cp > 0xffff ? 2 : 1;
      first = false;
    }
    if (this.pos === start) {
      const cp = this.codePointAt(this.pos);
      this.raise(this.pos, `Unexpected character '${String.fromCodePoint(cp)}'`);
    }
    return out === '' && chunkStart === start ? input.slice(start, this.pos) : out + input.slice(chunkStart, this.pos);
  }

  /** After `\u`: reads XXXX or {X...} and returns the code point. */
  private readUnicodeEscapeBody(escStart: number): number {
    const input = this.input;
    if (input.charCodeAt(this.pos) === 123) {
      this.pos++;
      let v = 0;
      let digits = 0;
      for (;;) {
        const h = hexValue(input.charCodeAt(this.pos));
        if (h < 0) break;
        v = v * 16 + h;
        if (v > 0x10ffff) this.raise(escStart, 'Code point out of bounds');
        this.pos++;
        digits++;
      }
      if (digits === 0 || input.charCodeAt(this.pos) !== 125) this.raise(escStart, 'Invalid Unicode escape sequence');
      this.pos++;
      return v;
    }
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const h = hexValue(input.charCodeAt(this.pos));
      if (h < 0) this.raise(escStart, 'Invalid Unicode escape sequence');
      v = v * 16 + h;
      this.pos++;
    }
    return v;
  }

  // ---- numbers ----------------------------------------------------------------------------------

  /** Reads digits of `radix` with `_` separators (not leading, trailing or doubled). */
  private readDigits(radix: number, allowSeparators: boolean): number {
    const input = this.input;
    const start = this.pos;
    let lastSep = false;
    for (;;) {
      const c = input.charCodeAt(this.pos);
      if (c === 95 && allowSeparators) {
        if (lastSep || this.pos === start) this.raise(this.pos, 'Invalid numeric separator');
        lastSep = true;
        this.pos++;
        continue;
      }
      const d = radix === 16 ? hexValue(c) : c >= 48 && c <= 57 ? c - 48 : -1;
      if (d < 0 || d >= radix) break;
      lastSep = false;
      this.pos++;
    }
    if (lastSep) this.raise(this.pos - 1, 'Numeric separators are not allowed at the end of numeric literals');
    return this.pos - start;
  }

  private readNumber(startsWithDot: boolean): void {
    const input = this.input;
    const start = this.pos;
    const c0 = input.charCodeAt(start);
    const c1 = input.charCodeAt(start + 1) | 0x20;
    if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      const radix = c1 === 120 ? 16 : c1 === 111 ? 8 : 2;
      this.pos += 2;
      if (this.readDigits(radix, true) === 0) this.raise(this.pos, 'Expected number in radix ' + radix);
      const digits = input.slice(start + 2, this.pos).replace(/_/g, '');
      if (input.charCodeAt(this.pos) === 110) {
        this.pos++;
        this.finishBigInt(start);
        return;
      }
      this.value = radix === 16 || digits.length <= 20 ? parseInt(digits, radix) : Number(input.slice(start, start + 2) + digits);
      this.finishNumber();
      return;
    }
    // Legacy octal (010) and non-octal decimal (08, 09.5) integer literals.
    if (c0 === 48 && c1 >= 0x30 && c1 <= 0x39) {
      this.pos++;
      let octal = true;
      while (this.pos < this.length) {
        const c = input.charCodeAt(this.pos);
        if (c === 95) this.raise(this.pos, 'Numeric separator is not allowed in legacy octal-like literals');
        if (c < 48 || c > 57) break;
        if (c >= 56) octal = false;
        this.pos++;
      }
      this.octalPos = start;
      if (this.strict || !this.legacyOctal) this.raise(start, octal ? 'Octal literal in strict mode' : 'Decimals with leading zeros are not allowed in strict mode');
      if (octal) {
        this.value = parseInt(input.slice(start, this.pos), 8);
        if (input.charCodeAt(this.pos) === 110) this.raise(this.pos, 'Invalid BigInt literal');
        this.finishNumber();
        return;
      }
      // 089 continues like a decimal literal (fraction/exponent allowed, BigInt not).
      this.readDecimalTail(start, false);
      if (input.charCodeAt(this.pos) === 110) this.raise(this.pos, 'Invalid BigInt literal');
      this.value = Number(input.slice(start, this.pos));
      this.finishNumber();
      return;
    }
    let isInt = true;
    if (!startsWithDot) {
      this.readDigits(10, true);
      if (c0 === 48 && input.charCodeAt(start + 1) === 95) this.raise(start + 1, 'Numeric separator can not be used after leading 0');
    }
    isInt = this.readDecimalTail(start, startsWithDot);
    if (input.charCodeAt(this.pos) === 110) {
      if (!isInt) this.raise(this.pos, 'Invalid BigInt literal');
      this.pos++;
      this.finishBigInt(start);
      return;
    }
    const text = input.slice(start, this.pos);
    this.value = Number(text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text);
    this.finishNumber();
  }

  /** Reads `.digits` and `e±digits`; returns true when the literal stayed an integer. */
  private readDecimalTail(start: number, startsWithDot: boolean): boolean {
    const input = this.input;
    let isInt = true;
    if (startsWithDot || input.charCodeAt(this.pos) === 46) {
      this.pos++;
      if (input.charCodeAt(this.pos) === 95) this.raise(this.pos, 'Invalid numeric separator');
      this.readDigits(10, true);
      isInt = false;
    }
    const e = input.charCodeAt(this.pos);
    if (e === 101 || e === 69) {
      this.pos++;
      const s = input.charCodeAt(this.pos);
      if (s === 43 || s === 45) this.pos++;
      if (this.readDigits(10, true) === 0) this.raise(start, 'Invalid number');
      isInt = false;
    }
    return isInt;
  }

  private finishNumber(): void {
    this.type = T.Num;
    this.checkAfterNumber();
  }

  private finishBigInt(start: number): void {
    this.type = T.BigInt;
    this.value = this.input.slice(start, this.pos - 1).replace(/_/g, '');
    this.checkAfterNumber();
  }

  private checkAfterNumber(): void {
    // The SourceCharacter immediately following a NumericLiteral must not be an IdentifierStart
    // or DecimalDigit.
    const cp = this.codePointAt(this.pos);
    if (cp >= 0 && (isIdentifierStart(cp) || (cp >= 48 && cp <= 57) || cp === 92)) {
      this.raise(this.pos, 'Identifier directly after number');
    }
  }

  // ---- strings and templates --------------------------------------------------------------------

  private readString(quote: number): void {
    const input = this.input;
    const start = this.pos;
    this.pos++;
    let out = '';
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= this.length) this.raise(start, 'Unterminated string constant');
      const c = input.charCodeAt(this.pos);
      if (c === quote) break;
      if (c === 92) {
        out += input.slice(chunkStart, this.pos);
        out += this.readEscape(false);
        chunkStart = this.pos;
      } else if (c === 10 || c === 13) {
        this.raise(start, 'Unterminated string constant');
      } else if (c === 0x2028 || c === 0x2029) {
        this.lineBreakInToken(c); // allowed in strings since ES2019
      } else {
        this.pos++;
      }
    }
    out += input.slice(chunkStart, this.pos);
    this.pos++;
    this.value = out;
    this.type = T.String;
  }

  /**
   * Reads an escape sequence at pos (the backslash) and returns the cooked text. In templates an
   * invalid escape returns null (recorded in tplBadEscape) instead of raising.
   */
  private readEscape(inTemplate: boolean): string {
    const input = this.input;
    const escStart = this.pos;
    this.pos++;
    const c = input.charCodeAt(this.pos);
    this.pos++;
    switch (c) {
      case 110: return '\n';
      case 114: return '\r';
      case 116: return '\t';
      case 98: return '\b';
      case 118: return '\u000b';
      case 102: return '\f';
      case 10: case 13: case 0x2028: case 0x2029:
        // Line continuation (CR LF counts as one terminator).
        if (c === 13 && input.charCodeAt(this.pos) === 10) this.pos++;
        this.line++;
        this.lineStart = this.pos;
        return '';
      case 120: { // \xHH
        const h1 = hexValue(input.charCodeAt(this.pos));
        const h2 = hexValue(input.charCodeAt(this.pos + 1));
        if (h1 < 0 || h2 < 0) return this.badEscape(escStart, inTemplate, 'Invalid hexadecimal escape sequence');
        this.pos += 2;
        return String.fromCharCode(h1 * 16 + h2);
      }
      case 117: { // \u
        const cp = this.readUnicodeEscapeInString(escStart, inTemplate);
        return cp < 0 ? '' : String.fromCodePoint(cp);
      }
      default:
        if (c >= 48 && c <= 55) {
          const n = input.charCodeAt(this.pos);
          if (c === 48 && !(n >= 48 && n <= 57)) return '\0';
          if (inTemplate) return this.badEscape(escStart, true, 'Octal escape sequences are not allowed in template strings');
          // Legacy octal escape: up to three digits, value <= 0o377.
          let v = c - 48;
          if (n >= 48 && n <= 55) {
            v = v * 8 + (n - 48);
            this.pos++;
            const n2 = input.charCodeAt(this.pos);
            if (c <= 51 && n2 >= 48 && n2 <= 55) {
              v = v * 8 + (n2 - 48);
              this.pos++;
            }
          }
          this.noteOctalEscape(escStart);
          return String.fromCharCode(v);
        }
        if (c === 56 || c === 57) {
          if (inTemplate) return this.badEscape(escStart, true, '\\8 and \\9 are not allowed in template strings');
          this.noteOctalEscape(escStart);
          return String.fromCharCode(c);
        }
        if (this.pos > this.length) this.raise(escStart, 'Unterminated string constant');
        if (c >= 0xd800 && c <= 0xdbff) {
          const lo = input.charCodeAt(this.pos);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            this.pos++;
            return String.fromCharCode(c, lo);
          }
        }
        return String.fromCharCode(c);
    }
  }

  private noteOctalEscape(at: number): void {
    if (this.octalPos < 0) this.octalPos = at;
    if (this.strict || !this.legacyOctal) this.raise(at, 'Octal escape sequences are not allowed in strict mode');
  }

  private badEscape(at: number, inTemplate: boolean, message: string): string {
    if (!inTemplate) this.raise(at, message);
    if (this.tplBadEscape < 0) this.tplBadEscape = at;
    return '';
  }

  /** After `\u` in a string or template; returns -1 for an invalid escape in a template. */
  private readUnicodeEscapeInString(escStart: number, inTemplate: boolean): number {
    const input = this.input;
    if (input.charCodeAt(this.pos) === 123) {
      let p = this.pos + 1;
      let v = 0;
      let digits = 0;
      for (;;) {
        const h = hexValue(input.charCodeAt(p));
        if (h < 0) break;
        v = v * 16 + h;
        p++;
        digits++;
        if (v > 0x10ffff) break;
      }
      if (digits === 0 || v > 0x10ffff || input.charCodeAt(p) !== 125) {
        this.badEscape(escStart, inTemplate, v > 0x10ffff ? 'Code point out of bounds' : 'Invalid Unicode escape sequence');
        return -1;
      }
      this.pos = p + 1;
      return v;
    }
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const h = hexValue(input.charCodeAt(this.pos + i));
      if (h < 0) {
        this.badEscape(escStart, inTemplate, 'Invalid Unicode escape sequence');
        return -1;
      }
      v = v * 16 + h;
    }
    this.pos += 4;
    return v;
  }

  /**
   * Reads template characters from pos up to and including the closing `` ` `` or `${`.
   * `value` gets the raw text (CR LF and CR normalised to LF, as the spec's TRV does), `tplCooked`
   * the cooked text or null. The token's start/end cover the delimiters; the parser derives the
   * TemplateElement range (which excludes them).
   */
  private readTemplateToken(endType: TokenType, substType: TokenType): void {
    const input = this.input;
    this.pos++; // ` or }
    this.tplBadEscape = -1;
    let cooked = '';
    let chunkStart = this.pos;
    let rawHasCR = false;
    for (;;) {
      if (this.pos >= this.length) this.raise(this.start, 'Unterminated template');
      const c = input.charCodeAt(this.pos);
      if (c === 96 || (c === 36 && input.charCodeAt(this.pos + 1) === 123)) {
        cooked += input.slice(chunkStart, this.pos);
        let raw = input.slice(this.value === undefined ? this.start + 1 : this.start + 1, this.pos);
        if (rawHasCR) raw = raw.replace(/\r\n?/g, '\n');
        this.value = raw;
        this.tplCooked = this.tplBadEscape >= 0 ? null : cooked;
        if (c === 96) {
          this.pos++;
          this.type = endType;
        } else {
          this.pos += 2;
          this.type = substType;
        }
        return;
      }
      if (c === 92) {
        cooked += input.slice(chunkStart, this.pos);
        const at = this.pos;
        const n = input.charCodeAt(this.pos + 1);
        if (n === 13) rawHasCR = true;
        const esc = this.readEscape(true);
        if (this.tplBadEscape < 0 || this.tplBadEscape !== at) cooked += esc;
        chunkStart = this.pos;
      } else if (c === 13) {
        // CR and CR LF are cooked (and raw) as LF.
        cooked += input.slice(chunkStart, this.pos) + '\n';
        rawHasCR = true;
        this.lineBreakInToken(c);
        chunkStart = this.pos;
      } else if (c === 10 || c === 0x2028 || c === 0x2029) {
        this.lineBreakInToken(c);
      } else {
        this.pos++;
      }
    }
  }

  /** The current token is `}` closing a substitution: re-scan it as a template middle/tail. */
  rescanTemplateContinuation(): void {
    this.pos = this.start;
    this.value = undefined;
    this.readTemplateToken(T.TemplateTail, T.TemplateMiddle);
    this.end = this.pos;
  }

  /** The current token is `/` or `/=` where an expression starts: re-scan it as a regex. */
  rescanRegex(): void {
    const input = this.input;
    const start = this.start;
    let p = start + 1;
    let inClass = false;
    for (;;) {
      if (p >= this.length) this.raise(start, 'Unterminated regular expression');
      const c = input.charCodeAt(p);
      if (isLineTerminator(c)) this.raise(start, 'Unterminated regular expression');
      if (c === 92) {
        p++;
        if (p < this.length && isLineTerminator(input.charCodeAt(p))) this.raise(start, 'Unterminated regular expression');
      } else if (c === 91) inClass = true;
      else if (c === 93 && inClass) inClass = false;
      else if (c === 47 && !inClass) break;
      p++;
    }
    const pattern = input.slice(start + 1, p);
    p++;
    this.pos = p;
    let flags = '';
    if (this.pos < this.length) {
      const cp = this.codePointAt(this.pos);
      if (isIdentifierPart(cp) || cp === 92) {
        const flagsStart = this.pos;
        flags = this.readIdentifierName();
        if (this.escaped) this.raise(flagsStart, 'Invalid regular expression flags');
      }
    }
    this.type = T.Regex;
    this.value = { pattern, flags };
    this.end = this.pos;
  }

  /** TypeScript: the current token starts with `>` (`>>`, `>=`, ...): shrink it to one `>`. */
  splitGreater(): void {
    this.pos = this.start + 1;
    this.type = T.Gt;
    this.end = this.pos;
  }

  /** TypeScript: the current token starts with `<` (`<<`, `<=`): shrink it to one `<`. */
  splitLess(): void {
    this.pos = this.start + 1;
    this.type = T.Lt;
    this.end = this.pos;
  }

  /** Character code of the next non-space, non-comment character after the current token. */
  peekChar(): number {
    const save = this.saveState();
    this.pos = this.end;
    this.skipSpace();
    const c = this.pos < this.length ? this.input.charCodeAt(this.pos) : -1;
    this.restoreState(save);
    return c;
  }
}
