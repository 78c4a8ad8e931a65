// Regular-expression pattern parser: ECMA-262 2025 §22.2.1 (grammar and early errors) with the
// [UnicodeMode] (`u`), [UnicodeSetsMode] (`v`) and [NamedCaptureGroups] parameters, and the Annex B.1.2
// extensions when `annexB` is true and neither `u` nor `v` is set. The JS parser calls
// validateRegExpLiteral for every regex literal; the regex compiler builds on parseRegExp's AST
// (stage0/parse/regexp-ast.ts).
//
// One pass over the pattern (recursive descent; groups use an explicit stack), after a linear pre-scan
// that counts capturing groups
// and notes whether any group is named (both are needed before the pass: `\2` means a backreference
// or, in Annex B, an octal escape depending on the total group count, and `\k` is an identity escape
// in Annex B unless the pattern has a named group). Positions are UTF-16 offsets into the pattern; in
// u/v mode a surrogate pair is read as one code point. Groups nest to any depth (heap, not host
// stack) and v-mode classes recurse up to MAX_CLASS_NESTING, so hostile input never overflows the
// host stack; every check is linear or O(log depth) per construct, so time is O(n log n) at worst.

import type {
  Alternative, Atom, Backreference, CapturingGroup, Character, CharacterClass, CharacterClassEscape,
  ClassElement, ClassString, ClassStringDisjunction, Disjunction, Group, Lookaround, QuantifiableNode,
  RegExpFlags, RegExpPattern, Term, UnicodePropertyEscape,
} from './regexp-ast.ts';
import { isClassSetReservedDoublePunctuator, isIdContinue, isIdStart, lookupUnicodeProperty } from './regexp-chars.ts';

export type {
  Alternative, Assertion, Atom, Backreference, CapturingGroup, Character, CharacterClass, CharacterClassEscape,
  ClassElement, ClassRange, ClassString, ClassStringDisjunction, Disjunction, Dot, Group, Lookaround, QuantifiableNode,
  Quantifier, RegExpFlags, RegExpNodeBase, RegExpPattern, Term, UnicodePropertyEscape,
} from './regexp-ast.ts';

/**
 * Deepest nesting of v-mode classes accepted (`[[[...]]]`). Groups nest without limit: they are
 * parsed with an explicit stack. Classes recurse, and no real pattern nests them this deep.
 */
export const MAX_CLASS_NESTING = 256;

/** Every early error the parser reports, once (messages follow V8's wording where there is one). */
export const RegExpErrors = {
  invalidFlag: 'Invalid regular expression flag',
  duplicateFlag: 'Duplicate regular expression flag',
  unicodeAndSets: "Regular expression flags 'u' and 'v' cannot be used together",
  unmatchedParen: 'Unmatched \')\'',
  unterminatedGroup: 'Unterminated group',
  invalidGroup: 'Invalid group',
  nothingToRepeat: 'Nothing to repeat',
  loneQuantifierBrackets: 'Lone quantifier brackets',
  incompleteQuantifier: 'Incomplete quantifier',
  quantifierOutOfOrder: 'numbers out of order in {} quantifier',
  escapeAtEnd: '\\ at end of pattern',
  invalidEscape: 'Invalid escape',
  invalidUnicodeEscape: 'Invalid Unicode escape',
  invalidDecimalEscape: 'Invalid decimal escape',
  invalidClassEscape: 'Invalid class escape',
  invalidBackreference: 'Invalid reference to a capture group that does not exist',
  invalidNamedReference: 'Invalid named reference',
  invalidNamedCaptureReferenced: 'Invalid named capture referenced',
  invalidCaptureGroupName: 'Invalid capture group name',
  duplicateCaptureGroupName: 'Duplicate capture group name',
  invalidPropertyName: 'Invalid property name',
  unterminatedClass: 'Unterminated character class',
  rangeOutOfOrder: 'Range out of order in character class',
  classEscapeInRange: 'Invalid character class range (class escape as an end point)',
  invalidSetOperation: 'Invalid set operation in character class',
  invalidClassSetCharacter: 'Invalid character in character class',
  negatedClassMayContainStrings: 'Negated character class may contain strings',
  invalidModifiers: 'Invalid regular expression modifiers',
  repeatedModifier: 'Repeated flag in regular expression modifiers',
  emptyModifiers: 'Empty regular expression modifiers',
  tooDeep: 'Regular expression too deeply nested',
} as const;

/** An early error in a pattern or its flags; `index` as documented at validateRegExpLiteral. */
export class RegExpSyntaxError extends SyntaxError {
  readonly index: number;
  constructor(message: string, index: number) {
    super(message);
    this.name = 'SyntaxError';
    this.index = index;
  }
}

/**
 * Returns null if `/pattern/flags` is a valid regular expression, else its first early error.
 * `index` is a UTF-16 offset into `pattern`; for an error in the flags it points into the flags as
 * written after the closing slash: `pattern.length + 1 + i` for the flag at position `i`.
 * `annexB` enables the web-compatibility grammar of Annex B.1.2 (only outside u/v mode).
 */
export function validateRegExpLiteral(pattern: string, flags: string, annexB: boolean): { message: string; index: number } | null {
  try {
    parseRegExp(pattern, flags, annexB);
    return null;
  } catch (e) {
    if (e instanceof RegExpSyntaxError) return { message: e.message, index: e.index };
    throw e;
  }
}

/** Parses `/pattern/flags`; throws RegExpSyntaxError (only) on an early error. */
export function parseRegExp(pattern: string, flags: string, annexB: boolean): RegExpPattern {
  const parsedFlags = parseFlags(flags, pattern.length + 1);
  return new RegExpParser(pattern, parsedFlags, annexB).parsePattern();
}

