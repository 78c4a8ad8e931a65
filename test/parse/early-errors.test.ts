// Early errors (ES2025 static semantics), each with the message it should produce, and the
// nearby valid code that must still parse.
import { describe, expect, it } from 'vitest';
import { errorOf } from './helpers.ts';

type Mode = { sourceType?: 'script' | 'module'; strict?: boolean };
const SLOPPY: Mode = { sourceType: 'script' };
const STRICT: Mode = { sourceType: 'script', strict: true };
const MODULE: Mode = { sourceType: 'module' };

/** [code, mode, message pattern] */
const INVALID: [string, Mode, RegExp][] = [
  // strict mode
  ['with (a) {}', STRICT, /'with' in strict mode/],
  ['delete x', STRICT, /Deleting local variable/],
  ['delete ((x))', STRICT, /Deleting local variable/],
  ['var eval', STRICT, /Binding eval/],
  ['arguments = 1', STRICT, /Assigning to arguments/],
  ['function f(eval) {}', STRICT, /Binding eval/],
  ['var let', STRICT, /reserved/],
  ['var static', STRICT, /reserved/],
  ['function f(a, a) { "use strict" }', SLOPPY, /Argument name clash/],
  ['function static() { "use strict" }', SLOPPY, /reserved/],
  ['function f(a = 1) { "use strict" }', SLOPPY, /non-simple parameter list/],
  ['(a = 1) => { "use strict" }', SLOPPY, /non-simple parameter list/],
  ['function f(a, a) {}', STRICT, /Argument name clash/],
  ['(a, a) => 1', SLOPPY, /Argument name clash/],
  ['function f(a, [a]) {}', SLOPPY, /Argument name clash/],
  ['({ m(a, a) {} })', SLOPPY, /Argument name clash/],
  // declarations
  ['let a; var a;', SLOPPY, /already been declared/],
  ['var a; let a;', SLOPPY, /already been declared/],
  ['let a; let a;', SLOPPY, /already been declared/],
  ['const a = 1; function a() {}', SLOPPY, /already been declared/],
  ['{ function f() {} let f; }', SLOPPY, /already been declared/],
  ['{ function f() {} function f() {} }', STRICT, /already been declared/],
  ['{ async function f() {} function f() {} }', SLOPPY, /already been declared/],
  ['function f() {} let f;', MODULE, /already been declared/],
  ['import a from "m"; let a;', MODULE, /already been declared/],
  ['try {} catch (e) { let e; }', SLOPPY, /already been declared/],
  ['try {} catch ([e]) { var e; }', SLOPPY, /already been declared/],
  ['function f(a) { let a; }', SLOPPY, /already been declared/],
  ['for (let a of b) { var a; }', SLOPPY, /already been declared/],
  ['let let = 1', SLOPPY, /let is disallowed/],
  ['const a;', SLOPPY, /Missing initializer/],
  ['let [a];', SLOPPY, /Complex binding patterns/],
  ['class A {} class A {}', SLOPPY, /already been declared/],
  // assignment targets
  ['1 = 2', SLOPPY, /Assigning to rvalue/],
  ['a + b = c', SLOPPY, /Assigning to rvalue/],
  ['++a.b()', STRICT, /rvalue/],
  ['({a}) = 1', SLOPPY, /parenthesized/],
  ['[(a = 1)] = 2', SLOPPY, /parenthesized/],
  ['a?.b = 1', SLOPPY, /Optional chaining/],
  ['a?.b++', SLOPPY, /Optional chaining/],
  ['[...a,] = b', SLOPPY, /Comma is not permitted after the rest/],
  ['({...{a}} = b)', SLOPPY, /Unexpected/],
  ['({a = 1})', SLOPPY, /Shorthand property assignments/],
  ['({__proto__: 1, __proto__: 2})', SLOPPY, /Redefinition of __proto__/],
  ['f() &&= 1', SLOPPY, /logical assignment/],
  ['f() = 1', STRICT, /rvalue/],
  ['for ((a) => 1 of b);', SLOPPY, /rvalue/],
  // await / yield
  ['await 1', SLOPPY, /Missing semicolon|Unexpected/],
  ['var await', MODULE, /await/],
  ['async function f() { var await; }', SLOPPY, /await/],
  ['async (await) => 1', SLOPPY, /await/],
  ['async function f(a = await 1) {}', SLOPPY, /Await expression cannot be a default value/],
  ['function* g(a = yield) {}', SLOPPY, /Yield expression cannot be a default value/],
  ['function* g() { var yield; }', SLOPPY, /yield/],
  ['function* g() { function yield() {} }', SLOPPY, /yield/],
  ['async function f() { function await() {} }', SLOPPY, /await/],
  ['function* g() { (a = yield) => 1 }', SLOPPY, /Yield expression cannot be a default value/],
  ['class A { static { await; } }', SLOPPY, /await/],
  ['class A { static { arguments; } }', SLOPPY, /arguments/],
  ['class A { x = arguments; }', SLOPPY, /arguments/],
  ['class A { x = () => arguments; }', SLOPPY, /arguments/],
  ['-a ** 2', SLOPPY, /exponentiation/],
  ['await x ** 2', MODULE, /exponentiation/],
  ['a ?? b || c', SLOPPY, /cannot be mixed/],
  ['a && b ?? c', SLOPPY, /cannot be mixed/],
  // control flow
  ['break', SLOPPY, /Unsyntactic break/],
  ['continue', SLOPPY, /Unsyntactic continue/],
  ['a: { continue a; }', SLOPPY, /Unsyntactic continue/],
  ['a: a: ;', SLOPPY, /Label 'a' is already declared/],
  ['while (1) { function f() { break; } }', SLOPPY, /Unsyntactic break/],
  ['return', SLOPPY, /'return' outside of function/],
  ['class A { static { return; } }', SLOPPY, /'return' outside/],
  ['switch (a) { default: default: }', SLOPPY, /Multiple default/],
  ['throw\n1', SLOPPY, /Illegal newline after throw/],
  // super, new.target, private names
  ['super.x', SLOPPY, /'super' keyword outside a method/],
  ['function f() { super.x }', SLOPPY, /'super'/],
  ['class A { constructor() { super(); } }', SLOPPY, /'super'/],
  ['({ m() { super(); } })', SLOPPY, /'super'/],
  ['new.target', SLOPPY, /new.target/],
  ['() => new.target', SLOPPY, /new.target/],
  ['this.#x', SLOPPY, /Private field '#x' must be declared/],
  ['class A { m() { this.#y } }', SLOPPY, /Private field '#y'/],
  ['class A { #x; #x; }', SLOPPY, /already been declared/],
  ['class A { get #x() {} static set #x(v) {} }', SLOPPY, /already been declared/],
  ['class A { #constructor() {} }', SLOPPY, /#constructor/],
  ['class A { #x; m() { delete this.#x } }', SLOPPY, /Private fields can not be deleted/],
  ['class A { constructor() {} constructor() {} }', SLOPPY, /Duplicate constructor/],
  ['class A { get constructor() {} }', SLOPPY, /Constructor can't have get\/set/],
  ['class A { *constructor() {} }', SLOPPY, /generator/],
  ['class A { static prototype() {} }', SLOPPY, /prototype/],
  ['class A { constructor = 1 }', SLOPPY, /field named 'constructor'/],
  ['class A { #x; m() { 1 + #x in this } }', SLOPPY, /Unexpected|Private identifier/],
  // functions in statement positions (Annex B)
  ['if (a) function f() {}', STRICT, /functions can only be declared/],
  ['while (a) function f() {}', SLOPPY, /functions can only be declared/],
  ['label: function f() {}', STRICT, /functions can only be declared/],
  ['while (1) label: function f() {}', SLOPPY, /functions can only be declared/],
  ['if (a) function* g() {}', SLOPPY, /Unexpected/],
  ['if (a) let x = 1;', SLOPPY, /Lexical declaration|Unexpected|Missing semicolon/],
  ['if (a) let [x] = 1;', SLOPPY, /Lexical declaration/],
  ['if (a) class A {}', SLOPPY, /Unexpected/],
  ['label: async function f() {}', SLOPPY, /Async functions/],
  // for loops
  ['for (let of x);', SLOPPY, /Unexpected|Missing/],
  ['for (async of x);', SLOPPY, /may not be 'async'|Unexpected/],
  ['for (let.x of y);', SLOPPY, /may not start with 'let'/],
  ['for (var a = 1 of b);', SLOPPY, /may not have an initializer/],
  ['for (var a = 1 in b);', STRICT, /may not have an initializer/],
  ['for (let a = 1 in b);', SLOPPY, /may not have an initializer/],
  ['for (var [a] = 1 in b);', SLOPPY, /may not have an initializer/],
  ['for await (x of y);', SLOPPY, /Unexpected|Missing/],
  ['async function f() { for await (x in y); }', SLOPPY, /Unexpected/],
  // using declarations
  ['using x = y;', SLOPPY, /top level of a script/],
  ['{ using {x} = y; }', SLOPPY, /Missing semicolon|Unexpected/],
  ['{ using x; }', SLOPPY, /Missing initializer/],
  ['switch (a) { case 1: using x = y; }', MODULE, /switch case/],
  ['for (using x in y);', MODULE, /Unexpected/],
  // modules
  ['export { a }', MODULE, /Export 'a' is not defined/],
  ['export let a; export { a }', MODULE, /Duplicate export 'a'/],
  ['export default 1; export default 2', MODULE, /Duplicate export 'default'/],
  ['export { "\\uD800" as a } from "m"', MODULE, /lone surrogate/],
  ['export { "a" }', MODULE, /string literal cannot be used/],
  ['import { "a" } from "m"', MODULE, /Unexpected/],
  ['import a from "m" with { type: "json", type: "json" }', MODULE, /Duplicate attribute key/],
  ['import a from "m"', SLOPPY, /sourceType: module/],
  ['{ import a from "m" }', MODULE, /top level/],
  ['import.meta', SLOPPY, /import.meta/],
  ['new import("x")', SLOPPY, /Cannot use new with import/],
  ['<!-- comment', MODULE, /Unexpected/],
  // escapes and reserved words
  ['l\\u0065t x = 1', SLOPPY, /Missing semicolon|Unexpected/],
  ['v\\u0061r x = 1', SLOPPY, /keyword/],
  ['({ \\u0069f: 1 }).if; \\u0069f (x) {}', SLOPPY, /keyword/],
  ['new.t\\u0061rget', SLOPPY, /escaped|new.target/],
  ['function* g() { yi\\u0065ld 1 }', SLOPPY, /escaped|yield/],
  ['"\\u{110000}"', SLOPPY, /out of bounds/],
  ['`${a}\\unicode`', SLOPPY, /Bad escape/],
  ['a\n=>b', SLOPPY, /Unexpected/],
  ['async x\n=> x', SLOPPY, /Unexpected/],
];

const VALID: [string, Mode][] = [
  ['var a; var a; function a() {}', SLOPPY],
  ['{ function f() {} function f() {} }', SLOPPY],
  ['try {} catch (e) { var e; }', SLOPPY],
  ['try {} catch (e) { for (var e in o); }', SLOPPY],
  ['function f(a, a) {}', SLOPPY],
  ['({ __proto__: a, __proto__: b } = c)', SLOPPY],
  ['[(a)] = 1; [(a.b)] = 2; (a) = 3; ({ a: (b) } = c)', SLOPPY],
  ['f() = 1; f()++; for (f() in x);', SLOPPY],
  ['if (a) function f() {} else function g() {}', SLOPPY],
  ['label: function f() {}', SLOPPY],
  ['for (var a = 1 in b);', SLOPPY],
  ['let \n x = 1', SLOPPY],
  ['var let = 1; let; let.x; (let[0]); { using [x] = y; }', SLOPPY],
  ['for (let in o);', SLOPPY],
  ['for (async of => {};;);', SLOPPY],
  ['for ((async) of x);', SLOPPY],
  ['async function f() { for await (async of x); }', SLOPPY],
  ['var yield, await, async, of, get, set, static, using;', SLOPPY],
  ['function* yield() {} async function await() {}', SLOPPY],
  ['class A { get #x() {} set #x(v) {} static #m() { A.#m; } }', SLOPPY],
  ['class A { #x; static has(o) { return #x in o; } }', SLOPPY],
  ['class A extends B { constructor() { (() => super())(); } m() { return () => super.m(); } }', SLOPPY],
  ['function f() { new.target; () => new.target; }', SLOPPY],
  ['class A { static { var await1; new.target; super.x; } }', SLOPPY],
  ['a: { break a; } b: for (;;) { c: for (;;) continue b; }', SLOPPY],
  ['export { a as "b c" }; var a; export * as "d e" from "m"', MODULE],
  ['export { a }; var a;', MODULE],
  ['import { "a b" as c } from "m"', MODULE],
  ['await 1; for await (x of y);', MODULE],
  ['{ using x = y, z = w; } for (using of = null;;) break; var using, of; for (using of of [0]);', MODULE],
  ['async function f() { await using x = y; }', SLOPPY],
  ['let using; using\nx', SLOPPY],
  ['x = { async: 1, get: 2, set: 3, static: 4, await: 5 }', MODULE],
  ['"use strict"; ({ eval: 1, arguments: 2 }).eval', SLOPPY],
  ['a\n++\nb', SLOPPY],
  ['/*\n*/-->comment', SLOPPY],
];

describe('early errors', () => {
  for (const [code, mode, message] of INVALID) {
    it(`rejects ${JSON.stringify(code)}${mode.strict ? ' (strict)' : mode.sourceType === 'module' ? ' (module)' : ''}`, () => {
      const e = errorOf(code, mode);
      expect(e, 'should be a SyntaxError').not.toBeNull();
      expect(e!.message).toMatch(message);
    });
  }
  for (const [code, mode] of VALID) {
    it(`accepts ${JSON.stringify(code)}`, () => {
      expect(errorOf(code, mode)?.message ?? null).toBeNull();
    });
  }
});

describe('edge cases agree with the host V8 (scripts)', () => {
  it('accepts and rejects the same programs', async () => {
    const { disagreements } = await import('./v8-edge.ts');
    expect(disagreements()).toEqual([]);
  });
});
