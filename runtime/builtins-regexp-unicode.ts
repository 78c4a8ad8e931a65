// Unicode data of the regex engine (docs/regexp.md): property sets for \p{…} and case orbits for the
// i flag, read from the generated tables of runtime/generated/unicode-{properties,strings,case}.ts.
import type { i32, bool } from './types.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { undefinedValue, trueValue } from './values.ts';
import { smiFrom, smiValue, isSmi } from './memory.ts';
import { isString, stringLength, stringGet, stringNewTwoByte, seqSetChar } from './strings.ts';
import { arrayNew, arrayPush, arrayLength, elementsGet } from './elements.ts';
import { arg } from './builtins-util.ts';
import {
  UNICODE_NAME_COUNT, UNICODE_NAME_BYTES, UNICODE_NAME_INFO, UNICODE_SET_OFFSETS, UNICODE_RANGES,
} from './generated/unicode-properties.ts';
import {
  UNICODE_STRING_PROPERTY_COUNT, UNICODE_STRING_NAME_BYTES, UNICODE_STRING_NAME_INFO, UNICODE_STRING_INFO, UNICODE_STRINGS,
} from './generated/unicode-strings.ts';
import {
  CASE_KEYS_SIMPLE_COUNT, CASE_KEYS_FOLD_COUNT, CASE_KEYS_SIMPLE, CASE_ORBIT_SIMPLE, CASE_ORBITS_SIMPLE, CASE_KEYS_FOLD, CASE_ORBIT_FOLD,
  CASE_ORBITS_FOLD,
} from './generated/unicode-case.ts';

/** Index of c in the sorted case keys, or -1. No GC. */
function caseKeyIndex(c: i32, fold: bool): i32 {
  let lo: i32 = 0;
  let hi: i32 = ((fold ? CASE_KEYS_FOLD_COUNT : CASE_KEYS_SIMPLE_COUNT) - 1) | 0;
  while (lo <= hi) {
    const mid: i32 = (lo + hi) >> 1;
    const k: i32 = fold ? CASE_KEYS_FOLD[mid] : CASE_KEYS_SIMPLE[mid];
    if (k === c) return mid;
    if (k < c) lo = (mid + 1) | 0;
    else hi = (mid - 1) | 0;
  }
  return -1;
}

/**
 * A key equal for exactly the characters that match each other under the i flag (Canonicalize of
 * §22.2.2.7.3: simple case folding when `fold`, the toUpperCase rule otherwise). No GC.
 */
export function rxCaseKey(c: i32, fold: bool): i32 {
  const i: i32 = caseKeyIndex(c, fold);
  if (i < 0) return c;
  return (0x200000 + (fold ? CASE_ORBIT_FOLD[i] : CASE_ORBIT_SIMPLE[i])) | 0;
}

/**
 * __ouro.regexpCaseClose(ranges, fold): the characters case-equivalent to a member of `ranges` (an
 * array lo, hi, lo, hi …), as an array of code points (unsorted, may repeat members). May GC.
 */
export function ouroRegexpCaseClose(argv: i32, argc: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const fold: bool = arg(argv, argc, 1) === trueValue();
  const hOut: i32 = handleNew(arrayNew(0));
  const n: i32 = (arrayLength(arg(argv, argc, 0)) | 0) >> 1;
  const keyCount: i32 = fold ? CASE_KEYS_FOLD_COUNT : CASE_KEYS_SIMPLE_COUNT;
  for (let r: i32 = 0; r < n; r++) {
    const loV: i32 = elementsGet(arg(argv, argc, 0), (r << 1) >>> 0);
    const hiV: i32 = elementsGet(arg(argv, argc, 0), ((r << 1) + 1) >>> 0);
    if (!isSmi(loV) || !isSmi(hiV)) continue;
    const lo: i32 = smiValue(loV);
    const hi: i32 = smiValue(hiV);
    // First key >= lo.
    let a: i32 = 0;
    let b: i32 = keyCount;
    while (a < b) {
      const mid: i32 = (a + b) >> 1;
      if ((fold ? CASE_KEYS_FOLD[mid] : CASE_KEYS_SIMPLE[mid]) < lo) a = (mid + 1) | 0;
      else b = mid;
    }
    for (let k: i32 = a; k < keyCount; k++) {
      const key: i32 = fold ? CASE_KEYS_FOLD[k] : CASE_KEYS_SIMPLE[k];
      if (key > hi) break;
      const at: i32 = fold ? CASE_ORBIT_FOLD[k] : CASE_ORBIT_SIMPLE[k];
      const count: i32 = fold ? CASE_ORBITS_FOLD[at] : CASE_ORBITS_SIMPLE[at];
      for (let m: i32 = 1; m <= count; m++) {
        const member: i32 = fold ? CASE_ORBITS_FOLD[(at + m) | 0] : CASE_ORBITS_SIMPLE[(at + m) | 0];
        if (member < lo || member > hi) arrayPush(handleGet(hOut), smiFrom(member));
      }
    }
  }
  const out: i32 = handleGet(hOut);
  handleScopeClose(scope);
  return out;
}

