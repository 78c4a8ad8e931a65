// A .js file with import/export declarations runs as a module (Node's "detect module syntax").
import { square, PI } from './lib/math.mjs';
export const area = (r) => PI * square(r);
console.log(area(2).toFixed(2), typeof this, (function () { return this; })());
