// var hoisting, function hoisting, block scoping, shadowing.
console.log(typeof hoistedVar, hoistedVar);
var hoistedVar = 'now set';
console.log(hoistedFn());
function hoistedFn() { return 'fn hoisted'; }
let shadow = 'outer';
{
  let shadow = 'inner';
  console.log(shadow);
}
console.log(shadow);
function varInBlock() { if (true) { var v = 'function scoped'; } return v; }
console.log(varInBlock());
var dup = 1;
var dup;
console.log(dup);
function fnVsVar() { return typeof x; var x = 1; function x() {} }
console.log(fnVsVar());
console.log(typeof globalThis.hoistedVar, typeof globalThis.shadow);
