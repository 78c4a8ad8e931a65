// ArrayBuffer / SharedArrayBuffer storage and the raw element codec shared by typed arrays and
// DataView (docs/exotic-objects.md). The constructors and prototype methods are self-hosted
// (stage1/35-typedarray.js); the kernel owns the objects, their maps and the bytes.
//
// Storage: an ArrayBuffer's bytes are a ByteArray in the heap (`store`), allocated at maxByteLength
// for resizable buffers so that resize never moves data between stores; the GC may move it (large
// ones live in large-object space and stay put), so every access re-reads `store` from the buffer.
// A SharedArrayBuffer's bytes live outside the heap in a host shared block (`store` is its id, a
// Smi), so that agents — engines with heaps of their own — share them; its length is the block's.
// Every byte access goes through the accessors below (bufferElementRead/Write, bufferCopy), which
// test the store's tag: in-heap stores are read in place as before, blocks through the host.
// Sizes are Smis: a buffer is below 2^30 bytes and below the free heap, else RangeError "Array
// buffer allocation failed" (never a fatal out-of-memory).
//
// The element codec reads and writes the 12 element types at any byte index, little- or
// big-endian, through an 8-byte scratch area (the bytes are gathered there in little-endian order
// and decoded with the heap views).
import type { i32, f64, bool } from './types.ts';
import {
  H8, H16, H32, HF64, hostSharedAlloc, hostSharedLength, hostSharedMaxLength, hostSharedGrow, hostSharedRead, hostSharedWrite,
  hostSharedCopy, hostSharedAtomic, hostSharedWait, hostSharedWaitAsync, hostSharedPoll, hostSharedNotify,
} from './host/host.ts';
import { smiFrom, smiValue, PAGED_START, PAGE_SHIFT, memoryCopy, memoryFill } from './memory.ts';
import { fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet, oldTop, largeBottomPage } from './heap.ts';
import {
  InstanceType, JSArrayBufferLayout, ArrayBufferFlag, ElementsKind, MapBit, MapLayout, TypedArrayKind, JSObjectLayout,
} from './layouts.ts';
import {
  undefinedValue, instanceTypeOf, fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, byteArrayNew,
  numberNew, isJSObject,
} from './values.ts';
import { mapNew, mapPrototype } from './maps.ts';
import { objectNew } from './objects.ts';
import { dictionaryNew } from './dictionary.ts';
import { intrinsicGet, intrinsicSet, Intrinsic } from './realm.ts';
import { throwErrorLit, ErrorKind, exceptionSentinel } from './errors.ts';
import { atom } from './atoms.ts';
import { bignumAt } from './bignum.ts';
import { isBigInt, bigIntFromInt64, bigIntFromUint64, bigIntInt64Low, bigIntInt64High } from './bigint.ts';
import { arg, boolResult, numberF64, isNumberValue, argToF64, convF64 } from './builtins-util.ts';

/** Slots of the Intrinsic.ExoticMaps FixedArray: the last map made for each kind of exotic object. */
export const ExoticMapSlot = { ArrayBuffer: 0, SharedArrayBuffer: 1, DataView: 2, Proxy: 3, CallableProxy: 4, TypedArray: 5, count: 17 } as const;

/** Bytes per element of each TypedArrayKind. */
const ELEMENT_SIZE: Int32Array = new Int32Array([1, 1, 1, 2, 2, 4, 4, 2, 4, 8, 8, 8]);

/** Largest buffer: a Smi byte length. */
const MAX_BUFFER_BYTES: i32 = 1073741823;
const TWO32: f64 = 4294967296;
/** BigInt64 and BigUint64 elements are BigInts (TypedArrayKind.BigInt64 and up). */
export const FIRST_BIGINT_KIND: i32 = TypedArrayKind.BigInt64;

export function elementSize(kind: i32): i32 {
  return ELEMENT_SIZE[kind & 15];
}

/**
 * A map for an exotic object of `type` with prototype `proto`: the cached one of slot `slot` when
 * its prototype matches, else a new one (cached in its place). Exotic maps have DICTIONARY
 * elements, no in-object properties; `bits` are added to the bit field (DICTIONARY for proxies,
 * CALLABLE for callable proxies). May GC.
 */
