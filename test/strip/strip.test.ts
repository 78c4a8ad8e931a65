// TypeScript erasure: positions are kept, the output is JavaScript with the same meaning, and on
// every TypeScript file of the project `ouro strip` agrees with esbuild's erasure.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { stripTypes } from '../../stage0/strip/strip.ts';
import { compareErasure } from './erasure-oracle.ts';
import { repoRoot } from '../support/test262.ts';

const root = repoRoot();

function projectTsFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '*.ts'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  return listed.filter((f) => !f.endsWith('.d.ts'));
}

describe('ouro strip', () => {
  it('keeps every line and column', () => {
    const src = 'function add(a: number, b?: number): number {\n  return a + (b ?? 0) as number;\n}\nlet x!: string;\n';
    const { code } = stripTypes(src);
    expect(code.length).toBe(src.length);
    expect(code.split('\n').length).toBe(src.split('\n').length);
    expect(code.indexOf('return')).toBe(src.indexOf('return'));
    expect(code).not.toMatch(/number|string/);
    expect(() => acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' })).not.toThrow();
  });

  it('erases declarations that are types only', () => {
    const src = [
      "import type { A } from './a.ts';",
      "import { type B, c } from './b.ts';",
      'export interface I<T> { x: T; m(): void }',
      'export type U = keyof I<number> | `k${string}`;',
      'declare const g: number;',
      'abstract class K<T> implements I<T> { private readonly x!: T; abstract m(): void; static s?: number; }',
      'function over(a: string): string;',
      'function over(a: any) { return a; }',
      'const f = <T,>(v: T): T => v!;',
      'const s = { a: 1 } satisfies Record<string, number>;',
      'export type { A };',
    ].join('\n');
    const { code } = stripTypes(src);
    expect(code).not.toMatch(/interface|type |declare|abstract|private|implements|satisfies|\bA\b/);
    expect(code).toContain("import {         c } from './b.ts';");
    expect(code).toMatch(/class K\s+\{/);
    expect(code).toMatch(/function over\(a\s*\) \{ return a; \}/);
    expect(() => acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' })).not.toThrow();
  });

  it('produces an identity source map on request', () => {
    const { map } = stripTypes('let a: number = 1;\n', { file: 'a.ts', sourceMap: true });
    const parsed = JSON.parse(map!);
    expect(parsed.version).toBe(3);
    expect(parsed.sources).toEqual(['a.ts']);
    expect(parsed.mappings.length).toBeGreaterThan(0);
  });

  it('agrees with esbuild on every TypeScript file of the project', () => {
    const files = projectTsFiles();
    expect(files.length).toBeGreaterThan(10);
    const differences: string[] = [];
    for (const f of files) {
      const d = compareErasure(readFileSync(path.join(root, f), 'utf8'), f);
      if (d) differences.push(`${f}: ${d}`);
    }
    expect(differences).toEqual([]);
  });
});
