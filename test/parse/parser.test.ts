// ESTree shapes for the whole ES2025 grammar: compared with acorn where acorn agrees, and the
// Ouro additions (Annex B marker) checked directly.
import { describe, expect, it } from 'vitest';
import { parse } from '../../stage0/parse/parser.ts';
import { bothAsts, errorOf, expr } from './helpers.ts';

const SCRIPTS = [
  'var a = 1, b; let [c, , ...d] = e; const {f, g: [h] = 1, ...i} = j;',
  'function* gen(a = 1, {b}, ...c) { yield; yield* a; yield b, c; }',
  'async function af() { await x; for await (const y of z) {} }',
  'async function* ag() { yield await 1; }',
  'x = async () => await 1; y = async x => x; z = async (a, b) => {}; async (x)',
  'class A extends B { static #p = 1; #m() {} get #g() {} set #g(v) {} static { this.#p; } x; "y" = 2; [z]; static async *[k]() {} constructor() { super(); } has(o) { return #p in o; } }',
  'a?.b?.[c]?.(d).e; (a?.b).c; (a?.b)`c`.d === void 0',
  'a ||= b; c &&= d; e ??= f; g ?? h; (a || b) ?? c; a ** b ** c; (-a) ** b',
  'label: for (;;) { continue label; break label; }',
  'outer: { inner: while (1) break outer; }',
  'switch (x) { case 1: let y; break; default: }',
  'try {} catch ({ message }) {} finally {}  try {} catch {}',
  'if (a) b; else if (c) d; else { e }',
  'do x(); while (y) z()',
  'for (var k in o); for (let [a, b] of c); for (x.y of z); for (;;);',
  'new a.b.C(); new new X()(); new (f())(); function f() { new.target === undefined }',
  'o = { __proto__: null, a, b: 1, [c]: 2, get d() {}, set d(v) {}, async e() {}, *f() {}, async *g() {}, "h"() {}, 1: 2, 3n: 4 }',
  '({ a, b: [c] } = d); [a, ...b] = c; ({ __proto__: a, __proto__: b } = c);',
  '`a${b}c${`d${e}`}f`; tag`x`; String.raw`\\u`',
  '"use strict"; \'use strict\'; a',
  'x = function () { "use strict"; "other"; return 1 }',
  'with (o) { p }',
  'using: x; await: y; yield: z; let: w; async: q; of: r',
  'a\n++b; c\n(d); e = f\n[g]',
  'x = a ? b : c ? d : e; y = (a, b); z = (a) => (b)',
  'typeof a; delete a.b; void 0; !a; ~a; +a; -a; ++a; a--',
  'x = 0x10 + 1e3 + .5 + 0b11 + 0o7 + 1_0 + 10n',
  'debugger; ;',
  'function f() { return\n1 }',
  'a = b\n/c/g.exec(d)',
  'var \\u{61}b = 1; \\u0061b;',
];
const MODULES = [
  'import a, { b, c as d, "e f" as g } from "m" with { type: "json" }; import * as ns from "n"; import "side";',
  'export default function () {} export const x = 1; export { x as "y z" }; export * from "a"; export * as q from "b";',
  'export default class {}',
  'export default (1 + 2);',
  'export { default } from "m"; export { a as b, default as c } from "n";',
  'await x; for await (const y of z);',
  'import.meta.url; import("x", { with: { type: "json" } }); import(y);',
  'export async function f() {} export class C {} export let [a] = b;',
  'using x = y; { await using z = w; } for (using a of b); for (await using c of d);',
];

describe('ESTree shapes match acorn', () => {
  for (const code of SCRIPTS) it(`script: ${code.slice(0, 50)}`, () => {
    const [ours, theirs] = bothAsts(code, 'script');
    expect(ours).toEqual(theirs);
  });
  for (const code of MODULES) it(`module: ${code.slice(0, 50)}`, () => {
    const [ours, theirs] = bothAsts(code, 'module');
    expect(ours).toEqual(theirs);
  });
});