export function exoticMapFor(slot: i32, type: i32, size: i32, proto: i32, bits: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hProto: i32 = handleNew(proto);
  let table: i32 = intrinsicGet(Intrinsic.ExoticMaps);
  if ((table & 1) === 0 || table === undefinedValue() || fixedArrayLength(table) < ExoticMapSlot.count) {
    table = fixedArrayNew(ExoticMapSlot.count);
    intrinsicSet(Intrinsic.ExoticMaps, table);
  }
  const cached: i32 = fixedArrayGet(intrinsicGet(Intrinsic.ExoticMaps), slot);
  if ((cached & 1) !== 0 && cached !== undefinedValue() && mapPrototype(cached) === handleGet(hProto)) {
    handleScopeClose(scope);
    return cached;
  }
  const map: i32 = mapNew(type, size, 0, handleGet(hProto), ElementsKind.DICTIONARY);
  H32[(map - 1 + MapLayout.bitField) >> 2] = H32[(map - 1 + MapLayout.bitField) >> 2] | bits;
  fixedArraySet(intrinsicGet(Intrinsic.ExoticMaps), slot, map);
  handleScopeClose(scope);
  return map;
}

/**
 * A new exotic object with a map from exoticMapFor: fields after the JSObject header undefined,
 * elements an empty NumberDictionary (so that code which does not know the object sees no
 * elements). May GC.
 */
export function exoticObjectNew(slot: i32, type: i32, size: i32, proto: i32, bits: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const map: i32 = exoticMapFor(slot, type, size, proto, bits);
  const hObj: i32 = handleNew(objectNew(map));
  const elements: i32 = dictionaryNew(1);
  fieldSet(handleGet(hObj), JSObjectLayout.elements, elements);
  if ((bits & MapBit.DICTIONARY) !== 0) {
    const properties: i32 = dictionaryNew(1);
    fieldSet(handleGet(hObj), JSObjectLayout.properties, properties);
  }
  const obj: i32 = handleGet(hObj);
  handleScopeClose(scope);
  return obj;
}

// ---- buffers -----------------------------------------------------------------------------------------

export function isArrayBuffer(v: i32): bool {
  return (v & 1) !== 0 && isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_ARRAY_BUFFER;
}

export function arrayBufferFlags(b: i32): i32 {
  return smiValue(fieldGet(b, JSArrayBufferLayout.flags));
}

export function arrayBufferIsDetached(b: i32): bool {
  return (arrayBufferFlags(b) & ArrayBufferFlag.detached) !== 0;
}

/** The current byte length (0 once detached; a shared block's length, which other agents may grow). No GC. */
export function arrayBufferByteLength(b: i32): i32 {
  if ((arrayBufferFlags(b) & ArrayBufferFlag.shared) !== 0) return hostSharedLength(smiValue(fieldGet(b, JSArrayBufferLayout.store)));
  return smiValue(fieldGet(b, JSArrayBufferLayout.byteLength));
}

/**
 * The byte length a view sees: -1 once detached, else arrayBufferByteLength — from one read of the
 * flags, so that the length check of every typed array element access costs what it did before
 * shared blocks. No GC.
 */
export function arrayBufferViewedLength(b: i32): i32 {
  const flags: i32 = arrayBufferFlags(b);
  if ((flags & ArrayBufferFlag.detached) !== 0) return -1;
  if ((flags & ArrayBufferFlag.shared) !== 0) return hostSharedLength(smiValue(fieldGet(b, JSArrayBufferLayout.store)));
  return smiValue(fieldGet(b, JSArrayBufferLayout.byteLength));
}

/** The ByteArray holding the bytes (undefined once detached), or the Smi id of a shared block. No GC. */
export function arrayBufferStore(b: i32): i32 {
  return fieldGet(b, JSArrayBufferLayout.store);
}

/** The host shared block of a SharedArrayBuffer, -1 for anything else. No GC. */
export function arrayBufferSharedBlock(v: i32): i32 {
  if (!isArrayBuffer(v)) return -1;
  const store: i32 = fieldGet(v, JSArrayBufferLayout.store);
  return (store & 1) === 0 ? smiValue(store) : -1;
}

/** True when `bytes` can be allocated without exhausting the heap (a rough bound: the free paged space, with 4 MB to spare). No GC. */
function bufferSizeFits(bytes: f64): bool {
  if (bytes > MAX_BUFFER_BYTES) return false;
  const free: f64 = +((PAGED_START + (largeBottomPage << PAGE_SHIFT) - oldTop) | 0);
  return bytes + 4194304 < free;
}

