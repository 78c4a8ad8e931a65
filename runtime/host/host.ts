// The host interface: the one platform seam of the kernel (docs/kernel-ts.md §8).
//
// On Node every function forwards to runtime/host/node.ts. The kernel compiler never compiles
// this file: it binds each name imported from here to the native implementation of the same name
// (runtime/host/native.ts, syscalls), so call sites stay direct calls on both hosts.
import type { i32, f64, bool, Lit } from '../types.ts';
import * as node from './node.ts';

/** The heap views (live bindings; replaced only if the heap is ever re-reserved). */
export { H8, H16, H32, HF64 } from './node.ts';

/** Reserves the linear heap of `bytes` bytes (zeroed) and sets the views. False if impossible. */
export function hostMemoryReserve(bytes: i32): bool {
  return node.nodeMemoryReserve(bytes);
}

/** Ends the process (Node: throws OuroFatalError). Never returns. */
export function hostFatal(message: Lit): never {
  return node.nodeFatal(message);
}

/** Writes a literal to a file descriptor (1 stdout, 2 stderr). */
export function hostWriteLit(fd: i32, text: Lit): void {
  node.nodeWrite(fd, text);
}

/** Writes an integer in decimal. */
export function hostWriteI32(fd: i32, value: i32): void {
  node.nodeWrite(fd, String(value));
}

/** Writes a double with `digits` digits after the point (0..6). */
export function hostWriteF64(fd: i32, value: f64, digits: i32): void {
  node.nodeWrite(fd, value.toFixed(digits));
}

/** Writes `length` one-byte characters from the heap at `addr`. */
export function hostWriteBytes(fd: i32, addr: i32, length: i32): void {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(node.H8[addr + i]!);
  node.nodeWrite(fd, s);
}

/** Milliseconds from an arbitrary start, monotonic, sub-millisecond resolution. */
export function hostNowMs(): f64 {
  return node.nodeNowMs();
}

/** Milliseconds since the Unix epoch (Date.now()). */
export function hostWallClockMs(): f64 {
  return node.nodeWallClockMs();
}

/** Reads the file whose one-byte path is in the heap into [addr, addr + max); returns its length or -1. */
export function hostReadFile(pathAddr: i32, pathLength: i32, addr: i32, max: i32): i32 {
  return node.nodeReadFile(pathAddr, pathLength, addr, max);
}

/** The atom-table slot of a literal (native: a compile-time constant). */
export function hostAtomSlot(text: Lit): i32 {
  return node.nodeAtomSlot(text);
}

/** Length and code units of the literal of an atom slot (used once, to materialise it). */
export function hostAtomLength(slot: i32): i32 {
  return node.nodeAtomLength(slot);
}
export function hostAtomCharCode(slot: i32, index: i32): i32 {
  return node.nodeAtomCharCode(slot, index);
}

/** Starts an output blob (a heap image being written). */
export function hostBlobBegin(): void {
  node.nodeBlobBegin();
}
/** Appends heap bytes [addr, addr + length) to the output blob. */
export function hostBlobAppend(addr: i32, length: i32): void {
  node.nodeBlobAppend(addr, length);
}
/** Finishes the output blob (Node: kept for the embedder; native: written to the image file). */
export function hostBlobEnd(): void {
  node.nodeBlobEnd();
}
/** Length of the input blob (a heap image to load). */
export function hostBlobLength(): i32 {
  return node.nodeBlobLength();
}
/** Copies input-blob bytes [offset, offset + length) to the heap at addr; false when out of range. */
export function hostBlobRead(offset: i32, addr: i32, length: i32): bool {
  return node.nodeBlobRead(offset, addr, length);
}

/**
 * Code memory for machine code: reserves `bytes` of writable code memory and returns its id, or
 * -1 when the host has none (Node: the hosted JIT emits JavaScript instead).
 */
export function hostCodeReserve(bytes: i32): i32 {
  return node.nodeCodeReserve(bytes);
}
/** Makes a reserved code region executable and read-only; false on failure. */
export function hostCodeSeal(id: i32): bool {
  return node.nodeCodeSeal(id);
}

/** Math functions beyond the kernel's intrinsics: `op` is a HostMath value (runtime/builtins-math.ts). */
export function hostMathF64(op: i32, x: f64, y: f64): f64 {
  return node.nodeMathF64(op, x, y);
}

/** Writes `length` UTF-16 code units from the heap at `addr` (two-byte string data) as UTF-8. */
export function hostWriteUtf16(fd: i32, addr: i32, length: i32): void {
  node.nodeWriteUtf16(fd, addr, length);
}

/**
 * Compiles a classic script for `load(file)` and friends: `source` and `name` are heap strings;
 * returns the script's SharedFunctionInfo, or the exception sentinel after recording a SyntaxError
 * as the pending exception. Node: the compiler the embedder registered (stage0/vm/realm.ts
 * setScriptCompiler); fatal when none was.
 */
export function hostCompileScript(source: i32, name: i32): i32 {
  return node.nodeCompileScript(source, name);
}

/**
 * Compiles code made at run time (runtime/eval.ts): eval code (`a` the source, `b` unused) or a
 * dynamic function (`a` the parameters, `b` the body), as `mode` (DynamicMode in runtime/eval.ts)
 * says; returns the SharedFunctionInfo of the eval code or of the function, or the exception
 * sentinel after recording a SyntaxError. Node: the compiler stage0/vm/realm.ts registers.
 */
export function hostCompileDynamic(a: i32, b: i32, mode: i32): i32 {
  return node.nodeCompileDynamic(a, b, mode);
}

/**
 * The module loader of the embedder (runtime/modules.ts, docs/modules.md): `op` is a ModuleOp
 * (dynamic import job, async module step, import.meta.resolve), `a` and `b` its operands (heap
 * values). Returns a value or the exception sentinel. Node: the loader stage0/vm/modules.ts
 * registers (nodeSetModuleHost).
 */
export function hostModuleRequest(op: i32, a: i32, b: i32): i32 {
  return node.nodeModuleRequest(op, a, b);
}

/** Ends the process with `code` after flushing output (d8's quit). Node: see nodeExit. Never returns. */
export function hostExit(code: i32): never {
  return node.nodeExit(code);
}
