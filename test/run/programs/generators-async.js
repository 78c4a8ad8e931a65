// Async generators and for await.
async function* ticker(n) {
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 1));
    yield i;
  }
}
(async () => {
  const seen = [];
  for await (const t of ticker(4)) seen.push(t);
  console.log('ticks', seen.join());
  const it = ticker(2);
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.return('stop')), JSON.stringify(await it.next()));
  async function* delegating() { yield* ticker(2); yield 'end'; }
  const all = [];
  for await (const v of delegating()) all.push(v);
  console.log(all.join());
})();
