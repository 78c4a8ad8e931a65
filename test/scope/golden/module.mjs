// Module bindings: imports are live bindings, exports are cells.
import def, { a as b } from './dep.mjs';
import * as ns from './ns.mjs';
export let counter = 0;
export function increment() { counter += b; return ns.value + def; }
const hidden = () => counter;
export { hidden as visible };
export default counter + 1;
