// Function objects: properties, call/apply/bind, toString, prototype, new.target.
function f(a, b) { return [this && this.tag, a, b].join(); }
f.custom = 'prop';
console.log(f.custom, f.call({ tag: 'c' }, 1, 2), f.apply({ tag: 'a' }, [3, 4]));
console.log(typeof f.prototype, f.prototype.constructor === f, (() => {}).prototype);
function nt() { return new.target === nt ? 'new' : 'call'; }
console.log(new nt() instanceof nt, nt());
function Shape() { if (!new.target) return new Shape(); this.ok = true; }
console.log(Shape().ok);
console.log(f.toString());
console.log(Object.getOwnPropertyNames(function g(x) {}).sort().join());
console.log(typeof Function.prototype, Function.prototype(), (function () {}).constructor === Function);
