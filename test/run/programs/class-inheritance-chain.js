// A three-level class hierarchy with overriding, super chains, static inheritance and instanceof.
class Base {
  static kind = 'base';
  static describe() { return `I am ${this.kind}`; }
  constructor(n) { this.n = n; this.trail = ['Base']; }
  who() { return 'Base'; }
}
class Mid extends Base {
  static kind = 'mid';
  constructor(n) { super(n * 2); this.trail.push('Mid'); }
  who() { return 'Mid<' + super.who(); }
}
class Leaf extends Mid {
  constructor() { super(5); this.trail.push('Leaf'); }
  who() { return 'Leaf<' + super.who(); }
}
const l = new Leaf();
console.log(l.n, l.trail.join('>'), l.who());
console.log(Base.describe(), Mid.describe(), Leaf.describe(), Leaf.kind);
console.log(l instanceof Base, Object.getPrototypeOf(Leaf.prototype) === Mid.prototype, l.constructor.name);
class Anon extends class { hi() { return 'anon base'; } } {}
console.log(new Anon().hi());
class Nullish extends null { constructor() { return Object.create(Nullish.prototype); } }
console.log(Object.getPrototypeOf(Nullish.prototype), new Nullish() instanceof Nullish);