const FLAG_NAMES = {
  d: 'hasIndices', g: 'global', i: 'ignoreCase', m: 'multiline', s: 'dotAll', u: 'unicode', y: 'sticky', v: 'unicodeSets',
} as const satisfies Record<string, keyof RegExpFlags>;

function parseFlags(flags: string, base: number): RegExpFlags {
  const result: RegExpFlags = {
    hasIndices: false, global: false, ignoreCase: false, multiline: false,
    dotAll: false, unicode: false, sticky: false, unicodeSets: false,
  };
  for (let i = 0; i < flags.length; i++) {
    const c = flags[i];
    if (!Object.hasOwn(FLAG_NAMES, c)) throw new RegExpSyntaxError(RegExpErrors.invalidFlag, base + i);
    const key = FLAG_NAMES[c as keyof typeof FLAG_NAMES];
    if (result[key]) throw new RegExpSyntaxError(RegExpErrors.duplicateFlag, base + i);
    result[key] = true;
    if (result.unicode && result.unicodeSets) throw new RegExpSyntaxError(RegExpErrors.unicodeAndSets, base + i);
  }
  return result;
}

/**
 * CountLeftCapturingParensWithin and "contains a GroupName", in one linear scan that skips escapes
 * and character classes (nested in v mode). A `(` counts unless it starts `(?`, except `(?<name>`.
 */
function prescan(src: string, vMode: boolean): { groupCount: number; hasNamedGroups: boolean } {
  let groupCount = 0;
  let hasNamedGroups = false;
  let classDepth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i++;
    } else if (c === 0x5b /* [ */) {
      if (vMode || classDepth === 0) classDepth++;
    } else if (c === 0x5d /* ] */) {
      if (classDepth > 0) classDepth--;
    } else if (c === 0x28 /* ( */ && classDepth === 0) {
      if (src.charCodeAt(i + 1) !== 0x3f /* ? */) {
        groupCount++;
      } else if (src.charCodeAt(i + 2) === 0x3c /* < */) {
        const d = src.charCodeAt(i + 3);
        if (d !== 0x3d /* = */ && d !== 0x21 /* ! */) {
          groupCount++;
          hasNamedGroups = true;
        }
      }
    }
  }
  return { groupCount, hasNamedGroups };
}

/** Code units the parser tests for by name. */
const Ch = {
  Dollar: 0x24, LParen: 0x28, RParen: 0x29, Star: 0x2a, Plus: 0x2b, Comma: 0x2c,
  Minus: 0x2d, Dot: 0x2e, Slash: 0x2f, Zero: 0x30, Colon: 0x3a,
  Lt: 0x3c, Eq: 0x3d, Gt: 0x3e, Question: 0x3f, LBracket: 0x5b, Backslash: 0x5c,
  RBracket: 0x5d, Caret: 0x5e, Underscore: 0x5f, LBrace: 0x7b, Pipe: 0x7c, RBrace: 0x7d,
} as const;

function isDecimalDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/** SyntaxCharacter :: one of ^ $ \ . * + ? ( ) [ ] { } | */
function isSyntaxCharacter(c: number): boolean {
  return c === 0x5e || c === 0x24 || c === 0x5c || c === 0x2e || c === 0x2a || c === 0x2b || c === 0x3f ||
    c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x7c;
}

/** ClassSetSyntaxCharacter :: one of ( ) [ ] { } / - \ | */
function isClassSetSyntaxCharacter(c: number): boolean {
  return c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f ||
    c === 0x2d || c === 0x5c || c === 0x7c;
}

/** ClassSetReservedPunctuator :: one of & - ! # % , : ; < = > @ ` ~ */
function isClassSetReservedPunctuator(c: number): boolean {
  return c === 0x26 || c === 0x2d || c === 0x21 || c === 0x23 || c === 0x25 || c === 0x2c || c === 0x3a ||
    c === 0x3b || c === 0x3c || c === 0x3d || c === 0x3e || c === 0x40 || c === 0x60 || c === 0x7e;
}

/** Compares two decimal digit strings by value, exactly (no overflow): <0, 0, >0. */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A group or lookaround whose `)` has not been reached yet, with its disjunction so far. */
interface GroupFrame {
  /** Offset of the `(`; 0 for the pattern itself. */
  start: number;
  /** Builds the node at `)`; null for the pattern's top-level disjunction. */
  close: ((body: Disjunction, end: number) => QuantifiableNode) | null;
  /** Whether a quantifier may follow the `)`. */
  quantifiable: boolean;
  disjunctionStart: number;
  alternatives: Alternative[];
  alternativeStart: number;
  terms: Term[];
}

/** A ClassAtom of a non-v class: a single character, or a class escape (which cannot bound a range). */
type ClassAtom = { kind: 'char'; node: Character } | { kind: 'class'; node: CharacterClassEscape | UnicodePropertyEscape };

/** An operand of a v-mode class as parsed, with the MayContainStrings it contributes. */
type SetOperand = { node: ClassElement; mayContainStrings: boolean };

