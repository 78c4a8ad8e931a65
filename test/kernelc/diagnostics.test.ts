// The compiler's failure mode: a program outside the kernel subset (or not parseable) is reported
// as `file:line:column: message` (KernelcError), never as a crash of the compiler; and the CLI
// prints it and exits 1. Also: identical input gives byte-identical executables.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { kernelcMain } from '../../stage0/kernelc/cli.ts';
import { KernelcError, compileProgram } from '../../stage0/kernelc/compile.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ouro-kernelc-diag-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Kernel modules import by relative path; from the temporary directory back into the repository. */
const rel = (target: string): string => JSON.stringify(path.relative(dir, path.join(ROOT, target)));
const HEADER = [
  `import type { i32, f64, bool } from ${rel('runtime/types.ts')};`,
  `import { H32 } from ${rel('runtime/host/host.ts')};`,
].join('\n');

function program(name: string, body: string): string {
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(file, `${HEADER}\n${body}\n`);
  return file;
}

/** The KernelcError compiling `body` gives, as `line: message` (`check`: run the subset checker). */
function diagnose(body: string, check = true): string {
  const file = program(`p${Math.random().toString(36).slice(2)}`, body);
  try {
    compileProgram(file, { check });
  } catch (e) {
    if (e instanceof KernelcError) return `${e.line - 2}: ${e.message}`; // lines after the header
    throw e;
  }
  return 'compiled';
}

describe('kernelc diagnostics', () => {
  // [program, the checker's diagnostic (the contract), the lowering's own (when the checker is off)]
  const cases: [string, RegExp, RegExp][] = [
    ['export function main(): i32 { let x: i32 = 1; x = x + 1; return x; }', /^1: int-coerce: /, /^1: integer arithmetic must be coerced/],
    ['export function main(): i32 {\n  const o = { a: 1 };\n  return 0;\n}', /^2: local-type: /, /^2: ObjectExpression is not kernel TS/],
    ['export function main(): i32 {\n  const f: f64 = 1.5;\n  const i: i32 = f;\n  return i;\n}', /^3: narrowing: /, /^3: an f64 becomes an integer only via/],
    ['export function main(): i32 {\n  if (1) return 1;\n  return 0;\n}', /^2: bool-test: /, /^2: a condition must be a bool/],
    ['export function main(): i32 {\n  return g(1);\n}', /^2: direct-call: /, /^2: 'g' is not defined/],
    ['export function main(): i32 {\n  const b: bool = true;\n  return (b + 1) | 0;\n}', /^3: narrowing: /, /^3: booleans are not numbers/],
    ['export function main(): i32 {\n  try { return 1; } catch (e) { return 2; }\n}', /^2: no-exception: /, /^2: TryStatement is not kernel TS/],
    ['export function main(): i32 {\n  return H32.length;\n}', /^2: view-local: /, /^2: property access is only/],
    ['export function main(): i32 {\n  let s = "text";\n  return 0;\n}', /^2: string-literal: /, /^2: s cannot hold Lit/],
    ['function f(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32): i32 { return a; }\nexport function main(): i32 { return f(1, 2, 3, 4, 5, 6, 7); }', /^1: function f: kernelc passes at most 6 integer/, /^1: function f: kernelc passes at most 6 integer/],
    ['export function main(): f64 { return 0; }', /must export function main\(\): i32/, /must export function main\(\): i32/],
    ['export function main(): i32 { return 0', /SyntaxError/, /SyntaxError/],
  ];
  for (const [body, checker, own] of cases) {
    const name = body.split('\n').join(' ').slice(0, 60);
    it(`checker: ${name}`, () => expect(diagnose(body)).toMatch(checker));
    it(`lowering: ${name}`, () => expect(diagnose(body, false)).toMatch(own));
  }

  it('never crashes on truncated corpus programs', () => {
    const programs = path.join(import.meta.dirname, 'programs');
    for (const f of readdirSync(programs).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(path.join(programs, f), 'utf8').replaceAll("'./lib/", `'${path.relative(dir, path.join(programs, 'lib'))}/`)
        .replaceAll("'../../../", `'${path.relative(dir, ROOT)}/`);
      let compiled = 0;
      for (let cut = 200; cut < source.length; cut += 97) {
        const file = path.join(dir, `cut-${f}`);
        writeFileSync(file, source.slice(0, cut));
        try { compileProgram(file, { check: cut % 2 === 0 }); compiled++; } catch (e) {
          if (!(e instanceof KernelcError)) throw new Error(`${f} cut at ${cut}: ${(e as Error).stack}`);
          expect(e.message).not.toMatch(/cannot find module/);
        }
      }
      writeFileSync(path.join(dir, `whole-${f}`), source);
      void compiled;
    }
  });

  it('the CLI prints file:line:column and exits 1', () => {
    const file = program('cli-error', 'export function main(): i32 {\n  return 1.5;\n}');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(kernelcMain([file, '-o', path.join(dir, 'never')])).toBe(1);
      expect(String(stderr.mock.calls[0]![0])).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:10: `));
    } finally {
      stderr.mockRestore();
    }
  });

  it('gives byte-identical executables for identical input', () => {
    const file = path.join(import.meta.dirname, 'programs', 'mark-sweep.ts');
    expect(Buffer.from(compileProgram(file).elf).equals(Buffer.from(compileProgram(file).elf))).toBe(true);
  });
});
