// The x86-64 encoder: turns one instruction at a time into bytes, and keeps an Intel-syntax listing
// of what it emitted (the text `--print-asm` shows, written to match `objdump -d -M intel` so the
// golden tests can compare the two).
//
// Instruction layout (Intel SDM vol. 2, ch. 2), in byte order:
//
//   [66|F2|F3]  [REX]   opcode (1-3 bytes)   [ModRM]  [SIB]  [disp8|disp32]  [imm8|imm32|imm64]
//   mandatory   0100WRXB
//   prefix
//
//   REX  = 0100 W R X B      W: 64-bit operand size   R: ModRM.reg bit 3
//                             X: SIB.index bit 3       B: ModRM.rm / SIB.base / opcode-reg bit 3
//   ModRM = mod(2) reg(3) rm(3)   mod 11: rm is a register; 00/01/10: memory with no/8/32-bit disp
//   SIB   = scale(2) index(3) base(3)   address = base + index << scale + disp
//
// ModRM special cases the encoder handles (and the golden tests cover):
//   rm = 100 (rsp, r12) as a base means "a SIB byte follows", so those bases always take a SIB;
//   mod = 00 with rm = 101 (rbp, r13) means RIP-relative, so those bases take mod 01 with disp8 0;
//   SIB.index = 100 means "no index", so rsp can never be an index (r12 can, with REX.X);
//   SIB.base = 101 with mod 00 means "disp32, no base", handled like the rbp case above.
import { COND, gprName, xmmName } from './registers.ts';
import type { Cond, Gpr, Size, Xmm } from './registers.ts';

/** A memory operand: base + index*scale + disp, or RIP-relative to a symbol (filled by the linker). */
export type Mem =
  | { readonly kind: 'base'; readonly base: Gpr; readonly index: Gpr | null; readonly scale: 1 | 2 | 4 | 8; readonly disp: number }
  | { readonly kind: 'rip'; readonly symbol: string; readonly addend: number };

export function mem(base: Gpr, disp = 0, index: Gpr | null = null, scale: 1 | 2 | 4 | 8 = 1): Mem {
  return { kind: 'base', base, index, scale, disp };
}

export function ripMem(symbol: string, addend = 0): Mem {
  return { kind: 'rip', symbol, addend };
}

/** A register-or-memory operand (the ModRM.rm side). */
type RM = { readonly kind: 'reg'; readonly reg: number } | Mem;

/** A 32-bit PC-relative reference to a symbol: the linker writes S + addend - P at `offset`. */
export interface Relocation {
  readonly offset: number;
  readonly symbol: string;
  readonly addend: number;
}

