// LIR: Ouro's low-level typed IR, the contract between the kernel compiler (kernel TS -> LIR) and the
// machine backends (LIR -> x86-64, AArch64). docs/lir.md is the reference; this file is its types.
//
// Shape: a module holds functions and module-level globals; a function holds basic blocks; a block
// holds straight-line instructions and ends in exactly one terminator. Values live in *virtual
// registers* (vregs) numbered per function, each with one fixed type. The form is NOT SSA: a vreg
// may be assigned in several places (a kernel-TS local variable becomes one vreg), which keeps the
// front end free of phi construction and lets linear-scan allocation work on the vregs directly.
// Temporaries the front end creates are assigned exactly once; the optimizer relies on that only
// after checking it (see opt.ts, `singleDefs`).
//
// Every operation is total: integer division by zero yields 0 and INT_MIN / -1 wraps, exactly as the
// kernel-TS source `(a / b) | 0` does on Node, so no backend needs a trap path.

/** The three machine types. Booleans are i32 0/1; u32 is i32 bits interpreted by unsigned ops. */
export type LirType = 'i32' | 'i64' | 'f64';

/** A virtual register: an index into `LirFunction.vregs`. */
export type VReg = number;
/** A basic block: an index into `LirFunction.blocks`. */
export type BlockId = number;

export interface VRegInfo {
  readonly type: LirType;
  /** The source variable this vreg holds, for the printer and debuggers; temporaries have none. */
  readonly name: string | null;
}

/**
 * Integer binary operators. One table, from which the printer, verifier, folder and backends read.
 * `commutative` lets the backends swap operands; division and remainder are total (see header).
 */
export const INT_BINARY_OPS = {
  add: { commutative: true },
  sub: { commutative: false },
  mul: { commutative: true },
  and: { commutative: true },
  or: { commutative: true },
  xor: { commutative: true },
  shl: { commutative: false }, // count taken mod the bit width, as JS `<<` does for i32
  shr_s: { commutative: false }, // arithmetic shift right, JS `>>`
  shr_u: { commutative: false }, // logical shift right, JS `>>>`
  div_s: { commutative: false }, // trunc(a / b); b == 0 -> 0; MIN / -1 -> MIN
  rem_s: { commutative: false }, // sign of a; b == 0 -> 0; MIN % -1 -> 0
  div_u: { commutative: false }, // unsigned; b == 0 -> 0
  rem_u: { commutative: false }, // unsigned; b == 0 -> 0
} as const;
export type IntBinaryOp = keyof typeof INT_BINARY_OPS;

/** f64 binary operators; `min`/`max` follow JS Math.min/max (NaN wins, -0 < +0). */
export const FLOAT_BINARY_OPS = {
  add: { commutative: true },
  sub: { commutative: false },
  mul: { commutative: true },
  div: { commutative: false },
  min: { commutative: true },
  max: { commutative: true },
} as const;
export type FloatBinaryOp = keyof typeof FLOAT_BINARY_OPS;

/** Integer comparisons; `_s` signed, `_u` unsigned. Results are i32 0 or 1. */
export const INT_CONDITIONS = {
  eq: { negated: 'ne', swapped: 'eq' },
  ne: { negated: 'eq', swapped: 'ne' },
  lt_s: { negated: 'ge_s', swapped: 'gt_s' },
  le_s: { negated: 'gt_s', swapped: 'ge_s' },
  gt_s: { negated: 'le_s', swapped: 'lt_s' },
  ge_s: { negated: 'lt_s', swapped: 'le_s' },
  lt_u: { negated: 'ge_u', swapped: 'gt_u' },
  le_u: { negated: 'gt_u', swapped: 'ge_u' },
  gt_u: { negated: 'le_u', swapped: 'lt_u' },
  ge_u: { negated: 'lt_u', swapped: 'le_u' },
} as const;
export type IntCondition = keyof typeof INT_CONDITIONS;

