// Annex B: block functions in sloppy mode, __proto__, HTML comments, legacy octal, escape().
console.log(typeof blockFn);
{
  function blockFn() { return 'block'; }
}
console.log(typeof blockFn, blockFn());
if (true) function ifFn() { return 'if'; }
console.log(ifFn());
const o = { __proto__: { inherited: true } };
console.log(o.inherited, Object.keys(o).length, Object.getPrototypeOf(o).inherited);
const p = {};
p.__proto__ = Array.prototype;
console.log(p instanceof Array);
<!-- this is a comment
console.log(010, 'legacy octal');
console.log(escape('a b+c'), unescape('%41%20'));
console.log('abc'.substr(1), 'x'.anchor ? 'x'.bold() : '');
--> also a comment at line start
console.log(/a{/.test('a{'));
