// Public and private instance fields, private methods, #x in obj.
class Counter {
  count = 0;
  #secret = 42;
  static instances = 0;
  constructor() { Counter.instances++; }
  #bump() { this.count++; return this; }
  bump() { return this.#bump(); }
  get secret() { return this.#secret; }
  static has(o) { return #secret in o; }
}
const c = new Counter();
c.bump().bump();
new Counter();
console.log(c.count, c.secret, Counter.instances);
console.log(Counter.has(c), Counter.has({}));
console.log(Object.keys(c).join());
class Order { a = this.constructor.name; b = this.a + '!'; }
const o = new Order();
console.log(o.a, o.b);
try { Counter.prototype.bump.call({}); } catch (e) { console.log(e.constructor.name); }
