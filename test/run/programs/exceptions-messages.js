// Built-in error messages (V8's wording) and error properties.
const cases = [
  () => undefined.foo,
  () => null.bar,
  () => { const o = {}; o.method(); },
  () => notDefined,
  () => { const c = 1; c = 2; },
  () => new (function () {}.bind())().x.y,
  () => (1).toFixed(200),
  () => new Array(-1),
  () => Symbol() + '',
  () => JSON.parse('{bad'),
  () => { null[0] = 1; },
  () => ({}).x.y.z,
  () => BigInt(1.5),
  () => 'abc'.repeat(-1),
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const e = new Error('msg', { cause: 'why' });
console.log(e.cause, e instanceof Error, Object.prototype.toString.call(e));
console.log(new TypeError('t').name, new RangeError().message === '', String(new SyntaxError('s')));
console.log(typeof e.stack, e.stack.split('\n')[0]);
