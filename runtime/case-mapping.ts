// Full Unicode case mapping: String.prototype.toUpperCase and toLowerCase (ECMA-262 §22.1.3.28 and
// §22.1.3.30: the "full" mappings of Unicode's Default Case Conversion, no locale).
//
// The mappings of each code point are generated from Node's ICU by scripts/gen-unicode.mjs into
// runtime/generated/unicode-case-mapping.ts: runs of code points mapping to one code point (start,
// end, delta, stride), and the code points mapping to several ('ß' -> "SS", 'İ' -> "i̇"). The one
// context-dependent mapping that applies without a locale is Final_Sigma (Unicode §3.13): 'Σ'
// lowers to 'ς' at the end of a word, decided here with the Cased and Case_Ignorable sets of
// runtime/generated/unicode-properties.ts.
import type { i32, bool } from './types.ts';
import { stringGet, stringLength, seqSetChar, STRING_MAX_LENGTH } from './strings.ts';
import {
  CASE_UPPER_RUNS, CASE_UPPER_RUNS_LENGTH, CASE_UPPER_SPECIAL, CASE_UPPER_SPECIAL_LENGTH, CASE_UPPER_SEQUENCES,
  CASE_LOWER_RUNS, CASE_LOWER_RUNS_LENGTH, CASE_LOWER_SPECIAL, CASE_LOWER_SPECIAL_LENGTH, CASE_LOWER_SEQUENCES,
} from './generated/unicode-case-mapping.ts';
import {
  UNICODE_SET_OFFSETS, UNICODE_RANGES, UNICODE_SET_CASED, UNICODE_SET_CASE_IGNORABLE,
} from './generated/unicode-properties.ts';

const CAPITAL_SIGMA: i32 = 0x3a3;
const FINAL_SIGMA: i32 = 0x3c2;

/** Word `i` of the runs table of the direction. No GC. */
function caseRunWord(upper: bool, i: i32): i32 {
  return upper ? CASE_UPPER_RUNS[i] : CASE_LOWER_RUNS[i];
}

/** The code point `cp` maps to when it maps to one (itself when it does not change). No GC. */
function caseMapSingle(upper: bool, cp: i32): i32 {
  // The last run starting at or before cp.
  let lo: i32 = 0;
  let hi: i32 = (((upper ? CASE_UPPER_RUNS_LENGTH : CASE_LOWER_RUNS_LENGTH) >> 2) - 1) | 0;
  if (hi < 0 || cp < caseRunWord(upper, 0)) return cp;
  while (lo < hi) {
    const mid: i32 = (lo + hi + 1) >> 1;
    if (caseRunWord(upper, mid << 2) <= cp) lo = mid;
    else hi = (mid - 1) | 0;
  }
  const at: i32 = lo << 2;
  const start: i32 = caseRunWord(upper, at);
  if (cp > caseRunWord(upper, (at + 1) | 0)) return cp;
  const stride: i32 = caseRunWord(upper, (at + 3) | 0);
  if (stride === 2 && ((cp - start) & 1) !== 0) return cp;
  return (cp + caseRunWord(upper, (at + 2) | 0)) | 0;
}

/** The offset of cp's sequence in the sequences table when it maps to several code points, else -1. No GC. */
function caseMapSpecial(upper: bool, cp: i32): i32 {
  let lo: i32 = 0;
  let hi: i32 = (((upper ? CASE_UPPER_SPECIAL_LENGTH : CASE_LOWER_SPECIAL_LENGTH) >> 1) - 1) | 0;
  while (lo <= hi) {
    const mid: i32 = (lo + hi) >> 1;
    const key: i32 = upper ? CASE_UPPER_SPECIAL[mid << 1] : CASE_LOWER_SPECIAL[mid << 1];
    if (key === cp) return upper ? CASE_UPPER_SPECIAL[((mid << 1) + 1) | 0] : CASE_LOWER_SPECIAL[((mid << 1) + 1) | 0];
    if (key < cp) lo = (mid + 1) | 0;
    else hi = (mid - 1) | 0;
  }
  return -1;
}

function caseSequenceWord(upper: bool, i: i32): i32 {
  return upper ? CASE_UPPER_SEQUENCES[i] : CASE_LOWER_SEQUENCES[i];
}

/** Whether cp is in the code point set `set` of unicode-properties.ts. No GC. */
function caseInUnicodeSet(set: i32, cp: i32): bool {
  let lo: i32 = UNICODE_SET_OFFSETS[set] >> 1;
  let hi: i32 = ((UNICODE_SET_OFFSETS[(set + 1) | 0] >> 1) - 1) | 0;
  while (lo <= hi) {
    const mid: i32 = (lo + hi) >> 1;
    if (cp < UNICODE_RANGES[mid << 1]) hi = (mid - 1) | 0;
    else if (cp > UNICODE_RANGES[((mid << 1) + 1) | 0]) lo = (mid + 1) | 0;
    else return true;
  }
  return false;
}

