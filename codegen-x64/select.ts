// Instruction selection and emission for one LIR function, after register allocation.
//
// Each LIR instruction is matched to an x86-64 pattern with its operands' allocated locations:
// constants become immediates where the instruction has an immediate form, spilled operands become
// memory operands where it has an r/m form, and a compare whose only use is the branch right after
// it is fused into `cmp`/`ucomisd` + `jcc` (no flag materialization). Heap accesses use the
// reserved heap-base register r15 as the base of a SIB address: `[r15 + index*scale + disp]`.
//
// Invariant relied on throughout: an i32 value in a 64-bit register is zero-extended (every 32-bit
// x86 instruction clears the upper half), so it can serve directly as an address index.
import type { Address, BlockId, Inst, LirFunction, LirType, Terminator, VReg } from '../stage0/kernelc/lir.ts';
import { INT_BINARY_OPS, instUses, termUses } from '../stage0/kernelc/lir.ts';
import { Assembler, mem, ripMem } from './encoder.ts';
import type { AluOp, Label, Mem } from './encoder.ts';
import {
  SCRATCH_GPR, SCRATCH_XMM, SCRATCH_XMM2, SCRATCH_XMM3, emitMove, emitParallelMove, f64Bits, slotMem,
} from './moves.ts';
import type { ConstantPool, Frame, Move } from './moves.ts';
import { allocateRegisters } from './regalloc.ts';
import type { Location } from './regalloc.ts';
import { GPR, negateCond } from './registers.ts';
import type { Cond, Gpr, Xmm } from './registers.ts';

/** The heap base lives here for the whole run (docs/codegen-x64.md). */
export const HEAP_BASE: Gpr = GPR.r15;
/** Internal calling convention: integer and f64 argument registers, in order. */
export const INT_ARG_REGS: readonly Gpr[] = [GPR.rdi, GPR.rsi, GPR.rdx, GPR.rcx, GPR.r8, GPR.r9];
export const FLOAT_ARG_REGS: readonly Xmm[] = [0, 1, 2, 3, 4, 5, 6, 7];
/** Linux x86-64 system call argument registers (rcx is taken by `syscall` itself, hence r10). */
const SYSCALL_ARG_REGS: readonly Gpr[] = [GPR.rdi, GPR.rsi, GPR.rdx, GPR.r10, GPR.r8, GPR.r9];
const SYSCALL_NUMBERS = { read: 0, write: 1, close: 3, mmap: 9, munmap: 11, clock_gettime: 228, exit_group: 231, openat: 257 } as const;

/** Data-segment symbol of a LIR global, and of the saved startup values. */
export const globalSymbol = (name: string): string => `ouro_global.${name}`;
export const STARTUP_SYMBOLS = { argc: 'ouro_startup.argc', argv: 'ouro_startup.argv' } as const;

const INT_CONDS = {
  eq: 'e', ne: 'ne', lt_s: 'l', le_s: 'le', gt_s: 'g', ge_s: 'ge', lt_u: 'b', le_u: 'be', gt_u: 'a', ge_u: 'ae',
} as const satisfies Record<string, Cond>;

const ALU_OF = { add: 'add', sub: 'sub', and: 'and', or: 'or', xor: 'xor' } as const satisfies Record<string, AluOp>;
const SHIFT_OF = { shl: 'shl', shr_s: 'sar', shr_u: 'shr' } as const;
const ROUND_MODE = { floor: 9, ceil: 10, trunc: 11 } as const;

export class FunctionEmitter {
  private readonly locations: Location[];
  private readonly frame: Frame;
  private readonly spillBytes: number;
  private readonly usedCalleeSaved: Gpr[];
  private readonly blockLabels: Label[];
  /** Compares whose result is only the condition of the branch that ends their block. */
  private readonly fused = new Set<VReg>();
  private readonly asm: Assembler;
  private readonly fn: LirFunction;
  /** Jump tables of this function's `switch`es, emitted after its code. */
  private readonly jumpTables: { table: Label; targets: Label[] }[] = [];
  private readonly signatures: ReadonlyMap<string, { params: LirType[]; result: LirType | null }>;