/**
 * A new buffer with prototype `proto`: `byteLength` zero bytes, resizable up to `maxByteLength`
 * when that is >= 0, shared when `shared`. RangeError when it cannot be allocated. May GC.
 */
export function arrayBufferNew(proto: i32, byteLength: f64, maxByteLength: f64, shared: bool): i32 {
  const capacity: f64 = maxByteLength >= 0 ? maxByteLength : byteLength;
  if (!(byteLength >= 0) || capacity > MAX_BUFFER_BYTES || (!shared && !bufferSizeFits(capacity))) {
    return throwErrorLit(ErrorKind.RangeError, 'Array buffer allocation failed');
  }
  if (shared) {
    const block: i32 = hostSharedAlloc(byteLength | 0, maxByteLength >= 0 ? maxByteLength | 0 : -1);
    if (block < 0) return throwErrorLit(ErrorKind.RangeError, 'Array buffer allocation failed');
    return sharedArrayBufferNew(proto, block);
  }
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(exoticObjectNew(ExoticMapSlot.ArrayBuffer, InstanceType.JS_ARRAY_BUFFER, JSArrayBufferLayout.size, proto, 0));
  const n: i32 = capacity | 0;
  const store: i32 = byteArrayNew(n);
  memoryFill((store - 1 + 8) | 0, 0, n);
  const obj: i32 = handleGet(hObj);
  fieldSet(obj, JSArrayBufferLayout.store, store);
  fieldSet(obj, JSArrayBufferLayout.byteLength, smiFrom(byteLength | 0));
  fieldSet(obj, JSArrayBufferLayout.maxByteLength, smiFrom(maxByteLength >= 0 ? maxByteLength | 0 : -1));
  let flags: i32 = shared ? ArrayBufferFlag.shared : 0;
  if (maxByteLength >= 0) flags = flags | ArrayBufferFlag.resizable;
  fieldSet(obj, JSArrayBufferLayout.flags, smiFrom(flags));
  fieldSet(obj, JSArrayBufferLayout.pad, smiFrom(0));
  handleScopeClose(scope);
  return obj;
}

/**
 * A SharedArrayBuffer with prototype `proto` over host shared block `block` (a new one, or one
 * another agent sent: its length and growability are the block's). May GC.
 */
export function sharedArrayBufferNew(proto: i32, block: i32): i32 {
  const obj: i32 = exoticObjectNew(ExoticMapSlot.SharedArrayBuffer, InstanceType.JS_ARRAY_BUFFER, JSArrayBufferLayout.size, proto, 0);
  const max: i32 = hostSharedMaxLength(block);
  fieldSet(obj, JSArrayBufferLayout.store, smiFrom(block));
  fieldSet(obj, JSArrayBufferLayout.byteLength, smiFrom(hostSharedLength(block)));
  fieldSet(obj, JSArrayBufferLayout.maxByteLength, smiFrom(max));
  fieldSet(obj, JSArrayBufferLayout.flags, smiFrom(max >= 0 ? ArrayBufferFlag.shared | ArrayBufferFlag.resizable : ArrayBufferFlag.shared));
  fieldSet(obj, JSArrayBufferLayout.pad, smiFrom(0));
  return obj;
}

/**
 * DetachArrayBuffer(buffer) (spec 25.1.3.5), exported for $262.detachArrayBuffer: the bytes are
 * dropped, byteLength becomes 0. TypeError for a non-buffer or a SharedArrayBuffer. Returns
 * undefined or the sentinel. No GC except for the error.
 */
export function arrayBufferDetach(buffer: i32): i32 {
  if (!isArrayBuffer(buffer) || (arrayBufferFlags(buffer) & ArrayBufferFlag.shared) !== 0) {
    return throwErrorLit(ErrorKind.TypeError, 'Cannot detach: not an ArrayBuffer');
  }
  fieldSet(buffer, JSArrayBufferLayout.store, undefinedValue());
  fieldSet(buffer, JSArrayBufferLayout.byteLength, smiFrom(0));
  fieldSet(buffer, JSArrayBufferLayout.flags, smiFrom(arrayBufferFlags(buffer) | ArrayBufferFlag.detached));
  return undefinedValue();
}

