// Semantics of values, one line per case: run by Ouro and by Node, outputs compared
// (test/semantics/differential.test.ts). Each case prints its result or the error it threw.
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

// ---- ToPrimitive, valueOf/toString, @@toPrimitive
t('valueOf for +', () => ({ valueOf() { return 5; } }) + 1);
t('toString when valueOf returns an object', () => ({ valueOf() { return {}; }, toString() { return 'x'; } }) + 1);
t('template uses toString first', () => `${{ valueOf() { return 1; }, toString() { return '2'; } }}`);
t('String() uses toString first', () => String({ valueOf() { return 1; }, toString() { return '2'; } }));
t('Symbol.toPrimitive hint default', () => ({ [Symbol.toPrimitive](h) { return h; } }) + '');
t('Symbol.toPrimitive hint number', () => +({ [Symbol.toPrimitive](h) { return h === 'number' ? 42 : 0; } }));
t('Symbol.toPrimitive hint string', () => `${{ [Symbol.toPrimitive](h) { return h; } }}`);
t('Symbol.toPrimitive returning an object', () => ({ [Symbol.toPrimitive]() { return {}; } }) + 1);
t('no primitive at all', () => ({ valueOf() { return {}; }, toString() { return {}; } }) + 1);
t('Date-like default hint is number here', () => ({ valueOf() { return 3; } }) * 2);
t('array to string', () => [1, [2, 3]] + '');
t('object to string', () => ({}) + '');
t('relational with valueOf', () => ({ valueOf() { return 3; } }) < 4);
t('relational order of conversion', () => { var log = ''; var a = { valueOf() { log += 'a'; return 1; } }; var b = { valueOf() { log += 'b'; return 2; } }; a > b; return log; });
t('== with valueOf', () => ({ valueOf() { return 3; } }) == 3);
t('== object vs string', () => ({ toString() { return 'abc'; } }) == 'abc');
t('== null vs undefined', () => null == undefined);
t('== null vs 0', () => null == 0);
t('== true vs "1"', () => true == '1');
t('== NaN', () => NaN == NaN);
t('!= objects', () => ({}) != ({}));
t('=== strings', () => 'ab' + 'c' === 'abc');
t('valueOf throws', () => ({ valueOf() { throw new RangeError('boom'); } }) + 1);

// ---- arithmetic details
t('% with -0', () => -1 % 1);
t('% negative', () => -7 % 3);
t('% doubles', () => 5.5 % 2);
t('** ', () => 2 ** 10);
t('** negative base', () => (-8) ** (1 / 3));
t('-0 + 0', () => -0 + 0);
t('-0 - 0', () => -0 - 0);
t('shift by 33', () => 1 << 33);
t('>>> negative', () => -1 >>> 0);
t('>> of big', () => 4294967296 >> 0);
t('| of 2^31', () => 2147483648 | 0);
t('~ of double', () => ~3.7);
t('string * string', () => '3' * '4');
t('++ on string', () => { var s = '5'; s++; return s; });
t('-- on null', () => { var s = null; s--; return s; });
t('unary - on string', () => -'');
t('unary + on hex', () => +'0x1F');
t('+ on " 12 "', () => +' 12 ');
t('+ on "1e1000"', () => +'1e1000');
t('+ on "-0"', () => +'-0');
t('+ on undefined', () => +undefined);
t('+ on []', () => +[]);
t('+ on [5]', () => +[5]);
t('Smi overflow', () => 1073741823 + 1);
t('Smi underflow', () => -1073741824 - 1);
t('Smi multiply overflow', () => 65536 * 65536);
t('-0 from multiply', () => 0 * -5);
t('double to string', () => 0.1 + 0.2);
t('large double to string', () => 1e21 + '');
t('small double to string', () => 1e-7 + '');
t('string concat of numbers', () => '' + 123456789012345680000);
t('symbol + string throws', () => Symbol('s') + '');
t('symbol * 1 throws', () => Symbol('s') * 1);
t('string of symbol', () => String(Symbol('d')));

// ---- typeof
t('typeof', () => [typeof 1, typeof 1.5, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function () {}, typeof Symbol(), typeof class {}].join(' '));