  constructor(asm: Assembler, fn: LirFunction, signatures: ReadonlyMap<string, { params: LirType[]; result: LirType | null }>, pool: ConstantPool) {
    this.asm = asm;
    this.fn = fn;
    this.signatures = signatures;
    const useCount = new Map<VReg, number>();
    for (const b of fn.blocks) {
      for (const inst of b.insts) for (const u of instUses(inst)) useCount.set(u, (useCount.get(u) ?? 0) + 1);
      for (const u of termUses(b.term)) useCount.set(u, (useCount.get(u) ?? 0) + 1);
    }
    for (const b of fn.blocks) {
      const last = b.insts[b.insts.length - 1];
      if (b.term.op === 'branch' && last !== undefined && (last.op === 'compare' || last.op === 'fcompare') &&
        last.dst === b.term.cond && useCount.get(last.dst) === 1) this.fused.add(last.dst);
    }
    const hints = new Map<VReg, number>();
    // Parameters prefer the register they arrive in, which saves the entry's parallel move.
    let paramInts = 0;
    let paramFloats = 0;
    for (const p of fn.params) {
      const reg = fn.vregs[p]!.type === 'f64' ? FLOAT_ARG_REGS[paramFloats++] : INT_ARG_REGS[paramInts++];
      if (reg !== undefined) hints.set(p, reg);
    }
    for (const b of fn.blocks) for (const inst of b.insts) {
      if (inst.op !== 'call') continue;
      let ints = 0;
      let floats = 0;
      for (const v of inst.args) {
        const isFloat = fn.vregs[v]!.type === 'f64';
        const reg = isFloat ? FLOAT_ARG_REGS[floats++] : INT_ARG_REGS[ints++];
        if (reg !== undefined && useCount.get(v) === 1) hints.set(v, reg);
      }
    }
    const sameAs = new Map<VReg, VReg>();
    for (const b of fn.blocks) for (const inst of b.insts) {
      if (inst.op === 'binary' || inst.op === 'fbinary') sameAs.set(inst.dst, inst.a);
      else if (inst.op === 'unary' || inst.op === 'funary' || inst.op === 'copy') sameAs.set(inst.dst, inst.src);
    }
    const alloc = allocateRegisters(fn, this.fused, hints, sameAs);
    this.locations = alloc.locations;
    this.usedCalleeSaved = alloc.usedCalleeSaved;
    this.frame = { savedRegs: alloc.usedCalleeSaved.length, pool };
    // After `push rbp` the stack is 16-aligned; saved registers plus spill slots are padded so that
    // it stays aligned at every call.
    const below = 8 * (alloc.usedCalleeSaved.length + alloc.spillSlots);
    this.spillBytes = 8 * alloc.spillSlots + (below % 16 === 0 ? 0 : 8);
    this.blockLabels = fn.blocks.map(() => asm.newLabel());
  }

  private type(v: VReg): LirType {
    return this.fn.vregs[v]!.type;
  }

  private loc(v: VReg): Location {
    return this.locations[v]!;
  }

  /** A GPR holding `v`: its own register, or `scratch` loaded from its slot or constant. */
  private gpr(v: VReg, scratch: Gpr): Gpr {
    const l = this.loc(v);
    if (l.kind === 'gpr') return l.reg;
    emitMove(this.asm, this.frame, this.type(v), { kind: 'gpr', reg: scratch }, l);
    return scratch;
  }

  /** An XMM register holding `v`. */
  private xmm(v: VReg, scratch: Xmm): Xmm {
    const l = this.loc(v);
    if (l.kind === 'xmm') return l.reg;
    emitMove(this.asm, this.frame, 'f64', { kind: 'xmm', reg: scratch }, l);
    return scratch;
  }

  /** The register to compute `v` into: its own, or r11/xmm15 followed by `commit`. */
  private dstGpr(v: VReg): Gpr {
    const l = this.loc(v);
    return l.kind === 'gpr' ? l.reg : SCRATCH_GPR;
  }

  private dstXmm(v: VReg): Xmm {
    const l = this.loc(v);
    return l.kind === 'xmm' ? l.reg : SCRATCH_XMM;
  }

  private commitGpr(v: VReg, reg: Gpr): void {
    emitMove(this.asm, this.frame, this.type(v), this.loc(v), { kind: 'gpr', reg });
  }

  private commitXmm(v: VReg, reg: Xmm): void {
    emitMove(this.asm, this.frame, 'f64', this.loc(v), { kind: 'xmm', reg });
  }

  private isConst(v: VReg): number | null {
    const l = this.loc(v);
    return l.kind === 'const' ? l.value : null;
  }

  /** A constant that fits a sign-extended imm32 for an operation of `type`, or null. */
  private imm(v: VReg, type: LirType): number | null {
    const c = this.isConst(v);
    if (c === null) return null;
    if (type === 'i32') return c | 0;
    return c >= -0x80000000 && c <= 0x7fffffff ? c : null;
  }