/** Heap address of byte `index` of an in-heap store (valid until the next allocation). No GC. */
function storeAddress(store: i32, index: i32): i32 {
  return (store - 1 + 8 + index) | 0;
}

// ---- the accessor layer: every read and write of buffer bytes --------------------------------------
// A store with the Smi tag is a shared block; an element of it is staged through 16 bytes next to the
// codec's scratch and decoded there, so the codec itself only ever sees heap addresses.

/** The staging area for shared elements and atomic operands: 16 bytes after the codec's scratch. */
function staging(): i32 {
  return (scratch() + 8) | 0;
}

/** The element of `kind` at byte `index` of buffer `b` (little-endian when `little`). May GC (a HeapNumber or BigInt). */
export function bufferElementRead(b: i32, index: i32, kind: i32, little: bool): i32 {
  const store: i32 = fieldGet(b, JSArrayBufferLayout.store);
  if ((store & 1) !== 0) return rawElementRead(storeAddress(store, index), kind, little);
  const s: i32 = staging();
  hostSharedRead(smiValue(store), index, s, ELEMENT_SIZE[kind]);
  return rawElementRead(s, kind, little);
}

/** Writes number `x` as an element of `kind` at byte `index` of buffer `b`. No GC. */
export function bufferElementWrite(b: i32, index: i32, kind: i32, x: f64, little: bool): void {
  const store: i32 = fieldGet(b, JSArrayBufferLayout.store);
  if ((store & 1) !== 0) {
    rawElementWrite(storeAddress(store, index), kind, x, little);
    return;
  }
  const s: i32 = staging();
  rawElementWrite(s, kind, x, little);
  hostSharedWrite(smiValue(store), index, s, ELEMENT_SIZE[kind]);
}

/** Writes BigInt `v` as a 64-bit element at byte `index` of buffer `b`. No GC. */
export function bufferElementWriteBigInt(b: i32, index: i32, v: i32, little: bool): void {
  const store: i32 = fieldGet(b, JSArrayBufferLayout.store);
  if ((store & 1) !== 0) {
    rawElementWriteBigInt(storeAddress(store, index), v, little);
    return;
  }
  const s: i32 = staging();
  rawElementWriteBigInt(s, v, little);
  hostSharedWrite(smiValue(store), index, s, 8);
}

/** memmove of `n` bytes from byte `srcIndex` of `src` to byte `dstIndex` of `dst`, in the heap or in shared blocks. No GC. */
export function bufferCopy(dst: i32, dstIndex: i32, src: i32, srcIndex: i32, n: i32): void {
  const d: i32 = fieldGet(dst, JSArrayBufferLayout.store);
  const s: i32 = fieldGet(src, JSArrayBufferLayout.store);
  if ((d & 1) !== 0 && (s & 1) !== 0) memoryCopy(storeAddress(d, dstIndex), storeAddress(s, srcIndex), n);
  else if ((d & 1) !== 0) hostSharedRead(smiValue(s), srcIndex, storeAddress(d, dstIndex), n);
  else if ((s & 1) !== 0) hostSharedWrite(smiValue(d), dstIndex, storeAddress(s, srcIndex), n);
  else hostSharedCopy(smiValue(d), dstIndex, smiValue(s), srcIndex, n);
}

// ---- the element codec ----------------------------------------------------------------------------

/** An 8-byte aligned scratch area (in the GC worklist region, next to the bignums; never live across a call). */
function scratch(): i32 {
  return (bignumAt(9) + 7) & ~7;
}

function roundHalfEven(m: f64): f64 {
  const f: f64 = Math.floor(m);
  const d: f64 = m - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f - 2 * Math.floor(f / 2) === 0 ? f : f + 1;
}

/** IEEE binary16 bits of x, rounded to nearest, ties to even. No GC. */
export function f16Bits(v: f64): i32 {
  let x: f64 = v;
  if (x !== x) return 0x7e00;
  let sign: i32 = 0;
  if (x < 0 || (x === 0 && 1 / x < 0)) {
    sign = 0x8000;
    x = -x;
  }
  if (x >= 65520) return sign | 0x7c00;
  if (x === 0) return sign;
  if (x < 6.103515625e-5) return sign | (roundHalfEven(x * 16777216) | 0);
  let e: i32 = 0;
  let p: f64 = 1;
  while (p * 2 <= x) {
    p = p * 2;
    e = (e + 1) | 0;
  }
  while (p > x) {
    p = p / 2;
    e = (e - 1) | 0;
  }
  const m: i32 = roundHalfEven((x / p - 1) * 1024) | 0;
  return sign | ((((e + 15) << 10) + m) | 0);
}