// ---- property access
t('getter', () => ({ get x() { return this.y * 2; }, y: 21 }).x);
t('setter', () => { var o = { set x(v) { this.y = v + 1; } }; o.x = 1; return o.y; });
t('getter on prototype sees receiver', () => { var p = { get x() { return this.v; } }; var o = Object.create(p); o.v = 7; return o.x; });
t('setter on prototype', () => { var seen; var p = { set x(v) { seen = this === o; } }; var o = Object.create(p); o.x = 1; return [seen, Object.keys(o).length]; });
t('read-only on prototype blocks sloppy write', () => { var p = Object.defineProperty({}, 'x', { value: 1 }); var o = Object.create(p); o.x = 2; return o.x; });
t('read-only on prototype throws in strict', () => { 'use strict'; var p = Object.defineProperty({}, 'x', { value: 1 }); var o = Object.create(p); o.x = 2; });
t('read-only own throws in strict', () => { 'use strict'; var o = Object.freeze({ x: 1 }); o.x = 2; });
t('non-extensible add throws in strict', () => { 'use strict'; var o = Object.preventExtensions({}); o.y = 2; });
t('getter-only throws in strict', () => { 'use strict'; var o = { get x() { return 1; } }; o.x = 2; });
t('getter-only ignored in sloppy', () => { var o = { get x() { return 1; } }; o.x = 2; return o.x; });
t('read undefined.x', () => undefined.x);
t('read null.x', () => null.x);
t('read null[0]', () => null[0]);
t('set undefined.x', () => { var u; u.x = 1; });
t('set null.x', () => { var u = null; u.x = 1; });
t('primitive set ignored sloppy', () => { var s = 'abc'; s.x = 1; return s.x; });
t('primitive set throws strict', () => { 'use strict'; var s = 'abc'; s.x = 1; });
t('string index write throws strict', () => { 'use strict'; var s = 'abc'; s[0] = 'z'; });
t('string length', () => 'héllo'.length);
t('string index', () => ['abc'[1], 'abc'[5], 'abc'['2'], 'abc'[-1]].map(show).join(' '));
t('number methods', () => (255).toString(16));
t('boolean proto', () => true.toString());
t('array length shrink', () => { var a = [1, 2, 3]; a.length = 1; return [a.length, a[0], a[1]]; });
t('array length grow', () => { var a = [1]; a.length = 3; return [a.length, 1 in a, 2 in a]; });
t('array index set extends length', () => { var a = []; a[5] = 1; return a.length; });
t('array invalid length', () => { var a = []; a.length = -1; });
t('array length from string', () => { var a = [1, 2, 3]; a.length = '2'; return a.length; });
t('array big index', () => { var a = []; a[4294967294] = 1; return a.length; });
t('array non-index key', () => { var a = []; a[4294967295] = 1; return [a.length, a[4294967295]]; });
t('keys: numbers and strings meet', () => { var o = {}; o[1] = 'a'; o[1.5] = 'b'; o[-0] = 'c'; return [o['1'], o['1.5'], o[0], o['0']]; });
t('keys: objects convert with toString', () => { var o = {}; var k = { toString() { return 'z'; } }; o[k] = 3; return o.z; });
t('keys: leading zero is a name', () => { var a = [7]; return [a['0'], a['00'], a['0.0']].map(show).join(' '); });
t('in', () => ['a' in { a: 1 }, 0 in [1], 'length' in [], 'x' in {}, 1 in 'ab' === undefined].join(' '));
t('in on a primitive throws', () => 'a' in 'abc');
t('delete', () => { var o = { a: 1, b: 2 }; var r = delete o.a; return [r, 'a' in o, o.b]; });
t('delete non-configurable sloppy', () => { var a = [1]; return delete a.length; });
t('delete non-configurable strict', () => { 'use strict'; var a = [1]; delete a.length; });
t('delete array element', () => { var a = [1, 2, 3]; delete a[1]; return [a.length, 1 in a]; });
t('instanceof', () => { function F() {} var f = new F(); return [f instanceof F, ({}) instanceof F, f instanceof Object]; });
t('instanceof bound', () => { function F() {} var B = F.bind(null); return new F() instanceof B; });
t('instanceof Symbol.hasInstance', () => { var C = { [Symbol.hasInstance](v) { return v === 1; } }; return [1 instanceof C, 2 instanceof C]; });
t('instanceof non-callable', () => ({}) instanceof {});
t('instanceof primitive rhs', () => ({}) instanceof 1);
t('instanceof non-object prototype', () => { function F() {} F.prototype = 3; return ({}) instanceof F; });
t('shadowing through the chain', () => { var A = { m: 1 }; var B = Object.create(A); var o = Object.create(B); function g(x) { return x.m; } var r = g(o) + g(o); B.m = 5; return r + g(o); });
t('monomorphic then prototype change', () => { function C() {} C.prototype.m = function () { return 1; }; var c = new C(); function g(o) { return o.m(); } var r = 0; for (var i = 0; i < 5; i++) r += g(c); C.prototype.m = function () { return 10; }; return r + g(c); });
t('polymorphic sites', () => { function g(o) { return o.x; } var s = 0; var objs = [{ x: 1 }, { a: 0, x: 2 }, { b: 0, x: 3 }, { c: 0, x: 4 }, { d: 0, x: 5 }, { e: 0, x: 6 }]; for (var r = 0; r < 3; r++) for (var i = 0; i < objs.length; i++) s += g(objs[i]); return s; });
t('transitions in a constructor', () => { function P(x) { this.x = x; this.y = x * 2; } var s = 0; for (var i = 0; i < 20; i++) { var p = new P(i); s += p.x + p.y; } return s; });
t('setter appears on the prototype after stores were cached', () => { var proto = {}; function mk() { var k = Object.create(proto); k.z = 1; return k; } mk(); mk(); var hits = 0; Object.defineProperty(proto, 'z', { set(v) { hits++; } }); var k = mk(); return [hits, Object.keys(k).length]; });
t('array append loop', () => { var a = []; for (var i = 0; i < 50; i++) a[a.length] = i * i; var s = 0; for (var j = 0; j < a.length; j++) s += a[j]; return [a.length, s]; });
t('holes read through the prototype', () => { Array.prototype[1] = 'P'; var a = [0, , 2]; var r = a[1]; delete Array.prototype[1]; return r; });
t('double arrays', () => { var a = [1.5, 2.5]; a[2] = 3; a[1] = 'x'; return a.join(','); });
t('string keyed access', () => { var o = { abc: 1 }; var k = 'ab'; k += 'c'; return o[k]; });

for (var i = 0; i < cases.length; i++) {
  var name = cases[i][0];
  var out;
  try {
    out = show(cases[i][1]());
  } catch (e) {
    out = e && e.constructor ? e.constructor.name + ': ' + e.message : 'threw ' + String(e);
  }
  console.log(name + ' => ' + out);
}
