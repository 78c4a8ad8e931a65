// String and the kernel's String.prototype methods (ECMA-262 §22.1). Methods take
// ToString(RequireObjectCoercible(this)), keep it in the receiver slot of the call block (rooted),
// and work on flattened strings (stringGet on a flat string is O(1)). RegExp-based methods
// (match, replace with patterns, split by a RegExp) are the library's.
import { prototypeFromConstructor } from './interpreter-calls.ts';
import type { i32, f64, bool } from './types.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { undefinedValue, nullValue, isSymbol, isJSObject, instanceTypeOf } from './values.ts';
import { isSmi, smiValue, smiFrom } from './memory.ts';
import { InstanceType } from './layouts.ts';
import { atom } from './atoms.ts';
import {
  isString, stringLength, stringGet, stringFlatten, stringSlice, stringConcat, stringNewOneByte, stringNewTwoByte,
  seqSetChar, STRING_MAX_LENGTH,
} from './strings.ts';
import { arrayNew, arrayPush } from './elements.ts';
import { exceptionSentinel, isException, throwErrorLit, throwErrorWith, ErrorKind, valueDisplay } from './errors.ts';
import { toString, toBoolean, isCallable, primitiveWrapperNewWithMap, primitiveWrapperValue } from './conversions.ts';
import { vmCall2 } from './interpreter.ts';
import { getProperty } from './property-access.ts';
import { mapCopyWithPrototype } from './maps.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { charString } from './semantics-lookup.ts';
import { caseMapScan, caseMapLength, caseMapTwoByte } from './case-mapping.ts';
import {
  arg, argThis, argThisSet, argNewTarget, argCallee, argSet, argToString, toIntegerF64, toF64, relativeIndexF64, convF64,
  numberResult, boolResult, isNullish,
} from './builtins-util.ts';

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/**
 * ToString(RequireObjectCoercible(this)), flattened and stored back into the receiver slot; the
 * string or the sentinel. May run JavaScript.
 */
function thisString(argv: i32): i32 {
  const v: i32 = argThis(argv);
  if (isNullish(v)) return throwErrorLit(ErrorKind.TypeError, 'String.prototype method called on null or undefined');
  let s: i32 = v;
  if (!isString(s)) {
    s = toString(v);
    if (isException(s)) return s;
  }
  s = stringFlatten(s);
  argThisSet(argv, s);
  return s;
}

/** A new string of one code unit. May GC. */
function unitString(code: i32): i32 {
  return charString(code);
}

// ---- constructor and statics -------------------------------------------------------------------

/** String(value) / new String(value) (spec 22.1.1.1). */
export function stringConstructor(argv: i32, argc: i32): i32 {
  let s: i32 = atom('');
  const nt: i32 = argNewTarget(argv);
  if (argc > 0) {
    const v: i32 = arg(argv, argc, 0);
    if (nt === undefinedValue() && isSymbol(v)) return valueDisplay(v);
    s = isString(v) ? v : toString(v);
    if (isException(s)) return s;
  }
  if (nt === undefinedValue()) return s;
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(s);
  let map: i32 = intrinsicGet(Intrinsic.StringWrapperMap);
  if (nt !== argCallee(argv)) {
    const proto: i32 = prototypeFromConstructor(argNewTarget(argv), Intrinsic.StringPrototype);
    if (isException(proto)) return close(scope, proto);
    if (proto !== intrinsicGet(Intrinsic.StringPrototype)) {
      return close(scope, primitiveWrapperNewWithMap(mapCopyWithPrototype(intrinsicGet(Intrinsic.StringWrapperMap), proto), handleGet(hS)));
    }
  }
  if (map === 0) return exceptionSentinel();
  return close(scope, primitiveWrapperNewWithMap(intrinsicGet(Intrinsic.StringWrapperMap), handleGet(hS)));
}