class RegExpParser {
  private readonly src: string;
  private readonly flags: RegExpFlags;
  /** [UnicodeMode]: u or v. */
  private readonly unicodeMode: boolean;
  /** [UnicodeSetsMode]: v. */
  private readonly unicodeSets: boolean;
  /** Annex B.1.2 grammar in effect (requested, and not u/v). */
  private readonly annexB: boolean;
  /** [NamedCaptureGroups]. */
  private readonly namedGroups: boolean;
  private readonly groupCount: number;
  private pos = 0;
  /** Nesting of v-mode classes being parsed (bounded by MAX_CLASS_NESTING). */
  private classDepth = 0;
  private nextGroupIndex = 1;
  private readonly groupNames = new Map<string, number[]>();
  private readonly namedReferences: Backreference[] = [];
  /**
   * Duplicate-name check (ES2025 duplicate named groups): for each group name, the offset of the
   * latest group with that name. Two groups may share a name only if they sit in different
   * alternatives of a common disjunction. With the open disjunctions D0..Dk on `frames` (Di starting
   * at si, its current alternative at ai; s0 <= a0 <= s1 <= ... <= ak), an earlier group at offset p
   * can participate together with a group starting now unless p lies in a "gap" [si, ai) (an
   * earlier, finished alternative of an open disjunction). Checking only the latest group of the
   * name suffices: if it is in a gap [si, ai) while an older one outside every gap exists, the older
   * one (before si, where the gaps have not changed since) was already visible to the latest one,
   * which would have been an error.
   */
  private readonly lastGroupWithName = new Map<string, number>();
  /** The open groups, innermost last; frames[0] is the pattern's top-level disjunction. */
  private readonly frames: GroupFrame[] = [];

  constructor(src: string, flags: RegExpFlags, annexB: boolean) {
    this.src = src;
    this.flags = flags;
    this.unicodeSets = flags.unicodeSets;
    this.unicodeMode = flags.unicode || flags.unicodeSets;
    this.annexB = annexB && !this.unicodeMode;
    const scan = prescan(src, this.unicodeSets);
    this.groupCount = scan.groupCount;
    // B.1.2.9 ParsePattern: without u/v, the pattern is parsed [~NamedCaptureGroups] unless it
    // contains a GroupName. Without Annex B, ES2025 parses every pattern [+NamedCaptureGroups].
    this.namedGroups = this.unicodeMode || !this.annexB || scan.hasNamedGroups;
  }

  parsePattern(): RegExpPattern {
    const body = this.parseDisjunction();
    for (const ref of this.namedReferences) {
      const indices = this.groupNames.get(ref.name!);
      if (!indices) throw this.error(RegExpErrors.invalidNamedCaptureReferenced, ref.start);
      ref.indices = indices;
    }
    return {
      type: 'Pattern', start: 0, end: this.src.length, body, flags: this.flags,
      groupCount: this.groupCount, groupNames: this.groupNames,
    };
  }

  // ---- reading ----------------------------------------------------------------------------------

  private error(message: string, index: number): RegExpSyntaxError {
    return new RegExpSyntaxError(message, index);
  }

  /** The code unit at pos + offset, or -1 past the end. */
  private peek(offset = 0): number {
    const i = this.pos + offset;
    return i < this.src.length ? this.src.charCodeAt(i) : -1;
  }

  /** The source character at pos: a code point in u/v mode, a code unit otherwise; -1 at the end. */
  private peekSourceCharacter(): number {
    if (this.pos >= this.src.length) return -1;
    return this.unicodeMode ? this.src.codePointAt(this.pos)! : this.src.charCodeAt(this.pos);
  }

  private eat(c: number): boolean {
    if (this.peek() !== c) return false;
    this.pos++;
    return true;
  }