  emit(): void {
    const a = this.asm;
    a.push(GPR.rbp);
    a.movRR(64, GPR.rbp, GPR.rsp);
    for (const r of this.usedCalleeSaved) a.push(r);
    if (this.spillBytes > 0) a.aluRI('sub', 64, GPR.rsp, this.spillBytes);
    this.emitParameterMoves();
    this.fn.blocks.forEach((block, i) => {
      a.bind(this.blockLabels[block.id]!);
      for (const inst of block.insts) this.emitInst(inst);
      this.emitTerminator(block.term, this.fn.blocks[i + 1]?.id ?? null, block.insts[block.insts.length - 1]);
    });
    for (const { table, targets } of this.jumpTables) {
      a.align(4);
      a.bind(table);
      for (const t of targets) a.labelDifference(t, table);
    }
  }

  private emitParameterMoves(): void {
    const moves: Move[] = [];
    let ints = 0;
    let floats = 0;
    for (const p of this.fn.params) {
      const type = this.type(p);
      const src: Location = type === 'f64' ? { kind: 'xmm', reg: FLOAT_ARG_REGS[floats++]! } : { kind: 'gpr', reg: INT_ARG_REGS[ints++]! };
      moves.push({ dst: this.loc(p), src, type });
    }
    emitParallelMove(this.asm, this.frame, moves);
  }

  private emitEpilogue(): void {
    const a = this.asm;
    if (this.usedCalleeSaved.length > 0 || this.spillBytes > 0) a.lea(GPR.rsp, mem(GPR.rbp, -8 * this.usedCalleeSaved.length));
    for (const r of [...this.usedCalleeSaved].reverse()) a.pop(r);
    a.pop(GPR.rbp);
    a.ret();
  }

  private heapMem(addr: Address, scratch: Gpr): Mem {
    const c = this.isConst(addr.index);
    if (c !== null) {
      const disp = (c >>> 0) * addr.scale + addr.disp;
      if (disp <= 0x7fffffff) return mem(HEAP_BASE, disp);
    }
    return mem(HEAP_BASE, addr.disp, this.gpr(addr.index, scratch), addr.scale);
  }