describe('Ouro additions', () => {
  it('marks sloppy function declarations in blocks for Annex B.3.3', () => {
    const p = parse('{ function a() {} } if (x) function b() {} switch (1) { case 1: function c() {} } function d() {} l: function e() {}', { sourceType: 'script' }) as any;
    expect(p.body[0].body[0].annexB).toBe(true);
    expect(p.body[1].consequent.annexB).toBe(true);
    expect(p.body[2].cases[0].consequent[0].annexB).toBe(true);
    expect(p.body[3].annexB).toBeUndefined();
    expect(p.body[4].body.annexB).toBeUndefined();
    const strict = parse('{ function a() {} }', { sourceType: 'script', strict: true }) as any;
    expect(strict.body[0].body[0].annexB).toBeUndefined();
    const gen = parse('{ function* g() {} async function h() {} }', { sourceType: 'script' }) as any;
    expect(gen.body[0].body.map((f: any) => f.annexB)).toEqual([undefined, undefined]);
    const noAnnexB = parse('{ function a() {} }', { sourceType: 'script', annexB: false }) as any;
    expect(noAnnexB.body[0].body[0].annexB).toBeUndefined();
  });
  it('Program covers the whole input and records sourceType', () => {
    const p = parse('  x  \n', { sourceType: 'module' }) as any;
    expect([p.start, p.end, p.range, p.sourceType]).toEqual([0, 6, [0, 6], 'module']);
    expect(p.erasures).toBeUndefined();
  });
  it('directives are recognised only in the prologue and unparenthesized', () => {
    const p = parse('"a"; ("b"); "c"', { sourceType: 'script' }) as any;
    expect(p.body.map((s: any) => s.directive)).toEqual(['a', undefined, undefined]);
  });
  it('nodes start at enclosing parentheses like acorn', () => {
    const e = expr('(a) + b');
    expect([e.start, e.left.start]).toEqual([0, 1]);
  });
});

describe('robustness', () => {
  it('deep nesting throws OuroSyntaxError instead of overflowing the stack', () => {
    for (const src of ['('.repeat(10000) + ')'.repeat(10000), '['.repeat(10000), '{'.repeat(10000), '!'.repeat(100000) + 'x', 'a=>'.repeat(10000)]) {
      expect(errorOf(src)?.message).toMatch(/too deeply nested/);
    }
  });
  it('TypeScript speculation stays fast on nested ambiguous input', () => {
    const t = performance.now();
    for (const src of ['x = ' + '(a = '.repeat(200) + '1' + ')'.repeat(200), 'x = ' + '(a = (b) => '.repeat(100) + '1' + ')'.repeat(100),
      'x = ' + 'a < b < ('.repeat(100) + '1' + ')'.repeat(100)]) {
      try { parse(src, { sourceType: 'module', typescript: true }); } catch (e) { expect((e as Error).name).toBe('SyntaxError'); }
    }
    expect(performance.now() - t).toBeLessThan(5000);
  });
  it('TypeScript mode stays linear on large files full of parentheses', () => {
    const src = 'let x: number = 0;\n' + 'x = (x + 1) * (x - 2) < (x as number) ? f<T>(x) : (x);\n'.repeat(20000);
    const t = performance.now();
    parse(src, { sourceType: 'module', typescript: true });
    expect(performance.now() - t).toBeLessThan(10000); // was minutes when failed attempts rescanned positions
  });
  it('long flat chains parse', () => {
    expect(expr('x' + '+x'.repeat(20000)).type).toBe('BinaryExpression');
    expect(expr('a' + '.b'.repeat(20000)).type).toBe('MemberExpression');
  });
  it('truncations and garbage throw only OuroSyntaxError', () => {
    const src = 'class A { #x = `t${1}`; static { label: for (const [a] of b) continue label; } m(a = /re/u) { return a?.b ?? 1n; } }';
    for (let i = 0; i < src.length; i++) {
      expect(() => { try { parse(src.slice(0, i), { sourceType: 'module' }); } catch (e) { if ((e as Error).name !== 'SyntaxError' || (e as Error).message.startsWith('Internal')) throw e; } }).not.toThrow();
    }
    for (const junk of ['\u0000', '\uD800', '#', '\\u', '\\u{110000}', '`${', '/*', "'", '0x', 'a\\', '@@']) expect(errorOf(junk)).not.toBeNull();
  });
});
