// An undefined variable is an uncaught ReferenceError.
console.log('start');
console.log(missingVariable);