  private emitInst(inst: Inst): void {
    const a = this.asm;
    switch (inst.op) {
      case 'const':
        // Single-definition constants are rematerialized at their uses; a constant assigned to a
        // multiply-defined vreg (a local variable) is a real move.
        if (this.loc(inst.dst).kind !== 'const') emitMove(a, this.frame, this.type(inst.dst), this.loc(inst.dst), { kind: 'const', value: inst.value });
        return;
      case 'copy':
        emitMove(a, this.frame, this.type(inst.dst), this.loc(inst.dst), this.loc(inst.src));
        return;
      case 'binary': return this.emitBinary(inst);
      case 'fbinary': return this.emitFloatBinary(inst);
      case 'unary': {
        const size = this.type(inst.dst) === 'i64' ? 64 : 32;
        const d = this.dstGpr(inst.dst);
        if (inst.kind === 'clz') {
          // clz = 31 - bsr(x) = bsr(x) ^ 31; for x = 0 (bsr leaves ZF set) use 63, and 63 ^ 31 = 32.
          const s = this.gpr(inst.src, GPR.rax);
          a.movRI(32, GPR.rcx, 63);
          a.bsr(32, d, s);
          a.cmov('e', 32, d, GPR.rcx);
          a.aluRI('xor', 32, d, 31);
        } else if (inst.kind === 'eqz') {
          const s = this.gpr(inst.src, GPR.rax);
          a.testRR(size, s, s);
          a.setcc('e', GPR.rax);
          a.movzxByte(d, GPR.rax);
        } else {
          emitMove(a, this.frame, this.type(inst.dst), { kind: 'gpr', reg: d }, this.loc(inst.src));
          a.group3(inst.kind, size, d);
        }
        this.commitGpr(inst.dst, d);
        return;
      }
      case 'funary': return this.emitFloatUnary(inst);
      case 'compare': case 'fcompare': {
        if (this.fused.has(inst.dst)) return; // emitted by the branch
        const cond = this.emitCompare(inst);
        const d = this.dstGpr(inst.dst);
        if (cond === 'feq' || cond === 'fne') {
          // eq: ZF=1 and PF=0; ne: ZF=0 or PF=1 (PF=1 means unordered, i.e. a NaN operand).
          a.setcc(cond === 'feq' ? 'e' : 'ne', GPR.rax);
          a.setcc(cond === 'feq' ? 'np' : 'p', GPR.rcx);
          a.aluRR(cond === 'feq' ? 'and' : 'or', 32, GPR.rax, GPR.rcx);
        } else {
          a.setcc(cond, GPR.rax);
        }
        a.movzxByte(d, GPR.rax);
        this.commitGpr(inst.dst, d);
        return;
      }
      case 'convert': return this.emitConvert(inst);
      case 'load': {
        const m = this.heapMem(inst.addr, SCRATCH_GPR);
        if (inst.mem === 'f64') {
          const d = this.dstXmm(inst.dst);
          a.loadSd(d, m);
          this.commitXmm(inst.dst, d);
          return;
        }
        const d = this.dstGpr(inst.dst);
        if (inst.mem === 'i32') a.load(32, d, m);
        else a.loadExtend(d, m, inst.mem === 'u8' || inst.mem === 'i8' ? 1 : 2, inst.mem === 'i8' || inst.mem === 'i16');
        this.commitGpr(inst.dst, d);
        return;
      }
      case 'store': {
        const m = this.heapMem(inst.addr, SCRATCH_GPR);
        if (inst.mem === 'f64') { a.storeSd(m, this.xmm(inst.src, SCRATCH_XMM)); return; }
        const c = this.imm(inst.src, 'i32');
        const size = inst.mem === 'i32' ? 32 : inst.mem === 'u16' || inst.mem === 'i16' ? 16 : 8;
        if (c !== null) {
          if (size === 32) a.storeImm(32, m, c);
          else a.storeImmNarrow(size, m, c & (size === 8 ? 0xff : 0xffff));
          return;
        }
        a.store(size, m, this.gpr(inst.src, GPR.rax));
        return;
      }
      case 'gload': case 'gstore': {
        const type = inst.op === 'gload' ? this.type(inst.dst) : this.type(inst.src);
        const m = ripMem(globalSymbol(inst.global));
        if (inst.op === 'gload') {
          if (type === 'f64') { const d = this.dstXmm(inst.dst); a.loadSd(d, m); this.commitXmm(inst.dst, d); }
          else { const d = this.dstGpr(inst.dst); a.load(type === 'i64' ? 64 : 32, d, m); this.commitGpr(inst.dst, d); }
        } else if (type === 'f64') a.storeSd(m, this.xmm(inst.src, SCRATCH_XMM));
        else a.store(type === 'i64' ? 64 : 32, m, this.gpr(inst.src, GPR.rax));
        return;
      }
      case 'heapptr': {
        const d = this.dstGpr(inst.dst);
        a.lea(d, this.heapMem({ index: inst.offset, scale: 1, disp: 0 }, GPR.rax));
        this.commitGpr(inst.dst, d);
        return;
      }
      case 'dataptr': {
        const d = this.dstGpr(inst.dst);
        a.lea(d, ripMem(inst.symbol));
        this.commitGpr(inst.dst, d);
        return;
      }
      case 'hostload': {
        const p = this.gpr(inst.ptr, GPR.rax);
        const d = this.dstGpr(inst.dst);
        if (inst.width === 64 || inst.width === 32) a.load(inst.width, d, mem(p, inst.disp));
        else a.loadExtend(d, mem(p, inst.disp), inst.width === 8 ? 1 : 2, false);
        this.commitGpr(inst.dst, d);
        return;
      }
      case 'startup': {
        const d = this.dstGpr(inst.dst);
        a.load(64, d, ripMem(STARTUP_SYMBOLS[inst.what]));
        this.commitGpr(inst.dst, d);
        return;
      }
      case 'call': return this.emitCall(inst.callee, inst.args, inst.dst);
      case 'syscall': {
        const moves: Move[] = inst.args.map((v, i) => ({ dst: { kind: 'gpr', reg: SYSCALL_ARG_REGS[i]! }, src: this.loc(v), type: this.type(v) }));
        emitParallelMove(a, this.frame, moves);
        a.movRI(32, GPR.rax, SYSCALL_NUMBERS[inst.name]);
        a.syscall();
        this.commitGpr(inst.dst, GPR.rax);
        return;
      }
    }
  }

