// super in methods, object literals, static methods, and extending built-ins.
class A { hello() { return 'A.hello'; } static make() { return 'A.make'; } }
class B extends A {
  hello() { return 'B>' + super.hello(); }
  static make() { return 'B>' + super.make(); }
}
console.log(new B().hello(), B.make());
const proto = { name() { return 'proto'; } };
const obj = { __proto__: proto, name() { return 'obj>' + super.name(); } };
console.log(obj.name());
class MyArray extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const m = MyArray.from([1, 2, 3]);
console.log(m.sum(), m.length, m instanceof Array, Array.isArray(m));
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
const e = new MyError('bad');
console.log(e.message, e.name, e instanceof Error, String(e));
class NoSuper extends A { constructor() { } }
try { new NoSuper(); } catch (err) { console.log(err.constructor.name); }
