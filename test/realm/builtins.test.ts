// The kernel builtins against Node: each expression is printed by Ouro (print = ToString) and
// compared with String(value) computed by Node for the same expression. The realm runs without the
// self-hosted library here, so only kernel builtins answer.
import { describe, it, expect, beforeAll } from 'vitest';
import { freshRealm, output } from './helpers.ts';

const EXPRESSIONS = [
  // Object
  `Object.keys({a: 1, b: 2, 1: 3, 0: 4})`, `Object.values({x: 1, y: 'z'})`, `Object.entries({p: 1}).join(';')`,
  `Object.getOwnPropertyNames([1, 2])`, `Object.getOwnPropertyNames('ab')`, `Object.getOwnPropertyNames(Object('xy'))`,
  `JSON_like(Object.getOwnPropertyDescriptor({a: 1}, 'a'))`,
  `JSON_like(Object.getOwnPropertyDescriptor([1], 'length'))`,
  `(function(){ var o = {}; Object.defineProperty(o, 'x', {value: 5}); return [o.x, Object.keys(o).length, JSON_like(Object.getOwnPropertyDescriptor(o, 'x'))]; })()`,
  `(function(){ var o = {}; Object.defineProperty(o, 'g', {get: function () { return 7; }, enumerable: true}); return [o.g, Object.keys(o)]; })()`,
  `(function(){ 'use strict'; var o = Object.freeze({a: 1}); try { o.a = 2; } catch (e) { return [e instanceof TypeError, Object.isFrozen(o), o.a]; } })()`,
  `(function(){ var o = Object.seal({a: 1}); o.a = 3; o.b = 4; return [o.a, o.b, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o)]; })()`,
  `Object.getPrototypeOf(Object.create(null))`, `Object.getPrototypeOf([]) === Array.prototype`,
  `Object.assign({a: 1}, {b: 2}, null, {a: 3}).a`, `Object.is(NaN, NaN)`, `Object.is(0, -0)`,
  `({a: 1}).hasOwnProperty('a')`, `({}).hasOwnProperty('toString')`, `Object.prototype.isPrototypeOf.call(Array.prototype, [])`,
  `({a: 1}).propertyIsEnumerable('a')`, `Object.prototype.toString.call([])`, `Object.prototype.toString.call(null)`,
  `Object.prototype.toString.call(function () {})`, `Object.prototype.toString.call(new Error('x'))`,
  `Object.prototype.toString.call('s')`, `Object.prototype.toString.call(1)`, `String({})`,
  `({}).__proto__ === Object.prototype`, `(function(){ var o = {}; o.__proto__ = Array.prototype; return o instanceof Array; })()`,
  `Object.setPrototypeOf({}, null).toString`, `Object.getOwnPropertySymbols({[Symbol.iterator]: 1}).length`,
  `Object.hasOwn({q: 1}, 'q')`, `Object.defineProperties({}, {a: {value: 1, enumerable: true}}).a`,
  `(function(){ try { Object.defineProperty(Object.freeze({a: 1}), 'a', {value: 2}); } catch (e) { return e.message; } })()`,
  // Function
  `(function f(a, b) { return this.x + a + b; }).call({x: 1}, 2, 3)`, `Math.max.apply(null, [1, 5, 3])`,
  `(function (a, b) { return a + b; }).bind(null, 1)(2)`, `(function (a, b, c) {}).bind(null, 1).length`,
  `(function foo() {}).bind(null).name`, `Function.prototype.toString.call(Math.max)`, `typeof Function.prototype`,
  `Function.prototype()`, `Object.getPrototypeOf(Function.prototype) === Object.prototype`, `new Function('a', 'b', 'return a * b')(6, 7)`,
  `Function.prototype[Symbol.hasInstance].call(Array, [])`, `Math.max.name + Math.max.length`,
  // Array
  `[1, 2, 3].push(4, 5)`, `(function(){ var a = [1, 2, 3]; a.pop(); return a; })()`, `(function(){ var a = [1, 2, 3]; var x = a.shift(); return [x, a]; })()`,
  `(function(){ var a = [3, 4]; a.unshift(1, 2); return a; })()`, `[1, 2, 3, 4, 5].slice(1, -1)`, `[1, 2, 3].slice(-2)`,
  `(function(){ var a = [1, 2, 3, 4, 5]; var r = a.splice(1, 2, 'a', 'b', 'c'); return [r, a].join('|'); })()`,
  `[1, 2, 3, 2].indexOf(2)`, `[1, 2, 3, 2].lastIndexOf(2)`, `[NaN].includes(NaN)`, `[NaN].indexOf(NaN)`,
  `[1, [2, [3]], null, undefined].join('-')`, `[1, 2].toString()`, `[1].concat([2, 3], 4, [[5]]).length`,
  `[1, 2, 3].reverse()`, `new Array(3).fill(0)`, `Array(5).length`, `Array.of(7, 8)`, `Array.isArray([])`, `Array.isArray({})`,
  `(function(){ var a = [1]; a.push(a); return a.join(); })()`, `[,1].indexOf(undefined)`, `[1.5, 2.5].indexOf(2.5)`,
  `Array.prototype.join.call({length: 2, 0: 'x', 1: 'y'})`, `Array.prototype.push.call({length: 1}, 9)`,
  `(function(){ try { new Array(-1); } catch (e) { return e.name + ': ' + e.message; } })()`,
  // String
  `'abc'.charCodeAt(1)`, `'abc'.charAt(2)`, `'abc'.charAt(5) === ''`, `'\\u{1F600}'.codePointAt(0)`, `'abc'.at(-1)`,
  `'hello world'.indexOf('o')`, `'hello world'.indexOf('o', 5)`, `'hello world'.lastIndexOf('o')`, `'abc'.includes('bc')`,
  `'abc'.startsWith('ab')`, `'abc'.endsWith('bc')`, `'abcdef'.slice(1, -1)`, `'abcdef'.substring(4, 1)`, `'abcdef'.substr(-3, 2)`,
  `'Hello ÄÖ ß'.toUpperCase()`, `'HeLLo ÄÖ'.toLowerCase()`, `'a,b,,c'.split(',')`, `'abc'.split('')`, `'a b c'.split(' ', 2)`,
  `'  x  '.trim() + '|'`, `'  x  '.trimStart() + '|'`, `'  x  '.trimEnd() + '|'`, `'ab'.repeat(3)`, `'5'.padStart(3, '0')`,
  `'5'.padEnd(4, 'ab')`, `'a'.concat('b', 1, null)`, `String(Symbol('q'))`, `new String('xy').length`, `typeof new String('x')`,
  `String.fromCharCode(72, 105, 0x263A)`, `String.fromCodePoint(0x1F600).length`, `'x'.toString()`, `'abc'.valueOf()`,
  `(function(){ try { ''.repeat(-1); } catch (e) { return e.message; } })()`,
  `(function(){ try { String.prototype.trim.call(null); } catch (e) { return e.constructor === TypeError; } })()`,
  // Number, Boolean, globals
  `(255).toString(16)`, `(255).toString(2)`, `(0.5).toString(2)`, `(-1.5).toString(36)`, `(1e21).toString()`,
  `(1.005).toFixed(2)`, `(1234.5678).toFixed(2)`, `(0.000001).toFixed(7)`, `(-1.5).toFixed(0)`, `(1e21).toFixed(2)`, `(0).toFixed(2)`,
  `(123.456).toExponential(2)`, `(0).toExponential()`, `(123456).toExponential()`, `(1.5e-7).toExponential(3)`,
  `(123.456).toPrecision(4)`, `(0.00001234).toPrecision(2)`, `(123456789).toPrecision(3)`, `(1).toPrecision(5)`, `(99.99).toPrecision(3)`,
  `Number('  42  ')`, `Number('0x1f')`, `Number('')`, `Number('abc')`, `new Number(5) + 1`, `Number.isInteger(5.0)`, `Number.isSafeInteger(2 ** 53)`,
  `Number.isFinite('5')`, `Number.isNaN(NaN)`, `Number.MAX_SAFE_INTEGER`, `Number.EPSILON > 0`, `Number.MIN_VALUE`,
  `parseInt('  -42px')`, `parseInt('0x1A')`, `parseInt('101', 2)`, `parseInt('z', 36)`, `parseInt('')`, `parseInt('9007199254740993')`,
  `parseFloat('3.14abc')`, `parseFloat('.5e3')`, `parseFloat('-Infinityx')`, `parseFloat('e5')`, `isNaN('x')`, `isFinite('12')`,
  `Boolean('')`, `new Boolean(false) ? 1 : 2`, `true.toString()`, `Number.parseFloat === parseFloat`,
  // Symbol
  `Symbol('d').toString()`, `Symbol('d').description`, `Symbol().description`, `Symbol.for('k') === Symbol.for('k')`,
  `Symbol.keyFor(Symbol.for('k2'))`, `Symbol.keyFor(Symbol('x'))`, `typeof Symbol.iterator`, `Symbol.iterator.toString()`,
  `(function(){ try { new Symbol(); } catch (e) { return e.message; } })()`,
  // Errors
  `new Error('m').message`, `String(new TypeError('t'))`, `new RangeError('r') instanceof Error`, `new Error('x', {cause: 5}).cause`,
  `Error('no new').message`, `Object.prototype.toString.call(new SyntaxError())`, `new EvalError().message === ''`,
  `TypeError.prototype.name`, `Object.getPrototypeOf(URIError) === Error`, `new AggregateError([1, 2], 'agg').errors.length`,
  `Object.getOwnPropertyNames(new Error('x'))`, `(function(){ try { null.x; } catch (e) { return e instanceof TypeError; } })()`,
  // Math
  `Math.sqrt(16)`, `Math.abs(-3.5)`, `Math.floor(-1.5)`, `Math.ceil(1.2)`, `Math.round(2.5)`, `Math.round(-2.5)`, `Math.round(0.49999999999999994)`,
  `Math.max()`, `Math.min(1, -0) === 0 && 1 / Math.min(0, -0)`, `Math.max(1, NaN)`, `Math.pow(2, 10)`, `Math.trunc(-4.7)`, `Math.sign(-3)`,
  `Math.hypot(3, 4)`, `Math.cbrt(27)`, `Math.clz32(1)`, `Math.imul(0xffffffff, 5)`, `Math.fround(5.5)`, `Math.sin(1)`, `Math.cos(1)`,
  `Math.tan(1)`, `Math.atan2(1, 2)`, `Math.exp(1)`, `Math.log(10)`, `Math.log2(8)`, `Math.log10(1000)`, `Math.expm1(1e-10)`,
  `Math.log1p(1e-10)`, `Math.sinh(1)`, `Math.tanh(0.5)`, `Math.asinh(1)`, `Math.acosh(2)`, `Math.atanh(0.5)`, `Math.PI`, `Math.E`,
  `typeof Math.random()`, `Math.random() < 1`, `Object.prototype.toString.call(Math)`,
  // globals
  `typeof globalThis`, `globalThis.Array === Array`, `typeof __ouro`, `undefined`, `NaN`, `Infinity`,
];

