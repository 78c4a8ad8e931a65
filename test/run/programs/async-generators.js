// Async generators: the request queue, await inside, return/throw, yield*, for await over sync iterables.
async function* g(n) {
  try {
    for (let i = 0; i < n; i++) {
      const x = yield i;
      console.log('got', x);
      await null;
    }
    return 'end';
  } finally {
    console.log('finally');
  }
}
(async () => {
  const it = g(3);
  console.log(await it.next('a'), await it.next('b'));
  for await (const v of g(2)) console.log('v', v);
  const it2 = g(5);
  const p = [it2.next(), it2.next(), it2.next()];
  console.log(await Promise.all(p));
  console.log(await it2.return(42), await it2.next());
  const it3 = g(5);
  await it3.next();
  try { await it3.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
  async function* d() { yield* g(2); yield* [10, Promise.resolve(11)]; }
  for await (const v of d()) console.log('d', v);
  for await (const v of [Promise.resolve(1), 2]) console.log('sync', v);
  console.log(Object.prototype.toString.call(g(1)), typeof g.prototype, Object.getPrototypeOf(g) === Object.getPrototypeOf(async function*(){}));
  const e = g(1); console.log(await e.return(5), await e.next());
})();
