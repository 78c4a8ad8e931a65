// async functions: await values and promises, try/catch of rejections, sequencing.
const delay = (v) => new Promise((r) => setTimeout(() => r(v), 0));
async function add(a, b) { return (await a) + (await delay(b)); }
async function fails() { await null; throw new Error('async failure'); }
async function main() {
  console.log('sum', await add(1, 2));
  try { await fails(); } catch (e) { console.log('caught', e.message); }
  const results = await Promise.all([delay(1), delay(2), 3]);
  console.log('all', results.join());
  const arrow = async (x) => x * 2;
  console.log('arrow', await arrow(21));
  class K { async m() { return 'method'; } }
  console.log(await new K().m());
  for await (const v of [delay('a'), 'b']) console.log('for await', v);
  return 'main done';
}
console.log('before');
main().then((v) => console.log(v));
console.log('after');
