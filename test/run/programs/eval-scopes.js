// Direct and indirect eval: scope chains, var hoisting into the caller, strictness, this/new.target/super.
var g = 1;
console.log(eval('g + 1'));
function f(a, b) {
  var x = 10;
  eval('var y = x + a; function h() { return y * 2 }');
  return [y, h(), typeof y, eval('arguments.length'), eval('this === globalThis')];
}
console.log(f(1, 2));
function s() { 'use strict'; eval('var z = 5'); return typeof z; }
console.log(s());
function ownStrict() { var v = 0; eval("'use strict'; var v = 1"); return v; }
console.log(ownStrict());
const o = { m() { return eval('super.toString === Object.prototype.toString'); } };
console.log(o.m());
function nt() { return eval('new.target'); }
console.log(new nt() !== undefined, nt());
try { eval('let let = 1'); } catch (e) { console.log(e instanceof SyntaxError); }
try { (function () { let q = 1; { eval('var q = 2'); } })(); } catch (e) { console.log(e.constructor.name, e.message); }
var ie = eval;
console.log(ie('var iv = 3; iv'), typeof iv, delete globalThis.iv, typeof iv);
(function () { ie('var iv2 = 4'); })();
console.log(iv2);
console.log((function () { eval('var d = 1'); return delete d; })());
console.log(eval('1;;;;'), eval('var zz = 1'), eval(''), eval(42), eval('if (true) 3; else 4'));
var fn = function BindingIdentifier() { eval('BindingIdentifier = 1'); return typeof BindingIdentifier; };
console.log(fn());
var strictFn = function B() { 'use strict'; try { eval('B = 1'); } catch (e) { return e.constructor.name; } };
console.log(strictFn());
function consts() {
  const c = 1;
  try { eval('c = 2'); } catch (e) { console.log(e.message); }
  let l = 3;
  eval('l = 4');
  return l;
}
console.log(consts());
function tdz() { try { eval('q = 1'); } catch (e) { console.log(e.message); } let q; }
tdz();
class A { constructor(x) { this.x = x; } }
class B2 extends A {
  constructor() {
    eval('super(7)');
    console.log(this.x);
    try { eval('super(8)'); } catch (e) { console.log(e.constructor.name); }
  }
}
new B2();
class C extends A { m() { return eval('super.constructor.name'); } }
console.log(new C(1).m());
function params(a = eval('var inParams = 1'), b = inParams) { return [a, b]; }
console.log(params());
function closures() {
  const fns = [];
  for (let i = 0; i < 3; i++) fns.push(eval('() => i'));
  return fns.map((fn) => fn());
}
console.log(closures());
with ({ w: 'with' }) console.log(eval('w'));
try { eval('a b'); } catch (e) { console.log(e.name, e instanceof SyntaxError); }