export interface ListingLine {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

export type Label = number;

/** The ALU group: opcode of the `r/m, r` form, and the /digit of the immediate forms (81, 83). */
const ALU = {
  add: { rmReg: 0x01, digit: 0 },
  or: { rmReg: 0x09, digit: 1 },
  and: { rmReg: 0x21, digit: 4 },
  sub: { rmReg: 0x29, digit: 5 },
  xor: { rmReg: 0x31, digit: 6 },
  cmp: { rmReg: 0x39, digit: 7 },
} as const;
export type AluOp = keyof typeof ALU;

/** Shift group (C1 /digit ib, D3 /digit by cl). */
const SHIFT = { shl: 4, shr: 5, sar: 7 } as const;
export type ShiftOp = keyof typeof SHIFT;

/** F7 group: unary and divide, with their /digit. */
const GROUP3 = { not: 2, neg: 3, div: 6, idiv: 7 } as const;
export type Group3Op = keyof typeof GROUP3;

/** Scalar-double SSE2 arithmetic: F2 0F op /r, `xmm, xmm/m64`. */
const SSE_SD = { addsd: 0x58, mulsd: 0x59, subsd: 0x5c, minsd: 0x5d, divsd: 0x5e, maxsd: 0x5f, sqrtsd: 0x51 } as const;
export type SseSdOp = keyof typeof SSE_SD;

/** Packed-double bitwise ops: 66 0F op /r. */
const SSE_PD = { andpd: 0x54, orpd: 0x56, xorpd: 0x57, movapd: 0x28 } as const;
export type SsePdOp = keyof typeof SSE_PD;

const fitsI8 = (n: number): boolean => n >= -128 && n <= 127;
const fitsI32 = (n: number): boolean => n >= -0x80000000 && n <= 0x7fffffff;

/** objdump prints immediates as the unsigned value of the operand width, e.g. -1 as 0xffffffff. */
function hexImm(value: number | bigint, size: Size): string {
  const bits = BigInt(size);
  const v = BigInt.asUintN(Number(bits), BigInt(value));
  return '0x' + v.toString(16);
}

function ptrName(size: Size | 128): string {
  return size === 8 ? 'BYTE PTR ' : size === 16 ? 'WORD PTR ' : size === 32 ? 'DWORD PTR ' : size === 64 ? 'QWORD PTR ' : 'XMMWORD PTR ';
}

export function memText(m: Mem): string {
  if (m.kind === 'rip') return `[rip+0x0]`; // the linker fills the displacement; objdump shows 0 before linking
  let s = gprName(m.base, 64);
  if (m.index !== null) s += `+${gprName(m.index, 64)}*${m.scale}`;
  // rbp and r13 as a base cannot use the no-displacement form, so a zero disp8 is encoded and shown.
  if (m.disp > 0 || (m.disp === 0 && (m.base & 7) === 5)) s += `+0x${m.disp.toString(16)}`;
  else if (m.disp < 0) s += `-0x${(-m.disp).toString(16)}`;
  return `[${s}]`;
}

export class Assembler {
  readonly bytes: number[] = [];
  readonly relocations: Relocation[] = [];
  readonly listing: ListingLine[] = [];
  private readonly labelOffsets: (number | null)[] = [];
  private readonly labelFixups: { at: number; label: Label }[] = [];
  /** Jump-table entries: the 32-bit difference target - base, written in `finish`. */
  private readonly labelDiffs: { at: number; target: Label; base: Label }[] = [];
  private instStart = 0;
  private pendingRip: { at: number; symbol: string; addend: number } | null = null;

  get offset(): number {
    return this.bytes.length;
  }

  // ---- byte-level helpers ------------------------------------------------------------------

  private byte(b: number): void {
    this.bytes.push(b & 0xff);
  }

  private u32(v: number): void {
    for (let i = 0; i < 4; i++) this.byte(v >>> (8 * i));
  }

  private u64(v: bigint): void {
    const u = BigInt.asUintN(64, v);
    for (let i = 0n; i < 8n; i++) this.byte(Number((u >> (8n * i)) & 0xffn));
  }

  private begin(): void {
    this.instStart = this.bytes.length;
  }

  private end(text: string): void {
    if (this.pendingRip !== null) {
      // RIP-relative displacements count from the end of the instruction, which is only known now
      // that any immediate has been written: A = addend - (end - P), so that S + A - P is right.
      const { at, symbol, addend } = this.pendingRip;
      this.relocations.push({ offset: at, symbol, addend: addend - (this.bytes.length - at) });
      this.pendingRip = null;
    }
    this.listing.push({ offset: this.instStart, length: this.bytes.length - this.instStart, text });
  }

  /**
   * Emits prefix, REX, opcode, ModRM (+SIB, disp) for `reg` (a register number or /digit) and `rm`.
   * `w` sets REX.W; `byteRegs` forces a REX prefix when an 8-bit operand is register 4..7, so that
   * it means spl/bpl/sil/dil rather than ah/ch/dh/bh.
   */
  private modrm(prefix: number | null, w: boolean, opcode: number[], reg: number, rm: RM, byteRegs = false): void {
    if (prefix !== null) this.byte(prefix);
    const r = (reg >> 3) & 1;
    let x = 0;
    let b = 0;
    if (rm.kind === 'reg') b = (rm.reg >> 3) & 1;
    else if (rm.kind === 'base') {
      b = (rm.base >> 3) & 1;
      if (rm.index !== null) x = (rm.index >> 3) & 1;
    }
    const needRex = w || r || x || b || (byteRegs && ((reg >= 4 && reg <= 7) || (rm.kind === 'reg' && rm.reg >= 4 && rm.reg <= 7)));
    if (needRex) this.byte(0x40 | (w ? 8 : 0) | (r << 2) | (x << 1) | b);
    for (const o of opcode) this.byte(o);
    const regBits = (reg & 7) << 3;
    if (rm.kind === 'reg') {
      this.byte(0xc0 | regBits | (rm.reg & 7));
      return;
    }
    if (rm.kind === 'rip') {
      this.byte(0x00 | regBits | 0b101);
      this.pendingRip = { at: this.bytes.length, symbol: rm.symbol, addend: rm.addend };
      this.u32(0);
      return;
    }
    const base = rm.base & 7;
    const mod = rm.disp === 0 && base !== 0b101 ? 0b00 : fitsI8(rm.disp) ? 0b01 : 0b10;
    if (rm.index === null && base !== 0b100) {
      this.byte((mod << 6) | regBits | base);
    } else {
      if (rm.index === 4) throw new Error('rsp cannot be an index register');
      const index = rm.index === null ? 0b100 : rm.index & 7;
      const scale = rm.index === null ? 0 : { 1: 0, 2: 1, 4: 2, 8: 3 }[rm.scale];
      this.byte((mod << 6) | regBits | 0b100);
      this.byte((scale << 6) | (index << 3) | base);
    }
    if (mod === 0b01) this.byte(rm.disp);
    else if (mod === 0b10) this.u32(rm.disp);
  }

