// CommonJS: require of .cjs/.js/.json relative files, module.exports / exports, caching, cycles.

const a = require('./lib/cjs-a.cjs');
console.log(a.name, a.done, a.seenFromB);
const twice = require('./lib/cjs-util.cjs');
console.log(twice(21), twice.calls(), require('./lib/cjs-util.cjs') === twice);
const data = require('./lib/data.json');
console.log(data.name, data.list.join('+'));
console.log(__filename.split('/').pop(), __dirname.split('/').pop(), typeof module, module.exports === exports, this === exports);
try { require('./lib/missing.cjs'); } catch (e) { console.log(e.code); }
console.log(require.main === module, module.id, require.resolve('./lib/cjs-a.cjs').endsWith('/lib/cjs-a.cjs'));
