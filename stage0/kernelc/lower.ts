// Kernel TS -> LIR: lowers each function of a loaded program (modules.ts) to a LIR function.
//
// Typing follows docs/kernel-ts.md. Every expression has a static type: i32, u32, f64, bool, or
// one of two transitional kinds: `intlit` (an integer constant, which takes the type its context
// wants) and `intish` (an integer `+`/`-` chain, `%` or unary minus that JS computes exactly as a
// double and that the source must coerce). Lowering is driven by the context's wanted type:
//
//   lowerI32(e)   ToInt32(e) as i32 bits. Under a bitwise operator a `+`/`-` chain of integers is
//                 lowered to wrapping 32-bit adds, which equals ToInt32 of the exact sum (the chain
//                 stays below 2^53); `(a / b) | 0` and `(a % b) | 0` of integers become LIR's total
//                 div/rem (which agree with truncating the exact double quotient); anything typed f64
//                 is computed as f64 and converted with JS ToInt32.
//   lowerF64(e)   e as a double: integers convert (signed or unsigned), integer chains are summed
//                 as doubles, exactly as JS does.
//   lowerCond(e)  a branch on a bool expression, with && || ! as control flow.
//
// Address-arithmetic folding happens here: `H32[(p + 8) >> 2]` becomes index `p >> 2`, scale 4,
// displacement 8 (exact, since 8 is a multiple of 4); the optimizer then folds constant indices.
import type { AstNode, KBinding, KFunction, KModule, KResult, KTable, KType, Program } from './modules.ts';
import { HOST_VIEWS, TABLE_TYPES, errorAt, evaluateBinary, unwrap } from './modules.ts';
import { FunctionBuilder } from './builder.ts';
import type { BlockId, FloatCondition, IntBinaryOp, IntCondition, LirData, LirFunction, LirType, MemoryKind, VReg } from './lir.ts';

type SType = KType | 'intlit' | 'intish' | 'void' | 'Lit';

interface Local {
  readonly vreg: VReg;
  /** 'Lit': a string-literal parameter, natively its atom slot (an i32; see LoweringContext.atomSlot). */
  readonly type: KType | 'Lit';
}

interface JumpTarget {
  readonly labels: readonly string[];
  readonly breakTo: BlockId;
  readonly continueTo: BlockId | null; // null: a switch or labelled block, not a loop
}

const VIEW_KINDS = {
  H8: { mem: 'u8', bytes: 1, shift: 0 },
  H16: { mem: 'u16', bytes: 2, shift: 1 },
  H32: { mem: 'i32', bytes: 4, shift: 2 },
  HF64: { mem: 'f64', bytes: 8, shift: 3 },
} as const satisfies Record<(typeof HOST_VIEWS)[number], { mem: MemoryKind; bytes: number; shift: number }>;

const MATH_F64_UNARY = { sqrt: 'sqrt', floor: 'floor', ceil: 'ceil', abs: 'abs', trunc: 'trunc' } as const;

/** What the native host intrinsics (native-intrinsics.ts) are, for typing and lowering. */
const INTRINSICS: Record<string, { params: KType[]; result: KResult }> = {
  sysWrite: { params: ['i32', 'i32', 'i32'], result: 'i32' },
  sysRead: { params: ['i32', 'i32', 'i32'], result: 'i32' },
  sysOpen: { params: ['i32', 'i32'], result: 'i32' },
  sysClose: { params: ['i32'], result: 'i32' },
  sysExit: { params: ['i32'], result: 'never' },
  sysClockMonotonic: { params: ['i32'], result: 'i32' },
  sysHeapLimit: { params: [], result: 'i32' },
  sysScratch: { params: [], result: 'i32' },
  sysArgCount: { params: [], result: 'i32' },
  sysArgByte: { params: ['i32', 'i32'], result: 'i32' },
  sysAtomLength: { params: ['i32'], result: 'i32' },
  sysAtomCharCode: { params: ['i32', 'i32'], result: 'i32' },
};

/** Read-only tables of the atoms (docs/codegen-x64.md §6): per slot a length and an offset into the UTF-16 chars. */
export const ATOM_TABLES = { lengths: 'ouro_atoms.lengths', offsets: 'ouro_atoms.offsets', chars: 'ouro_atoms.chars' } as const;

/** Module-wide state shared by the function lowerings: string literals and layout constants. */
export class LoweringContext {
  readonly rodata: LirData[] = [];
  private readonly literals = new Map<string, string>();
  readonly heapLimit: number;

  constructor(heapLimit: number) {
    this.heapLimit = heapLimit;
  }

  /** Every string literal that is a `Lit` value, by slot: natively a Lit is its slot number. */
  readonly atoms: string[] = [];
  private readonly atomSlots = new Map<string, number>();

  atomSlot(text: string): number {
    let slot = this.atomSlots.get(text);
    if (slot === undefined) {
      slot = this.atoms.length;
      this.atomSlots.set(text, slot);
      this.atoms.push(text);
    }
    return slot;
  }

  /** The atom tables as rodata blobs: i32 lengths, i32 offsets (in code units), u16 code units. */
  atomTables(): LirData[] {
    const units = this.atoms.reduce((n, a) => n + a.length, 0);
    const lengths = new DataView(new ArrayBuffer(4 * Math.max(1, this.atoms.length)));
    const offsets = new DataView(new ArrayBuffer(4 * Math.max(1, this.atoms.length)));
    const chars = new DataView(new ArrayBuffer(2 * Math.max(1, units)));
    let at = 0;
    this.atoms.forEach((a, slot) => {
      lengths.setInt32(4 * slot, a.length, true);
      offsets.setInt32(4 * slot, at, true);
      for (let i = 0; i < a.length; i++) chars.setUint16(2 * (at + i), a.charCodeAt(i), true);
      at += a.length;
    });
    return [
      { name: ATOM_TABLES.lengths, bytes: new Uint8Array(lengths.buffer) },
      { name: ATOM_TABLES.offsets, bytes: new Uint8Array(offsets.buffer) },
      { name: ATOM_TABLES.chars, bytes: new Uint8Array(chars.buffer) },
    ];
  }

  /** Constant tables read by the program, in first-use order; placed in rodata by `tableData`. */
  private readonly tables: KTable[] = [];

  useTable(table: KTable): void {
    if (!this.tables.includes(table)) this.tables.push(table);
  }

  tableData(): LirData[] {
    return this.tables.map((t) => {
      const size = TABLE_TYPES[t.element].bytes;
      const view = new DataView(new ArrayBuffer(Math.max(8, size * t.values.length)));
      t.values.forEach((v, i) => {
        if (t.element === 'Float64Array') view.setFloat64(8 * i, v, true);
        else if (t.element === 'Int32Array') view.setInt32(4 * i, v, true);
        else if (t.element === 'Uint16Array') view.setUint16(2 * i, v, true);
        else view.setUint8(i, v);
      });
      return { name: t.symbol, bytes: new Uint8Array(view.buffer) };
    });
  }

