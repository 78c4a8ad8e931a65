// Helper: a module whose evaluation throws.
console.log('throws.mjs evaluating');
throw new RangeError('evaluation failed');
