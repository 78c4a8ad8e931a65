// The native implementation of the host interface (runtime/host/host.ts), written in kernel TS and
// compiled by the kernel compiler together with every native program: each host function imported
// by kernel code binds to the function of the same name here. docs/codegen-x64.md ("Host
// interface") tables the mapping onto Linux system calls.
//
// Scratch memory: the native executable maps 64 KiB above the kernel's heap limit for this file's
// buffers (number formatting, NUL-terminated paths, timespecs), so it never touches kernel memory.
//
// `hostWriteLit` and `hostFatal` take string literals; the compiler lowers those calls itself (the
// literal's bytes live in read-only data, outside the heap). A `Lit` that is a parameter passed on
// is natively an atom slot; such calls come here (`hostWriteAtom`, `hostFatalAtom`).
import type { bool, f64, i32, u32 } from '../../runtime/types.ts';
import { H8, H32 } from '../../runtime/host/host.ts';
import { sysAtomCharCode, sysAtomLength, sysClockMonotonic, sysClose, sysExit, sysHeapLimit, sysOpen, sysRead, sysScratch, sysWrite } from './native-intrinsics.ts';

const SCRATCH_NUMBER: i32 = 0; // 64 bytes for formatting numbers (built backwards from the end)
const SCRATCH_NUMBER_END: i32 = 64;
const SCRATCH_TIME: i32 = 64; // 16-byte timespec
const SCRATCH_PATH: i32 = 128; // NUL-terminated path, < 4 KiB
const SCRATCH_PATH_MAX: i32 = 4000;
const SCRATCH_DRAIN: i32 = 8192; // 4 KiB to count the bytes of a file beyond `max`
const DRAIN_SIZE: i32 = 4096;

/** Writes all of [addr, addr + length) to fd, retrying short writes. */
function writeAll(fd: i32, addr: i32, length: i32): void {
  let at: i32 = addr;
  let left: i32 = length;
  while (left > 0) {
    const n: i32 = sysWrite(fd, at, left);
    if (n <= 0) return;
    at = (at + n) | 0;
    left = (left - n) | 0;
  }
}

export function hostMemoryReserve(bytes: i32): bool {
  return bytes >= 0 && bytes <= sysHeapLimit();
}

export function hostWriteBytes(fd: i32, addr: i32, length: i32): void {
  writeAll(fd, addr, length);
}

/** Decimal, as String(value). */
export function hostWriteI32(fd: i32, value: i32): void {
  const end: i32 = (sysScratch() + SCRATCH_NUMBER_END) | 0;
  let p: i32 = end;
  let v: u32 = value < 0 ? (0 - value) >>> 0 : value >>> 0;
  do {
    p = (p - 1) | 0;
    H8[p] = (((v % 10) | 0) + 48) | 0;
    v = (v / 10) >>> 0;
  } while (v !== 0);
  if (value < 0) {
    p = (p - 1) | 0;
    H8[p] = 45;
  }
  writeAll(fd, p, (end - p) | 0);
}

/** 2^27 + 1: Veltkamp's constant that splits a double into two 26-bit halves. */
const SPLITTER: f64 = 134217729;

/**
 * The rounding error of the product p = fl(a * b): a * b = p + result exactly (Dekker's
 * TwoProduct without FMA), for products far from overflow and underflow.
 */
