// Moving values between locations (registers, stack slots, rematerialized constants), one at a
// time or as a parallel move (call arguments, incoming parameters), for codegen-x64.
//
// Scratch registers: rax, rcx, rdx and r11 (GPR) and xmm13-xmm15 are never allocated, so code
// emitted between two LIR instructions may use them freely. The parallel move uses r11 / xmm15 to
// break cycles and r11 to materialize f64 constants, so it emits constant moves last.
import type { LirType } from '../stage0/kernelc/lir.ts';
import { Assembler, mem, ripMem } from './encoder.ts';
import type { Mem } from './encoder.ts';
import type { Location } from './regalloc.ts';
import { GPR } from './registers.ts';
import type { Gpr, Xmm } from './registers.ts';

export const SCRATCH_GPR: Gpr = GPR.r11;
export const SCRATCH_XMM: Xmm = 15;
export const SCRATCH_XMM2: Xmm = 14;
export const SCRATCH_XMM3: Xmm = 13;

/**
 * 8-byte constants in read-only data, addressed RIP-relative (`addsd xmm0, [rip + k]`): an f64
 * operand costs no instruction and no register. Keyed by bit pattern, in first-use order.
 */
export class ConstantPool {
  readonly entries = new Map<bigint, string>();

  symbolFor(bits: bigint): string {
    let s = this.entries.get(bits);
    if (s === undefined) {
      s = `ouro_const.${this.entries.size}`;
      this.entries.set(bits, s);
    }
    return s;
  }

  f64(value: number): Mem {
    return ripMem(this.symbolFor(f64Bits(value)));
  }
}

/** Where spill slot `slot` lives (below the saved callee-saved registers, rbp-relative), and the pool. */
export interface Frame {
  readonly savedRegs: number;
  readonly pool: ConstantPool;
}

export function slotMem(frame: Frame, slot: number): Mem {
  return mem(GPR.rbp, -8 * (frame.savedRegs + slot + 1));
}

/** The IEEE-754 bits of an f64, for materializing it through a GPR. */
export function f64Bits(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value, true);
  return view.getBigUint64(0, true);
}

function sameLocation(a: Location, b: Location): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'gpr' || a.kind === 'xmm') return a.reg === (b as typeof a).reg;
  if (a.kind === 'stack') return a.slot === (b as typeof a).slot;
  return false;
}

/** Emits dst := src for a value of `type`. Memory-to-memory moves go through rax or xmm14. */
export function emitMove(asm: Assembler, frame: Frame, type: LirType, dst: Location, src: Location): void {
  if (sameLocation(dst, src) || dst.kind === 'none' || src.kind === 'none') return;
  const size = type === 'i64' ? 64 : 32;
  if (type === 'f64') {
    if (dst.kind === 'xmm') {
      if (src.kind === 'xmm') asm.ssePd('movapd', dst.reg, src.reg);
      else if (src.kind === 'stack') asm.loadSd(dst.reg, slotMem(frame, src.slot));
      else if (src.kind === 'const') materializeF64(asm, frame.pool, dst.reg, src.value);
      return;
    }
    if (dst.kind === 'stack') {
      if (src.kind === 'xmm') { asm.storeSd(slotMem(frame, dst.slot), src.reg); return; }
      emitMove(asm, frame, type, { kind: 'xmm', reg: SCRATCH_XMM2 }, src);
      asm.storeSd(slotMem(frame, dst.slot), SCRATCH_XMM2);
    }
    return;
  }
  if (dst.kind === 'gpr') {
    if (src.kind === 'gpr') asm.movRR(size, dst.reg, src.reg);
    else if (src.kind === 'stack') asm.load(size, dst.reg, slotMem(frame, src.slot));
    else if (src.kind === 'const') materializeInt(asm, size, dst.reg, src.value);
    return;
  }
  if (dst.kind === 'stack') {
    if (src.kind === 'gpr') { asm.store(size, slotMem(frame, dst.slot), src.reg); return; }
    if (src.kind === 'const' && (size === 32 || (src.value >= -0x80000000 && src.value <= 0x7fffffff))) {
      asm.storeImm(size, slotMem(frame, dst.slot), src.value | 0);
      return;
    }
    emitMove(asm, frame, type, { kind: 'gpr', reg: GPR.rax }, src);
    asm.store(size, slotMem(frame, dst.slot), GPR.rax);
  }
}

/** reg := integer constant; `xor r, r` for zero (shorter, and breaks dependencies). */
export function materializeInt(asm: Assembler, size: 32 | 64, reg: Gpr, value: number): void {
  if (value === 0) asm.aluRR('xor', 32, reg, reg);
  else if (size === 32) asm.movRI(32, reg, value);
  else asm.movRI(64, reg, BigInt(value));
}

/** xmm := f64 constant, from the constant pool (or `xorpd` for +0). */
export function materializeF64(asm: Assembler, pool: ConstantPool, reg: Xmm, value: number): void {
  if (f64Bits(value) === 0n) { asm.ssePd('xorpd', reg, reg); return; }
  asm.loadSd(reg, pool.f64(value));
}

export interface Move {
  readonly dst: Location;
  readonly src: Location;
  readonly type: LirType;
}

/**
 * Performs all `moves` as if simultaneously. Destinations are distinct. Repeatedly emits a move
 * whose destination no other pending move still reads; when only cycles remain, copies one
 * destination aside into the scratch register and redirects its readers there.
 */
export function emitParallelMove(asm: Assembler, frame: Frame, moves: readonly Move[]): void {
  let pending = moves.filter((m) => !sameLocation(m.dst, m.src) && m.dst.kind !== 'none');
  const constants = pending.filter((m) => m.src.kind === 'const');
  pending = pending.filter((m) => m.src.kind !== 'const');
  while (pending.length > 0) {
    const ready = pending.findIndex((m) => !pending.some((o) => o !== m && sameLocation(o.src, m.dst)));
    if (ready >= 0) {
      const m = pending[ready]!;
      emitMove(asm, frame, m.type, m.dst, m.src);
      pending.splice(ready, 1);
      continue;
    }
    const m = pending[0]!;
    const scratch: Location = m.type === 'f64' ? { kind: 'xmm', reg: SCRATCH_XMM } : { kind: 'gpr', reg: SCRATCH_GPR };
    emitMove(asm, frame, m.type === 'f64' ? 'f64' : 'i64', scratch, m.dst);
    pending = pending.map((o) => (sameLocation(o.src, m.dst) ? { ...o, src: scratch } : o));
  }
  for (const m of constants) emitMove(asm, frame, m.type, m.dst, m.src);
}
