// Default parameter values: evaluation order, referring to earlier params, undefined vs null.
let counter = 0;
function f(a, b = a * 2, c = ++counter) { return [a, b, c].join(); }
console.log(f(1), f(1, undefined), f(1, null), f(1, 5, 9), counter);
function g(x = y, y = 1) { return x; }
try { g(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(g(7));
function h(a, b = () => a) { a = 'changed'; return b(); }
console.log(h('orig'));
const arrow = (p = 'def') => p;
console.log(arrow(), arrow(0));
function scopes(x = 1) { var x; return x; }
console.log(scopes(), scopes(3));
