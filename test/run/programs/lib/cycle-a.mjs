// Helper module: one side of an import cycle.
import { b } from './cycle-b.mjs';
export const a = 'a';
export function readB() { return b; }
console.log('cycle-a evaluated');
