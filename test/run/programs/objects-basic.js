// Object literals, property access, computed keys, shorthand, methods, delete, in.
const k = 'dyn';
const x = 5;
const o = { a: 1, 'b c': 2, [k + 'Key']: 3, x, m() { return this.a; }, 10: 'ten' };
console.log(o.a, o['b c'], o.dynKey, o.x, o.m(), o[10], o['10']);
o.z = 26;
delete o.a;
console.log('a' in o, 'z' in o, o.a);
console.log(Object.keys(o).join(','));
const nested = { p: { q: { r: 'deep' } } };
console.log(nested.p.q.r);
console.log(JSON.stringify({ b: 1, a: 2, 1: 'x', 0: 'y' }));
console.log(o.hasOwnProperty('z'), o.hasOwnProperty('toString'));
