// Language features through the interpreter, each program's completion value checked against
// what Node computes for the same source (evaluated here with the host's indirect eval).
import { describe, expect, it, vi } from 'vitest';
import { run, Thrown } from './helpers.ts';

vi.mock('../../runtime/builtins.ts', async (importOriginal) => {
  try {
    return await importOriginal();
  } catch {
    return (await import('./builtins-fallback.ts')).builtinsFallback;
  }
});

/** Runs `src` on Ouro and on Node ((0, eval) in a fresh function scope) and compares the completion values. */
function same(src: string): void {
  const expected = (0, eval)(src);
  expect(run(src), src).toEqual(expected);
}

const PROGRAMS: Record<string, string[]> = {
  objects: [
    'const o = { a: 1, b: 2 }; o.c = o.a + o.b; o.c',
    'const o = {}; o["k" + 1] = 5; o.k1',
    'const o = { x: 1, get y() { return this.x + 1; } }; o.y',
    'const o = { x: 1, set y(v) { this.x = v * 2; } }; o.y = 4; o.x',
    'const a = [1, 2, 3]; a[1] + a.length',
    'const a = [1, , 3]; (1 in a) + ":" + a.length',
    'let n = 0; const o = { a: 1, b: 2, c: 3 }; for (const k in o) n += o[k]; n',
    'let ks = ""; const o = { a: 1, b: 2 }; for (const k in o) { ks += k; delete o.b; } ks',
    'let ks = ""; for (const k in [7, 8, 9]) ks += k; ks',
    'const { a, ...rest } = { a: 1, b: 2, c: 3 }; a + Object.keys(rest).length',
    'const o = { a: 1 }; const p = { ...o, b: 2 }; p.a + p.b',
    'typeof {} + typeof 1 + typeof "s" + typeof undefined + typeof function () {}',
    'const o = { __proto__: { z: 9 } }; o.z',
  ],
  functions: [
    'function f(a, b = 10) { return a + b; } f(1)',
    'function f(...r) { return r.length; } f(1, 2, 3)',
    'function f(a, ...r) { return a + r[1]; } f(1, 2, 3)',
    'function f() { return arguments.length + arguments[1]; } f(1, 2, 3)',
    'const f = (x) => x * 2; f(21)',
    'function f() { return this === undefined; } f()',
    '"use strict"; function f() { return this === undefined; } f()',
    'function F(x) { this.x = x; } const o = new F(3); o.x',
    'function F() { return { y: 4 }; } new F().y',
    'function F() {} F.prototype.m = function () { return 7; }; new F().m()',
    'function f(a, b, c) { return a + b + c; } f(...[1, 2, 3])',
    'function f() { return f.name + f.length; } f()',
    'const o = { m(x) { return this.k + x; }, k: 1 }; o.m(2)',
    'let c = 0; function* g() { c++; } g(); c',
    'function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } f(500)',
  ],
  classes: [
    'class A { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } } new A(4).dbl',
    'class A { m() { return 1; } } class B extends A { m() { return super.m() + 1; } } new B().m()',
    'class A { constructor(x) { this.x = x; } } class B extends A { constructor() { super(5); this.y = 1; } } const b = new B(); b.x + b.y',
    'class A { static s() { return 3; } } A.s()',
    'class A { #p = 4; get() { return this.#p; } } new A().get()',
    'class A { #m() { return 6; } call() { return this.#m(); } } new A().call()',
    'class A { f = 1; g = this.f + 1; } new A().g',
    'class A { static x = 9; } A.x',
    'class A {} class B extends A {} new B() instanceof A',
    'let r; try { class A {} A(); } catch (e) { r = e instanceof TypeError; } r',
  ],
  generators: [
    'function* g() { yield 1; yield 2; } const it = g(); it.next().value + it.next().value',
    'function* g() { const x = yield 1; yield x * 2; } const it = g(); it.next(); it.next(21).value',
    'function* g() { yield 1; yield 2; yield 3; } let s = 0; for (const v of g()) s += v; s',
    'function* g() { try { yield 1; } finally { globalThis.fin = 1; } } const it = g(); it.next(); it.return(5).value',
    'function* g(a, b) { yield a; yield b; } [...g(3, 4)].length',
    'function* g() { yield* [1, 2]; yield 3; } let s = ""; for (const v of g()) s += v; s',
  ],
  iteration: [
    'let s = 0; for (const v of [1, 2, 3]) s += v; s',
    'const [a, , b] = [1, 2, 3]; a + b',
    'const [x, ...y] = [1, 2, 3]; y.length',
    'let s = ""; for (const c of "abc") s = c + s; s',
    '[..."hi"].length',
  ],
  exceptions: [
    'let r; try { null.x; } catch (e) { r = e instanceof TypeError; } r',
    'let r; try { undefinedVariable; } catch (e) { r = e.name; } r',
    'let r; try { let q = q + 1; } catch (e) { r = e instanceof ReferenceError; } r',
    'let r = ""; try { try { throw 1; } finally { r += "f"; } } catch (e) { r += e; } r',
    'function f() { try { return 1; } finally { globalThis.z = 2; } } f() + z',
    'let r; try { const c = 1; c = 2; } catch (e) { r = e.message; } r',
    'let r; try { (void 0)(); } catch (e) { r = e instanceof TypeError; } r',
  ],
  globals: [
    'var g = 1; g = g + 1; globalThis.g',
    'function h() { return 5; } typeof h + h()',
    'let l = 3; typeof globalThis.l',
    'x1 = 5; x1',
    'typeof notDefinedAnywhere',
  ],
};

