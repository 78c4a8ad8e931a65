// The LIR verifier. Run after lowering and after every optimization pass (in tests, always), so a
// pass that breaks an invariant is caught at the pass, not as wrong machine code. It checks:
//   - block ids are dense and every jump target exists; blocks[i].id === i;
//   - every vreg read or written exists and has the type its operation requires;
//   - every vreg is definitely assigned on every path before it is read (a forward dataflow
//     "must be defined" analysis, since LIR is not SSA);
//   - calls match the callee's signature, syscalls their arity, returns the function's result type;
//   - globals read and written exist and have the stored value's type.
import type { Inst, LirFunction, LirModule, LirType, Terminator, VReg } from './lir.ts';
import { CONVERSIONS, MEMORY_KINDS, SYSCALLS, instDef, instUses, successors, termUses } from './lir.ts';
import { printInst, printTerminator } from './print.ts';

export class LirVerifyError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super('LIR verification failed:\n  ' + problems.join('\n  '));
    this.problems = problems;
  }
}

export function verifyModule(module: LirModule): void {
  const problems: string[] = [];
  const signatures = new Map<string, { params: LirType[]; result: LirType | null }>();
  for (const fn of module.functions) {
    if (signatures.has(fn.name)) problems.push(`duplicate function @${fn.name}`);
    signatures.set(fn.name, { params: fn.params.map((p) => fn.vregs[p]?.type ?? 'i32'), result: fn.result });
  }
  const globals = new Map<string, LirType>();
  for (const g of module.globals) {
    if (globals.has(g.name)) problems.push(`duplicate global @${g.name}`);
    globals.set(g.name, g.type);
  }
  const entry = signatures.get(module.entry);
  if (entry === undefined) problems.push(`entry function @${module.entry} is missing`);
  else if (entry.params.length !== 0 || entry.result !== 'i32') problems.push(`entry @${module.entry} must be () -> i32`);
  for (const fn of module.functions) problems.push(...verifyFunction(fn, signatures, globals));
  if (problems.length > 0) throw new LirVerifyError(problems);
}

export function verifyFunction(
  fn: LirFunction,
  signatures: ReadonlyMap<string, { params: LirType[]; result: LirType | null }>,
  globals: ReadonlyMap<string, LirType>,
): string[] {
  const problems: string[] = [];
  const where = (b: number, what: string): string => `@${fn.name} b${b}: ${what}`;
  const typeOf = (v: VReg): LirType | null => fn.vregs[v]?.type ?? null;

  fn.blocks.forEach((block, i) => {
    if (block.id !== i) problems.push(`@${fn.name}: blocks[${i}] has id ${block.id}`);
  });
  if (fn.blocks.length === 0) problems.push(`@${fn.name}: no blocks`);

  const expect = (b: number, text: string, v: VReg, type: LirType): void => {
    const actual = typeOf(v);
    if (actual === null) problems.push(where(b, `${text}: v${v} does not exist`));
    else if (actual !== type) problems.push(where(b, `${text}: v${v} is ${actual}, expected ${type}`));
  };

  for (const block of fn.blocks) {
    for (const inst of block.insts) {
      const text = printInst(fn, inst);
      for (const [v, type] of operandTypes(inst, fn, signatures, globals, (p) => problems.push(where(block.id, `${text}: ${p}`)))) {
        expect(block.id, text, v, type);
      }
    }
    checkTerminator(block.id, block.term);
  }

  function checkTerminator(b: number, term: Terminator): void {
    const text = printTerminator(term);
    for (const s of successors(term)) {
      if (s < 0 || s >= fn.blocks.length) problems.push(where(b, `${text}: no block b${s}`));
    }
    if (term.op === 'branch') expect(b, text, term.cond, 'i32');
    if (term.op === 'switch') {
      expect(b, text, term.value, 'i32');
      if (term.targets.length === 0 || !Number.isInteger(term.low)) problems.push(where(b, `${text}: a switch needs targets and an integer low bound`));
    }
    if (term.op === 'return') {
      if (fn.result === null && term.value !== null) problems.push(where(b, `${text}: void function returns a value`));
      if (fn.result !== null) {
        if (term.value === null) problems.push(where(b, `${text}: missing ${fn.result} return value`));
        else expect(b, text, term.value, fn.result);
      }
    }
  }

  if (problems.length === 0) problems.push(...checkDefinedBeforeUse(fn));
  return problems;
}

