// The Function constructors: source text, scope (global only), kinds, errors.
const F = new Function('a', 'b', 'return a + b');
console.log(F(2, 3), F.name, F.length);
console.log(F.toString());
console.log(Function('return typeof anonymous')());
console.log(Function('a,b', 'c', 'return a + b + c')(1, 2, 3));
console.log(Function()(), String(Function()));
const local = 'local';
globalThis.seen = 'global';
console.log(Function('return typeof local + " " + seen')());
const GF = Object.getPrototypeOf(function* () {}).constructor;
const gen = new GF('a', 'yield a; yield a * 2');
console.log([...gen(3)], GF.name, GF.length, String(gen));
console.log(Object.getPrototypeOf(GF) === Function, GF.prototype === Object.getPrototypeOf(gen));
const AF = Object.getPrototypeOf(async function () {}).constructor;
console.log(AF.name, String(AF('await 1')));
const AGF = Object.getPrototypeOf(async function* () {}).constructor;
console.log(AGF.name, Object.prototype.toString.call(AGF('yield 1')()));
for (const [p, body] of [['}, function(){', ''], ['a){', '}'], ['', '}); (function(){'], ['/*', '*/){']]) {
  try { Function(p, body); console.log('no error'); } catch (e) { console.log(e.name); }
}
console.log(Function('a //', 'return a')(9));
console.log(Function('"use strict"; return this')());
class MyFunction extends Function {}
const mf = new MyFunction('return 5');
console.log(mf(), mf instanceof MyFunction);
AF('return 7')().then((v) => console.log('async', v));
(async () => { for await (const v of AGF('yield 1; yield 2')()) console.log('agf', v); })();