// Node's reference values; JSON_like is defined the same way on both sides.
const PRELUDE = `function JSON_like(d) { var s = []; for (var k in d) s.push(k + '=' + String(d[k])); return s.join(','); }\n`;

function nodeValue(expr: string): string {
  // eslint-disable-next-line no-new-func
  const v = new Function(PRELUDE + `return (${expr});`)();
  return String(v);
}

describe('kernel builtins against Node (no library)', () => {
  beforeAll(() => {
    freshRealm({ library: false });
  });
  it('prints what Node prints for each expression', () => {
    const source = PRELUDE + EXPRESSIONS.map((e) => `try { print(${e}); } catch (e) { print('THREW ' + e); }`).join('\n');
    const got = output(source);
    const want = EXPRESSIONS.map((e) => nodeValue(e).replace(/\n/g, '\n'));
    const mismatches: string[] = [];
    // Each print is one line unless the value has newlines (none here).
    for (let i = 0; i < EXPRESSIONS.length; i++) {
      if (got[i] !== want[i]) mismatches.push(`${EXPRESSIONS[i]}\n    ouro: ${got[i]}\n    node: ${want[i]}`);
    }
    expect(mismatches.join('\n')).toBe('');
    expect(got.length).toBe(EXPRESSIONS.length);
  });
});

describe('kernel builtins under --gc-stress', () => {
  beforeAll(() => {
    freshRealm({ library: false });
  });
  it('gives the same output when every safepoint collects', () => {
    const subset = EXPRESSIONS.filter((_, i) => i % 3 === 0);
    const source = PRELUDE + subset.map((e) => `try { print(${e}); } catch (e) { print('THREW ' + e); }`).join('\n');
    const got = output(source, { stress: true });
    expect(got).toEqual(subset.map(nodeValue));
  });
});
