// The arguments object: mapped (sloppy), unmapped (strict), length, arrows.
function sloppy(a) { arguments[0] = 'changed'; return a; }
function strict(a) { 'use strict'; arguments[0] = 'changed'; return a; }
console.log(sloppy('orig'), strict('orig'));
function count() { return arguments.length; }
console.log(count(), count(1, 2, 3));
function toArr() { return Array.prototype.slice.call(arguments).join('+'); }
console.log(toArr(1, 2, 3));
function outer() { const inner = () => arguments[0]; return inner('ignored'); }
console.log(outer('outer arg'));
function spreadArgs() { return [...arguments].reverse().join(); }
console.log(spreadArgs('a', 'b', 'c'));
function typeOfArgs() { return Object.prototype.toString.call(arguments); }
console.log(typeOfArgs());
function reassign(a) { a = 9; return arguments[0]; }
console.log(reassign(1));
