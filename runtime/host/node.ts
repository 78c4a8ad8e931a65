// The Node implementation of the host interface (runtime/host/host.ts). Ordinary TypeScript: this
// is the only file of runtime/ that the kernel-subset checker skips. Kernel code never imports
// it directly; host.ts forwards to it, and the native build binds host.ts to syscalls instead.
import { writeSync, readFileSync } from 'node:fs';

/** The heap views. `export let` so that importers see replacements (live bindings). */
export let H8: Uint8Array = new Uint8Array(0);
export let H16: Uint16Array = new Uint16Array(0);
export let H32: Int32Array = new Int32Array(0);
export let HF64: Float64Array = new Float64Array(0);

let heapBuffer: ArrayBuffer = new ArrayBuffer(0);

/** Error thrown by hostFatal on Node, so that tests can observe a fatal error. */
export class OuroFatalError extends Error {
  override name = 'OuroFatalError';
}

/**
 * Embedders that load a heap image per task (the test262 runner) keep the buffer: a new one per
 * load made Node's GC account for ~100 MB of external memory each time. The caller zeroes what a
 * fresh heap needs zeroed (stage0/test262/executor.ts).
 */
let reuseHeapBuffer = false;
export function nodeSetHeapBufferReuse(on: boolean): void {
  reuseHeapBuffer = on;
}

export function nodeMemoryReserve(bytes: number): boolean {
  if (reuseHeapBuffer && heapBuffer.byteLength === bytes) return true;
  try {
    heapBuffer = new ArrayBuffer(bytes);
  } catch {
    return false;
  }
  H8 = new Uint8Array(heapBuffer);
  H16 = new Uint16Array(heapBuffer);
  H32 = new Int32Array(heapBuffer);
  HF64 = new Float64Array(heapBuffer);
  return true;
}

/** Host side only: the bytes of the whole heap (tests, image files). */
export function nodeHeapBytes(): Uint8Array {
  return H8;
}

export function nodeFatal(message: string): never {
  throw new OuroFatalError(message);
}

/** Output is buffered per fd and flushed on newline, so trace lines are written whole. */
const pending: string[] = ['', '', ''];
let captured: string[] | null = null;

/** Tests: capture fd 1/2 output into an array of lines instead of writing it. */
export function nodeCaptureOutput(lines: string[] | null): void {
  captured = lines;
}

/** Descriptors whose reader went away (EPIPE): output to them is dropped, as Node drops it. */
const brokenPipe: boolean[] = [];

function writeOut(fd: number, s: string): void {
  if (brokenPipe[fd]) return;
  try {
    writeSync(fd, s);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
    brokenPipe[fd] = true;
  }
}

export function nodeWrite(fd: number, text: string): void {
  let s = pending[fd] + text;
  const nl = s.lastIndexOf('\n');
  if (nl < 0) {
    pending[fd] = s;
    return;
  }
  pending[fd] = s.slice(nl + 1);
  s = s.slice(0, nl + 1);
  if (captured) captured.push(...s.slice(0, -1).split('\n'));
  else writeOut(fd, s);
}

/** Writes out what is still pending (a last line without a newline); runs at process exit. */
export function nodeFlushOutput(): void {
  for (let fd = 1; fd < pending.length; fd++) {
    const s = pending[fd]!;
    if (s === '') continue;
    pending[fd] = '';
    if (captured) captured.push(s);
    else writeOut(fd, s);
  }
}
process.on('exit', nodeFlushOutput);

const startNs = process.hrtime.bigint();
export function nodeNowMs(): number {
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}

export function nodeWallClockMs(): number {
  return Date.now();
}

/** Reads a file into the heap at `addr` (at most `max` bytes); returns the length or -1. */
export function nodeReadFile(pathAddr: number, pathLength: number, addr: number, max: number): number {
  let path = '';
  for (let i = 0; i < pathLength; i++) path += String.fromCharCode(H8[pathAddr + i]!);
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch {
    return -1;
  }
  const n = Math.min(data.length, max);
  H8.set(data.subarray(0, n), addr);
  return data.length;
}

/** Atom literals: text → slot in the heap-resident atom table (docs/kernel-ts.md §7). */
const atomSlots = new Map<string, number>();
const atomTexts: string[] = [];
export function nodeAtomSlot(text: string): number {
  let slot = atomSlots.get(text);
  if (slot === undefined) {
    slot = atomTexts.length;
    atomSlots.set(text, slot);
    atomTexts.push(text);
  }
  return slot;
}
export function nodeAtomLength(slot: number): number {
  return atomTexts[slot]!.length;
}
export function nodeAtomCharCode(slot: number, index: number): number {
  return atomTexts[slot]!.charCodeAt(index);
}