/** A new string from code units: units come from the arguments, converted by ToUint16. */
export function stringFromCharCode(argv: i32, argc: i32): i32 {
  let oneByte: bool = true;
  for (let i: i32 = 0; i < argc; i++) {
    const v: i32 = arg(argv, argc, i);
    if (isSmi(v)) {
      if ((smiValue(v) & 65535) > 255) oneByte = false;
      continue;
    }
    if (!toF64(v)) return exceptionSentinel();
    const code: i32 = (convF64 >>> 0) & 65535;
    argSet(argv, i, smiFrom(code));
    if (code > 255) oneByte = false;
  }
  if (argc === 1) return unitString(smiValue(arg(argv, argc, 0)) & 65535);
  const s: i32 = oneByte ? stringNewOneByte(argc) : stringNewTwoByte(argc);
  for (let i: i32 = 0; i < argc; i++) seqSetChar(s, i, smiValue(arg(argv, argc, i)) & 65535);
  return s;
}

/** String.fromCodePoint (spec 22.1.2.2): RangeError for non-integers and values above 0x10FFFF. */
export function stringFromCodePoint(argv: i32, argc: i32): i32 {
  let units: i32 = 0;
  let oneByte: bool = true;
  for (let i: i32 = 0; i < argc; i++) {
    if (!toF64(arg(argv, argc, i))) return exceptionSentinel();
    const x: f64 = convF64;
    if (x !== Math.trunc(x) || x < 0 || x > 1114111 || x !== x) {
      return throwErrorWith(ErrorKind.RangeError, 'Invalid code point ', arg(argv, argc, i), '');
    }
    argSet(argv, i, smiFrom(x | 0));
    units = (units + (x >= 65536 ? 2 : 1)) | 0;
    if (x > 255) oneByte = false;
  }
  const s: i32 = oneByte ? stringNewOneByte(units) : stringNewTwoByte(units);
  let at: i32 = 0;
  for (let i: i32 = 0; i < argc; i++) {
    const cp: i32 = smiValue(arg(argv, argc, i));
    if (cp >= 65536) {
      seqSetChar(s, at, (55296 + ((cp - 65536) >> 10)) | 0);
      seqSetChar(s, (at + 1) | 0, (56320 + ((cp - 65536) & 1023)) | 0);
      at = (at + 2) | 0;
    } else {
      seqSetChar(s, at, cp);
      at = (at + 1) | 0;
    }
  }
  return s;
}

// ---- character access --------------------------------------------------------------------------

/** The position argument: ToIntegerOrInfinity into convF64 (Smi fast path). */
function position(argv: i32, argc: i32, i: i32): bool {
  return toIntegerF64(arg(argv, argc, i));
}

export function stringProtoCharCodeAt(argv: i32, argc: i32): i32 {
  const s: i32 = thisString(argv);
  if (isException(s)) return s;
  if (!position(argv, argc, 0)) return exceptionSentinel();
  const p: f64 = convF64;
  const str: i32 = argThis(argv);
  if (p < 0 || p >= stringLength(str)) return numberResult(0 / 0);
  return smiFrom(stringGet(str, p | 0));
}

export function stringProtoCharAt(argv: i32, argc: i32): i32 {
  const s: i32 = thisString(argv);
  if (isException(s)) return s;
  if (!position(argv, argc, 0)) return exceptionSentinel();
  const p: f64 = convF64;
  const str: i32 = argThis(argv);
  if (p < 0 || p >= stringLength(str)) return atom('');
  return unitString(stringGet(str, p | 0));
}

/** The code point at index p of flat string s. No GC. */
function codePointAt(s: i32, p: i32): i32 {
  const first: i32 = stringGet(s, p);
  if (first < 55296 || first > 56319 || ((p + 1) | 0) >= stringLength(s)) return first;
  const second: i32 = stringGet(s, (p + 1) | 0);
  if (second < 56320 || second > 57343) return first;
  return (((first - 55296) << 10) + (second - 56320) + 65536) | 0;
}

export function stringProtoCodePointAt(argv: i32, argc: i32): i32 {
  const s: i32 = thisString(argv);
  if (isException(s)) return s;
  if (!position(argv, argc, 0)) return exceptionSentinel();
  const p: f64 = convF64;
  const str: i32 = argThis(argv);
  if (p < 0 || p >= stringLength(str)) return undefinedValue();
  return smiFrom(codePointAt(str, p | 0));
}

export function stringProtoAt(argv: i32, argc: i32): i32 {
  const s: i32 = thisString(argv);
  if (isException(s)) return s;
  if (!position(argv, argc, 0)) return exceptionSentinel();
  const len: i32 = stringLength(argThis(argv));
  const p: f64 = convF64 < 0 ? len + convF64 : convF64;
  if (p < 0 || p >= len) return undefinedValue();
  return unitString(stringGet(argThis(argv), p | 0));
}

