// Elements: the indexed properties of JS objects, and arrays with the spec's `length` semantics.
//
// Elements kinds form a lattice; an object's kind only ever moves up it (one-way transitions):
//
//   PACKED_SMI ──> PACKED_DOUBLE ──> PACKED
//       │               │              │
//       v               v              v
//   HOLEY_SMI  ──> HOLEY_DOUBLE  ──> HOLEY ──> DICTIONARY   (any kind may go to DICTIONARY)
//
// A kind is family * 2 + holey, family 0 = Smi, 1 = double, 2 = any value. SMI and object kinds
// keep a FixedArray (holes are the_hole), double kinds a FixedDoubleArray (holes are a NaN
// pattern), DICTIONARY a NumberDictionary with attributes. The kind lives in the map, so a
// transition is a map change (maps.ts mapTransitionElementsKind).
//
// Indices are u32 array indices in [0, MAX_ARRAY_INDEX = 2^32 - 2] (spec 6.1.7: the canonical
// numeric strings of those integers; "4294967295" and above are named properties, objects.ts).
// They are compared as u32, `(a >>> 0) < (b >>> 0)`. Invariants:
// - fast stores only hold indices below MAX_FAST_INDEX (2^28), so a fast index, a capacity and the
//   grown capacity (index * 1.5 + 16) are small positive i32s and a fast index is a Smi;
// - any index >= MAX_FAST_INDEX makes the elements a dictionary, whose keys are canonical numbers
//   (numberNew: a Smi below 2^30, a HeapNumber above) found by value (numberDictionaryFind);
// - array length is a uint32 kept as a number (Smi or HeapNumber), one above the largest index.
import type { i32, u32, f64, bool } from './types.ts';
import { H32, hostFatal } from './host/host.ts';
import { smiFrom, smiValue } from './memory.ts';
import { rootGet, fieldSet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import {
  ElementsKind, InstanceType, JSObjectLayout, JSArrayLayout, JSArgumentsObjectLayout, ContextSlot, PropertyAttr, MapBit,
} from './layouts.ts';
import { RootIndex } from './roots.ts';
import {
  fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, fixedArrayCopyResize, fixedDoubleArrayNew,
  fixedDoubleArrayGet, fixedDoubleArraySet, fixedDoubleArraySetHole, fixedDoubleArrayIsHole, fixedDoubleArrayLength,
  numberNew, numberValue, isHeapNumber, theHole,
} from './values.ts';
import { mapElementsKind, mapTransitionElementsKind, mapIsExtensible, mapBitField, mapIsDictionary, mapCopyWithPrototype, mapPrototype, mapSetBit } from './maps.ts';
import { objectNew, objectMap, objectElements } from './objects.ts';
import {
  dictionaryNew, numberDictionaryFind, dictionaryAdd, dictionaryValueAt, dictionaryDetailsAt, dictionarySetValueAt,
  dictionaryRemoveAt, dictionaryCapacity, dictionaryIsLive, dictionaryKeyAt,
} from './dictionary.ts';
import { detailsAttributes } from './maps.ts';
import { mapInstanceType } from './body.ts';

/** Gaps larger than this (beyond 2x the capacity) make the elements a dictionary. */
export const MAX_ELEMENTS_GAP: i32 = 1024;
/** The largest array index, 2^32 - 2 (2^32 - 1 is the largest length, not an index). */
export const MAX_ARRAY_INDEX: u32 = 4294967294;
/** Indices at or above this (2^28) always take dictionary elements; see the invariants above. */
export const MAX_FAST_INDEX: i32 = 268435456;

/** True for a u32 that is an array index (not 2^32 - 1). No GC. */
export function isArrayIndex(index: u32): bool {
  return (index >>> 0) <= (MAX_ARRAY_INDEX >>> 0);
}

export function elementsKindOf(obj: i32): i32 {
  return mapElementsKind(objectMap(obj));
}
export function elementsKindIsDouble(kind: i32): bool {
  return kind === ElementsKind.PACKED_DOUBLE || kind === ElementsKind.HOLEY_DOUBLE;
}
export function elementsKindIsHoley(kind: i32): bool {
  return kind !== ElementsKind.DICTIONARY && (kind & 1) !== 0;
}
/** The least kind above both `kind` and what storing `value` needs. */
export function elementsKindGeneralize(kind: i32, family: i32, holey: bool): i32 {
  if (kind === ElementsKind.DICTIONARY) return kind;
  const f: i32 = kind >> 1;
  const newFamily: i32 = family > f ? family : f;
  return ((newFamily << 1) | ((kind & 1) !== 0 || holey ? 1 : 0)) | 0;
}
function valueFamily(value: i32): i32 {
  if ((value & 1) === 0) return 0;
  return isHeapNumber(value) ? 1 : 2;
}

function isArray(obj: i32): bool {
  return mapInstanceType(objectMap(obj)) === InstanceType.JS_ARRAY;
}
/** Spec length of an array (a uint32). */
export function arrayLength(arr: i32): f64 {
  return numberValue(fieldGet(arr, JSArrayLayout.length));
}
/** Number of element slots in use: array length (up to 2^32 - 1), or the backing store's capacity. */
function usedLength(obj: i32): f64 {
  if (isArray(obj)) return arrayLength(obj);
  return backingLength(obj);
}
function backingLength(obj: i32): i32 {
  const kind: i32 = elementsKindOf(obj);
  const e: i32 = objectElements(obj);
  if (kind === ElementsKind.DICTIONARY) return 0;
  return elementsKindIsDouble(kind) ? fixedDoubleArrayLength(e) : fixedArrayLength(e);
}

// ---- kind transitions ----------------------------------------------------------------------------

/** Moves `obj` to elements kind `to` (above its current kind), converting the store. May GC. */
export function elementsTransition(obj: i32, to: i32): void {
  const from: i32 = elementsKindOf(obj);
  if (from === to) return;
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  if (to === ElementsKind.DICTIONARY) {
    elementsNormalize(hObj);
    handleScopeClose(scope);
    return;
  }
  const capacity: i32 = backingLength(obj);
  const fromDouble: bool = elementsKindIsDouble(from);
  const toDouble: bool = elementsKindIsDouble(to);
  if (!fromDouble && toDouble) {
    const store: i32 = fixedDoubleArrayNew(capacity);
    const src: i32 = objectElements(handleGet(hObj));
    const hole: i32 = theHole();
    for (let i: i32 = 0; i < capacity; i++) {
      const v: i32 = fixedArrayGet(src, i);
      if (v !== hole) fixedDoubleArraySet(store, i, numberValue(v));
    }
    fieldSet(handleGet(hObj), JSObjectLayout.elements, store);
  } else if (fromDouble && !toDouble) {
    const hStore: i32 = handleNew(fixedArrayNew(capacity));
    for (let i: i32 = 0; i < capacity; i++) {
      const src: i32 = objectElements(handleGet(hObj));
      const v: i32 = fixedDoubleArrayIsHole(src, i) ? theHole() : numberNew(fixedDoubleArrayGet(src, i));
      fixedArraySet(handleGet(hStore), i, v);
    }
    fieldSet(handleGet(hObj), JSObjectLayout.elements, handleGet(hStore));
  }
  const map: i32 = mapTransitionElementsKind(objectMap(handleGet(hObj)), to);
  H32[(handleGet(hObj) - 1) >> 2] = map;
  handleScopeClose(scope);
}

/**
 * Converts the elements of the object in handle `hObj` to a NumberDictionary. May GC. The fast
 * store's indices are below its capacity (< 2^30), so their keys are Smis.
 */
function elementsNormalize(hObj: i32): void {
  const obj: i32 = handleGet(hObj);
  const kind: i32 = elementsKindOf(obj);
  if (kind === ElementsKind.DICTIONARY) return;
  const capacity: i32 = backingLength(obj);
  const hDict: i32 = handleNew(dictionaryNew(8));
  for (let i: i32 = 0; i < capacity; i++) {
    const v: i32 = elementsGetFast(handleGet(hObj), i);
    if (v === theHole()) continue;
    const hV: i32 = handleNew(v);
    handleSet(hDict, dictionaryAdd(handleGet(hDict), smiFrom(i), handleGet(hV), PropertyAttr.ALL, true));
  }
  fieldSet(handleGet(hObj), JSObjectLayout.elements, handleGet(hDict));
  const map: i32 = mapTransitionElementsKind(objectMap(handleGet(hObj)), ElementsKind.DICTIONARY);
  H32[(handleGet(hObj) - 1) >> 2] = map;
}

// ---- get / set / delete ----------------------------------------------------------------------

/** Element `index` (any u32) of a fast-kind object, or the hole. May GC (boxes doubles). */
function elementsGetFast(obj: i32, index: u32): i32 {
  const kind: i32 = elementsKindOf(obj);
  const e: i32 = objectElements(obj);
  if (elementsKindIsDouble(kind)) {
    if ((index >>> 0) >= (fixedDoubleArrayLength(e) >>> 0)) return theHole();
    const i: i32 = index | 0; // below the capacity: a small i32
    if (fixedDoubleArrayIsHole(e, i)) return theHole();
    return numberNew(fixedDoubleArrayGet(e, i));
  }
  if ((index >>> 0) >= (fixedArrayLength(e) >>> 0)) return theHole();
  return fixedArrayGet(e, index | 0);
}

/** Own element `index` (a u32), or the hole when absent. May GC (boxes doubles). */
export function elementsGet(obj: i32, index: u32): i32 {
  if (elementsKindOf(obj) === ElementsKind.DICTIONARY) {
    const d: i32 = objectElements(obj);
    const entry: i32 = numberDictionaryFind(d, index);
    return entry < 0 ? theHole() : dictionaryElementValue(obj, d, entry, index);
  }
  return elementsGetFast(obj, index);
}

/** Attributes of own element `index` (a u32), or -1. No GC. */
export function elementsGetAttributes(obj: i32, index: u32): i32 {
  if (elementsKindOf(obj) === ElementsKind.DICTIONARY) {
    const d: i32 = objectElements(obj);
    const entry: i32 = numberDictionaryFind(d, index);
    return entry < 0 ? -1 : detailsAttributes(dictionaryDetailsAt(d, entry));
  }
  const kind: i32 = elementsKindOf(obj);
  const e: i32 = objectElements(obj);
  if (elementsKindIsDouble(kind)) {
    return (index >>> 0) < (fixedDoubleArrayLength(e) >>> 0) && !fixedDoubleArrayIsHole(e, index | 0) ? PropertyAttr.ALL : -1;
  }
  return (index >>> 0) < (fixedArrayLength(e) >>> 0) && fixedArrayGet(e, index | 0) !== theHole() ? PropertyAttr.ALL : -1;
}

/**
 * Keeps length one above the largest index: for an array in handle `hObj`, raises length to
 * `index + 1` (at most 2^32 - 1, a HeapNumber from 2^30 on). May GC.
 */
function setArrayLengthAtLeast(hObj: i32, index: u32): void {
  const obj: i32 = handleGet(hObj);
  const newLength: f64 = +(index >>> 0) + 1;
  if (!isArray(obj) || newLength <= arrayLength(obj)) return;
  const lengthValue: i32 = numberNew(newLength);
  fieldSet(handleGet(hObj), JSArrayLayout.length, lengthValue);
}

/** An array whose `length` is read-only (MapBit.READ_ONLY_LENGTH). No GC. */
export function arrayLengthIsReadOnly(obj: i32): bool {
  return isArray(obj) && (mapBitField(objectMap(obj)) & MapBit.READ_ONLY_LENGTH) !== 0;
}

/**
 * Makes the `length` of array `obj` read-only: dictionary elements (so no fast path or IC store
 * can append), then an own map with MapBit.READ_ONLY_LENGTH (as objectPreventExtensions does for
 * the extensible bit). May GC.
 */
export function arrayMakeLengthReadOnly(obj: i32): void {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  elementsNormalize(hObj);
  let map: i32 = objectMap(handleGet(hObj));
  if (!mapIsDictionary(map)) {
    map = mapCopyWithPrototype(map, mapPrototype(map));
    H32[(handleGet(hObj) - 1) >> 2] = map;
  }
  mapSetBit(map, MapBit.READ_ONLY_LENGTH);
  handleScopeClose(scope);
}

/** Would adding element `index` need a longer `length` that cannot be written? No GC. */
function lengthBlocks(obj: i32, index: u32): bool {
  return arrayLengthIsReadOnly(obj) && +(index >>> 0) >= arrayLength(obj);
}

/** A NumberDictionary key for `index`: its canonical number. May GC. */
function indexKeyNew(index: u32): i32 {
  return numberNew(+(index >>> 0));
}

/** Dies on 2^32 - 1 and above: those are named properties, the caller's ToPropertyKey is wrong. */
function checkArrayIndex(index: u32): void {
  if (!isArrayIndex(index)) hostFatal('elements: 4294967295 is not an array index (it is a named property)');
}

/**
 * Stores `value` under `index` in the dictionary elements of the object in handle `hObj`:
 * returns false for a non-writable element. May GC.
 */
function dictionaryElementsSet(hObj: i32, index: u32, hValue: i32): bool {
  const d: i32 = objectElements(handleGet(hObj));
  const entry: i32 = numberDictionaryFind(d, index);
  if (entry >= 0) {
    if ((detailsAttributes(dictionaryDetailsAt(d, entry)) & PropertyAttr.WRITABLE) === 0) return false;
    dictionarySetValueAt(d, entry, handleGet(hValue));
    return true;
  }
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(indexKeyNew(index));
  const grown: i32 = dictionaryAdd(objectElements(handleGet(hObj)), handleGet(hKey), handleGet(hValue), PropertyAttr.ALL, true);
  fieldSet(handleGet(hObj), JSObjectLayout.elements, grown);
  handleScopeClose(scope);
  return true;
}

/**
 * Stores element `index` (a writable data element or a new one), generalizing the elements kind,
 * growing the store, or switching to dictionary elements for sparse indices. Returns false when
 * refused (non-writable element, non-extensible object). May GC.
 */
export function elementsSet(obj: i32, index: u32, value: i32): bool {
  checkArrayIndex(index);
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hValue: i32 = handleNew(value);
  let kind: i32 = elementsKindOf(obj);
  const present: bool = elementsGetAttributes(obj, index) >= 0;
  if (!present && (!mapIsExtensible(objectMap(obj)) || lengthBlocks(obj, index))) {
    handleScopeClose(scope);
    return false;
  }
  if (kind !== ElementsKind.DICTIONARY) {
    // Sparse: at or above MAX_FAST_INDEX (u32 compare: covers 2^31 .. 2^32 - 2), or a gap of more
    // than MAX_ELEMENTS_GAP that also more than doubles the store.
    const capacity: i32 = backingLength(obj);
    const sparse: bool = (index >>> 0) >= (MAX_FAST_INDEX >>> 0) ||
      ((index | 0) >= capacity && (((index | 0) - capacity) | 0) > MAX_ELEMENTS_GAP && (index | 0) > (capacity << 1));
    if (sparse) {
      elementsNormalize(hObj);
      kind = ElementsKind.DICTIONARY;
    }
  }
  if (kind === ElementsKind.DICTIONARY) {
    const stored: bool = dictionaryElementsSet(hObj, index, hValue);
    if (stored) {
      setArrayLengthAtLeast(hObj, index);
      mappedArgumentsStore(handleGet(hObj), index, handleGet(hValue), PropertyAttr.ALL);
    }
    handleScopeClose(scope);
    return stored;
  }
  // Fast from here on: index < MAX_FAST_INDEX, a small i32.
  const holey: bool = +(index >>> 0) > usedLength(obj);
  const wanted: i32 = elementsKindGeneralize(kind, valueFamily(value), holey);
  if (wanted !== kind) elementsTransition(obj, wanted);
  kind = wanted;
  // Grow the store, filling new slots with holes.
  const capacity: i32 = backingLength(handleGet(hObj));
  if ((index | 0) >= capacity) {
    const newCapacity: i32 = ((index | 0) + ((index | 0) >> 1) + 16) | 0;
    const src: i32 = objectElements(handleGet(hObj));
    let store: i32 = 0;
    if (elementsKindIsDouble(kind)) {
      const hSrc: i32 = handleNew(src);
      store = fixedDoubleArrayNew(newCapacity);
      for (let i: i32 = 0; i < capacity; i++) {
        const s: i32 = handleGet(hSrc);
        if (!fixedDoubleArrayIsHole(s, i)) fixedDoubleArraySet(store, i, fixedDoubleArrayGet(s, i));
      }
    } else {
      // Copying keeps the source's map: the shared empty array's is the plain FixedArray map.
      store = fixedArrayCopyResize(src, newCapacity, theHole());
    }
    fieldSet(handleGet(hObj), JSObjectLayout.elements, store);
  }
  const o: i32 = handleGet(hObj);
  const e: i32 = objectElements(o);
  if (elementsKindIsDouble(kind)) fixedDoubleArraySet(e, index | 0, numberValue(handleGet(hValue)));
  else fixedArraySet(e, index | 0, handleGet(hValue));
  setArrayLengthAtLeast(hObj, index);
  handleScopeClose(scope);
  return true;
}

/** Defines element `index` with attributes (non-default attributes need dictionary elements). May GC. */
export function elementsDefine(obj: i32, index: u32, value: i32, attrs: i32): bool {
  if (attrs === PropertyAttr.ALL) return elementsSet(obj, index, value);
  checkArrayIndex(index);
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hValue: i32 = handleNew(value);
  const cur: i32 = elementsGetAttributes(obj, index);
  if ((cur >= 0 && (cur & PropertyAttr.CONFIGURABLE) === 0) || (cur < 0 && lengthBlocks(obj, index))) {
    handleScopeClose(scope);
    return false;
  }
  elementsNormalize(hObj);
  const hKey: i32 = handleNew(indexKeyNew(index));
  const d: i32 = objectElements(handleGet(hObj));
  const entry: i32 = numberDictionaryFind(d, index);
  if (entry >= 0) dictionaryRemoveAt(d, entry);
  const grown: i32 = dictionaryAdd(objectElements(handleGet(hObj)), handleGet(hKey), handleGet(hValue), attrs, true);
  fieldSet(handleGet(hObj), JSObjectLayout.elements, grown);
  setArrayLengthAtLeast(hObj, index);
  mappedArgumentsStore(handleGet(hObj), index, handleGet(hValue), attrs);
  handleScopeClose(scope);
  return true;
}

/**
 * Defines element `index` after the caller validated the change (ValidateAndApplyPropertyDescriptor,
 * runtime/builtins-object.ts): unlike elementsDefine it also rewrites a non-configurable element
 * (the narrowing changes validation allows) and changes the attributes of an existing one when the
 * new ones are the defaults. May GC.
 */
export function elementsRedefine(obj: i32, index: u32, value: i32, attrs: i32): bool {
  const cur: i32 = elementsGetAttributes(obj, index);
  if (attrs === PropertyAttr.ALL && (cur < 0 || cur === PropertyAttr.ALL)) return elementsSet(obj, index, value);
  if (cur < 0 && lengthBlocks(obj, index)) return false;
  checkArrayIndex(index);
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hValue: i32 = handleNew(value);
  elementsNormalize(hObj);
  const hKey: i32 = handleNew(indexKeyNew(index));
  const d: i32 = objectElements(handleGet(hObj));
  const entry: i32 = numberDictionaryFind(d, index);
  if (entry >= 0) dictionaryRemoveAt(d, entry);
  const grown: i32 = dictionaryAdd(objectElements(handleGet(hObj)), handleGet(hKey), handleGet(hValue), attrs, true);
  fieldSet(handleGet(hObj), JSObjectLayout.elements, grown);
  setArrayLengthAtLeast(hObj, index);
  mappedArgumentsStore(handleGet(hObj), index, handleGet(hValue), attrs);
  handleScopeClose(scope);
  return true;
}

/** [[Delete]] of element `index`: false when non-configurable. May GC. */
export function elementsDelete(obj: i32, index: u32): bool {
  const cur: i32 = elementsGetAttributes(obj, index);
  if (cur < 0) return true;
  if ((cur & PropertyAttr.CONFIGURABLE) === 0) return false;
  const kind: i32 = elementsKindOf(obj);
  if (kind === ElementsKind.DICTIONARY) {
    const d: i32 = objectElements(obj);
    dictionaryRemoveAt(d, numberDictionaryFind(d, index));
    mappedArgumentsUnmap(obj, index);
    return true;
  }
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  elementsTransition(obj, elementsKindGeneralize(kind, 0, true));
  const e: i32 = objectElements(handleGet(hObj));
  // Present in a fast store: index is below its capacity, a small i32.
  if (elementsKindIsDouble(elementsKindOf(handleGet(hObj)))) fixedDoubleArraySetHole(e, index | 0);
  else fixedArraySet(e, index | 0, theHole());
  handleScopeClose(scope);
  return true;
}

// ---- mapped arguments ----------------------------------------------------------------------------
// A mapped arguments object (JS_ARGUMENTS_OBJECT, runtime/layouts.ts JSArgumentsObjectLayout) has
// DICTIONARY elements that hold every index's existence and attributes; while an index is mapped
// its value is the parameter's context slot (spec 10.4.4: [[Get]] and [[GetOwnProperty]] read the
// map, [[Set]] and [[DefineOwnProperty]] write it too, [[Delete]], accessor and non-writable
// definitions unmap). Keeping this at the element level — elementsGet, the dictionary stores of
// elementsSet/elementsDefine/elementsRedefine, elementsDelete — lets every path that reads or
// writes elements (property access, Object.keys/values/freeze, Array.prototype methods, JSON, the
// library's inspect) see the aliasing, as V8's SloppyArgumentsElementsAccessor does. The cost for
// other objects is an instance-type test on the dictionary paths only.

/** The context slot (FixedArray index) that index `index` of `obj` aliases, or -1 when unmapped or not a mapped arguments object. No GC. */
export function mappedArgumentsSlot(obj: i32, index: u32): i32 {
  if (mapInstanceType(objectMap(obj)) !== InstanceType.JS_ARGUMENTS_OBJECT) return -1;
  const parameterMap: i32 = fieldGet(obj, JSArgumentsObjectLayout.parameterMap);
  if ((index >>> 0) >= (fixedArrayLength(parameterMap) >>> 0)) return -1;
  const slot: i32 = fixedArrayGet(parameterMap, index | 0);
  return slot === theHole() ? -1 : (ContextSlot.firstVariable + smiValue(slot)) | 0;
}

/**
 * Own data element `index` (a small i32) of mapped arguments object `obj`, or the hole when it is
 * absent or an accessor (then the generic [[Get]] runs): the keyed load's shortcut. No GC.
 */
export function mappedArgumentsGetFast(obj: i32, index: i32): i32 {
  const d: i32 = objectElements(obj);
  const entry: i32 = numberDictionaryFind(d, index >>> 0);
  if (entry < 0 || (detailsAttributes(dictionaryDetailsAt(d, entry)) & PropertyAttr.ACCESSOR) !== 0) return theHole();
  return dictionaryElementValue(obj, d, entry, index >>> 0);
}

/** The value of element `index` in live entry `entry` of the dictionary elements `d` of `obj`: the parameter's while mapped. No GC. */
function dictionaryElementValue(obj: i32, d: i32, entry: i32, index: u32): i32 {
  const slot: i32 = mappedArgumentsSlot(obj, index);
  return slot < 0 ? dictionaryValueAt(d, entry) : fixedArrayGet(fieldGet(obj, JSArgumentsObjectLayout.context), slot);
}

/** Removes index `index` from the parameter map of `obj` (a no-op for anything else). No GC. */
function mappedArgumentsUnmap(obj: i32, index: u32): void {
  if (mappedArgumentsSlot(obj, index) >= 0) fixedArraySet(fieldGet(obj, JSArgumentsObjectLayout.parameterMap), index | 0, theHole());
}

/**
 * After element `index` of `obj` was stored or defined with `value` and `attrs`: a mapped index
 * writes its parameter (Set(map, P, V)), then an accessor or non-writable definition unmaps it.
 * The caller passes the current value when the descriptor had none (definePropertyFromDescriptor
 * reads it through elementsGet), so writing it back is the spec's no-op. No GC.
 */
function mappedArgumentsStore(obj: i32, index: u32, value: i32, attrs: i32): void {
  const slot: i32 = mappedArgumentsSlot(obj, index);
  if (slot < 0) return;
  if ((attrs & PropertyAttr.ACCESSOR) !== 0) {
    mappedArgumentsUnmap(obj, index);
    return;
  }
  fixedArraySet(fieldGet(obj, JSArgumentsObjectLayout.context), slot, value);
  if ((attrs & PropertyAttr.WRITABLE) === 0) mappedArgumentsUnmap(obj, index);
}

// ---- arrays ------------------------------------------------------------------------------------

/** `[]` with room for `capacity` elements: kind PACKED_SMI, length 0. May GC. */
export function arrayNew(capacity: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hArr: i32 = handleNew(objectNew(rootGet(RootIndex.arrayMap)));
  fieldSet(handleGet(hArr), JSArrayLayout.length, smiFrom(0));
  if (capacity > 0) {
    const store: i32 = fixedArrayCopyResize(rootGet(RootIndex.emptyFixedArray), capacity, theHole());
    fieldSet(handleGet(hArr), JSObjectLayout.elements, store);
  }
  const arr: i32 = handleGet(hArr);
  handleScopeClose(scope);
  return arr;
}

/**
 * Array.prototype.push of one value; returns the new length, or -1 (nothing stored) when length is
 * already 2^32 - 1: index 2^32 - 1 would be a named property and length 2^32 a RangeError, which
 * is the caller's to throw. May GC.
 */
export function arrayPush(arr: i32, value: i32): f64 {
  const length: f64 = arrayLength(arr);
  if (length > MAX_ARRAY_INDEX) return -1;
  elementsSet(arr, length >>> 0, value);
  return length + 1;
}

/**
 * ArraySetLength (spec 10.4.2.4) for a valid uint32 `newLength`: shrinking deletes the elements at
 * and above it, stopping at a non-configurable one (then returns false with length just above it);
 * growing only changes length (the array becomes holey). May GC.
 */
export function arraySetLength(arr: i32, newLength: f64): bool {
  const scope: i32 = handleScopeOpen();
  const hArr: i32 = handleNew(arr);
  const old: f64 = arrayLength(arr);
  let result: bool = true;
  let finalLength: f64 = newLength;
  if (newLength < old) {
    const kind: i32 = elementsKindOf(arr);
    if (kind === ElementsKind.DICTIONARY) {
      // Delete keys >= newLength from the highest down; a non-configurable one stops the deletion.
      const d: i32 = objectElements(arr);
      const capacity: i32 = dictionaryCapacity(d);
      let blocker: f64 = -1;
      for (let e: i32 = 0; e < capacity; e++) {
        if (!dictionaryIsLive(d, e)) continue;
        const k: f64 = numberValue(dictionaryKeyAt(d, e));
        if (k >= newLength && (detailsAttributes(dictionaryDetailsAt(d, e)) & PropertyAttr.CONFIGURABLE) === 0 && k > blocker) blocker = k;
      }
      if (blocker >= 0) {
        finalLength = blocker + 1;
        result = false;
      }
      for (let e: i32 = 0; e < capacity; e++) {
        if (dictionaryIsLive(d, e) && numberValue(dictionaryKeyAt(d, e)) >= finalLength) dictionaryRemoveAt(d, e);
      }
    } else {
      // Fast store: clear [newLength, min(old, capacity)); lengths may be up to 2^32 - 1, so
      // clamp them to the capacity as numbers before narrowing.
      const e: i32 = objectElements(arr);
      const capacity: i32 = backingLength(arr);
      const end: i32 = old < capacity ? old | 0 : capacity;
      const start: i32 = newLength < capacity ? newLength | 0 : capacity;
      for (let i: i32 = start; i < end; i++) {
        if (elementsKindIsDouble(kind)) fixedDoubleArraySetHole(e, i);
        else fixedArraySet(e, i, theHole());
      }
    }
  } else if (newLength > old) {
    const kind: i32 = elementsKindOf(arr);
    if (kind !== ElementsKind.DICTIONARY && !elementsKindIsHoley(kind)) elementsTransition(arr, elementsKindGeneralize(kind, 0, true));
  }
  const lengthValue: i32 = numberNew(finalLength);
  fieldSet(handleGet(hArr), JSArrayLayout.length, lengthValue);
  handleScopeClose(scope);
  return result;
}

