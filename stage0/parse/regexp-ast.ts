// The AST of a regular-expression pattern (ECMA-262 §22.2.1), produced by stage0/parse/regexp.ts and
// consumed by the regex compiler. Every node carries `start`/`end`: UTF-16 offsets into the pattern
// text (the source between the slashes, or the string given to `new RegExp`), end exclusive.
//
// Invariants the parser guarantees, so later passes need not re-check them:
//   - Character.value is a code point in u/v mode and a UTF-16 code unit otherwise (a literal
//     surrogate pair in a non-u pattern is two Characters, as the spec reads such patterns).
//   - Quantifier: 0 <= min <= max; max is Infinity for `*`, `+` and `{n,}`. Digit strings too large
//     for a double saturate to Infinity (the comparison min <= max is done on the digits, exactly).
//   - Backreference.indices lists existing capture-group indices (1-based), in source order; a named
//     reference lists every group of that name (several, with ES2025 duplicate named groups).
//   - CharacterClass.kind is 'union' outside v mode; ranges, strings and nested classes appear only
//     where the grammar of the mode allows them.

export interface RegExpNodeBase {
  start: number;
  end: number;
}

export interface RegExpFlags {
  hasIndices: boolean; // d
  global: boolean; // g
  ignoreCase: boolean; // i
  multiline: boolean; // m
  dotAll: boolean; // s
  unicode: boolean; // u
  sticky: boolean; // y
  unicodeSets: boolean; // v
}

export interface RegExpPattern extends RegExpNodeBase {
  type: 'Pattern';
  body: Disjunction;
  flags: RegExpFlags;
  /** Number of capturing groups (CountLeftCapturingParensWithin). */
  groupCount: number;
  /** Group name -> indices of the capturing groups with that name, in source order. */
  groupNames: Map<string, number[]>;
}

export interface Disjunction extends RegExpNodeBase {
  type: 'Disjunction';
  alternatives: Alternative[];
}

export interface Alternative extends RegExpNodeBase {
  type: 'Alternative';
  terms: Term[];
}

export type Term = Assertion | Lookaround | Quantifier | Atom;

/** What a Quantifier may repeat: an Atom, or (Annex B, non-u only) a lookahead. */
export type QuantifiableNode = Atom | Lookaround;

export type Atom =
  | Character
  | Dot
  | CharacterClassEscape
  | UnicodePropertyEscape
  | CharacterClass
  | CapturingGroup
  | Group
  | Backreference;

/** `^`, `$`, `\b`, `\B`. */
export interface Assertion extends RegExpNodeBase {
  type: 'Assertion';
  kind: 'start' | 'end' | 'wordBoundary' | 'nonWordBoundary';
}

/** `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`. */
export interface Lookaround extends RegExpNodeBase {
  type: 'Lookaround';
  kind: 'lookahead' | 'lookbehind';
  negate: boolean;
  body: Disjunction;
}

export interface Quantifier extends RegExpNodeBase {
  type: 'Quantifier';
  min: number;
  max: number;
  greedy: boolean;
  body: QuantifiableNode;
}

/** One character to match; `value` is a code point (u/v) or a code unit (otherwise). */
export interface Character extends RegExpNodeBase {
  type: 'Character';
  value: number;
}

export interface Dot extends RegExpNodeBase {
  type: 'Dot';
}

/** `\d \D \s \S \w \W`. */
export interface CharacterClassEscape extends RegExpNodeBase {
  type: 'CharacterClassEscape';
  kind: 'digit' | 'space' | 'word';
  negate: boolean;
}

/**
 * `\p{name}`, `\p{name=value}`, `\P{...}` (u/v mode). For a lone name, `name` is what was written
 * and `value` is null; `kind` says how it was resolved.
 */
export interface UnicodePropertyEscape extends RegExpNodeBase {
  type: 'UnicodePropertyEscape';
  kind: 'generalCategory' | 'script' | 'scriptExtensions' | 'binary' | 'strings';
  name: string;
  value: string | null;
  negate: boolean;
}

export interface CharacterClass extends RegExpNodeBase {
  type: 'CharacterClass';
  negate: boolean;
  /** How `elements` combine: 'union' (juxtaposition), or v-mode `&&` / `--` (left to right). */
  kind: 'union' | 'intersection' | 'subtraction';
  elements: ClassElement[];
  /** MayContainStrings (§22.2.1.6); always false outside v mode. */
  mayContainStrings: boolean;
}

export type ClassElement =
  | Character
  | ClassRange
  | CharacterClassEscape
  | UnicodePropertyEscape
  | CharacterClass
  | ClassStringDisjunction;

export interface ClassRange extends RegExpNodeBase {
  type: 'ClassRange';
  min: Character;
  max: Character;
}

/** v-mode `\q{abc|d|}`. */
export interface ClassStringDisjunction extends RegExpNodeBase {
  type: 'ClassStringDisjunction';
  alternatives: ClassString[];
}

export interface ClassString extends RegExpNodeBase {
  type: 'ClassString';
  characters: Character[];
}

/** `(...)` or `(?<name>...)`; `index` is 1-based. */
export interface CapturingGroup extends RegExpNodeBase {
  type: 'CapturingGroup';
  index: number;
  name: string | null;
  body: Disjunction;
}

/** `(?:...)`, or a modifiers group `(?ims-ims:...)` (ES2025) when `modifiers` is set. */
export interface Group extends RegExpNodeBase {
  type: 'Group';
  modifiers: { add: string; remove: string } | null;
  body: Disjunction;
}

/** `\1` or `\k<name>`; `name` is null for a numbered reference. */
export interface Backreference extends RegExpNodeBase {
  type: 'Backreference';
  name: string | null;
  indices: number[];
}
