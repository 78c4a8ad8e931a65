// export *: ambiguous names are left out of the namespace, default is never re-exported by *.
import * as both from './lib/star-both.mjs';
import { onlyA, onlyB, bNamespace, renamedA } from './lib/star-both.mjs';
console.log(Object.keys(both).join(), onlyA, onlyB, renamedA);
console.log('shared' in both, both.shared, 'default' in both, bNamespace.default, bNamespace === both.bNamespace);
const again = await import('./lib/star-both.mjs');
console.log(again === both);