// ---- searching ---------------------------------------------------------------------------------

/** First index >= from of `pattern` in `s` (both flat), or -1. No GC. */
export function stringIndexOf(s: i32, pattern: i32, from: i32): i32 {
  const n: i32 = stringLength(s);
  const m: i32 = stringLength(pattern);
  if (m === 0) return from <= n ? from : n;
  if (m > n) return -1;
  const first: i32 = stringGet(pattern, 0);
  const last: i32 = (n - m) | 0;
  for (let i: i32 = from; i <= last; i++) {
    if (stringGet(s, i) !== first) continue;
    let j: i32 = 1;
    while (j < m && stringGet(s, (i + j) | 0) === stringGet(pattern, j)) j++;
    if (j === m) return i;
  }
  return -1;
}

/** Last index <= from of `pattern` in `s`, or -1. No GC. */
function stringLastIndexOf(s: i32, pattern: i32, from: i32): i32 {
  const n: i32 = stringLength(s);
  const m: i32 = stringLength(pattern);
  let start: i32 = (n - m) | 0;
  if (from < start) start = from;
  for (let i: i32 = start; i >= 0; i--) {
    let j: i32 = 0;
    while (j < m && stringGet(s, (i + j) | 0) === stringGet(pattern, j)) j++;
    if (j === m) return i;
  }
  return -1;
}

/** The search-string argument i flattened into its slot; the string or the sentinel. */
function searchArg(argv: i32, argc: i32, i: i32): i32 {
  const p: i32 = argToString(argv, argc, i);
  if (isException(p)) return p;
  const flat: i32 = stringFlatten(p);
  if (i < argc) argSet(argv, i, flat);
  return flat;
}

/** The search string after searchArg: re-read from its slot, or "undefined" when absent. */
function searchString(argv: i32, argc: i32, i: i32): i32 {
  return i < argc ? arg(argv, argc, i) : atom('undefined');
}

/**
 * The common head of indexOf/includes/startsWith: `this` as a string, the RegExp check of
 * `method` (-1: none; see rejectRegExp), the search string (argument 0) and the position
 * (argument 1) clamped to [0, length]. Returns the position, or -1 when a step threw.
 */
function searchFrom(argv: i32, argc: i32, method: i32): i32 {
  if (isException(thisString(argv))) return -1;
  if (method >= 0 && rejectRegExp(argv, argc, method) !== 0) return -1;
  if (isException(searchArg(argv, argc, 0))) return -1;
  if (!position(argv, argc, 1)) return -1;
  const len: i32 = stringLength(argThis(argv));
  const from: f64 = convF64 < 0 ? 0 : convF64 > len ? len : convF64;
  return from | 0;
}

export function stringProtoIndexOf(argv: i32, argc: i32): i32 {
  const from: i32 = searchFrom(argv, argc, -1);
  if (from < 0) return exceptionSentinel();
  const p: i32 = searchString(argv, argc, 0);
  return smiFrom(stringIndexOf(argThis(argv), p, from));
}

export function stringProtoLastIndexOf(argv: i32, argc: i32): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const pattern: i32 = searchArg(argv, argc, 0);
  if (isException(pattern)) return pattern;
  const len: i32 = stringLength(argThis(argv));
  let from: f64 = len;
  if (argc > 1) {
    if (!toF64(arg(argv, argc, 1))) return exceptionSentinel();
    const n: f64 = convF64;
    if (n === n) from = n < 0 ? 0 : n > len ? len : Math.trunc(n);
  }
  const p: i32 = searchString(argv, argc, 0);
  return smiFrom(stringLastIndexOf(argThis(argv), p, from | 0));
}