  private eatSourceCharacter(): number {
    const c = this.peekSourceCharacter();
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  private character(value: number, start: number): Character {
    return { type: 'Character', start, end: this.pos, value };
  }

  private enterClass(at: number): void {
    if (++this.classDepth > MAX_CLASS_NESTING) throw this.error(RegExpErrors.tooDeep, at);
  }

  // ---- Disjunction, Alternative, Term -------------------------------------------------------------

  /**
   * Pattern :: Disjunction, with groups parsed iteratively: each open group is a GroupFrame on an
   * explicit stack, so nesting depth costs heap, not host stack.
   */
  private parseDisjunction(): Disjunction {
    const stack = this.frames;
    stack.push(this.newFrame(0, null, false));
    for (;;) {
      const frame = stack[stack.length - 1];
      const c = this.peek();
      if (c === Ch.Pipe) {
        this.endAlternative(frame);
        this.pos++;
        this.startAlternative(frame);
        continue;
      }
      if (c === -1 || c === Ch.RParen) {
        this.endAlternative(frame);
        const body = this.endDisjunction(frame);
        if (frame.close === null) {
          if (c === Ch.RParen) throw this.error(RegExpErrors.unmatchedParen, this.pos);
          return body;
        }
        if (c === -1) throw this.error(RegExpErrors.unterminatedGroup, frame.start);
        this.pos++; // )
        stack.pop();
        const node = frame.close(body, this.pos);
        stack[stack.length - 1].terms.push(frame.quantifiable ? this.parseQuantifierOpt(node) : this.noQuantifier(node));
        continue;
      }
      if (c === Ch.LParen) {
        stack.push(this.openGroup());
        continue;
      }
      frame.terms.push(this.parseTerm());
    }
  }

  private newFrame(start: number, close: GroupFrame['close'], quantifiable: boolean): GroupFrame {
    const frame: GroupFrame = {
      start, close, quantifiable, disjunctionStart: this.pos, alternatives: [], alternativeStart: this.pos,
      terms: [],
    };
    return frame;
  }

  private startAlternative(frame: GroupFrame): void {
    frame.alternativeStart = this.pos;
    frame.terms = [];
  }

  private endAlternative(frame: GroupFrame): void {
    frame.alternatives.push({ type: 'Alternative', start: frame.alternativeStart, end: this.pos, terms: frame.terms });
  }

  private endDisjunction(frame: GroupFrame): Disjunction {
    return { type: 'Disjunction', start: frame.disjunctionStart, end: this.pos, alternatives: frame.alternatives };
  }

  /** Whether a group at `offset` may participate together with one starting now (see lastGroupWithName). */
  private mayParticipateWithCurrent(offset: number): boolean {
    // The innermost open disjunction that started at or before `offset` (binary search: starts ascend).
    const frames = this.frames;
    let lo = 0;
    let hi = frames.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (frames[mid].disjunctionStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset >= frames[lo].alternativeStart;
  }

  /**
   * Reads the opening of a group or lookaround at `(` (through `(`, `(?:`, `(?<name>`, `(?=`,
   * `(?ims-ims:` ...) and returns the frame that will build its node when `)` is reached.
   */
  private openGroup(): GroupFrame {
    const start = this.pos;
    this.pos++; // (
    if (!this.eat(Ch.Question)) {
      const index = this.nextGroupIndex++;
      return this.newFrame(start, (body, end) => ({ type: 'CapturingGroup', start, end, index, name: null, body }), true);
    }
    const d = this.peek();
    const behind = d === Ch.Lt && (this.peek(1) === Ch.Eq || this.peek(1) === 0x21);
    if (d === Ch.Eq || d === 0x21 /* ! */ || behind) {
      const negate = (behind ? this.peek(1) : d) === 0x21;
      this.pos += behind ? 2 : 1;
      const kind = behind ? 'lookbehind' : 'lookahead';
      // Annex B QuantifiableAssertion: a lookahead may be quantified outside u/v mode.
      return this.newFrame(start, (body, end): Lookaround => ({ type: 'Lookaround', start, end, kind, negate, body }), !behind && this.annexB);
    }
    if (this.eat(Ch.Colon)) {
      return this.newFrame(start, (body, end) => ({ type: 'Group', start, end, modifiers: null, body }), true);
    }
    if (this.eat(Ch.Lt)) {
      const nameStart = this.pos;
      const name = this.parseGroupName();
      const index = this.nextGroupIndex++;
      const previous = this.lastGroupWithName.get(name);
      if (previous !== undefined && this.mayParticipateWithCurrent(previous)) {
        throw this.error(RegExpErrors.duplicateCaptureGroupName, nameStart);
      }
      this.lastGroupWithName.set(name, start);
      const list = this.groupNames.get(name);
      if (list) list.push(index);
      else this.groupNames.set(name, [index]);
      return this.newFrame(start, (body, end) => ({ type: 'CapturingGroup', start, end, index, name, body }), true);
    }
    const modifiers = this.parseModifiers(start);
    return this.newFrame(start, (body, end) => ({ type: 'Group', start, end, modifiers, body }), true);
  }

  /** A Term that does not start with `(` (groups are opened by parseDisjunction). */
  private parseTerm(): Term {
    const start = this.pos;
    const c = this.peek();
    // Assertions that can never be quantified.
    if (c === Ch.Caret || c === Ch.Dollar) {
      this.pos++;
      return this.noQuantifier({ type: 'Assertion', start, end: this.pos, kind: c === Ch.Caret ? 'start' : 'end' });
    }
    if (c === Ch.Backslash && (this.peek(1) === 0x62 /* b */ || this.peek(1) === 0x42 /* B */)) {
      const kind = this.peek(1) === 0x62 ? 'wordBoundary' : 'nonWordBoundary';
      this.pos += 2;
      return this.noQuantifier({ type: 'Assertion', start, end: this.pos, kind });
    }
    return this.parseQuantifierOpt(this.parseAtom());
  }

  /** After a term that takes no quantifier: reject one if present. */
  private noQuantifier<T extends Term>(node: T): T {
    const c = this.peek();
    if (c === Ch.Star || c === Ch.Plus || c === Ch.Question || (c === Ch.LBrace && this.scanBracedQuantifier() !== null)) {
      throw this.error(RegExpErrors.nothingToRepeat, this.pos);
    }
    return node;
  }

  /**
   * Reads `{n}`, `{n,}` or `{n,m}` at pos without consuming it; null if the text there is not one.
   */
  private scanBracedQuantifier(): { min: string; max: string | null; end: number } | null {
    const s = this.src;
    let i = this.pos + 1;
    const minStart = i;
    while (i < s.length && isDecimalDigit(s.charCodeAt(i))) i++;
    if (i === minStart) return null;
    const min = s.slice(minStart, i);
    let max: string | null = min;
    if (s.charCodeAt(i) === Ch.Comma) {
      i++;
      const maxStart = i;
      while (i < s.length && isDecimalDigit(s.charCodeAt(i))) i++;
      max = i === maxStart ? null : s.slice(maxStart, i);
    }
    if (s.charCodeAt(i) !== Ch.RBrace) return null;
    return { min, max, end: i + 1 };
  }

  private parseQuantifierOpt(body: QuantifiableNode): Term {
    const start = body.start;
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === Ch.Star) {
      min = 0; max = Infinity; this.pos++;
    } else if (c === Ch.Plus) {
      min = 1; max = Infinity; this.pos++;
    } else if (c === Ch.Question) {
      min = 0; max = 1; this.pos++;
    } else if (c === Ch.LBrace) {
      const q = this.scanBracedQuantifier();
      if (q === null) {
        // Annex B: a `{` that does not start a quantifier is an ExtendedPatternCharacter.
        if (this.annexB) return body;
        throw this.error(RegExpErrors.incompleteQuantifier, this.pos);
      }
      if (q.max !== null && compareDigits(q.min, q.max) > 0) throw this.error(RegExpErrors.quantifierOutOfOrder, this.pos);
      min = Number(q.min);
      max = q.max === null ? Infinity : Number(q.max);
      this.pos = q.end;
    } else {
      return body;
    }
    const greedy = !this.eat(Ch.Question);
    return { type: 'Quantifier', start, end: this.pos, min, max, greedy, body };
  }

  // ---- Atoms --------------------------------------------------------------------------------------

  private parseAtom(): Atom {
    const start = this.pos;
    const c = this.peek();
    switch (c) {
      case Ch.Dot:
        this.pos++;
        return { type: 'Dot', start, end: this.pos };
      case Ch.LBracket:
        this.pos++;
        return this.unicodeSets ? this.parseClassSet(start) : this.parseClassRanges(start);
      case Ch.Backslash:
        return this.parseAtomEscape();
      case Ch.Star:
      case Ch.Plus:
      case Ch.Question:
        throw this.error(RegExpErrors.nothingToRepeat, start);
      case Ch.LBrace:
        // InvalidBracedQuantifier is an error even in Annex B; any other `{` is literal there.
        if (this.scanBracedQuantifier() !== null) throw this.error(RegExpErrors.nothingToRepeat, start);
        if (!this.annexB) throw this.error(RegExpErrors.loneQuantifierBrackets, start);
        break;
      case Ch.RBrace:
      case Ch.RBracket:
        if (!this.annexB) throw this.error(RegExpErrors.loneQuantifierBrackets, start);
        break;
    }
    return this.character(this.eatSourceCharacter(), start);
  }

  /**
   * `(?` RegularExpressionModifiers [`-` RegularExpressionModifiers] `:` (ES2025 §22.2.1.1): only
   * i, m and s, none repeated, none both added and removed, and not `(?-:`.
   */
  private parseModifiers(groupStart: number): { add: string; remove: string } {
    const readSet = (): string => {
      let set = '';
      for (;;) {
        const c = this.peek();
        if (c !== 0x69 && c !== 0x6d && c !== 0x73) return set; // i m s
        const ch = String.fromCharCode(c);
        if (set.includes(ch)) throw this.error(RegExpErrors.repeatedModifier, this.pos);
        set += ch;
        this.pos++;
      }
    };
    const add = readSet();
    let remove = '';
    if (this.eat(Ch.Minus)) {
      const removeStart = this.pos;
      remove = readSet();
      if (add === '' && remove === '') throw this.error(RegExpErrors.emptyModifiers, groupStart);
      for (const ch of remove) {
        if (add.includes(ch)) throw this.error(RegExpErrors.repeatedModifier, removeStart + remove.indexOf(ch));
      }
    } else if (add === '') {
      throw this.error(RegExpErrors.invalidGroup, groupStart);
    }
    if (!this.eat(Ch.Colon)) throw this.error(RegExpErrors.invalidModifiers, this.pos);
    return { add, remove };
  }

  /**
   * GroupName after its `<`, through `>`. RegExpIdentifierName: escapes are always read as in
   * u mode (`\u{...}` and escaped surrogate pairs), and a literal surrogate pair is one character.
   */
  private parseGroupName(): string {
    let name = '';
    for (;;) {
      const at = this.pos;
      const c = this.peek();
      if (c === Ch.Gt && name !== '') {
        this.pos++;
        return name;
      }
      let cp: number;
      if (c === Ch.Backslash) {
        this.pos++;
        if (!this.eat(0x75 /* u */)) throw this.error(RegExpErrors.invalidCaptureGroupName, at);
        cp = this.parseUnicodeEscapeBody(true);
        if (cp < 0) throw this.error(RegExpErrors.invalidCaptureGroupName, at);
      } else if (c === -1) {
        throw this.error(RegExpErrors.invalidCaptureGroupName, at);
      } else {
        cp = this.src.codePointAt(this.pos)!;
        this.pos += cp > 0xffff ? 2 : 1;
      }
      const ok = name === ''
        ? cp === Ch.Dollar || cp === Ch.Underscore || isIdStart(cp)
        : cp === Ch.Dollar || cp === 0x200c || cp === 0x200d || isIdContinue(cp);
      if (!ok) throw this.error(RegExpErrors.invalidCaptureGroupName, at);
      name += String.fromCodePoint(cp);
    }
  }

  // ---- Escapes ------------------------------------------------------------------------------------

  /** `\` AtomEscape (the `\b`/`\B` assertions are handled by parseTerm). */
  private parseAtomEscape(): Atom {
    const start = this.pos;
    this.pos++; // backslash
    const c = this.peek();
    if (c === -1) throw this.error(RegExpErrors.escapeAtEnd, start);
    if (c >= 0x31 && c <= 0x39) {
      // DecimalEscape: as many digits as there are.
      let i = this.pos;
      while (isDecimalDigit(this.src.charCodeAt(i))) i++;
      const digits = this.src.slice(this.pos, i);
      if (compareDigits(digits, String(this.groupCount)) <= 0) {
        this.pos = i;
        return { type: 'Backreference', start, end: this.pos, name: null, indices: [Number(digits)] };
      }
      if (!this.annexB) throw this.error(RegExpErrors.invalidBackreference, start);
      // Annex B: not a backreference; a legacy octal escape or an identity escape (\8, \9).
    }
    if (c === 0x6b /* k */ && this.namedGroups) {
      this.pos++;
      if (!this.eat(Ch.Lt)) throw this.error(RegExpErrors.invalidNamedReference, start);
      const name = this.parseGroupName();
      const ref: Backreference = { type: 'Backreference', start, end: this.pos, name, indices: [] };
      this.namedReferences.push(ref);
      return ref;
    }
    const cls = this.parseCharacterClassEscapeOpt(start);
    if (cls) return cls;
    // Annex B ExtendedAtom `\ [lookahead = c]`: a `\c` that is no control escape is a backslash.
    if (c === 0x63 /* c */ && this.annexB && !isAsciiLetter(this.peek(1))) {
      return this.character(Ch.Backslash, start);
    }
    return this.character(this.parseCharacterEscape(start, false), start);
  }

  /** `\d \D \s \S \w \W`, and in u/v mode `\p{...}` / `\P{...}`, after the backslash; else null. */
  private parseCharacterClassEscapeOpt(start: number): CharacterClassEscape | UnicodePropertyEscape | null {
    const c = this.peek();
    let kind: CharacterClassEscape['kind'];
    switch (c) {
      case 0x64: case 0x44: kind = 'digit'; break; // d D
      case 0x73: case 0x53: kind = 'space'; break; // s S
      case 0x77: case 0x57: kind = 'word'; break; // w W
      case 0x70: case 0x50: // p P
        if (!this.unicodeMode) return null;
        return this.parseUnicodePropertyEscape(start, c === 0x50);
      default:
        return null;
    }
    this.pos++;
    return { type: 'CharacterClassEscape', start, end: this.pos, kind, negate: c < 0x60 };
  }

  /**
   * `\p{` UnicodePropertyValueExpression `}` after the backslash, checked against the property
   * tables (§22.2.2.9 UnicodeMatchProperty / UnicodeMatchPropertyValue: exact names, no loose matching).
   */
  private parseUnicodePropertyEscape(start: number, negate: boolean): UnicodePropertyEscape {
    this.pos++; // p or P
    if (!this.eat(Ch.LBrace)) throw this.error(RegExpErrors.invalidPropertyName, start);
    const bodyStart = this.pos;
    while (this.pos < this.src.length && this.peek() !== Ch.RBrace) this.pos++;
    if (this.pos >= this.src.length) throw this.error(RegExpErrors.invalidPropertyName, start);
    const body = this.src.slice(bodyStart, this.pos);
    this.pos++; // }
    const eq = body.indexOf('=');
    let name = body;
    let value: string | null = null;
    if (eq >= 0) {
      name = body.slice(0, eq);
      value = body.slice(eq + 1);
      // UnicodePropertyName: ControlLetter or _; UnicodePropertyValue: also digits. One `=` only.
      if (!/^[A-Za-z_]+$/.test(name) || !/^[A-Za-z0-9_]+$/.test(value)) throw this.error(RegExpErrors.invalidPropertyName, start);
    } else if (!/^[A-Za-z0-9_]+$/.test(body)) {
      throw this.error(RegExpErrors.invalidPropertyName, start);
    }
    const kind = lookupUnicodeProperty(name, value);
    if (kind === null) throw this.error(RegExpErrors.invalidPropertyName, start);
    // Properties of strings exist only in v mode, and cannot be complemented with \P.
    if (kind === 'strings' && (!this.unicodeSets || negate)) throw this.error(RegExpErrors.invalidPropertyName, start);
    return { type: 'UnicodePropertyEscape', start, end: this.pos, kind, name, value, negate };
  }

  /**
   * CharacterEscape (with Annex B's legacy octal and wider identity escapes) at pos, just after the
   * backslash at `start`; returns the character value. `inClass` selects ClassEscape's extras.
   */
  private parseCharacterEscape(start: number, inClass: boolean): number {
    const c = this.peek();
    switch (c) {
      case 0x66: this.pos++; return 0x0c; // f
      case 0x6e: this.pos++; return 0x0a; // n
      case 0x72: this.pos++; return 0x0d; // r
      case 0x74: this.pos++; return 0x09; // t
      case 0x76: this.pos++; return 0x0b; // v
      case 0x63: { // c
        const d = this.peek(1);
        if (isAsciiLetter(d) || (inClass && this.annexB && (isDecimalDigit(d) || d === Ch.Underscore))) {
          this.pos += 2;
          return d % 32;
        }
        break; // Annex B handles a bare `\c` in its callers; otherwise an error below.
      }
      case 0x30: // 0
        if (!isDecimalDigit(this.peek(1))) {
          this.pos++;
          return 0;
        }
        if (this.annexB) return this.parseLegacyOctal();
        throw this.error(RegExpErrors.invalidDecimalEscape, start);
      case 0x78: { // x
        const h1 = hexValue(this.peek(1));
        const h2 = hexValue(this.peek(2));
        if (h1 >= 0 && h2 >= 0) {
          this.pos += 3;
          return h1 * 16 + h2;
        }
        if (!this.annexB) throw this.error(RegExpErrors.invalidEscape, start);
        break;
      }
      case 0x75: { // u
        this.pos++;
        const cp = this.parseUnicodeEscapeBody(this.unicodeMode);
        if (cp >= 0) return cp;
        if (!this.annexB) throw this.error(RegExpErrors.invalidUnicodeEscape, start);
        this.pos--; // identity escape `u`
        break;
      }
    }
    if (c >= 0x31 && c <= 0x37 && this.annexB) return this.parseLegacyOctal();
    // IdentityEscape.
    if (this.unicodeMode) {
      if (isSyntaxCharacter(c) || c === Ch.Slash || (inClass && c === Ch.Minus)) {
        this.pos++;
        return c;
      }
      throw this.error(inClass ? RegExpErrors.invalidClassEscape : RegExpErrors.invalidEscape, start);
    }
    const cu = this.peek();
    if (this.annexB) {
      // SourceCharacterIdentityEscape: anything but `c`, and but `k` with [NamedCaptureGroups].
      if (cu !== 0x63 && !(cu === 0x6b && this.namedGroups)) {
        this.pos++;
        return cu;
      }
      throw this.error(RegExpErrors.invalidEscape, start);
    }
    if (isIdContinue(cu)) throw this.error(inClass ? RegExpErrors.invalidClassEscape : RegExpErrors.invalidEscape, start);
    this.pos++;
    return cu;
  }

  /** Annex B LegacyOctalEscapeSequence at pos (first digit 0-7): up to three digits, value <= 0o377. */
  private parseLegacyOctal(): number {
    const d0 = this.peek() - Ch.Zero;
    this.pos++;
    let value = d0;
    const d1 = this.peek() - Ch.Zero;
    if (d1 < 0 || d1 > 7) return value;
    this.pos++;
    value = value * 8 + d1;
    const d2 = this.peek() - Ch.Zero;
    if (d0 > 3 || d2 < 0 || d2 > 7) return value;
    this.pos++;
    return value * 8 + d2;
  }

  /**
   * RegExpUnicodeEscapeSequence after `\u`. With `unicode` (u/v mode, and group names): `u{hex}`
   * up to 0x10FFFF, and a lead-surrogate escape followed by `\u` trail-surrogate combines into one
   * code point. Returns -1 (pos unchanged) if the text is not a valid escape.
   */
  private parseUnicodeEscapeBody(unicode: boolean): number {
    if (unicode && this.peek() === Ch.LBrace) {
      let i = this.pos + 1;
      let value = 0;
      while (hexValue(this.src.charCodeAt(i)) >= 0) {
        value = value * 16 + hexValue(this.src.charCodeAt(i));
        if (value > 0x10ffff) return -1;
        i++;
      }
      if (i === this.pos + 1 || this.src.charCodeAt(i) !== Ch.RBrace) return -1;
      this.pos = i + 1;
      return value;
    }
    const lead = this.readHex4(this.pos);
    if (lead < 0) return -1;
    this.pos += 4;
    if (unicode && lead >= 0xd800 && lead <= 0xdbff && this.peek() === Ch.Backslash && this.peek(1) === 0x75) {
      const trail = this.readHex4(this.pos + 2);
      if (trail >= 0xdc00 && trail <= 0xdfff) {
        this.pos += 6;
        return (lead - 0xd800) * 0x400 + (trail - 0xdc00) + 0x10000;
      }
    }
    return lead;
  }

  private readHex4(i: number): number {
    let value = 0;
    for (let k = 0; k < 4; k++) {
      const h = hexValue(this.src.charCodeAt(i + k));
      if (h < 0) return -1;
      value = value * 16 + h;
    }
    return value;
  }

  // ---- Character classes without v ----------------------------------------------------------------

  /** `[` ClassContents `]` (NonemptyClassRanges) after the `[`. */
  private parseClassRanges(start: number): CharacterClass {
    const negate = this.eat(Ch.Caret);
    const elements: ClassElement[] = [];
    for (;;) {
      const c = this.peek();
      if (c === -1) throw this.error(RegExpErrors.unterminatedClass, start);
      if (c === Ch.RBracket) break;
      const first = this.parseClassAtom(start);
      if (this.peek() !== Ch.Minus || this.peek(1) === Ch.RBracket || this.peek(1) === -1) {
        elements.push(first.node);
        continue;
      }
      const dashStart = this.pos;
      this.pos++; // -
      const second = this.parseClassAtom(start);
      if (first.kind === 'class' || second.kind === 'class') {
        // Annex B (non-u only): a class escape at either end makes the `-` a literal.
        if (!this.annexB) throw this.error(RegExpErrors.classEscapeInRange, first.node.start);
        elements.push(first.node, { type: 'Character', start: dashStart, end: dashStart + 1, value: Ch.Minus }, second.node);
        continue;
      }
      if (first.node.value > second.node.value) throw this.error(RegExpErrors.rangeOutOfOrder, first.node.start);
      elements.push({ type: 'ClassRange', start: first.node.start, end: this.pos, min: first.node, max: second.node });
    }
    this.pos++; // ]
    return { type: 'CharacterClass', start, end: this.pos, negate, kind: 'union', elements, mayContainStrings: false };
  }

  /** ClassAtom: a source character, or `\` ClassEscape. */
  private parseClassAtom(classStart: number): ClassAtom {
    const start = this.pos;
    if (this.peek() !== Ch.Backslash) return { kind: 'char', node: this.character(this.eatSourceCharacter(), start) };
    this.pos++;
    const c = this.peek();
    if (c === -1) throw this.error(RegExpErrors.unterminatedClass, classStart);
    if (c === 0x62 /* b */) {
      this.pos++;
      return { kind: 'char', node: this.character(0x08, start) };
    }
    if (this.unicodeMode && c === Ch.Minus) {
      this.pos++;
      return { kind: 'char', node: this.character(Ch.Minus, start) };
    }
    const cls = this.parseCharacterClassEscapeOpt(start);
    if (cls) return { kind: 'class', node: cls };
    if (this.annexB) {
      // Annex B ClassAtomNoDash `\ [lookahead = c]`: a backslash, the `c` is read next.
      if (c === 0x63 /* c */ && !isAsciiLetter(this.peek(1)) && !isDecimalDigit(this.peek(1)) && this.peek(1) !== Ch.Underscore) {
        return { kind: 'char', node: this.character(Ch.Backslash, start) };
      }
      if (c === 0x38 || c === 0x39) { // \8 \9: identity escapes
        this.pos++;
        return { kind: 'char', node: this.character(c, start) };
      }
    }
    return { kind: 'char', node: this.character(this.parseCharacterEscape(start, true), start) };
  }

  // ---- Character classes with v (UnicodeSetsMode) -------------------------------------------------

  /**
   * `[` ClassContents[+UnicodeSetsMode] `]` after the `[`: a ClassUnion, ClassIntersection (`&&`) or
   * ClassSubtraction (`--`); operators cannot be mixed at one level (nest a class instead).
   */
  private parseClassSet(start: number): CharacterClass {
    this.enterClass(start);
    const negate = this.eat(Ch.Caret);
    const elements: ClassElement[] = [];
    let kind: CharacterClass['kind'] = 'union';
    let mayContainStrings = false;
    if (this.peek() !== Ch.RBracket) {
      const first = this.parseClassSetOperand(start, true);
      elements.push(first.node);
      mayContainStrings = first.mayContainStrings;
      const op = this.peekSetOperator();
      if (op !== null) {
        // ClassIntersection / ClassSubtraction: operands only, no ranges, one operator throughout.
        if (first.node.type === 'ClassRange') throw this.error(RegExpErrors.invalidSetOperation, this.pos);
        kind = op;
        while (this.peek() !== Ch.RBracket) {
          if (this.peek() === -1) throw this.error(RegExpErrors.unterminatedClass, start);
          if (this.peekSetOperator() !== op) throw this.error(RegExpErrors.invalidSetOperation, this.pos);
          this.pos += 2;
          if (op === 'intersection' && this.peek() === 0x26 /* & */) throw this.error(RegExpErrors.invalidSetOperation, this.pos);
          const operand = this.parseClassSetOperand(start, false);
          elements.push(operand.node);
          // Intersection may contain strings only if every operand may; subtraction if the first may.
          if (op === 'intersection') mayContainStrings &&= operand.mayContainStrings;
        }
      } else {
        while (this.peek() !== Ch.RBracket) {
          if (this.peekSetOperator() !== null) throw this.error(RegExpErrors.invalidSetOperation, this.pos);
          const operand = this.parseClassSetOperand(start, true);
          elements.push(operand.node);
          mayContainStrings ||= operand.mayContainStrings;
        }
      }
    }
    this.pos++; // ]
    this.classDepth--;
    if (negate && mayContainStrings) throw this.error(RegExpErrors.negatedClassMayContainStrings, start);
    return { type: 'CharacterClass', start, end: this.pos, negate, kind, elements, mayContainStrings };
  }

  /** The set operator at pos: `&&` or `--`; else null. */
  private peekSetOperator(): 'intersection' | 'subtraction' | null {
    const c = this.peek();
    if (c === 0x26 /* & */ && this.peek(1) === 0x26) return 'intersection';
    if (c === Ch.Minus && this.peek(1) === Ch.Minus) return 'subtraction';
    return null;
  }

  /** ClassSetOperand, or with `allowRange` also a ClassSetRange. Errors at the end of the pattern. */
  private parseClassSetOperand(classStart: number, allowRange: boolean): SetOperand {
    const start = this.pos;
    const c = this.peek();
    if (c === -1) throw this.error(RegExpErrors.unterminatedClass, classStart);
    if (c === Ch.LBracket) {
      this.pos++;
      const node = this.parseClassSet(start);
      return { node, mayContainStrings: node.mayContainStrings };
    }
    if (c === Ch.Backslash) {
      const d = this.peek(1);
      if (d === 0x71 /* q */ && this.peek(2) === Ch.LBrace) return this.parseClassStringDisjunction(classStart);
      this.pos++;
      const cls = this.parseCharacterClassEscapeOpt(start);
      if (cls) return { node: cls, mayContainStrings: cls.type === 'UnicodePropertyEscape' && cls.kind === 'strings' };
      this.pos = start;
    }
    const first = this.parseClassSetCharacter(classStart);
    if (!allowRange || this.peek() !== Ch.Minus || this.peek(1) === Ch.Minus) {
      return { node: first, mayContainStrings: false };
    }
    this.pos++; // -
    const next = this.peek();
    if (next === Ch.LBracket || (next === Ch.Backslash && /[dDsSwWpPq]/.test(this.src[this.pos + 1] ?? ''))) {
      throw this.error(RegExpErrors.classEscapeInRange, first.start);
    }
    const second = this.parseClassSetCharacter(classStart);
    if (first.value > second.value) throw this.error(RegExpErrors.rangeOutOfOrder, first.start);
    return { node: { type: 'ClassRange', start, end: this.pos, min: first, max: second }, mayContainStrings: false };
  }

  /** ClassSetCharacter: a character that is neither reserved double punctuation nor set syntax. */
  private parseClassSetCharacter(classStart: number): Character {
    const start = this.pos;
    const c = this.peek();
    if (c === -1) throw this.error(RegExpErrors.unterminatedClass, classStart);
    if (c === Ch.Backslash) {
      this.pos++;
      const d = this.peek();
      if (d === -1) throw this.error(RegExpErrors.unterminatedClass, classStart);
      if (d === 0x62 /* b */) {
        this.pos++;
        return this.character(0x08, start);
      }
      if (isClassSetReservedPunctuator(d)) {
        this.pos++;
        return this.character(d, start);
      }
      return this.character(this.parseCharacterEscape(start, false), start);
    }
    if (isClassSetReservedDoublePunctuator(c, this.peek(1))) throw this.error(RegExpErrors.invalidSetOperation, start);
    if (isClassSetSyntaxCharacter(c)) throw this.error(RegExpErrors.invalidClassSetCharacter, start);
    return this.character(this.eatSourceCharacter(), start);
  }

  /** `\q{` ClassString (`|` ClassString)* `}`; may contain strings unless every string is one character. */
  private parseClassStringDisjunction(classStart: number): SetOperand {
    const start = this.pos;
    this.pos += 3; // \q{
    const alternatives: ClassString[] = [];
    let mayContainStrings = false;
    for (;;) {
      const stringStart = this.pos;
      const characters: Character[] = [];
      while (this.peek() !== Ch.Pipe && this.peek() !== Ch.RBrace) {
        if (this.peek() === -1) throw this.error(RegExpErrors.unterminatedClass, classStart);
        characters.push(this.parseClassSetCharacter(classStart));
      }
      if (characters.length !== 1) mayContainStrings = true;
      alternatives.push({ type: 'ClassString', start: stringStart, end: this.pos, characters });
      if (this.eat(Ch.RBrace)) break;
      this.pos++; // |
    }
    const node: ClassStringDisjunction = { type: 'ClassStringDisjunction', start, end: this.pos, alternatives };
    return { node, mayContainStrings };
  }
}
