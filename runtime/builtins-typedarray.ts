// Typed arrays (integer-indexed exotic objects, spec 10.4.5) and DataView objects: creation,
// length (with length-tracking views over resizable buffers), and the element reads and writes
// behind the exotic [[Get]]/[[Set]]/[[HasProperty]]/[[GetOwnProperty]]/[[DefineOwnProperty]]/
// [[OwnPropertyKeys]] that semantics-lookup.ts and property-access.ts dispatch to
// (docs/exotic-objects.md). Constructors and prototype methods are self-hosted
// (stage1/35-typedarray.js) on the `__ouro` intrinsics at the end of this file.
import type { i32, f64, bool } from './types.ts';
import { smiFrom, smiValue } from './memory.ts';
import { fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType, JSTypedArrayLayout, TypedArrayKind } from './layouts.ts';
import { undefinedValue, instanceTypeOf, isJSObject } from './values.ts';
import { isException } from './errors.ts';
import { toNumber, toBigInt } from './conversions.ts';
import { isBigInt } from './bigint.ts';
import { arg, numberF64 } from './builtins-util.ts';
import {
  ExoticMapSlot, exoticObjectNew, elementSize, arrayBufferViewedLength, bufferElementRead, bufferElementWrite,
  bufferElementWriteBigInt, FIRST_BIGINT_KIND,
} from './builtins-arraybuffer.ts';

/** The DataView pseudo-kind of __ouro.taNew / taInfo. */
const DATA_VIEW_KIND: i32 = 12;

export function isTypedArray(v: i32): bool {
  return (v & 1) !== 0 && isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_TYPED_ARRAY;
}

export function isDataView(v: i32): bool {
  return (v & 1) !== 0 && isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_DATA_VIEW;
}

export function typedArrayKind(ta: i32): i32 {
  return smiValue(fieldGet(ta, JSTypedArrayLayout.flags)) & 15;
}

export function typedArrayBuffer(ta: i32): i32 {
  return fieldGet(ta, JSTypedArrayLayout.buffer);
}

/**
 * The current length of a typed array in elements (or of a DataView in bytes), or -1 when the
 * view is out of bounds: its buffer detached, or shrunk below the view (IsTypedArrayOutOfBounds /
 * IsViewOutOfBounds). Length-tracking views follow the buffer. No GC.
 */
export function viewLength(v: i32): i32 {
  const bufferLength: i32 = arrayBufferViewedLength(fieldGet(v, JSTypedArrayLayout.buffer));
  if (bufferLength < 0) return -1;
  const offset: i32 = smiValue(fieldGet(v, JSTypedArrayLayout.byteOffset));
  const raw: i32 = smiValue(fieldGet(v, JSTypedArrayLayout.length));
  const size: i32 = instanceTypeOf(v) === InstanceType.JS_DATA_VIEW ? 1 : elementSize(typedArrayKind(v));
  if (offset > bufferLength) return -1;
  if (raw < 0) return (((bufferLength - offset) | 0) / size) | 0;
  if (((offset + Math.imul(raw, size)) | 0) > bufferLength) return -1;
  return raw;
}

/** IsValidIntegerIndex(ta, index) for an array index. No GC. */
export function typedArrayValidIndex(ta: i32, index: f64): bool {
  return index >= 0 && index < viewLength(ta);
}

/** TypedArrayGetElement: the element, or undefined for an invalid index. May GC (a HeapNumber). */
export function typedArrayGet(ta: i32, index: f64): i32 {
  if (!typedArrayValidIndex(ta, index)) return undefinedValue();
  const kind: i32 = typedArrayKind(ta);
  const offset: i32 = smiValue(fieldGet(ta, JSTypedArrayLayout.byteOffset));
  return bufferElementRead(typedArrayBuffer(ta), (offset + Math.imul(index | 0, elementSize(kind))) | 0, kind, true);
}

/**
 * TypedArraySetElement: ToNumber(value) first (it may run JavaScript, detach or shrink the
 * buffer), then the store when the index is still valid. Returns undefined or the sentinel. May GC.
 */
