// Golden test of the x86-64 encoder against the system disassembler.
//
// Every case below emits one or more instructions. The test assembles them, disassembles the bytes
// with `objdump -D -b binary -m i386:x86-64 -M intel`, and checks two things:
//   1. the disassembly equals the checked-in golden text (encoder.golden), so a change in any byte
//      shows up in review;
//   2. for every instruction whose text does not depend on a label or relocation, objdump's text
//      equals the encoder's own listing (the `--print-asm` text), so the listing cannot drift.
// `UPDATE=1 npx vitest run test/codegen-x64` rewrites the golden file from objdump.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Assembler, mem, ripMem } from '../../codegen-x64/encoder.ts';
import { GPR } from '../../codegen-x64/registers.ts';

const { rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15 } = GPR;

/** The cases: chosen to hit every REX bit, every ModRM/SIB special case and every opcode form used. */
function emitCases(a: Assembler): void {
  // Register moves across the REX.R / REX.B boundary, 32 and 64 bit.
  a.movRR(32, rax, rbx); a.movRR(64, rax, rbx); a.movRR(32, r8, rax); a.movRR(64, rcx, r15); a.movRR(64, r12, r13);
  // Loads with every ModRM/SIB special case: rsp/r12 base (SIB), rbp/r13 base (disp8 0), disp8, disp32, index, scales.
  a.load(32, rax, mem(rsp)); a.load(32, rax, mem(r12)); a.load(32, rax, mem(rbp)); a.load(64, rax, mem(r13));
  a.load(32, rdx, mem(rbx, 8)); a.load(32, rdx, mem(rbx, -8)); a.load(32, rdx, mem(rbx, 0x1000)); a.load(64, r9, mem(rbp, -0x100));
  a.load(32, rax, mem(r15, 0, rbx, 4)); a.load(32, r10, mem(r15, 8, r12, 4)); a.load(64, rax, mem(r15, 0, r13, 8));
  a.load(32, rax, mem(rbp, 0, rcx, 1)); a.load(32, rax, mem(r13, 4, rax, 2)); a.load(64, rdi, mem(rsp, 16));
  a.load(32, rax, ripMem('g')); a.load(64, r11, ripMem('g'));
  // Stores of every width, including the byte registers that need a bare REX (sil, dil).
  a.store(8, mem(r15, 0, rbx, 1), rax); a.store(8, mem(r15, 0, rbx, 1), rsi); a.store(8, mem(rax), rdi); a.store(8, mem(rax), r9);
  a.store(16, mem(r15, 0, rbx, 2), rcx); a.store(16, mem(r15, 2, r8, 2), r10); a.store(32, mem(r15, 0, rbx, 4), rdx);
  a.store(64, mem(rbp, -8), rax); a.store(64, mem(rsp, 8), r14); a.store(32, ripMem('g'), rax);
  a.loadExtend(rax, mem(r15, 0, rbx, 1), 1, false); a.loadExtend(r9, mem(r15, 3, r10, 1), 1, true);
  a.loadExtend(rax, mem(r15, 0, rbx, 2), 2, false); a.loadExtend(rdx, mem(r15, 0, r14, 2), 2, true);
  a.movzxByte(rax, rax); a.movzxByte(rsi, rsi); a.movzxByte(r8, r9); a.movsxd(rax, rbx); a.movsxd(r10, r11);
  // Immediates: 32-bit, 64-bit sign-extended, movabs.
  a.movRI(32, rax, 5); a.movRI(32, r9, -1); a.movRI(64, rax, 5); a.movRI(64, r11, -2); a.movRI(64, rdx, 0x123456789n);
  a.movRI(64, r11, -0x8000000000000000n); a.storeImm(32, mem(rbp, -4), 7); a.storeImm(64, mem(rsp), -1);
  a.storeImmNarrow(8, mem(r15, 0, rbx, 1), 255); a.storeImmNarrow(16, mem(r15, 6, r9, 2), 0xfffe);
  a.lea(rsi, mem(rsp, 8)); a.lea(rax, mem(r15, 0, rbx, 1)); a.lea(r10, mem(r15, -16, r12, 8)); a.lea(rdi, ripMem('g'));
  // ALU forms.
  a.aluRR('add', 32, rax, rbx); a.aluRR('sub', 64, rsp, rax); a.aluRR('and', 32, r8, r9); a.aluRR('or', 32, rax, r12);
  a.aluRR('xor', 32, rax, rax); a.aluRR('cmp', 64, r15, rdx); a.aluRM('add', 32, rax, mem(rbp, -8)); a.aluRM('cmp', 32, r9, mem(r15, 0, rax, 4));
  a.aluRI('add', 32, rax, 1); a.aluRI('add', 32, rax, -1); a.aluRI('sub', 64, rsp, 0x28); a.aluRI('and', 32, rbx, -4);
  a.aluRI('cmp', 32, r12, 1000); a.aluRI('xor', 64, r10, 0x7fffffff); a.aluRI('or', 32, rdx, 0x80); a.aluRI('cmp', 32, rax, -0x80000000);
  a.aluMI('cmp', 32, mem(rbp, -4), 3); a.aluMI('add', 64, mem(rsp, 8), 0x100);
  a.testRR(32, rax, rax); a.testRR(64, r13, r13);
  a.imulRR(32, rax, rbx); a.imulRR(64, r9, r10); a.imulRM(32, rcx, mem(rbp, -16)); a.imulRRI(32, rax, rbx, 3); a.imulRRI(32, r11, r12, 1000);
  a.shiftRI('shl', 32, rax, 2); a.shiftRI('sar', 32, r9, 31); a.shiftRI('shr', 64, rdx, 1); a.shiftRCl('shl', 32, rbx);
  a.shiftRCl('sar', 32, r14); a.shiftRCl('shr', 64, rax);
  a.group3('neg', 32, rax); a.group3('not', 64, r8); a.group3('idiv', 32, rbx); a.group3('div', 32, r11); a.group3('idiv', 64, rcx);
  a.signExtendAccumulator(32); a.signExtendAccumulator(64);
  a.setcc('e', rax); a.setcc('ne', rsi); a.setcc('l', r9); a.setcc('a', rdi); a.setcc('np', rcx); a.setcc('ge', r15);
  a.cmov('e', 32, rax, rbx); a.cmov('l', 64, r8, r9); a.bsr(32, rax, rbx); a.bsr(32, r10, r13);
  // Stack, calls, system.
  a.push(rbp); a.push(r12); a.pop(r15); a.pop(rbx); a.syscall(); a.ud2(); a.call('f'); a.jumpReg(rax); a.jumpReg(r11);
  a.movsxdMem(rax, mem(r11, 0, rax, 4)); a.movsxdMem(r9, mem(rbp, -8));
  // SSE2.
  a.sseSd('addsd', 0, 1); a.sseSd('subsd', 8, 15); a.sseSd('mulsd', 3, 12); a.sseSd('divsd', 14, 2);
  a.sseSd('minsd', 1, 2); a.sseSd('maxsd', 9, 10); a.sseSd('sqrtsd', 0, 0); a.sseSd('addsd', 0, mem(rbp, -8));
  a.sseSd('mulsd', 11, ripMem('k'));
  a.ssePd('andpd', 0, 15); a.ssePd('xorpd', 8, 1); a.ssePd('orpd', 2, 3); a.ssePd('movapd', 13, 5);
  a.loadSd(0, mem(r15, 0, rbx, 8)); a.loadSd(9, mem(rbp, -24)); a.storeSd(mem(r15, 8, rax, 1), 1); a.storeSd(mem(rsp, 0), 12);
  a.ucomisd(0, 1); a.ucomisd(10, 3); a.ucomisd(2, ripMem('k')); a.ucomisd(9, mem(rbp, -16)); a.cvtsi2sd(32, 0, rax); a.cvtsi2sd(64, 9, r10); a.cvttsd2si(rax, 0); a.cvttsd2si(r11, 15);
  a.movqToXmm(0, rax); a.movqToXmm(15, r11); a.movqFromXmm(rax, 1); a.movqFromXmm(r9, 12);
  a.roundsd(0, 1, 9); a.roundsd(10, 11, 10); a.roundsd(2, 2, 11);
  // Branches: a backward short jump, forward near jumps.
  const top = a.newLabel(); const out = a.newLabel();
  a.leaLabel(r11, top); a.leaLabel(rax, out);
  a.bind(top); a.aluRI('sub', 32, rcx, 1); a.jump(out, 'e'); a.jump(top, 'ne'); a.jump(top); a.jump(out); a.bind(out); a.ret();
}

