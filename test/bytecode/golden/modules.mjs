import def, { named as alias } from './dep.mjs';
import * as ns from './ns.mjs';
export let counter = 0;
export function increment() { counter++; return alias + def + ns.x; }
export default class {}
export { counter as c };
const m = import.meta;
const lazy = import('./lazy.mjs');
