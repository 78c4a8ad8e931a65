// The URI functions (spec 19.2.6): encodeURI, encodeURIComponent, decodeURI, decodeURIComponent.
//
// Both directions make two passes over the flattened input: the first validates and measures the
// result (its length, and for decoding whether any code unit needs two bytes), the second writes
// a sequential string of exactly that size. Nothing is allocated before the input is known to be
// well formed, so a malformed URI costs no garbage.
import type { i32, bool } from './types.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { stringLength, stringGet, stringFlatten, stringNewOneByte, stringNewTwoByte, seqSetChar } from './strings.ts';
import { isException, throwErrorLit, ErrorKind } from './errors.ts';
import { argToString } from './builtins-util.ts';
import { digitValue } from './number-conversions.ts';

/** Which ASCII characters a function leaves alone / does not decode. */
const UriSet = {
  /** uriUnreserved: ALPHA, DIGIT and -_.!~*'() — left alone by all four functions. */
  unreserved: 1,
  /** uriReserved ;/?:@&=+$, and # — left alone by encodeURI, kept escaped by decodeURI. */
  reservedAndHash: 2,
} as const;

function uriUnreserved(c: i32): bool {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // - _ . ! ~ * ' ( )
  return c === 45 || c === 95 || c === 46 || c === 33 || c === 126 || c === 42 || c === 39 || c === 40 || c === 41;
}

function uriReservedOrHash(c: i32): bool {
  // ; / ? : @ & = + $ , #
  return c === 59 || c === 47 || c === 63 || c === 58 || c === 64 || c === 38 || c === 61 || c === 43 || c === 36 || c === 44 || c === 35;
}

function uriInSet(c: i32, sets: i32): bool {
  if ((sets & UriSet.unreserved) !== 0 && uriUnreserved(c)) return true;
  return (sets & UriSet.reservedAndHash) !== 0 && uriReservedOrHash(c);
}

/** The value of hexadecimal digit c, or -1. */
function uriHexValue(c: i32): i32 {
  const d: i32 = digitValue(c);
  return d < 16 ? d : -1;
}

function uriHexChar(d: i32): i32 {
  return d < 10 ? (48 + d) | 0 : (55 + d) | 0;
}

/** The byte %XY at index k of s, or -1 when s has no well-formed escape there. No GC. */
function uriEscapedByte(s: i32, k: i32, n: i32): i32 {
  if (((k + 2) | 0) >= n || stringGet(s, k) !== 37) return -1;
  const h: i32 = uriHexValue(stringGet(s, (k + 1) | 0));
  const l: i32 = uriHexValue(stringGet(s, (k + 2) | 0));
  if (h < 0 || l < 0) return -1;
  return ((h << 4) | l) | 0;
}

/**
 * The code point encoded by the UTF-8 sequence of escapes starting at index k (whose first byte
 * is `b`, already read), or -1 when it is malformed (bad continuation bytes, overlong, surrogate,
 * beyond U+10FFFF). The sequence is 3 × byteCount characters long. No GC.
 */
