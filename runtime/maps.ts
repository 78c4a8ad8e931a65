// Maps (hidden classes): instance type and size, prototype, elements kind, the descriptor array of
// own named properties, and the transition tree.
//
// Invariants:
// - A map is immutable once it has an object, except for adding transitions. A property add from
//   map M with (key, attributes) always leads to the same child map, so objects built in the same
//   order share maps.
// - Each map owns its DescriptorArray (entries [key, details, value]); a child copies its parent's
//   entries and appends one. Elements-kind transitions share the parent's descriptor array.
// - Transitions are a TransitionArray of [key, attributes, target] entries; an elements-kind
//   transition has key Smi(kind) and attributes -1.
// - A dictionary map (MapBit.DICTIONARY) belongs to one object, has no descriptors and is never in
//   a transition tree.
// - Maps live in the old generation (allocateOld), so the scavenger never moves a map.
import type { i32, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom, smiValue } from './memory.ts';
import { rawGet } from './memory.ts';
import { rootGet, fieldSet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { allocateOld } from './alloc.ts';
import { MapLayout, MapBit, DescriptorEntry, TransitionEntry, PropertyDetails, PropertyAttr } from './layouts.ts';
import { RootIndex } from './roots.ts';
import { fixedArrayNewWithMap, fixedArrayGet, fixedArraySet, fixedArrayLength, undefinedValue } from './values.ts';

/** More named properties than this and an object goes to dictionary mode. */
export const MAX_FAST_PROPERTIES: i32 = 128;

/** A new map. May GC. */
export function mapNew(type: i32, instanceSize: i32, inobject: i32, prototype: i32, elementsKind: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hProto: i32 = handleNew(prototype);
  const addr: i32 = allocateOld(MapLayout.size);
  const m: i32 = addr | 1;
  H32[addr >> 2] = rootGet(RootIndex.metaMap);
  fieldSet(m, MapLayout.prototype, handleGet(hProto));
  fieldSet(m, MapLayout.backPointer, undefinedValue());
  fieldSet(m, MapLayout.descriptors, rootGet(RootIndex.emptyDescriptorArray));
  fieldSet(m, MapLayout.transitions, undefinedValue());
  H32[(addr + MapLayout.instanceType) >> 2] = type;
  H32[(addr + MapLayout.instanceSize) >> 2] = instanceSize;
  H32[(addr + MapLayout.inobjectProperties) >> 2] = inobject;
  H32[(addr + MapLayout.bitField) >> 2] = MapBit.EXTENSIBLE;
  H32[(addr + MapLayout.ownDescriptors) >> 2] = 0;
  H32[(addr + MapLayout.elementsKind) >> 2] = elementsKind;
  H32[(addr + MapLayout.usedFields) >> 2] = 0;
  handleScopeClose(scope);
  return m;
}

export function mapPrototype(m: i32): i32 {
  return fieldGet(m, MapLayout.prototype);
}
export function mapInstanceSize(m: i32): i32 {
  return rawGet(m, MapLayout.instanceSize);
}
export function mapInobjectProperties(m: i32): i32 {
  return rawGet(m, MapLayout.inobjectProperties);
}
export function mapBitField(m: i32): i32 {
  return rawGet(m, MapLayout.bitField);
}
export function mapIsDictionary(m: i32): bool {
  return (rawGet(m, MapLayout.bitField) & MapBit.DICTIONARY) !== 0;
}
export function mapIsExtensible(m: i32): bool {
  return (rawGet(m, MapLayout.bitField) & MapBit.EXTENSIBLE) !== 0;
}
export function mapElementsKind(m: i32): i32 {
  return rawGet(m, MapLayout.elementsKind);
}
export function mapOwnDescriptors(m: i32): i32 {
  return rawGet(m, MapLayout.ownDescriptors);
}
export function mapUsedFields(m: i32): i32 {
  return rawGet(m, MapLayout.usedFields);
}
export function mapBackPointer(m: i32): i32 {
  return fieldGet(m, MapLayout.backPointer);
}
export function mapDescriptors(m: i32): i32 {
  return fieldGet(m, MapLayout.descriptors);
}

// ---- descriptors -------------------------------------------------------------------------------

export function detailsMake(attrs: i32, location: i32, index: i32): i32 {
  return smiFrom(attrs | (location << PropertyDetails.locationShift) | (index << PropertyDetails.indexShift));
}
export function detailsAttributes(details: i32): i32 {
  return smiValue(details) & PropertyDetails.attrMask;
}
export function detailsIndex(details: i32): i32 {
  return smiValue(details) >> PropertyDetails.indexShift;
}
export function detailsIsField(details: i32): bool {
  return ((smiValue(details) >> PropertyDetails.locationShift) & 3) === PropertyDetails.locationField;
}

export function descriptorKey(m: i32, i: i32): i32 {
  return fixedArrayGet(mapDescriptors(m), (Math.imul(i, DescriptorEntry.entrySize) + DescriptorEntry.key) | 0);
}
export function descriptorDetails(m: i32, i: i32): i32 {
  return fixedArrayGet(mapDescriptors(m), (Math.imul(i, DescriptorEntry.entrySize) + DescriptorEntry.details) | 0);
}
export function descriptorValue(m: i32, i: i32): i32 {
  return fixedArrayGet(mapDescriptors(m), (Math.imul(i, DescriptorEntry.entrySize) + DescriptorEntry.value) | 0);
}

/** Index of `key` (an internalized string or symbol) among the map's descriptors, or -1. No GC. */
export function mapLookupDescriptor(m: i32, key: i32): i32 {
  const n: i32 = mapOwnDescriptors(m);
  const d: i32 = mapDescriptors(m);
  for (let i: i32 = 0; i < n; i++) {
    if (fixedArrayGet(d, Math.imul(i, DescriptorEntry.entrySize)) === key) return i;
  }
  return -1;
}

// ---- transitions -------------------------------------------------------------------------------

/** The target of the transition (key, attrs) from `m`, or 0. No GC. */
export function mapFindTransition(m: i32, key: i32, attrs: i32): i32 {
  const t: i32 = fieldGet(m, MapLayout.transitions);
  if (t === undefinedValue()) return 0;
  const n: i32 = fixedArrayLength(t);
  const attrsSmi: i32 = smiFrom(attrs);
  for (let i: i32 = 0; i < n; i = (i + TransitionEntry.entrySize) | 0) {
    if (fixedArrayGet(t, (i + TransitionEntry.key) | 0) === key && fixedArrayGet(t, (i + TransitionEntry.attributes) | 0) === attrsSmi) {
      return fixedArrayGet(t, (i + TransitionEntry.target) | 0);
    }
  }
  return 0;
}

function mapAddTransition(hParent: i32, key: i32, attrs: i32, hChild: i32): void {
  const hKey: i32 = handleNew(key);
  const old: i32 = fieldGet(handleGet(hParent), MapLayout.transitions);
  const oldLength: i32 = old === undefinedValue() ? 0 : fixedArrayLength(old);
  const hOld: i32 = handleNew(old);
  const t: i32 = fixedArrayNewWithMap(RootIndex.transitionArrayMap, (oldLength + TransitionEntry.entrySize) | 0, undefinedValue(), true);
  for (let i: i32 = 0; i < oldLength; i++) fixedArraySet(t, i, fixedArrayGet(handleGet(hOld), i));
  fixedArraySet(t, (oldLength + TransitionEntry.key) | 0, handleGet(hKey));
  fixedArraySet(t, (oldLength + TransitionEntry.attributes) | 0, smiFrom(attrs));
  fixedArraySet(t, (oldLength + TransitionEntry.target) | 0, handleGet(hChild));
  fieldSet(handleGet(hParent), MapLayout.transitions, t);
}

/** A copy of map `m` (same type, size, prototype, kind, bits); no descriptors, no transitions. May GC. */
export function mapCopy(m: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hM: i32 = handleNew(m);
  const c: i32 = mapNew(rawGet(m, MapLayout.instanceType), mapInstanceSize(m), mapInobjectProperties(m), mapPrototype(m), mapElementsKind(m));
  const src: i32 = handleGet(hM);
  H32[(c - 1 + MapLayout.bitField) >> 2] = mapBitField(src) & ~MapBit.PROTOTYPE_MAP;
  handleScopeClose(scope);
  return c;
}

/**
 * The map reached from `m` by adding property `key` with `attrs` (a field, or an accessor when
 * attrs has PropertyAttr.ACCESSOR, whose AccessorPair is `value`). Reuses an existing transition.
 * May GC.
 */
export function mapTransitionAdd(m: i32, key: i32, attrs: i32, value: i32): i32 {
  const existing: i32 = mapFindTransition(m, key, attrs);
  if (existing !== 0 && (attrs & PropertyAttr.ACCESSOR) === 0) return existing;
  const scope: i32 = handleScopeOpen();
  const hM: i32 = handleNew(m);
  const hKey: i32 = handleNew(key);
  const hValue: i32 = handleNew(value);
  const n: i32 = mapOwnDescriptors(m);
  const d: i32 = fixedArrayNewWithMap(RootIndex.descriptorArrayMap, Math.imul((n + 1) | 0, DescriptorEntry.entrySize), undefinedValue(), true);
  const hD: i32 = handleNew(d);
  const src: i32 = mapDescriptors(handleGet(hM));
  const copied: i32 = Math.imul(n, DescriptorEntry.entrySize);
  for (let i: i32 = 0; i < copied; i++) fixedArraySet(d, i, fixedArrayGet(src, i));
  const isField: bool = (attrs & PropertyAttr.ACCESSOR) === 0;
  const used: i32 = mapUsedFields(handleGet(hM));
  fixedArraySet(d, (copied + DescriptorEntry.key) | 0, handleGet(hKey));
  fixedArraySet(d, (copied + DescriptorEntry.details) | 0,
    detailsMake(attrs, isField ? PropertyDetails.locationField : PropertyDetails.locationDescriptor, isField ? used : 0));
  fixedArraySet(d, (copied + DescriptorEntry.value) | 0, isField ? smiFrom(used) : handleGet(hValue));
  const child: i32 = mapCopy(handleGet(hM));
  fieldSet(child, MapLayout.descriptors, handleGet(hD));
  fieldSet(child, MapLayout.backPointer, handleGet(hM));
  H32[(child - 1 + MapLayout.ownDescriptors) >> 2] = (n + 1) | 0;
  H32[(child - 1 + MapLayout.usedFields) >> 2] = isField ? ((used + 1) | 0) : used;
  const hChild: i32 = handleNew(child);
  if (isField) mapAddTransition(hM, handleGet(hKey), attrs, hChild);
  const result: i32 = handleGet(hChild);
  handleScopeClose(scope);
  return result;
}

/** The map with elements kind `kind` reached from `m` (cached as a transition). May GC. */
export function mapTransitionElementsKind(m: i32, kind: i32): i32 {
  const existing: i32 = mapFindTransition(m, smiFrom(kind), -1);
  if (existing !== 0) return existing;
  const scope: i32 = handleScopeOpen();
  const hM: i32 = handleNew(m);
  const child: i32 = mapCopy(m);
  const src: i32 = handleGet(hM);
  fieldSet(child, MapLayout.descriptors, mapDescriptors(src));
  fieldSet(child, MapLayout.backPointer, src);
  H32[(child - 1 + MapLayout.ownDescriptors) >> 2] = mapOwnDescriptors(src);
  H32[(child - 1 + MapLayout.usedFields) >> 2] = mapUsedFields(src);
  H32[(child - 1 + MapLayout.elementsKind) >> 2] = kind;
  const hChild: i32 = handleNew(child);
  if (!mapIsDictionary(src)) mapAddTransition(hM, smiFrom(kind), -1, hChild);
  const result: i32 = handleGet(hChild);
  handleScopeClose(scope);
  return result;
}

/** A fresh dictionary-mode map for one object, keeping type, size, prototype and kind. May GC. */
export function mapCopyDictionary(m: i32): i32 {
  const c: i32 = mapCopy(m);
  H32[(c - 1 + MapLayout.bitField) >> 2] = H32[(c - 1 + MapLayout.bitField) >> 2] | MapBit.DICTIONARY;
  return c;
}

/** A fresh, unshared copy of `m` with all its descriptors and a new prototype. May GC. */
export function mapCopyWithPrototype(m: i32, prototype: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hM: i32 = handleNew(m);
  const hP: i32 = handleNew(prototype);
  const c: i32 = mapCopy(m);
  const src: i32 = handleGet(hM);
  fieldSet(c, MapLayout.prototype, handleGet(hP));
  fieldSet(c, MapLayout.descriptors, mapDescriptors(src));
  H32[(c - 1 + MapLayout.ownDescriptors) >> 2] = mapOwnDescriptors(src);
  H32[(c - 1 + MapLayout.usedFields) >> 2] = mapUsedFields(src);
  handleScopeClose(scope);
  return c;
}

/** Clears the extensible bit of a map that belongs to one object (see objects.ts). No GC. */
export function mapClearExtensible(m: i32): void {
  H32[(m - 1 + MapLayout.bitField) >> 2] = H32[(m - 1 + MapLayout.bitField) >> 2] & ~MapBit.EXTENSIBLE;
}
export function mapSetBit(m: i32, bit: i32): void {
  H32[(m - 1 + MapLayout.bitField) >> 2] = H32[(m - 1 + MapLayout.bitField) >> 2] | bit;
}