function productError(a: f64, b: f64, p: f64): f64 {
  const ca: f64 = SPLITTER * a;
  const ah: f64 = ca - (ca - a);
  const al: f64 = a - ah;
  const cb: f64 = SPLITTER * b;
  const bh: f64 = cb - (cb - b);
  const bl: f64 = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * value.toFixed(digits) for digits 0..6 and |value| < 1e21: the digits of n, the integer nearest
 * to |value| * 10^digits (ties to the larger, as toFixed specifies), with the point inserted.
 * n is exact whenever |value| * 10^digits < 2^52: the product's rounding error is recovered
 * exactly (productError), and the fraction p - floor(p) is exact, so ties and near-ties are
 * decided on the true value. Above 2^52 the double product is used as is.
 */
export function hostWriteF64(fd: i32, value: f64, digits: i32): void {
  const start: i32 = (sysScratch() + SCRATCH_NUMBER) | 0;
  const end: i32 = (sysScratch() + SCRATCH_NUMBER_END) | 0;
  let p: i32 = end;
  if (value !== value) {
    H8[start] = 78; H8[start + 1] = 97; H8[start + 2] = 78; // "NaN"
    writeAll(fd, start, 3);
    return;
  }
  const negative: bool = value < 0;
  let x: f64 = negative ? -value : value;
  if (x === Infinity) {
    p = start;
    if (negative) { H8[p] = 45; p = (p + 1) | 0; }
    H8[p] = 73; H8[p + 1] = 110; H8[p + 2] = 102; H8[p + 3] = 105; H8[p + 4] = 110; H8[p + 5] = 105; H8[p + 6] = 116; H8[p + 7] = 121;
    writeAll(fd, start, (p + 8 - start) | 0);
    return;
  }
  let scale: f64 = 1;
  for (let i: i32 = 0; i < digits; i++) scale = scale * 10;
  const t: f64 = x * scale;
  let n: f64 = Math.floor(t);
  const fraction: f64 = t - n;
  if (t < 4503599627370496) {
    const error: f64 = productError(x, scale, t);
    if (fraction > 0.5 || (fraction === 0.5 && error >= 0)) n = n + 1;
  } else if (fraction >= 0.5) {
    n = n + 1;
  }
  let count: i32 = 0;
  do {
    const q: f64 = Math.floor(n / 10);
    p = (p - 1) | 0;
    H8[p] = ((n - q * 10) | 0) + 48 | 0;
    n = q;
    count = (count + 1) | 0;
    if (count === digits) {
      p = (p - 1) | 0;
      H8[p] = 46;
    }
  } while (n !== 0 || count <= digits);
  if (negative) {
    p = (p - 1) | 0;
    H8[p] = 45;
  }
  x = 0;
  writeAll(fd, p, (end - p) | 0);
}

/** Monotonic milliseconds (CLOCK_MONOTONIC), with nanosecond resolution. */
export function hostNowMs(): f64 {
  const t: i32 = (sysScratch() + SCRATCH_TIME) | 0;
  sysClockMonotonic(t);
  const secondsLow: u32 = H32[t >> 2] >>> 0;
  const secondsHigh: i32 = H32[(t + 4) >> 2];
  const nanoseconds: i32 = H32[(t + 8) >> 2];
  return (secondsHigh * 4294967296 + secondsLow) * 1000 + nanoseconds / 1000000;
}

/** Reads a file into [addr, addr + max); returns the file's full length, or -1. */
export function hostReadFile(pathAddr: i32, pathLength: i32, addr: i32, max: i32): i32 {
  const path: i32 = (sysScratch() + SCRATCH_PATH) | 0;
  if (pathLength < 0 || pathLength > SCRATCH_PATH_MAX) return -1;
  for (let i: i32 = 0; i < pathLength; i++) H8[(path + i) | 0] = H8[(pathAddr + i) | 0];
  H8[(path + pathLength) | 0] = 0;
  const fd: i32 = sysOpen(path, 0);
  if (fd < 0) return -1;
  let total: i32 = 0;
  while (total < max) {
    const n: i32 = sysRead(fd, (addr + total) | 0, (max - total) | 0);
    if (n <= 0) break;
    total = (total + n) | 0;
  }
  // Node reports the whole file's length even when only `max` bytes fit; count the rest.
  for (;;) {
    const n: i32 = sysRead(fd, (sysScratch() + SCRATCH_DRAIN) | 0, DRAIN_SIZE);
    if (n <= 0) break;
    total = (total + n) | 0;
  }
  sysClose(fd);
  return total;
}

// ---- atoms: Lit values natively are slots into read-only tables ------------------------------

export function hostAtomLength(slot: i32): i32 {
  return sysAtomLength(slot);
}

export function hostAtomCharCode(slot: i32, index: i32): i32 {
  return sysAtomCharCode(slot, index);
}

/** hostWriteLit of a Lit parameter: the literal's UTF-16 code units as UTF-8 (BMP only). */
export function hostWriteAtom(fd: i32, slot: i32): void {
  const start: i32 = (sysScratch() + SCRATCH_DRAIN) | 0;
  const length: i32 = sysAtomLength(slot);
  let p: i32 = start;
  for (let i: i32 = 0; i < length; i++) {
    const c: i32 = sysAtomCharCode(slot, i);
    if (c < 0x80) {
      H8[p] = c;
      p = (p + 1) | 0;
    } else if (c < 0x800) {
      H8[p] = 0xc0 | (c >> 6); H8[(p + 1) | 0] = 0x80 | (c & 63);
      p = (p + 2) | 0;
    } else {
      H8[p] = 0xe0 | (c >> 12); H8[(p + 1) | 0] = 0x80 | ((c >> 6) & 63); H8[(p + 2) | 0] = 0x80 | (c & 63);
      p = (p + 3) | 0;
    }
    if (((p - start) | 0) > 4000) {
      writeAll(fd, start, (p - start) | 0);
      p = start;
    }
  }
  writeAll(fd, start, (p - start) | 0);
}

/** hostFatal of a Lit parameter: `OuroFatalError: text` on stderr, exit status 1 (as on Node). */
export function hostFatalAtom(slot: i32): never {
  const prefix: i32 = (sysScratch() + SCRATCH_PATH) | 0;
  // "OuroFatalError: " spelled into scratch memory (kernel TS has no other way to build bytes).
  const text: i32 = 16;
  for (let i: i32 = 0; i < text; i++) {
    H8[(prefix + i) | 0] = i === 0 ? 79 : i === 1 ? 117 : i === 2 ? 114 : i === 3 ? 111 : i === 4 ? 70 : i === 5 ? 97 : i === 6 ? 116 : i === 7 ? 97 : i === 8 ? 108 : i === 9 ? 69 : i === 10 ? 114 : i === 11 ? 114 : i === 12 ? 111 : i === 13 ? 114 : i === 14 ? 58 : 32;
  }
  writeAll(2, prefix, text);
  hostWriteAtom(2, slot);
  H8[prefix] = 10;
  writeAll(2, prefix, 1);
  sysExit(1);
}

// ---- native bodies of kernel functions ---------------------------------------------------------
// runtime/memory.ts implements these with typed-array methods on Node (`copyWithin`, `fill`), which
// are not kernel TS; the kernel compiler compiles the functions below in their place (compile.ts,
// NATIVE_OVERRIDES).

/** memmove: word by word when dst, src and bytes are multiples of 4, else byte by byte; overlap-safe. */
export function memoryCopy(dst: i32, src: i32, bytes: i32): void {
  if (dst === src || bytes <= 0) return;
  const aligned: bool = ((dst | src | bytes) & 3) === 0;
  if (dst < src) {
    if (aligned) for (let i: i32 = 0; i < bytes; i = (i + 4) | 0) H32[(dst + i) >> 2] = H32[(src + i) >> 2];
    else for (let i: i32 = 0; i < bytes; i++) H8[dst + i] = H8[src + i];
  } else if (aligned) {
    for (let i: i32 = (bytes - 4) | 0; i >= 0; i = (i - 4) | 0) H32[(dst + i) >> 2] = H32[(src + i) >> 2];
  } else {
    for (let i: i32 = (bytes - 1) | 0; i >= 0; i = (i - 1) | 0) H8[dst + i] = H8[src + i];
  }
}

/** memset: the low byte of `value` into [dst, dst + bytes). */
export function memoryFill(dst: i32, value: i32, bytes: i32): void {
  for (let i: i32 = 0; i < bytes; i++) H8[dst + i] = value;
}

/**
 * JS `x % y` on doubles (ECMA-262 §6.1.6.1.6, C's fmod): the result has x's sign and magnitude
 * |x| - n·|y| for the largest integer n that keeps it non-negative. Computed exactly by long
 * division in binary: d runs down from the largest |y|·2^k not above |x|; every subtraction r - d
 * has d <= r < 2d and so is exact (Sterbenz), and halving d is exact while d > |y|.
 * The kernel compiler lowers `%` on f64 operands to a call of this function.
 */
export function f64Remainder(x: f64, y: f64): f64 {
  if (x !== x || y !== y || y === 0 || x === Infinity || x === -Infinity) return NaN;
  const ay: f64 = Math.abs(y);
  let r: f64 = Math.abs(x);
  if (ay === Infinity || r < ay) return x;
  let d: f64 = ay;
  while (d * 2 <= r) d = d * 2;
  while (d >= ay) {
    if (r >= d) r = r - d;
    d = d / 2;
  }
  return x < 0 ? -r : r;
}
