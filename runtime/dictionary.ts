// Hash dictionaries: NameDictionary (properties of dictionary-mode objects, keyed by internalized
// strings and symbols, compared by identity) and NumberDictionary (dictionary elements, keyed by
// array index as a canonical number: a Smi below 2^30, a HeapNumber from 2^30 to 2^32 - 2).
// Open addressing with quadratic probing over a power-of-two capacity; entries are
// [key, value, details]; an empty slot has key undefined, a deleted one the hole.
// The details hold the property attributes and an enumeration index (insertion order), which is
// how dictionary-mode objects keep the spec's property order.
import type { i32, u32, f64, bool } from './types.ts';
import { smiFrom, smiValue } from './memory.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { DictionarySlot, NameDictionaryEntry, PropertyDetails } from './layouts.ts';
import { RootIndex } from './roots.ts';
import {
  fixedArrayNewWithMap, fixedArrayGet, fixedArraySet, undefinedValue, theHole, numberValue, isSymbol, symbolHash, isHeapNumber,
} from './values.ts';
import { stringHash } from './strings.ts';

const ENTRY: i32 = NameDictionaryEntry.entrySize;

/** A dictionary with room for at least `atLeast` entries. May GC. */
export function dictionaryNew(atLeast: i32): i32 {
  let capacity: i32 = 8;
  while (Math.imul(capacity, 3) < (atLeast << 2)) capacity = capacity << 1;
  const d: i32 = fixedArrayNewWithMap(RootIndex.hashTableMap, (DictionarySlot.firstEntry + Math.imul(capacity, ENTRY)) | 0, undefinedValue(), false);
  fixedArraySet(d, DictionarySlot.count, smiFrom(0));
  fixedArraySet(d, DictionarySlot.deleted, smiFrom(0));
  fixedArraySet(d, DictionarySlot.capacity, smiFrom(capacity));
  fixedArraySet(d, DictionarySlot.nextIndex, smiFrom(1));
  return d;
}

export function dictionaryCapacity(d: i32): i32 {
  return smiValue(fixedArrayGet(d, DictionarySlot.capacity));
}
export function dictionaryCount(d: i32): i32 {
  return smiValue(fixedArrayGet(d, DictionarySlot.count));
}
function slotOf(entry: i32, field: i32): i32 {
  return (DictionarySlot.firstEntry + Math.imul(entry, ENTRY) + field) | 0;
}
export function dictionaryKeyAt(d: i32, entry: i32): i32 {
  return fixedArrayGet(d, slotOf(entry, NameDictionaryEntry.key));
}
export function dictionaryValueAt(d: i32, entry: i32): i32 {
  return fixedArrayGet(d, slotOf(entry, NameDictionaryEntry.value));
}
export function dictionaryDetailsAt(d: i32, entry: i32): i32 {
  return fixedArrayGet(d, slotOf(entry, NameDictionaryEntry.details));
}
export function dictionarySetValueAt(d: i32, entry: i32, value: i32): void {
  fixedArraySet(d, slotOf(entry, NameDictionaryEntry.value), value);
}
export function dictionarySetDetailsAt(d: i32, entry: i32, details: i32): void {
  fixedArraySet(d, slotOf(entry, NameDictionaryEntry.details), details);
}
/** True when the entry holds a key (not empty, not deleted). */
export function dictionaryIsLive(d: i32, entry: i32): bool {
  const k: i32 = dictionaryKeyAt(d, entry);
  return k !== undefinedValue() && k !== theHole();
}