/** Property name `i` of the table equals the string s. No GC. */
function nameEquals(i: i32, s: i32): bool {
  const at: i32 = UNICODE_NAME_INFO[i << 2];
  const len: i32 = UNICODE_NAME_INFO[((i << 2) + 1) | 0];
  if (len !== stringLength(s)) return false;
  for (let k: i32 = 0; k < len; k++) {
    if (UNICODE_NAME_BYTES[(at + k) | 0] !== stringGet(s, k)) return false;
  }
  return true;
}

/**
 * __ouro.regexpUnicodeSet(kind, name): the code point ranges (an array lo, hi …) of a property, or
 * undefined for an unknown name. kind: 0 a lone name (General_Category value or binary property),
 * 1 General_Category=name, 2 Script=name, 3 Script_Extensions=name. May GC.
 */
export function ouroRegexpUnicodeSet(argv: i32, argc: i32): i32 {
  const kindV: i32 = arg(argv, argc, 0);
  const name: i32 = arg(argv, argc, 1);
  if (!isSmi(kindV) || !isString(name)) return undefinedValue();
  const kind: i32 = smiValue(kindV);
  let set: i32 = -1;
  for (let i: i32 = 0; i < UNICODE_NAME_COUNT; i++) {
    const k: i32 = UNICODE_NAME_INFO[((i << 2) + 2) | 0];
    const fits: bool = kind === 0 ? k <= 1 : k === kind;
    if (fits && nameEquals(i, name)) {
      set = UNICODE_NAME_INFO[((i << 2) + 3) | 0];
      break;
    }
  }
  if (set < 0) return undefinedValue();
  const from: i32 = UNICODE_SET_OFFSETS[set];
  const to: i32 = UNICODE_SET_OFFSETS[(set + 1) | 0];
  const scope: i32 = handleScopeOpen();
  const hOut: i32 = handleNew(arrayNew((to - from) | 0));
  for (let w: i32 = from; w < to; w++) arrayPush(handleGet(hOut), smiFrom(UNICODE_RANGES[w]));
  const out: i32 = handleGet(hOut);
  handleScopeClose(scope);
  return out;
}

/** Property of strings `i` of the table is named s. No GC. */
function stringNameEquals(i: i32, s: i32): bool {
  const at: i32 = UNICODE_STRING_NAME_INFO[i << 1];
  const len: i32 = UNICODE_STRING_NAME_INFO[((i << 1) + 1) | 0];
  if (len !== stringLength(s)) return false;
  for (let k: i32 = 0; k < len; k++) {
    if (UNICODE_STRING_NAME_BYTES[(at + k) | 0] !== stringGet(s, k)) return false;
  }
  return true;
}

/**
 * __ouro.regexpUnicodeStrings(name): the members of a property of strings (v flag) as an array
 * of strings, or undefined for an unknown name. May GC.
 */
export function ouroRegexpUnicodeStrings(argv: i32, argc: i32): i32 {
  const name: i32 = arg(argv, argc, 0);
  if (!isString(name)) return undefinedValue();
  let p: i32 = -1;
  for (let i: i32 = 0; i < UNICODE_STRING_PROPERTY_COUNT; i++) {
    if (stringNameEquals(i, name)) {
      p = i;
      break;
    }
  }
  if (p < 0) return undefinedValue();
  const scope: i32 = handleScopeOpen();
  const hOut: i32 = handleNew(arrayNew(0));
  let w: i32 = UNICODE_STRING_INFO[p << 1];
  const end: i32 = UNICODE_STRING_INFO[((p << 1) + 1) | 0];
  while (w < end) {
    const n: i32 = UNICODE_STRINGS[w];
    let units: i32 = 0;
    for (let k: i32 = 1; k <= n; k++) units = (units + (UNICODE_STRINGS[(w + k) | 0] > 0xffff ? 2 : 1)) | 0;
    const s: i32 = stringNewTwoByte(units);
    let at: i32 = 0;
    for (let k: i32 = 1; k <= n; k++) {
      const cp: i32 = UNICODE_STRINGS[(w + k) | 0];
      if (cp > 0xffff) {
        seqSetChar(s, at, (0xd800 + ((cp - 0x10000) >> 10)) | 0);
        seqSetChar(s, (at + 1) | 0, (0xdc00 + ((cp - 0x10000) & 1023)) | 0);
        at = (at + 2) | 0;
      } else {
        seqSetChar(s, at, cp);
        at = (at + 1) | 0;
      }
    }
    arrayPush(handleGet(hOut), s);
    w = (w + n + 1) | 0;
  }
  const out: i32 = handleGet(hOut);
  handleScopeClose(scope);
  return out;
}
