// Array and object destructuring, defaults, nesting, rest, swapping, in parameters.
const [a, , b = 10, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest.join());
const { x, y: why, z = 'dz', ...others } = { x: 1, y: 2, p: 3, q: 4 };
console.log(x, why, z, JSON.stringify(others));
const { p: { q: [first, second] } } = { p: { q: ['f', 's'] } };
console.log(first, second);
let m = 1, n = 2;
[m, n] = [n, m];
console.log(m, n);
function f({ a = 1, b } = {}, [c, d] = [3, 4]) { return [a, b, c, d].join(); }
console.log(f(), f({ b: 2 }, [5]));
const [s1, s2] = 'hi';
console.log(s1, s2);
const { length } = 'hello';
console.log(length);
for (const [k, v] of Object.entries({ one: 1, two: 2 })) console.log(k, v);
try { const { u } = null; } catch (e) { console.log(e.constructor.name); }
let obj = {};
({ a: obj.first, b: obj['second'] } = { a: 'A', b: 'B' });
console.log(obj.first, obj.second);
