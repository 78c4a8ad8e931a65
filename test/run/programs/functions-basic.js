// Function declarations, expressions, arrows, hoisting, length and name.
function add(a, b) { return a + b; }
const mul = function (a, b) { return a * b; };
const sq = (x) => x * x;
console.log(add(2, 3), mul(4, 5), sq(7));
console.log(hoisted());
function hoisted() { return 'hoisted ok'; }
console.log(add.length, mul.length, sq.length, (function (a, b = 1, c) {}).length);
console.log(add.name, mul.name, sq.name, (() => {}).name === '');
const named = function inner() { return typeof inner; };
console.log(named(), named.name);
function noReturn() {}
console.log(noReturn());
console.log(add(1), add(1, 2, 3));