describe('language features', () => {
  for (const [family, programs] of Object.entries(PROGRAMS)) {
    describe(family, () => {
      for (const src of programs) it(src, () => same(src));
    });
  }
});

describe('errors surface as exceptions', () => {
  it('ReferenceError for an undefined global', () => {
    const r = run('nope + 1');
    expect(r).toBeInstanceOf(Thrown);
  });
});

/**
 * Allocation-heavy programs with a collection at every allocation and safepoint (function entry,
 * loop back edge) and the heap verifier after each one. They run in a bare heap (no realm: a
 * verified collection of the whole library heap per allocation would take minutes), so they
 * avoid the library.
 */
const STRESS_PROGRAMS = [
  'function mk(i) { return { i, next: null }; } let head = null; for (let i = 0; i < 40; i++) { const n = mk(i); n.next = head; head = n; } let s = 0; for (let p = head; p; p = p.next) s += p.i; s',
  'function counter() { let c = 0; return () => ++c; } const fs = []; for (let i = 0; i < 10; i++) fs[i] = counter(); let t = 0; for (let i = 0; i < 10; i++) t += fs[i]() + fs[i](); t',
  'let s = ""; for (let i = 0; i < 30; i++) s += "ab"; s.length',
  'let r = 0; for (let i = 0; i < 20; i++) { try { throw { v: i }; } catch (e) { r += e.v; } } r',
  'function P(x, y) { this.x = x; this.y = y; } let s = 0; for (let i = 0; i < 25; i++) { const p = new P(i, i * 2); s += p.x + p.y; } s',
  'const o = {}; for (let i = 0; i < 20; i++) o["k" + i] = i; let s = 0; for (const k in o) s += o[k]; s',
  'function f(a, ...rest) { return rest.length + arguments.length; } let s = 0; for (let i = 0; i < 10; i++) s += f(1, 2, 3, i); s',
  'const a = []; for (let i = 0; i < 50; i++) a[i] = i * 1.5; let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; s',
  'class V { constructor(x) { this.x = x; } plus(o) { return new V(this.x + o.x); } } let v = new V(0); for (let i = 0; i < 20; i++) v = v.plus(new V(i)); v.x',
  'function fib(n) { return n < 2 ? { v: n } : { v: fib(n - 1).v + fib(n - 2).v }; } fib(12).v',
];

describe('under --gc-stress with the verifier', () => {
  for (const src of STRESS_PROGRAMS) {
    it(src, () => {
      const expected = (0, eval)(src);
      expect(run(src, { stress: true, bare: true }), src).toEqual(expected);
    });
  }
});
