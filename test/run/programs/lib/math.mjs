// Helper module for the module programs (not a program itself).
export const PI = 3.14;
export function square(x) { return x * x; }
export default function cube(x) { return x * x * x; }
export let counter = 0;
export function increment() { counter++; }
export { square as sq };
console.log('lib/math.mjs evaluated');