/** The value of binary16 bits `h`. No GC. */
export function f16Value(h: i32): f64 {
  const sign: f64 = (h & 0x8000) !== 0 ? -1 : 1;
  const e: i32 = (h >> 10) & 31;
  const m: i32 = h & 1023;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 5.960464477539063e-8;
  let p: f64 = 1;
  for (let i: i32 = 15; i < e; i++) p = p * 2;
  for (let i: i32 = e; i < 15; i++) p = p / 2;
  return sign * p * (1 + (+m) / 1024);
}

/** Math.f16round. */
export function f16Round(x: f64): f64 {
  return f16Value(f16Bits(x));
}

/** Binary32 bits of x (after rounding to float32). Uses the scratch area. No GC. */
function f32Bits(v: f64): i32 {
  const x: f64 = Math.fround(v);
  if (x !== x) return 0x7fc00000;
  const s: i32 = scratch();
  HF64[s >> 3] = x;
  const lo: i32 = H32[s >> 2];
  const hi: i32 = H32[(s + 4) >> 2];
  const sign: i32 = hi & (0x80000000 | 0);
  const exp: i32 = (hi >>> 20) & 2047;
  if (exp === 2047) return sign | 0x7f800000;
  if (exp === 0) return sign;
  const e: i32 = (exp - 1023) | 0;
  const top: i32 = ((hi & 0xfffff) << 3) | (lo >>> 29);
  if (e >= -126) return sign | (((e + 127) << 23) | top);
  return sign | ((top | 0x800000) >> ((-126 - e) | 0));
}

/** The value of binary32 bits `b`. Uses the scratch area. No GC. */
function f32Value(b: i32): f64 {
  const exp: i32 = (b >>> 23) & 255;
  const m: i32 = b & 0x7fffff;
  const neg: bool = (b & (0x80000000 | 0)) !== 0;
  if (exp === 255) return m !== 0 ? NaN : neg ? -Infinity : Infinity;
  if (exp === 0) {
    const x: f64 = m * 1.401298464324817e-45;
    return neg ? -x : x;
  }
  const s: i32 = scratch();
  H32[(s + 4) >> 2] = (b & (0x80000000 | 0)) | ((exp - 127 + 1023) << 20) | (m >>> 3);
  H32[s >> 2] = (m & 7) << 29;
  return HF64[s >> 3];
}

/** ToUint8Clamp (spec 7.1.12). */
function uint8Clamp(x: f64): i32 {
  if (!(x > 0)) return 0;
  if (x >= 255) return 255;
  return roundHalfEven(x) | 0;
}

/**
 * Reads the element of `kind` at byte `address` (little-endian when `little`): a Number, or a
 * BigInt for the BigInt kinds. May GC (a HeapNumber or BigInt).
 */
