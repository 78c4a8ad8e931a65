// Direct and indirect eval: scope access, var leakage, strict eval, completion values.
var g = 'global';
function f() {
  var local = 'local';
  const direct = eval('local + "/" + typeof g');
  const indirect = (0, eval)('typeof local');
  return direct + ' ' + indirect;
}
console.log(f());
function leak() { eval('var leaked = 1'); return leaked; }
console.log(leak());
function strictEval() { 'use strict'; eval('var notLeaked = 1'); return typeof notLeaked; }
console.log(strictEval());
console.log(eval('1 + 2; 3 * 4'), eval('if (true) { "yes" } else { "no" }'), eval('let q = 5; q'));
console.log(eval({ not: 'a string' }).not);
try { eval('let let = 1'); } catch (e) { console.log(e.name); }
const fn = new Function('a', 'b', 'return a * b');
console.log(fn(6, 7), fn.length);