/** f64 comparisons with JS semantics: every one is false when an operand is NaN, except `ne`. */
export const FLOAT_CONDITIONS = {
  eq: { swapped: 'eq' },
  ne: { swapped: 'ne' },
  lt: { swapped: 'gt' },
  le: { swapped: 'ge' },
  gt: { swapped: 'lt' },
  ge: { swapped: 'le' },
} as const;
export type FloatCondition = keyof typeof FLOAT_CONDITIONS;

// eqz: 1 if zero else 0 (JS `!`); clz: leading zero bits of an i32, 32 for 0 (Math.clz32)
export const INT_UNARY_OPS = ['neg', 'not', 'eqz', 'clz'] as const;
export type IntUnaryOp = (typeof INT_UNARY_OPS)[number];
export const FLOAT_UNARY_OPS = ['neg', 'abs', 'sqrt', 'floor', 'ceil', 'trunc'] as const;
export type FloatUnaryOp = (typeof FLOAT_UNARY_OPS)[number];

/** Conversions: the source and destination types of each, in one table. */
export const CONVERSIONS = {
  i32_to_f64: { from: 'i32', to: 'f64' }, // signed
  u32_to_f64: { from: 'i32', to: 'f64' }, // the i32 bits read as unsigned
  f64_to_i32: { from: 'f64', to: 'i32' }, // JS ToInt32: truncate, then modulo 2^32 (NaN, ±Inf -> 0)
  i32_to_i64_s: { from: 'i32', to: 'i64' },
  i32_to_i64_u: { from: 'i32', to: 'i64' },
  i64_to_i32: { from: 'i64', to: 'i32' }, // keep the low 32 bits
  f64_from_bits: { from: 'i64', to: 'f64' }, // reinterpret IEEE-754 bits (Float64Array tables)
} as const;
export type Conversion = keyof typeof CONVERSIONS;

/**
 * Heap access kinds, mirroring the kernel's views: H8 (Uint8Array), H16 (Uint16Array), H32
 * (Int32Array), HF64 (Float64Array), plus the signed/unsigned siblings a kernel may add.
 * `bytes` is the access width; `type` the LIR type of the loaded or stored value.
 */
export const MEMORY_KINDS = {
  u8: { bytes: 1, type: 'i32', signed: false },
  i8: { bytes: 1, type: 'i32', signed: true },
  u16: { bytes: 2, type: 'i32', signed: false },
  i16: { bytes: 2, type: 'i32', signed: true },
  i32: { bytes: 4, type: 'i32', signed: true },
  f64: { bytes: 8, type: 'f64', signed: true },
} as const;
export type MemoryKind = keyof typeof MEMORY_KINDS;

/**
 * A heap address: heapBase + zeroExtend(index) * scale + disp. The index is an i32 heap offset or
 * element index; the heap base is not a vreg, the backends keep it in a reserved register.
 * Kernel code keeps heap offsets in [0, 2^31); an address outside the heap is undefined behaviour
 * natively (on Node the typed array would read `undefined`), which is what lets the optimizer fold
 * `H32[(p + 8) >> 2]` into `index p >> 2, scale 4, disp 8`.
 */
export interface Address {
  readonly index: VReg;
  readonly scale: 1 | 2 | 4 | 8;
  readonly disp: number;
}

/** The Linux system calls LIR can make directly (docs/lir.md "Host intrinsics"). */
export const SYSCALLS = {
  read: { args: 3 }, // (fd, ptr, len) -> bytes or -errno
  write: { args: 3 }, // (fd, ptr, len) -> bytes or -errno
  openat: { args: 4 }, // (dirfd, pathPtr, flags, mode) -> fd or -errno
  close: { args: 1 }, // (fd) -> 0 or -errno
  mmap: { args: 6 }, // (addr, len, prot, flags, fd, off) -> ptr or -errno
  munmap: { args: 2 }, // (ptr, len) -> 0 or -errno
  exit_group: { args: 1 }, // (status) -> never returns
  clock_gettime: { args: 2 }, // (clockId, timespecPtr) -> 0 or -errno
} as const;
export type SyscallName = keyof typeof SYSCALLS;

