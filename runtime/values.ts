// The factory of basic heap values: oddballs, numbers, fixed arrays, byte arrays, double arrays,
// accessor pairs and symbols. Functions named *New allocate and MAY GC; accessors never GC.
import type { i32, f64, bool } from './types.ts';
import { H32, HF64 } from './host/host.ts';
import { smiFits, smiFrom, smiValue, rawGet } from './memory.ts';
import { rootGet, fieldSet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, isInYoung } from './heap.ts';
import { allocate, allocateOld } from './alloc.ts';
import { mapInstanceType } from './body.ts';
import {
  InstanceType, FixedArrayLayout, FixedDoubleArrayLayout, ByteArrayLayout, HeapNumberLayout, AccessorPairLayout,
  SymbolLayout,
} from './layouts.ts';
import { RootIndex } from './roots.ts';

export function undefinedValue(): i32 {
  return rootGet(RootIndex.undefinedValue);
}
export function nullValue(): i32 {
  return rootGet(RootIndex.nullValue);
}
export function trueValue(): i32 {
  return rootGet(RootIndex.trueValue);
}
export function falseValue(): i32 {
  return rootGet(RootIndex.falseValue);
}
export function theHole(): i32 {
  return rootGet(RootIndex.theHole);
}
export function boolValue(b: bool): i32 {
  return b ? rootGet(RootIndex.trueValue) : rootGet(RootIndex.falseValue);
}

export function instanceTypeOf(v: i32): i32 {
  return mapInstanceType(H32[(v - 1) >> 2]);
}
export function isHeapObjectOfType(v: i32, type: i32): bool {
  return (v & 1) !== 0 && instanceTypeOf(v) === type;
}

// ---- numbers -----------------------------------------------------------------------------------

export function isHeapNumber(v: i32): bool {
  return (v & 1) !== 0 && H32[(v - 1) >> 2] === rootGet(RootIndex.heapNumberMap);
}
export function isNumber(v: i32): bool {
  return (v & 1) === 0 || isHeapNumber(v);
}
/** A boxed double. May GC. */
export function heapNumberNew(value: f64): i32 {
  const addr: i32 = allocate(HeapNumberLayout.size);
  H32[addr >> 2] = rootGet(RootIndex.heapNumberMap);
  H32[(addr + 4) >> 2] = 0;
  HF64[(addr + HeapNumberLayout.value) >> 3] = value;
  return addr | 1;
}
export function heapNumberValue(v: i32): f64 {
  return HF64[(v - 1 + HeapNumberLayout.value) >> 3];
}
/** The canonical number value: a Smi when integral, in range and not -0, else a HeapNumber. May GC. */
export function numberNew(value: f64): i32 {
  const n: i32 = value | 0;
  if (n === value && smiFits(n) && (n !== 0 || 1 / value > 0)) return smiFrom(n);
  return heapNumberNew(value);
}
export function numberValue(v: i32): f64 {
  return (v & 1) === 0 ? smiValue(v) : heapNumberValue(v);
}

// ---- fixed arrays ------------------------------------------------------------------------------

export function fixedArraySize(length: i32): i32 {
  return (FixedArrayLayout.elements + (length << 2) + 7) & ~7;
}
/** A FixedArray-shaped object of `length` slots set to `fill`, with map root `mapRoot`. May GC. */
export function fixedArrayNewWithMap(mapRoot: i32, length: i32, fillValue: i32, old: bool): i32 {
  const size: i32 = fixedArraySize(length);
  const scope: i32 = handleScopeOpen();
  const hFill: i32 = handleNew(fillValue);
  const addr: i32 = old ? allocateOld(size) : allocate(size);
  const fill: i32 = handleGet(hFill);
  handleScopeClose(scope);
  H32[addr >> 2] = rootGet(mapRoot);
  H32[(addr + FixedArrayLayout.length) >> 2] = length;
  const end: i32 = (addr + FixedArrayLayout.elements + (length << 2)) | 0;
  for (let slot: i32 = (addr + FixedArrayLayout.elements) | 0; slot < end; slot = (slot + 4) | 0) H32[slot >> 2] = fill;
  // An old or large array filled with a young value: every slot goes through the barrier.
  if ((fill & 1) !== 0 && isInYoung((fill - 1) | 0) && !isInYoung(addr)) {
    for (let i: i32 = 0; i < length; i++) fixedArraySet(addr | 1, i, fill);
  }
  return addr | 1;
}
/** A FixedArray of `length` undefineds (the shared empty array when 0). May GC. */
export function fixedArrayNew(length: i32): i32 {
  if (length === 0) return rootGet(RootIndex.emptyFixedArray);
  return fixedArrayNewWithMap(RootIndex.fixedArrayMap, length, rootGet(RootIndex.undefinedValue), false);
}
export function fixedArrayLength(a: i32): i32 {
  return rawGet(a, FixedArrayLayout.length);
}
export function fixedArrayGet(a: i32, index: i32): i32 {
  return H32[(a - 1 + FixedArrayLayout.elements + (index << 2)) >> 2];
}
/** Stores with the write barrier. No GC. */
export function fixedArraySet(a: i32, index: i32, value: i32): void {
  fieldSet(a, (FixedArrayLayout.elements + (index << 2)) | 0, value);
}
/**
 * A copy of `a` with `newLength` slots (truncating, or padding with `fill`), same map. May GC.
 */