const GOLDEN = path.join(import.meta.dirname, 'encoder.golden');

/** objdump's view of `bytes`: offset -> { hex, text }. */
function disassemble(bytes: Uint8Array): Map<number, { hex: string; text: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ouro-enc-'));
  try {
    const file = path.join(dir, 'code.bin');
    writeFileSync(file, bytes);
    const out = execFileSync('objdump', ['-D', '-b', 'binary', '-m', 'i386:x86-64', '-M', 'intel', '--insn-width=16', file], { encoding: 'utf8' });
    const result = new Map<number, { hex: string; text: string }>();
    for (const line of out.split('\n')) {
      const m = /^\s*([0-9a-f]+):\t([0-9a-f ]+?)\s*\t(.*)$/.exec(line);
      if (m) result.set(parseInt(m[1]!, 16), { hex: m[2]!.trim(), text: m[3]!.replace(/\s+/g, ' ').trim() });
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const normalize = (s: string): string => s.replace(/#.*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

describe('x86-64 encoder', () => {
  const a = new Assembler();
  emitCases(a);
  const bytes = a.finish();
  const dis = disassemble(bytes);

  it('matches the objdump golden listing', () => {
    const lines = a.listing.map((l) => {
      const d = dis.get(l.offset);
      return `${l.offset.toString(16).padStart(4, '0')}  ${(d?.hex ?? '??').padEnd(36)} ${d?.text ?? '(no instruction here)'}`;
    });
    const text = lines.join('\n') + '\n';
    if (process.env.UPDATE === '1') writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('lists every instruction as objdump does', () => {
    const mismatches: string[] = [];
    for (const l of a.listing) {
      const d = dis.get(l.offset);
      if (d === undefined) { mismatches.push(`no instruction at ${l.offset}: ${l.text}`); continue; }
      // Each instruction decodes to exactly its own length (the next one starts where objdump's does).
      if (d.hex.split(' ').length !== l.length) mismatches.push(`${l.text}: length ${l.length}, objdump ${d.hex}`);
      if (/^(j|call)/.test(l.text) || /\bL\d+/.test(l.text)) continue; // targets print as addresses in objdump, labels here
      if (normalize(l.text) !== normalize(d.text)) mismatches.push(`listing "${l.text}" vs objdump "${d.text}"`);
    }
    expect(mismatches).toEqual([]);
  });
});
