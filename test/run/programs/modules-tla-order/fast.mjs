console.log('fast');
export const fast = 'fast-done';
Promise.resolve().then(() => console.log('fast microtask'));
