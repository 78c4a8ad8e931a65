// ES modules importing CommonJS: default is module.exports, named exports as Node's lexer finds them.
import cjs, { flag, later } from './lib/cjs-named.cjs';
import * as ns from './lib/cjs-named.cjs';
console.log(typeof cjs, cjs.version, cjs.add(2, 3), flag, later());
console.log(Object.keys(ns).sort().join(), ns.default === cjs);
const dynamic = await import('./lib/cjs-a.cjs');
console.log(dynamic.default.name, dynamic.name, dynamic.done);
