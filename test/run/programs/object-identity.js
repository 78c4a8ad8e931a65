// Object identity, references and copying.
const a = { v: 1 };
const b = a;
const c = { ...a };
b.v = 2;
console.log(a.v, c.v, a === b, a === c);
const arr = [a, a];
arr[0].v = 3;
console.log(arr[1].v, structuredCloneLike(arr)[0] === arr[0]);
function structuredCloneLike(x) { return JSON.parse(JSON.stringify(x)); }
console.log({} === {}, [] == [], Object.is(a, b), new String('s') === new String('s'));
const frozen = Object.freeze([1, 2]);
try { 'use strict'; frozen.push(3); } catch (e) { console.log(e.name); }
