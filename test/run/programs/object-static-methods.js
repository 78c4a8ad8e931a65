// Object.assign, entries, values, fromEntries, freeze, seal, defineProperty, getOwnPropertyNames.
const o = Object.assign({}, { a: 1 }, { b: 2 }, null);
console.log(JSON.stringify(o));
console.log(JSON.stringify(Object.entries(o)), JSON.stringify(Object.values(o)));
console.log(JSON.stringify(Object.fromEntries([['x', 1], ['y', 2]])));
const f = Object.freeze({ p: 1 });
f.p = 2;
console.log(f.p, Object.isFrozen(f));
const s = Object.seal({ q: 1 });
s.q = 3; s.r = 4; delete s.q;
console.log(s.q, s.r, Object.isSealed(s));
const d = {};
Object.defineProperty(d, 'hidden', { value: 42, enumerable: false });
console.log(d.hidden, Object.keys(d).length, Object.getOwnPropertyNames(d).join());
const desc = Object.getOwnPropertyDescriptor(d, 'hidden');
console.log(desc.value, desc.writable, desc.enumerable, desc.configurable);
