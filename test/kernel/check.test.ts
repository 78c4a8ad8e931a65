// ouro check-kernel: all of runtime/ passes, and every rule rejects a violating snippet.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkKernelReport, RULES, formatKernelDiagnostic, NEW_RULES, baselineKey } from '../../stage0/kernel/check.ts';
import { KERNEL_BASELINE } from '../../stage0/kernel/baseline.ts';
import { Program } from '../../stage0/kernelc/modules.ts';
import { parseKernelSource } from '../../stage0/kernelc/parse.ts';

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
    expect(r.baselined.length).toBe(KERNEL_BASELINE.filter((k) => k.startsWith('runtime/')).length);
    expect(r.baselined.every((d) => NEW_RULES.has(d.rule))).toBe(true);
  });
  it('the kernelc programs pass the new rules up to the baseline, and their entries are exact', () => {
    const dir = 'test/kernelc/programs';
    const matched = new Set<string>();
    const errors: string[] = [];
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
      // the files kernelc checks (stage0/kernelc/compile.ts): the program's modules and host.ts
      const program = new Program(parseKernelSource);
      program.load(join(dir, name));
      const files = program.order.filter((m) => m !== program.nativeHost).map((m) => ({ path: m.file, source: m.source }));
      if (program.nativeHost !== null && !files.some((f) => f.path.endsWith('runtime/host/host.ts'))) {
        files.push({ path: 'runtime/host/host.ts', source: readFileSync('runtime/host/host.ts', 'utf8') });
      }
      const r = checkKernelReport(files, { newRulesAsWarnings: false });
      errors.push(...r.errors.filter((d) => NEW_RULES.has(d.rule)).map(formatKernelDiagnostic));
      for (const d of r.baselined) matched.add(baselineKey(d));
    }
    expect(errors).toEqual([]);
    expect(KERNEL_BASELINE.filter((k) => k.startsWith('test/') && !matched.has(k))).toEqual([]);
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

describe('known-type: every expression has a kernel type', () => {
  it('rejects names without a declaration, undefined, and void values', () => {
    expect(check('export function f(): i32 { return nowhere; }')).toEqual(['known-type']);
    expect(check('export function f(): i32 { let x: i32 = undefined; return x; }')).toEqual(['known-type']);
    expect(check('function v(): void { g = 1; } export function f(): i32 { return h(v()); }')).toEqual(['known-type']);
    expect(check('function v(): void { g = 1; } export function f(): bool { return v() === v(); }')).toContain('known-type');
    expect(check('export function f(): i32 { return R.c; }')).toEqual(['known-type']);
    // a call that never returns may stand for any value
    expect(check('export function f(): i32 { return hostFatal("no"); }')).toEqual([]);
    const d = diagnose('export function f(a: i32): i32 { return (a + nowhere) | 0; }');
    expect(d.map((x) => x.message)).toEqual(['nowhere is not declared']);
    expect(d[0]!.fn).toBe('f');
  });
  it('does not repeat a violation reported at a declaration', () => {
    // the missing annotation is the violation; its uses are not reported again
    expect(check('function u(a: i32) { return a; } export function f(): i32 { return u(1); }')).toEqual(['annotate-return']);
    expect(check('export function f(a): i32 { return a; }')).toEqual(['annotate-param']);
  });
  it('accepts literals, records, tables, views, calls and Math', () => {
    expect(check(`export function f(a: i32, x: f64): f64 {
      const b = R.a; const c = T[a]; const d = H8[a]; const e = h(a); const m = Math.sqrt(x);
      return (((b + c + d + e) | 0) + m + NaN) * 0.5;
    }`)).toEqual([]);
  });
});

describe('sign-mix: u32 and i32 meet only through | 0 or >>> 0', () => {
  const rejected = [
    'export function f(a: u32, b: i32): bool { return a < b; }',
    'export function f(a: u32, b: i32): bool { return a === b; }',
    'function k(x: u32): u32 { return x; } export function f(b: i32): u32 { return k(b); }',
    'export function f(a: u32): i32 { return h(a); }',
    'export function f(a: u32): i32 { return a; }',
    'export function f(a: i32): u32 { return a; }',
    'export function f(a: u32, b: i32): i32 { return (a / b) | 0; }',
    'export function f(a: u32, b: i32): i32 { return (a % b) | 0; }',
    'export function f(c: bool, a: u32, b: i32): i32 { return (c ? a : b) | 0; }',
    'export function f(): i32 { return 0xFFFFFFFF; }',
    'export function f(): u32 { return -1; }',
    'export function f(a: u32): bool { return a === -1; }',
    'export function f(a: i32): bool { return a === 4294967295; }',
    'export function f(a: f64): i32 { const x: i32 = a >>> 0; return x; }',
    'export function f(a: u32): void { let x: i32 = 0; x = a; }',
    'const NEG: i32 = -1; function k(x: u32): u32 { return x; } export function f(): u32 { return k(NEG); }',
    'function k(x: u32): u32 { return x; } export function f(n: i32): void { for (let i: i32 = n; i > 0; i--) k(i); }',
    'function k(x: u32): u32 { return x; } export function f(n: i32): void { for (let i: i32 = 0; i < n; i++) { k(i); i = n; } }',
    'function k(x: u32): u32 { return x; } export function f(n: i32): void { for (let i: i32 = 0; i < n; i++) k(i); for (let i: i32 = n; i > 0; i--) k(i); }',
  ];
  for (const snippet of rejected) it(`rejects ${snippet}`, () => expect(check(snippet)).toEqual(['sign-mix']));
  const accepted = [
    'export function f(a: u32, b: i32): bool { return (a | 0) < b && a < (b >>> 0); }',
    'export function f(a: u32): i32 { return a >>> 3; }',
    'export function f(a: i32): u32 { return a & 255; }',
    'export function f(a: i32): u32 { return H8[a] + H16[a >> 1] >>> 0; }',
    'export function f(): u32 { return 4294967295; }',
    'export function f(a: u32, b: i32): i32 { return (a + b) | 0; }',
    'export function f(a: u32, b: i32): u32 { return (a - b) >>> 0; }',
    'export function f(a: u32): f64 { return a * 0.5; }',
    'export function f(a: u32, b: u32): bool { return a < b && a === 7 && ((a / b) | 0) > 1; }',
    'export function f(a: i32): i32 { const x = a >>> 1; return x; }',
    'function k(x: u32): u32 { return x; } export function f(): u32 { return k(K); }',
    'export function f(a: u32): bool { return a < K; }',
    'function k(x: u32): u32 { return x; } export function f(n: i32): void { for (let i: i32 = 0; i < n; i++) k(i); for (let i: i32 = 0; i < n; i++) k(i); }',
    'function k(x: u32): u32 { return x; } export function f(n: i32): void { for (let i: i32 = 0; i < n; i++) k(i); let j: i32 = 2; while (j < n) { k(j); j = (j + 2) | 0; } }',
  ];
  for (const snippet of accepted) it(`accepts ${snippet}`, () => expect(check(snippet)).toEqual([]));
  it('names the operands', () => {
    expect(diagnose('export function f(u: u32, i: i32): bool { return u < i; }')[0]!.message).toBe('< of u32 and i32 (`u`, `i`): convert one side with | 0 or >>> 0');
  });
});

describe('gc-safety: no heap reference in a local across a call that may collect', () => {
  const gc = (body: string) => diagnose(GC_PRELUDE + body).filter((d) => d.rule === 'gc-safety');
  const rules = (body: string) => check(GC_PRELUDE + body);
  it('the prelude is clean', () => expect(rules('')).toEqual([]));
  it('names a call read too early', () => {
    expect(gc('export function f(h1: i32): void { fieldSet(handleGet(h1), 4, alloc(8)); }').map((d) => d.message))
      .toEqual([`\`handleGet(h1)\` is passed before the call to alloc (line ${PRELUDE.split('\n').length + GC_PRELUDE.split('\n').length - 1}) and may be moved by it; read it after the call`]);
  });
  it('names the local, the call and its line', () => {
    const d = gc(`export function f(obj: i32): i32 {
      const a: i32 = alloc(8);
      return fieldGet(obj, 4);
    }`);
    const callLine = PRELUDE.split('\n').length + GC_PRELUDE.split('\n').length;
    expect(d.map((x) => x.message)).toEqual([`\`obj\` may be moved by the GC at the call to alloc (line ${callLine}); keep it in a handle or re-load it`]);
    expect(d[0]!.line).toBe(callLine + 1);
  });
  const rejected: Record<string, string> = {
    'a parameter dereferenced after an allocation':
      'export function f(obj: i32): i32 { alloc(8); return H32[(obj - 1 + 4) >> 2]; }',
    'a fresh object kept across a second allocation':
      'export function f(): i32 { const a: i32 = alloc(8); const b: i32 = alloc(8); fieldSet(b, 4, a); return b; }',
    'may-GC through callers (transitively)':
      'function mid(): i32 { return alloc(16); } function top(): void { mid(); } export function f(o: i32): i32 { top(); return fieldGet(o, 0); }',
    'a reference from a function returning one':
      'function mk(): i32 { return alloc(8); } export function f(): i32 { const o: i32 = mk(); alloc(8); return noGc(o); }',
    'an argument read before a later argument allocates':
      'export function f(obj: i32): void { fieldSet(obj, 4, alloc(8)); }',
    'a handle read into an argument before a later argument allocates':
      'export function f(h1: i32): void { fieldSet(handleGet(h1), 4, alloc(8)); }',
    'a heap store addressed before its value allocates':
      'export function f(obj: i32): void { H32[(obj - 1 + 4) >> 2] = alloc(8); }',
    'an allocation in one branch':
      'export function f(obj: i32, c: bool): i32 { if (c) alloc(8); return fieldGet(obj, 4); }',
    'an allocation later in a loop (loop-carried)':
      'export function f(obj: i32, n: i32): void { for (let i: i32 = 0; i < n; i++) { fieldSet(obj, 4, 0); alloc(8); } }',
    'a continue after the allocation':
      'export function f(obj: i32, n: i32): void { let i: i32 = 0; while (i < n) { i++; fieldSet(obj, 4, 0); if (i > 2) { alloc(8); continue; } } }',
    'a local used as a reference through a callee':
      'function use(p: i32): i32 { return fieldGet(p, 8); } export function f(q: i32): i32 { alloc(8); return use(q); }',
    'an interior pointer':
      'export function f(obj: i32): void { noGc(obj); const slot: i32 = (obj - 1 + R.b) | 0; alloc(8); H32[slot >> 2] = 0; }',
    'an allocation in a switch case that breaks':
      'export function f(obj: i32, k: i32): i32 { switch (k) { case 1: alloc(8); break; default: break; } return fieldGet(obj, 4); }',
    'an allocation in a case that falls through':
      'export function f(obj: i32, k: i32): i32 { switch (k) { case 1: alloc(8); case 2: return fieldGet(obj, 4); default: return 0; } }',
    'a labelled continue out of an inner loop':
      'export function f(obj: i32, n: i32): void { outer: for (let i: i32 = 0; i < n; i++) { fieldSet(obj, 4, 0); for (;;) { alloc(8); continue outer; } } }',
    'the test of a do-while after an allocation in its body':
      'export function f(obj: i32): void { do { alloc(8); } while (fieldGet(obj, 4) !== 0); }',
    'an allocation on the right of &&':
      'export function f(obj: i32, c: bool): i32 { const ok: bool = c && alloc(8) !== 0; return ok ? fieldGet(obj, 4) : 0; }',
    'an allocation in one arm of ?:':
      'export function f(obj: i32, c: bool): i32 { const x: i32 = c ? alloc(8) : 0; return (x + fieldGet(obj, 4)) | 0; }',
    'a flag test that does not rule the allocating path out':
      'export function f(obj: i32, c: bool): i32 { let kind: i32 = 0; if (c) { alloc(8); kind = 2; } if (kind === 3) return 0; return fieldGet(obj, 4); }',
    'a flag reassigned after the allocating path':
      'export function f(obj: i32, c: bool): i32 { let kind: i32 = 0; if (c) { alloc(8); kind = 2; } kind = h(kind); if (kind === 2) return 0; return fieldGet(obj, 4); }',
    'a flag set before the allocation':
      'export function f(obj: i32, c: bool): i32 { let kind: i32 = 0; if (c) { kind = 2; alloc(8); } else alloc(8); if (kind === 2) return 0; return fieldGet(obj, 4); }',
    'the same allocating callee without its no-GC scope':
      'function interned(): i32 { const s: i32 = alloc(8); return s; } ' +
      'export function f(obj: i32): i32 { const s: i32 = interned(); fieldSet(obj, 4, s); return fieldGet(obj, 4); }',
    'the stored value of a tagged store':
      'export function f(o: i32, v: i32): void { const h1: i32 = handleNew(o); alloc(8); fieldSet(handleGet(h1), 4, v); }',
  };
  for (const [what, body] of Object.entries(rejected)) it(`rejects ${what}`, () => expect(rules(body)).toContain('gc-safety'));
  const accepted: Record<string, string> = {
    'a reference re-read through a handle':
      'export function f(obj: i32): i32 { const h1: i32 = handleNew(obj); alloc(8); return fieldGet(handleGet(h1), 4); }',
    'a local reassigned after the call':
      'export function f(obj: i32): i32 { const h1: i32 = handleNew(obj); alloc(8); obj = handleGet(h1); return fieldGet(obj, 4); }',
    'calls that do not collect':
      'export function f(obj: i32): i32 { noGc(obj); hostFatal("x"); }',
    'a call to a no-GC boundary (a function that opens a no-GC scope first)':
      'export function noGcEnter(): void { g = (g + 1) | 0; } export function noGcExit(): void { g = (g - 1) | 0; } ' +
      'function interned(): i32 { noGcEnter(); const s: i32 = alloc(8); noGcExit(); return s; } ' +
      'export function f(obj: i32): i32 { const s: i32 = interned(); fieldSet(obj, 4, s); return fieldGet(obj, 4); }',
    'an integer local (not a reference) across an allocation':
      'export function f(obj: i32): i32 { const n: i32 = (fieldGet(obj, 4) >> 1) + 0 | 0; const a: i32 = alloc(8); fieldSet(a, 4, smiFrom(n)); return a; }',
    'a Smi kept across an allocation':
      'export function f(): i32 { const s: i32 = smiFrom(3); const a: i32 = alloc(8); fieldSet(a, 4, s); return a; }',
    'a stale reference compared with an immovable value or tested for its tag':
      'export function f(obj: i32): bool { alloc(8); return obj === smiFrom(0) || (obj & 1) === 0; }',
    'an allocation on a path that returns':
      'export function f(obj: i32, c: bool): i32 { if (c) { alloc(8); return 0; } return fieldGet(obj, 4); }',
    'a local holding an immovable value at the call':
      'export function f(c: bool): i32 { let p: i32 = 0; alloc(8); if (c) p = alloc(16); return p === 0 ? 0 : noGc(p); }',
    'arguments that are read after the allocating argument':
      'export function f(h1: i32): void { fieldSet(alloc(8), 4, handleGet(h1)); }',
    'a loop that re-reads at the top':
      'export function f(h1: i32, n: i32): void { for (let i: i32 = 0; i < n; i++) { const o: i32 = handleGet(h1); fieldSet(o, 4, 0); alloc(8); } }',
    'a switch whose allocating case returns':
      'export function f(obj: i32, k: i32): i32 { switch (k) { case 1: alloc(8); return 0; default: break; } return fieldGet(obj, 4); }',
    'a labelled break past the use':
      'export function f(obj: i32, n: i32): i32 { done: for (;;) { if (n > 0) { alloc(8); break done; } return fieldGet(obj, 4); } return 0; }',
    'an allocating path that a later test of a constant flag sends back':
      'export function f(obj: i32, c: bool): i32 { let kind: i32 = 0; if (c) { alloc(8); kind = R.b; } if (kind === R.b) return 0; return fieldGet(obj, 4); }',
    'the same with !==':
      'export function f(obj: i32, c: bool): i32 { let kind: i32 = 0; if (c) { alloc(8); kind = 2; } if (kind !== 2) return fieldGet(obj, 4); return 0; }',
    'a dead path after hostFatal':
      'export function f(obj: i32, c: bool): i32 { if (c) { alloc(8); hostFatal("no"); } return fieldGet(obj, 4); }',
  };
  for (const [what, body] of Object.entries(accepted)) it(`accepts ${what}`, () => expect(rules(body)).toEqual([]));

  it('read-only roots (made with roAllocateRaw in bootstrap code) are immovable; other roots are not', () => {
    const heap = `
export const RootIndex = { undef: 0, objectProto: 1 } as const;
export function rootGet(i: i32): i32 { return H32[(i << 2) >> 2]; }
export function rootSet(i: i32, v: i32): void { H32[(i << 2) >> 2] = v; }
export function roAllocateRaw(size: i32): i32 { return size; }
function roOddball(index: i32): void { const a: i32 = roAllocateRaw(8); rootSet(index, a | 1); }
export function boot(): void { roOddball(RootIndex.undef); }
export function undef(): i32 { return rootGet(RootIndex.undef); }
`;
    expect(rules(heap + 'export function f(): i32 { const u: i32 = undef(); const a: i32 = alloc(8); fieldSet(a, 4, u); return a; }')).toEqual([]);
    expect(rules(heap + 'export function f(): i32 { const p: i32 = rootGet(RootIndex.objectProto); const a: i32 = alloc(8); fieldSet(a, 4, p); return a; }')).toEqual(['gc-safety']);
  });
  it('layouts with a tagged range (taggedStart, taggedEnd) tell tagged fields from raw ones', () => {
    const L = 'const L = { map: 0, a: 4, taggedStart: 4, taggedEnd: 8, n: 8, size: 12 } as const;\n';
    expect(rules(L + 'export function f(o: i32): i32 { const v: i32 = H32[(o - 1 + L.a) >> 2]; alloc(8); return v; }')).toEqual(['gc-safety']);
    expect(rules(L + 'export function f(o: i32): i32 { const v: i32 = H32[(o - 1 + L.n) >> 2]; alloc(8); return v; }')).toEqual([]);
    expect(rules(L + 'export function f(o: i32): i32 { const v: i32 = fieldGet(o, L.a); const b: i32 = alloc(8); fieldSet(b, 4, v); return b; }')).toEqual(['gc-safety']);
    expect(rules(L + 'export function f(o: i32): i32 { const v: i32 = fieldGet(o, L.n); const b: i32 = alloc(8); fieldSet(b, 4, v); return b; }')).toEqual([]);
  });
  it('module variables holding references: stale after a call, fresh after a call that assigns them', () => {
    const mod = 'let cur: i32 = 0;\nlet count: i32 = 0;\nfunction setCur(): void { cur = alloc(8); count = 1; }\n';
    expect(rules(mod + 'export function f(): i32 { setCur(); alloc(8); return fieldGet(cur, 0); }')).toEqual(['gc-safety']);
    expect(rules(mod + 'export function f(): i32 { alloc(8); setCur(); return fieldGet(cur, 0); }')).toEqual([]);
    expect(rules(mod + 'export function f(): i32 { setCur(); alloc(8); return count; }')).toEqual([]);
    expect(rules(mod + 'export function f(): i32 { const cur: i32 = 3; setCur(); alloc(8); return cur; }')).toEqual([]);
  });
  it('follows imports across files and skips host functions', () => {
    const lib = { path: 'runtime/lib.ts', source: `import type { i32 } from './types.ts';\nimport { H32 } from './host/host.ts';\nexport function collectFull(): void { H32[0] = 0; }\nexport function grow(n: i32): i32 { collectFull(); return n; }\n` };
    const body = `import { grow } from './lib.ts';\nimport { hostNowMs } from './host/host.ts';\n` + GC_PRELUDE;
    expect(diagnose(body + 'export function f(o: i32): i32 { grow(1); return fieldGet(o, 0); }', [lib]).map((d) => d.rule)).toEqual(['gc-safety']);
    expect(diagnose(body + 'export function f(o: i32): i32 { hostNowMs(); return fieldGet(o, 0); }', [lib]).map((d) => d.rule)).toEqual([]);
  });
});

describe('warnings and the baseline', () => {
  const body = GC_PRELUDE + 'export function f(obj: i32): i32 { alloc(8); return fieldGet(obj, 4); }';
  it('new rules can be reported as warnings, leaving the errors to the old rules', () => {
    const r = checkKernelReport(snippetFiles(body), { newRulesAsWarnings: true, baseline: [] });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((d) => d.rule)).toEqual(['gc-safety']);
  });
  it('a baseline entry accepts its report (by file, function and message, not line) and only once', () => {
    const key = 'runtime/snippet.ts f gc-safety `obj` may be moved by the GC at the call to alloc; keep it in a handle or re-load it';
    const r = checkKernelReport(snippetFiles(body), { newRulesAsWarnings: false, baseline: [key] });
    expect(r.errors).toEqual([]);
    expect(r.baselined.length).toBe(1);
    expect(r.unusedBaseline).toEqual([]);
    const twice = body.replace('return fieldGet(obj, 4); }', 'noGc(obj);\n alloc(8);\n return fieldGet(obj, 4); }');
    expect(checkKernelReport(snippetFiles(twice), { newRulesAsWarnings: false, baseline: [key] }).errors.length).toBe(1);
  });
  it('an entry that no longer occurs is reported as unused (the baseline only shrinks)', () => {
    const r = checkKernelReport(snippetFiles(GC_PRELUDE), { newRulesAsWarnings: false, baseline: ['runtime/snippet.ts f gc-safety gone', 'runtime/elsewhere.ts f gc-safety not checked here'] });
    expect(r.unusedBaseline).toEqual(['runtime/snippet.ts f gc-safety gone']);
  });
});
