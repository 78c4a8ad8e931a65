// Microtask ordering: then chains, await, resolved thenables, queueMicrotask.
const log = [];
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p3'));
Promise.resolve().then(() => log.push('p2')).then(() => log.push('p4'));
queueMicrotask(() => log.push('qm'));
(async () => { log.push('async start'); await undefined; log.push('after await 1'); await null; log.push('after await 2'); })();
const thenable = { then(res) { log.push('thenable.then'); res('t'); } };
Promise.resolve(thenable).then((v) => log.push('thenable ' + v));
new Promise((res) => { log.push('executor'); res(); }).then(() => log.push('executor then'));
async function returnsPromise() { return Promise.resolve('rp'); }
returnsPromise().then((v) => log.push(v));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 0);
