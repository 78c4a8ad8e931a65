// Cheap LIR optimizations, run to a fixed point after lowering:
//
//   foldConstants      an operation whose operands are single-definition constants becomes a
//                      constant (with LIR's total semantics); `x + 0`, `x | 0`, `x << 0`, `x * 1`
//                      become copies; a branch on a constant becomes a jump
//   propagateCopies    reads of `t = copy x` read x instead, when both are single-definition
//                      (so x cannot change between the copy and the read)
//   coalesceCopies     `t = op ...; v = copy t` with t used only there becomes `v = op ...`: the
//                      shape every `v = (v + 1) | 0` takes after lowering
//   foldAddresses      `load [heap + (x + c) * s + d]` becomes `load [heap + x * s + (d + c*s)]`
//   numberValues       local value numbering: a pure operation repeated in a block with the same
//                      operands (not reassigned in between) becomes a copy of the first result
//   eliminateDeadCode  pure instructions whose result is never read; blocks no path reaches;
//                      functions no call reaches from the entry
//
// "Single-definition" vregs are those assigned exactly once (parameters count as a definition):
// the front end's temporaries. Their definition dominates every use (lowering defines a temporary
// before the code that reads it), which is what makes the rewrites above sound without SSA.
import type { Block, Inst, LirFunction, LirModule, VReg } from './lir.ts';
import { instDef, instUses, isPure, mapInstUses, mapTermTargets, mapTermUses, successors, termUses } from './lir.ts';

export function optimizeModule(module: LirModule): LirModule {
  const optimized = module.functions.map(optimizeFunction);
  const functions = inlineSmallFunctions(optimized).map(optimizeFunction);
  return { ...module, functions: reachableFunctions(functions, module.entry) };
}

/** Leaf functions of one block and at most this many instructions are inlined at every call. */
const INLINE_MAX_INSTRUCTIONS = 12;

/**
 * Inlines small leaf functions (one block ending in `return`, no calls): the kernel's accessors
 * (`rawGet`, `smiFrom`, `fieldGet`, ...) are such functions, and V8 inlines them on Node too.
 * Each call becomes copies of the arguments into fresh vregs, the callee's instructions with its
 * vregs renamed, and a copy of the result; copy propagation then removes most copies.
 */
export function inlineSmallFunctions(functions: LirFunction[]): LirFunction[] {
  const inlinable = new Map<string, LirFunction>();
  for (const f of functions) {
    const only = f.blocks[0]!;
    if (f.blocks.length === 1 && only.term.op === 'return' && only.insts.length <= INLINE_MAX_INSTRUCTIONS &&
      only.insts.every((i) => i.op !== 'call' && i.op !== 'syscall')) inlinable.set(f.name, f);
  }
  return functions.map((caller) => {
    if (!caller.blocks.some((b) => b.insts.some((i) => i.op === 'call' && inlinable.has(i.callee) && i.callee !== caller.name))) return caller;
    const vregs = [...caller.vregs];
    const blocks = caller.blocks.map((b) => {
      const insts: Inst[] = [];
      for (const inst of b.insts) {
        const callee = inst.op === 'call' ? inlinable.get(inst.callee) : undefined;
        if (inst.op !== 'call' || callee === undefined || callee.name === caller.name) { insts.push(inst); continue; }
        const rename = callee.vregs.map((info) => { vregs.push(info); return vregs.length - 1; });
        const r = (v: VReg): VReg => rename[v]!;
        callee.params.forEach((p, i) => insts.push({ op: 'copy', dst: r(p), src: inst.args[i]! }));
        for (const ci of callee.blocks[0]!.insts) {
          const renamed = mapInstUses(ci, r);
          const d = instDef(renamed);
          insts.push(d === null ? renamed : ({ ...renamed, dst: r(d) } as Inst));
        }
        const ret = callee.blocks[0]!.term;
        if (inst.dst !== null && ret.op === 'return' && ret.value !== null) insts.push({ op: 'copy', dst: inst.dst, src: r(ret.value) });
      }
      return { ...b, insts };
    });
    return { ...caller, vregs, blocks };
  });
}