/** The code point at code unit index i of s (a lone surrogate is itself). No GC. */
function caseCodePointAt(s: i32, i: i32, n: i32): i32 {
  const c: i32 = stringGet(s, i);
  if (c >= 0xd800 && c <= 0xdbff && ((i + 1) | 0) < n) {
    const d: i32 = stringGet(s, (i + 1) | 0);
    if (d >= 0xdc00 && d <= 0xdfff) return (((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | 0;
  }
  return c;
}

/** The code point ending just before code unit index i of s. No GC. */
function caseCodePointBefore(s: i32, i: i32): i32 {
  const d: i32 = stringGet(s, (i - 1) | 0);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c: i32 = stringGet(s, (i - 2) | 0);
    if (c >= 0xd800 && c <= 0xdbff) return (((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | 0;
  }
  return d;
}

/**
 * Final_Sigma at code unit index i of s: a cased letter before (case-ignorable characters
 * between), and no cased letter after (case-ignorable characters between). A character that is
 * both (U+0345) counts as case-ignorable, as in ICU and test262. No GC.
 */
function caseIsFinalSigma(s: i32, i: i32, n: i32): bool {
  let j: i32 = i;
  let cp: i32 = 0;
  do {
    if (j <= 0) return false;
    cp = caseCodePointBefore(s, j);
    j = (j - (cp > 0xffff ? 2 : 1)) | 0;
  } while (caseInUnicodeSet(UNICODE_SET_CASE_IGNORABLE, cp));
  if (!caseInUnicodeSet(UNICODE_SET_CASED, cp)) return false;
  j = (i + 1) | 0;
  while (j < n) {
    cp = caseCodePointAt(s, j, n);
    if (!caseInUnicodeSet(UNICODE_SET_CASE_IGNORABLE, cp)) return !caseInUnicodeSet(UNICODE_SET_CASED, cp);
    j = (j + (cp > 0xffff ? 2 : 1)) | 0;
  }
  return true;
}

/** The single mapping of the code point at i (-1: a sequence, see caseMapSpecial). No GC. */
function caseMappedAt(upper: bool, s: i32, i: i32, n: i32, cp: i32): i32 {
  if (cp < 128) {
    if (upper) return cp >= 97 && cp <= 122 ? (cp - 32) | 0 : cp;
    return cp >= 65 && cp <= 90 ? (cp + 32) | 0 : cp;
  }
  if (caseMapSpecial(upper, cp) >= 0) return -1;
  if (!upper && cp === CAPITAL_SIGMA && caseIsFinalSigma(s, i, n)) return FINAL_SIGMA;
  return caseMapSingle(upper, cp);
}

function caseUnitsOf(cp: i32): i32 {
  return cp > 0xffff ? 2 : 1;
}

/** Writes cp at code unit index `at` of the sequential string r. No GC. */
function caseWriteCodePoint(r: i32, at: i32, cp: i32): void {
  if (cp <= 0xffff) {
    seqSetChar(r, at, cp);
    return;
  }
  seqSetChar(r, at, (0xd800 + ((cp - 0x10000) >> 10)) | 0);
  seqSetChar(r, (at + 1) | 0, (0xdc00 + ((cp - 0x10000) & 0x3ff)) | 0);
}

/** Set by caseMapScan: the length of the mapped string, and whether it needs two-byte units. */
export let caseMapLength: i32 = 0;
export let caseMapTwoByte: bool = false;

/**
 * Maps s to upper (or lower) case: with r = 0, measures the result into caseMapLength and
 * caseMapTwoByte and returns 1 when the mapping changes s, 0 when it does not, -1 when the result
 * would be longer than the longest string; with r, a fresh string of that size, writes the result
 * into it. No GC.
 */
export function caseMapScan(s: i32, upper: bool, r: i32): i32 {
  const n: i32 = stringLength(s);
  let length: i32 = 0;
  let changed: bool = false;
  let twoByte: bool = false;
  let i: i32 = 0;
  while (i < n) {
    const cp: i32 = caseCodePointAt(s, i, n);
    const m: i32 = caseMappedAt(upper, s, i, n, cp);
    const seq: i32 = m < 0 ? caseMapSpecial(upper, cp) : -1;
    const count: i32 = m < 0 ? caseSequenceWord(upper, seq) : 1;
    for (let k: i32 = 1; k <= count; k++) {
      const x: i32 = m < 0 ? caseSequenceWord(upper, (seq + k) | 0) : m;
      if (r !== 0) caseWriteCodePoint(r, length, x);
      length = (length + caseUnitsOf(x)) | 0;
      if (x > 255) twoByte = true;
    }
    if (m !== cp) changed = true;
    if (length > STRING_MAX_LENGTH) return -1;
    i = (i + caseUnitsOf(cp)) | 0;
  }
  caseMapLength = length;
  caseMapTwoByte = twoByte;
  return changed ? 1 : 0;
}