/** Blobs: the byte streams of heap images. Output is collected; input is set by the embedder. */
let blobParts: Uint8Array[] = [];
let lastBlob: Uint8Array = new Uint8Array(0);
let inputBlob: Uint8Array = new Uint8Array(0);
export function nodeBlobBegin(): void {
  blobParts = [];
}
export function nodeBlobAppend(addr: number, length: number): void {
  blobParts.push(H8.slice(addr, addr + length));
}
export function nodeBlobEnd(): void {
  const total = blobParts.reduce((n, p) => n + p.length, 0);
  lastBlob = new Uint8Array(total);
  let at = 0;
  for (const p of blobParts) {
    lastBlob.set(p, at);
    at += p.length;
  }
  blobParts = [];
}
/** The last blob the kernel wrote (e.g. a heap image). */
export function nodeTakeBlob(): Uint8Array {
  return lastBlob;
}
/** Sets the blob the kernel will read (e.g. a heap image to load). */
export function nodeSetInputBlob(bytes: Uint8Array): void {
  inputBlob = bytes;
}
export function nodeBlobLength(): number {
  return inputBlob.length;
}
export function nodeBlobRead(offset: number, addr: number, length: number): boolean {
  if (offset < 0 || length < 0 || offset + length > inputBlob.length) return false;
  H8.set(inputBlob.subarray(offset, offset + length), addr);
  return true;
}

/** Node has no executable memory for the kernel: the hosted JIT compiles to JavaScript. */
export function nodeCodeReserve(_bytes: number): number {
  return -1;
}
export function nodeCodeSeal(_id: number): boolean {
  return false;
}

/** hostMathF64: the order of HostMath in runtime/builtins-math.ts. */
const MATH_OPS: ((x: number, y: number) => number)[] = [
  Math.acos, Math.acosh, Math.asin, Math.asinh, Math.atan, Math.atanh, Math.atan2, Math.cbrt, Math.cos, Math.cosh,
  Math.exp, Math.expm1, Math.log, Math.log1p, Math.log10, Math.log2, Math.pow, Math.sin, Math.sinh, Math.tan, Math.tanh,
];
export function nodeMathF64(op: number, x: number, y: number): number {
  return MATH_OPS[op]!(x, y);
}

export function nodeWriteUtf16(fd: number, addr: number, length: number): void {
  let s = '';
  for (let i = 0; i < length; i += 4096) {
    const end = Math.min(length, i + 4096);
    s += String.fromCharCode(...H16.subarray((addr >> 1) + i, (addr >> 1) + end));
  }
  nodeWrite(fd, s);
}

/** The script compiler of the embedder (host strings in, a SharedFunctionInfo or the exception sentinel out). */
let scriptCompiler: ((source: number, name: number) => number) | null = null;
export function nodeSetScriptCompiler(fn: ((source: number, name: number) => number) | null): void {
  scriptCompiler = fn;
}
export function nodeCompileScript(source: number, name: number): number {
  if (!scriptCompiler) throw new OuroFatalError('no script compiler registered (stage0/vm/realm.ts setScriptCompiler)');
  return scriptCompiler(source, name);
}

/** The compiler of eval code and dynamic functions (hostCompileDynamic). */
let dynamicCompiler: ((a: number, b: number, mode: number) => number) | null = null;
export function nodeSetDynamicCompiler(fn: ((a: number, b: number, mode: number) => number) | null): void {
  dynamicCompiler = fn;
}
export function nodeCompileDynamic(a: number, b: number, mode: number): number {
  if (!dynamicCompiler) throw new OuroFatalError('no dynamic code compiler registered (stage0/vm/realm.ts setScriptCompiler)');
  return dynamicCompiler(a, b, mode);
}

/** The module loader of the embedder (hostModuleRequest; stage0/vm/modules.ts). */
let moduleHost: ((op: number, a: number, b: number) => number) | null = null;
export function nodeSetModuleHost(fn: ((op: number, a: number, b: number) => number) | null): void {
  moduleHost = fn;
}
export function nodeModuleRequest(op: number, a: number, b: number): number {
  if (!moduleHost) throw new OuroFatalError('no module loader registered (stage0/vm/modules.ts)');
  return moduleHost(op, a, b);
}

/** Thrown by hostExit when exits are caught (tests, embedders that must survive quit()). */
export class OuroExit extends Error {
  override name = 'OuroExit';
  readonly code: number;
  constructor(code: number) {
    super(`quit(${code})`);
    this.code = code;
  }
}
let exitThrows = false;
/** Tests/embedders: make quit() throw OuroExit instead of ending the process. */
export function nodeSetExitThrows(on: boolean): void {
  exitThrows = on;
}
export function nodeExit(code: number): never {
  nodeFlushOutput();
  if (exitThrows) throw new OuroExit(code);
  process.exit(code);
}
