console.log('slow start');
await new Promise((r) => setTimeout(r, 10));
export const slow = 'slow-done';
console.log('slow end');
