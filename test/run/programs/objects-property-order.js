// Own property key order: integer keys ascending, then strings in insertion order, then symbols.
const s = Symbol('s');
const o = { z: 1, 2: 'two', a: 2, 1: 'one', [s]: 3, '-1': 'neg', 10: 'ten' };
console.log(Object.keys(o).join(' '));
console.log(Reflect.ownKeys(o).map(String).join(' '));
const arr = [];
for (const key in o) arr.push(key);
console.log(arr.join(' '));
o.b = 1; delete o.z; o.z = 5;
console.log(Object.keys(o).join(' '));
