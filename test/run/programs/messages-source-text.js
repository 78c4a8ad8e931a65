// TypeError messages that show the source text of the expression, as V8's CallPrinter does:
// "x is not a function" names the callee, "x is not iterable" the for-of subject.
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const o = { a: [{}], n: 1 };
t(() => o.method());
t(() => o.a[0].m());
t(() => o?.m());
t(() => o.a[0]?.m());
t(() => new o.a());
t(() => o.a.map(1));
let g = 1;
t(() => g());
t(() => { for (const x of {}) {} });
t(() => { for (const x of o) {} });
t(() => { for (const x of o.n) {} });
t(() => { for (const x of 5) {} });
t(() => { let u; for (const x of u) {} });
t(() => { for (const x of null) {} });
t(() => { for (const x of (o)) {} });