export function optimizeFunction(fn: LirFunction): LirFunction {
  let f = removeUnreachableBlocks(fn);
  for (let round = 0; round < 8; round++) {
    const before = countInsts(f);
    f = foldConstants(f);
    f = propagateCopies(f);
    f = coalesceCopies(f);
    f = foldAddresses(f);
    f = numberValues(f);
    f = eliminateDeadCode(f);
    f = removeUnreachableBlocks(mergeBlocks(f));
    if (countInsts(f) === before) break;
  }
  return f;
}

function countInsts(fn: LirFunction): number {
  return fn.blocks.reduce((n, b) => n + b.insts.length + 1, 0);
}

/** Definition counts and the defining instruction of single-definition vregs. */
function definitions(fn: LirFunction): { count: number[]; single: Map<VReg, Inst> } {
  const count = new Array<number>(fn.vregs.length).fill(0);
  for (const p of fn.params) count[p]!++;
  const single = new Map<VReg, Inst>();
  for (const b of fn.blocks) for (const inst of b.insts) {
    const d = instDef(inst);
    if (d !== null) { count[d]!++; single.set(d, inst); }
  }
  for (const [v] of single) if (count[v] !== 1) single.delete(v);
  return { count, single };
}

function useCounts(fn: LirFunction): number[] {
  const uses = new Array<number>(fn.vregs.length).fill(0);
  for (const b of fn.blocks) {
    for (const inst of b.insts) for (const u of instUses(inst)) uses[u]!++;
    for (const u of termUses(b.term)) uses[u]!++;
  }
  return uses;
}

function mapBlocks(fn: LirFunction, f: (b: Block) => Block): LirFunction {
  return { ...fn, blocks: fn.blocks.map(f) };
}

// ---- constant folding ----------------------------------------------------------------------

/** LIR's i32 semantics on JS numbers (operands and result as signed 32-bit). */
function foldIntBinary(kind: Extract<Inst, { op: 'binary' }>['kind'], a: number, b: number): number {
  switch (kind) {
    case 'add': return (a + b) | 0;
    case 'sub': return (a - b) | 0;
    case 'mul': return Math.imul(a, b);
    case 'and': return a & b;
    case 'or': return a | b;
    case 'xor': return a ^ b;
    case 'shl': return a << b;
    case 'shr_s': return a >> b;
    case 'shr_u': return (a >>> b) | 0;
    case 'div_s': return b === 0 ? 0 : (a / b) | 0;
    case 'rem_s': return b === 0 ? 0 : (a % b) | 0;
    case 'div_u': return (b >>> 0) === 0 ? 0 : ((a >>> 0) / (b >>> 0)) | 0;
    case 'rem_u': return (b >>> 0) === 0 ? 0 : ((a >>> 0) % (b >>> 0)) | 0;
  }
}

function foldCompare(cond: Extract<Inst, { op: 'compare' }>['cond'], a: number, b: number): boolean {
  const ua = a >>> 0;
  const ub = b >>> 0;
  switch (cond) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'lt_s': return a < b;
    case 'le_s': return a <= b;
    case 'gt_s': return a > b;
    case 'ge_s': return a >= b;
    case 'lt_u': return ua < ub;
    case 'le_u': return ua <= ub;
    case 'gt_u': return ua > ub;
    case 'ge_u': return ua >= ub;
  }
}

