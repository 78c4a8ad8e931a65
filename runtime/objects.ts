// JS objects: named properties through maps (fast mode) or a NameDictionary (dictionary mode),
// in-object slots and the out-of-line property backing store, attributes and accessor pairs,
// prototypes and extensibility. Element (array index) properties are in elements.ts.
//
// Keys here are property names: internalized strings or symbols (the interpreter's
// ToPropertyKey sends array indices to elements.ts). Accessors are stored as AccessorPairs;
// calling a getter or setter is the interpreter's business, so the [[Get]]/[[Set]] helpers return
// the pair (or false) and leave the call to their caller.
//
// Field storage: field index f of a fast-mode object lives in-object at
// headerSize(type) + 4 * f when f < map.inobjectProperties, else in properties[f - inobject].
import type { i32, f64, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { rawGet } from './memory.ts';
import { rootGet, fieldSet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { allocate } from './alloc.ts';
import {
  InstanceType, JSObjectLayout, JSArrayLayout, JSFunctionLayout, JSBoundFunctionLayout, JSArgumentsObjectLayout, MapLayout, PropertyAttr,
  DictionarySlot,
} from './layouts.ts';
import { RootIndex } from './roots.ts';
import {
  fixedArrayGet, fixedArraySet, fixedArrayLength, fixedArrayCopyResize, fixedArrayNew, undefinedValue, theHole, nullValue,
  accessorPairNew, isNumber, numberValue,
} from './values.ts';
import {
  MAX_FAST_PROPERTIES, mapTransitionAdd, mapLookupDescriptor, mapIsDictionary, mapIsExtensible, mapInobjectProperties,
  mapUsedFields, mapOwnDescriptors, mapPrototype, mapCopyDictionary, mapCopyWithPrototype, mapClearExtensible,
  descriptorKey, descriptorDetails, descriptorValue, detailsAttributes, detailsIndex, detailsIsField, detailsMake,
} from './maps.ts';
import {
  dictionaryNew, dictionaryFind, dictionaryAdd, dictionaryValueAt, dictionaryDetailsAt, dictionarySetValueAt,
  dictionarySetDetailsAt, dictionaryRemoveAt, dictionaryCapacity, dictionaryIsLive, dictionaryKeyAt,
} from './dictionary.ts';
import { mapInstanceType } from './body.ts';

/** Bytes before the in-object property slots, per JS object type. */
export function jsObjectHeaderSize(type: i32): i32 {
  switch (type) {
    case InstanceType.JS_ARRAY:
      return JSArrayLayout.size;
    case InstanceType.JS_FUNCTION:
      return JSFunctionLayout.size;
    case InstanceType.JS_BOUND_FUNCTION:
      return JSBoundFunctionLayout.size;
    case InstanceType.JS_ARGUMENTS_OBJECT:
      return JSArgumentsObjectLayout.size;
    default:
      return JSObjectLayout.size;
  }
}

export function objectMap(obj: i32): i32 {
  return H32[(obj - 1) >> 2];
}
export function objectProperties(obj: i32): i32 {
  return fieldGet(obj, JSObjectLayout.properties);
}
export function objectElements(obj: i32): i32 {
  return fieldGet(obj, JSObjectLayout.elements);
}
export function objectIsDictionaryMode(obj: i32): bool {
  return mapIsDictionary(objectMap(obj));
}

/**
 * A new object with map `map`: empty property and element stores, in-object slots undefined.
 * Type-specific fields after the JSObject header (array length, function fields) are undefined
 * too; their constructors set them. May GC.
 */
export function objectNew(map: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hMap: i32 = handleNew(map);
  const size: i32 = rawGet(map, MapLayout.instanceSize);
  const addr: i32 = allocate(size);
  const m: i32 = handleGet(hMap);
  H32[addr >> 2] = m;
  const empty: i32 = rootGet(RootIndex.emptyFixedArray);
  H32[(addr + JSObjectLayout.properties) >> 2] = empty;
  H32[(addr + JSObjectLayout.elements) >> 2] = empty;
  const undef: i32 = undefinedValue();
  for (let off: i32 = JSObjectLayout.size; off < size; off = (off + 4) | 0) H32[(addr + off) >> 2] = undef;
  handleScopeClose(scope);
  return addr | 1;
}

/** `{}`: an ordinary object with %Object.prototype%. May GC. */
export function objectNewPlain(): i32 {
  return objectNew(rootGet(RootIndex.objectMap));
}

// ---- field access ------------------------------------------------------------------------------

function fieldOffset(map: i32, index: i32): i32 {
  return (jsObjectHeaderSize(mapInstanceType(map)) + (index << 2)) | 0;
}
function fastFieldGet(obj: i32, map: i32, index: i32): i32 {
  const inobject: i32 = mapInobjectProperties(map);
  if (index < inobject) return fieldGet(obj, fieldOffset(map, index));
  return fixedArrayGet(objectProperties(obj), (index - inobject) | 0);
}
function fastFieldSet(obj: i32, map: i32, index: i32, value: i32): void {
  const inobject: i32 = mapInobjectProperties(map);
  if (index < inobject) fieldSet(obj, fieldOffset(map, index), value);
  else fixedArraySet(objectProperties(obj), (index - inobject) | 0, value);
}

// ---- lookup ------------------------------------------------------------------------------------

/** The attributes (PropertyAttr bits, ACCESSOR for accessors) of own property `key`, or -1. No GC. */
export function objectGetOwnAttributes(obj: i32, key: i32): i32 {
  const map: i32 = objectMap(obj);
  if (mapIsDictionary(map)) {
    const d: i32 = objectProperties(obj);
    const e: i32 = dictionaryFind(d, key, false);
    return e < 0 ? -1 : detailsAttributes(dictionaryDetailsAt(d, e));
  }
  const i: i32 = mapLookupDescriptor(map, key);
  return i < 0 ? -1 : detailsAttributes(descriptorDetails(map, i));
}

/** The own value of `key` (the AccessorPair for an accessor), or the hole when absent. No GC. */
export function objectGetOwn(obj: i32, key: i32): i32 {
  const map: i32 = objectMap(obj);
  if (mapIsDictionary(map)) {
    const d: i32 = objectProperties(obj);
    const e: i32 = dictionaryFind(d, key, false);
    return e < 0 ? theHole() : dictionaryValueAt(d, e);
  }
  const i: i32 = mapLookupDescriptor(map, key);
  if (i < 0) return theHole();
  const details: i32 = descriptorDetails(map, i);
  return detailsIsField(details) ? fastFieldGet(obj, map, detailsIndex(details)) : descriptorValue(map, i);
}

export function objectGetPrototype(obj: i32): i32 {
  return mapPrototype(objectMap(obj));
}

/** [[Get]] along the prototype chain: the value, an AccessorPair (the caller calls the getter), or undefined. No GC. */
export function objectGet(obj: i32, key: i32): i32 {
  const nul: i32 = nullValue();
  const hole: i32 = theHole();
  for (let o: i32 = obj; o !== nul; o = objectGetPrototype(o)) {
    const v: i32 = objectGetOwn(o, key);
    if (v !== hole) return v;
  }
  return undefinedValue();
}

// ---- adding and changing properties ------------------------------------------------------------

/** Converts `obj` to dictionary mode (idempotent). May GC. */
export function objectNormalize(obj: i32): void {
  if (objectIsDictionaryMode(obj)) return;
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const n: i32 = mapOwnDescriptors(objectMap(obj));
  const hDict: i32 = handleNew(dictionaryNew(n < 4 ? 4 : n));
  for (let i: i32 = 0; i < n; i++) {
    const o: i32 = handleGet(hObj);
    const map: i32 = objectMap(o);
    const details: i32 = descriptorDetails(map, i);
    const value: i32 = detailsIsField(details) ? fastFieldGet(o, map, detailsIndex(details)) : descriptorValue(map, i);
    handleSet(hDict, dictionaryAdd(handleGet(hDict), descriptorKey(map, i), value, detailsAttributes(details), false));
  }
  const newMap: i32 = mapCopyDictionary(objectMap(handleGet(hObj)));
  const o: i32 = handleGet(hObj);
  const inobject: i32 = mapInobjectProperties(newMap);
  fieldSet(o, JSObjectLayout.properties, handleGet(hDict));
  for (let i: i32 = 0; i < inobject; i++) fieldSet(o, fieldOffset(newMap, i), undefinedValue());
  H32[(o - 1) >> 2] = newMap;
  handleScopeClose(scope);
}

/** Adds a new own property (absent, object extensible). May GC. */
function addProperty(obj: i32, key: i32, value: i32, attrs: i32): void {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hKey: i32 = handleNew(key);
  const hValue: i32 = handleNew(value);
  if (!objectIsDictionaryMode(obj) && mapOwnDescriptors(objectMap(obj)) >= MAX_FAST_PROPERTIES) objectNormalize(obj);
  if (objectIsDictionaryMode(handleGet(hObj))) {
    const d: i32 = dictionaryAdd(objectProperties(handleGet(hObj)), handleGet(hKey), handleGet(hValue), attrs, false);
    fieldSet(handleGet(hObj), JSObjectLayout.properties, d);
    handleScopeClose(scope);
    return;
  }
  const isAccessor: bool = (attrs & PropertyAttr.ACCESSOR) !== 0;
  const oldMap: i32 = objectMap(handleGet(hObj));
  const index: i32 = mapUsedFields(oldMap);
  const inobject: i32 = mapInobjectProperties(oldMap);
  if (!isAccessor && index >= inobject) {
    const outIndex: i32 = (index - inobject) | 0;
    const store: i32 = objectProperties(handleGet(hObj));
    const length: i32 = fixedArrayLength(store);
    if (outIndex >= length) {
      const grown: i32 = length === 0 ? fixedArrayNew(4) : fixedArrayCopyResize(store, (length + (length >> 1) + 2) | 0, undefinedValue());
      fieldSet(handleGet(hObj), JSObjectLayout.properties, grown);
    }
  }
  const newMap: i32 = mapTransitionAdd(objectMap(handleGet(hObj)), handleGet(hKey), attrs, handleGet(hValue));
  const o: i32 = handleGet(hObj);
  H32[(o - 1) >> 2] = newMap;
  if (!isAccessor) fastFieldSet(o, newMap, index, handleGet(hValue));
  handleScopeClose(scope);
}

/** Replaces value and attributes of an existing own property (switching to dictionary mode if needed). May GC. */
function reconfigureProperty(obj: i32, key: i32, value: i32, attrs: i32): void {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hKey: i32 = handleNew(key);
  const hValue: i32 = handleNew(value);
  objectNormalize(obj);
  const d: i32 = objectProperties(handleGet(hObj));
  const e: i32 = dictionaryFind(d, handleGet(hKey), false);
  const index: i32 = detailsIndex(dictionaryDetailsAt(d, e));
  dictionarySetValueAt(d, e, handleGet(hValue));
  dictionarySetDetailsAt(d, e, detailsMake(attrs, 0, index));
  handleScopeClose(scope);
}

/** Overwrites the value of an existing own data property. No GC. */
function storeOwnValue(obj: i32, key: i32, value: i32): void {
  const map: i32 = objectMap(obj);
  if (mapIsDictionary(map)) {
    const d: i32 = objectProperties(obj);
    dictionarySetValueAt(d, dictionaryFind(d, key, false), value);
  } else {
    fastFieldSet(obj, map, detailsIndex(descriptorDetails(map, mapLookupDescriptor(map, key))), value);
  }
}

/**
 * [[Set]] for a data property (spec OrdinarySet, without calling setters): writes an own writable
 * property or adds one. Returns false when the write is refused (non-writable, non-extensible) or
 * when an accessor is found (the caller then calls the setter). May GC.
 */
export function objectSet(obj: i32, key: i32, value: i32): bool {
  const own: i32 = objectGetOwnAttributes(obj, key);
  if (own >= 0) {
    if ((own & PropertyAttr.ACCESSOR) !== 0 || (own & PropertyAttr.WRITABLE) === 0) return false;
    storeOwnValue(obj, key, value);
    return true;
  }
  const nul: i32 = nullValue();
  for (let p: i32 = objectGetPrototype(obj); p !== nul; p = objectGetPrototype(p)) {
    const attrs: i32 = objectGetOwnAttributes(p, key);
    if (attrs >= 0) {
      if ((attrs & PropertyAttr.ACCESSOR) !== 0 || (attrs & PropertyAttr.WRITABLE) === 0) return false;
      break;
    }
  }
  if (!mapIsExtensible(objectMap(obj))) return false;
  addProperty(obj, key, value, PropertyAttr.ALL);
  return true;
}

/** SameValue (spec 7.2.10) for tagged values: numbers by value (NaN equals NaN, +0 differs from -0). No GC. */
function sameValue(a: i32, b: i32): bool {
  if (a === b) return true;
  if (!isNumber(a) || !isNumber(b)) return false;
  const x: f64 = numberValue(a);
  const y: f64 = numberValue(b);
  if (x !== x) return y !== y;
  return x === y && 1 / x === 1 / y;
}

/**
 * [[DefineOwnProperty]] with a complete data descriptor {value, writable, enumerable,
 * configurable} given as `attrs` (spec ValidateAndApplyPropertyDescriptor). May GC.
 */
export function objectDefineOwnProperty(obj: i32, key: i32, value: i32, attrs: i32): bool {
  const cur: i32 = objectGetOwnAttributes(obj, key);
  if (cur < 0) {
    if (!mapIsExtensible(objectMap(obj))) return false;
    addProperty(obj, key, value, attrs & PropertyAttr.ALL);
    return true;
  }
  if ((cur & PropertyAttr.CONFIGURABLE) === 0) {
    if ((attrs & PropertyAttr.CONFIGURABLE) !== 0) return false;
    if ((attrs & PropertyAttr.ENUMERABLE) !== (cur & PropertyAttr.ENUMERABLE)) return false;
    if ((cur & PropertyAttr.ACCESSOR) !== 0) return false;
    if ((cur & PropertyAttr.WRITABLE) === 0) {
      return (attrs & PropertyAttr.WRITABLE) === 0 && sameValue(objectGetOwn(obj, key), value);
    }
  }
  if (cur === (attrs & PropertyAttr.ALL)) {
    storeOwnValue(obj, key, value);
    return true;
  }
  reconfigureProperty(obj, key, value, attrs & PropertyAttr.ALL);
  return true;
}

/** Defines an accessor property {get, set, enumerable, configurable}. May GC. */
export function objectDefineAccessor(obj: i32, key: i32, getter: i32, setter: i32, attrs: i32): bool {
  const cur: i32 = objectGetOwnAttributes(obj, key);
  if (cur >= 0 && (cur & PropertyAttr.CONFIGURABLE) === 0) return false;
  if (cur < 0 && !mapIsExtensible(objectMap(obj))) return false;
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hKey: i32 = handleNew(key);
  const pair: i32 = accessorPairNew(getter, setter);
  const a: i32 = (attrs & (PropertyAttr.ENUMERABLE | PropertyAttr.CONFIGURABLE)) | PropertyAttr.ACCESSOR;
  if (cur < 0) addProperty(handleGet(hObj), handleGet(hKey), pair, a);
  else reconfigureProperty(handleGet(hObj), handleGet(hKey), pair, a);
  handleScopeClose(scope);
  return true;
}

/** [[Delete]]: true when absent or deleted, false when non-configurable. May GC. */
export function objectDeleteProperty(obj: i32, key: i32): bool {
  const cur: i32 = objectGetOwnAttributes(obj, key);
  if (cur < 0) return true;
  if ((cur & PropertyAttr.CONFIGURABLE) === 0) return false;
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hKey: i32 = handleNew(key);
  objectNormalize(obj);
  const d: i32 = objectProperties(handleGet(hObj));
  dictionaryRemoveAt(d, dictionaryFind(d, handleGet(hKey), false));
  handleScopeClose(scope);
  return true;
}

/** [[PreventExtensions]]. May GC (the object gets its own map). */
export function objectPreventExtensions(obj: i32): void {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  let map: i32 = objectMap(obj);
  if (!mapIsDictionary(map)) {
    map = mapCopyWithPrototype(map, mapPrototype(map));
    H32[(handleGet(hObj) - 1) >> 2] = map;
  }
  mapClearExtensible(map);
  handleScopeClose(scope);
}

/** [[SetPrototypeOf]] (no cycle check here). May GC. */
export function objectSetPrototype(obj: i32, proto: i32): void {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const map: i32 = mapCopyWithPrototype(objectMap(obj), proto);
  H32[(handleGet(hObj) - 1) >> 2] = map;
  handleScopeClose(scope);
}

/** Own named property keys in property order (creation order), as a FixedArray. May GC. */
export function objectOwnKeys(obj: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const map: i32 = objectMap(obj);
  let result: i32 = 0;
  if (!mapIsDictionary(map)) {
    const n: i32 = mapOwnDescriptors(map);
    result = fixedArrayNew(n);
    const m: i32 = objectMap(handleGet(hObj));
    for (let i: i32 = 0; i < n; i++) fixedArraySet(result, i, descriptorKey(m, i));
  } else {
    const d0: i32 = objectProperties(obj);
    const n: i32 = (fixedArrayGet(d0, DictionarySlot.count) >> 1) | 0;
    result = fixedArrayNew(n);
    const d: i32 = objectProperties(handleGet(hObj));
    const capacity: i32 = dictionaryCapacity(d);
    // Selection by enumeration index: dictionaries of deleted-from objects are small.
    let last: i32 = 0;
    for (let k: i32 = 0; k < n; k++) {
      let best: i32 = -1;
      let bestIndex: i32 = 2147483647;
      for (let e: i32 = 0; e < capacity; e++) {
        if (!dictionaryIsLive(d, e)) continue;
        const idx: i32 = detailsIndex(dictionaryDetailsAt(d, e));
        if (idx > last && idx < bestIndex) {
          bestIndex = idx;
          best = e;
        }
      }
      last = bestIndex;
      fixedArraySet(result, k, dictionaryKeyAt(d, best));
    }
  }
  handleScopeClose(scope);
  return result;
}

/**
 * The inline-cache fast path of a named load: if `obj` still has `cachedMap`, the field is at
 * `cachedOffset` (in-object byte offset, or -1 - index into the property store); otherwise the
 * generic lookup. No GC.
 */
export function objectLoadIC(obj: i32, cachedMap: i32, cachedOffset: i32, key: i32): i32 {
  if ((obj & 1) !== 0 && H32[(obj - 1) >> 2] === cachedMap) {
    if (cachedOffset >= 0) return H32[(obj - 1 + cachedOffset) >> 2];
    return fixedArrayGet(objectProperties(obj), (-1 - cachedOffset) | 0);
  }
  return objectGet(obj, key);
}

/** The IC offset of own fast-mode data property `key` (see objectLoadIC), or 0 when not cacheable. No GC. */
export function objectFieldOffsetForIC(obj: i32, key: i32): i32 {
  const map: i32 = objectMap(obj);
  if (mapIsDictionary(map)) return 0;
  const i: i32 = mapLookupDescriptor(map, key);
  if (i < 0) return 0;
  const details: i32 = descriptorDetails(map, i);
  if (!detailsIsField(details)) return 0;
  const index: i32 = detailsIndex(details);
  const inobject: i32 = mapInobjectProperties(map);
  return index < inobject ? fieldOffset(map, index) : ((-1 - (index - inobject)) | 0);
}
