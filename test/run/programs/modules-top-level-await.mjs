// Top-level await in a module.
console.log('start');
const v = await new Promise((r) => setTimeout(() => r('resolved after timer'), 5));
console.log(v);
const mod = await import('./lib/math.mjs');
console.log(mod.square(9));