export function rawElementRead(address: i32, kind: i32, little: bool): i32 {
  const size: i32 = ELEMENT_SIZE[kind];
  if (little && (address & (size - 1)) === 0) {
    // Aligned little-endian (every typed array element; the heap is little-endian): read in place.
    switch (kind) {
      case TypedArrayKind.Int8:
        return smiFrom((H8[address] << 24) >> 24);
      case TypedArrayKind.Uint8:
      case TypedArrayKind.Uint8Clamped:
        return smiFrom(H8[address]);
      case TypedArrayKind.Int16:
        return smiFrom((H16[address >> 1] << 16) >> 16);
      case TypedArrayKind.Uint16:
        return smiFrom(H16[address >> 1]);
      case TypedArrayKind.Int32:
        return numberNew(H32[address >> 2]);
      case TypedArrayKind.Float64:
        return numberNew(HF64[address >> 3]);
      default:
        break;
    }
  }
  const s: i32 = scratch();
  for (let i: i32 = 0; i < size; i++) H8[(s + i) | 0] = H8[little ? (address + i) | 0 : (address + size - 1 - i) | 0];
  switch (kind) {
    case TypedArrayKind.Int8:
      return smiFrom((H8[s] << 24) >> 24);
    case TypedArrayKind.Uint8:
    case TypedArrayKind.Uint8Clamped:
      return smiFrom(H8[s]);
    case TypedArrayKind.Int16:
      return smiFrom((H16[s >> 1] << 16) >> 16);
    case TypedArrayKind.Uint16:
      return smiFrom(H16[s >> 1]);
    case TypedArrayKind.Int32:
      return numberNew(H32[s >> 2]);
    case TypedArrayKind.Uint32:
      return numberNew(H32[s >> 2] >>> 0);
    case TypedArrayKind.Float16:
      return numberNew(f16Value(H16[s >> 1]));
    case TypedArrayKind.Float32:
      return numberNew(f32Value(H32[s >> 2]));
    case TypedArrayKind.Float64:
      return numberNew(HF64[s >> 3]);
    case TypedArrayKind.BigInt64:
      return bigIntFromInt64(H32[s >> 2], H32[(s + 4) >> 2]);
    default:
      return bigIntFromUint64(H32[s >> 2], H32[(s + 4) >> 2]);
  }
}

/** Writes BigInt `b` (already converted with ToBigInt) as a 64-bit element at byte `address`, modulo 2^64. No GC. */
export function rawElementWriteBigInt(address: i32, b: i32, little: bool): void {
  const s: i32 = scratch();
  H32[s >> 2] = bigIntInt64Low(b);
  H32[(s + 4) >> 2] = bigIntInt64High(b);
  for (let i: i32 = 0; i < 8; i++) H8[little ? (address + i) | 0 : (address + 7 - i) | 0] = H8[(s + i) | 0];
}

/** Writes number `x` (already converted with ToNumber) as an element of `kind` at byte `address`. No GC. */
export function rawElementWrite(address: i32, kind: i32, x: f64, little: bool): void {
  const size: i32 = ELEMENT_SIZE[kind];
  if (little && (address & (size - 1)) === 0) {
    switch (kind) {
      case TypedArrayKind.Int8:
      case TypedArrayKind.Uint8:
        H8[address] = (x | 0) & 255;
        return;
      case TypedArrayKind.Int16:
      case TypedArrayKind.Uint16:
        H16[address >> 1] = (x | 0) & 65535;
        return;
      case TypedArrayKind.Int32:
      case TypedArrayKind.Uint32:
        H32[address >> 2] = x | 0;
        return;
      case TypedArrayKind.Float64:
        HF64[address >> 3] = x;
        return;
      default:
        break;
    }
  }
  const s: i32 = scratch();
  switch (kind) {
    case TypedArrayKind.Int8:
    case TypedArrayKind.Uint8:
      H8[s] = (x | 0) & 255;
      break;
    case TypedArrayKind.Uint8Clamped:
      H8[s] = uint8Clamp(x);
      break;
    case TypedArrayKind.Int16:
    case TypedArrayKind.Uint16:
      H16[s >> 1] = (x | 0) & 65535;
      break;
    case TypedArrayKind.Int32:
    case TypedArrayKind.Uint32:
      H32[s >> 2] = x | 0;
      break;
    case TypedArrayKind.Float16:
      H16[s >> 1] = f16Bits(x);
      break;
    case TypedArrayKind.Float32:
      H32[s >> 2] = f32Bits(x);
      break;
    case TypedArrayKind.Float64:
      HF64[s >> 3] = x;
      break;
    default:
      // BigInt kinds are written by rawElementWriteBigInt; a Number here is stored as 0.
      H32[s >> 2] = 0;
      H32[(s + 4) >> 2] = 0;
  }
  for (let i: i32 = 0; i < size; i++) H8[little ? (address + i) | 0 : (address + size - 1 - i) | 0] = H8[(s + i) | 0];
}

// ---- library intrinsics (stage1/35-typedarray.js) --------------------------------------------------

/** __ouro.abNew(proto, byteLength, maxByteLength | -1, shared): a new buffer (RangeError when too large). */
export function ouroAbNew(argv: i32, argc: i32): i32 {
  const proto: i32 = arg(argv, argc, 0);
  const length: f64 = numberF64(arg(argv, argc, 1));
  const max: f64 = numberF64(arg(argv, argc, 2));
  return arrayBufferNew(proto, length, max, arg(argv, argc, 3) === boolResult(true));
}

