import { fromB } from './b.mjs';
export function fromA() { return 'A sees ' + fromB(); }
export let aValue = 'a-value';
console.log('a evaluated');
