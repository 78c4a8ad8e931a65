// Linear-scan register allocation (Poletto & Sarkar, "Linear Scan Register Allocation", TOPLAS
// 1999) over LIR virtual registers, with spilling.
//
//   1. Number the instructions in layout order (even positions; block start and end get their own).
//   2. Compute liveness per block (backward dataflow), then one live interval [start, end] per
//      vreg: the hull of its definitions, uses, and the blocks it is live into or out of. A single
//      hull per vreg (no lifetime holes) is conservative but simple, and kernel functions are small.
//   3. Walk intervals by start; expire those that ended; give the next one a free register of its
//      class, or spill whichever of it and the active intervals ends last (its whole interval lives
//      in a stack slot).
//
// Calls: the internal calling convention (docs/codegen-x64.md) keeps rbx, r12-r14 across calls and
// clobbers every other allocatable register. An interval that is live across a call therefore only
// gets a callee-saved GPR, or is spilled; f64 values live across a call are always spilled (no xmm
// register survives a call, as in the System V ABI).
//
// Hints: a vreg whose only use is as a call argument prefers that argument's register, so the
// value is computed where the call needs it; the result of a two-address operation (`d = a op b`,
// x86's `op d, b` after `mov d, a`) prefers a's register when a dies there, which deletes the mov.
//
// Constants are not allocated: a vreg whose only definition is `const` is rematerialized at each
// use (as an immediate where the instruction allows one), which keeps long-lived constants from
// occupying registers in loops.
import type { LirFunction, VReg } from '../stage0/kernelc/lir.ts';
import { instDef, instUses, successors, termUses } from '../stage0/kernelc/lir.ts';
import { GPR } from './registers.ts';
import type { Gpr, Xmm } from './registers.ts';

export type Location =
  | { readonly kind: 'gpr'; readonly reg: Gpr }
  | { readonly kind: 'xmm'; readonly reg: Xmm }
  | { readonly kind: 'stack'; readonly slot: number }
  | { readonly kind: 'const'; readonly value: number }
  | { readonly kind: 'none' }; // never read (dead, or a compare fused into its branch)

/** Allocatable registers, caller-saved ones first (preferred for short, call-free intervals). */
export const CALLER_SAVED_GPRS: readonly Gpr[] = [GPR.rsi, GPR.rdi, GPR.r8, GPR.r9, GPR.r10];
export const CALLEE_SAVED_GPRS: readonly Gpr[] = [GPR.rbx, GPR.r12, GPR.r13, GPR.r14];
export const ALLOCATABLE_XMMS: readonly Xmm[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export interface Allocation {
  readonly locations: Location[];
  readonly spillSlots: number;
  /** Callee-saved registers this function writes, which its prologue saves. */
  readonly usedCalleeSaved: Gpr[];
}

interface Interval {
  readonly vreg: VReg;
  readonly start: number;
  readonly end: number;
  readonly crossesCall: boolean;
  readonly isFloat: boolean;
}

/** Live-in sets per block, by backward dataflow to a fixed point. */
export function liveness(fn: LirFunction): { liveIn: Set<VReg>[]; liveOut: Set<VReg>[] } {
  const use = fn.blocks.map(() => new Set<VReg>());
  const def = fn.blocks.map(() => new Set<VReg>());
  for (const b of fn.blocks) {
    for (const inst of b.insts) {
      for (const u of instUses(inst)) if (!def[b.id]!.has(u)) use[b.id]!.add(u);
      const d = instDef(inst);
      if (d !== null) def[b.id]!.add(d);
    }
    for (const u of termUses(b.term)) if (!def[b.id]!.has(u)) use[b.id]!.add(u);
  }
  const liveIn = fn.blocks.map(() => new Set<VReg>());
  const liveOut = fn.blocks.map(() => new Set<VReg>());
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = fn.blocks.length - 1; i >= 0; i--) {
      const b = fn.blocks[i]!;
      const out = new Set<VReg>();
      for (const s of successors(b.term)) for (const v of liveIn[s]!) out.add(v);
      const inn = new Set(use[i]);
      for (const v of out) if (!def[i]!.has(v)) inn.add(v);
      if (inn.size !== liveIn[i]!.size || out.size !== liveOut[i]!.size) changed = true;
      liveIn[i] = inn;
      liveOut[i] = out;
    }
  }
  return { liveIn, liveOut };
}

/**
 * Allocates every vreg of `fn`. `unallocated` lists vregs that need no location (compares the
 * instruction selector fuses into their branch).
 */