  private emitCall(callee: string, args: readonly VReg[], dst: VReg | null): void {
    const moves: Move[] = [];
    let ints = 0;
    let floats = 0;
    for (const v of args) {
      const type = this.type(v);
      if (type === 'f64') moves.push({ dst: { kind: 'xmm', reg: FLOAT_ARG_REGS[floats++]! }, src: this.loc(v), type });
      else moves.push({ dst: { kind: 'gpr', reg: INT_ARG_REGS[ints++]! }, src: this.loc(v), type });
    }
    if (ints > INT_ARG_REGS.length || floats > FLOAT_ARG_REGS.length) throw new Error(`@${callee}: too many arguments for registers`);
    emitParallelMove(this.asm, this.frame, moves);
    this.asm.call(callee);
    if (dst !== null) {
      if (this.type(dst) === 'f64') this.commitXmm(dst, 0);
      else this.commitGpr(dst, GPR.rax);
    }
  }

  private emitBinary(inst: Extract<Inst, { op: 'binary' }>): void {
    const a = this.asm;
    const type = this.type(inst.dst);
    const size = type === 'i64' ? 64 : 32;
    const k = inst.kind;
    if (k === 'div_s' || k === 'rem_s' || k === 'div_u' || k === 'rem_u') return this.emitDivide(inst, size);
    let { a: x, b: y } = inst;
    const d = this.dstGpr(inst.dst);
    const bLoc = this.loc(y);
    // Two-address form: d := x; d op= y. If d already holds y, swap (commutative) or save y first.
    if (bLoc.kind === 'gpr' && bLoc.reg === d && !(this.loc(x).kind === 'gpr' && (this.loc(x) as { reg: Gpr }).reg === d)) {
      if (INT_BINARY_OPS[k].commutative) [x, y] = [y, x];
      else { a.movRR(64, GPR.rax, d); y = -1; }
    }
    const yImm = y >= 0 ? this.imm(y, type) : null;
    if (k === 'shl' || k === 'shr_s' || k === 'shr_u') {
      if (yImm === null) emitMove(a, this.frame, 'i32', { kind: 'gpr', reg: GPR.rcx }, y >= 0 ? this.loc(y) : { kind: 'gpr', reg: GPR.rax });
      emitMove(a, this.frame, type, { kind: 'gpr', reg: d }, this.loc(x));
      if (yImm !== null) a.shiftRI(SHIFT_OF[k], size, d, yImm & (size - 1));
      else a.shiftRCl(SHIFT_OF[k], size, d);
      this.commitGpr(inst.dst, d);
      return;
    }
    if (k === 'mul' && yImm !== null) {
      a.imulRRI(size, d, this.gpr(x, d), yImm);
      this.commitGpr(inst.dst, d);
      return;
    }
    emitMove(a, this.frame, type, { kind: 'gpr', reg: d }, this.loc(x));
    const yLoc: Location = y >= 0 ? this.loc(y) : { kind: 'gpr', reg: GPR.rax };
    if (k === 'mul') {
      if (yLoc.kind === 'stack') a.imulRM(size, d, slotMem(this.frame, yLoc.slot));
      else a.imulRR(size, d, this.gprOfLocation(yLoc, type));
    } else {
      const op = ALU_OF[k];
      if (yImm !== null) a.aluRI(op, size, d, yImm);
      else if (yLoc.kind === 'stack') a.aluRM(op, size, d, slotMem(this.frame, yLoc.slot));
      else a.aluRR(op, size, d, this.gprOfLocation(yLoc, type));
    }
    this.commitGpr(inst.dst, d);
  }

  private gprOfLocation(l: Location, type: LirType): Gpr {
    if (l.kind === 'gpr') return l.reg;
    emitMove(this.asm, this.frame, type, { kind: 'gpr', reg: GPR.rax }, l);
    return GPR.rax;
  }