export function fixedArrayCopyResize(a: i32, newLength: i32, fill: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hA: i32 = handleNew(a);
  const hFill: i32 = handleNew(fill);
  const size: i32 = fixedArraySize(newLength);
  const addr: i32 = allocate(size);
  const src: i32 = handleGet(hA);
  const oldLength: i32 = fixedArrayLength(src);
  const n: i32 = oldLength < newLength ? oldLength : newLength;
  H32[addr >> 2] = H32[(src - 1) >> 2];
  H32[(addr + FixedArrayLayout.length) >> 2] = newLength;
  const dst: i32 = addr | 1;
  for (let i: i32 = 0; i < n; i++) fixedArraySet(dst, i, fixedArrayGet(src, i));
  const f: i32 = handleGet(hFill);
  for (let i: i32 = n; i < newLength; i++) fixedArraySet(dst, i, f);
  handleScopeClose(scope);
  return dst;
}

// ---- double and byte arrays ------------------------------------------------------------------

/** The hole in a FixedDoubleArray: a NaN bit pattern no arithmetic produces. */
export const HOLE_NAN_UPPER: i32 = -524289;
export const HOLE_NAN_LOWER: i32 = -524289;

export function fixedDoubleArrayNew(length: i32): i32 {
  const size: i32 = (FixedDoubleArrayLayout.elements + (length << 3)) | 0;
  const addr: i32 = allocate(size);
  H32[addr >> 2] = rootGet(RootIndex.fixedDoubleArrayMap);
  H32[(addr + FixedDoubleArrayLayout.length) >> 2] = length;
  for (let i: i32 = 0; i < length; i++) fixedDoubleArraySetHole(addr | 1, i);
  return addr | 1;
}
export function fixedDoubleArrayGet(a: i32, index: i32): f64 {
  return HF64[(a - 1 + FixedDoubleArrayLayout.elements + (index << 3)) >> 3];
}
export function fixedDoubleArrayIsHole(a: i32, index: i32): bool {
  const at: i32 = (a - 1 + FixedDoubleArrayLayout.elements + (index << 3)) | 0;
  return H32[(at + 4) >> 2] === HOLE_NAN_UPPER && H32[at >> 2] === HOLE_NAN_LOWER;
}
/** Stores a double; NaNs are canonicalised so that none looks like the hole. */
export function fixedDoubleArraySet(a: i32, index: i32, value: f64): void {
  const at: i32 = (a - 1 + FixedDoubleArrayLayout.elements + (index << 3)) | 0;
  if (value !== value) {
    H32[at >> 2] = 0;
    H32[(at + 4) >> 2] = 2146959360;
  } else {
    HF64[at >> 3] = value;
  }
}
export function fixedDoubleArraySetHole(a: i32, index: i32): void {
  const at: i32 = (a - 1 + FixedDoubleArrayLayout.elements + (index << 3)) | 0;
  H32[at >> 2] = HOLE_NAN_LOWER;
  H32[(at + 4) >> 2] = HOLE_NAN_UPPER;
}
export function fixedDoubleArrayLength(a: i32): i32 {
  return rawGet(a, FixedDoubleArrayLayout.length);
}

export function byteArrayNew(length: i32): i32 {
  const addr: i32 = allocate((ByteArrayLayout.bytes + length + 7) & ~7);
  H32[addr >> 2] = rootGet(RootIndex.byteArrayMap);
  H32[(addr + ByteArrayLayout.length) >> 2] = length;
  return addr | 1;
}
export function byteArrayLength(a: i32): i32 {
  return rawGet(a, ByteArrayLayout.length);
}
/** Address of byte `index` of a ByteArray (valid until the next allocation). */
export function byteArrayAddress(a: i32, index: i32): i32 {
  return (a - 1 + ByteArrayLayout.bytes + index) | 0;
}

// ---- accessor pairs and symbols -------------------------------------------------------------

export function accessorPairNew(getter: i32, setter: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hG: i32 = handleNew(getter);
  const hS: i32 = handleNew(setter);
  const addr: i32 = allocate(AccessorPairLayout.size);
  H32[addr >> 2] = rootGet(RootIndex.accessorPairMap);
  const p: i32 = addr | 1;
  fieldSet(p, AccessorPairLayout.getter, handleGet(hG));
  fieldSet(p, AccessorPairLayout.setter, handleGet(hS));
  handleScopeClose(scope);
  return p;
}
export function accessorPairGetter(p: i32): i32 {
  return fieldGet(p, AccessorPairLayout.getter);
}
export function accessorPairSetter(p: i32): i32 {
  return fieldGet(p, AccessorPairLayout.setter);
}

let symbolHashSeed: i32 = 0x2545f491;

/** A new symbol with `description` (a string or undefined). Its hash is a deterministic sequence. May GC. */
export function symbolNew(description: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hD: i32 = handleNew(description);
  const addr: i32 = allocate(SymbolLayout.size);
  H32[addr >> 2] = rootGet(RootIndex.symbolMap);
  symbolHashSeed = (Math.imul(symbolHashSeed, 1103515245) + 12345) | 0;
  H32[(addr + SymbolLayout.hash) >> 2] = (symbolHashSeed >>> 2) | 1;
  fieldSet(addr | 1, SymbolLayout.description, handleGet(hD));
  handleScopeClose(scope);
  return addr | 1;
}
export function symbolHash(s: i32): i32 {
  return rawGet(s, SymbolLayout.hash);
}
export function isSymbol(v: i32): bool {
  return (v & 1) !== 0 && H32[(v - 1) >> 2] === rootGet(RootIndex.symbolMap);
}
/** True for JS objects (every kind from JS_OBJECT on). */
export function isJSObject(v: i32): bool {
  return (v & 1) !== 0 && instanceTypeOf(v) >= InstanceType.FIRST_JS_OBJECT_TYPE;
}
