// Inline caches (docs/interpreter.md, "Inline caches"): the interpreter's property-access
// bytecodes call these with the function's feedback vector and the slot of the site. A feedback
// vector of `undefined` means no feedback (plain access).
//
// The state of a site is its feedback slot:
//
//   undefined            uninitialized
//   FixedArray, 1 entry  monomorphic     entries are [map, key, handler] triples; `key` is the
//   FixedArray, 2-4      polymorphic     property name of keyed sites (ELEMENT_KEY for elements)
//   Smi MEGAMORPHIC      megamorphic: the global stub cache, keyed by (map, name)
//
// Handlers (what to do once the map matched):
//
//   Smi (data << 4 | kind)                 own fields, array/string length, elements, field stores
//   FixedArray [kind, a, b, map0 .. mapN]  loads from a prototype (a = the holder; b = Smi field
//                                          location when the holder is in fast mode, else the
//                                          holder) or of an absent property; stores that add a
//                                          field (a = the new map, b = the field)
//
// A handler that depends on the prototype chain records the maps of the chain objects (from the
// receiver's prototype up to the holder, or to the end of the chain), and a hit walks the chain
// again comparing maps. A fast-mode object changes its map whenever a property is added,
// reconfigured or removed and whenever its prototype changes, so that catches every change made
// through any path (objects.ts included); a dictionary-mode object keeps its map when properties
// come and go, so for those the hit also checks the name in the dictionary (absent, or for the
// holder: a data property, read afresh). No invalidation protocol is needed.
//
// Uncacheable accesses (getters, setters, dictionary-mode receivers, exotic properties) take the
// generic path of property-access.ts and leave the state alone. The megamorphic stub cache
// (RootIndex.icStubCache) is direct-mapped: a FixedArray of STUB_CACHE_SIZE [map, name, handler]
// entries after one unused word, in the old generation.
//
// Debugging surface: --trace-ic (icSetTraceIc) prints a line per state change, --trace-shapes
// (icSetTraceShapes) a line per map transition made by a store; --stats reads the counters below.
import type { i32, f64, bool } from './types.ts';
import { H32, hostWriteLit, hostWriteI32, hostWriteBytes, hostWriteUtf16 } from './host/host.ts';
import { smiFrom, smiValue } from './memory.ts';
import { rootGet, rootSet, fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import {
  InstanceType, JSObjectLayout, FixedArrayLayout, JSArrayLayout, ElementsKind, FeedbackVectorLayout, SharedFunctionInfoLayout,
  PropertyAttr,
} from './layouts.ts';
import { RootIndex } from './roots.ts';
import {
  undefinedValue, nullValue, theHole, fixedArrayNewWithMap, fixedArrayGet, fixedArraySet, fixedArrayLength,
  fixedDoubleArrayGet, fixedDoubleArraySet, fixedDoubleArrayIsHole, fixedDoubleArrayLength, numberNew, isHeapNumber,
  heapNumberValue, isSymbol, symbolHash, instanceTypeOf,
} from './values.ts';
import { isString, isInternalized, stringLength, stringHash, stringIsOneByte, seqChars, stringGet } from './strings.ts';
import {
  objectGetOwn, objectProperties, objectElements, objectGetPrototype, objectFieldOffsetForIC, objectGetOwnAttributes,
} from './objects.ts';
import {
  mapIsDictionary, mapIsExtensible, mapBackPointer, mapLookupDescriptor, mapOwnDescriptors, mapInobjectProperties,
  mapUsedFields, mapElementsKind,
} from './maps.ts';
import { mapInstanceType } from './body.ts';
import { feedbackGet, feedbackSet } from './functions.ts';
import { getProperty, getKeyed, setProperty, setKeyed, defineOwnDataProperty } from './property-access.ts';
import {
  keyArrayIndex, keyIsLength, isAccessorPair, primitivePrototype, charString,
} from './semantics-lookup.ts';

// ---- states, handlers, flags and statistics ------------------------------------------------------

export const IcState = { uninitialized: 0, monomorphic: 1, polymorphic: 2, megamorphic: 3 } as const;
export const IcKind = { loadNamed: 0, loadKeyed: 1, storeNamed: 2, storeKeyed: 3 } as const;

/** The megamorphic marker in a feedback slot: Smi(-7). */
export const MEGAMORPHIC: i32 = -14;
/** The entry key of element handlers at keyed sites: Smi(-1). */
const ELEMENT_KEY: i32 = -2;
const MAX_POLYMORPHIC: i32 = 4;
const ENTRY: i32 = 3;
const STUB_CACHE_SIZE: i32 = 1024;

const H = {
  fieldIn: 0, fieldOut: 1, arrayLength: 2, stringLength: 3, element: 4, storeFieldIn: 5, storeFieldOut: 6,
  storeElement: 7, stringChar: 8, protoLoad: 9, missing: 10, transition: 11,
} as const;

/** Traces go to stderr, like the other --trace-* output. */
const TRACE_FD: i32 = 2;

export let flagTraceIc: bool = false;
export let flagTraceShapes: bool = false;
export function icSetTraceIc(on: bool): void {
  flagTraceIc = on;
}
export function icSetTraceShapes(on: bool): void {
  flagTraceShapes = on;
}

/** Counters for --stats: hits and misses per IC kind, state changes into each state. */
export let statIcLoadHits: f64 = 0;
export let statIcLoadMisses: f64 = 0;
export let statIcKeyedLoadHits: f64 = 0;
export let statIcKeyedLoadMisses: f64 = 0;
export let statIcStoreHits: f64 = 0;
export let statIcStoreMisses: f64 = 0;
export let statIcKeyedStoreHits: f64 = 0;
export let statIcKeyedStoreMisses: f64 = 0;
export let statIcToMonomorphic: i32 = 0;
export let statIcToPolymorphic: i32 = 0;
export let statIcToMegamorphic: i32 = 0;
export let statIcStubCacheHits: f64 = 0;

export function icStatsReset(): void {
  statIcLoadHits = 0;
  statIcLoadMisses = 0;
  statIcKeyedLoadHits = 0;
  statIcKeyedLoadMisses = 0;
  statIcStoreHits = 0;
  statIcStoreMisses = 0;
  statIcKeyedStoreHits = 0;
  statIcKeyedStoreMisses = 0;
  statIcToMonomorphic = 0;
  statIcToPolymorphic = 0;
  statIcToMegamorphic = 0;
  statIcStubCacheHits = 0;
}

function countHit(kind: i32): void {
  if (kind === IcKind.loadNamed) statIcLoadHits += 1;
  else if (kind === IcKind.loadKeyed) statIcKeyedLoadHits += 1;
  else if (kind === IcKind.storeNamed) statIcStoreHits += 1;
  else statIcKeyedStoreHits += 1;
}
function countMiss(kind: i32): void {
  if (kind === IcKind.loadNamed) statIcLoadMisses += 1;
  else if (kind === IcKind.loadKeyed) statIcKeyedLoadMisses += 1;
  else if (kind === IcKind.storeNamed) statIcStoreMisses += 1;
  else statIcKeyedStoreMisses += 1;
}

/** The state of a feedback slot value. No GC. */
export function icStateOf(fb: i32): i32 {
  if (fb === MEGAMORPHIC) return IcState.megamorphic;
  if ((fb & 1) === 0 || fb === undefinedValue()) return IcState.uninitialized;
  return (fixedArrayLength(fb) / ENTRY | 0) > 1 ? IcState.polymorphic : IcState.monomorphic;
}

/** The state of the IC at `slot` of feedback vector `feedback` (tests, --stats). No GC. */
export function icState(feedback: i32, slot: i32): i32 {
  return icStateOf(feedbackGet(feedback, slot));
}

function smiHandler(kind: i32, data: i32): i32 {
  return smiFrom((data << 4) | kind);
}

/** The stub cache [unused, entries...], made on first use. May GC. */
function icStateArray(): i32 {
  const state: i32 = rootGet(RootIndex.icStubCache);
  if ((state & 1) !== 0 && state !== undefinedValue()) return state;
  const a: i32 = fixedArrayNewWithMap(RootIndex.fixedArrayMap, (1 + Math.imul(STUB_CACHE_SIZE, ENTRY)) | 0, undefinedValue(), true);
  fixedArraySet(a, 0, smiFrom(1));
  rootSet(RootIndex.icStubCache, a);
  return a;
}

// ---- tracing -------------------------------------------------------------------------------------

function writeString(s: i32): void {
  if (!isString(s)) {
    hostWriteLit(TRACE_FD, '?');
    return;
  }
  if (isInternalized(s)) {
    if (stringIsOneByte(s)) hostWriteBytes(TRACE_FD, seqChars(s), stringLength(s));
    else hostWriteUtf16(TRACE_FD, seqChars(s), stringLength(s));
    return;
  }
  hostWriteLit(TRACE_FD, '<string>');
}

function writeStateName(state: i32): void {
  if (state === IcState.uninitialized) hostWriteLit(TRACE_FD, 'uninitialized');
  else if (state === IcState.monomorphic) hostWriteLit(TRACE_FD, 'monomorphic');
  else if (state === IcState.polymorphic) hostWriteLit(TRACE_FD, 'polymorphic');
  else hostWriteLit(TRACE_FD, 'megamorphic');
}

function writeKindName(kind: i32): void {
  if (kind === IcKind.loadNamed) hostWriteLit(TRACE_FD, 'LoadIC');
  else if (kind === IcKind.loadKeyed) hostWriteLit(TRACE_FD, 'KeyedLoadIC');
  else if (kind === IcKind.storeNamed) hostWriteLit(TRACE_FD, 'StoreIC');
  else hostWriteLit(TRACE_FD, 'KeyedStoreIC');
}

/** `[LoadIC f:slot 3] uninitialized -> monomorphic map=0x... key=x` */
function traceTransition(kind: i32, feedback: i32, slot: i32, from: i32, to: i32, map: i32, key: i32): void {
  hostWriteLit(TRACE_FD, '[');
  writeKindName(kind);
  hostWriteLit(TRACE_FD, ' ');
  const shared: i32 = fieldGet(feedback, FeedbackVectorLayout.shared);
  const name: i32 = (shared & 1) !== 0 && instanceTypeOf(shared) === InstanceType.SHARED_FUNCTION_INFO ? fieldGet(shared, SharedFunctionInfoLayout.name) : 0;
  if (name !== 0 && isString(name) && stringLength(name) > 0) writeString(name);
  else hostWriteLit(TRACE_FD, '<anonymous>');
  hostWriteLit(TRACE_FD, ':slot ');
  hostWriteI32(TRACE_FD, slot);
  hostWriteLit(TRACE_FD, '] ');
  writeStateName(from);
  hostWriteLit(TRACE_FD, ' -> ');
  writeStateName(to);
  hostWriteLit(TRACE_FD, ' map=');
  hostWriteI32(TRACE_FD, map);
  if (key !== ELEMENT_KEY && key !== 0) {
    hostWriteLit(TRACE_FD, ' key=');
    if (isSymbol(key)) hostWriteLit(TRACE_FD, '<symbol>');
    else writeString(key);
  } else if (key === ELEMENT_KEY) {
    hostWriteLit(TRACE_FD, ' key=<element>');
  }
  hostWriteLit(TRACE_FD, '\n');
}

function traceShape(oldMap: i32, newMap: i32, key: i32): void {
  hostWriteLit(TRACE_FD, '[shape] map=');
  hostWriteI32(TRACE_FD, oldMap);
  hostWriteLit(TRACE_FD, ' -> map=');
  hostWriteI32(TRACE_FD, newMap);
  hostWriteLit(TRACE_FD, ' add ');
  if (isSymbol(key)) hostWriteLit(TRACE_FD, '<symbol>');
  else if (isString(key)) writeString(key);
  else hostWriteLit(TRACE_FD, '<element>');
  hostWriteLit(TRACE_FD, '\n');
}

// ---- the stub cache ---------------------------------------------------------------------------------

/**
 * Loads and stores keep separate halves of the stub cache: a load handler and a store handler for
 * the same (map, key) mean different things (a field read versus, say, an add-property transition).
 */
function stubIndex(kind: i32, map: i32, key: i32): i32 {
  let h: i32 = 0;
  if ((key & 1) === 0) h = key;
  else if (isSymbol(key)) h = symbolHash(key);
  else if (isString(key)) h = stringHash(key);
  const x: i32 = ((map >>> 3) ^ Math.imul(h, 0x9e3779b1)) | 0;
  const half: i32 = kind === IcKind.storeNamed || kind === IcKind.storeKeyed ? STUB_CACHE_SIZE >> 1 : 0;
  return ((x ^ (x >>> 15)) & ((STUB_CACHE_SIZE >> 1) - 1)) + half | 0;
}

/** The handler cached for (map, key), or 0. No GC. */
function stubCacheGet(kind: i32, map: i32, key: i32): i32 {
  const state: i32 = rootGet(RootIndex.icStubCache);
  if ((state & 1) === 0 || state === undefinedValue()) return 0;
  const base: i32 = (1 + Math.imul(stubIndex(kind, map, key), ENTRY)) | 0;
  if (fixedArrayGet(state, base) !== map || fixedArrayGet(state, (base + 1) | 0) !== key) return 0;
  return fixedArrayGet(state, (base + 2) | 0);
}

/** Enters (map, key) -> handler, replacing whatever hashed there. May GC (the first time). */
function stubCacheSet(kind: i32, hMap: i32, hKey: i32, hHandler: i32): void {
  const state: i32 = icStateArray();
  const base: i32 = (1 + Math.imul(stubIndex(kind, handleGet(hMap), handleGet(hKey)), ENTRY)) | 0;
  fixedArraySet(state, base, handleGet(hMap));
  fixedArraySet(state, (base + 1) | 0, handleGet(hKey));
  fixedArraySet(state, (base + 2) | 0, handleGet(hHandler));
}

// ---- feedback updates ----------------------------------------------------------------------------

/**
 * Records (map, key) -> handler at the site: adds an entry (uninitialized -> monomorphic ->
 * polymorphic), replaces the handler of a known (map, key), or goes megamorphic past
 * MAX_POLYMORPHIC maps. All arguments but kind/slot are handles. May GC.
 */
function feedbackUpdate(kind: i32, hFeedback: i32, slot: i32, hMap: i32, hKey: i32, hHandler: i32): void {
  const fb: i32 = feedbackGet(handleGet(hFeedback), slot);
  const from: i32 = icStateOf(fb);
  if (from === IcState.megamorphic) {
    stubCacheSet(kind, hMap, hKey, hHandler);
    return;
  }
  const count: i32 = from === IcState.uninitialized ? 0 : (fixedArrayLength(fb) / ENTRY) | 0;
  for (let i: i32 = 0; i < count; i++) {
    const base: i32 = Math.imul(i, ENTRY);
    if (fixedArrayGet(fb, base) === handleGet(hMap) && fixedArrayGet(fb, (base + 1) | 0) === handleGet(hKey)) {
      fixedArraySet(fb, (base + 2) | 0, handleGet(hHandler));
      return;
    }
  }
  if (count >= MAX_POLYMORPHIC) {
    // Megamorphic: the known entries and the new one go to the stub cache.
    const scope: i32 = handleScopeOpen();
    const hOld: i32 = handleNew(fb);
    for (let i: i32 = 0; i < count; i++) {
      const base: i32 = Math.imul(i, ENTRY);
      const hM: i32 = handleNew(fixedArrayGet(handleGet(hOld), base));
      const hK: i32 = handleNew(fixedArrayGet(handleGet(hOld), (base + 1) | 0));
      const hH: i32 = handleNew(fixedArrayGet(handleGet(hOld), (base + 2) | 0));
      stubCacheSet(kind, hM, hK, hH);
    }
    stubCacheSet(kind, hMap, hKey, hHandler);
    feedbackSet(handleGet(hFeedback), slot, MEGAMORPHIC);
    statIcToMegamorphic = (statIcToMegamorphic + 1) | 0;
    if (flagTraceIc) traceTransition(kind, handleGet(hFeedback), slot, from, IcState.megamorphic, handleGet(hMap), handleGet(hKey));
    handleScopeClose(scope);
    return;
  }
  const scope: i32 = handleScopeOpen();
  const hOld: i32 = handleNew(fb);
  const grown: i32 = fixedArrayNewWithMap(RootIndex.fixedArrayMap, Math.imul((count + 1) | 0, ENTRY), undefinedValue(), false);
  const old: i32 = handleGet(hOld);
  for (let i: i32 = 0; i < Math.imul(count, ENTRY); i++) fixedArraySet(grown, i, fixedArrayGet(old, i));
  const base: i32 = Math.imul(count, ENTRY);
  fixedArraySet(grown, base, handleGet(hMap));
  fixedArraySet(grown, (base + 1) | 0, handleGet(hKey));
  fixedArraySet(grown, (base + 2) | 0, handleGet(hHandler));
  feedbackSet(handleGet(hFeedback), slot, grown);
  const to: i32 = count === 0 ? IcState.monomorphic : IcState.polymorphic;
  if (to === IcState.monomorphic) statIcToMonomorphic = (statIcToMonomorphic + 1) | 0;
  else if (from === IcState.monomorphic) statIcToPolymorphic = (statIcToPolymorphic + 1) | 0;
  if (flagTraceIc && to !== from) traceTransition(kind, handleGet(hFeedback), slot, from, to, handleGet(hMap), handleGet(hKey));
  handleScopeClose(scope);
}

/** The handler for (map, key) at the site, or 0. No GC. */
function feedbackLookup(kind: i32, fb: i32, map: i32, key: i32): i32 {
  if (fb === MEGAMORPHIC) {
    const h: i32 = stubCacheGet(kind, map, key);
    if (h !== 0) statIcStubCacheHits += 1;
    return h;
  }
  if ((fb & 1) === 0 || fb === undefinedValue()) return 0;
  const n: i32 = fixedArrayLength(fb);
  for (let base: i32 = 0; base < n; base = (base + ENTRY) | 0) {
    if (fixedArrayGet(fb, base) === map && fixedArrayGet(fb, (base + 1) | 0) === key) return fixedArrayGet(fb, (base + 2) | 0);
  }
  return 0;
}

// ---- load handlers ---------------------------------------------------------------------------------

/** Number of objects on the chain from `start` (an object or null) up to `holder` (null: to the end). No GC. */
function chainLength(start: i32, holder: i32): i32 {
  const nul: i32 = nullValue();
  let n: i32 = 0;
  for (let o: i32 = start; o !== nul; o = objectGetPrototype(o)) {
    n = (n + 1) | 0;
    if (o === holder) break;
  }
  return n;
}

/**
 * A chain-dependent handler [kind, a, b, map0 .. mapN] with the maps of the chain from the object
 * in handle hStart up to the one in hHolder (null: to the end). a and b are handles too. May GC.
 */
function chainHandlerNew(kind: i32, hA: i32, hB: i32, hStart: i32, hHolder: i32): i32 {
  const n: i32 = chainLength(handleGet(hStart), handleGet(hHolder));
  const h: i32 = fixedArrayNewWithMap(RootIndex.fixedArrayMap, (3 + n) | 0, undefinedValue(), false);
  fixedArraySet(h, 0, smiFrom(kind));
  fixedArraySet(h, 1, handleGet(hA));
  fixedArraySet(h, 2, handleGet(hB));
  let o: i32 = handleGet(hStart);
  for (let i: i32 = 0; i < n; i++) {
    fixedArraySet(h, (3 + i) | 0, H32[(o - 1) >> 2]);
    o = objectGetPrototype(o);
  }
  return h;
}

/**
 * True when the chain from `start` still has the recorded maps and, for dictionary-mode objects,
 * `name` is still absent (every object but `holder`; 0 for none) or, for stores (`forStore`), at
 * most a writable data property. Without a holder the chain must end after the last map. No GC.
 */
function chainValid(h: i32, start: i32, name: i32, holder: i32, forStore: bool): bool {
  const n: i32 = fixedArrayLength(h);
  const nul: i32 = nullValue();
  let o: i32 = start;
  for (let i: i32 = 3; i < n; i++) {
    if (o === nul) return false;
    const map: i32 = H32[(o - 1) >> 2];
    if (map !== fixedArrayGet(h, i)) return false;
    if (o !== holder && mapIsDictionary(map)) {
      const attrs: i32 = objectGetOwnAttributes(o, name);
      if (attrs >= 0 && (!forStore || (attrs & (PropertyAttr.ACCESSOR | PropertyAttr.WRITABLE)) !== PropertyAttr.WRITABLE)) return false;
    }
    o = objectGetPrototype(o);
  }
  return holder !== 0 || o === nul;
}

/** Where a receiver's prototype chain starts: its map's prototype, or the realm prototype of a primitive. No GC. */
function chainStart(v: i32): i32 {
  if (instanceTypeOf(v) >= InstanceType.FIRST_JS_OBJECT_TYPE) return objectGetPrototype(v);
  return primitivePrototype(v);
}

/**
 * The load handler for `name` on heap value `v` (a name, not an index), or 0 when not cacheable.
 * May GC (a FixedArray handler).
 */
function computeLoadHandler(v: i32, name: i32): i32 {
  if (keyArrayIndex(name) >= 0) return 0;
  let start: i32 = 0;
  if (isString(v)) {
    if (keyIsLength(name)) return smiHandler(H.stringLength, 0);
    start = primitivePrototype(v);
  } else if (isHeapNumber(v) || isSymbol(v) || v === rootGet(RootIndex.trueValue) || v === rootGet(RootIndex.falseValue)) {
    start = primitivePrototype(v);
  } else if (instanceTypeOf(v) < InstanceType.FIRST_JS_OBJECT_TYPE) {
    return 0;
  } else {
    const map: i32 = H32[(v - 1) >> 2];
    const type: i32 = mapInstanceType(map);
    if (type === InstanceType.JS_ARRAY && keyIsLength(name)) return smiHandler(H.arrayLength, 0);
    if (!icOrdinaryType(type) || mapIsDictionary(map)) return 0;
    const i: i32 = mapLookupDescriptor(map, name);
    if (i >= 0) {
      const offset: i32 = objectFieldOffsetForIC(v, name);
      if (offset === 0) return 0; // an accessor or a constant
      return offset > 0 ? smiHandler(H.fieldIn, offset) : smiHandler(H.fieldOut, (-1 - offset) | 0);
    }
    start = objectGetPrototype(v);
  }
  // Found on a prototype (a data property), or nowhere.
  const nul: i32 = nullValue();
  let holder: i32 = nul;
  for (let o: i32 = start; o !== nul; o = objectGetPrototype(o)) {
    const t: i32 = instanceTypeOf(o);
    // Exotic [[Get]] on the chain (docs/exotic-objects.md) is never cached past; a String wrapper
    // (String.prototype) is ordinary for every name but `length` (indices never get here).
    if (t === InstanceType.JS_PRIMITIVE_WRAPPER ? keyIsLength(name) : !icOrdinaryType(t)) return 0;
    if (t === InstanceType.JS_ARRAY && keyIsLength(name)) return 0;
    const attrs: i32 = objectGetOwnAttributes(o, name);
    if (attrs < 0) continue;
    if ((attrs & PropertyAttr.ACCESSOR) !== 0) return 0;
    holder = o;
    break;
  }
  const scope: i32 = handleScopeOpen();
  const hStart: i32 = handleNew(start);
  const hHolder: i32 = handleNew(holder);
  // A field of a fast-mode holder is read in place: its map is the last one the handler checks.
  const where: i32 = holder !== nul ? objectFieldOffsetForIC(holder, name) : 0;
  const hWhere: i32 = where !== 0 ? handleNew(smiFrom(where)) : hHolder;
  const h: i32 = chainHandlerNew(holder === nul ? H.missing : H.protoLoad, hHolder, hWhere, hStart, hHolder);
  handleScopeClose(scope);
  return h;
}

/** Runs a load handler for `name` on `v` (whose map matched): the value, or the hole on a miss. May GC (boxing). */
function runLoadHandler(v: i32, handler: i32, name: i32): i32 {
  if ((handler & 1) === 0) {
    const bits: i32 = smiValue(handler);
    const data: i32 = bits >> 4;
    switch (bits & 15) {
      case H.fieldIn:
        return H32[(v - 1 + data) >> 2];
      case H.fieldOut:
        return fixedArrayGet(objectProperties(v), data);
      case H.arrayLength:
        return fieldGet(v, JSArrayLayout.length);
      case H.stringLength:
        return smiFrom(stringLength(v));
      default:
        return theHole();
    }
  }
  const missing: bool = smiValue(fixedArrayGet(handler, 0)) === H.missing;
  const holder: i32 = missing ? 0 : fixedArrayGet(handler, 1);
  if (!chainValid(handler, chainStart(v), name, holder, false)) return theHole();
  if (missing) return undefinedValue();
  const where: i32 = fixedArrayGet(handler, 2);
  if ((where & 1) === 0) {
    const offset: i32 = smiValue(where);
    return offset > 0 ? H32[(holder - 1 + offset) >> 2] : fixedArrayGet(objectProperties(holder), (-1 - offset) | 0);
  }
  const value: i32 = objectGetOwn(holder, name);
  if (isAccessorPair(value)) return theHole();
  return value;
}

/** True when element handler `handler` finds element `index` of heap value `v` (then elementLoad reads it). No GC. */
function elementLoadHits(v: i32, handler: i32, index: i32): bool {
  const bits: i32 = smiValue(handler);
  if ((bits & 15) === H.stringChar) return index < stringLength(v);
  const kind: i32 = bits >> 4;
  if (mapElementsKind(H32[(v - 1) >> 2]) !== kind) return false;
  const e: i32 = objectElements(v);
  if (kind === ElementsKind.PACKED_DOUBLE || kind === ElementsKind.HOLEY_DOUBLE) {
    return index < fixedDoubleArrayLength(e) && !fixedDoubleArrayIsHole(e, index);
  }
  return index < fixedArrayLength(e) && fixedArrayGet(e, index) !== theHole();
}

/** Element `index` of `v` after elementLoadHits said yes. May GC (boxing a double, a one-character string). */
function elementLoad(v: i32, handler: i32, index: i32): i32 {
  const bits: i32 = smiValue(handler);
  if ((bits & 15) === H.stringChar) return charString(stringGet(v, index));
  const e: i32 = objectElements(v);
  const kind: i32 = bits >> 4;
  if (kind === ElementsKind.PACKED_DOUBLE || kind === ElementsKind.HOLEY_DOUBLE) return numberNew(fixedDoubleArrayGet(e, index));
  return fixedArrayGet(e, index);
}

/** The element handler for heap value `v`, or 0. No GC. */
function computeElementHandler(v: i32, store: bool): i32 {
  if (isString(v)) return store ? 0 : smiHandler(H.stringChar, 0);
  if (!icOrdinaryType(instanceTypeOf(v))) return 0;
  const kind: i32 = mapElementsKind(H32[(v - 1) >> 2]);
  if (kind === ElementsKind.DICTIONARY) return 0;
  return smiHandler(store ? H.storeElement : H.element, kind);
}

// ---- loads ---------------------------------------------------------------------------------------------

/** The generic load with feedback: computes and records a handler, then loads. May GC. */
function loadMiss(kind: i32, v: i32, key: i32, feedback: i32, slot: i32, element: bool): i32 {
  countMiss(kind);
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hKey: i32 = handleNew(key);
  const hFeedback: i32 = handleNew(feedback);
  const handler: i32 = element ? computeElementHandler(v, false) : computeLoadHandler(v, key);
  if (handler !== 0) {
    const hHandler: i32 = handleNew(handler);
    const hMap: i32 = handleNew(H32[(handleGet(hV) - 1) >> 2]);
    const hEntryKey: i32 = handleNew(element ? ELEMENT_KEY : handleGet(hKey));
    feedbackUpdate(kind, hFeedback, slot, hMap, hEntryKey, hHandler);
  }
  const result: i32 = element ? getKeyed(handleGet(hV), handleGet(hKey)) : getProperty(handleGet(hV), handleGet(hKey));
  handleScopeClose(scope);
  return result;
}

// ---- the interpreter's in-place fast paths --------------------------------------------------------
// The dispatch loop (interpreter.ts) reads the first entry of a named site itself before calling
// icLoadNamed/icStoreNamed: a map match there and a field handler is a load or store in place.
// (A named site's entries all carry the site's name, so the key need not be compared.)

/** The handler of the first entry of feedback `fb` when its map is `map`, else 0 (any other state). No GC. */
export function icFirstHandler(fb: i32, map: i32): i32 {
  return (fb & 1) !== 0 && H32[(fb - 1 + FixedArrayLayout.elements) >> 2] === map ? H32[(fb - 1 + FixedArrayLayout.elements + 8) >> 2] : 0;
}
/** The byte offset of the field a fieldIn load handler reads, else 0. No GC. */
export function icFieldInOffset(handler: i32): i32 {
  return handler !== 0 && (handler & 31) === 0 ? handler >> 5 : 0;
}
/** The out-of-line index + 1 a fieldOut load handler reads, else 0. No GC. */
export function icFieldOutIndex1(handler: i32): i32 {
  return (handler & 31) === (H.fieldOut << 1) ? ((handler >> 5) + 1) | 0 : 0;
}
/**
 * What a protoLoad handler `h` reads for receiver `v` (whose map matched) when every object of the
 * recorded chain still has its map and is in fast mode, the holder included; else the hole (the
 * IC decides: a dictionary-mode object on the chain needs a lookup). No GC.
 */
export function icProtoLoadInPlace(h: i32, v: i32): i32 {
  const hole: i32 = theHole();
  if ((h & 1) === 0 || H32[(h - 1 + FixedArrayLayout.elements) >> 2] !== (H.protoLoad << 1)) return hole;
  // (The chain of a primitive starts at its realm prototype: the IC's case.)
  if (mapInstanceType(H32[(v - 1) >> 2]) < InstanceType.FIRST_JS_OBJECT_TYPE) return hole;
  const where: i32 = H32[(h - 1 + FixedArrayLayout.elements + 8) >> 2];
  if ((where & 1) !== 0) return hole;
  const n: i32 = fixedArrayLength(h);
  let o: i32 = v;
  for (let i: i32 = 3; i < n; i++) {
    o = objectGetPrototype(o);
    if (o === nullValue()) return hole;
    const map: i32 = H32[(o - 1) >> 2];
    if (map !== H32[(h - 1 + FixedArrayLayout.elements + (i << 2)) >> 2] || mapIsDictionary(map)) return hole;
  }
  // o is the holder (the last object of the chain).
  const offset: i32 = where >> 1;
  return offset > 0 ? H32[(o - 1 + offset) >> 2] : fixedArrayGet(objectProperties(o), (-1 - offset) | 0);
}
/** The byte offset of the field a storeFieldIn handler writes, else 0. No GC. */
export function icStoreFieldInOffset(handler: i32): i32 {
  return (handler & 31) === (H.storeFieldIn << 1) ? handler >> 5 : 0;
}
/** The handler of the first entry of keyed feedback `fb` when it is an element entry for `map`, else 0. No GC. */
export function icFirstElementHandler(fb: i32, map: i32): i32 {
  return (fb & 1) !== 0 && H32[(fb - 1 + FixedArrayLayout.elements) >> 2] === map && H32[(fb - 1 + FixedArrayLayout.elements + 4) >> 2] === ELEMENT_KEY
    ? H32[(fb - 1 + FixedArrayLayout.elements + 8) >> 2] : 0;
}
/** The elements kind of an element load handler (the map's kind), else -1. No GC. */
export function icElementLoadKind(handler: i32): i32 {
  return (handler & 31) === (H.element << 1) ? handler >> 5 : -1;
}
/** The elements kind of an element store handler, else -1. No GC. */
export function icElementStoreKind(handler: i32): i32 {
  return (handler & 31) === (H.storeElement << 1) ? handler >> 5 : -1;
}

/**
 * Whether objects of instance type `t` may get handlers keyed on their map: ordinary objects,
 * arrays, functions, errors, generators. Exotic objects whose [[Get]]/[[Set]] a map cannot
 * describe (module namespaces, proxies, typed arrays) and String wrappers never do, as receivers
 * or on a prototype chain: their accesses always take the generic path. No GC.
 */
export function icOrdinaryType(t: i32): bool {
  return t >= InstanceType.FIRST_JS_OBJECT_TYPE && t !== InstanceType.JS_PRIMITIVE_WRAPPER && t !== InstanceType.JS_MODULE_NAMESPACE &&
    t !== InstanceType.JS_PROXY && t !== InstanceType.JS_TYPED_ARRAY;
}

/** v.name with the IC at `slot`. May GC; may run getters. */
export function icLoadNamed(v: i32, name: i32, feedback: i32, slot: i32): i32 {
  if ((v & 1) === 0 || feedback === undefinedValue()) return getProperty(v, name);
  const fb: i32 = H32[(feedback - 1 + FeedbackVectorLayout.slots + (slot << 2)) >> 2];
  const map: i32 = H32[(v - 1) >> 2];
  // The monomorphic in-object field: the first entry's map and a fieldIn handler, read in place.
  if ((fb & 1) !== 0 && H32[(fb - 1 + FixedArrayLayout.elements) >> 2] === map) {
    const first: i32 = H32[(fb - 1 + FixedArrayLayout.elements + 8) >> 2];
    // A Smi handler keeps its kind in bits 1..4 of the tagged word: fieldIn (0) means all five low bits clear.
    if ((first & 31) === 0 && H32[(fb - 1 + FixedArrayLayout.elements + 4) >> 2] === name) {
      statIcLoadHits += 1;
      return H32[(v - 1 + (first >> 5)) >> 2];
    }
  }
  const handler: i32 = feedbackLookup(IcKind.loadNamed, fb, map, name);
  if (handler !== 0) {
    const r: i32 = runLoadHandler(v, handler, name);
    if (r !== theHole()) {
      countHit(IcKind.loadNamed);
      return r;
    }
  }
  if (v === undefinedValue() || v === nullValue()) return getProperty(v, name);
  return loadMiss(IcKind.loadNamed, v, name, feedback, slot, false);
}

/** v[key] with the IC at `slot`. May GC; may run JavaScript. */
export function icLoadKeyed(v: i32, key: i32, feedback: i32, slot: i32): i32 {
  if ((v & 1) === 0 || feedback === undefinedValue()) return getKeyed(v, key);
  if (v === undefinedValue() || v === nullValue()) return getKeyed(v, key);
  const fb: i32 = feedbackGet(feedback, slot);
  const map: i32 = H32[(v - 1) >> 2];
  if ((key & 1) === 0) {
    if (key < 0) return getKeyed(v, key);
    // The monomorphic element load from a FixedArray store (Smi and object kinds), read in place.
    if ((fb & 1) !== 0 && H32[(fb - 1 + FixedArrayLayout.elements) >> 2] === map && H32[(fb - 1 + FixedArrayLayout.elements + 4) >> 2] === ELEMENT_KEY) {
      const first: i32 = H32[(fb - 1 + FixedArrayLayout.elements + 8) >> 2];
      const kind: i32 = first >> 5;
      if ((first & 31) === (H.element << 1) && kind !== ElementsKind.PACKED_DOUBLE && kind !== ElementsKind.HOLEY_DOUBLE) {
        const e: i32 = H32[(v - 1 + JSObjectLayout.elements) >> 2];
        const index: i32 = key >> 1;
        if (index < H32[(e - 1 + FixedArrayLayout.length) >> 2]) {
          const x: i32 = H32[(e - 1 + FixedArrayLayout.elements + (index << 2)) >> 2];
          if (x !== theHole()) {
            statIcKeyedLoadHits += 1;
            return x;
          }
        }
      }
    }
    const handler: i32 = feedbackLookup(IcKind.loadKeyed, fb, map, ELEMENT_KEY);
    if (handler !== 0 && elementLoadHits(v, handler, smiValue(key))) {
      countHit(IcKind.loadKeyed);
      return elementLoad(v, handler, smiValue(key));
    }
    // Typed arrays and mapped arguments objects have no element handler: the keyed slow path
    // reads the element at once (docs/exotic-objects.md).
    const type: i32 = mapInstanceType(map);
    if (type === InstanceType.JS_TYPED_ARRAY || type === InstanceType.JS_ARGUMENTS_OBJECT) return getKeyed(v, key);
    return loadMiss(IcKind.loadKeyed, v, key, feedback, slot, true);
  }
  if (isInternalized(key) || isSymbol(key)) {
    if (keyArrayIndex(key) >= 0) return getKeyed(v, key);
    const handler: i32 = feedbackLookup(IcKind.loadKeyed, fb, map, key);
    if (handler !== 0) {
      const r: i32 = runLoadHandler(v, handler, key);
      if (r !== theHole()) {
        countHit(IcKind.loadKeyed);
        return r;
      }
    }
    return loadMiss(IcKind.loadKeyed, v, key, feedback, slot, false);
  }
  return getKeyed(v, key);
}

// ---- stores ------------------------------------------------------------------------------------------

/** Runs a store handler on `v` (whose map matched); false on a miss. No GC. */
function runStoreHandler(v: i32, handler: i32, name: i32, value: i32): bool {
  if ((handler & 1) === 0) {
    const bits: i32 = smiValue(handler);
    const data: i32 = bits >> 4;
    switch (bits & 15) {
      case H.storeFieldIn:
        fieldSet(v, data, value);
        return true;
      case H.storeFieldOut:
        fixedArraySet(objectProperties(v), data, value);
        return true;
      default:
        return false;
    }
  }
  // A transition: [kind, newMap, field (Smi: in-object offset > 0, or -1 - out-of-line index), chain maps].
  if (!chainValid(handler, objectGetPrototype(v), name, 0, true)) return false;
  const field: i32 = smiValue(fixedArrayGet(handler, 2));
  if (field < 0) {
    const index: i32 = (-1 - field) | 0;
    const store: i32 = objectProperties(v);
    if (index >= fixedArrayLength(store)) return false;
    H32[(v - 1) >> 2] = fixedArrayGet(handler, 1);
    fixedArraySet(store, index, value);
    return true;
  }
  H32[(v - 1) >> 2] = fixedArrayGet(handler, 1);
  fieldSet(v, field, value);
  return true;
}

/** Element store by handler: in-bounds, present, kind-compatible stores only; false on a miss. No GC. */
function runElementStore(v: i32, handler: i32, index: i32, value: i32): bool {
  const kind: i32 = smiValue(handler) >> 4;
  if (mapElementsKind(H32[(v - 1) >> 2]) !== kind) return false;
  const e: i32 = objectElements(v);
  const isDouble: bool = kind === ElementsKind.PACKED_DOUBLE || kind === ElementsKind.HOLEY_DOUBLE;
  let x: f64 = 0;
  if (isDouble) {
    if ((value & 1) === 0) x = +smiValue(value);
    else if (isHeapNumber(value)) x = heapNumberValue(value);
    else return false;
    if (index >= fixedDoubleArrayLength(e)) return false;
  } else {
    if ((kind === ElementsKind.PACKED_SMI || kind === ElementsKind.HOLEY_SMI) && (value & 1) !== 0) return false;
    if (index >= fixedArrayLength(e)) return false;
  }
  const hole: bool = isDouble ? fixedDoubleArrayIsHole(e, index) : fixedArrayGet(e, index) === theHole();
  const how: i32 = hole ? holeStore(v, kind, index) : STORE_PLAIN;
  if (how === STORE_REFUSED) return false;
  if (isDouble) fixedDoubleArraySet(e, index, x);
  else fixedArraySet(e, index, value);
  if (how === STORE_APPEND) fieldSet(v, JSArrayLayout.length, smiFrom((index + 1) | 0));
  return true;
}

const STORE_REFUSED: i32 = 0;
const STORE_PLAIN: i32 = 1;
const STORE_APPEND: i32 = 2;

/**
 * Whether a store into a hole of the fast store may bypass the generic path: only when no
 * prototype has elements (so no setter or read-only element can be in the way) and the object is
 * extensible; for arrays either an append at `length` (packed stays packed) or a store below
 * `length` into a holey kind. No GC.
 */
function holeStore(v: i32, kind: i32, index: i32): i32 {
  if (!mapIsExtensible(H32[(v - 1) >> 2]) || !chainHasNoElements(v)) return STORE_REFUSED;
  const holey: bool = elementsKindHoley(kind);
  if (instanceTypeOf(v) !== InstanceType.JS_ARRAY) return holey ? STORE_PLAIN : STORE_REFUSED;
  const length: i32 = fieldGet(v, JSArrayLayout.length);
  if ((length & 1) !== 0) return STORE_REFUSED;
  if (length === smiFrom(index)) return STORE_APPEND;
  return holey && index < smiValue(length) ? STORE_PLAIN : STORE_REFUSED;
}

function elementsKindHoley(kind: i32): bool {
  return kind === ElementsKind.HOLEY_SMI || kind === ElementsKind.HOLEY_DOUBLE || kind === ElementsKind.HOLEY;
}

/** True when no prototype of `v` has elements (so a hole reads as undefined and stores create). No GC. */
function chainHasNoElements(v: i32): bool {
  const nul: i32 = nullValue();
  const empty: i32 = rootGet(RootIndex.emptyFixedArray);
  for (let o: i32 = objectGetPrototype(v); o !== nul; o = objectGetPrototype(o)) {
    if (instanceTypeOf(o) === InstanceType.JS_PRIMITIVE_WRAPPER) return false; // String wrappers have index properties
    if (instanceTypeOf(o) === InstanceType.JS_PROXY || instanceTypeOf(o) === InstanceType.JS_TYPED_ARRAY) return false; // exotic
    if (objectElements(o) !== empty && !prototypeElementsEmpty(o)) return false;
  }
  return true;
}

/** A prototype's fast elements with no element present (e.g. Array.prototype, length 0). No GC. */
function prototypeElementsEmpty(o: i32): bool {
  const kind: i32 = mapElementsKind(H32[(o - 1) >> 2]);
  if (kind === ElementsKind.DICTIONARY || kind === ElementsKind.PACKED_DOUBLE || kind === ElementsKind.HOLEY_DOUBLE) return false;
  const e: i32 = objectElements(o);
  const n: i32 = fixedArrayLength(e);
  const hole: i32 = theHole();
  for (let i: i32 = 0; i < n; i++) if (fixedArrayGet(e, i) !== hole) return false;
  return true;
}

/**
 * The store handler for an existing own writable field (for a `definition`: a field with all three
 * attributes, which a definition leaves as they are), else 0. No GC.
 */
function computeFieldStoreHandler(v: i32, name: i32, definition: bool): i32 {
  if (instanceTypeOf(v) < InstanceType.FIRST_JS_OBJECT_TYPE || keyArrayIndex(name) >= 0) return 0;
  const map: i32 = H32[(v - 1) >> 2];
  const type: i32 = mapInstanceType(map);
  if (mapIsDictionary(map) || !icOrdinaryType(type) || (type === InstanceType.JS_ARRAY && keyIsLength(name))) return 0;
  if (mapLookupDescriptor(map, name) < 0) return 0;
  const attrs: i32 = objectGetOwnAttributes(v, name);
  if (definition ? attrs !== PropertyAttr.ALL : (attrs & (PropertyAttr.WRITABLE | PropertyAttr.ACCESSOR)) !== PropertyAttr.WRITABLE) return 0;
  const offset: i32 = objectFieldOffsetForIC(v, name);
  if (offset === 0) return 0;
  return offset > 0 ? smiHandler(H.storeFieldIn, offset) : smiHandler(H.storeFieldOut, (-1 - offset) | 0);
}

/** Whether defining `name` on heap value `v` adds a field along a map transition. No GC. */
function canCacheDefine(v: i32, name: i32): bool {
  if (instanceTypeOf(v) < InstanceType.FIRST_JS_OBJECT_TYPE || keyArrayIndex(name) >= 0) return false;
  const map: i32 = H32[(v - 1) >> 2];
  const type: i32 = mapInstanceType(map);
  if (mapIsDictionary(map) || !mapIsExtensible(map) || !icOrdinaryType(type)) return false;
  if (type === InstanceType.JS_ARRAY && keyIsLength(name)) return false;
  return mapLookupDescriptor(map, name) < 0;
}

/** True when adding `name` to an object with map `map` is a plain field add (no setter or read-only on the chain). No GC. */
function canCacheAdd(v: i32, name: i32): bool {
  if (!canCacheDefine(v, name)) return false;
  const nul: i32 = nullValue();
  for (let o: i32 = objectGetPrototype(v); o !== nul; o = objectGetPrototype(o)) {
    const t: i32 = instanceTypeOf(o);
    if (t === InstanceType.JS_PRIMITIVE_WRAPPER || (t === InstanceType.JS_ARRAY && keyIsLength(name))) return false;
    if (t === InstanceType.JS_PROXY || t === InstanceType.JS_TYPED_ARRAY) return false; // exotic [[Set]] on the chain
    const attrs: i32 = objectGetOwnAttributes(o, name);
    if (attrs < 0) continue;
    return (attrs & (PropertyAttr.ACCESSOR | PropertyAttr.WRITABLE)) === PropertyAttr.WRITABLE;
  }
  return true;
}


/** The generic store with feedback. May GC; may run setters. */
function storeMiss(kind: i32, v: i32, key: i32, value: i32, strict: bool, feedback: i32, slot: i32, element: bool): i32 {
  countMiss(kind);
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hKey: i32 = handleNew(key);
  const hFeedback: i32 = handleNew(feedback);
  const hOldMap: i32 = handleNew(H32[(v - 1) >> 2]);
  let handler: i32 = element ? computeElementHandler(v, true) : computeFieldStoreHandler(v, key, false);
  const addable: bool = !element && handler === 0 && canCacheAdd(v, key);
  let hChain: i32 = 0;
  if (addable) hChain = handleNew(objectGetPrototype(v));
  const hResult: i32 = handleNew(element ? setKeyed(v, key, value, strict) : setProperty(v, key, value, strict));
  const newMap: i32 = (handleGet(hV) & 1) !== 0 ? H32[(handleGet(hV) - 1) >> 2] : 0;
  if (newMap !== handleGet(hOldMap) && newMap !== 0 && flagTraceShapes) traceShape(handleGet(hOldMap), newMap, handleGet(hKey));
  if (addable && newMap !== handleGet(hOldMap) && !mapIsDictionary(newMap) && mapBackPointer(newMap) === handleGet(hOldMap)) {
    const n: i32 = mapOwnDescriptors(newMap);
    if (n > 0 && mapLookupDescriptor(newMap, handleGet(hKey)) === ((n - 1) | 0)) {
      const offset: i32 = objectFieldOffsetForIC(handleGet(hV), handleGet(hKey));
      if (offset !== 0) {
        const hNewMap: i32 = handleNew(newMap);
        const hField: i32 = handleNew(smiFrom(offset));
        const hNull: i32 = handleNew(nullValue());
        handler = chainHandlerNew(H.transition, hNewMap, hField, hChain, hNull);
      }
    }
  }
  if (handler !== 0 && !isExceptionLike(handleGet(hResult))) {
    const hHandler: i32 = handleNew(handler);
    const hEntryKey: i32 = handleNew(element ? ELEMENT_KEY : handleGet(hKey));
    feedbackUpdate(kind, hFeedback, slot, hOldMap, hEntryKey, hHandler);
  }
  const result: i32 = handleGet(hResult);
  handleScopeClose(scope);
  return result;
}

function isExceptionLike(v: i32): bool {
  return v === rootGet(RootIndex.exceptionSentinel);
}

/** v.name = value with the IC at `slot`. Returns value or the sentinel. May GC; may run setters. */
export function icStoreNamed(v: i32, name: i32, value: i32, strict: bool, feedback: i32, slot: i32): i32 {
  if ((v & 1) === 0 || feedback === undefinedValue()) return setProperty(v, name, value, strict);
  const fb: i32 = H32[(feedback - 1 + FeedbackVectorLayout.slots + (slot << 2)) >> 2];
  const map: i32 = H32[(v - 1) >> 2];
  // The monomorphic store to an existing in-object field, done in place (with the write barrier).
  if ((fb & 1) !== 0 && H32[(fb - 1 + FixedArrayLayout.elements) >> 2] === map) {
    const first: i32 = H32[(fb - 1 + FixedArrayLayout.elements + 8) >> 2];
    if ((first & 31) === (H.storeFieldIn << 1) && H32[(fb - 1 + FixedArrayLayout.elements + 4) >> 2] === name) {
      statIcStoreHits += 1;
      fieldSet(v, first >> 5, value);
      return value;
    }
  }
  const handler: i32 = feedbackLookup(IcKind.storeNamed, fb, map, name);
  if (handler !== 0 && runStoreHandler(v, handler, name, value)) {
    countHit(IcKind.storeNamed);
    return value;
  }
  if (v === undefinedValue() || v === nullValue()) return setProperty(v, name, value, strict);
  return storeMiss(IcKind.storeNamed, v, name, value, strict, feedback, slot, false);
}

// ---- definitions (DefineNamedOwnProperty: object literals, class fields) ----------------------------
// A site caches, per map, either the field its name already has with all three attributes (a
// definition is then a plain store: the object literal case, whose map already has the property;
// interpreter.ts objectLiteralCached) or the transition that adding the name makes (a transition
// handler with no chain maps: a definition does not consult the prototype chain). Anything else
// takes the generic CreateDataPropertyOrThrow and leaves the state alone. A megamorphic site does
// not use the stub cache, whose store handlers assume [[Set]]'s conditions, not a definition's.

/** Runs handler `h` of a definition site on `v` (whose map matched); false on a miss. No GC. */
export function icDefineInPlace(v: i32, h: i32, value: i32): bool {
  if ((h & 1) === 0) {
    if ((h & 31) === (H.storeFieldIn << 1)) {
      fieldSet(v, h >> 5, value);
      return true;
    }
    if ((h & 31) !== (H.storeFieldOut << 1)) return false;
    fixedArraySet(objectProperties(v), h >> 5, value);
    return true;
  }
  if (H32[(h - 1 + FixedArrayLayout.elements) >> 2] !== (H.transition << 1)) return false;
  const field: i32 = H32[(h - 1 + FixedArrayLayout.elements + 8) >> 2] >> 1;
  if (field < 0) {
    const store: i32 = objectProperties(v);
    if (((-1 - field) | 0) >= fixedArrayLength(store)) return false;
    H32[(v - 1) >> 2] = H32[(h - 1 + FixedArrayLayout.elements + 4) >> 2];
    fixedArraySet(store, (-1 - field) | 0, value);
    return true;
  }
  H32[(v - 1) >> 2] = H32[(h - 1 + FixedArrayLayout.elements + 4) >> 2];
  fieldSet(v, field, value);
  return true;
}

/** CreateDataPropertyOrThrow(v, name, value) with the IC at `slot`: value or the sentinel. May GC. */
export function icDefineNamedOwn(v: i32, name: i32, value: i32, feedback: i32, slot: i32): i32 {
  if ((v & 1) === 0 || feedback === undefinedValue()) return defineOwnDataProperty(v, name, value);
  const fb: i32 = feedbackGet(feedback, slot);
  if (fb === MEGAMORPHIC) return defineOwnDataProperty(v, name, value);
  const handler: i32 = feedbackLookup(IcKind.storeNamed, fb, H32[(v - 1) >> 2], name);
  if (handler !== 0 && icDefineInPlace(v, handler, value)) {
    countHit(IcKind.storeNamed);
    return value;
  }
  const field: i32 = computeFieldStoreHandler(v, name, true);
  if (field === 0 && !canCacheDefine(v, name)) return defineOwnDataProperty(v, name, value);
  countMiss(IcKind.storeNamed);
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hKey: i32 = handleNew(name);
  const hFeedback: i32 = handleNew(feedback);
  const hOldMap: i32 = handleNew(H32[(v - 1) >> 2]);
  let result: i32 = value;
  let hHandler: i32 = 0;
  if (field !== 0) {
    icDefineInPlace(v, field, value);
    hHandler = handleNew(field);
  } else {
    result = defineOwnDataProperty(v, name, value);
    const newMap: i32 = H32[(handleGet(hV) - 1) >> 2];
    if (!isExceptionLike(result) && newMap !== handleGet(hOldMap) && !mapIsDictionary(newMap) && mapBackPointer(newMap) === handleGet(hOldMap)) {
      const n: i32 = mapOwnDescriptors(newMap);
      const offset: i32 = objectFieldOffsetForIC(handleGet(hV), handleGet(hKey));
      if (n > 0 && mapLookupDescriptor(newMap, handleGet(hKey)) === ((n - 1) | 0) && offset !== 0) {
        const hResult: i32 = handleNew(result);
        const hNewMap: i32 = handleNew(newMap);
        const hField: i32 = handleNew(smiFrom(offset));
        const hNull: i32 = handleNew(nullValue());
        hHandler = handleNew(chainHandlerNew(H.transition, hNewMap, hField, hNull, hNull));
        result = handleGet(hResult);
      }
    }
  }
  if (hHandler !== 0) {
    const hResult: i32 = handleNew(result);
    feedbackUpdate(IcKind.storeNamed, hFeedback, slot, hOldMap, hKey, hHandler);
    result = handleGet(hResult);
  }
  handleScopeClose(scope);
  return result;
}

/** v[key] = value with the IC at `slot`. May GC; may run JavaScript. */
export function icStoreKeyed(v: i32, key: i32, value: i32, strict: bool, feedback: i32, slot: i32): i32 {
  if ((v & 1) === 0 || feedback === undefinedValue()) return setKeyed(v, key, value, strict);
  if (v === undefinedValue() || v === nullValue()) return setKeyed(v, key, value, strict);
  const fb: i32 = feedbackGet(feedback, slot);
  const map: i32 = H32[(v - 1) >> 2];
  if ((key & 1) === 0) {
    if (key < 0) return setKeyed(v, key, value, strict);
    const handler: i32 = feedbackLookup(IcKind.storeKeyed, fb, map, ELEMENT_KEY);
    if (handler !== 0 && runElementStore(v, handler, smiValue(key), value)) {
      countHit(IcKind.storeKeyed);
      return value;
    }
    if (mapInstanceType(map) === InstanceType.JS_TYPED_ARRAY) return setKeyed(v, key, value, strict); // as for loads
    return storeMiss(IcKind.storeKeyed, v, key, value, strict, feedback, slot, true);
  }
  if ((isInternalized(key) || isSymbol(key)) && keyArrayIndex(key) < 0) {
    const handler: i32 = feedbackLookup(IcKind.storeKeyed, fb, map, key);
    if (handler !== 0 && runStoreHandler(v, handler, key, value)) {
      countHit(IcKind.storeKeyed);
      return value;
    }
    return storeMiss(IcKind.storeKeyed, v, key, value, strict, feedback, slot, false);
  }
  return setKeyed(v, key, value, strict);
}