/** The V8 TypeError for a RegExp passed to includes/startsWith/endsWith. */
function rejectRegExp(argv: i32, argc: i32, method: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (!isJSObject(v)) return 0;
  const sym: i32 = intrinsicGet(Intrinsic.SymbolMatch);
  if (!isSymbol(sym)) return 0;
  const m: i32 = getProperty(v, sym);
  if (isException(m)) return m;
  const isRegExp: bool = m !== undefinedValue() && toBoolean(m);
  if (!isRegExp) return 0;
  if (method === 0) return throwErrorLit(ErrorKind.TypeError, 'First argument to String.prototype.includes must not be a regular expression');
  if (method === 1) return throwErrorLit(ErrorKind.TypeError, 'First argument to String.prototype.startsWith must not be a regular expression');
  return throwErrorLit(ErrorKind.TypeError, 'First argument to String.prototype.endsWith must not be a regular expression');
}

export function stringProtoIncludes(argv: i32, argc: i32): i32 {
  const from: i32 = searchFrom(argv, argc, 0);
  if (from < 0) return exceptionSentinel();
  const p: i32 = searchString(argv, argc, 0);
  return boolResult(stringIndexOf(argThis(argv), p, from) >= 0);
}

/** True when `pattern` occurs in `s` at `at`. No GC. */
function matchesAt(s: i32, pattern: i32, at: i32): bool {
  const m: i32 = stringLength(pattern);
  if (at < 0 || ((at + m) | 0) > stringLength(s)) return false;
  for (let j: i32 = 0; j < m; j++) if (stringGet(s, (at + j) | 0) !== stringGet(pattern, j)) return false;
  return true;
}

export function stringProtoStartsWith(argv: i32, argc: i32): i32 {
  const start: i32 = searchFrom(argv, argc, 1);
  if (start < 0) return exceptionSentinel();
  const p: i32 = searchString(argv, argc, 0);
  return boolResult(matchesAt(argThis(argv), p, start));
}

export function stringProtoEndsWith(argv: i32, argc: i32): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const bad: i32 = rejectRegExp(argv, argc, 2);
  if (bad !== 0) return bad;
  const pattern: i32 = searchArg(argv, argc, 0);
  if (isException(pattern)) return pattern;
  const len: i32 = stringLength(argThis(argv));
  let end: f64 = len;
  if (arg(argv, argc, 1) !== undefinedValue()) {
    if (!position(argv, argc, 1)) return exceptionSentinel();
    end = convF64 < 0 ? 0 : convF64 > len ? len : convF64;
  }
  const p: i32 = searchString(argv, argc, 0);
  return boolResult(matchesAt(argThis(argv), p, ((end | 0) - stringLength(p)) | 0));
}

// ---- substrings ----------------------------------------------------------------------------------

export function stringProtoSlice(argv: i32, argc: i32): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const len: i32 = stringLength(argThis(argv));
  if (!relativeIndexF64(arg(argv, argc, 0), len, 0)) return exceptionSentinel();
  const from: f64 = convF64;
  if (!relativeIndexF64(arg(argv, argc, 1), len, len)) return exceptionSentinel();
  const to: f64 = convF64;
  if (from >= to) return atom('');
  return stringSlice(argThis(argv), from | 0, to | 0);
}

export function stringProtoSubstring(argv: i32, argc: i32): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const len: i32 = stringLength(argThis(argv));
  if (!position(argv, argc, 0)) return exceptionSentinel();
  let a: f64 = convF64 < 0 ? 0 : convF64 > len ? len : convF64;
  let b: f64 = len;
  if (arg(argv, argc, 1) !== undefinedValue()) {
    if (!position(argv, argc, 1)) return exceptionSentinel();
    b = convF64 < 0 ? 0 : convF64 > len ? len : convF64;
  }
  if (a > b) {
    const t: f64 = a;
    a = b;
    b = t;
  }
  return stringSlice(argThis(argv), a | 0, b | 0);
}

export function stringProtoSubstr(argv: i32, argc: i32): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const len: i32 = stringLength(argThis(argv));
  if (!relativeIndexF64(arg(argv, argc, 0), len, 0)) return exceptionSentinel();
  const start: f64 = convF64;
  let count: f64 = len - start;
  if (arg(argv, argc, 1) !== undefinedValue()) {
    if (!position(argv, argc, 1)) return exceptionSentinel();
    count = convF64 < 0 ? 0 : convF64 > len - start ? len - start : convF64;
  }
  if (count <= 0) return atom('');
  return stringSlice(argThis(argv), start | 0, (start + count) | 0);
}

// ---- case mapping ------------------------------------------------------------------------------

