// The with statement: object scopes, shadowing, assignment, Symbol.unscopables.
const o = { x: 1, y: 2 };
var z = 'outer';
with (o) {
  console.log(x + y, z);
  x = 10;
  z = 'assigned outer';
}
console.log(o.x, z);
function f(obj) { with (obj) { return typeof missing === 'undefined' ? 'absent' : missing; } }
console.log(f({}), f({ missing: 'present' }));
const arr = [1, 2, 3];
with (arr) { console.log(length, join('-')); }
const un = { keys: 'own', [Symbol.unscopables]: { keys: true } };
var keys = 'outer keys';
with (un) { console.log(keys); }
