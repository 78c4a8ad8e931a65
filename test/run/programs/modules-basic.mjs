// Named, default and namespace imports; live bindings; module code is strict; this is undefined.
import cube, { PI, square, counter, increment, sq } from './lib/math.mjs';
import * as math from './lib/math.mjs';
console.log(PI, square(3), cube(2), sq(4), math.PI === PI);
console.log(counter);
increment();
console.log(counter, math.counter);
console.log(typeof this, Object.keys(math).sort().join());
try { undeclared = 1; } catch (e) { console.log(e.name); }
console.log(Object.prototype.toString.call(math));
