// x86-64 register names and numbers, and the condition codes: the tables the encoder, the printer
// and the register allocator share.
//
// A register number is 0..15. The low three bits go into a ModRM/SIB/opcode field; bit 3 goes into
// the REX prefix (R, X or B, depending on the field). docs/codegen-x64.md has the encoding tables.

/** General-purpose registers by hardware number. */
export const GPR = {
  rax: 0, rcx: 1, rdx: 2, rbx: 3, rsp: 4, rbp: 5, rsi: 6, rdi: 7,
  r8: 8, r9: 9, r10: 10, r11: 11, r12: 12, r13: 13, r14: 14, r15: 15,
} as const;
export type Gpr = (typeof GPR)[keyof typeof GPR];

/** SSE registers xmm0..xmm15 by number. */
export type Xmm = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

const NAMES64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const NAMES32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'];
const NAMES16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di', 'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'];
// With any REX prefix present, byte registers 4..7 are spl/bpl/sil/dil (not ah/ch/dh/bh); the
// encoder always emits a REX prefix for them, so these are the only names that can occur.
const NAMES8 = ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil', 'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b'];

export type Size = 8 | 16 | 32 | 64;

export function gprName(r: number, size: Size): string {
  const table = size === 64 ? NAMES64 : size === 32 ? NAMES32 : size === 16 ? NAMES16 : NAMES8;
  return table[r]!;
}

export function xmmName(r: number): string {
  return `xmm${r}`;
}

/**
 * Condition codes: the low nibble of Jcc (0F 80+cc), SETcc (0F 90+cc) and CMOVcc (0F 40+cc).
 * Signed comparisons use l/le/g/ge, unsigned and ucomisd results use b/be/a/ae.
 */
export const COND = {
  o: 0x0, no: 0x1, b: 0x2, ae: 0x3, e: 0x4, ne: 0x5, be: 0x6, a: 0x7,
  s: 0x8, ns: 0x9, p: 0xa, np: 0xb, l: 0xc, ge: 0xd, le: 0xe, g: 0xf,
} as const;
export type Cond = keyof typeof COND;

/** The condition that holds exactly when `c` does not (flip the low bit of the code). */
export function negateCond(c: Cond): Cond {
  const code = COND[c] ^ 1;
  return (Object.keys(COND) as Cond[]).find((k) => COND[k] === code)!;
}