export function typedArraySet(ta: i32, index: f64, value: i32): i32 {
  let n: i32 = value;
  const big: bool = typedArrayKind(ta) >= FIRST_BIGINT_KIND;
  if (big ? !isBigInt(value) : !isNumberLike(value)) {
    const scope: i32 = handleScopeOpen();
    const hTa: i32 = handleNew(ta);
    n = big ? toBigInt(value) : toNumber(value);
    ta = handleGet(hTa);
    handleScopeClose(scope);
    if (isException(n)) return n;
  }
  if (!typedArrayValidIndex(ta, index)) return undefinedValue();
  const kind: i32 = typedArrayKind(ta);
  const offset: i32 = smiValue(fieldGet(ta, JSTypedArrayLayout.byteOffset));
  const byteIndex: i32 = (offset + Math.imul(index | 0, elementSize(kind))) | 0;
  if (big) bufferElementWriteBigInt(typedArrayBuffer(ta), byteIndex, n, true);
  else bufferElementWrite(typedArrayBuffer(ta), byteIndex, kind, numberF64(n), true);
  return undefinedValue();
}

/** TypedArraySetElement of a Number kind with a number already converted: the store when the index is valid. No GC. */
export function typedArraySetNumber(ta: i32, index: f64, x: f64): void {
  if (!typedArrayValidIndex(ta, index)) return;
  const kind: i32 = typedArrayKind(ta);
  const offset: i32 = smiValue(fieldGet(ta, JSTypedArrayLayout.byteOffset));
  bufferElementWrite(typedArrayBuffer(ta), (offset + Math.imul(index | 0, elementSize(kind))) | 0, kind, x, true);
}

function isNumberLike(v: i32): bool {
  return (v & 1) === 0 || instanceTypeOf(v) === InstanceType.HEAP_NUMBER;
}

/**
 * A new typed array of `kind` (or a DataView for DATA_VIEW_KIND) with prototype `proto` over
 * `buffer` from `byteOffset`, `length` elements (bytes for a DataView; -1 tracks the buffer). The
 * caller (the library) has checked the ranges. May GC.
 */
export function typedArrayNew(proto: i32, kind: i32, buffer: i32, byteOffset: i32, length: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hBuffer: i32 = handleNew(buffer);
  const dataView: bool = kind === DATA_VIEW_KIND;
  const obj: i32 = exoticObjectNew(dataView ? ExoticMapSlot.DataView : (ExoticMapSlot.TypedArray + kind) | 0,
    dataView ? InstanceType.JS_DATA_VIEW : InstanceType.JS_TYPED_ARRAY, JSTypedArrayLayout.size, proto, 0);
  fieldSet(obj, JSTypedArrayLayout.buffer, handleGet(hBuffer));
  fieldSet(obj, JSTypedArrayLayout.byteOffset, smiFrom(byteOffset));
  fieldSet(obj, JSTypedArrayLayout.length, smiFrom(length));
  fieldSet(obj, JSTypedArrayLayout.flags, smiFrom(dataView ? 0 : kind));
  fieldSet(obj, JSTypedArrayLayout.pad, smiFrom(0));
  handleScopeClose(scope);
  return obj;
}

// ---- library intrinsics (stage1/35-typedarray.js) --------------------------------------------------

/** __ouro.taNew(proto, kind, buffer, byteOffset, length | -1): a typed array (kind 12: a DataView). */
export function ouroTaNew(argv: i32, argc: i32): i32 {
  return typedArrayNew(arg(argv, argc, 0), smiValue(arg(argv, argc, 1)), arg(argv, argc, 2), smiValue(arg(argv, argc, 3)),
    smiValue(arg(argv, argc, 4)));
}

/**
 * __ouro.taInfo(v, field) for typed arrays and DataViews, -1 for anything else: 0 kind (12 for a
 * DataView), 1 buffer, 2 byteOffset, 3 the fixed length (-1 when tracking), 4 the current length
 * (-1 when out of bounds).
 */
export function ouroTaInfo(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  const dataView: bool = isDataView(v);
  if (!dataView && !isTypedArray(v)) return smiFrom(-1);
  switch (smiValue(arg(argv, argc, 1))) {
    case 0:
      return smiFrom(dataView ? DATA_VIEW_KIND : typedArrayKind(v));
    case 1:
      return fieldGet(v, JSTypedArrayLayout.buffer);
    case 2:
      return fieldGet(v, JSTypedArrayLayout.byteOffset);
    case 3:
      return fieldGet(v, JSTypedArrayLayout.length);
    default:
      return smiFrom(viewLength(v));
  }
}

/** The kind of Float64 elements (for the library's tables). */
export const TYPED_ARRAY_KIND_COUNT: i32 = TypedArrayKind.count;