/** Straight-line instructions. `dst` is always the vreg written; everything else is read. */
export type Inst =
  | { readonly op: 'const'; readonly dst: VReg; readonly value: number } // type from dst; f64 keeps -0
  | { readonly op: 'copy'; readonly dst: VReg; readonly src: VReg }
  | { readonly op: 'binary'; readonly kind: IntBinaryOp; readonly dst: VReg; readonly a: VReg; readonly b: VReg }
  | { readonly op: 'fbinary'; readonly kind: FloatBinaryOp; readonly dst: VReg; readonly a: VReg; readonly b: VReg }
  | { readonly op: 'unary'; readonly kind: IntUnaryOp; readonly dst: VReg; readonly src: VReg }
  | { readonly op: 'funary'; readonly kind: FloatUnaryOp; readonly dst: VReg; readonly src: VReg }
  | { readonly op: 'compare'; readonly cond: IntCondition; readonly dst: VReg; readonly a: VReg; readonly b: VReg }
  | { readonly op: 'fcompare'; readonly cond: FloatCondition; readonly dst: VReg; readonly a: VReg; readonly b: VReg }
  | { readonly op: 'convert'; readonly kind: Conversion; readonly dst: VReg; readonly src: VReg }
  | { readonly op: 'load'; readonly mem: MemoryKind; readonly dst: VReg; readonly addr: Address }
  | { readonly op: 'store'; readonly mem: MemoryKind; readonly addr: Address; readonly src: VReg }
  | { readonly op: 'gload'; readonly global: string; readonly dst: VReg }
  | { readonly op: 'gstore'; readonly global: string; readonly src: VReg }
  /** dst (i64) := host pointer of heap offset `offset` (heapBase + zeroExtend(offset)). */
  | { readonly op: 'heapptr'; readonly dst: VReg; readonly offset: VReg }
  /**
   * dst := the 8, 16 or 32-bit unsigned/i32 value, or 64-bit word, at a host pointer (argv strings,
   * read-only tables); never a heap access.
   */
  | { readonly op: 'hostload'; readonly width: 8 | 16 | 32 | 64; readonly dst: VReg; readonly ptr: VReg; readonly disp: number }
  /** dst (i64) := address of a read-only data blob of the module (string literals, constant tables). */
  | { readonly op: 'dataptr'; readonly dst: VReg; readonly symbol: string }
  /** dst (i64) := the process's argc (`argc`) or argv pointer (`argv`) saved by the entry code. */
  | { readonly op: 'startup'; readonly what: 'argc' | 'argv'; readonly dst: VReg }
  | { readonly op: 'call'; readonly callee: string; readonly args: readonly VReg[]; readonly dst: VReg | null }
  | { readonly op: 'syscall'; readonly name: SyscallName; readonly args: readonly VReg[]; readonly dst: VReg };

export type Terminator =
  | { readonly op: 'jump'; readonly target: BlockId }
  | { readonly op: 'branch'; readonly cond: VReg; readonly then: BlockId; readonly else: BlockId }
  /** Multiway branch: to targets[value - low] when low <= value < low + targets.length, else to `default`. */
  | { readonly op: 'switch'; readonly value: VReg; readonly low: number; readonly targets: readonly BlockId[]; readonly default: BlockId }
  | { readonly op: 'return'; readonly value: VReg | null }
  | { readonly op: 'unreachable' };

export interface Block {
  readonly id: BlockId;
  insts: Inst[];
  term: Terminator;
}

export interface LirFunction {
  readonly name: string;
  readonly params: readonly VReg[];
  readonly result: LirType | null;
  readonly vregs: VRegInfo[];
  blocks: Block[]; // blocks[0] is the entry; the order is the layout order the backends follow
}

/** A module-level variable, kept in the image's data segment (not in the heap). */
export interface LirGlobal {
  readonly name: string;
  readonly type: LirType;
  readonly init: number;
}