export function foldConstants(fn: LirFunction): LirFunction {
  const { single } = definitions(fn);
  const constOf = (v: VReg): number | null => {
    const d = single.get(v);
    return d?.op === 'const' ? d.value : null;
  };
  const i32 = (v: VReg): boolean => fn.vregs[v]!.type === 'i32';
  const fold = (inst: Inst): Inst => {
    switch (inst.op) {
      case 'binary': {
        if (!i32(inst.dst)) return inst;
        const a = constOf(inst.a);
        const b = constOf(inst.b);
        if (a !== null && b !== null) return { op: 'const', dst: inst.dst, value: foldIntBinary(inst.kind, a | 0, b | 0) };
        const identity = b === 0 && ['add', 'sub', 'or', 'xor', 'shl', 'shr_s', 'shr_u'].includes(inst.kind);
        if (identity || (b === 1 && (inst.kind === 'mul' || inst.kind === 'div_s'))) return { op: 'copy', dst: inst.dst, src: inst.a };
        if (a === 0 && (inst.kind === 'add' || inst.kind === 'or' || inst.kind === 'xor')) return { op: 'copy', dst: inst.dst, src: inst.b };
        return inst;
      }
      case 'compare': {
        if (!i32(inst.a)) return inst;
        const a = constOf(inst.a);
        const b = constOf(inst.b);
        return a !== null && b !== null ? { op: 'const', dst: inst.dst, value: foldCompare(inst.cond, a | 0, b | 0) ? 1 : 0 } : inst;
      }
      case 'unary': {
        const s = constOf(inst.src);
        if (s === null || !i32(inst.dst)) return inst;
        return { op: 'const', dst: inst.dst, value: inst.kind === 'neg' ? -s | 0 : inst.kind === 'not' ? ~s : inst.kind === 'clz' ? Math.clz32(s) : s === 0 ? 1 : 0 };
      }
      case 'convert': {
        const s = constOf(inst.src);
        if (s === null) return inst;
        switch (inst.kind) {
          case 'i32_to_f64': return { op: 'const', dst: inst.dst, value: s | 0 };
          case 'u32_to_f64': return { op: 'const', dst: inst.dst, value: s >>> 0 };
          case 'f64_to_i32': return { op: 'const', dst: inst.dst, value: s | 0 };
          default: return inst;
        }
      }
      case 'fbinary': {
        const a = constOf(inst.a);
        const b = constOf(inst.b);
        if (a === null || b === null) return inst;
        const value = { add: a + b, sub: a - b, mul: a * b, div: a / b, min: Math.min(a, b), max: Math.max(a, b) }[inst.kind];
        return { op: 'const', dst: inst.dst, value };
      }
      case 'funary': {
        const s = constOf(inst.src);
        if (s === null) return inst;
        const value = { neg: -s, abs: Math.abs(s), sqrt: Math.sqrt(s), floor: Math.floor(s), ceil: Math.ceil(s), trunc: Math.trunc(s) }[inst.kind];
        return { op: 'const', dst: inst.dst, value };
      }
      default: return inst;
    }
  };
  return mapBlocks(fn, (b) => {
    const insts = b.insts.map(fold);
    let term = b.term;
    if (term.op === 'branch') {
      const c = constOf(term.cond);
      if (c !== null) term = { op: 'jump', target: c !== 0 ? term.then : term.else };
      else if (term.then === term.else) term = { op: 'jump', target: term.then };
    } else if (term.op === 'switch') {
      const c = constOf(term.value);
      if (c !== null) term = { op: 'jump', target: term.targets[(c | 0) - term.low] ?? term.default };
    }
    return { ...b, insts, term };
  });
}

// ---- copies --------------------------------------------------------------------------------

export function propagateCopies(fn: LirFunction): LirFunction {
  const { single, count } = definitions(fn);
  const replace = new Map<VReg, VReg>();
  for (const [v, inst] of single) if (inst.op === 'copy' && count[inst.src] === 1) replace.set(v, inst.src);
  if (replace.size === 0) return fn;
  const resolve = (v: VReg): VReg => {
    let r = v;
    for (let guard = 0; replace.has(r) && guard < 64; guard++) r = replace.get(r)!;
    return r;
  };
  return mapBlocks(fn, (b) => ({ ...b, insts: b.insts.map((i) => mapInstUses(i, resolve)), term: mapTermUses(b.term, resolve) }));
}

