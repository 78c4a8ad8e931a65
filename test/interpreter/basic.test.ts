// The interpreter core on small scripts: Smi arithmetic, registers, jumps, loops, calls,
// closures and contexts, globals, exceptions through handler tables, construct, generators.
import { describe, expect, it, vi } from 'vitest';
import { run, Thrown } from './helpers.ts';

vi.mock('../../runtime/builtins.ts', async (importOriginal) => {
  try {
    return await importOriginal();
  } catch {
    return (await import('./builtins-fallback.ts')).builtinsFallback;
  }
});

describe('interpreter basics', () => {
  it('computes with Smis and returns the completion value', () => {
    expect(run('1 + 2 * 3', { bare: true })).toBe(7);
    expect(run('let s = 0; for (let i = 0; i < 10; i++) s += i; s')).toBe(45);
    expect(run('var x = 5; x = x - 7; x')).toBe(-2);
  });
  it('calls functions and returns', () => {
    expect(run('function f(a, b) { return a + b; } f(40, 2)')).toBe(42);
    expect(run('function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(15)')).toBe(610);
    expect(run('function f(a, b) { return b; } f(1)')).toBe(undefined);
  });
  it('closures capture contexts', () => {
    expect(run('function mk() { let c = 0; return function () { c = c + 1; return c; }; } const g = mk(); g(); g(); g()')).toBe(3);
  });
  it('catches thrown values', () => {
    expect(run('let r = 0; try { throw 5; } catch (e) { r = e + 1; } r')).toBe(6);
    expect(run('function t() { throw 9; } let r = 1; try { t(); } catch (e) { r = e; } finally { r = r * 2; } r')).toBe(18);
  });
  it('an uncaught throw leaves vmRunScript with the exception', () => {
    const r = run('throw 7');
    expect(r).toBeInstanceOf(Thrown);
    expect((r as Thrown).value).toBe(7);
  });
});

describe('gc stress', () => {
  it('collects at safepoints while frames hold the only references', async () => {
    const { statScavenges } = await import('../../runtime/flags.ts');
    const flags = await import('../../runtime/flags.ts');
    expect(run('let o = { n: 0 }; for (let i = 0; i < 20; i++) o = { n: o.n + i, prev: o }; o.n', { stress: true, bare: true })).toBe(190);
    expect(flags.statScavenges).toBeGreaterThan(40);
    expect(statScavenges).toBeGreaterThanOrEqual(0);
  });
});

describe('number fast paths', () => {
  it('HeapNumber arithmetic and comparisons match Node', () => {
    for (const src of [
      'let s = 0; for (let i = 0; i < 70000; i++) s += i; s',
      '0.1 + 0.2', '1e300 * 1e300', '-0 - 0', '1 / -0', '(2 ** 30) + (2 ** 30)', '1073741823 + 1', '-1073741824 - 1',
      '5 / 2', '0.5 < 0.25', '2.5 >= 2.5', '(0/0) < 1', '(0/0) >= (0/0)', '3 - 0.5', '1.5 * -0',
    ]) {
      const expected = (0, eval)(src);
      expect(run(src, { bare: true }), src).toEqual(expected);
    }
  });
});

describe('global lookups across scripts', () => {
  it('a later script\'s lexical binding shadows a cached global-object property', async () => {
    const { runRaw, js } = await import('./helpers.ts');
    run('0');
    expect(js(runRaw('globalThis.y = 1; function gy() { return y; } gy() + gy()'))).toBe(2);
    expect(js(runRaw('let y = 5; gy()'))).toBe(5);
    expect(js(runRaw('y = 6; gy()'))).toBe(6);
    expect(js(runRaw('const z = 1; z'))).toBe(1);
    expect(js(runRaw('let r; try { z = 2; } catch (e) { r = e.message; } r'))).toBe('Assignment to constant variable.');
    // `r` is a lexical of the previous script: redeclaring it is a SyntaxError (GlobalDeclarationInstantiation).
    const again = js(runRaw('let r = 1; r'));
    expect(again).toBeInstanceOf(Thrown);
    expect((again as Thrown).value).toBe("<error Identifier 'r' has already been declared>");
    expect(js(runRaw('{ let z = 3; } typeof z'))).toBe('number');
  });
});

describe('wide operands', () => {
  it('runs functions with > 256 registers and constants (Wide prefixes)', () => {
    const n = 300;
    const decls = Array.from({ length: n }, (_, i) => `let v${i} = ${i};`).join(' ');
    const sum = Array.from({ length: n }, (_, i) => `v${i}`).join(' + ');
    const strings = Array.from({ length: n }, (_, i) => `"s${i}"`).join(', ');
    const src = `function f() { ${decls} const a = [${strings}]; return (${sum}) + a[299].length + a.length; } f()`;
    expect(run(src, { bare: true })).toBe((0, eval)(src));
  });
  it('jumps over more than 127 bytes and switches on Smis', () => {
    const cases = Array.from({ length: 40 }, (_, i) => `case ${i}: r += ${i * 3}; break;`).join(' ');
    const src = `let r = 0; for (let i = 0; i < 40; i++) { switch (i) { ${cases} default: r = -1; } } r`;
    expect(run(src, { bare: true })).toBe((0, eval)(src));
  });
});