function numberHash(x: f64): i32 {
  const n: i32 = (x >>> 0) | 0;
  let h: i32 = Math.imul(n ^ (n >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & 1073741823;
}

function keyHash(key: i32, numeric: bool): i32 {
  if (numeric) return numberHash(numberValue(key));
  return isSymbol(key) ? symbolHash(key) : stringHash(key);
}

/** Numeric keys are canonical numbers (numberNew), so a Smi never equals a HeapNumber. */
function keyMatches(k: i32, key: i32, numeric: bool): bool {
  if (k === key) return true;
  if (!numeric || (k & 1) === 0 || (key & 1) === 0) return false;
  return isHeapNumber(k) && numberValue(k) === numberValue(key);
}

/** The entry of `key`, or -1. No GC. */
export function dictionaryFind(d: i32, key: i32, numeric: bool): i32 {
  const mask: i32 = (dictionaryCapacity(d) - 1) | 0;
  const undef: i32 = undefinedValue();
  let i: i32 = keyHash(key, numeric) & mask;
  for (let probe: i32 = 1; ; probe++) {
    const k: i32 = dictionaryKeyAt(d, i);
    if (k === undef) return -1;
    if (keyMatches(k, key, numeric)) return i;
    i = (i + probe) & mask;
  }
}

/**
 * The entry of array index `index` in a NumberDictionary, or -1. Unlike dictionaryFind this needs
 * no key object: indices >= 2^30 are HeapNumber keys, and boxing one to look it up would allocate.
 * Matches numberHash(numberValue(key)), the hash every numeric key was inserted with. No GC.
 */
export function numberDictionaryFind(d: i32, index: u32): i32 {
  const mask: i32 = (dictionaryCapacity(d) - 1) | 0;
  const undef: i32 = undefinedValue();
  const hole: i32 = theHole();
  const want: f64 = +index;
  let i: i32 = numberHash(want) & mask;
  for (let probe: i32 = 1; ; probe++) {
    const k: i32 = dictionaryKeyAt(d, i);
    if (k === undef) return -1;
    if (k !== hole && numberValue(k) === want) return i;
    i = (i + probe) & mask;
  }
}

function insertNoGrow(d: i32, key: i32, value: i32, details: i32, numeric: bool): void {
  const mask: i32 = (dictionaryCapacity(d) - 1) | 0;
  const undef: i32 = undefinedValue();
  const hole: i32 = theHole();
  let i: i32 = keyHash(key, numeric) & mask;
  for (let probe: i32 = 1; ; probe++) {
    const k: i32 = dictionaryKeyAt(d, i);
    if (k === undef || k === hole) break;
    i = (i + probe) & mask;
  }
  fixedArraySet(d, slotOf(i, NameDictionaryEntry.key), key);
  fixedArraySet(d, slotOf(i, NameDictionaryEntry.value), value);
  fixedArraySet(d, slotOf(i, NameDictionaryEntry.details), details);
  fixedArraySet(d, DictionarySlot.count, (fixedArrayGet(d, DictionarySlot.count) + 2) | 0);
}

/**
 * Adds a new key (absent: check with dictionaryFind) with `attrs`; returns the dictionary, which is
 * a new one when it had to grow. May GC.
 */
export function dictionaryAdd(d: i32, key: i32, value: i32, attrs: i32, numeric: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hD: i32 = handleNew(d);
  const hK: i32 = handleNew(key);
  const hV: i32 = handleNew(value);
  const count: i32 = dictionaryCount(d);
  const deleted: i32 = smiValue(fixedArrayGet(d, DictionarySlot.deleted));
  if ((((count + deleted + 1) | 0) << 2) > Math.imul(dictionaryCapacity(d), 3)) {
    const grown: i32 = dictionaryNew((count + 1) << 1);
    const src: i32 = handleGet(hD);
    const capacity: i32 = dictionaryCapacity(src);
    for (let e: i32 = 0; e < capacity; e++) {
      if (dictionaryIsLive(src, e)) insertNoGrow(grown, dictionaryKeyAt(src, e), dictionaryValueAt(src, e), dictionaryDetailsAt(src, e), numeric);
    }
    fixedArraySet(grown, DictionarySlot.nextIndex, fixedArrayGet(src, DictionarySlot.nextIndex));
    handleSet(hD, grown);
  }
  const target: i32 = handleGet(hD);
  const index: i32 = smiValue(fixedArrayGet(target, DictionarySlot.nextIndex));
  fixedArraySet(target, DictionarySlot.nextIndex, smiFrom((index + 1) | 0));
  insertNoGrow(target, handleGet(hK), handleGet(hV), smiFrom(attrs | (index << PropertyDetails.indexShift)), numeric);
  handleScopeClose(scope);
  return target;
}

/**
 * Adds array index `index` (below 2^30: a Smi key) with `value` and `attrs` to NumberDictionary
 * `d`, which must have room (made by dictionaryNew for at least that many entries, nothing
 * removed): the allocation-free dictionaryAdd for filling a new dictionary. No GC.
 */
export function numberDictionaryAddNoGrow(d: i32, index: i32, value: i32, attrs: i32): void {
  const order: i32 = smiValue(fixedArrayGet(d, DictionarySlot.nextIndex));
  fixedArraySet(d, DictionarySlot.nextIndex, smiFrom((order + 1) | 0));
  insertNoGrow(d, smiFrom(index), value, smiFrom(attrs | (order << PropertyDetails.indexShift)), true);
}

/** Removes an entry (marks it deleted). No GC. */
export function dictionaryRemoveAt(d: i32, entry: i32): void {
  fixedArraySet(d, slotOf(entry, NameDictionaryEntry.key), theHole());
  fixedArraySet(d, slotOf(entry, NameDictionaryEntry.value), undefinedValue());
  fixedArraySet(d, slotOf(entry, NameDictionaryEntry.details), smiFrom(0));
  fixedArraySet(d, DictionarySlot.count, (fixedArrayGet(d, DictionarySlot.count) - 2) | 0);
  fixedArraySet(d, DictionarySlot.deleted, (fixedArrayGet(d, DictionarySlot.deleted) + 2) | 0);
}