export function coalesceCopies(fn: LirFunction): LirFunction {
  const { count } = definitions(fn);
  const uses = useCounts(fn);
  const params = new Set(fn.params);
  return mapBlocks(fn, (b) => {
    const insts: Inst[] = [];
    for (const inst of b.insts) {
      const prev = insts[insts.length - 1];
      if (inst.op === 'copy' && prev !== undefined && instDef(prev) === inst.src && count[inst.src] === 1 && uses[inst.src] === 1 &&
        !params.has(inst.src) && fn.vregs[inst.src]!.type === fn.vregs[inst.dst]!.type && prev.op !== 'call') {
        insts[insts.length - 1] = { ...prev, dst: inst.dst } as Inst;
        continue;
      }
      insts.push(inst);
    }
    return { ...b, insts };
  });
}

// ---- addresses -----------------------------------------------------------------------------

export function foldAddresses(fn: LirFunction): LirFunction {
  const { single, count } = definitions(fn);
  const fold = (addr: Extract<Inst, { op: 'load' }>['addr']): Extract<Inst, { op: 'load' }>['addr'] => {
    let a = addr;
    for (let guard = 0; guard < 8; guard++) {
      const d = single.get(a.index);
      if (d?.op !== 'binary' || (d.kind !== 'add' && d.kind !== 'sub') || count[d.a] !== 1) break;
      const c = single.get(d.b);
      if (c?.op !== 'const') break;
      const disp = a.disp + (d.kind === 'add' ? c.value | 0 : -(c.value | 0)) * a.scale;
      if (Math.abs(disp) > 0x3fffffff) break;
      a = { ...a, index: d.a, disp };
    }
    return a;
  };
  return mapBlocks(fn, (b) => ({
    ...b,
    insts: b.insts.map((i) => (i.op === 'load' || i.op === 'store' ? { ...i, addr: fold(i.addr) } : i)),
  }));
}

// ---- value numbering -----------------------------------------------------------------------

/** The key of a pure, non-constant operation, `op kind operand...` (vreg operands from the third word on), or null. */
function valueKey(fn: LirFunction, inst: Inst): string | null {
  switch (inst.op) {
    case 'const': return `const ${fn.vregs[inst.dst]!.type}:${Object.is(inst.value, -0) ? '-0' : String(inst.value)}`;
    case 'binary': case 'fbinary': {
      const commutative = inst.kind === 'add' || inst.kind === 'mul' || inst.kind === 'and' || inst.kind === 'or' || inst.kind === 'xor';
      const [a, b] = commutative && inst.b < inst.a ? [inst.b, inst.a] : [inst.a, inst.b];
      return `${inst.op} ${inst.kind} ${a} ${b}`;
    }
    case 'compare': return `compare ${inst.cond} ${inst.a} ${inst.b}`;
    case 'fcompare': return `fcompare ${inst.cond} ${inst.a} ${inst.b}`;
    case 'unary': case 'funary': case 'convert': return `${inst.op} ${inst.kind} ${inst.src}`;
    case 'heapptr': return `heapptr - ${inst.offset}`;
    case 'dataptr': return `dataptr ${inst.symbol}`;
    default: return null;
  }
}

export function numberValues(fn: LirFunction): LirFunction {
  const { count } = definitions(fn);
  return mapBlocks(fn, (b) => {
    const available = new Map<string, VReg>(); // key -> single-definition vreg holding the value
    const insts = b.insts.map((inst) => {
      const key = valueKey(fn, inst);
      const d = instDef(inst);
      let out = inst;
      if (key !== null && d !== null) {
        const known = available.get(key);
        if (known !== undefined && fn.vregs[known]!.type === fn.vregs[d]!.type) out = { op: 'copy', dst: d, src: known };
      }
      if (d !== null) {
        // A redefinition of d invalidates every value computed from it (LIR is not SSA).
        for (const [k, v] of available) if (v === d || k.split(' ').slice(2).includes(String(d))) available.delete(k);
        if (key !== null && out === inst && count[d] === 1) available.set(key, d);
      }
      return out;
    });
    return { ...b, insts };
  });
}

