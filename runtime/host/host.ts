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

/**
 * Creates another realm in the heap ($262.createRealm): its intrinsics, global object and library,
 * built while it is the running realm; returns its `$262` object with the running realm unchanged,
 * or the exception sentinel. Node: the builder stage0/vm/realm.ts registers (nodeSetRealmBuilder).
 */
export function hostCreateRealm(): i32 {
  return node.nodeCreateRealm();
}

/** Ends the process with `code` after flushing output (d8's quit). Node: see nodeExit. Never returns. */
export function hostExit(code: i32): never {
  return node.nodeExit(code);
}

// ---- shared memory: SharedArrayBuffer bytes outside the heap (docs/exotic-objects.md) -------------
// A block is named by an id of this engine; agents of one program see the same bytes through ids
// of their own. Node: a SharedArrayBuffer per block (runtime/host/node.ts); native: shared pages.

/** A new zeroed block of `length` bytes (growable up to `maxLength` when >= 0); its id, or -1. */
export function hostSharedAlloc(length: i32, maxLength: i32): i32 {
  return node.nodeSharedAlloc(length, maxLength);
}
/** The current length of block `id` (another agent may grow it); 0 for an unknown id. */
export function hostSharedLength(id: i32): i32 {
  return node.nodeSharedLength(id);
}
/** The maximum length of a growable block, -1 for a fixed-length one. */
export function hostSharedMaxLength(id: i32): i32 {
  return node.nodeSharedMaxLength(id);
}
/** Grows a growable block to `length` bytes; false when it cannot (already longer, or past its maximum). */
export function hostSharedGrow(id: i32, length: i32): bool {
  return node.nodeSharedGrow(id, length);
}
/** Copies `n` block bytes from byte `index` to the heap at `addr`. */
export function hostSharedRead(id: i32, index: i32, addr: i32, n: i32): void {
  node.nodeSharedRead(id, index, addr, n);
}
/** Copies `n` heap bytes from `addr` into the block at byte `index`. */
export function hostSharedWrite(id: i32, index: i32, addr: i32, n: i32): void {
  node.nodeSharedWrite(id, index, addr, n);
}
/** memmove of `n` bytes between blocks (possibly the same one). */
export function hostSharedCopy(dst: i32, dstIndex: i32, src: i32, srcIndex: i32, n: i32): void {
  node.nodeSharedCopy(dst, dstIndex, src, srcIndex, n);
}
/**
 * Atomic operation `op` (SharedAtomicOp) on the integer element of TypedArrayKind `kind` at byte
 * `index`: operands in the heap at `addr` and `addr + 8` (a double, or for BigInt kinds an int64
 * as low and high words), the old value written back at `addr`.
 */
export function hostSharedAtomic(op: i32, id: i32, index: i32, kind: i32, addr: i32): void {
  node.nodeSharedAtomic(op, id, index, kind, addr);
}
/**
 * Atomics.wait on the element at byte `index` (Int32 or BigInt64 `kind`), comparing with the
 * operand at heap `addr`: blocks this thread until notified or `timeoutMs` passed (Infinity: no
 * limit). A SharedWaitResult.
 */
export function hostSharedWait(id: i32, index: i32, kind: i32, addr: i32, timeoutMs: f64): i32 {
  return node.nodeSharedWait(id, index, kind, addr, timeoutMs);
}
/** Atomics.waitAsync: registers a waiter and returns its slot (>= 0), -1 when the value differs, -2 when no slot is free. */
export function hostSharedWaitAsync(id: i32, index: i32, kind: i32, addr: i32): i32 {
  return node.nodeSharedWaitAsync(id, index, kind, addr);
}
/** An async waiter's slot: 1 once notified (the slot is freed), else 0; `cancel` frees it anyway (its timeout). */
export function hostSharedPoll(slot: i32, cancel: bool): i32 {
  return node.nodeSharedPoll(slot, cancel);
}
/** Atomics.notify: wakes up to `count` waiters (sync and async, of any agent) of byte `index`, oldest first; how many. */
export function hostSharedNotify(id: i32, index: i32, count: f64): i32 {
  return node.nodeSharedNotify(id, index, count);
}

/**
 * The agents of `$262.agent` (stage0/vm/agents.ts): operation `op` (AgentOp in
 * runtime/builtins-agent.ts) with operands `a`, `b` (heap values); returns a heap value or the
 * exception sentinel. Node: worker threads, each running an engine of its own; Smi 0 for every
 * operation when the embedder installed no agents (a program without --expose-test262).
 */
export function hostAgentRequest(op: i32, a: i32, b: i32): i32 {
  return node.nodeAgentRequest(op, a, b);
}
