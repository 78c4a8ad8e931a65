// kernelcMain, the function `ouro kernelc` calls: -o writes a runnable executable, --print-lir and
// --print-asm print the IR and the listing, --node runs the program on Node, bad usage exits 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { kernelcMain } from '../../stage0/kernelc/cli.ts';

const FIB = path.join(import.meta.dirname, 'programs', 'fib.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'ouro-kernelc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs kernelcMain with stdout and stderr captured. */
function capture(argv: string[]): { status: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out.push(String(s)); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err.push(String(s)); return true; });
  try {
    return { status: kernelcMain(argv), stdout: out.join(''), stderr: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('ouro kernelc', () => {
  it('writes an executable with -o', () => {
    const exe = path.join(dir, 'fib');
    expect(capture([FIB, '-o', exe, '--target', 'linux-x64']).status).toBe(0);
    expect(statSync(exe).mode & 0o111).not.toBe(0);
    const r = spawnSync(exe, [], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^0 1 1 2 3 5 8 /);
    expect(r.status).toBe(55);
  });

  it('prints LIR and assembly', () => {
    const r = capture([FIB, '--print-lir', '--print-asm']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^func @fib\(v0:i32 n\) -> i32 \{$/m);
    expect(r.stdout).toMatch(/^fib:\n {2}0000 {2}push rbp$/m);
    expect(capture([FIB, '--print-lir=raw']).stdout).toMatch(/^func @main\(\) -> i32 \{$/m);
  });

  it('rejects bad usage with status 2', () => {
    expect(capture([]).status).toBe(2);
    expect(capture([FIB]).status).toBe(2);
    expect(capture([FIB, '-o', path.join(dir, 'x'), '--target', 'macos-arm64']).stderr).toMatch(/not supported yet/);
    expect(capture([FIB, '--bogus']).stderr).toMatch(/unknown option --bogus/);
  });

  it('runs the program on Node with --node', () => {
    const r = spawnSync(process.execPath, [path.join(import.meta.dirname, '../../scripts/ts.mjs'), path.join(import.meta.dirname, '../../stage0/kernelc/cli.ts'), '--node', FIB], { encoding: 'utf8', cwd: path.join(import.meta.dirname, '../..') });
    expect(r.stdout).toMatch(/^0 1 1 2 3 5 8 /);
    expect(r.status).toBe(55);
  });
});