  /** The rodata symbol holding a string literal's UTF-8 bytes (deduplicated, first-seen order). */
  literal(text: string): { symbol: string; length: number } {
    const bytes = new TextEncoder().encode(text);
    let symbol = this.literals.get(text);
    if (symbol === undefined) {
      symbol = `ouro_lit.${this.rodata.length}`;
      this.literals.set(text, symbol);
      this.rodata.push({ name: symbol, bytes });
    }
    return { symbol, length: bytes.length };
  }
}

const lirType = (t: KType): LirType => (t === 'f64' ? 'f64' : 'i32');
const isIntLike = (t: SType): boolean => t === 'i32' || t === 'u32' || t === 'intlit';

export function lowerFunction(program: Program, ctx: LoweringContext, fn: KFunction): LirFunction {
  return new FunctionLowering(program, ctx, fn).run();
}

class FunctionLowering {
  private readonly b: FunctionBuilder;
  private readonly scopes: Map<string, Local>[] = [];
  private readonly targets: JumpTarget[] = [];
  private pendingLabels: string[] = [];
  private readonly module: KModule;
  private readonly program: Program;
  private readonly ctx: LoweringContext;
  private readonly fn: KFunction;

  constructor(program: Program, ctx: LoweringContext, fn: KFunction) {
    this.program = program;
    this.ctx = ctx;
    this.fn = fn;
    this.module = fn.module;
    const result = fn.result === 'void' || fn.result === 'never' ? null : lirType(fn.result);
    this.b = new FunctionBuilder(fn.lirName, result);
  }

  private error(node: AstNode, message: string): Error {
    return errorAt(this.module, node, message);
  }

  run(): LirFunction {
    const scope = new Map<string, Local>();
    for (const p of this.fn.params) {
      scope.set(p.name, { vreg: this.b.param(p.type === 'Lit' ? 'i32' : lirType(p.type), p.name), type: p.type });
    }
    this.scopes.push(scope);
    const body = this.fn.node.body as AstNode;
    for (const stmt of body.body as AstNode[]) this.statement(stmt);
    if (!this.b.terminated) {
      if (this.fn.result === 'void') this.b.ret(null);
      else if (this.fn.result === 'never') this.b.terminate({ op: 'unreachable' });
      else this.b.terminate({ op: 'unreachable' }); // JS would return undefined; the checker requires a return
    }
    return this.b.finish();
  }

  // ---- names --------------------------------------------------------------------------------