/**
 * __ouro.abInfo(v, field): 0 byteLength, 1 maxByteLength (-1 fixed), 2 flags (ArrayBufferFlag),
 * 3 the shared block (-1 for an ArrayBuffer); -1 when v is no buffer.
 */
export function ouroAbInfo(argv: i32, argc: i32): i32 {
  const b: i32 = arg(argv, argc, 0);
  if (!isArrayBuffer(b)) return smiFrom(-1);
  switch (smiValue(arg(argv, argc, 1))) {
    case 0:
      return smiFrom(arrayBufferByteLength(b));
    case 1:
      return fieldGet(b, JSArrayBufferLayout.maxByteLength);
    case 2:
      return fieldGet(b, JSArrayBufferLayout.flags);
    default:
      return smiFrom(arrayBufferSharedBlock(b));
  }
}

/** __ouro.abDetach(buffer): DetachArrayBuffer. */
export function ouroAbDetach(argv: i32, argc: i32): i32 {
  return arrayBufferDetach(arg(argv, argc, 0));
}

/**
 * __ouro.abResize(buffer, newByteLength): sets the length of a resizable buffer (checked by the
 * caller); bytes past it are zeroed. A growable SharedArrayBuffer grows its block: false when
 * another agent grew it past the new length meanwhile (the caller re-checks), else true.
 */
export function ouroAbResize(argv: i32, argc: i32): i32 {
  const b: i32 = arg(argv, argc, 0);
  const n: i32 = smiValue(arg(argv, argc, 1));
  const store: i32 = fieldGet(b, JSArrayBufferLayout.store);
  if ((store & 1) === 0) return boolResult(n === hostSharedLength(smiValue(store)) || hostSharedGrow(smiValue(store), n));
  const old: i32 = arrayBufferByteLength(b);
  if (n < old) memoryFill(storeAddress(store, n), 0, (old - n) | 0);
  fieldSet(b, JSArrayBufferLayout.byteLength, smiFrom(n));
  return boolResult(true);
}

/** __ouro.abCopy(dst, dstByte, src, srcByte, count): memmove between (possibly the same) buffers. */
export function ouroAbCopy(argv: i32, argc: i32): i32 {
  const n: i32 = smiValue(arg(argv, argc, 4));
  if (n > 0) bufferCopy(arg(argv, argc, 0), smiValue(arg(argv, argc, 1)), arg(argv, argc, 2), smiValue(arg(argv, argc, 3)), n);
  return undefinedValue();
}

/** __ouro.rawGet(buffer, byteIndex, kind, littleEndian): the element at a checked byte index. */
export function ouroRawGet(argv: i32, argc: i32): i32 {
  return bufferElementRead(arg(argv, argc, 0), smiValue(arg(argv, argc, 1)), smiValue(arg(argv, argc, 2)) & 15,
    arg(argv, argc, 3) === boolResult(true));
}

/** __ouro.rawSet(buffer, byteIndex, kind, number, littleEndian): stores a converted Number at a checked byte index. */
export function ouroRawSet(argv: i32, argc: i32): i32 {
  const b: i32 = arg(argv, argc, 0);
  const v: i32 = arg(argv, argc, 3);
  const index: i32 = smiValue(arg(argv, argc, 1));
  const little: bool = arg(argv, argc, 4) === boolResult(true);
  if (isBigInt(v)) bufferElementWriteBigInt(b, index, v, little);
  else bufferElementWrite(b, index, smiValue(arg(argv, argc, 2)) & 15, isNumberValue(v) ? numberF64(v) : NaN, little);
  return undefinedValue();
}

// ---- Atomics on shared memory (the library keeps the single-agent algorithms for ArrayBuffers) ------

/** Atomic operations of __ouro.abAtomic and hostSharedAtomic (runtime/host/node.ts keeps the order). */
export const SharedAtomicOp = { load: 0, store: 1, add: 2, sub: 3, and: 4, or: 5, xor: 6, exchange: 7, compareExchange: 8 } as const;
/** Results of hostSharedWait. */
export const SharedWaitResult = { ok: 0, notEqual: 1, timedOut: 2 } as const;

