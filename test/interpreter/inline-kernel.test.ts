// The kernel inliner of the Node build (scripts/inline-kernel.mjs): call sites of small kernel
// functions become their bodies with every argument evaluated once and in order, constants are
// folded, the heap views are read through locals, and nothing outside the kernel changes. Each
// case runs the code before and after the pass and compares what it computes.
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { inlineKernel } from '../../scripts/inline-kernel.mjs';

/** A tiny "bundle": a host part with views, a kernel module, and a non-kernel module. */
function bundle(kernel: string, other = ''): string {
  return [
    '// runtime/host/node.ts',
    'var H32 = new Int32Array(0);',
    'function nodeMemoryReserve(n) { H32 = new Int32Array(n); return true; }',
    '// runtime/kernel.ts',
    kernel,
    '// stage0/other.ts',
    other,
    '',
  ].join('\n');
}

function run(code: string, expr: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(`${code}\nreturn (${expr});`)();
}

describe('inline-kernel', () => {
  test('arguments are evaluated once, in order, and the result is the same', () => {
    const src = bundle(`
      var log = [];
      function note(x) { log.push(x); return x; }
      function add3(a, b, c) { return a + a + b + c + c; }
      function f() { const r = add3(note(1), note(2), note(3)); return log.join(',') + ':' + r; }
    `);
    const out = inlineKernel(src);
    expect(out.stats.inlined).toBeGreaterThan(0);
    expect(out.code).not.toMatch(/const r = add3\(/);
    expect(run(out.code, 'f()')).toBe(run(src, 'f()'));
    expect(run(out.code, 'f()')).toBe('1,2,3:10');
  });

  test('if-return chains, locals, nested calls and constants', () => {
    const src = bundle(`
      var K = 5;
      var R = { a: 1, b: 2 };
      function pick(s, x) { if (s === 1) return x + R.a; if (s === 2) return x + R.b; return x + K; }
      function twice(x) { const y = pick(x, x); return y + y; }
      function f() { let t = 0; for (let i = 0; i < 4; i++) t = t + twice(i); return t; }
    `);
    const out = inlineKernel(src);
    expect(out.stats.folded).toBeGreaterThan(0);
    expect(run(out.code, 'f()')).toBe(run(src, 'f()'));
  });

  test('a local of the caller that shadows a name of the body stops the inlining', () => {
    const src = bundle(`
      var base = 10;
      function g(x) { return x + base; }
      function f() { const base = 1; return g(2); }
    `);
    const out = inlineKernel(src);
    expect(out.code).toMatch(/return g\(2\)/);
    expect(run(out.code, 'f()')).toBe(12);
  });

  test('void functions of one statement are inlined at statement calls; views are read once', () => {
    const src = bundle(`
      function set(i, v) { H32[i] = v; }
      function get(i) { return H32[i]; }
      function f() { nodeMemoryReserve(8); return g(); }
      function g() { set(1, 7); set(2, get(1) * 2); return get(1) + get(2); }
    `);
    const out = inlineKernel(src);
    expect(out.code).toMatch(/function g\(\) \{ var __H32 = H32/);
    // f reaches the reservation: it keeps reading the module-level view.
    expect(out.code).not.toMatch(/function f\(\) \{ var __H32/);
    expect(run(out.code, 'f()')).toBe(21);
  });

  test('only the kernel is touched, and line numbers stay', () => {
    const src = bundle('function k(x) { return x + 1; }\nfunction f() { return k(\n1); }', 'function h(x) { return k(x); }');
    const out = inlineKernel(src);
    expect(out.code).toMatch(/function h\(x\) \{ return k\(x\); \}/);
    expect(out.code.split('\n').length).toBe(src.split('\n').length);
    expect(run(out.code, 'f() + h(1)')).toBe(4);
  });
});
