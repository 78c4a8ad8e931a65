// A top-level await that never settles: Node warns and exits with 13.
console.log('before');
await new Promise(() => {});
console.log('never printed');
