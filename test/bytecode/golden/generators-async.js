function* gen(a) {
  const x = yield a;
  yield* [x, 2];
  return 3;
}
async function af(p) {
  try { return await p; } catch (e) { return e; }
}
async function* agen() {
  for await (const v of af(1)) yield v;
}
const arrow = async () => await 1;