function uriDecodeSequence(s: i32, k: i32, n: i32, b: i32, byteCount: i32): i32 {
  let cp: i32 = b & ((1 << (7 - byteCount)) - 1);
  for (let j: i32 = 1; j < byteCount; j++) {
    const c: i32 = uriEscapedByte(s, (k + Math.imul(3, j)) | 0, n);
    if (c < 0 || (c & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (c & 63);
  }
  const min: i32 = byteCount === 2 ? 0x80 : byteCount === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  return cp;
}

/** The number of bytes of a UTF-8 sequence whose first byte is b (1 to 4), or 0 when b cannot start one. */
function utf8SequenceLength(b: i32): i32 {
  if ((b & 0x80) === 0) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

/**
 * Decode(string, preserveEscapeSet) (spec 19.2.6.6): `keep` is the set of characters whose escapes
 * stay as they are; hS holds the flat input. The string or the sentinel (URIError). May GC.
 */
function uriDecode(hS: i32, keep: i32): i32 {
  let s: i32 = handleGet(hS);
  const n: i32 = stringLength(s);
  // Pass 1: validate, measure.
  let length: i32 = 0;
  let twoByte: bool = false;
  for (let k: i32 = 0; k < n; ) {
    const c: i32 = stringGet(s, k);
    if (c !== 37) {
      if (c > 255) twoByte = true;
      length++;
      k++;
      continue;
    }
    const b: i32 = uriEscapedByte(s, k, n);
    const count: i32 = b < 0 ? 0 : utf8SequenceLength(b);
    if (count === 0) return uriMalformed();
    if (count === 1) {
      length = (length + (uriInSet(b, keep) ? 3 : 1)) | 0;
      k = (k + 3) | 0;
      continue;
    }
    const cp: i32 = uriDecodeSequence(s, k, n, b, count);
    if (cp < 0) return uriMalformed();
    if (cp > 255) twoByte = true;
    length = (length + (cp >= 0x10000 ? 2 : 1)) | 0;
    k = (k + Math.imul(3, count)) | 0;
  }
  if (length === n) return s;
  // Pass 2: write.
  const r: i32 = twoByte ? stringNewTwoByte(length) : stringNewOneByte(length);
  s = handleGet(hS);
  let at: i32 = 0;
  for (let k: i32 = 0; k < n; ) {
    const c: i32 = stringGet(s, k);
    if (c !== 37) {
      at = uriPut(r, at, c);
      k++;
      continue;
    }
    const b: i32 = uriEscapedByte(s, k, n);
    const count: i32 = utf8SequenceLength(b);
    if (count === 1) {
      if (uriInSet(b, keep)) {
        at = uriPut(r, at, 37);
        at = uriPut(r, at, stringGet(s, (k + 1) | 0));
        at = uriPut(r, at, stringGet(s, (k + 2) | 0));
      } else {
        at = uriPut(r, at, b);
      }
      k = (k + 3) | 0;
      continue;
    }
    const cp: i32 = uriDecodeSequence(s, k, n, b, count);
    if (cp >= 0x10000) {
      at = uriPut(r, at, (((cp - 0x10000) >> 10) + 0xd800) | 0);
      at = uriPut(r, at, (((cp - 0x10000) & 0x3ff) + 0xdc00) | 0);
    } else {
      at = uriPut(r, at, cp);
    }
    k = (k + Math.imul(3, count)) | 0;
  }
  return r;
}

/**
 * Encode(string, extraUnescaped) (spec 19.2.6.5): characters in `leave` stay, the rest become the
 * %XY escapes of their UTF-8 bytes; hS holds the flat input. The string or the sentinel (URIError
 * for a lone surrogate). May GC.
 */
function uriEncode(hS: i32, leave: i32): i32 {
  let s: i32 = handleGet(hS);
  const n: i32 = stringLength(s);
  // Pass 1: validate, measure.
  let length: i32 = 0;
  for (let k: i32 = 0; k < n; k++) {
    const c: i32 = stringGet(s, k);
    if (c < 128 && uriInSet(c, leave)) {
      length++;
      continue;
    }
    const cp: i32 = uriCodePointAt(s, k, n);
    if (cp < 0) return uriMalformed();
    if (cp >= 0x10000) k++;
    length = (length + Math.imul(3, uriUtf8Length(cp))) | 0;
  }
  if (length === n) return s;
  // Pass 2: write (all ASCII).
  const r: i32 = stringNewOneByte(length);
  s = handleGet(hS);
  let at: i32 = 0;
  for (let k: i32 = 0; k < n; k++) {
    const c: i32 = stringGet(s, k);
    if (c < 128 && uriInSet(c, leave)) {
      at = uriPut(r, at, c);
      continue;
    }
    const cp: i32 = uriCodePointAt(s, k, n);
    if (cp >= 0x10000) k++;
    const count: i32 = uriUtf8Length(cp);
    for (let j: i32 = 0; j < count; j++) {
      const byte: i32 = uriUtf8Byte(cp, count, j);
      at = uriPut(r, at, 37);
      at = uriPut(r, at, uriHexChar(byte >> 4));
      at = uriPut(r, at, uriHexChar(byte & 15));
    }
  }
  return r;
}

/** The code point at index k (a surrogate pair read whole), or -1 for a lone surrogate. No GC. */
function uriCodePointAt(s: i32, k: i32, n: i32): i32 {
  const c: i32 = stringGet(s, k);
  if (c >= 0xdc00 && c <= 0xdfff) return -1;
  if (c < 0xd800 || c > 0xdbff) return c;
  const d: i32 = ((k + 1) | 0) < n ? stringGet(s, (k + 1) | 0) : 0;
  if (d < 0xdc00 || d > 0xdfff) return -1;
  return ((((c - 0xd800) | 0) << 10) + ((d - 0xdc00) | 0) + 0x10000) | 0;
}

function uriUtf8Length(cp: i32): i32 {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Byte j of the `count`-byte UTF-8 encoding of cp. */
function uriUtf8Byte(cp: i32, count: i32, j: i32): i32 {
  if (count === 1) return cp;
  const shift: i32 = Math.imul(6, (count - 1 - j) | 0);
  if (j > 0) return 0x80 | ((cp >> shift) & 63);
  const lead: i32 = count === 2 ? 0xc0 : count === 3 ? 0xe0 : 0xf0;
  return lead | (cp >> shift);
}

/** Writes code unit c at index `at` of the new string r; the next index. No GC. */
function uriPut(r: i32, at: i32, c: i32): i32 {
  seqSetChar(r, at, c);
  return (at + 1) | 0;
}

function uriMalformed(): i32 {
  return throwErrorLit(ErrorKind.URIError, 'URI malformed');
}

/** ToString(argument 0), flattened, converted by uriEncode or uriDecode with `sets`. May GC. */
function uriConvert(argv: i32, argc: i32, decoding: bool, sets: i32): i32 {
  const s0: i32 = argToString(argv, argc, 0);
  if (isException(s0)) return s0;
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(stringFlatten(s0));
  const r: i32 = decoding ? uriDecode(hS, sets) : uriEncode(hS, sets);
  handleScopeClose(scope);
  return r;
}

export function globalEncodeURI(argv: i32, argc: i32): i32 {
  return uriConvert(argv, argc, false, UriSet.unreserved | UriSet.reservedAndHash);
}

export function globalEncodeURIComponent(argv: i32, argc: i32): i32 {
  return uriConvert(argv, argc, false, UriSet.unreserved);
}

export function globalDecodeURI(argv: i32, argc: i32): i32 {
  return uriConvert(argv, argc, true, UriSet.reservedAndHash);
}

export function globalDecodeURIComponent(argv: i32, argc: i32): i32 {
  return uriConvert(argv, argc, true, 0);
}
