// ouro check-kernel: all of runtime/ passes, and every rule rejects a violating snippet.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkKernelReport, RULES, formatKernelDiagnostic, NEW_RULES } from '../../stage0/kernel/check.ts';
import { KERNEL_BASELINE } from '../../stage0/kernel/baseline.ts';

function runtimeFiles(dir = 'runtime'): { path: string; source: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? runtimeFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [{ path: join(dir, e.name), source: readFileSync(join(dir, e.name), 'utf8') }] : []);
}

const PRELUDE = `import type { i32, u32, f64, bool, Lit } from './types.ts';
import { H8, H16, H32, HF64, hostFatal } from './host/host.ts';
const K: i32 = 4;
let g: i32 = 0;
const R = { a: 0, b: 4 } as const;
const T: Int32Array = new Int32Array([1, 2, 3]);
function h(x: i32): i32 { return x; }
`;

function snippetFiles(body: string, more: { path: string; source: string }[] = []): { path: string; source: string }[] {
  return [
    { path: 'runtime/types.ts', source: readFileSync('runtime/types.ts', 'utf8') },
    { path: 'runtime/host/host.ts', source: readFileSync('runtime/host/host.ts', 'utf8') },
    ...more,
    { path: 'runtime/snippet.ts', source: PRELUDE + body },
  ];
}

/** The diagnostics of a snippet, every rule an error, no baseline. */
function diagnose(body: string, more: { path: string; source: string }[] = []) {
  const r = checkKernelReport(snippetFiles(body, more), { newRulesAsWarnings: false, baseline: [] });
  return r.errors.filter((d) => d.file === 'runtime/snippet.ts');
}

function check(body: string): string[] {
  return diagnose(body).map((d) => d.rule);
}

describe('check-kernel over runtime/', () => {
  it('accepts every file of runtime/ (new rules: up to the baseline)', () => {
    const r = checkKernelReport(runtimeFiles(), { newRulesAsWarnings: false });
    expect(r.errors.map(formatKernelDiagnostic)).toEqual([]);
  });
  it('the baseline is exact: every entry still occurs (fixed reports leave it)', () => {
    const r = checkKernelReport(runtimeFiles(), { newRulesAsWarnings: false });
    expect(r.unusedBaseline).toEqual([]);
    expect(r.baselined.length).toBe(KERNEL_BASELINE.length);
    expect(r.baselined.every((d) => NEW_RULES.has(d.rule))).toBe(true);
  });
  it('is fast over runtime/ (< 1 s)', () => {
    const files = runtimeFiles();
    const t0 = performance.now();
    checkKernelReport(files);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('accepts the prelude and the documented forms', () => {
    expect(check(`export function f(a: i32, b: f64): i32 {
      let s: i32 = 0;
      for (let i: i32 = 0; i < a; i++) s = (s + H32[(a + (i << 2)) >> 2]) | 0;
      const m: i32 = Math.imul(a, K);
      const x: f64 = b * 2.5 + a;
      const d: i32 = (a / 3) | 0;
      if (x > 1 && a !== 0) hostFatal('message');
      switch (a) { case 1: return R.a; case K: return T[1]; default: break; }
      outer: while (true) { do { break outer; } while (false); }
      HF64[a >> 3] = x;
      H16[a >> 1] = H8[a];
      return (m + d + (x | 0) + h(s) + g) | 0;
    }`)).toEqual([]);
  });
});

/** A tiny heap API: fieldGet dereferences, alloc reaches collectYoung. */
const GC_PRELUDE = `
export function collectYoung(): void { g = 0; }
export function allocate(size: i32): i32 { if (size > 100) collectYoung(); return (g + size) | 0; }
export function alloc(size: i32): i32 { return allocate(size) | 1; }
export function fieldGet(ref: i32, off: i32): i32 { return H32[(ref - 1 + off) >> 2]; }
export function fieldSet(ref: i32, off: i32, value: i32): void { H32[(ref - 1 + off) >> 2] = value; }
export function handleNew(value: i32): i32 { H32[g >> 2] = value; return g; }
export function handleGet(h: i32): i32 { return H32[h >> 2]; }
export function smiFrom(n: i32): i32 { return n << 1; }
export function noGc(a: i32): i32 { return fieldGet(a, 0); }
`;

const violations: Record<keyof typeof RULES, string> = {
  'parse': 'export function f(: i32 {',
  'annotate-param': 'export function f(a): i32 { return 0; }',
  'annotate-return': 'export function f(a: i32) { return a; }',
  'annotate-global': 'export let x = 3;',
  'local-type': 'export function f(): void { let x; }',
  'int-coerce': 'export function f(a: i32): i32 { return a + 1; }',
  'int-multiply': 'export function f(a: i32): i32 { return (a * a) | 0; }',
  'narrowing': 'export function f(a: f64): i32 { return a; }',
  'bool-test': 'export function f(a: i32): i32 { if (a) return 1; return 0; }',
  'strict-eq': 'export function f(a: i32): bool { return a == 1; }',
  'heap-index': 'export function f(a: i32): i32 { return H32[a]; }',
  'view-local': 'export function f(): i32 { const v = H32; return 0; }',
  'no-closure': 'export function f(): i32 { const g = () => 1; return 0; }',
  'no-object': 'export function f(): i32 { const o = { a: 1 }; return 0; }',
  'no-exception': 'export function f(): void { throw 1; }',
  'direct-call': 'export function f(a: i32): i32 { return a.toString(); }',
  'string-literal': 'export function f(): i32 { h("text"); return 0; }',
  'const-record': 'export const Q = { a: "x" } as const;',
  'const-table': 'export function f(): void { T[0] = 1; }',
  'statement': 'export function f(a: i32): void { for (const x of a) {} }',
  'import': "import { readFileSync } from 'node:fs';",
  'known-type': 'export function f(): i32 { return nowhere; }',
  'sign-mix': 'export function f(a: u32, b: i32): bool { return a < b; }',
  'gc-safety': GC_PRELUDE + 'export function f(obj: i32): i32 { const a: i32 = alloc(8); return fieldGet(obj, 4); }',
};

describe('check-kernel rejects each forbidden construct', () => {
  for (const [rule, snippet] of Object.entries(violations)) {
    it(`${rule}: ${snippet}`, () => {
      expect(check(snippet)).toContain(rule);
    });
  }
  it('covers every rule', () => {
    expect(Object.keys(violations).sort()).toEqual(Object.keys(RULES).sort());
  });
  it('more forbidden constructs', () => {
    expect(check('export function f(): void { try { g = 1; } catch { g = 2; } }')).toContain('no-exception');
    expect(check('export function f(): i32 { return new Int32Array(3)[0]; }')).toContain('no-object');
    expect(check('class C {}')).toContain('statement');
    expect(check('export function f(): i32 { return this.x; }')).toContain('no-closure');
    expect(check('export function f(a: i32): i32 { var b: i32 = a; return b; }')).toContain('statement');
    expect(check('export function f(a: i32): i32 { return h(h); }')).toContain('direct-call');
    expect(check('export function f(a: i32): i32 { return `x`; }')).toContain('no-object');
    expect(check("import { nodeFatal } from './host/node.ts';")).toContain('import');
    expect(check('export function f(a: i32): i32 { return (a / 2 + 1) | 0; }')).toContain('int-coerce');
    expect(check('export function f(a: i32): bool { return a + 1 < 3; }')).toContain('int-coerce');
  });
});
