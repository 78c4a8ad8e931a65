// Interleaving of several async functions and promise chains.
const log = [];
async function a() { log.push('a1'); await null; log.push('a2'); await null; log.push('a3'); }
async function b() { log.push('b1'); await Promise.resolve(); log.push('b2'); }
async function c() { log.push('c1'); await new Promise((r) => setTimeout(r, 0)); log.push('c2 after timer'); }
a(); b(); c();
Promise.resolve().then(() => log.push('then1')).then(() => log.push('then2'));
log.push('sync');
setTimeout(() => { log.push('timer'); }, 0);
setTimeout(() => console.log(log.join(' ')), 20);
