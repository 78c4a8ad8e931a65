// import(): a promise for the namespace, the same record as a static import; errors reject.
import * as statically from './lib/math.mjs';
const ns = await import('./lib/math.mjs');
console.log(ns === statically, ns.square(7), ns.default(2), Object.keys(ns).join());
const again = await import('./lib/math.mjs');
console.log(again === ns);
try { await import('./lib/does-not-exist.mjs'); } catch (e) { console.log(e.code, e.message.startsWith('Cannot find module')); }
for (let i = 0; i < 2; i++) {
  try { await import('./lib/throws.mjs'); } catch (e) { console.log(i, e.name, e.message); }
}
const order = [];
const p = import('./lib/counter.mjs').then((m) => order.push('import ' + m.count));
order.push('sync');
await p;
console.log(order.join(', '));
async function later() { const { PI } = await import('./lib/math.mjs'); return PI; }
console.log(await later(), typeof import('./lib/math.mjs').then);
try { await import({ toString() { throw new EvalError('no string'); } }); } catch (e) { console.log(e.name, e.message); }