/** Stages a Number or BigInt operand at heap `addr` in the host's operand format. No GC. */
function stageOperand(addr: i32, v: i32): void {
  if (isBigInt(v)) {
    H32[addr >> 2] = bigIntInt64Low(v);
    H32[(addr + 4) >> 2] = bigIntInt64High(v);
  } else {
    HF64[addr >> 3] = isNumberValue(v) ? numberF64(v) : 0;
  }
}

/**
 * __ouro.abAtomic(sab, byteIndex, kind, op, value, replacement): atomic operation `op`
 * (SharedAtomicOp) on a SharedArrayBuffer's integer element; operands already converted (Number
 * or BigInt). The old value (a Number, or a BigInt for the BigInt kinds). May GC.
 */
export function ouroAbAtomic(argv: i32, argc: i32): i32 {
  const block: i32 = arrayBufferSharedBlock(arg(argv, argc, 0));
  const kind: i32 = smiValue(arg(argv, argc, 2)) & 15;
  const s: i32 = staging();
  stageOperand(s, arg(argv, argc, 4));
  stageOperand((s + 8) | 0, arg(argv, argc, 5));
  hostSharedAtomic(smiValue(arg(argv, argc, 3)), block, smiValue(arg(argv, argc, 1)), kind, s);
  if (kind === TypedArrayKind.BigInt64) return bigIntFromInt64(H32[s >> 2], H32[(s + 4) >> 2]);
  if (kind === TypedArrayKind.BigUint64) return bigIntFromUint64(H32[s >> 2], H32[(s + 4) >> 2]);
  return numberNew(HF64[s >> 3]);
}

/**
 * __ouro.abWait(sab, byteIndex, kind, value, timeoutMs): Atomics.wait on a SharedArrayBuffer
 * element (value converted, timeout a Number, Infinity for none): blocks this agent. "ok",
 * "not-equal" or "timed-out".
 */
export function ouroAbWait(argv: i32, argc: i32): i32 {
  const s: i32 = staging();
  stageOperand(s, arg(argv, argc, 3));
  const r: i32 = hostSharedWait(arrayBufferSharedBlock(arg(argv, argc, 0)), smiValue(arg(argv, argc, 1)), smiValue(arg(argv, argc, 2)) & 15,
    s, numberF64(arg(argv, argc, 4)));
  if (r === SharedWaitResult.ok) return atom('ok');
  return r === SharedWaitResult.notEqual ? atom('not-equal') : atom('timed-out');
}

/** __ouro.abWaitAsync(sab, byteIndex, kind, value): a waiter slot to poll (>= 0), -1 for not-equal, -2 when none is free. */
export function ouroAbWaitAsync(argv: i32, argc: i32): i32 {
  const s: i32 = staging();
  stageOperand(s, arg(argv, argc, 3));
  return smiFrom(hostSharedWaitAsync(arrayBufferSharedBlock(arg(argv, argc, 0)), smiValue(arg(argv, argc, 1)), smiValue(arg(argv, argc, 2)) & 15, s));
}

/** __ouro.abPoll(slot, cancel): true once the async waiter was notified (its slot is then freed); `cancel` frees it anyway. */
export function ouroAbPoll(argv: i32, argc: i32): i32 {
  return boolResult(hostSharedPoll(smiValue(arg(argv, argc, 0)), arg(argv, argc, 1) === boolResult(true)) === 1);
}

/** __ouro.abFromBlock(proto, block): a SharedArrayBuffer over host shared block `block` (an agent's received broadcast). */
export function ouroAbFromBlock(argv: i32, argc: i32): i32 {
  return sharedArrayBufferNew(arg(argv, argc, 0), smiValue(arg(argv, argc, 1)));
}

/** __ouro.abNotify(sab, byteIndex, count): Atomics.notify on a SharedArrayBuffer element (count a Number, Infinity for all); how many woke. */
export function ouroAbNotify(argv: i32, argc: i32): i32 {
  return smiFrom(hostSharedNotify(arrayBufferSharedBlock(arg(argv, argc, 0)), smiValue(arg(argv, argc, 1)), numberF64(arg(argv, argc, 2))));
}

/** Math.f16round(x). */
export function mathF16round(argv: i32, argc: i32): i32 {
  if (!argToF64(argv, argc, 0)) return exceptionSentinel();
  return numberNew(f16Round(convF64));
}