  /**
   * Total division (docs/lir.md): x86 `idiv` faults on a zero divisor and on MIN / -1, so both are
   * tested first. Divisor in r11, dividend in rax, quotient rax, remainder rdx.
   */
  private emitDivide(inst: Extract<Inst, { op: 'binary' }>, size: 32 | 64): void {
    const a = this.asm;
    const signed = inst.kind === 'div_s' || inst.kind === 'rem_s';
    const wantRem = inst.kind === 'rem_s' || inst.kind === 'rem_u';
    const type = this.type(inst.dst);
    emitMove(a, this.frame, type, { kind: 'gpr', reg: SCRATCH_GPR }, this.loc(inst.b));
    emitMove(a, this.frame, type, { kind: 'gpr', reg: GPR.rax }, this.loc(inst.a));
    const zero = a.newLabel();
    const done = a.newLabel();
    const minusOne = a.newLabel();
    a.testRR(size, SCRATCH_GPR, SCRATCH_GPR);
    a.jump(zero, 'e');
    if (signed) {
      a.aluRI('cmp', size, SCRATCH_GPR, -1);
      a.jump(minusOne, 'e');
      a.signExtendAccumulator(size);
      a.group3('idiv', size, SCRATCH_GPR);
    } else {
      a.aluRR('xor', 32, GPR.rdx, GPR.rdx);
      a.group3('div', size, SCRATCH_GPR);
    }
    a.jump(done);
    if (signed) {
      // x / -1 is -x (MIN wraps to MIN); x % -1 is 0.
      a.bind(minusOne);
      if (wantRem) a.aluRR('xor', 32, GPR.rdx, GPR.rdx);
      else a.group3('neg', size, GPR.rax);
      a.jump(done);
    }
    a.bind(zero);
    a.aluRR('xor', 32, wantRem ? GPR.rdx : GPR.rax, wantRem ? GPR.rdx : GPR.rax);
    a.bind(done);
    this.commitGpr(inst.dst, wantRem ? GPR.rdx : GPR.rax);
  }

  private emitFloatBinary(inst: Extract<Inst, { op: 'fbinary' }>): void {
    const a = this.asm;
    const d = this.dstXmm(inst.dst);
    if (inst.kind === 'min' || inst.kind === 'max') {
      // JS Math.min/max: NaN if either is NaN; -0 < +0. minsd/maxsd get neither right, so: unordered
      // -> x + y (a NaN); equal -> bitwise or (min) / and (max) of the two, which picks the signed
      // zero correctly and is the identity otherwise; else minsd/maxsd.
      const x = this.xmm(inst.a, SCRATCH_XMM2);
      const y = this.xmm(inst.b, SCRATCH_XMM3);
      const unordered = a.newLabel();
      const equal = a.newLabel();
      const done = a.newLabel();
      a.ucomisd(x, y);
      a.jump(unordered, 'p');
      a.jump(equal, 'e');
      a.ssePd('movapd', SCRATCH_XMM, x);
      a.sseSd(inst.kind === 'min' ? 'minsd' : 'maxsd', SCRATCH_XMM, y);
      a.jump(done);
      a.bind(equal);
      a.ssePd('movapd', SCRATCH_XMM, x);
      a.ssePd(inst.kind === 'min' ? 'orpd' : 'andpd', SCRATCH_XMM, y);
      a.jump(done);
      a.bind(unordered);
      a.ssePd('movapd', SCRATCH_XMM, x);
      a.sseSd('addsd', SCRATCH_XMM, y);
      a.bind(done);
      this.commitXmm(inst.dst, SCRATCH_XMM);
      return;
    }
    const op = ({ add: 'addsd', sub: 'subsd', mul: 'mulsd', div: 'divsd' } as const)[inst.kind];
    let x = inst.a;
    let y = inst.b;
    const yl = this.loc(y);
    if (yl.kind === 'xmm' && yl.reg === d && !(this.loc(x).kind === 'xmm' && (this.loc(x) as { reg: Xmm }).reg === d)) {
      if (inst.kind === 'add' || inst.kind === 'mul') [x, y] = [y, x];
      else {
        a.ssePd('movapd', SCRATCH_XMM2, d);
        emitMove(a, this.frame, 'f64', { kind: 'xmm', reg: d }, this.loc(x));
        a.sseSd(op, d, SCRATCH_XMM2);
        this.commitXmm(inst.dst, d);
        return;
      }
    }
    emitMove(a, this.frame, 'f64', { kind: 'xmm', reg: d }, this.loc(x));
    const l = this.loc(y);
    if (l.kind === 'stack') a.sseSd(op, d, slotMem(this.frame, l.slot));
    else if (l.kind === 'const') a.sseSd(op, d, this.frame.pool.f64(l.value));
    else a.sseSd(op, d, this.xmm(y, SCRATCH_XMM2));
    this.commitXmm(inst.dst, d);
  }

