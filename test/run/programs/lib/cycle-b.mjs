// Helper module: the other side of an import cycle.
import { readB } from './cycle-a.mjs';
export const b = 'b';
export function callA() { return readB(); }
console.log('cycle-b evaluated');