/** The type each operand of `inst` must have, as [vreg, type] pairs; the destination included. */
function operandTypes(
  inst: Inst,
  fn: LirFunction,
  signatures: ReadonlyMap<string, { params: LirType[]; result: LirType | null }>,
  globals: ReadonlyMap<string, LirType>,
  problem: (text: string) => void,
): [VReg, LirType][] {
  const t = (v: VReg): LirType => fn.vregs[v]?.type ?? 'i32';
  switch (inst.op) {
    case 'const': {
      const type = t(inst.dst);
      if (type !== 'f64' && !Number.isInteger(inst.value)) problem(`non-integer ${type} constant`);
      if (type === 'i32' && (inst.value < -0x80000000 || inst.value > 0xffffffff)) problem('i32 constant out of range');
      return [];
    }
    case 'copy': return [[inst.src, t(inst.dst)]];
    case 'binary': {
      const type = t(inst.dst);
      if (type === 'f64') problem('integer operation on f64');
      return [[inst.a, type], [inst.b, type]];
    }
    case 'fbinary': return [[inst.dst, 'f64'], [inst.a, 'f64'], [inst.b, 'f64']];
    case 'unary': {
      if (t(inst.dst) === 'f64') problem('integer operation on f64');
      return [[inst.src, t(inst.dst)]];
    }
    case 'funary': return [[inst.dst, 'f64'], [inst.src, 'f64']];
    case 'compare': {
      const type = t(inst.a);
      if (type === 'f64') problem('integer comparison of f64');
      return [[inst.dst, 'i32'], [inst.b, type]];
    }
    case 'fcompare': return [[inst.dst, 'i32'], [inst.a, 'f64'], [inst.b, 'f64']];
    case 'convert': {
      const c = CONVERSIONS[inst.kind];
      return [[inst.dst, c.to], [inst.src, c.from]];
    }
    case 'load': return [[inst.dst, MEMORY_KINDS[inst.mem].type], [inst.addr.index, 'i32']];
    case 'store': return [[inst.src, MEMORY_KINDS[inst.mem].type], [inst.addr.index, 'i32']];
    case 'gload': case 'gstore': {
      const type = globals.get(inst.global);
      if (type === undefined) { problem(`no global @${inst.global}`); return []; }
      return [[inst.op === 'gload' ? inst.dst : inst.src, type]];
    }
    case 'heapptr': return [[inst.dst, 'i64'], [inst.offset, 'i32']];
    case 'hostload': return [[inst.ptr, 'i64'], [inst.dst, inst.width === 64 ? 'i64' : 'i32']];
    case 'startup': return [[inst.dst, 'i64']];
    case 'dataptr': return [[inst.dst, 'i64']];
    case 'call': {
      const sig = signatures.get(inst.callee);
      if (sig === undefined) { problem(`no function @${inst.callee}`); return []; }
      if (sig.params.length !== inst.args.length) { problem(`@${inst.callee} takes ${sig.params.length} arguments`); return []; }
      if ((inst.dst === null) !== (sig.result === null) && inst.dst !== null) problem(`@${inst.callee} returns void`);
      const pairs: [VReg, LirType][] = inst.args.map((a, i) => [a, sig.params[i]!]);
      if (inst.dst !== null && sig.result !== null) pairs.push([inst.dst, sig.result]);
      return pairs;
    }
    case 'syscall': {
      if (SYSCALLS[inst.name].args !== inst.args.length) problem(`${inst.name} takes ${SYSCALLS[inst.name].args} arguments`);
      for (const a of inst.args) if (t(a) === 'f64') problem('f64 syscall argument');
      return [[inst.dst, 'i64']];
    }
  }
}

/**
 * Forward "must be defined" dataflow: in(b) = AND of out(p) over predecessors; out(b) = in(b) plus
 * the block's definitions. A read of a vreg not in the current set is an error. Sets are byte
 * arrays indexed by vreg; functions are small enough that this costs nothing.
 */
function checkDefinedBeforeUse(fn: LirFunction): string[] {
  const n = fn.vregs.length;
  const preds: number[][] = fn.blocks.map(() => []);
  for (const b of fn.blocks) for (const s of successors(b.term)) preds[s]!.push(b.id);
  const reachable = new Uint8Array(fn.blocks.length);
  const work = [0];
  reachable[0] = 1;
  while (work.length > 0) {
    for (const s of successors(fn.blocks[work.pop()!]!.term)) if (!reachable[s]) { reachable[s] = 1; work.push(s); }
  }
  const out: Uint8Array[] = fn.blocks.map(() => new Uint8Array(n).fill(1));
  const entryIn = new Uint8Array(n);
  for (const p of fn.params) entryIn[p] = 1;
  const inOf = (b: number): Uint8Array => {
    if (b === 0) return entryIn.slice();
    const set = new Uint8Array(n).fill(1);
    for (const p of preds[b]!) if (reachable[p]) for (let v = 0; v < n; v++) set[v]! &= out[p]![v]!;
    return set;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const block of fn.blocks) {
      if (!reachable[block.id]) continue;
      const set = inOf(block.id);
      for (const inst of block.insts) { const d = instDef(inst); if (d !== null) set[d] = 1; }
      for (let v = 0; v < n; v++) if (set[v] !== out[block.id]![v]) { out[block.id] = set; changed = true; break; }
    }
  }
  const problems: string[] = [];
  for (const block of fn.blocks) {
    if (!reachable[block.id]) continue;
    const set = inOf(block.id);
    const check = (uses: VReg[], text: string): void => {
      for (const u of uses) if (!set[u]) problems.push(`@${fn.name} b${block.id}: ${text}: v${u} may be read before it is assigned`);
    };
    for (const inst of block.insts) {
      check(instUses(inst), printInst(fn, inst));
      const d = instDef(inst);
      if (d !== null) set[d] = 1;
    }
    check(termUses(block.term), printTerminator(block.term));
  }
  return problems;
}