  private emitFloatUnary(inst: Extract<Inst, { op: 'funary' }>): void {
    const a = this.asm;
    const d = this.dstXmm(inst.dst);
    const s = this.xmm(inst.src, SCRATCH_XMM2);
    switch (inst.kind) {
      case 'sqrt': a.sseSd('sqrtsd', d, s); break;
      case 'floor': case 'ceil': case 'trunc': a.roundsd(d, s, ROUND_MODE[inst.kind]); break;
      case 'neg': case 'abs': {
        // Flip or clear the sign bit with a mask from the constant pool.
        a.loadSd(SCRATCH_XMM3, ripMem(this.frame.pool.symbolFor(inst.kind === 'neg' ? 0x8000000000000000n : 0x7fffffffffffffffn)));
        if (d !== s) a.ssePd('movapd', d, s);
        a.ssePd(inst.kind === 'neg' ? 'xorpd' : 'andpd', d, SCRATCH_XMM3);
        break;
      }
    }
    this.commitXmm(inst.dst, d);
  }

  private emitConvert(inst: Extract<Inst, { op: 'convert' }>): void {
    const a = this.asm;
    switch (inst.kind) {
      case 'i32_to_f64': case 'u32_to_f64': {
        const d = this.dstXmm(inst.dst);
        const s = this.gpr(inst.src, GPR.rax);
        // xorpd first: cvtsi2sd writes only the low lane, which would otherwise make it wait for
        // the register's previous value.
        a.ssePd('xorpd', d, d);
        if (inst.kind === 'i32_to_f64') a.cvtsi2sd(32, d, s);
        else { a.movRR(32, GPR.rax, s); a.cvtsi2sd(64, d, GPR.rax); } // zero-extended: exact u32
        this.commitXmm(inst.dst, d);
        return;
      }
      case 'f64_to_i32': return this.emitToInt32(inst.dst, inst.src);
      case 'f64_from_bits': {
        const d = this.dstXmm(inst.dst);
        a.movqToXmm(d, this.gpr(inst.src, GPR.rax));
        this.commitXmm(inst.dst, d);
        return;
      }
      case 'i32_to_i64_s': { const d = this.dstGpr(inst.dst); a.movsxd(d, this.gpr(inst.src, GPR.rax)); this.commitGpr(inst.dst, d); return; }
      case 'i32_to_i64_u': case 'i64_to_i32': {
        const d = this.dstGpr(inst.dst);
        a.movRR(32, d, this.gpr(inst.src, GPR.rax));
        this.commitGpr(inst.dst, d);
        return;
      }
    }
  }

  /**
   * JS ToInt32 (ECMA-262 §7.1.6): truncate, then reduce modulo 2^32. `cvttsd2si r64` gives the
   * exact truncation whenever |x| < 2^63, and the low 32 bits of that are the answer. Otherwise
   * (NaN, ±Inf, huge) it returns 0x8000000000000000 and the slow path reduces x first:
   * r = x - trunc(x / 2^32) * 2^32 is exact in f64 (|r| < 2^32, a multiple of x's ulp), NaN for
   * NaN and ±Inf, whose conversion's low 32 bits are 0, as ToInt32 requires.
   */
  private emitToInt32(dst: VReg, src: VReg): void {
    const a = this.asm;
    const x = this.xmm(src, SCRATCH_XMM3);
    const done = a.newLabel();
    a.cvttsd2si(GPR.rax, x);
    a.movRI(64, SCRATCH_GPR, -0x8000000000000000n);
    a.aluRR('cmp', 64, GPR.rax, SCRATCH_GPR);
    a.jump(done, 'ne');
    a.movRI(64, SCRATCH_GPR, BigInt.asIntN(64, f64Bits(4294967296)));
    a.movqToXmm(SCRATCH_XMM2, SCRATCH_GPR);
    a.ssePd('movapd', SCRATCH_XMM, x);
    a.sseSd('divsd', SCRATCH_XMM, SCRATCH_XMM2);
    a.roundsd(SCRATCH_XMM, SCRATCH_XMM, ROUND_MODE.trunc);
    a.sseSd('mulsd', SCRATCH_XMM, SCRATCH_XMM2);
    a.ssePd('movapd', SCRATCH_XMM2, x);
    a.sseSd('subsd', SCRATCH_XMM2, SCRATCH_XMM);
    a.cvttsd2si(GPR.rax, SCRATCH_XMM2);
    a.bind(done);
    const d = this.dstGpr(dst);
    a.movRR(32, d, GPR.rax);
    this.commitGpr(dst, d);
  }

