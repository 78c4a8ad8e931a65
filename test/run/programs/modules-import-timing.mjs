// import() loads like I/O: the importer's pending promise jobs run before the imported module.
console.log('start');
import('./lib/counter.mjs').then((m) => console.log('imported', m.count));
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2')).then(() => console.log('micro 3'));
queueMicrotask(() => console.log('queued microtask'));
console.log('end of module body');