  // ---- moves ---------------------------------------------------------------------------------

  /** mov dst, src (89 /r: `mov r/m, r`, so src is ModRM.reg). 32-bit moves zero the upper half. */
  movRR(size: 32 | 64, dst: Gpr, src: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [0x89], src, { kind: 'reg', reg: dst });
    this.end(`mov ${gprName(dst, size)},${gprName(src, size)}`);
  }

  /** mov dst, [m] (8B /r). */
  load(size: 32 | 64, dst: Gpr, m: Mem): void {
    this.begin();
    this.modrm(null, size === 64, [0x8b], dst, m);
    this.end(`mov ${gprName(dst, size)},${ptrName(size)}${memText(m)}`);
  }

  /** mov [m], src with an 8, 16, 32 or 64-bit source (88 /r, 66 89 /r, 89 /r, REX.W 89 /r). */
  store(size: Size, m: Mem, src: Gpr): void {
    this.begin();
    if (size === 8) this.modrm(null, false, [0x88], src, m, true);
    else this.modrm(size === 16 ? 0x66 : null, size === 64, [0x89], src, m);
    this.end(`mov ${ptrName(size)}${memText(m)},${gprName(src, size)}`);
  }

  /** movzx/movsx dst32, byte or word [m] (0F B6/B7 zero-extend, 0F BE/BF sign-extend). */
  loadExtend(dst: Gpr, m: Mem, bytes: 1 | 2, signed: boolean): void {
    this.begin();
    const op = (signed ? 0xbe : 0xb6) + (bytes === 2 ? 1 : 0);
    this.modrm(null, false, [0x0f, op], dst, m);
    this.end(`${signed ? 'movsx' : 'movzx'} ${gprName(dst, 32)},${ptrName(bytes === 1 ? 8 : 16)}${memText(m)}`);
  }

  /** movzx dst32, src8 (0F B6 /r, register form): widens a SETcc result. */
  movzxByte(dst: Gpr, src: Gpr): void {
    this.begin();
    this.modrm(null, false, [0x0f, 0xb6], dst, { kind: 'reg', reg: src }, true);
    this.end(`movzx ${gprName(dst, 32)},${gprName(src, 8)}`);
  }

  /** movsxd dst64, src32 (REX.W 63 /r): sign-extends an i32 into an i64. */
  movsxd(dst: Gpr, src: Gpr): void {
    this.begin();
    this.modrm(null, true, [0x63], dst, { kind: 'reg', reg: src });
    this.end(`movsxd ${gprName(dst, 64)},${gprName(src, 32)}`);
  }

  /**
   * mov dst, imm. 32-bit: B8+r id (zero-extends). 64-bit: C7 /0 id when the value fits a
   * sign-extended imm32, else B8+r io (`movabs`).
   */
  movRI(size: 32 | 64, dst: Gpr, imm: number | bigint): void {
    this.begin();
    const v = BigInt(imm);
    if (size === 32) {
      if (dst >= 8) this.byte(0x41);
      this.byte(0xb8 + (dst & 7));
      this.u32(Number(BigInt.asUintN(32, v)));
      this.end(`mov ${gprName(dst, 32)},${hexImm(v, 32)}`);
    } else if (v >= -0x80000000n && v <= 0x7fffffffn) {
      this.modrm(null, true, [0xc7], 0, { kind: 'reg', reg: dst });
      this.u32(Number(BigInt.asUintN(32, v)));
      this.end(`mov ${gprName(dst, 64)},${hexImm(v, 64)}`);
    } else {
      this.byte(0x48 | (dst >> 3));
      this.byte(0xb8 + (dst & 7));
      this.u64(v);
      this.end(`movabs ${gprName(dst, 64)},${hexImm(v, 64)}`);
    }
  }

