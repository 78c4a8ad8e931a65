// The ELF64 writer on a hand-assembled program (write "hi\n", exit 42): it runs, readelf accepts
// every record and reports the layout we wrote, the output is deterministic, and link errors are
// reported as LinkError.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Assembler, ripMem } from '../../codegen-x64/encoder.ts';
import { GPR } from '../../codegen-x64/registers.ts';
import { Elf64Writer } from '../../stage0/link/elf.ts';
import type { LinkInput } from '../../stage0/link/object.ts';
import { LinkError } from '../../stage0/link/object.ts';

function helloInput(): LinkInput {
  const a = new Assembler();
  a.movRI(32, GPR.rax, 1); // write(1, msg, 3)
  a.movRI(32, GPR.rdi, 1);
  a.lea(GPR.rsi, ripMem('msg'));
  a.movRI(32, GPR.rdx, 3);
  a.syscall();
  a.load(32, GPR.rdi, ripMem('status')); // exit_group(status)
  a.movRI(32, GPR.rax, 231);
  a.syscall();
  const text = a.finish();
  const data = new Uint8Array(8);
  data[0] = 42;
  return {
    arch: 'x86_64', text, rodata: new TextEncoder().encode('hi\n'), data, bssSize: 16,
    symbols: [
      { name: '_start', section: 'text', offset: 0, size: text.length, kind: 'func' },
      { name: 'msg', section: 'rodata', offset: 0, size: 3, kind: 'object' },
      { name: 'status', section: 'data', offset: 0, size: 4, kind: 'object' },
      { name: 'scratch', section: 'bss', offset: 0, size: 16, kind: 'object' },
    ],
    relocations: a.relocations.map((r) => ({ ...r, section: 'text', kind: 'pc32' })),
    entry: '_start',
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'ouro-elf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readelf = (flag: string, file: string): string => spawnSync('readelf', [flag, '-W', file], { encoding: 'utf8' }).stdout;

describe('ELF64 writer', () => {
  const bytes = new Elf64Writer().write(helloInput());
  const exe = path.join(dir, 'hello');
  writeFileSync(exe, bytes, { mode: 0o755 });

  it('runs with no loader and no libc', () => {
    const r = spawnSync(exe, [], { encoding: 'utf8' });
    expect(r.stdout).toBe('hi\n');
    expect(r.status).toBe(42);
  });

  it('passes readelf -a without a warning', () => {
    const r = spawnSync('readelf', ['-a', '-W', exe], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/readelf: (warning|error)|corrupt/i);
  });

  it('has the header, segments and symbols it was given', () => {
    const header = readelf('-h', exe);
    expect(header).toMatch(/Type:\s+EXEC/);
    expect(header).toMatch(/Machine:\s+Advanced Micro Devices X86-64/);
    const symbols = readelf('-s', exe);
    const start = /([0-9a-f]{16})\s+(\d+)\s+FUNC\s+GLOBAL\s+DEFAULT\s+1\s+_start/.exec(symbols);
    expect(start).not.toBeNull();
    expect(header).toMatch(new RegExp(`Entry point address:\\s+0x${BigInt('0x' + start![1]).toString(16)}`));
    expect(Number(start![2])).toBe(helloInput().text.length);
    expect(symbols).toMatch(/3 OBJECT\s+GLOBAL\s+DEFAULT\s+2 msg/);
    expect(symbols).toMatch(/4 OBJECT\s+GLOBAL\s+DEFAULT\s+3 status/);
    expect(symbols).toMatch(/16 OBJECT\s+GLOBAL\s+DEFAULT\s+4 scratch/);
    const segments = readelf('-l', exe);
    expect(segments).toMatch(/LOAD\s+0x000000 0x0000000000400000 0x0000000000400000 0x[0-9a-f]+ 0x[0-9a-f]+ R E 0x1000/);
    expect(segments).toMatch(/LOAD\s+0x[0-9a-f]+ 0x[0-9a-f]+ 0x[0-9a-f]+ 0x000008 0x0000[0-9a-f]+ RW\s+0x1000/);
    expect(segments).toMatch(/GNU_STACK.*RW/);
    const sections = readelf('-S', exe);
    for (const name of ['.text', '.rodata', '.data', '.bss', '.symtab', '.strtab', '.shstrtab']) expect(sections).toContain(name);
  });

  it('is deterministic', () => {
    expect(Buffer.from(new Elf64Writer().write(helloInput())).equals(Buffer.from(bytes))).toBe(true);
  });

  it('reports undefined symbols and duplicate definitions as LinkError', () => {
    const input = helloInput();
    expect(() => new Elf64Writer().write({ ...input, symbols: input.symbols.filter((s) => s.name !== 'msg') })).toThrow(LinkError);
    expect(() => new Elf64Writer().write({ ...input, symbols: [...input.symbols, input.symbols[0]!] })).toThrow(/duplicate symbol/);
  });
});