/** Read-only bytes placed in the executable (string literals of host calls, constant tables). */
export interface LirData {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface LirModule {
  readonly functions: LirFunction[];
  readonly globals: LirGlobal[];
  readonly rodata: LirData[];
  /** Bytes mapped for the heap at start-up (the kernel-TS program's `new ArrayBuffer(N)`). */
  readonly heapSize: number;
  /** The function the entry code calls; its i32 result is the exit status. */
  readonly entry: string;
}

/** The vreg an instruction writes, or null. */
export function instDef(inst: Inst): VReg | null {
  switch (inst.op) {
    case 'store': case 'gstore': return null;
    case 'call': return inst.dst;
    default: return inst.dst;
  }
}

/** The vregs an instruction reads, in operand order. */
export function instUses(inst: Inst): VReg[] {
  switch (inst.op) {
    case 'const': case 'gload': case 'startup': case 'dataptr': return [];
    case 'copy': case 'unary': case 'funary': case 'convert': return [inst.src];
    case 'binary': case 'fbinary': case 'compare': case 'fcompare': return [inst.a, inst.b];
    case 'load': return [inst.addr.index];
    case 'store': return [inst.addr.index, inst.src];
    case 'gstore': return [inst.src];
    case 'heapptr': return [inst.offset];
    case 'hostload': return [inst.ptr];
    case 'call': case 'syscall': return [...inst.args];
  }
}

export function termUses(term: Terminator): VReg[] {
  switch (term.op) {
    case 'branch': return [term.cond];
    case 'switch': return [term.value];
    case 'return': return term.value === null ? [] : [term.value];
    default: return [];
  }
}

export function successors(term: Terminator): BlockId[] {
  switch (term.op) {
    case 'jump': return [term.target];
    case 'branch': return term.then === term.else ? [term.then] : [term.then, term.else];
    case 'switch': return [...new Set([...term.targets, term.default])];
    default: return [];
  }
}

/** True when removing the instruction (its result unused) cannot change what the program does. */
export function isPure(inst: Inst): boolean {
  switch (inst.op) {
    case 'store': case 'gstore': case 'call': case 'syscall': return false;
    default: return true;
  }
}

/** Rewrites every vreg an instruction reads through `f` (the definition is left alone). */
export function mapInstUses(inst: Inst, f: (v: VReg) => VReg): Inst {
  switch (inst.op) {
    case 'const': case 'gload': case 'startup': case 'dataptr': return inst;
    case 'copy': case 'unary': case 'funary': case 'convert': return { ...inst, src: f(inst.src) };
    case 'binary': case 'fbinary': case 'compare': case 'fcompare': return { ...inst, a: f(inst.a), b: f(inst.b) };
    case 'load': return { ...inst, addr: { ...inst.addr, index: f(inst.addr.index) } };
    case 'store': return { ...inst, addr: { ...inst.addr, index: f(inst.addr.index) }, src: f(inst.src) };
    case 'gstore': return { ...inst, src: f(inst.src) };
    case 'heapptr': return { ...inst, offset: f(inst.offset) };
    case 'hostload': return { ...inst, ptr: f(inst.ptr) };
    case 'call': case 'syscall': return { ...inst, args: inst.args.map(f) };
  }
}

/** Rewrites every successor of a terminator through `f`. */
export function mapTermTargets(term: Terminator, f: (b: BlockId) => BlockId): Terminator {
  switch (term.op) {
    case 'jump': return { op: 'jump', target: f(term.target) };
    case 'branch': return { ...term, then: f(term.then), else: f(term.else) };
    case 'switch': return { ...term, targets: term.targets.map(f), default: f(term.default) };
    default: return term;
  }
}

export function mapTermUses(term: Terminator, f: (v: VReg) => VReg): Terminator {
  switch (term.op) {
    case 'branch': return { ...term, cond: f(term.cond) };
    case 'switch': return { ...term, value: f(term.value) };
    case 'return': return term.value === null ? term : { ...term, value: f(term.value) };
    default: return term;
  }
}
