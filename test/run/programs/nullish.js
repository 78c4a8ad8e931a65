// Nullish coalescing and logical assignment.
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
console.log(0 || 'or', 0 && 'and', '' || null || 'last', 1 && 2 && 3);
const o = { a: null, b: 0, c: 'set' };
o.a ??= 'filled'; o.b ||= 'falsy replaced'; o.c &&= 'and replaced';
o.d ??= 'new';
console.log(JSON.stringify(o));
let calls = 0;
const side = () => (calls++, 'side');
let x = 1;
x ??= side();
x ||= side();
console.log(x, calls);
console.log((null || undefined) ?? 'grouped');
const frozen = Object.freeze({ v: 1 });
frozen.v ||= 2;
console.log(frozen.v);
