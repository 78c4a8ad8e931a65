// An unhandled promise rejection ends the program with exit status 1 after the microtasks ran.
async function load() {
  await null;
  throw new TypeError('async load failed');
}
load();
Promise.resolve().then(() => console.log('microtask still runs'));
console.log('sync done');
