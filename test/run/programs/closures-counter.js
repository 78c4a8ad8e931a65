// Closures capturing and mutating outer variables.
function makeCounter(start) {
  let n = start;
  return { inc: () => ++n, dec: () => --n, get: () => n };
}
const a = makeCounter(10);
const b = makeCounter(100);
a.inc(); a.inc(); b.dec();
console.log(a.get(), b.get());
function adder(x) { return function (y) { return function (z) { return x + y + z; }; }; }
console.log(adder(1)(2)(3));
const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(','));
function once(f) { let done = false, r; return function () { if (!done) { done = true; r = f(); } return r; }; }
let calls = 0;
const o = once(() => ++calls);
o(); o(); o();
console.log('calls', calls);