  /** Sets the flags for a compare; returns the condition that is true, or feq/fne for the NaN-aware pair. */
  private emitCompare(inst: Extract<Inst, { op: 'compare' | 'fcompare' }>): Cond | 'feq' | 'fne' {
    const a = this.asm;
    if (inst.op === 'compare') {
      const type = this.type(inst.a);
      const size = type === 'i64' ? 64 : 32;
      const yImm = this.imm(inst.b, type);
      const x = this.gpr(inst.a, GPR.rax);
      if (yImm === 0 && (inst.cond === 'eq' || inst.cond === 'ne')) a.testRR(size, x, x);
      else if (yImm !== null) a.aluRI('cmp', size, x, yImm);
      else {
        const l = this.loc(inst.b);
        if (l.kind === 'stack') a.aluRM('cmp', size, x, slotMem(this.frame, l.slot));
        else a.aluRR('cmp', size, x, this.gpr(inst.b, SCRATCH_GPR));
      }
      return INT_CONDS[inst.cond];
    }
    // ucomisd x, y sets CF for x < y, ZF for equal, all three for unordered. `a`/`ae` are false
    // when unordered, so lt/le are computed as gt/ge with the operands swapped.
    const swap = inst.cond === 'lt' || inst.cond === 'le';
    const x = this.xmm(swap ? inst.b : inst.a, SCRATCH_XMM2);
    const yv = swap ? inst.a : inst.b;
    const yl = this.loc(yv);
    if (yl.kind === 'const') a.ucomisd(x, this.frame.pool.f64(yl.value));
    else if (yl.kind === 'stack') a.ucomisd(x, slotMem(this.frame, yl.slot));
    else a.ucomisd(x, this.xmm(yv, SCRATCH_XMM3));
    switch (inst.cond) {
      case 'eq': return 'feq';
      case 'ne': return 'fne';
      case 'lt': case 'gt': return 'a';
      case 'le': case 'ge': return 'ae';
    }
  }

  private emitTerminator(term: Terminator, next: BlockId | null, last: Inst | undefined): void {
    const a = this.asm;
    switch (term.op) {
      case 'jump':
        if (term.target !== next) a.jump(this.blockLabels[term.target]!);
        return;
      case 'return':
        if (term.value !== null) {
          const type = this.type(term.value);
          emitMove(a, this.frame, type, type === 'f64' ? { kind: 'xmm', reg: 0 } : { kind: 'gpr', reg: GPR.rax }, this.loc(term.value));
        }
        this.emitEpilogue();
        return;
      case 'unreachable':
        a.ud2();
        return;
      case 'switch': {
        // Bounds check (one unsigned compare covers both ends), then an indirect jump through a
        // table of 32-bit offsets relative to the table, placed after the function's code.
        const v = this.gpr(term.value, GPR.rax);
        a.movRR(32, GPR.rax, v);
        if (term.low !== 0) a.aluRI('sub', 32, GPR.rax, term.low | 0);
        a.aluRI('cmp', 32, GPR.rax, term.targets.length);
        a.jump(this.blockLabels[term.default]!, 'ae');
        const table = a.newLabel();
        a.leaLabel(SCRATCH_GPR, table);
        a.movsxdMem(GPR.rax, mem(SCRATCH_GPR, 0, GPR.rax, 4));
        a.aluRR('add', 64, GPR.rax, SCRATCH_GPR);
        a.jumpReg(GPR.rax);
        this.jumpTables.push({ table, targets: term.targets.map((t) => this.blockLabels[t]!) });
        return;
      }
      case 'branch': {
        const thenL = this.blockLabels[term.then]!;
        const elseL = this.blockLabels[term.else]!;
        let cond: Cond | 'feq' | 'fne';
        if (this.fused.has(term.cond) && last !== undefined && (last.op === 'compare' || last.op === 'fcompare')) {
          cond = this.emitCompare(last);
        } else {
          const c = this.gpr(term.cond, GPR.rax);
          a.testRR(32, c, c);
          cond = 'ne';
        }
        if (cond === 'feq') {
          a.jump(elseL, 'ne');
          a.jump(elseL, 'p');
          if (term.then !== next) a.jump(thenL);
        } else if (cond === 'fne') {
          a.jump(thenL, 'ne');
          a.jump(thenL, 'p');
          if (term.else !== next) a.jump(elseL);
        } else if (term.then === next) {
          a.jump(elseL, negateCond(cond));
        } else {
          a.jump(thenL, cond);
          if (term.else !== next) a.jump(elseL);
        }
        return;
      }
    }
  }

  /** The f64 result register of a call under the internal convention (for the entry stub). */
  static readonly RESULT_XMM: Xmm = 0;
  /** Used by the module emitter to check arities before emission. */
  signatureOf(name: string): { params: LirType[]; result: LirType | null } | undefined {
    return this.signatures.get(name);
  }
}