/**
 * toUpperCase / toLowerCase: the full Unicode case mappings with Final_Sigma (runtime/case-mapping.ts).
 * May GC.
 */
function caseMap(argv: i32, upper: bool): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const status: i32 = caseMapScan(argThis(argv), upper, 0);
  if (status === 0) return argThis(argv);
  if (status < 0) return throwErrorLit(ErrorKind.RangeError, 'Invalid string length');
  const r: i32 = caseMapTwoByte ? stringNewTwoByte(caseMapLength) : stringNewOneByte(caseMapLength);
  // The allocation may have moved the string: read it again from the arguments.
  caseMapScan(argThis(argv), upper, r);
  return r;
}

export function stringProtoToUpperCase(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return caseMap(argv, true);
}
export function stringProtoToLowerCase(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return caseMap(argv, false);
}

// ---- split, trim, repeat, pad, concat ----------------------------------------------------------

/** String.prototype.split for a string (or undefined) separator (spec 22.1.3.23, no @@split here). */
export function stringProtoSplit(argv: i32, argc: i32): i32 {
  // separator[@@split](O, limit) first (RegExp splitters of the library), before ToString(this).
  const sepObj: i32 = arg(argv, argc, 0);
  if (isJSObject(sepObj)) {
    if (isNullish(argThis(argv))) return throwErrorLit(ErrorKind.TypeError, 'String.prototype.split called on null or undefined');
    const sym: i32 = intrinsicGet(Intrinsic.SymbolSplit);
    const splitter: i32 = getProperty(sepObj, sym);
    if (isException(splitter)) return splitter;
    if (splitter !== undefinedValue() && splitter !== nullValue()) {
      if (!isCallable(splitter)) return throwErrorLit(ErrorKind.TypeError, 'Symbol.split is not a function');
      return vmCall2(splitter, arg(argv, argc, 0), argThis(argv), arg(argv, argc, 1));
    }
  }
  if (isException(thisString(argv))) return exceptionSentinel();
  let limit: f64 = 4294967295;
  if (arg(argv, argc, 1) !== undefinedValue()) {
    if (!toF64(arg(argv, argc, 1))) return exceptionSentinel();
    limit = convF64 >>> 0;
  }
  const sepArg: i32 = arg(argv, argc, 0);
  let sep: i32 = 0;
  if (sepArg !== undefinedValue()) {
    sep = searchArg(argv, argc, 0);
    if (isException(sep)) return sep;
  }
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(arrayNew(0));
  if (limit === 0) return close(scope, handleGet(hA));
  if (sepArg === undefinedValue()) {
    arrayPush(handleGet(hA), argThis(argv));
    return close(scope, handleGet(hA));
  }
  const n: i32 = stringLength(argThis(argv));
  const m: i32 = stringLength(arg(argv, argc, 0));
  if (n === 0) {
    if (m !== 0) arrayPush(handleGet(hA), argThis(argv));
    return close(scope, handleGet(hA));
  }
  let count: f64 = 0;
  if (m === 0) {
    for (let i: i32 = 0; i < n && count < limit; i++) {
      const c: i32 = unitString(stringGet(argThis(argv), i));
      arrayPush(handleGet(hA), c);
      count = count + 1;
    }
    return close(scope, handleGet(hA));
  }
  let p: i32 = 0;
  for (;;) {
    const q: i32 = stringIndexOf(argThis(argv), arg(argv, argc, 0), p);
    if (q < 0) break;
    const part: i32 = stringSlice(argThis(argv), p, q);
    arrayPush(handleGet(hA), part);
    count = count + 1;
    if (count >= limit) return close(scope, handleGet(hA));
    p = (q + m) | 0;
  }
  const rest: i32 = stringSlice(argThis(argv), p, n);
  arrayPush(handleGet(hA), rest);
  return close(scope, handleGet(hA));
}

/** WhiteSpace or LineTerminator (spec 12.2, 12.3). */
export function isWhiteSpaceOrLineTerminator(c: i32): bool {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 ||
    c === 12288 || c === 65279;
}

function trimRange(argv: i32, start: bool, end: bool): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const s: i32 = argThis(argv);
  let a: i32 = 0;
  let b: i32 = stringLength(s);
  if (start) while (a < b && isWhiteSpaceOrLineTerminator(stringGet(s, a))) a++;
  if (end) while (b > a && isWhiteSpaceOrLineTerminator(stringGet(s, (b - 1) | 0))) b--;
  return stringSlice(s, a, b);
}

