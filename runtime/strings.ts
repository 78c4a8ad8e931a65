// Strings: sequential one-byte and two-byte strings, cons strings (ropes) flattened on demand,
// sliced strings, hashing, equality, and the internalized-string table.
//
// Invariants: a cons string has length >= CONS_MIN_LENGTH and both parts non-empty until it is
// flattened; flattening replaces `first` by the flat result and `second` by the empty string, so a
// flattened cons is a cheap indirection. A sliced string's parent is always sequential. Internalized
// strings are sequential, live in the old generation, and equal contents imply the same object.
import type { i32, bool } from './types.ts';
import { H8, H16, H32, hostFatal } from './host/host.ts';
import { smiFrom, smiValue } from './memory.ts';
import { rootGet, rootSet, fieldSet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { allocate, allocateOld } from './alloc.ts';
import { InstanceType, SeqStringLayout, ConsStringLayout, SlicedStringLayout, HashTableSlot } from './layouts.ts';
import { RootIndex } from './roots.ts';
import { fixedArrayNewWithMap, fixedArrayGet, fixedArraySet, fixedArrayLength, undefinedValue } from './values.ts';
import { mapInstanceType } from './body.ts';

/** Shorter results of concat/slice are copied rather than made cons/sliced. */
export const CONS_MIN_LENGTH: i32 = 13;
export const SLICE_MIN_LENGTH: i32 = 13;
export const STRING_MAX_LENGTH: i32 = 536870888;

// ---- predicates and accessors (no GC) ----------------------------------------------------------

export function stringType(s: i32): i32 {
  return mapInstanceType(H32[(s - 1) >> 2]);
}
export function isString(v: i32): bool {
  return (v & 1) !== 0 && stringType(v) < InstanceType.FIRST_NONSTRING_TYPE;
}
export function isInternalized(v: i32): bool {
  if ((v & 1) === 0) return false;
  const t: i32 = stringType(v);
  return t === InstanceType.INTERNALIZED_ONE_BYTE_STRING || t === InstanceType.INTERNALIZED_TWO_BYTE_STRING;
}
export function stringIsOneByte(s: i32): bool {
  return (stringType(s) & 1) === 0;
}
export function stringLength(s: i32): i32 {
  return H32[(s - 1 + SeqStringLayout.length) >> 2];
}
function isSeq(type: i32): bool {
  return type <= InstanceType.SEQ_TWO_BYTE_STRING || type >= InstanceType.INTERNALIZED_ONE_BYTE_STRING;
}
/** The address of the first character of a sequential string. */
export function seqChars(s: i32): i32 {
  return (s - 1 + SeqStringLayout.chars) | 0;
}

/** Code unit `index` of any string; walks cons and sliced strings without allocating. No GC. */
export function stringGet(s: i32, index: i32): i32 {
  let str: i32 = s;
  let i: i32 = index;
  for (;;) {
    const type: i32 = stringType(str);
    if (isSeq(type)) {
      return (type & 1) === 0 ? H8[(str - 1 + SeqStringLayout.chars + i) | 0] : H16[(str - 1 + SeqStringLayout.chars + (i << 1)) >> 1];
    }
    if (type === InstanceType.CONS_ONE_BYTE_STRING || type === InstanceType.CONS_TWO_BYTE_STRING) {
      const first: i32 = fieldGet(str, ConsStringLayout.first);
      const firstLength: i32 = stringLength(first);
      if (i < firstLength) {
        str = first;
      } else {
        i = (i - firstLength) | 0;
        str = fieldGet(str, ConsStringLayout.second);
      }
    } else {
      i = (i + fieldGet(str, SlicedStringLayout.offset)) | 0;
      str = fieldGet(str, SlicedStringLayout.parent);
    }
  }
}

// ---- allocation (may GC) ---------------------------------------------------------------------

function seqNew(mapRoot: i32, length: i32, twoByte: bool, old: bool): i32 {
  if (length > STRING_MAX_LENGTH) hostFatal('string too long');
  const bytes: i32 = twoByte ? length << 1 : length;
  const size: i32 = (SeqStringLayout.chars + bytes + 7) & ~7;
  const addr: i32 = old ? allocateOld(size) : allocate(size);
  H32[addr >> 2] = rootGet(mapRoot);
  H32[(addr + SeqStringLayout.length) >> 2] = length;
  H32[(addr + SeqStringLayout.hash) >> 2] = 0;
  return addr | 1;
}
/** A one-byte sequential string of `length` uninitialised characters. May GC. */
export function stringNewOneByte(length: i32): i32 {
  return seqNew(RootIndex.seqOneByteStringMap, length, false, false);
}
/** A two-byte sequential string of `length` uninitialised code units. May GC. */
export function stringNewTwoByte(length: i32): i32 {
  return seqNew(RootIndex.seqTwoByteStringMap, length, true, false);
}
export function seqSetChar(s: i32, index: i32, code: i32): void {
  if (stringIsOneByte(s)) H8[(s - 1 + SeqStringLayout.chars + index) | 0] = code;
  else H16[(s - 1 + SeqStringLayout.chars + (index << 1)) >> 1] = code;
}

/** Writes characters [0, length(s)) of `s` to `dst` (one byte or two bytes per unit). No GC. */
function writeChars(s: i32, dst: i32, twoByte: bool): void {
  let str: i32 = s;
  let at: i32 = dst;
  for (;;) {
    const type: i32 = stringType(str);
    const length: i32 = stringLength(str);
    if (type === InstanceType.CONS_ONE_BYTE_STRING || type === InstanceType.CONS_TWO_BYTE_STRING) {
      // Ropes are usually left-deep (a = a + x): recurse into the right part, loop on the left.
      const first: i32 = fieldGet(str, ConsStringLayout.first);
      const firstLength: i32 = stringLength(first);
      writeChars(fieldGet(str, ConsStringLayout.second), (at + (twoByte ? firstLength << 1 : firstLength)) | 0, twoByte);
      str = first;
      continue;
    }
    let base: i32 = str;
    let offset: i32 = 0;
    if (!isSeq(type)) {
      offset = fieldGet(str, SlicedStringLayout.offset);
      base = fieldGet(str, SlicedStringLayout.parent);
    }
    const src: i32 = (base - 1 + SeqStringLayout.chars) | 0;
    if (stringIsOneByte(base)) {
      if (twoByte) for (let i: i32 = 0; i < length; i++) H16[(at + (i << 1)) >> 1] = H8[(src + offset + i) | 0];
      else for (let i: i32 = 0; i < length; i++) H8[(at + i) | 0] = H8[(src + offset + i) | 0];
    } else {
      for (let i: i32 = 0; i < length; i++) H16[(at + (i << 1)) >> 1] = H16[(src + ((offset + i) << 1)) >> 1];
    }
    return;
  }
}

/** A flat string (sequential, or sliced of a sequential one) with the contents of `s`. May GC. */
export function stringFlatten(s: i32): i32 {
  const type: i32 = stringType(s);
  if (type !== InstanceType.CONS_ONE_BYTE_STRING && type !== InstanceType.CONS_TWO_BYTE_STRING) return s;
  const second: i32 = fieldGet(s, ConsStringLayout.second);
  if (stringLength(second) === 0) return fieldGet(s, ConsStringLayout.first);
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(s);
  const twoByte: bool = type === InstanceType.CONS_TWO_BYTE_STRING;
  const length: i32 = stringLength(s);
  const flat: i32 = twoByte ? stringNewTwoByte(length) : stringNewOneByte(length);
  const cons: i32 = handleGet(hS);
  writeChars(cons, seqChars(flat), twoByte);
  fieldSet(cons, ConsStringLayout.first, flat);
  fieldSet(cons, ConsStringLayout.second, rootGet(RootIndex.emptyString));
  handleScopeClose(scope);
  return flat;
}

/** `a + b` (spec: string concatenation). A cons string when long enough. May GC. */
export function stringConcat(a: i32, b: i32): i32 {
  const la: i32 = stringLength(a);
  const lb: i32 = stringLength(b);
  if (la === 0) return b;
  if (lb === 0) return a;
  const length: i32 = (la + lb) | 0;
  if (length > STRING_MAX_LENGTH || length < 0) hostFatal('string too long');
  const oneByte: bool = stringIsOneByte(a) && stringIsOneByte(b);
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const hB: i32 = handleNew(b);
  let result: i32 = 0;
  if (length < CONS_MIN_LENGTH) {
    result = oneByte ? stringNewOneByte(length) : stringNewTwoByte(length);
    const dst: i32 = seqChars(result);
    writeChars(handleGet(hA), dst, !oneByte);
    writeChars(handleGet(hB), (dst + (oneByte ? la : la << 1)) | 0, !oneByte);
  } else {
    const addr: i32 = allocate(ConsStringLayout.size);
    H32[addr >> 2] = rootGet(oneByte ? RootIndex.consOneByteStringMap : RootIndex.consTwoByteStringMap);
    H32[(addr + ConsStringLayout.length) >> 2] = length;
    H32[(addr + ConsStringLayout.hash) >> 2] = 0;
    result = addr | 1;
    fieldSet(result, ConsStringLayout.first, handleGet(hA));
    fieldSet(result, ConsStringLayout.second, handleGet(hB));
  }
  handleScopeClose(scope);
  return result;
}

/** The substring [start, end) of `s` (0 <= start <= end <= length). May GC. */
export function stringSlice(s: i32, start: i32, end: i32): i32 {
  const length: i32 = (end - start) | 0;
  if (length === stringLength(s)) return s;
  if (length === 0) return rootGet(RootIndex.emptyString);
  const scope: i32 = handleScopeOpen();
  const hFlat: i32 = handleNew(stringFlatten(s));
  let flat: i32 = handleGet(hFlat);
  let offset: i32 = start;
  if (!isSeq(stringType(flat))) {
    offset = (offset + fieldGet(flat, SlicedStringLayout.offset)) | 0;
    flat = fieldGet(flat, SlicedStringLayout.parent);
    handleScopeClose(scope);
    return stringSlice(flat, offset, (offset + length) | 0);
  }
  const oneByte: bool = stringIsOneByte(flat);
  let result: i32 = 0;
  if (length < SLICE_MIN_LENGTH) {
    result = oneByte ? stringNewOneByte(length) : stringNewTwoByte(length);
    flat = handleGet(hFlat);
    for (let i: i32 = 0; i < length; i++) seqSetChar(result, i, stringGet(flat, (offset + i) | 0));
  } else {
    const addr: i32 = allocate(SlicedStringLayout.size);
    H32[addr >> 2] = rootGet(oneByte ? RootIndex.slicedOneByteStringMap : RootIndex.slicedTwoByteStringMap);
    H32[(addr + SlicedStringLayout.length) >> 2] = length;
    H32[(addr + SlicedStringLayout.hash) >> 2] = 0;
    H32[(addr + SlicedStringLayout.offset) >> 2] = offset;
    result = addr | 1;
    fieldSet(result, SlicedStringLayout.parent, handleGet(hFlat));
  }
  handleScopeClose(scope);
  return result;
}

// ---- hashing and equality (no GC) ------------------------------------------------------------

/** FNV-1a over the code units, folded to 30 bits and never 0 (0 means "not computed"). */
export function stringHash(s: i32): i32 {
  const cached: i32 = H32[(s - 1 + SeqStringLayout.hash) >> 2];
  if (cached !== 0) return cached;
  const length: i32 = stringLength(s);
  let h: i32 = -2128831035;
  for (let i: i32 = 0; i < length; i++) {
    h = Math.imul(h ^ stringGet(s, i), 16777619);
  }
  h = (h ^ (h >>> 15)) & 1073741823;
  if (h === 0) h = 27;
  H32[(s - 1 + SeqStringLayout.hash) >> 2] = h;
  return h;
}

export function stringEquals(a: i32, b: i32): bool {
  if (a === b) return true;
  const length: i32 = stringLength(a);
  if (length !== stringLength(b)) return false;
  if (isInternalized(a) && isInternalized(b)) return false;
  const ha: i32 = H32[(a - 1 + SeqStringLayout.hash) >> 2];
  const hb: i32 = H32[(b - 1 + SeqStringLayout.hash) >> 2];
  if (ha !== 0 && hb !== 0 && ha !== hb) return false;
  for (let i: i32 = 0; i < length; i++) if (stringGet(a, i) !== stringGet(b, i)) return false;
  return true;
}

/** Lexicographic comparison of code units: -1, 0 or 1. No GC. */
export function stringCompare(a: i32, b: i32): i32 {
  const la: i32 = stringLength(a);
  const lb: i32 = stringLength(b);
  const n: i32 = la < lb ? la : lb;
  for (let i: i32 = 0; i < n; i++) {
    const d: i32 = (stringGet(a, i) - stringGet(b, i)) | 0;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

// ---- the string table --------------------------------------------------------------------------

/** A string table (a HASH_TABLE of one-slot entries) with `capacity` (a power of two) slots. May GC. */
export function stringTableNew(capacity: i32): i32 {
  const t: i32 = fixedArrayNewWithMap(RootIndex.hashTableMap, (HashTableSlot.firstEntry + capacity) | 0, undefinedValue(), true);
  fixedArraySet(t, HashTableSlot.count, smiFrom(0));
  fixedArraySet(t, HashTableSlot.deleted, smiFrom(0));
  fixedArraySet(t, HashTableSlot.capacity, smiFrom(capacity));
  return t;
}

/** The internalized string equal to `s` (flat), or 0. No GC. */
function stringTableFind(table: i32, s: i32, hash: i32): i32 {
  const mask: i32 = (smiValue(fixedArrayGet(table, HashTableSlot.capacity)) - 1) | 0;
  const undef: i32 = undefinedValue();
  let i: i32 = hash & mask;
  for (let probe: i32 = 1; ; probe++) {
    const k: i32 = fixedArrayGet(table, (HashTableSlot.firstEntry + i) | 0);
    if (k === undef) return 0;
    if (stringHash(k) === hash && stringEquals(k, s)) return k;
    i = (i + probe) & mask;
  }
}

function stringTableInsert(table: i32, s: i32): void {
  const mask: i32 = (smiValue(fixedArrayGet(table, HashTableSlot.capacity)) - 1) | 0;
  const undef: i32 = undefinedValue();
  let i: i32 = stringHash(s) & mask;
  for (let probe: i32 = 1; fixedArrayGet(table, (HashTableSlot.firstEntry + i) | 0) !== undef; probe++) i = (i + probe) & mask;
  fixedArraySet(table, (HashTableSlot.firstEntry + i) | 0, s);
  fixedArraySet(table, HashTableSlot.count, (fixedArrayGet(table, HashTableSlot.count) + 2) | 0);
}

/** Makes room for one more entry, doubling the table at 3/4 load. May GC. */
function stringTableEnsureCapacity(): void {
  const table: i32 = rootGet(RootIndex.stringTable);
  const capacity: i32 = smiValue(fixedArrayGet(table, HashTableSlot.capacity));
  const count: i32 = smiValue(fixedArrayGet(table, HashTableSlot.count));
  if (((count + 1) << 2) <= Math.imul(capacity, 3)) return;
  const grown: i32 = stringTableNew(capacity << 1);
  const old: i32 = rootGet(RootIndex.stringTable);
  const undef: i32 = undefinedValue();
  const n: i32 = fixedArrayLength(old);
  for (let i: i32 = HashTableSlot.firstEntry; i < n; i++) {
    const k: i32 = fixedArrayGet(old, i);
    if (k !== undef) stringTableInsert(grown, k);
  }
  rootSet(RootIndex.stringTable, grown);
}

/** The internalized string with the contents of `s`. May GC. */
export function stringInternalize(s: i32): i32 {
  if (isInternalized(s)) return s;
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(stringFlatten(s));
  const hash: i32 = stringHash(handleGet(hS));
  let found: i32 = stringTableFind(rootGet(RootIndex.stringTable), handleGet(hS), hash);
  if (found === 0) {
    stringTableEnsureCapacity();
    const length: i32 = stringLength(handleGet(hS));
    const oneByte: bool = stringIsOneByte(handleGet(hS));
    found = seqNew(oneByte ? RootIndex.internalizedOneByteStringMap : RootIndex.internalizedTwoByteStringMap, length, !oneByte, true);
    writeChars(handleGet(hS), seqChars(found), !oneByte);
    H32[(found - 1 + SeqStringLayout.hash) >> 2] = hash;
    stringTableInsert(rootGet(RootIndex.stringTable), found);
  }
  handleScopeClose(scope);
  return found;
}

/** Number of internalized strings. */
export function stringTableCount(): i32 {
  return smiValue(fixedArrayGet(rootGet(RootIndex.stringTable), HashTableSlot.count));
}

/** Enters an internalized string made elsewhere (read-only space, image) into the table. May GC. */
export function stringTableAddInternalized(s: i32): void {
  const scope: i32 = handleScopeOpen();
  const hS: i32 = handleNew(s);
  if (stringTableFind(rootGet(RootIndex.stringTable), s, stringHash(s)) === 0) {
    stringTableEnsureCapacity();
    stringTableInsert(rootGet(RootIndex.stringTable), handleGet(hS));
  }
  handleScopeClose(scope);
}
