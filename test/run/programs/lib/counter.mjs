// Helper: a binding its module changes (live bindings).
export let count = 0;
export let label = 'start';
export function bump(by = 1) { count += by; label = `bumped to ${count}`; }
export { count as total };
console.log('counter.mjs evaluated');
