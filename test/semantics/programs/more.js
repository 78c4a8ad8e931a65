// More semantics of values against Node (see values.js): wrappers, symbols, numeric keys,
// frozen and sealed objects, accessors on indices, conversions of odd values.
var cases = [];
function t(name, f) { cases.push([name, f]); }
function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' && v === 0 && 1 / v < 0) return '-0';
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return 'function';
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  if (v !== null && typeof v === 'object') return 'object';
  return String(v);
}

t('String wrapper index and length', () => { var s = new String('ab'); return [s[0], s.length, s[2], typeof s, s + 'c']; });
t('String wrapper own keys', () => Object.keys(new String('ab')));
t('String wrapper index is read-only (strict)', () => { 'use strict'; var s = new String('ab'); s[0] = 'z'; });
t('String wrapper extra property', () => { var s = new String('ab'); s.x = 1; return s.x; });
t('Number wrapper', () => { var n = new Number(5); return [n + 1, typeof n, n == 5, n === 5]; });
t('Boolean wrapper is truthy', () => (new Boolean(false) ? 'yes' : 'no'));
t('Object(1) has Number.prototype', () => Object(1) instanceof Number);
t('Object(sym)', () => typeof Object(Symbol('x')));
t('symbol keys', () => { var s = Symbol('k'); var o = {}; o[s] = 1; return [o[s], Object.keys(o).length, s in o]; });
t('symbol description message', () => { var s = Symbol('desc'); var u; return u[s]; });
t('numeric key order', () => Object.keys({ b: 1, 2: 1, a: 1, 1: 1, '-1': 1 }));
t('integer-like keys beyond index range', () => { var o = {}; o[4294967295] = 1; o[4294967294] = 2; return Object.keys(o); });
t('frozen object write sloppy', () => { var o = Object.freeze({ a: 1 }); o.a = 2; o.b = 3; return [o.a, o.b]; });
t('sealed object delete strict', () => { 'use strict'; var o = Object.seal({ a: 1 }); delete o.a; });
t('frozen array push', () => { var a = Object.freeze([1]); a.push(2); });
t('frozen array index write strict', () => { 'use strict'; var a = Object.freeze([1]); a[0] = 2; });
t('accessor on an index', () => { var o = {}; Object.defineProperty(o, 0, { get() { return 'g'; } }); return [o[0], o['0']]; });
t('accessor on an array index', () => { var a = [1, 2]; Object.defineProperty(a, 1, { get() { return 'g'; } }); return [a[1], a.length]; });
t('non-writable index write strict', () => { 'use strict'; var a = [1]; Object.defineProperty(a, 0, { writable: false }); a[0] = 2; });
t('defineProperty then read', () => { var o = {}; Object.defineProperty(o, 'x', { value: 3, enumerable: false }); return [o.x, Object.keys(o).length]; });
t('getter throws', () => ({ get x() { throw new TypeError('in getter'); } }).x);
t('setter receives value', () => { var got; var o = { set x(v) { got = v; } }; o.x = 'v'; return got; });
t('assignment returns the value even with a setter', () => { var o = { set x(v) {} }; return (o.x = 5); });
t('chained assignment', () => { var a = {}, b = {}; a.x = b.x = 3; return [a.x, b.x]; });
t('compound assignment on property', () => { var o = { x: 1 }; o.x += 2; o.x *= 3; return o.x; });
t('property on function', () => { function f() {} f.x = 1; return [f.x, f.name, f.length]; });
t('prototype property of functions', () => { function f() {} return typeof f.prototype; });
t('method on primitive returns primitive this', () => { Number.prototype.me = function () { return typeof this; }; var r = (5).me(); delete Number.prototype.me; return r; });
t('strict method on primitive', () => { String.prototype.me = function () { 'use strict'; return typeof this; }; var r = 'a'.me(); delete String.prototype.me; return r; });
t('getter on String.prototype with primitive receiver', () => { Object.defineProperty(String.prototype, 'first', { get() { 'use strict'; return this[0]; }, configurable: true }); var r = 'xyz'.first; delete String.prototype.first; return r; });
t('null prototype object', () => { var o = Object.create(null); o.x = 1; return [o.x, 'toString' in o]; });
t('in with symbol', () => Symbol.iterator in []);
t('ToPropertyKey order', () => { var log = []; var o = {}; var k = { toString() { log.push('key'); return 'k'; } }; try { null[k] = (log.push('rhs'), 1); } catch (e) { log.push(e.constructor.name); } return log; });
t('comparison of strings by code unit', () => ['a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '\uD83D' < '\uFFFF', '10' < '9', 10 < 9].join(' '));
t('mixed comparisons', () => [null < 1, undefined < 1, '' < 1, [2] > 1, ({}) < 1, 'a' < 1, NaN <= NaN].join(' '));
t('loose equality table', () => [0 == '', 0 == '0', '' == '0', false == 'false', false == '0', null == false, [] == false, [] == '', [0] == false, [1, 2] == '1,2'].join(' '));
t('strict equality of -0', () => [0 === -0, Object.is(0, -0), [NaN].includes(NaN), [NaN].indexOf(NaN)].join(' '));
t('number to string forms', () => [1e21, 1e-7, 123e-20, -0, 0.000001, 1.5e300 * 1e10, 2 ** 53, 2 ** 53 + 1, 0.1 * 3].map(String).join(' '));
t('string to number forms', () => ['0b101', '0o17', '0x', '1_000', '.', '-.5e1', '+Infinity', '-Infinity', 'infinity', '1e', '\n\t 42 \n'].map(Number).join(' '));
t('parse radix via ToNumber', () => [Number('0X1f'), Number('00012'), Number('-0x10')].join(' '));
t('ToInt32 edge', () => [2 ** 32 + 5 | 0, -(2 ** 31) - 1 | 0, 1e20 | 0, NaN | 0, Infinity | 0, -1.9 | 0].join(' '));
t('ToUint32 edge', () => [-1 >>> 0, 2 ** 32 >>> 0, -(2 ** 32) - 1 >>> 0, 1.9e10 >>> 0].join(' '));
t('shift counts mod 32', () => [1 << 32, 1 << -1, 8 >> 35, -8 >>> 33].join(' '));
t('increment keeps type', () => { var a = '1'; var b = a++; return [typeof b, b, a]; });
t('decrement of object', () => { var o = { valueOf() { return 10; } }; o--; return o; });
t('void and comma', () => [void 0, (1, 2)].map(show).join(' '));
t('delete returns true for missing', () => delete ({}).nope);
t('delete on primitive', () => delete 'abc'.length);
t('typeof undeclared', () => typeof undeclaredVariable);
t('long string concat', () => { var s = ''; for (var i = 0; i < 100; i++) s += 'ab'; return [s.length, s[199], s.charCodeAt(0)]; });
t('array holes and in', () => { var a = [, 1]; return [0 in a, 1 in a, a.length]; });
t('array-like length on object', () => { var o = { length: '3' }; return Array.prototype.slice.call(o).length; });

// Inline caches must notice prototype changes made by builtins (Object.defineProperty,
// Object.setPrototypeOf), not only by assignments.
t('IC: setter defined on the prototype after transitions were cached', () => { function K() {} function mk() { var k = new K(); k.z = 1; return k; } mk(); mk(); mk(); var hits = 0; Object.defineProperty(K.prototype, 'z', { set(v) { hits++; }, configurable: true }); var k = mk(); return [hits, Object.keys(k).length]; });
t('IC: prototype data property becomes a getter', () => { function L() {} L.prototype.m = 1; function g(o) { return o.m; } var l = new L(); var r = [g(l), g(l)]; Object.defineProperty(L.prototype, 'm', { get() { return 'getter'; } }); r.push(g(l)); return r; });
t('IC: setPrototypeOf on an intermediate prototype', () => { var A = { q: 1 }; var B = Object.create(A); function C() {} C.prototype = B; var c = new C(); function h(o) { return o.q; } var r = [h(c), h(c)]; Object.setPrototypeOf(B, { q: 2 }); r.push(h(c)); return r; });
t('IC: absent property appears on the prototype', () => { function D() {} var d = new D(); function u(o) { return o.nope; } var r = [u(d), u(d)]; D.prototype.nope = 'now'; r.push(u(d)); return r; });
t('IC: absent property appears on Object.prototype (dictionary mode)', () => { function E() {} var e = new E(); function w(o) { return o.nope3; } var r = [w(e), w(e)]; Object.defineProperty(Object.prototype, 'nope3', { value: 'op', configurable: true }); r.push(w(e)); delete Object.prototype.nope3; r.push(w(e)); return r; });
t('IC: read-only appears on Object.prototype after adds were cached', () => { function F() {} function mk() { var f = new F(); f.ro = 1; return f; } mk(); mk(); Object.defineProperty(Object.prototype, 'ro', { value: 0, writable: false, configurable: true }); var f = mk(); delete Object.prototype.ro; return Object.keys(f).length; });
t('IC: megamorphic site stays correct', () => { function g(o) { return o.k; } var objs = []; for (var i = 0; i < 12; i++) { var o = {}; o['p' + i] = i; o.k = i; objs.push(o); } var s = 0; for (var r = 0; r < 3; r++) for (var j = 0; j < objs.length; j++) s += g(objs[j]); objs[3].k = 100; return s + g(objs[3]); });
t('IC: keyed loads over shapes and holes', () => { var arrs = [[1, 2, 3], [1.5, 2.5], ['a', 'b'], [, 1], [1, , 3]]; var out = []; for (var r = 0; r < 2; r++) for (var i = 0; i < arrs.length; i++) out.push(arrs[i][1]); return out; });

t('IC: hole stores respect a setter on Array.prototype', () => { var a = [0, , 2, , 4]; function st(x, i, v) { x[i] = v; } st(a, 1, 'a'); st(a, 1, 'b'); var hits = 0; Object.defineProperty(Array.prototype, 3, { set(v) { hits++; }, configurable: true }); st(a, 3, 'c'); var r = [hits, 3 in a, a[1]]; delete Array.prototype[3]; return r; });
t('IC: hole fill and append keep length', () => { var a = new Array(5); for (var i = 0; i < 5; i++) a[i] = i; a[a.length] = 9; return [a.length, a.join()]; });

t('message: object key on undefined is not converted', () => { var called = false; try { undefined[{ toString() { called = true; return 'k'; } }]; } catch (e) { return [called, e.message]; } });
t('message: symbol key on null', () => null[Symbol('s')]);
t('message: read-only on a function', () => { 'use strict'; var f = function () {}; Object.defineProperty(f, 'x', { value: 1 }); f.x = 2; });
t('message: read-only on a null-prototype object', () => { 'use strict'; var o = Object.create(null); Object.defineProperty(o, 'x', { value: 1 }); o.x = 2; });
t('message: frozen class instance', () => { 'use strict'; class A {} var a = Object.freeze(new A()); a.y = 1; });
t('message: properties on primitives', () => [1, true, Symbol('q')].map(function (p) { 'use strict'; try { p.x = 2; return 'no'; } catch (e) { return e.message; } }));
t('message: non-callable @@toPrimitive', () => [1, 's', true, {}, Symbol('q')].map(function (v) { try { return ({ [Symbol.toPrimitive]: v }) + 1; } catch (e) { return e.message; } }));
t('message: non-callable @@hasInstance', () => { try { return ({}) instanceof { [Symbol.hasInstance]: 's' }; } catch (e) { return e.message; } });
t('message: instanceof an arrow', () => ({}) instanceof (() => {}));
t('message: delete frozen property', () => { 'use strict'; delete Object.freeze({ a: 1 }).a; });

for (var i = 0; i < cases.length; i++) {
  var out;
  try {
    out = show(cases[i][1]());
  } catch (e) {
    out = e && e.constructor ? e.constructor.name + ': ' + e.message : 'threw ' + String(e);
  }
  console.log(cases[i][0] + ' => ' + out);
}
