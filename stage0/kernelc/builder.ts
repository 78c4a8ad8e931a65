// A small helper for producing LIR: the front end (lower.ts) and the hand-written tests both build
// functions through it, so that vreg numbering and block creation follow one set of rules.
import type {
  Address, BlockId, Conversion, FloatBinaryOp, FloatCondition, FloatUnaryOp, Inst, IntBinaryOp,
  IntCondition, IntUnaryOp, LirFunction, LirType, MemoryKind, SyscallName, Terminator, VReg, VRegInfo,
} from './lir.ts';
import { CONVERSIONS } from './lir.ts';

export class FunctionBuilder {
  readonly vregs: VRegInfo[] = [];
  readonly params: VReg[] = [];
  private readonly blocks: { id: BlockId; insts: Inst[]; term: Terminator | null }[] = [];
  /** The block instructions are appended to; null after a terminator until `setBlock`. */
  current: BlockId | null;

  readonly name: string;
  readonly result: LirType | null;

  constructor(name: string, result: LirType | null) {
    this.name = name;
    this.result = result;
    this.current = this.newBlock();
  }

  newVReg(type: LirType, name: string | null = null): VReg {
    this.vregs.push({ type, name });
    return this.vregs.length - 1;
  }

  param(type: LirType, name: string | null = null): VReg {
    const v = this.newVReg(type, name);
    this.params.push(v);
    return v;
  }

  typeOf(v: VReg): LirType {
    return this.vregs[v]!.type;
  }

  newBlock(): BlockId {
    this.blocks.push({ id: this.blocks.length, insts: [], term: null });
    return this.blocks.length - 1;
  }

  setBlock(id: BlockId): void {
    this.current = id;
  }

  /** True when the current block already ended (code after `return`/`break` is unreachable). */
  get terminated(): boolean {
    return this.current === null;
  }

  emit(inst: Inst): void {
    // Code after a terminator is unreachable; it is given a fresh block that nothing jumps to,
    // which the optimizer deletes, so lowering never has to special-case dead code.
    if (this.current === null) this.current = this.newBlock();
    this.blocks[this.current]!.insts.push(inst);
  }

  terminate(term: Terminator): void {
    if (this.current === null) this.current = this.newBlock();
    this.blocks[this.current]!.term = term;
    this.current = null;
  }

  jump(target: BlockId): void { this.terminate({ op: 'jump', target }); }
  branch(cond: VReg, then: BlockId, otherwise: BlockId): void {
    this.terminate({ op: 'branch', cond, then, else: otherwise });
  }
  ret(value: VReg | null): void { this.terminate({ op: 'return', value }); }

  const(type: LirType, value: number): VReg {
    const dst = this.newVReg(type);
    this.emit({ op: 'const', dst, value });
    return dst;
  }
  copy(dst: VReg, src: VReg): void { this.emit({ op: 'copy', dst, src }); }
  binary(kind: IntBinaryOp, a: VReg, b: VReg): VReg {
    const dst = this.newVReg(this.typeOf(a));
    this.emit({ op: 'binary', kind, dst, a, b });
    return dst;
  }
  fbinary(kind: FloatBinaryOp, a: VReg, b: VReg): VReg {
    const dst = this.newVReg('f64');
    this.emit({ op: 'fbinary', kind, dst, a, b });
    return dst;
  }
  unary(kind: IntUnaryOp, src: VReg): VReg {
    const dst = this.newVReg(this.typeOf(src));
    this.emit({ op: 'unary', kind, dst, src });
    return dst;
  }
  funary(kind: FloatUnaryOp, src: VReg): VReg {
    const dst = this.newVReg('f64');
    this.emit({ op: 'funary', kind, dst, src });
    return dst;
  }
  compare(cond: IntCondition, a: VReg, b: VReg): VReg {
    const dst = this.newVReg('i32');
    this.emit({ op: 'compare', cond, dst, a, b });
    return dst;
  }
  fcompare(cond: FloatCondition, a: VReg, b: VReg): VReg {
    const dst = this.newVReg('i32');
    this.emit({ op: 'fcompare', cond, dst, a, b });
    return dst;
  }
  convert(kind: Conversion, src: VReg): VReg {
    const dst = this.newVReg(CONVERSIONS[kind].to);
    this.emit({ op: 'convert', kind, dst, src });
    return dst;
  }
  load(mem: MemoryKind, addr: Address): VReg {
    const dst = this.newVReg(mem === 'f64' ? 'f64' : 'i32');
    this.emit({ op: 'load', mem, dst, addr });
    return dst;
  }
  store(mem: MemoryKind, addr: Address, src: VReg): void { this.emit({ op: 'store', mem, addr, src }); }
  gload(global: string, type: LirType): VReg {
    const dst = this.newVReg(type);
    this.emit({ op: 'gload', global, dst });
    return dst;
  }
  gstore(global: string, src: VReg): void { this.emit({ op: 'gstore', global, src }); }
  heapptr(offset: VReg): VReg {
    const dst = this.newVReg('i64');
    this.emit({ op: 'heapptr', dst, offset });
    return dst;
  }
  dataptr(symbol: string): VReg {
    const dst = this.newVReg('i64');
    this.emit({ op: 'dataptr', dst, symbol });
    return dst;
  }
  startup(what: 'argc' | 'argv'): VReg {
    const dst = this.newVReg('i64');
    this.emit({ op: 'startup', what, dst });
    return dst;
  }
  hostload(width: 8 | 16 | 32 | 64, ptr: VReg, disp: number): VReg {
    const dst = this.newVReg(width === 64 ? 'i64' : 'i32');
    this.emit({ op: 'hostload', width, dst, ptr, disp });
    return dst;
  }
  call(callee: string, args: VReg[], result: LirType | null): VReg | null {
    const dst = result === null ? null : this.newVReg(result);
    this.emit({ op: 'call', callee, args, dst });
    return dst;
  }
  syscall(name: SyscallName, args: VReg[]): VReg {
    const dst = this.newVReg('i64');
    this.emit({ op: 'syscall', name, args, dst });
    return dst;
  }

  finish(): LirFunction {
    // A block left open falls off the end of a void function; for a value function the verifier
    // reports it unless it is unreachable, so it gets `unreachable` rather than an invented value.
    const blocks = this.blocks.map((b) => ({
      id: b.id,
      insts: b.insts,
      term: b.term ?? (this.result === null ? { op: 'return', value: null } as const : { op: 'unreachable' } as const),
    }));
    return { name: this.name, params: this.params, result: this.result, vregs: this.vregs, blocks };
  }
}