  private lookup(name: string): Local | null {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const l = this.scopes[i]!.get(name);
      if (l) return l;
    }
    return null;
  }

  private binding(node: AstNode): KBinding {
    const b = this.program.resolve(this.module, node.name);
    if (b === null) throw this.error(node, `'${node.name}' is not defined`);
    return b;
  }

  // ---- types ---------------------------------------------------------------------------------

  /** The integer value of a constant expression, when it is one (literals, consts, record fields). */
  private constInt(node: AstNode): number | null {
    const v = this.program.constantValue(this.module, node, null);
    if (v === null || !Number.isInteger(v) || Object.is(v, -0)) return null;
    if (unwrap(node).type === 'Identifier' && this.lookup(unwrap(node).name)) return null; // a local shadows it
    return v >= -0x80000000 && v <= 0xffffffff ? v : null;
  }

  typeOf(node: AstNode): SType {
    const n = unwrap(node);
    if (n.type === 'Literal' && typeof n.value === 'boolean') return 'bool';
    if (this.constInt(n) !== null && !this.mentionsLocal(n)) {
      const b = n.type === 'Identifier' ? this.program.resolve(this.module, n.name) : null;
      if (b?.kind === 'const') return b.type === 'bool' ? 'bool' : b.type === 'f64' ? 'f64' : 'intlit';
      return 'intlit';
    }
    switch (n.type) {
      case 'Literal':
        if (typeof n.value === 'boolean') return 'bool';
        if (typeof n.value === 'number') return 'f64';
        if (typeof n.value === 'string') return 'Lit';
        throw this.error(n, `${n.raw} is not a kernel-TS value`);
      case 'Identifier': {
        const local = this.lookup(n.name);
        if (local) return local.type;
        if (n.name === 'NaN' || n.name === 'Infinity') return 'f64';
        const b = this.binding(n);
        if (b.kind === 'const') return b.type;
        if (b.kind === 'global') return b.global.type;
        throw this.error(n, `'${n.name}' is not a value`);
      }
      case 'MemberExpression': {
        if (n.computed) {
          const table = this.tableOf(n.object);
          if (table !== null) return TABLE_TYPES[table.element].float ? 'f64' : 'i32';
          const view = this.viewOf(n.object);
          return view === 'HF64' ? 'f64' : 'i32';
        }
        throw this.error(n, 'property access is only `Record.field` of a constant record (no-object)');
      }
      case 'UnaryExpression':
        switch (n.operator) {
          case '-': { const t = this.typeOf(n.argument); return t === 'f64' ? 'f64' : isIntLike(t) || t === 'intish' ? 'intish' : this.badOperand(n, t); }
          case '+': return 'f64';
          case '~': return 'i32';
          case '!': return 'bool';
          default: throw this.error(n, `unary ${n.operator} is not kernel TS`);
        }
      case 'BinaryExpression': {
        const op = n.operator as string;
        if (['<', '<=', '>', '>=', '===', '!==', '==', '!='].includes(op)) return 'bool';
        if (op === '>>>') return 'u32';
        if (['|', '&', '^', '<<', '>>'].includes(op)) return 'i32';
        const ta = this.typeOf(n.left);
        const tb = this.typeOf(n.right);
        if (ta === 'bool' || tb === 'bool') throw this.error(n, 'booleans are not numbers: no arithmetic on bool');
        if (op === '+' || op === '-' || op === '%') return ta === 'f64' || tb === 'f64' ? 'f64' : 'intish';
        if (op === '*' || op === '/') return 'f64';
        throw this.error(n, `operator ${op} is not kernel TS`);
      }
      case 'LogicalExpression': return 'bool';
      case 'ConditionalExpression': {
        const ta = this.typeOf(n.consequent);
        const tb = this.typeOf(n.alternate);
        if (ta === tb) return ta;
        if (ta === 'bool' || tb === 'bool') throw this.error(n, 'both arms of ?: must have the same type');
        if (ta === 'f64' || tb === 'f64') return 'f64';
        if (ta === 'intlit') return tb;
        if (tb === 'intlit') return ta;
        return 'intish';
      }
      case 'CallExpression': return this.callType(n);
      case 'AssignmentExpression': return this.typeOf(n.left);
      default:
        throw this.error(n, `${n.type} is not kernel TS`);
    }
  }

  private mentionsLocal(node: AstNode): boolean {
    const n = unwrap(node);
    if (n.type === 'Identifier') return this.lookup(n.name) !== null;
    if (n.type === 'BinaryExpression') return this.mentionsLocal(n.left) || this.mentionsLocal(n.right);
    if (n.type === 'UnaryExpression') return this.mentionsLocal(n.argument);
    return false;
  }

  private badOperand(n: AstNode, t: SType): never {
    throw this.error(n, `operand of type ${t} where a number is expected`);
  }

  private callType(n: AstNode): SType {
    const math = this.mathName(n.callee);
    if (math !== null) return math === 'imul' || math === 'clz32' ? 'i32' : 'f64';
    const target = this.callTarget(n);
    const r = target.result;
    return r === 'never' ? 'void' : r;
  }

  private mathName(callee: AstNode): string | null {
    if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.object.name === 'Math' && !this.lookup('Math')) {
      return callee.property.name as string;
    }
    return null;
  }

  private callTarget(n: AstNode): { kind: 'function'; fn: KFunction; result: KResult } | { kind: 'host'; name: string; result: KResult; fn: KFunction | null } | { kind: 'intrinsic'; name: string; result: KResult } {
    if (n.callee.type !== 'Identifier') throw this.error(n, 'calls are direct calls of module-level functions (direct-call)');
    if (this.lookup(n.callee.name)) throw this.error(n, `'${n.callee.name}' is a local variable, not a function`);
    const b = this.binding(n.callee);
    if (b.kind === 'function') return { kind: 'function', fn: b.fn, result: b.fn.result };
    if (b.kind === 'intrinsic') {
      const info = INTRINSICS[b.name];
      if (!info) throw this.error(n, `unknown native intrinsic ${b.name}`);
      return { kind: 'intrinsic', name: b.name, result: info.result };
    }
    if (b.kind === 'host') {
      if (b.name === 'hostWriteLit' || b.name === 'hostFatal') return { kind: 'host', name: b.name, result: b.name === 'hostFatal' ? 'never' : 'void', fn: null };
      if (b.name === 'hostAtomSlot') return { kind: 'host', name: b.name, result: 'i32', fn: null };
      const native = this.program.nativeHost?.declarations.get(b.name);
      if (native?.kind !== 'function') throw this.error(n, `host function ${b.name} has no native implementation yet (stage0/kernelc/native-host.ts)`);
      return { kind: 'host', name: b.name, result: native.fn.result, fn: native.fn };
    }
    throw this.error(n, `'${n.callee.name}' is not a function`);
  }

  /** The constant table `object` names, or null. */
  private tableOf(object: AstNode): KTable | null {
    if (object.type !== 'Identifier' || this.lookup(object.name)) return null;
    const b = this.program.resolve(this.module, object.name);
    return b?.kind === 'table' ? b.table : null;
  }

  /** `T[i]` of a constant table: a load from read-only data (an index out of range is undefined behaviour). */
  private loadTable(table: KTable, index: AstNode): VReg {
    const b = this.b;
    this.ctx.useTable(table);
    const size = TABLE_TYPES[table.element].bytes;
    const offset = b.binary('shl', b.convert('i32_to_i64_u', this.lowerI32(index)), b.const('i64', Math.log2(size)));
    const ptr = b.binary('add', b.dataptr(table.symbol), offset);
    if (table.element === 'Float64Array') return b.convert('f64_from_bits', b.hostload(64, ptr, 0));
    return b.hostload((8 * size) as 8 | 16 | 32, ptr, 0);
  }

  /** The view a computed member expression indexes (`H32[...]`), or an error. */
  private viewOf(object: AstNode): (typeof HOST_VIEWS)[number] {
    if (object.type === 'Identifier' && !this.lookup(object.name)) {
      const b = this.binding(object);
      if (b.kind === 'view') return b.name;
    }
    throw this.error(object, 'only the heap views H8, H16, H32, HF64 can be indexed (heap-index)');
  }

  // ---- expressions ---------------------------------------------------------------------------

  /** A `Lit` argument: a string literal (its atom slot) or a Lit parameter passed on. */
  private lowerLit(node: AstNode): VReg {
    const n = unwrap(node);
    if (n.type === 'Literal' && typeof n.value === 'string') return this.b.const('i32', this.ctx.atomSlot(n.value));
    if (n.type === 'Identifier' && this.lookup(n.name)?.type === 'Lit') return this.lookup(n.name)!.vreg;
    throw this.error(n, 'a Lit argument is a string literal or a Lit parameter (string-literal)');
  }

  /** Lowers `node` as a value of kernel type `want`, checking that the source allows it. */
  lowerAs(node: AstNode, want: KType): VReg {
    const t = this.typeOf(node);
    if (want === 'bool') {
      if (t !== 'bool') throw this.error(node, `expected bool, found ${t}${isIntLike(t) ? ' (write `x !== 0`, bool-test)' : ''}`);
      return this.lowerBool(node);
    }
    if (t === 'bool') throw this.error(node, `expected ${want}, found bool (booleans are not numbers)`);
    if (t === 'void' || t === 'Lit') throw this.error(node, `expected ${want}, found ${t}`);
    if (want === 'f64') return this.lowerF64(node);
    if (t === 'intish') throw this.error(node, `integer arithmetic must be coerced: write (${this.text(node)}) | 0 (int-coerce)`);
    if (t === 'f64') throw this.error(node, `an f64 becomes an integer only via \`| 0\` or \`>>> 0\``);
    return this.lowerI32(node);
  }

  private text(node: AstNode): string {
    return this.module.source.slice(node.start, node.end);
  }

  /** ToInt32(node) as i32 bits (see the header). */
  lowerI32(node: AstNode): VReg {
    const n = unwrap(node);
    const c = this.constInt(n);
    if (c !== null && !this.mentionsLocal(n)) return this.b.const('i32', c | 0);
    const t = this.typeOf(n);
    if (t === 'bool') throw this.error(n, 'booleans are not numbers');
    if (t === 'f64' && !(n.type === 'BinaryExpression' && (n.operator === '/' || n.operator === '%' || n.operator === '*'))) {
      return this.b.convert('f64_to_i32', this.lowerF64(n));
    }
    switch (n.type) {
      case 'Identifier': return this.readName(n);
      case 'MemberExpression': return this.loadView(n);
      case 'CallExpression': return this.call(n, 'i32')!;
      case 'AssignmentExpression': return this.assign(n);
      case 'ConditionalExpression': return this.conditional(n, 'i32');
      case 'UnaryExpression':
        if (n.operator === '-') return this.b.binary('sub', this.b.const('i32', 0), this.lowerI32(n.argument));
        if (n.operator === '~') return this.b.unary('not', this.lowerI32(n.argument));
        break;
      case 'BinaryExpression': return this.binaryI32(n);
    }
    throw this.error(n, `cannot use ${n.type} as an integer`);
  }

  private binaryI32(n: AstNode): VReg {
    const op = n.operator as string;
    const simple: Record<string, IntBinaryOp> = { '+': 'add', '-': 'sub', '|': 'or', '&': 'and', '^': 'xor', '<<': 'shl', '>>': 'shr_s', '>>>': 'shr_u' };
    if (simple[op]) {
      // Identity coercions (`x | 0`, `x >>> 0`) need no instruction once x is i32 bits.
      if ((op === '|' || op === '>>>' || op === '>>') && this.constInt(n.right) === 0) return this.lowerI32(n.left);
      return this.b.binary(simple[op]!, this.lowerI32(n.left), this.lowerI32(n.right));
    }
    const ta = this.typeOf(n.left);
    const tb = this.typeOf(n.right);
    if (isIntLike(ta) && isIntLike(tb)) {
      if (op === '/' || op === '%') return this.integerDivide(n, op === '/' ? 'div' : 'rem');
      if (op === '*') {
        // An integer product is exact as a double (and so equals the wrapped product) when one
        // factor is a constant below 2^21; otherwise JS rounds it, and so must we (via f64).
        const ca = this.constInt(n.left);
        const cb = this.constInt(n.right);
        if ((ca !== null && Math.abs(ca | 0) < 2 ** 21) || (cb !== null && Math.abs(cb | 0) < 2 ** 21)) {
          return this.b.binary('mul', this.lowerI32(n.left), this.lowerI32(n.right));
        }
      }
    }
    return this.b.convert('f64_to_i32', this.lowerF64(n));
  }

  /** The signedness two integer operands share: 's' (i32), 'u' (u32) or 'mixed'. */
  private domain(a: AstNode, b: AstNode): 's' | 'u' | 'mixed' {
    const kinds = [a, b].map((x) => {
      const t = this.typeOf(x);
      if (t !== 'intlit') return t === 'u32' ? 'u' : 's';
      const c = this.constInt(x)!;
      return c < 0 ? 's' : c > 0x7fffffff ? 'u' : 'either';
    });
    if (kinds.every((k) => k === 's' || k === 'either')) return 's';
    if (kinds.every((k) => k === 'u' || k === 'either')) return 'u';
    return 'mixed';
  }

  /** (a / b) | 0 and (a % b) | 0 on integers: LIR's total division (exact; docs/lir.md). */
  private integerDivide(n: AstNode, what: 'div' | 'rem'): VReg {
    const d = this.domain(n.left, n.right);
    const a = this.lowerI32(n.left);
    const b = this.lowerI32(n.right);
    if (d === 's') return this.b.binary(what === 'div' ? 'div_s' : 'rem_s', a, b);
    if (d === 'u') return this.b.binary(what === 'div' ? 'div_u' : 'rem_u', a, b);
    // One signed and one unsigned operand: divide exactly in 64 bits.
    const wide = (x: AstNode, v: VReg): VReg => this.b.convert(this.typeOf(x) === 'u32' ? 'i32_to_i64_u' : 'i32_to_i64_s', v);
    return this.b.convert('i64_to_i32', this.b.binary(what === 'div' ? 'div_s' : 'rem_s', wide(n.left, a), wide(n.right, b)));
  }

  /** `node` as a double. */
  lowerF64(node: AstNode): VReg {
    const n = unwrap(node);
    const t = this.typeOf(n);
    if (t === 'bool') throw this.error(n, 'booleans are not numbers');
    if (t === 'intlit' && !this.mentionsLocal(n)) {
      const v = this.program.constantValue(this.module, n, null)!;
      return this.b.const('f64', v);
    }
    if (t === 'i32' || t === 'u32' || t === 'intlit') return this.b.convert(t === 'u32' ? 'u32_to_f64' : 'i32_to_f64', this.lowerI32(n));
    switch (n.type) {
      case 'Literal': return this.b.const('f64', n.value);
      case 'Identifier':
        if (n.name === 'NaN' && !this.lookup('NaN')) return this.b.const('f64', NaN);
        if (n.name === 'Infinity' && !this.lookup('Infinity')) return this.b.const('f64', Infinity);
        return this.readName(n);
      case 'MemberExpression': return this.loadView(n);
      case 'CallExpression': return this.call(n, 'f64')!;
      case 'AssignmentExpression': return this.assign(n);
      case 'ConditionalExpression': return this.conditional(n, 'f64');
      case 'UnaryExpression':
        if (n.operator === '-') return this.b.funary('neg', this.lowerF64(n.argument));
        if (n.operator === '+') {
          const at = this.typeOf(n.argument);
          if (at === 'bool') throw this.error(n, 'booleans are not numbers');
          return this.lowerF64(n.argument);
        }
        break;
      case 'BinaryExpression': {
        const op = n.operator as string;
        if (op === '%') {
          if (isIntLike(this.typeOf(n.left)) && isIntLike(this.typeOf(n.right))) return this.integerRemainderF64(n);
          const fmod = this.program.nativeHost?.declarations.get('f64Remainder');
          if (fmod?.kind !== 'function') throw this.error(n, '% on f64 needs the native host (import runtime/host/host.ts)');
          return this.b.call(fmod.fn.lirName, [this.lowerF64(n.left), this.lowerF64(n.right)], 'f64')!;
        }
        const kinds = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' } as const;
        const k = kinds[op as keyof typeof kinds];
        if (k) return this.b.fbinary(k, this.lowerF64(n.left), this.lowerF64(n.right));
      }
    }
    throw this.error(n, `cannot use ${n.type} as a number`);
  }

  /** a % b of integers as a double: NaN for b = 0, -0 for a zero remainder of a negative a. */
  private integerRemainderF64(n: AstNode): VReg {
    const b = this.b;
    const x = this.lowerI32(n.left);
    const y = this.lowerI32(n.right);
    const signed = this.typeOf(n.left) !== 'u32';
    const wide = (node: AstNode, v: VReg): VReg => b.convert(this.typeOf(node) === 'u32' ? 'i32_to_i64_u' : 'i32_to_i64_s', v);
    const r = b.convert('i64_to_i32', b.binary('rem_s', wide(n.left, x), wide(n.right, y)));
    const result = b.newVReg('f64');
    b.copy(result, b.convert(signed ? 'i32_to_f64' : 'u32_to_f64', r));
    const nan = b.newBlock();
    const checkZero = b.newBlock();
    const negZero = b.newBlock();
    const done = b.newBlock();
    b.branch(b.compare('eq', y, b.const('i32', 0)), nan, checkZero);
    b.setBlock(nan);
    b.copy(result, b.const('f64', NaN));
    b.jump(done);
    b.setBlock(checkZero);
    const isNegZero = signed ? b.binary('and', b.compare('eq', r, b.const('i32', 0)), b.compare('lt_s', x, b.const('i32', 0))) : b.const('i32', 0);
    b.branch(isNegZero, negZero, done);
    b.setBlock(negZero);
    b.copy(result, b.const('f64', -0));
    b.jump(done);
    b.setBlock(done);
    return result;
  }

  /** A bool expression as an i32 0/1 value. */
  lowerBool(node: AstNode): VReg {
    const n = unwrap(node);
    switch (n.type) {
      case 'Literal': return this.b.const('i32', n.value ? 1 : 0);
      case 'Identifier': {
        const local = this.lookup(n.name);
        if (local) return local.vreg;
        return this.readName(n);
      }
      case 'UnaryExpression': if (n.operator === '!') return this.b.unary('eqz', this.lowerBool(n.argument)); break;
      case 'BinaryExpression': return this.compare(n);
      case 'CallExpression': return this.call(n, 'bool')!;
      case 'AssignmentExpression': return this.assign(n);
      case 'ConditionalExpression': return this.conditional(n, 'bool');
      case 'LogicalExpression': {
        const result = this.b.newVReg('i32');
        const t = this.b.newBlock();
        const f = this.b.newBlock();
        const done = this.b.newBlock();
        this.lowerCond(n, t, f);
        this.b.setBlock(t); this.b.copy(result, this.b.const('i32', 1)); this.b.jump(done);
        this.b.setBlock(f); this.b.copy(result, this.b.const('i32', 0)); this.b.jump(done);
        this.b.setBlock(done);
        return result;
      }
    }
    throw this.error(n, `cannot use ${n.type} as a bool`);
  }

  /** Branches to `t` if the bool `node` holds, else to `f`. */
  lowerCond(node: AstNode, t: BlockId, f: BlockId): void {
    const n = unwrap(node);
    if (this.typeOf(n) !== 'bool') throw this.error(n, `a condition must be a bool; write \`x !== 0\` (bool-test)`);
    if (n.type === 'LogicalExpression') {
      const mid = this.b.newBlock();
      if (n.operator === '&&') this.lowerCond(n.left, mid, f);
      else if (n.operator === '||') this.lowerCond(n.left, t, mid);
      else throw this.error(n, `${n.operator} is not kernel TS`);
      this.b.setBlock(mid);
      this.lowerCond(n.right, t, f);
      return;
    }
    if (n.type === 'UnaryExpression' && n.operator === '!') { this.lowerCond(n.argument, f, t); return; }
    if (n.type === 'Literal') { this.b.jump(n.value ? t : f); return; }
    this.b.branch(this.lowerBool(n), t, f);
  }

  private compare(n: AstNode): VReg {
    const op = n.operator as string;
    const ta = this.typeOf(n.left);
    const tb = this.typeOf(n.right);
    if (ta === 'bool' || tb === 'bool') {
      if (ta !== tb || !['===', '!==', '==', '!='].includes(op)) throw this.error(n, 'booleans compare only with === and !== to booleans');
      return this.b.compare(op.startsWith('!') ? 'ne' : 'eq', this.lowerBool(n.left), this.lowerBool(n.right));
    }
    const intOps: Record<string, [IntCondition, IntCondition]> = {
      '<': ['lt_s', 'lt_u'], '<=': ['le_s', 'le_u'], '>': ['gt_s', 'gt_u'], '>=': ['ge_s', 'ge_u'],
      '===': ['eq', 'eq'], '==': ['eq', 'eq'], '!==': ['ne', 'ne'], '!=': ['ne', 'ne'],
    };
    const floatOps: Record<string, FloatCondition> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '===': 'eq', '==': 'eq', '!==': 'ne', '!=': 'ne' };
    if (!intOps[op]) throw this.error(n, `${op} is not a comparison`);
    if (isIntLike(ta) && isIntLike(tb)) {
      const d = this.domain(n.left, n.right);
      if (d !== 'mixed') return this.b.compare(intOps[op]![d === 's' ? 0 : 1], this.lowerI32(n.left), this.lowerI32(n.right));
    }
    return this.b.fcompare(floatOps[op]!, this.lowerF64(n.left), this.lowerF64(n.right));
  }

  private conditional(n: AstNode, want: KType): VReg {
    const result = this.b.newVReg(lirType(want));
    const t = this.b.newBlock();
    const f = this.b.newBlock();
    const done = this.b.newBlock();
    this.lowerCond(n.test, t, f);
    const arm = (block: BlockId, e: AstNode): void => {
      this.b.setBlock(block);
      const v = want === 'bool' ? this.lowerBool(e) : want === 'f64' ? this.lowerF64(e) : this.lowerI32(e);
      this.b.copy(result, v);
      this.b.jump(done);
    };
    arm(t, n.consequent);
    arm(f, n.alternate);
    this.b.setBlock(done);
    return result;
  }

  private readName(n: AstNode): VReg {
    const local = this.lookup(n.name);
    if (local) return local.vreg;
    const b = this.binding(n);
    if (b.kind === 'const') return this.b.const(lirType(b.type), b.value);
    if (b.kind === 'global') return this.b.gload(b.global.lirName, lirType(b.global.type));
    throw this.error(n, `'${n.name}' is not a value`);
  }

  /** The heap address of `H32[e]` etc., folding constant offsets into the displacement. */
  private viewAddress(n: AstNode): { mem: MemoryKind; index: VReg; scale: 1 | 2 | 4 | 8; disp: number } {
    const view = VIEW_KINDS[this.viewOf(n.object)];
    let index = unwrap(n.property);
    let disp = 0;
    if (view.shift === 0) {
      // H8[p + c]: the byte offset c goes straight into the displacement.
      for (;;) {
        // `(p + c) | 0` is the checker's spelling of the same byte address.
        if (index.type === 'BinaryExpression' && index.operator === '|' && this.constInt(index.right) === 0) { index = unwrap(index.left); continue; }
        if (index.type !== 'BinaryExpression' || (index.operator !== '+' && index.operator !== '-')) break;
        const c = this.constInt(index.right);
        if (c === null || this.mentionsLocal(index.right) || !isIntLike(this.typeOf(index.left))) break;
        disp += index.operator === '+' ? c | 0 : -(c | 0);
        index = unwrap(index.left);
      }
      return { mem: view.mem, index: this.lowerI32(index), scale: 1, disp };
    }
    const shiftOk = index.type === 'BinaryExpression' && index.operator === '>>' && this.constInt(index.right) === view.shift;
    if (!shiftOk) return { mem: view.mem, index: this.lowerI32(index), scale: view.bytes, disp: 0 };
    // (p + c) >> k == (p >> k) + (c >> k) exactly when c is a multiple of 2^k.
    let byteAddress = unwrap(index.left);
    for (;;) {
      if (byteAddress.type !== 'BinaryExpression' || (byteAddress.operator !== '+' && byteAddress.operator !== '-')) break;
      const c = this.constInt(byteAddress.right);
      if (c === null || this.mentionsLocal(byteAddress.right) || (c | 0) % view.bytes !== 0 || !isIntLike(this.typeOf(byteAddress.left)) && this.typeOf(byteAddress.left) !== 'intish') break;
      disp += byteAddress.operator === '+' ? c | 0 : -(c | 0);
      byteAddress = unwrap(byteAddress.left);
    }
    const shifted = this.b.binary('shr_s', this.lowerI32(byteAddress), this.b.const('i32', view.shift));
    return { mem: view.mem, index: shifted, scale: view.bytes, disp };
  }

  private loadView(n: AstNode): VReg {
    if (!n.computed) throw this.error(n, 'property access is only `Record.field` of a constant record (no-object)');
    const table = this.tableOf(n.object);
    if (table !== null) return this.loadTable(table, n.property);
    const a = this.viewAddress(n);
    return this.b.load(a.mem, { index: a.index, scale: a.scale, disp: a.disp });
  }

  // ---- calls ---------------------------------------------------------------------------------

  /** Lowers a call; `want` says how its value is used (null: discarded). */
  private call(n: AstNode, want: KType | null): VReg | null {
    const math = this.mathName(n.callee);
    if (math !== null) return this.mathCall(n, math);
    const target = this.callTarget(n);
    const args = n.arguments as AstNode[];
    if (target.kind === 'intrinsic') return this.intrinsicCall(n, target.name, args);
    if (target.kind === 'host' && target.fn === null) {
      const lit = args[args.length - 1];
      if (!lit) throw this.error(n, `${target.name} takes a string literal (string-literal)`);
      if (target.name === 'hostAtomSlot') return this.lowerLit(lit);
      if (unwrap(lit).type !== 'Literal' || typeof unwrap(lit).value !== 'string') {
        // A Lit parameter passed on: its text is in the atom tables; the native host writes it.
        const slot = this.lowerLit(lit);
        const name = target.name === 'hostFatal' ? 'hostFatalAtom' : 'hostWriteAtom';
        const native = this.program.nativeHost?.declarations.get(name);
        if (native?.kind !== 'function') throw this.error(n, `native host function ${name} is missing`);
        const callArgs = target.name === 'hostFatal' ? [slot] : [this.lowerAs(args[0]!, 'i32'), slot];
        this.b.call(native.fn.lirName, callArgs, null);
        if (target.name === 'hostFatal') this.b.terminate({ op: 'unreachable' });
        return null;
      }
      const { symbol, length } = this.ctx.literal(unwrap(lit).value);
      const fd = target.name === 'hostFatal' ? this.b.const('i32', 2) : this.lowerAs(args[0]!, 'i32');
      if (target.name === 'hostFatal') this.writeLiteral(fd, 'OuroFatalError: ');
      this.b.syscall('write', [fd, this.b.dataptr(symbol), this.b.const('i64', length)]);
      if (target.name === 'hostFatal') {
        this.writeLiteral(fd, '\n');
        this.b.syscall('exit_group', [this.b.const('i32', 1)]);
        this.b.terminate({ op: 'unreachable' });
      }
      return null;
    }
    const fn = target.fn!;
    if (args.length !== fn.params.length) throw this.error(n, `${fn.name} takes ${fn.params.length} arguments`);
    const vregs = args.map((a, i) => {
      const p = fn.params[i]!;
      return p.type === 'Lit' ? this.lowerLit(a) : this.lowerAs(a, p.type);
    });
    const result = fn.result === 'void' || fn.result === 'never' ? null : lirType(fn.result);
    const v = this.b.call(fn.lirName, vregs, result);
    if (fn.result === 'never') this.b.terminate({ op: 'unreachable' });
    if (want !== null && v === null) throw this.error(n, `${fn.name} returns no value`);
    return v;
  }

  private writeLiteral(fd: VReg, text: string): void {
    const { symbol, length } = this.ctx.literal(text);
    this.b.syscall('write', [fd, this.b.dataptr(symbol), this.b.const('i64', length)]);
  }

  private mathCall(n: AstNode, name: string): VReg {
    const args = n.arguments as AstNode[];
    const arity = (k: number): void => { if (args.length !== k) throw this.error(n, `Math.${name} takes ${k} arguments here`); };
    if (name === 'imul') { arity(2); return this.b.binary('mul', this.lowerI32(args[0]!), this.lowerI32(args[1]!)); }
    if (name === 'clz32') { arity(1); return this.b.unary('clz', this.lowerI32(args[0]!)); }
    if (name in MATH_F64_UNARY) { arity(1); return this.b.funary(MATH_F64_UNARY[name as keyof typeof MATH_F64_UNARY], this.lowerF64(args[0]!)); }
    if (name === 'min' || name === 'max') {
      if (args.length < 2) throw this.error(n, `Math.${name} needs at least two arguments here`);
      let v = this.lowerF64(args[0]!);
      for (const a of args.slice(1)) v = this.b.fbinary(name, v, this.lowerF64(a));
      return v;
    }
    throw this.error(n, `Math.${name} is not supported by kernelc`);
  }

  private intrinsicCall(n: AstNode, name: string, args: AstNode[]): VReg | null {
    const info = INTRINSICS[name]!;
    if (args.length !== info.params.length) throw this.error(n, `${name} takes ${info.params.length} arguments`);
    const v = args.map((a, i) => this.lowerAs(a, info.params[i]!));
    const b = this.b;
    const toI32 = (x: VReg): VReg => b.convert('i64_to_i32', x);
    switch (name) {
      case 'sysWrite': return toI32(b.syscall('write', [v[0]!, b.heapptr(v[1]!), v[2]!]));
      case 'sysRead': return toI32(b.syscall('read', [v[0]!, b.heapptr(v[1]!), v[2]!]));
      case 'sysOpen': return toI32(b.syscall('openat', [b.const('i64', -100), b.heapptr(v[0]!), v[1]!, b.const('i32', 0o644)]));
      case 'sysClose': return toI32(b.syscall('close', [v[0]!]));
      case 'sysExit': b.syscall('exit_group', [v[0]!]); b.terminate({ op: 'unreachable' }); return null;
      case 'sysClockMonotonic': return toI32(b.syscall('clock_gettime', [b.const('i32', 1), b.heapptr(v[0]!)]));
      case 'sysHeapLimit': return b.const('i32', this.ctx.heapLimit);
      case 'sysScratch': return b.const('i32', this.ctx.heapLimit);
      case 'sysArgCount': return toI32(b.startup('argc'));
      case 'sysAtomLength': return b.hostload(32, b.binary('add', b.dataptr(ATOM_TABLES.lengths), b.binary('shl', b.convert('i32_to_i64_u', v[0]!), b.const('i64', 2))), 0);
      case 'sysAtomCharCode': {
        const offset = b.hostload(32, b.binary('add', b.dataptr(ATOM_TABLES.offsets), b.binary('shl', b.convert('i32_to_i64_u', v[0]!), b.const('i64', 2))), 0);
        const unit = b.convert('i32_to_i64_u', b.binary('add', offset, v[1]!));
        return b.hostload(16, b.binary('add', b.dataptr(ATOM_TABLES.chars), b.binary('shl', unit, b.const('i64', 1))), 0);
      }
      case 'sysArgByte': {
        // argv[i][j]: argv is a host pointer to an array of host pointers.
        const argv = b.startup('argv');
        const slot = b.binary('add', argv, b.binary('shl', b.convert('i32_to_i64_u', v[0]!), b.const('i64', 3)));
        const str = b.hostload(64, slot, 0);
        return b.hostload(8, b.binary('add', str, b.convert('i32_to_i64_u', v[1]!)), 0);
      }
    }
    throw this.error(n, `unknown intrinsic ${name}`);
  }

  // ---- assignments ---------------------------------------------------------------------------

  /** `x = e`, `x op= e`, `H32[i] = e`; returns the stored value. */
  private assign(n: AstNode): VReg {
    const target = unwrap(n.left);
    const op = n.operator as string;
    const rhs = op === '=' ? n.right : this.compound(n, op.slice(0, -1));
    if (target.type === 'MemberExpression') {
      if (target.computed && this.tableOf(target.object) !== null) throw this.error(target, 'constant tables are read-only (const-table)');
      const a = this.viewAddress(target);
      const v = a.mem === 'f64' ? this.lowerF64(rhs) : this.lowerStoredInt(rhs);
      this.b.store(a.mem, { index: a.index, scale: a.scale, disp: a.disp }, v);
      return v;
    }
    if (target.type !== 'Identifier') throw this.error(target, 'cannot assign to this');
    const local = this.lookup(target.name);
    if (local) {
      if (local.type === 'Lit') throw this.error(target, `${target.name} is a Lit parameter and cannot be assigned`);
      const v = this.lowerAs(rhs, local.type);
      this.b.copy(local.vreg, v);
      return local.vreg;
    }
    const b = this.binding(target);
    if (b.kind !== 'global') throw this.error(target, `'${target.name}' is not assignable`);
    if (b.global.module !== this.module) throw this.error(target, `only the declaring module assigns ${target.name}`);
    const v = this.lowerAs(rhs, b.global.type);
    this.b.gstore(b.global.lirName, v);
    return v;
  }

  /** A value stored into an integer view: typed-array stores apply ToInt32/ToUint16/... themselves. */
  private lowerStoredInt(node: AstNode): VReg {
    const t = this.typeOf(node);
    if (t === 'bool') throw this.error(node, 'booleans are not numbers');
    if (t === 'intish') throw this.error(node, `integer arithmetic must be coerced: write (${this.text(node)}) | 0 (int-coerce)`);
    return this.lowerI32(node);
  }

  /** `x op= e` as the node for `x = (x op e)`, coerced with `| 0` for integer `+`/`-` (docs/kernel-ts.md §2). */
  private compound(n: AstNode, op: string): AstNode {
    const inner: AstNode = { type: 'BinaryExpression', operator: op, left: n.left, right: n.right, start: n.start, end: n.end };
    const t = this.typeOf(n.left);
    if ((op === '+' || op === '-') && t !== 'f64') {
      return { type: 'BinaryExpression', operator: t === 'u32' ? '>>>' : '|', left: inner, right: { type: 'Literal', value: 0, raw: '0', start: n.start, end: n.start }, start: n.start, end: n.end };
    }
    return inner;
  }

  private update(n: AstNode): void {
    const one: AstNode = { type: 'Literal', value: 1, raw: '1', start: n.start, end: n.start };
    this.assign({ type: 'AssignmentExpression', operator: n.operator === '++' ? '+=' : '-=', left: n.argument, right: one, start: n.start, end: n.end });
  }

  // ---- statements ----------------------------------------------------------------------------

  private statement(s: AstNode): void {
    const labels = this.pendingLabels;
    this.pendingLabels = [];
    switch (s.type) {
      case 'EmptyStatement': return;
      case 'BlockStatement': this.block(s.body, labels); return;
      case 'VariableDeclaration': return this.declaration(s);
      case 'ExpressionStatement': return this.expressionStatement(s.expression);
      case 'ReturnStatement': {
        if (this.fn.result === 'void' || this.fn.result === 'never') {
          if (s.argument) throw this.error(s, `${this.fn.name} returns void`);
          this.b.ret(null);
        } else {
          if (!s.argument) throw this.error(s, `${this.fn.name} must return a ${this.fn.result}`);
          this.returnValue(s.argument, this.fn.result);
        }
        return;
      }
      case 'IfStatement': {
        const t = this.b.newBlock();
        const f = s.alternate ? this.b.newBlock() : null;
        const done = this.b.newBlock();
        this.withTarget(labels, done, null, () => {
          this.lowerCond(s.test, t, f ?? done);
          this.b.setBlock(t);
          this.statement(s.consequent);
          this.b.jump(done);
          if (f !== null) { this.b.setBlock(f); this.statement(s.alternate); this.b.jump(done); }
        });
        this.b.setBlock(done);
        return;
      }
      case 'WhileStatement': case 'ForStatement': return this.loop(s, labels);
      case 'DoWhileStatement': {
        const body = this.b.newBlock();
        const test = this.b.newBlock();
        const done = this.b.newBlock();
        this.b.jump(body);
        this.b.setBlock(body);
        this.withTarget(labels, done, test, () => this.statement(s.body));
        this.b.jump(test);
        this.b.setBlock(test);
        this.lowerCond(s.test, body, done);
        this.b.setBlock(done);
        return;
      }
      case 'SwitchStatement': return this.switchStatement(s, labels);
      case 'BreakStatement': case 'ContinueStatement': {
        const label = s.label?.name as string | undefined;
        const isBreak = s.type === 'BreakStatement';
        for (let i = this.targets.length - 1; i >= 0; i--) {
          const t = this.targets[i]!;
          // Unlabelled break leaves the innermost loop or switch; unlabelled continue the innermost loop.
          const matches = label !== undefined ? t.labels.includes(label) : isBreak ? t.continueTo !== null || t.labels.includes('#switch') : t.continueTo !== null;
          if (!matches) continue;
          const to = isBreak ? t.breakTo : t.continueTo;
          if (to === null) throw this.error(s, `continue ${label}: the label is not a loop`);
          this.b.jump(to);
          return;
        }
        throw this.error(s, `${isBreak ? 'break' : 'continue'} outside a loop${label ? ` labelled ${label}` : ''}`);
      }
      case 'LabeledStatement':
        this.pendingLabels = [...labels, s.label.name];
        if (!['WhileStatement', 'ForStatement', 'DoWhileStatement', 'SwitchStatement', 'LabeledStatement'].includes(s.body.type)) {
          const done = this.b.newBlock();
          const inner = this.pendingLabels;
          this.pendingLabels = [];
          this.withTarget(inner, done, null, () => this.statement(s.body));
          this.b.jump(done);
          this.b.setBlock(done);
          return;
        }
        this.statement(s.body);
        return;
      default:
        throw this.error(s, `${s.type} is not kernel TS`);
    }
  }

  /**
   * `return c ? a : b` returns from each arm, so that no join vreg lives across both arms (with
   * one interval per vreg, such a vreg would occupy a callee-saved register across their calls).
   */
  private returnValue(node: AstNode, type: KType): void {
    const n = unwrap(node);
    if (n.type === 'ConditionalExpression' && this.typeOf(n) !== 'intish') {
      const t = this.b.newBlock();
      const f = this.b.newBlock();
      this.lowerCond(n.test, t, f);
      this.b.setBlock(t);
      this.returnValue(n.consequent, type);
      this.b.setBlock(f);
      this.returnValue(n.alternate, type);
      return;
    }
    this.b.ret(this.lowerAs(n, type));
  }

  private block(body: AstNode[], labels: string[]): void {
    if (labels.length > 0) {
      const done = this.b.newBlock();
      this.withTarget(labels, done, null, () => this.block(body, []));
      this.b.jump(done);
      this.b.setBlock(done);
      return;
    }
    this.scopes.push(new Map());
    for (const s of body) this.statement(s);
    this.scopes.pop();
  }

  private withTarget(labels: readonly string[], breakTo: BlockId, continueTo: BlockId | null, body: () => void): void {
    if (labels.length === 0 && continueTo === null) { body(); return; }
    this.targets.push({ labels, breakTo, continueTo });
    body();
    this.targets.pop();
  }

  private declaration(s: AstNode): void {
    if (s.kind === 'var') throw this.error(s, 'use let or const, not var');
    for (const d of s.declarations as AstNode[]) {
      if (d.id.type !== 'Identifier') throw this.error(d, 'destructuring is not kernel TS');
      const annotated = d.id.typeAnnotation?.typeAnnotation;
      let type: KType;
      if (annotated) {
        const name = annotated.type === 'TSTypeReference' ? annotated.typeName?.name : annotated.type === 'TSBooleanKeyword' ? 'bool' : null;
        if (!['i32', 'u32', 'f64', 'bool'].includes(name)) throw this.error(d, `${d.id.name} needs a type i32, u32, f64 or bool`);
        type = name as KType;
      } else {
        if (!d.init) throw this.error(d, `${d.id.name} needs a type or an initializer (local-type)`);
        const t = this.typeOf(d.init);
        if (t === 'intish') throw this.error(d.init, `integer arithmetic must be coerced: write (${this.text(d.init)}) | 0 (int-coerce)`);
        if (t === 'void' || t === 'Lit') throw this.error(d.init, `${d.id.name} cannot hold ${t}`);
        type = t === 'intlit' ? 'i32' : t;
      }
      const vreg = this.b.newVReg(lirType(type), d.id.name);
      // Evaluate the initializer before the name is in scope (`let x = x + 1` reads an outer x).
      const init = d.init ? this.lowerAs(d.init, type) : this.b.const(lirType(type), 0);
      this.b.copy(vreg, init);
      this.scopes[this.scopes.length - 1]!.set(d.id.name, { vreg, type });
    }
  }

  private expressionStatement(e: AstNode): void {
    const n = unwrap(e);
    switch (n.type) {
      case 'AssignmentExpression': this.assign(n); return;
      case 'UpdateExpression': this.update(n); return;
      case 'CallExpression': this.call(n, null); return;
      default: {
        const t = this.typeOf(n);
        if (t === 'bool') this.lowerBool(n);
        else if (t === 'f64') this.lowerF64(n);
        else this.lowerI32(n);
      }
    }
  }

  private loop(s: AstNode, labels: string[]): void {
    this.scopes.push(new Map());
    if (s.type === 'ForStatement' && s.init) {
      if (s.init.type === 'VariableDeclaration') this.declaration(s.init);
      else this.expressionStatement(s.init);
    }
    // Loops are inverted: the test runs once before the first iteration and again at the bottom,
    // so that each iteration takes one conditional branch instead of a branch and a jump.
    const body = this.b.newBlock();
    const test = this.b.newBlock();
    const next = s.type === 'ForStatement' && s.update ? this.b.newBlock() : test;
    const done = this.b.newBlock();
    if (s.test) this.lowerCond(s.test, body, done);
    else this.b.jump(body);
    this.b.setBlock(body);
    this.withTarget(labels, done, next, () => this.statement(s.body));
    this.b.jump(next);
    if (next !== test) {
      this.b.setBlock(next);
      this.expressionStatement(s.update);
      this.b.jump(test);
    }
    this.b.setBlock(test);
    if (s.test) this.lowerCond(s.test, body, done);
    else this.b.jump(body);
    this.b.setBlock(done);
    this.scopes.pop();
  }

  private switchStatement(s: AstNode, labels: string[]): void {
    if (this.typeOf(s.discriminant) === 'bool' || this.typeOf(s.discriminant) === 'f64') throw this.error(s.discriminant, 'switch is over an i32');
    const value = this.b.newVReg('i32');
    this.b.copy(value, this.lowerI32(s.discriminant));
    const cases = s.cases as AstNode[];
    const bodies = cases.map(() => this.b.newBlock());
    const done = this.b.newBlock();
    const seen = new Set<number>();
    let defaultBody: BlockId = done;
    const tests: { value: number; body: BlockId; node: AstNode }[] = [];
    cases.forEach((c, i) => {
      if (c.test === null) { defaultBody = bodies[i]!; return; }
      const k = this.constInt(c.test);
      if (k === null) throw this.error(c.test, 'case labels must be integer constants');
      if (seen.has(k | 0)) throw this.error(c.test, `duplicate case ${k}`);
      seen.add(k | 0);
      tests.push({ value: k | 0, body: bodies[i]!, node: c.test });
    });
    const low = Math.min(...tests.map((t) => t.value));
    const span = Math.max(...tests.map((t) => t.value)) - low + 1;
    if (tests.length >= 4 && span <= 2 * tests.length + 8 && span <= 4096) {
      // Dense cases: one bounds check and an indirect jump through a table (LIR `switch`).
      const targets: BlockId[] = new Array<BlockId>(span).fill(defaultBody);
      for (const t of tests) targets[t.value - low] = t.body;
      this.b.terminate({ op: 'switch', value, low, targets, default: defaultBody });
    } else {
      for (const t of tests) {
        const next = this.b.newBlock();
        this.b.branch(this.b.compare('eq', value, this.b.const('i32', t.value)), t.body, next);
        this.b.setBlock(next);
      }
      this.b.jump(defaultBody);
    }
    this.withTarget([...labels, '#switch'], done, null, () => {
      this.scopes.push(new Map());
      cases.forEach((c, i) => {
        this.b.jump(bodies[i]!); // fall through from the previous case
        this.b.setBlock(bodies[i]!);
        for (const st of c.consequent as AstNode[]) this.statement(st);
      });
      this.b.jump(done);
      this.scopes.pop();
    });
    this.b.setBlock(done);
  }
}

/** Checks that a constant evaluator result is an operator kernel TS knows (re-exported for tests). */
export const foldBinary = evaluateBinary;
