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

/** The realm builder of the embedder (hostCreateRealm; stage0/vm/realm.ts createAnotherRealm). */
let realmBuilder: (() => number) | null = null;
export function nodeSetRealmBuilder(fn: (() => number) | null): void {
  realmBuilder = fn;
}
export function nodeCreateRealm(): number {
  if (!realmBuilder) throw new OuroFatalError('no realm builder registered (stage0/vm/realm.ts)');
  return realmBuilder();
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

// ---- shared memory (SharedArrayBuffer bytes outside the heap; docs/exotic-objects.md) ----------
//
// A SharedArrayBuffer's bytes live in a *block*: a Node SharedArrayBuffer (growable when the
// buffer is) whose first BLOCK_HEADER bytes hold its uid, a process-wide number that names the
// block in the waiter table whatever thread looks at it. The kernel names blocks by a per-thread
// id (an index into `blocks`); an agent that receives a block from another thread adopts it and
// gets an id of its own for the same memory.
//
// Atomics.wait / notify / waitAsync go through one waiter table in a SharedArrayBuffer of its own
// (the *futex block*, shared by an agent and every agent it starts): slots of
// [state, block uid, byte index, sequence number] under a spin lock. A notify takes the waiting
// slots of a location in sequence (FIFO) order, sync and async waiters alike, marks them notified
// and wakes the sync ones (Node's Atomics.notify on the slot's state word); async waiters are
// polled by their agent's event loop (stage1/35-typedarray.js).

const BLOCK_HEADER = 8;
const FUTEX_LOCK = 0;
const FUTEX_NEXT_UID = 1;
const FUTEX_NEXT_SEQ = 2;
const FUTEX_SLOTS = 16;
const FUTEX_SLOT_COUNT = 1024;
const SLOT_WORDS = 4;
/** Waiter slot states. */
const SLOT_FREE = 0;
const SLOT_WAITING = 1;
const SLOT_NOTIFIED = 2;

type IntegerView = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array;

interface SharedBlock {
  readonly sab: SharedArrayBuffer;
  readonly uid: number;
  /** The data bytes (length-tracking for a growable block). */
  readonly u8: Uint8Array;
  /** Integer views by TypedArrayKind, made on first use. */
  readonly views: (IntegerView | undefined)[];
}

/** Growable SharedArrayBuffers (ES2024; Node 20 has them, the TypeScript lib here does not yet). */
interface Growable {
  readonly growable: boolean;
  readonly maxByteLength: number;
  grow(length: number): void;
}
const GrowableSharedArrayBuffer = SharedArrayBuffer as unknown as new (length: number, options?: { maxByteLength: number }) => SharedArrayBuffer;

let blocks: SharedBlock[] = [];
let futex = new Int32Array(new SharedArrayBuffer((FUTEX_SLOTS + FUTEX_SLOT_COUNT * SLOT_WORDS) * 4));

function blockAt(id: number): SharedBlock | null {
  return id >= 0 && id < blocks.length ? blocks[id]! : null;
}

function registerBlock(sab: SharedArrayBuffer): number {
  const uid = new Int32Array(sab, 0, 1)[0]!;
  blocks.push({ sab, uid, u8: new Uint8Array(sab, BLOCK_HEADER), views: [] });
  return blocks.length - 1;
}

/** A new zeroed block of `length` bytes, growable up to `maxLength` when that is >= 0; its id, or -1. */
export function nodeSharedAlloc(length: number, maxLength: number): number {
  let sab: SharedArrayBuffer;
  try {
    sab = maxLength >= 0
      ? new GrowableSharedArrayBuffer(BLOCK_HEADER + length, { maxByteLength: BLOCK_HEADER + maxLength })
      : new SharedArrayBuffer(BLOCK_HEADER + length);
  } catch {
    return -1;
  }
  new Int32Array(sab, 0, 1)[0] = Atomics.add(futex, FUTEX_NEXT_UID, 1) + 1;
  return registerBlock(sab);
}

/** Host side (agents): the Node SharedArrayBuffer of block `id`, to send to another thread. */
export function nodeSharedBlock(id: number): SharedArrayBuffer | null {
  return blockAt(id)?.sab ?? null;
}

/** Host side (agents): a block received from another thread; its id in this thread. */
export function nodeSharedAdopt(sab: SharedArrayBuffer): number {
  for (let id = 0; id < blocks.length; id++) if (blocks[id]!.sab === sab) return id;
  return registerBlock(sab);
}

/** Host side (agents): the futex block, to share with a new agent. */
export function nodeSharedFutex(): SharedArrayBuffer {
  return futex.buffer as SharedArrayBuffer;
}

/** Host side (an agent starting): use the futex block of the agent that started this one. */
export function nodeSharedAdoptFutex(sab: SharedArrayBuffer): void {
  futex = new Int32Array(sab);
}

/**
 * Forgets every block and starts a new waiter table (the test262 executor between tests: the next
 * heap holds no buffer over the old blocks). Unknown ids read as empty blocks, never as a crash.
 */
export function nodeSharedReset(): void {
  blocks = [];
  futex = new Int32Array(new SharedArrayBuffer(futex.byteLength));
}

export function nodeSharedLength(id: number): number {
  const b = blockAt(id);
  return b ? b.sab.byteLength - BLOCK_HEADER : 0;
}

/** The maximum length of a growable block, -1 for a fixed-length one. */
export function nodeSharedMaxLength(id: number): number {
  const g = blockAt(id)?.sab as unknown as Growable | undefined;
  return g && g.growable ? g.maxByteLength - BLOCK_HEADER : -1;
}

/** Grows a growable block to `length` bytes; false when it is already longer (another agent grew it) or cannot grow. */
export function nodeSharedGrow(id: number, length: number): boolean {
  const g = blockAt(id)?.sab as unknown as Growable | undefined;
  if (!g || !g.growable) return false;
  try {
    g.grow(BLOCK_HEADER + length);
    return true;
  } catch {
    return false;
  }
}

/** Copies block bytes [index, index + n) to the heap at `addr`. */
export function nodeSharedRead(id: number, index: number, addr: number, n: number): void {
  const b = blockAt(id);
  if (!b) return void H8.fill(0, addr, addr + n);
  if (n <= 8) {
    const u8 = b.u8;
    for (let i = 0; i < n; i++) H8[addr + i] = u8[index + i]!;
  } else {
    H8.set(b.u8.subarray(index, index + n), addr);
  }
}

/** Copies heap bytes [addr, addr + n) into the block at `index`. */
export function nodeSharedWrite(id: number, index: number, addr: number, n: number): void {
  const b = blockAt(id);
  if (!b) return;
  if (n <= 8) {
    const u8 = b.u8;
    for (let i = 0; i < n; i++) u8[index + i] = H8[addr + i]!;
  } else {
    b.u8.set(H8.subarray(addr, addr + n), index);
  }
}

/** memmove between blocks (possibly the same). */
export function nodeSharedCopy(dst: number, dstIndex: number, src: number, srcIndex: number, n: number): void {
  const d = blockAt(dst);
  const s = blockAt(src);
  if (!d || !s) return;
  if (d === s) d.u8.copyWithin(dstIndex, srcIndex, srcIndex + n);
  else d.u8.set(s.u8.subarray(srcIndex, srcIndex + n), dstIndex);
}

const VIEW_CONSTRUCTORS = [
  Int8Array, Uint8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, null, null, null, BigInt64Array, BigUint64Array,
] as const;

function viewOf(b: SharedBlock, kind: number): IntegerView {
  let v = b.views[kind];
  if (!v) {
    const C = VIEW_CONSTRUCTORS[kind];
    if (!C) throw new OuroFatalError(`shared memory: no atomic view for element kind ${kind}`);
    v = new C(b.sab as unknown as ArrayBuffer, BLOCK_HEADER) as IntegerView;
    b.views[kind] = v;
  }
  return v;
}

/** The operand at heap `addr`: a double for Number kinds, a signed 64-bit pair (lo, hi) for the BigInt kinds. */
function operandAt(addr: number, big: boolean): number | bigint {
  if (!big) return HF64[addr >> 3]!;
  return (BigInt(H32[(addr + 4) >> 2]!) << 32n) | BigInt(H32[addr >> 2]! >>> 0);
}

function storeResult(addr: number, v: number | bigint): void {
  if (typeof v === 'number') {
    HF64[addr >> 3] = v;
  } else {
    H32[addr >> 2] = Number(BigInt.asIntN(32, v));
    H32[(addr + 4) >> 2] = Number(BigInt.asIntN(32, v >> 32n));
  }
}

/** Atomic operations (SharedAtomicOp in runtime/builtins-arraybuffer.ts), in that order. */
const ATOMIC_OPS = [
  (v: IntegerView, i: number) => Atomics.load(v as Int32Array, i),
  (v: IntegerView, i: number, a: never) => Atomics.store(v as Int32Array, i, a),
  (v: IntegerView, i: number, a: never) => Atomics.add(v as Int32Array, i, a),
  (v: IntegerView, i: number, a: never) => Atomics.sub(v as Int32Array, i, a),
  (v: IntegerView, i: number, a: never) => Atomics.and(v as Int32Array, i, a),
  (v: IntegerView, i: number, a: never) => Atomics.or(v as Int32Array, i, a),
  (v: IntegerView, i: number, a: never) => Atomics.xor(v as Int32Array, i, a),
  (v: IntegerView, i: number, a: never) => Atomics.exchange(v as Int32Array, i, a),
  (v: IntegerView, i: number, a: never, b: never) => Atomics.compareExchange(v as Int32Array, i, a, b),
] as const;

/**
 * Atomic operation `op` on the element of `kind` at byte `index` of block `id`: operands at heap
 * `addr` and `addr + 8`, the old value (the loaded one for load) written back at `addr`.
 */
export function nodeSharedAtomic(op: number, id: number, index: number, kind: number, addr: number): void {
  const b = blockAt(id);
  const big = kind >= 10;
  if (!b) return storeResult(addr, big ? 0n : 0);
  const view = viewOf(b, kind);
  const a = operandAt(addr, big) as never;
  const c = operandAt(addr + 8, big) as never;
  storeResult(addr, ATOMIC_OPS[op]!(view, index / view.BYTES_PER_ELEMENT, a, c) as number | bigint);
}

function futexLock(): void {
  while (Atomics.compareExchange(futex, FUTEX_LOCK, 0, 1) !== 0) { /* another thread holds it for a few instructions */ }
}
function futexUnlock(): void {
  Atomics.store(futex, FUTEX_LOCK, 0);
}

/** Under the lock: the current value at the location equals the operand at `addr`. */
function valueIs(b: SharedBlock, index: number, kind: number, addr: number): boolean {
  const view = viewOf(b, kind);
  const current = Atomics.load(view as Int32Array, index / view.BYTES_PER_ELEMENT) as number | bigint;
  const expected = operandAt(addr, kind >= 10);
  return typeof current === 'bigint' ? current === BigInt.asIntN(64, expected as bigint) : current === expected;
}

/** Under the lock: a free slot made waiting for (uid, index); -1 when the table is full. */
function slotTake(uid: number, index: number): number {
  for (let s = 0; s < FUTEX_SLOT_COUNT; s++) {
    const at = FUTEX_SLOTS + s * SLOT_WORDS;
    if (futex[at] !== SLOT_FREE) continue;
    futex[at + 1] = uid;
    futex[at + 2] = index;
    futex[at + 3] = Atomics.add(futex, FUTEX_NEXT_SEQ, 1);
    Atomics.store(futex, at, SLOT_WAITING);
    return s;
  }
  return -1;
}

/** Frees slot `s`; true when it had been notified. */
function slotRelease(s: number): boolean {
  const at = FUTEX_SLOTS + s * SLOT_WORDS;
  futexLock();
  const notified = futex[at] === SLOT_NOTIFIED;
  Atomics.store(futex, at, SLOT_FREE);
  futexUnlock();
  return notified;
}

/** Wait results (SharedWaitResult in runtime/builtins-arraybuffer.ts). */
const WAIT_OK = 0;
const WAIT_NOT_EQUAL = 1;
const WAIT_TIMED_OUT = 2;

/**
 * Atomics.wait: blocks this thread until a notify of the location, or `timeoutMs` (Infinity: no
 * limit). The operand to compare with is at heap `addr`. Returns a wait result.
 */
export function nodeSharedWait(id: number, index: number, kind: number, addr: number, timeoutMs: number): number {
  const b = blockAt(id);
  if (!b) return WAIT_NOT_EQUAL;
  futexLock();
  if (!valueIs(b, index, kind, addr)) {
    futexUnlock();
    return WAIT_NOT_EQUAL;
  }
  const s = slotTake(b.uid, index);
  futexUnlock();
  if (s < 0) return WAIT_TIMED_OUT;
  const at = FUTEX_SLOTS + s * SLOT_WORDS;
  const deadline = performance.now() + timeoutMs;
  while (Atomics.load(futex, at) === SLOT_WAITING) {
    const left = deadline - performance.now();
    if (!(left > 0)) break;
    Atomics.wait(futex, at, SLOT_WAITING, left === Infinity ? undefined : left);
  }
  return slotRelease(s) ? WAIT_OK : WAIT_TIMED_OUT;
}

/** Atomics.waitAsync: a waiting slot for the location (polled with nodeSharedPoll), -1 for not-equal, -2 when the table is full. */
export function nodeSharedWaitAsync(id: number, index: number, kind: number, addr: number): number {
  const b = blockAt(id);
  if (!b) return -1;
  futexLock();
  const equal = valueIs(b, index, kind, addr);
  const s = equal ? slotTake(b.uid, index) : -1;
  futexUnlock();
  return equal ? (s < 0 ? -2 : s) : -1;
}

/** An async waiter: 1 (and the slot freed) once notified, else 0; with `cancel`, the slot is freed either way (a timeout). */
export function nodeSharedPoll(slot: number, cancel: boolean): number {
  const at = FUTEX_SLOTS + slot * SLOT_WORDS;
  if (!cancel && Atomics.load(futex, at) !== SLOT_NOTIFIED) return 0;
  return slotRelease(slot) ? 1 : 0;
}

/** Atomics.notify: wakes up to `count` waiters of the location, oldest first; how many. */
export function nodeSharedNotify(id: number, index: number, count: number): number {
  const b = blockAt(id);
  if (!b) return 0;
  futexLock();
  const waiting: number[] = [];
  for (let s = 0; s < FUTEX_SLOT_COUNT; s++) {
    const at = FUTEX_SLOTS + s * SLOT_WORDS;
    if (futex[at] === SLOT_WAITING && futex[at + 1] === b.uid && futex[at + 2] === index) waiting.push(s);
  }
  waiting.sort((x, y) => futex[FUTEX_SLOTS + x * SLOT_WORDS + 3]! - futex[FUTEX_SLOTS + y * SLOT_WORDS + 3]!);
  const n = Math.min(count, waiting.length);
  for (let k = 0; k < n; k++) {
    const at = FUTEX_SLOTS + waiting[k]! * SLOT_WORDS;
    Atomics.store(futex, at, SLOT_NOTIFIED);
    Atomics.notify(futex, at);
  }
  futexUnlock();
  return n;
}

/** The agents of $262.agent (hostAgentRequest; stage0/vm/agents.ts registers them). */
let agentHost: ((op: number, a: number, b: number) => number) | null = null;
export function nodeSetAgentHost(fn: ((op: number, a: number, b: number) => number) | null): void {
  agentHost = fn;
}
export function nodeAgentRequest(op: number, a: number, b: number): number {
  // No agents in this engine: the Smi 0 (no other agent; the library's $262.agent.start throws).
  return agentHost ? agentHost(op, a, b) : 0;
}
