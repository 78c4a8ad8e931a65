// this: method calls, detached functions, call/apply/bind, arrows, constructors.
var tag = 'global var';
const o = { tag: 'o', get() { return this.tag; }, arrow: () => typeof this, nested() { return [1].map(() => this.tag)[0]; } };
console.log(o.get(), o.nested(), o.arrow());
const detached = o.get;
console.log(detached());
function strictThis() { 'use strict'; return this; }
console.log(strictThis(), typeof (function () { return this; })());
console.log(o.get.call({ tag: 'call' }), o.get.apply({ tag: 'apply' }), o.get.bind({ tag: 'bind' })());
const bound = function (a, b) { return this.v + a + b; }.bind({ v: 1 }, 2);
console.log(bound(3), bound.name, bound.length);
function Ctor() { this.made = true; }
console.log(new Ctor().made, new (Ctor.bind({ ignored: true }))().made);
console.log(strictThis.call(5), typeof function () { return this; }.call(5));
