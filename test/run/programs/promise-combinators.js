// Promise.all, allSettled, race, any, rejection handling, finally.
const ok = (v) => Promise.resolve(v);
const bad = (m) => Promise.reject(new Error(m));
Promise.all([ok(1), 2, ok(3)]).then((v) => console.log('all', v.join()));
Promise.all([ok(1), bad('x')]).catch((e) => console.log('all rejected', e.message));
Promise.allSettled([ok(1), bad('y')]).then((r) => console.log('settled', r.map((x) => x.status + ':' + (x.value ?? x.reason.message)).join()));
Promise.race([new Promise((r) => setTimeout(() => r('slow'), 10)), ok('fast')]).then((v) => console.log('race', v));
Promise.any([bad('a'), ok('any ok')]).then((v) => console.log('any', v));
Promise.any([bad('a'), bad('b')]).catch((e) => console.log('any failed', e.constructor.name, e.errors.length));
ok('f').finally(() => console.log('finally')).then((v) => console.log('after finally', v));
bad('late').then(() => console.log('never')).catch((e) => console.log('caught', e.message));
new Promise((_, rej) => rej('plain')).then(null, (r) => console.log('onRejected', r));