export function stringProtoTrim(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return trimRange(argv, true, true);
}
export function stringProtoTrimStart(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return trimRange(argv, true, false);
}
export function stringProtoTrimEnd(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return trimRange(argv, false, true);
}

/** `count` copies of the string in handle hS, by doubling. May GC. */
function repeatString(hS: i32, count: f64): i32 {
  const scope: i32 = handleScopeOpen();
  const hResult: i32 = handleNew(atom(''));
  const hPart: i32 = handleNew(handleGet(hS));
  let n: f64 = count;
  while (n > 0) {
    if (n % 2 === 1) handleSet(hResult, stringConcat(handleGet(hResult), handleGet(hPart)));
    n = Math.floor(n / 2);
    if (n > 0) handleSet(hPart, stringConcat(handleGet(hPart), handleGet(hPart)));
  }
  return close(scope, handleGet(hResult));
}

export function stringProtoRepeat(argv: i32, argc: i32): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  if (!position(argv, argc, 0)) return exceptionSentinel();
  const count: f64 = convF64;
  if (count < 0 || count === 1 / 0) return throwErrorWith(ErrorKind.RangeError, 'Invalid count value: ', numberResult(count), '');
  const len: i32 = stringLength(argThis(argv));
  if (len === 0 || count === 0) return atom('');
  if (len * count > STRING_MAX_LENGTH) return throwErrorLit(ErrorKind.RangeError, 'Invalid string length');
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(argThis(argv));
  return close(scope, repeatString(hS, count));
}

function pad(argv: i32, argc: i32, atStart: bool): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  if (!toF64(arg(argv, argc, 0))) return exceptionSentinel();
  const maxLength: f64 = convF64 !== convF64 ? 0 : Math.trunc(convF64);
  const len: i32 = stringLength(argThis(argv));
  if (maxLength <= len) return argThis(argv);
  let filler: i32 = 0;
  if (arg(argv, argc, 1) === undefinedValue()) {
    filler = atom(' ');
  } else {
    filler = searchArg(argv, argc, 1);
    if (isException(filler)) return filler;
  }
  const fillLen: i32 = stringLength(filler);
  if (fillLen === 0) return argThis(argv);
  if (maxLength > STRING_MAX_LENGTH) return throwErrorLit(ErrorKind.RangeError, 'Invalid string length');
  const scope: i32 = handleScopeOpen();
  const hFill: i32 = handleNew(filler);
  const fill: f64 = maxLength - len;
  const hPad: i32 = handleNew(repeatString(hFill, Math.ceil(fill / fillLen)));
  handleSet(hPad, stringSlice(stringFlatten(handleGet(hPad)), 0, fill | 0));
  const r: i32 = atStart ? stringConcat(handleGet(hPad), argThis(argv)) : stringConcat(argThis(argv), handleGet(hPad));
  return close(scope, r);
}

export function stringProtoPadStart(argv: i32, argc: i32): i32 {
  return pad(argv, argc, true);
}
export function stringProtoPadEnd(argv: i32, argc: i32): i32 {
  return pad(argv, argc, false);
}

export function stringProtoConcat(argv: i32, argc: i32): i32 {
  if (isException(thisString(argv))) return exceptionSentinel();
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(argThis(argv));
  for (let i: i32 = 0; i < argc; i++) {
    const s: i32 = argToString(argv, argc, i);
    if (isException(s)) return close(scope, s);
    handleSet(hR, stringConcat(handleGet(hR), s));
  }
  return close(scope, handleGet(hR));
}

/** String.prototype.valueOf / toString: thisStringValue (spec 22.1.3.35.1). */
export function stringProtoValueOf(argv: i32, argc: i32): i32 {
  const v: i32 = argThis(argv);
  if (isString(v)) return v;
  if (isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_PRIMITIVE_WRAPPER && isString(primitiveWrapperValue(v))) {
    return primitiveWrapperValue(v);
  }
  if (argc < 0) return exceptionSentinel();
  return throwErrorLit(ErrorKind.TypeError, 'String.prototype.valueOf requires that \'this\' be a String');
}
