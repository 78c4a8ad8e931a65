// Generators: yield, return, next(value), throw(), return(), yield*, infinite generators.
function* count(n) { for (let i = 0; i < n; i++) yield i; return 'done'; }
const g = count(2);
console.log(JSON.stringify([g.next(), g.next(), g.next(), g.next()]));
function* echo() { let x = yield 'first'; while (true) x = yield 'got ' + x; }
const e = echo();
console.log(e.next('ignored').value, e.next('a').value, e.next('b').value);
function* guarded() { try { yield 1; yield 2; } finally { console.log('cleanup'); } }
const gg = guarded();
gg.next();
console.log(JSON.stringify(gg.return('early')), JSON.stringify(gg.next()));
function* catching() { try { yield 1; } catch (err) { yield 'caught ' + err; } }
const c = catching();
c.next();
console.log(c.throw('boom').value);
function* inner() { yield 'i1'; yield 'i2'; return 'inner result'; }
function* outer() { const r = yield* inner(); yield r; yield* [8, 9]; }
console.log([...outer()].join());
function* naturals() { let n = 0; while (true) yield n++; }
const taken = [];
for (const v of naturals()) { if (v > 4) break; taken.push(v); }
console.log(taken.join());
console.log(Object.prototype.toString.call(g), typeof g.next, g[Symbol.iterator]() === g);
const obj = { *gen() { yield* 'ab'; } };
console.log([...obj.gen()].join('-'));