export function allocateRegisters(
  fn: LirFunction,
  unallocated: ReadonlySet<VReg>,
  hints: ReadonlyMap<VReg, number> = new Map(),
  sameAs: ReadonlyMap<VReg, VReg> = new Map(),
): Allocation {
  const n = fn.vregs.length;
  const start = new Array<number>(n).fill(Infinity);
  const end = new Array<number>(n).fill(-Infinity);
  const touch = (v: VReg, p: number): void => {
    if (p < start[v]!) start[v] = p;
    if (p > end[v]!) end[v] = p;
  };
  const defCount = new Array<number>(n).fill(0);
  const constValue = new Map<VReg, number>();
  for (const b of fn.blocks) {
    for (const inst of b.insts) {
      const d = instDef(inst);
      if (d !== null) defCount[d]!++;
      if (inst.op === 'const') constValue.set(inst.dst, inst.value);
    }
  }
  // Parameters are all defined at once on entry (positions 0-1), so none of them, even an unused
  // one, can share a register with another.
  for (const p of fn.params) { defCount[p]!++; touch(p, 0); touch(p, 1); }

  const { liveIn, liveOut } = liveness(fn);
  const calls: number[] = [];
  let pos = 2;
  for (const b of fn.blocks) {
    const blockStart = pos;
    for (const v of liveIn[b.id]!) touch(v, blockStart);
    pos += 2;
    for (const inst of b.insts) {
      for (const u of instUses(inst)) touch(u, pos);
      const d = instDef(inst);
      if (d !== null) touch(d, pos);
      if (inst.op === 'call' || inst.op === 'syscall') calls.push(pos);
      pos += 2;
    }
    for (const u of termUses(b.term)) touch(u, pos);
    pos += 2;
    for (const v of liveOut[b.id]!) touch(v, pos);
    pos += 2;
  }

  const locations: Location[] = new Array<Location>(n).fill({ kind: 'none' });
  const intervals: Interval[] = [];
  for (let v = 0; v < n; v++) {
    if (start[v] === Infinity || unallocated.has(v)) continue;
    const c = constValue.get(v);
    if (c !== undefined && defCount[v] === 1) { locations[v] = { kind: 'const', value: c }; continue; }
    const s = start[v]!;
    const e = end[v]!;
    intervals.push({ vreg: v, start: s, end: e, crossesCall: calls.some((p) => s < p && p < e), isFloat: fn.vregs[v]!.type === 'f64' });
  }
  intervals.sort((a, b) => a.start - b.start || a.vreg - b.vreg);

  let spillSlots = 0;
  const usedCalleeSaved = new Set<Gpr>();
  const spill = (it: Interval): void => { locations[it.vreg] = { kind: 'stack', slot: spillSlots++ }; };
  for (const isFloat of [false, true]) {
    const active: Interval[] = []; // sorted by end
    const free = new Set<number>(isFloat ? ALLOCATABLE_XMMS : [...CALLER_SAVED_GPRS, ...CALLEE_SAVED_GPRS]);
    const regOf = new Map<VReg, number>();
    const usable = (it: Interval, reg: number): boolean =>
      !it.crossesCall || (!isFloat && (CALLEE_SAVED_GPRS as readonly number[]).includes(reg));
    for (const it of intervals) {
      if (it.isFloat !== isFloat) continue;
      // An interval whose last use is the instruction that defines `it` frees its register for
      // `it`: every x86 pattern in select.ts reads its operands before it writes its result.
      while (active.length > 0 && active[0]!.end <= it.start) {
        const done = active.shift()!;
        free.add(regOf.get(done.vreg)!);
      }
      const order = isFloat ? ALLOCATABLE_XMMS : [...CALLER_SAVED_GPRS, ...CALLEE_SAVED_GPRS];
      // A hinted register (the argument register a value is passed in) saves a move when free.
      const hint = hints.get(it.vreg);
      const same = sameAs.get(it.vreg);
      const sameReg = same !== undefined ? regOf.get(same) : undefined;
      const reg = hint !== undefined && free.has(hint) && usable(it, hint) ? hint
        : sameReg !== undefined && free.has(sameReg) && usable(it, sameReg) ? sameReg
        : order.find((r) => free.has(r) && usable(it, r));
      if (reg !== undefined) {
        free.delete(reg);
        regOf.set(it.vreg, reg);
        insertByEnd(active, it);
        continue;
      }
      // No register: spill the interval that ends last, among the current one and the active
      // intervals whose register the current one could use.
      let victim: Interval | null = null;
      for (const a of active) if (usable(it, regOf.get(a.vreg)!) && (victim === null || a.end > victim.end)) victim = a;
      if (victim !== null && victim.end > it.end) {
        const r = regOf.get(victim.vreg)!;
        regOf.delete(victim.vreg);
        active.splice(active.indexOf(victim), 1);
        spill(victim);
        regOf.set(it.vreg, r);
        insertByEnd(active, it);
      } else {
        spill(it);
      }
    }
    for (const [v, r] of regOf) {
      locations[v] = isFloat ? { kind: 'xmm', reg: r as Xmm } : { kind: 'gpr', reg: r as Gpr };
      if (!isFloat && (CALLEE_SAVED_GPRS as readonly number[]).includes(r)) usedCalleeSaved.add(r as Gpr);
    }
  }
  return { locations, spillSlots, usedCalleeSaved: CALLEE_SAVED_GPRS.filter((r) => usedCalleeSaved.has(r)) };
}

function insertByEnd(active: Interval[], it: Interval): void {
  let i = active.length;
  while (i > 0 && active[i - 1]!.end > it.end) i--;
  active.splice(i, 0, it);
}
