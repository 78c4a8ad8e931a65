// for-in over objects with shadowed, non-enumerable and deleted properties.
const proto = { shared: 1, shadowed: 'proto' };
Object.defineProperty(proto, 'hidden', { value: 1, enumerable: false });
const o = Object.create(proto);
o.own = 1; o.shadowed = 'own';
Object.defineProperty(o, 'ownHidden', { value: 1, enumerable: false });
const seen = [];
for (const k in o) seen.push(k);
console.log(seen.join());
const dyn = { a: 1, b: 2, c: 3 };
const visited = [];
for (const k in dyn) { visited.push(k); delete dyn.b; dyn.d = 4; }
console.log(visited.join());
const arr = [1, 2];
arr.extra = 'x';
const ak = [];
for (const k in arr) ak.push(k);
console.log(ak.join(), typeof ak[0]);
for (const k in null) console.log('never');
for (const k in 'ab') seen.push(k);
console.log(seen.slice(-2).join());
