// `ouro bytecode FILE` through bytecodeCommand with an in-memory Io.
import { describe, expect, it } from 'vitest';
import { bytecodeCommand } from '../../stage0/bytecode/cli.ts';

function run(args: string[], files: Record<string, string>): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = bytecodeCommand(args, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`cannot open ${p}: no such file`);
      return files[p]!;
    },
  });
  return { code, out, err };
}

describe('ouro bytecode', () => {
  it('prints every function with header, positions, constant pool and handler table', () => {
    const r = run(['a.js'], { 'a.js': 'function f(x) { try { return x.y; } catch { return 0; } }\nf(1);\n' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('[bytecode for script <script>]');
    expect(r.out).toContain('[bytecode for normal f]');
    expect(r.out).toContain('Parameter count 1, length 1');
    expect(r.out).toMatch(/1:23 [SE]> +\d+ : GetNamedProperty a0, \[\d+\] "y", FB\[0\]/);
    expect(r.out).toMatch(/Handler table \(size = 1\)\n {2}\[\d+, \d+\) -> \d+ \(prediction=caught, context=r\d+\)/);
  });
  it('shows raw bytes with --bytes', () => {
    const r = run(['a.js', '--bytes'], { 'a.js': '1;' });
    expect(r.out).toMatch(/: 03 01 +LdaSmi \[1\]/);
  });
  it('treats a .js file with module syntax as a module', () => {
    const r = run(['m.js'], { 'm.js': 'export const x = 1;' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('[bytecode for module <module>]');
  });
  it('reports syntax errors with a position', () => {
    expect(run(['a.js'], { 'a.js': 'let = ;' })).toMatchObject({ code: 1, err: expect.stringMatching(/^a\.js:1:\d+: SyntaxError/) });
  });
  it('exits 2 on usage errors and unreadable files', () => {
    expect(run([], {}).code).toBe(2);
    expect(run(['--nope', 'a.js'], {}).code).toBe(2);
    expect(run(['missing.js'], {}).code).toBe(2);
  });
});