  /** mov byte/word [m], imm (C6 /0 ib, 66 C7 /0 iw): narrow stores of constants. */
  storeImmNarrow(size: 8 | 16, m: Mem, imm: number): void {
    this.begin();
    this.modrm(size === 16 ? 0x66 : null, false, [size === 8 ? 0xc6 : 0xc7], 0, m);
    if (size === 8) this.byte(imm);
    else { this.byte(imm); this.byte(imm >> 8); }
    this.end(`mov ${ptrName(size)}${memText(m)},${hexImm(imm, size)}`);
  }

  /** mov dword/qword [m], imm32 (C7 /0 id; the 64-bit form sign-extends). */
  storeImm(size: 32 | 64, m: Mem, imm: number): void {
    this.begin();
    this.modrm(null, size === 64, [0xc7], 0, m);
    this.u32(imm);
    this.end(`mov ${ptrName(size)}${memText(m)},${hexImm(imm, size)}`);
  }

  /** lea dst, [m] (8D /r). */
  lea(dst: Gpr, m: Mem): void {
    this.begin();
    this.modrm(null, true, [0x8d], dst, m);
    this.end(`lea ${gprName(dst, 64)},${memText(m)}`);
  }

  // ---- integer arithmetic --------------------------------------------------------------------

  /** op dst, src for add/or/and/sub/xor/cmp, register to register (`op r/m, r`). */
  aluRR(op: AluOp, size: 32 | 64, dst: Gpr, src: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [ALU[op].rmReg], src, { kind: 'reg', reg: dst });
    this.end(`${op} ${gprName(dst, size)},${gprName(src, size)}`);
  }

  /** op dst, [m] (`op r, r/m`: the opcode after the r/m,r form). */
  aluRM(op: AluOp, size: 32 | 64, dst: Gpr, m: Mem): void {
    this.begin();
    this.modrm(null, size === 64, [ALU[op].rmReg + 2], dst, m);
    this.end(`${op} ${gprName(dst, size)},${ptrName(size)}${memText(m)}`);
  }

  /** op dst, imm (83 /digit ib when it fits in a signed byte, else 81 /digit id). */
  aluRI(op: AluOp, size: 32 | 64, dst: Gpr, imm: number): void {
    this.begin();
    const short = fitsI8(imm);
    if (!fitsI32(imm) && !(size === 32 && imm >= 0 && imm <= 0xffffffff)) throw new Error(`immediate ${imm} too wide`);
    this.modrm(null, size === 64, [short ? 0x83 : 0x81], ALU[op].digit, { kind: 'reg', reg: dst });
    if (short) this.byte(imm);
    else this.u32(imm);
    this.end(`${op} ${gprName(dst, size)},${hexImm(imm, size)}`);
  }

  /** op dword/qword [m], imm: compares or updates memory in place. */
  aluMI(op: AluOp, size: 32 | 64, m: Mem, imm: number): void {
    this.begin();
    const short = fitsI8(imm);
    this.modrm(null, size === 64, [short ? 0x83 : 0x81], ALU[op].digit, m);
    if (short) this.byte(imm);
    else this.u32(imm);
    this.end(`${op} ${ptrName(size)}${memText(m)},${hexImm(imm, size)}`);
  }

  /** test a, b (85 /r). */
  testRR(size: 32 | 64, a: Gpr, b: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [0x85], b, { kind: 'reg', reg: a });
    this.end(`test ${gprName(a, size)},${gprName(b, size)}`);
  }

  /** imul dst, src (0F AF /r): the low half of the product, the same for signed and unsigned. */
  imulRR(size: 32 | 64, dst: Gpr, src: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [0x0f, 0xaf], dst, { kind: 'reg', reg: src });
    this.end(`imul ${gprName(dst, size)},${gprName(src, size)}`);
  }

  /** imul dst, [m] (0F AF /r). */
  imulRM(size: 32 | 64, dst: Gpr, m: Mem): void {
    this.begin();
    this.modrm(null, size === 64, [0x0f, 0xaf], dst, m);
    this.end(`imul ${gprName(dst, size)},${ptrName(size)}${memText(m)}`);
  }

  /** imul dst, src, imm (6B /r ib or 69 /r id). */
  imulRRI(size: 32 | 64, dst: Gpr, src: Gpr, imm: number): void {
    this.begin();
    const short = fitsI8(imm);
    this.modrm(null, size === 64, [short ? 0x6b : 0x69], dst, { kind: 'reg', reg: src });
    if (short) this.byte(imm);
    else this.u32(imm);
    this.end(`imul ${gprName(dst, size)},${gprName(src, size)},${hexImm(imm, size)}`);
  }

  /** shl/shr/sar dst, imm8 (C1 /digit ib). */
  shiftRI(op: ShiftOp, size: 32 | 64, dst: Gpr, count: number): void {
    this.begin();
    this.modrm(null, size === 64, [0xc1], SHIFT[op], { kind: 'reg', reg: dst });
    this.byte(count);
    this.end(`${op} ${gprName(dst, size)},${hexImm(count, 8)}`);
  }

  /** shl/shr/sar dst, cl (D3 /digit). The hardware masks the count to 5 (or 6) bits, as JS does. */
  shiftRCl(op: ShiftOp, size: 32 | 64, dst: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [0xd3], SHIFT[op], { kind: 'reg', reg: dst });
    this.end(`${op} ${gprName(dst, size)},cl`);
  }

  /** not/neg/div/idiv r (F7 /digit). div/idiv divide rdx:rax (edx:eax) by the operand. */
  group3(op: Group3Op, size: 32 | 64, r: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [0xf7], GROUP3[op], { kind: 'reg', reg: r });
    this.end(`${op} ${gprName(r, size)}`);
  }

  /** cdq (99) sign-extends eax into edx; cqo (REX.W 99) rax into rdx. */
  signExtendAccumulator(size: 32 | 64): void {
    this.begin();
    if (size === 64) this.byte(0x48);
    this.byte(0x99);
    this.end(size === 64 ? 'cqo' : 'cdq');
  }

  /** bsr dst, src (0F BD /r): index of the highest set bit; ZF=1 (dst undefined) when src is 0. */
  bsr(size: 32 | 64, dst: Gpr, src: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [0x0f, 0xbd], dst, { kind: 'reg', reg: src });
    this.end(`bsr ${gprName(dst, size)},${gprName(src, size)}`);
  }

  /** setcc r8 (0F 90+cc /0). */
  setcc(cond: Cond, dst: Gpr): void {
    this.begin();
    this.modrm(null, false, [0x0f, 0x90 + COND[cond]], 0, { kind: 'reg', reg: dst }, true);
    this.end(`set${cond} ${gprName(dst, 8)}`);
  }

  /** cmovcc dst, src (0F 40+cc /r). */
  cmov(cond: Cond, size: 32 | 64, dst: Gpr, src: Gpr): void {
    this.begin();
    this.modrm(null, size === 64, [0x0f, 0x40 + COND[cond]], dst, { kind: 'reg', reg: src });
    this.end(`cmov${cond} ${gprName(dst, size)},${gprName(src, size)}`);
  }

  // ---- stack, calls, control flow ------------------------------------------------------------

  push(r: Gpr): void {
    this.begin();
    if (r >= 8) this.byte(0x41);
    this.byte(0x50 + (r & 7));
    this.end(`push ${gprName(r, 64)}`);
  }

  pop(r: Gpr): void {
    this.begin();
    if (r >= 8) this.byte(0x41);
    this.byte(0x58 + (r & 7));
    this.end(`pop ${gprName(r, 64)}`);
  }

  ret(): void {
    this.begin();
    this.byte(0xc3);
    this.end('ret');
  }

  syscall(): void {
    this.begin();
    this.byte(0x0f);
    this.byte(0x05);
    this.end('syscall');
  }

  ud2(): void {
    this.begin();
    this.byte(0x0f);
    this.byte(0x0b);
    this.end('ud2');
  }

  /** call rel32 (E8 cd) to a symbol; the linker resolves it (S + A - P with A = -4). */
  call(symbol: string): void {
    this.begin();
    this.byte(0xe8);
    this.relocations.push({ offset: this.bytes.length, symbol, addend: -4 });
    this.u32(0);
    this.end(`call ${symbol}`);
  }

  newLabel(): Label {
    this.labelOffsets.push(null);
    return this.labelOffsets.length - 1;
  }

  bind(label: Label): void {
    this.labelOffsets[label] = this.bytes.length;
  }

  /**
   * jmp/jcc to a label: the short form (EB cb / 70+cc cb) when the label is already bound and
   * within a signed byte, else the near form (E9 cd / 0F 80+cc cd) patched in `finish`.
   */
  jump(label: Label, cond: Cond | null = null): void {
    this.begin();
    const target = this.labelOffsets[label];
    const name = cond === null ? 'jmp' : `j${cond}`;
    if (target !== null && target !== undefined && fitsI8(target - (this.bytes.length + 2))) {
      this.byte(cond === null ? 0xeb : 0x70 + COND[cond]);
      this.byte(target - (this.bytes.length + 1));
    } else {
      if (cond === null) this.byte(0xe9);
      else { this.byte(0x0f); this.byte(0x80 + COND[cond]); }
      this.labelFixups.push({ at: this.bytes.length, label });
      this.u32(0);
    }
    this.end(`${name} L${label}`);
  }

  /** jmp r64 (FF /4): an indirect jump (jump tables). */
  jumpReg(r: Gpr): void {
    this.begin();
    this.modrm(null, false, [0xff], 4, { kind: 'reg', reg: r });
    this.end(`jmp ${gprName(r, 64)}`);
  }

  /** lea dst, [rip + label]: the address of a label in this code (a jump table). */
  leaLabel(dst: Gpr, label: Label): void {
    this.begin();
    this.byte(0x48 | (dst >> 3 << 2));
    this.byte(0x8d);
    this.byte(0x05 | ((dst & 7) << 3));
    this.labelFixups.push({ at: this.bytes.length, label });
    this.u32(0);
    this.end(`lea ${gprName(dst, 64)},[rip+L${label}]`);
  }

  /** movsxd dst64, dword [m] (REX.W 63 /r): loads a signed 32-bit table entry. */
  movsxdMem(dst: Gpr, m: Mem): void {
    this.begin();
    this.modrm(null, true, [0x63], dst, m);
    this.end(`movsxd ${gprName(dst, 64)},${ptrName(32)}${memText(m)}`);
  }

  /** A 4-byte jump-table entry holding `target - base` (both labels of this code). */
  labelDifference(target: Label, base: Label): void {
    this.begin();
    this.labelDiffs.push({ at: this.bytes.length, target, base });
    this.u32(0);
    this.end(`.long L${target} - L${base}`);
  }

  /** Pads with int3 to a multiple of `alignment` (data inside code, such as jump tables). */
  align(alignment: number): void {
    while (this.bytes.length % alignment !== 0) this.bytes.push(0xcc);
  }

  // ---- SSE2 scalar double --------------------------------------------------------------------

  /** addsd/subsd/mulsd/divsd/minsd/maxsd/sqrtsd dst, src (F2 0F op /r). */
  sseSd(op: SseSdOp, dst: Xmm, src: Xmm | Mem): void {
    this.begin();
    const rm: RM = typeof src === 'number' ? { kind: 'reg', reg: src } : src;
    this.modrm(0xf2, false, [0x0f, SSE_SD[op]], dst, rm);
    this.end(`${op} ${xmmName(dst)},${typeof src === 'number' ? xmmName(src) : ptrName(64) + memText(src)}`);
  }

  /** andpd/orpd/xorpd/movapd dst, src (66 0F op /r), whole-register. */
  ssePd(op: SsePdOp, dst: Xmm, src: Xmm): void {
    this.begin();
    this.modrm(0x66, false, [0x0f, SSE_PD[op]], dst, { kind: 'reg', reg: src });
    this.end(`${op} ${xmmName(dst)},${xmmName(src)}`);
  }

  /** movsd xmm, [m] (F2 0F 10 /r). */
  loadSd(dst: Xmm, m: Mem): void {
    this.begin();
    this.modrm(0xf2, false, [0x0f, 0x10], dst, m);
    this.end(`movsd ${xmmName(dst)},${ptrName(64)}${memText(m)}`);
  }

  /** movsd [m], xmm (F2 0F 11 /r). */
  storeSd(m: Mem, src: Xmm): void {
    this.begin();
    this.modrm(0xf2, false, [0x0f, 0x11], src, m);
    this.end(`movsd ${ptrName(64)}${memText(m)},${xmmName(src)}`);
  }

  /** ucomisd a, b (66 0F 2E /r): ZF, PF, CF from an unordered compare; PF=1 means NaN. */
  ucomisd(a: Xmm, b: Xmm | Mem): void {
    this.begin();
    this.modrm(0x66, false, [0x0f, 0x2e], a, typeof b === 'number' ? { kind: 'reg', reg: b } : b);
    this.end(`ucomisd ${xmmName(a)},${typeof b === 'number' ? xmmName(b) : ptrName(64) + memText(b)}`);
  }

  /** cvtsi2sd xmm, r32/r64 (F2 [REX.W] 0F 2A /r): signed integer to double. */
  cvtsi2sd(size: 32 | 64, dst: Xmm, src: Gpr): void {
    this.begin();
    this.modrm(0xf2, size === 64, [0x0f, 0x2a], dst, { kind: 'reg', reg: src });
    this.end(`cvtsi2sd ${xmmName(dst)},${gprName(src, size)}`);
  }

  /** cvttsd2si r64, xmm (F2 REX.W 0F 2C /r): truncates; out of range or NaN gives 2^63. */
  cvttsd2si(dst: Gpr, src: Xmm): void {
    this.begin();
    this.modrm(0xf2, true, [0x0f, 0x2c], dst, { kind: 'reg', reg: src });
    this.end(`cvttsd2si ${gprName(dst, 64)},${xmmName(src)}`);
  }

  /** movq xmm, r64 (66 REX.W 0F 6E /r). */
  movqToXmm(dst: Xmm, src: Gpr): void {
    this.begin();
    this.modrm(0x66, true, [0x0f, 0x6e], dst, { kind: 'reg', reg: src });
    this.end(`movq ${xmmName(dst)},${gprName(src, 64)}`);
  }

  /** movq r64, xmm (66 REX.W 0F 7E /r; the xmm is ModRM.reg). */
  movqFromXmm(dst: Gpr, src: Xmm): void {
    this.begin();
    this.modrm(0x66, true, [0x0f, 0x7e], src, { kind: 'reg', reg: dst });
    this.end(`movq ${gprName(dst, 64)},${xmmName(src)}`);
  }

  /**
   * roundsd dst, src, mode (66 0F 3A 0B /r ib, SSE4.1). Mode bits: 0-1 rounding (1 floor, 2 ceil,
   * 3 truncate), bit 3 suppresses the precision exception; so floor 9, ceil 10, trunc 11.
   */
  roundsd(dst: Xmm, src: Xmm, mode: number): void {
    this.begin();
    this.modrm(0x66, false, [0x0f, 0x3a, 0x0b], dst, { kind: 'reg', reg: src });
    this.byte(mode);
    this.end(`roundsd ${xmmName(dst)},${xmmName(src)},${hexImm(mode, 8)}`);
  }

  /** Resolves label references; every label used must be bound. */
  finish(): Uint8Array {
    for (const { at, label } of this.labelFixups) {
      const target = this.labelOffsets[label];
      if (target === null || target === undefined) throw new Error(`label L${label} never bound`);
      const rel = target - (at + 4);
      for (let i = 0; i < 4; i++) this.bytes[at + i] = (rel >>> (8 * i)) & 0xff;
    }
    for (const { at, target, base } of this.labelDiffs) {
      const t = this.labelOffsets[target];
      const b = this.labelOffsets[base];
      if (t === null || t === undefined || b === null || b === undefined) throw new Error('jump table label never bound');
      const diff = t - b;
      for (let i = 0; i < 4; i++) this.bytes[at + i] = (diff >>> (8 * i)) & 0xff;
    }
    return Uint8Array.from(this.bytes);
  }

  /** Offset of a bound label (for the listing printer). */
  labelOffset(label: Label): number | null {
    return this.labelOffsets[label] ?? null;
  }
}
