// JSON modules: `with { type: 'json' }` gives the parsed value as the default export.
import data from './lib/data.json' with { type: 'json' };
import * as dataNs from './lib/data.json' with { type: 'json' };
console.log(data.name, data.list.length, data.nested.ok, Object.keys(data).join(), dataNs.default === data);
const again = await import('./lib/data.json', { with: { type: 'json' } });
console.log(again.default === data, Object.keys(again).join());
try { await import('./lib/data.json'); } catch (e) { console.log(e.name); }