// ---- dead code -----------------------------------------------------------------------------

export function eliminateDeadCode(fn: LirFunction): LirFunction {
  let f = fn;
  for (;;) {
    const uses = useCounts(f);
    let removed = false;
    f = mapBlocks(f, (b) => ({
      ...b,
      insts: b.insts.filter((i) => {
        const d = instDef(i);
        const dead = d !== null && uses[d] === 0 && isPure(i);
        if (dead) removed = true;
        return !dead;
      }),
    }));
    if (!removed) return f;
  }
}

/** Appends a block to its only predecessor when that predecessor jumps to it unconditionally. */
export function mergeBlocks(fn: LirFunction): LirFunction {
  const preds = new Array<number>(fn.blocks.length).fill(0);
  for (const b of fn.blocks) for (const s of successors(b.term)) preds[s]!++;
  const blocks = fn.blocks.map((b) => ({ ...b, insts: [...b.insts] }));
  const absorbed = new Set<number>();
  for (const b of blocks) {
    if (absorbed.has(b.id)) continue;
    for (let guard = 0; guard < blocks.length; guard++) {
      const t = b.term;
      if (t.op !== 'jump' || t.target === 0 || t.target === b.id || preds[t.target] !== 1 || absorbed.has(t.target)) break;
      const next = blocks[t.target]!;
      b.insts.push(...next.insts);
      b.term = next.term;
      absorbed.add(next.id);
      next.insts = [];
      next.term = { op: 'unreachable' };
    }
  }
  return { ...fn, blocks };
}

/** Drops blocks no path from the entry reaches and renumbers the rest densely, in layout order. */
export function removeUnreachableBlocks(fn: LirFunction): LirFunction {
  // Jumps to empty blocks that only jump on (the lowering leaves many) go straight to the target.
  const forward = (id: number): number => {
    let t = id;
    for (let guard = 0; guard < 16; guard++) {
      const blk = fn.blocks[t]!;
      if (blk.insts.length !== 0 || blk.term.op !== 'jump' || blk.term.target === t) break;
      t = blk.term.target;
    }
    return t;
  };
  const retarget = (b: Block): Block => ({ ...b, term: mapTermTargets(b.term, forward) });
  const threaded = fn.blocks.map(retarget);
  // Layout: reverse postorder from the entry, visiting a branch's `else` before its `then`, so
  // that `then` follows its branch and a loop's body precedes its exit (fewer taken jumps).
  const visited = new Set<number>();
  const postorder: number[] = [];
  const visit = (root: number): void => {
    const stack: { id: number; next: number[] }[] = [{ id: root, next: [...successors(threaded[root]!.term)].reverse() }];
    visited.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const s = top.next.shift();
      if (s === undefined) { postorder.push(top.id); stack.pop(); continue; }
      if (visited.has(s)) continue;
      visited.add(s);
      stack.push({ id: s, next: [...successors(threaded[s]!.term)].reverse() });
    }
  };
  visit(0);
  const kept = postorder.reverse().map((id) => threaded[id]!);
  const newId = new Map<number, number>(kept.map((b, i) => [b.id, i]));
  const renumber = (id: number): number => newId.get(id)!;
  const blocks = kept.map((b, i) => {
    return { id: i, insts: b.insts, term: mapTermTargets(b.term, renumber) };
  });
  return { ...fn, blocks };
}

function reachableFunctions(functions: LirFunction[], entry: string): LirFunction[] {
  const byName = new Map(functions.map((f) => [f.name, f]));
  const reached = new Set<string>([entry]);
  const work = [entry];
  while (work.length > 0) {
    const f = byName.get(work.pop()!);
    if (!f) continue;
    for (const b of f.blocks) for (const i of b.insts) if (i.op === 'call' && !reached.has(i.callee)) { reached.add(i.callee); work.push(i.callee); }
  }
  return functions.filter((f) => reached.has(f.name));
}
