// Promise job ordering and timers of the library against the real Node 20: each program logs
// the order in which its callbacks ran (programs avoid orders that depend on timing on Node); the library (in the vm harness, with a fake clock) must
// log the same. Also the async-function hooks and unhandled rejections.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createLibraryContext } from './harness.ts';

const programs: Record<string, string> = {
  thenChain: `
    Promise.resolve(1).then((v) => { console.log('a', v); return v + 1; }).then((v) => console.log('b', v));
    Promise.resolve().then(() => console.log('c')).then(() => console.log('d'));
    console.log('sync');`,
  microtaskVsThen: `
    queueMicrotask(() => console.log('m1'));
    Promise.resolve().then(() => console.log('p1'));
    queueMicrotask(() => console.log('m2'));
    Promise.resolve().then(() => console.log('p2')).then(() => console.log('p3'));`,
  thenableAdoption: `
    const p = Promise.resolve(Promise.resolve('x'));
    const q = new Promise((r) => r(Promise.resolve('y')));
    q.then((v) => console.log('q', v));
    p.then((v) => console.log('p', v));
    Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));`,
  customThenable: `
    const thenable = { then(res) { console.log('then called'); res(42); } };
    Promise.resolve(thenable).then((v) => console.log('got', v));
    new Promise((r) => r(thenable)).then((v) => console.log('got2', v));
    Promise.resolve().then(() => console.log('tick1')).then(() => console.log('tick2'));
    const bad = { get then() { throw new Error('getter'); } };
    Promise.resolve(bad).catch((e) => console.log('caught', e.message));`,
  rejections: `
    Promise.reject(new Error('x')).catch((e) => console.log('catch', e.message));
    Promise.reject(1).then(null, (r) => { console.log('onRejected', r); throw 2; }).catch((r) => console.log('again', r));
    new Promise(() => { throw new TypeError('in executor'); }).catch((e) => console.log(e.name, e.message));
    Promise.resolve(5).then(() => { throw 'thrown'; }).then(() => console.log('skipped'), (r) => console.log('r', r));`,
  finally: `
    Promise.resolve(1).finally(() => console.log('f1')).then((v) => console.log('v', v));
    Promise.reject(2).finally(() => console.log('f2')).catch((r) => console.log('r', r));
    Promise.resolve(3).finally(() => { throw 4; }).catch((r) => console.log('r2', r));
    Promise.resolve(5).finally(() => Promise.resolve(6)).then((v) => console.log('v2', v));
    Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d')).then(() => console.log('e'));`,
  combinators: `
    Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 40))]).then((v) => console.log('all', v));
    Promise.all([]).then((v) => console.log('all empty', v));
    Promise.all([Promise.reject('no'), 1]).catch((e) => console.log('all rejected', e));
    Promise.allSettled([1, Promise.reject('bad')]).then((v) => console.log('allSettled', v));
    Promise.any([Promise.reject(1), Promise.resolve(2)]).then((v) => console.log('any', v));
    Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => console.log('any', e.constructor.name, e.message, e.errors));
    Promise.any([]).catch((e) => console.log('any empty', e.errors));
    Promise.race([new Promise((r) => setTimeout(r, 80, 'slow')), new Promise((r) => setTimeout(r, 1, 'fast'))]).then((v) => console.log('race', v));
    Promise.race([]).then(() => console.log('never'));
    Promise.all(5).catch((e) => console.log(e.constructor.name, e.message));
    Promise.all(new Set([7, 8])).then((v) => console.log('set', v));
    Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));`,
  statics: `
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    promise.then((v) => console.log('resolver', v));
    resolve('ok');
    const rejected = Promise.reject(1);
    rejected.catch(() => {});
    console.log(Promise.resolve(promise) === promise, rejected instanceof Promise);
    console.log(typeof Promise.prototype.then, Promise.length, Promise.name, Object.prototype.toString.call(promise));
    try { new Promise(1); } catch (e) { console.log(e.constructor.name, e.message); }
    const p = new Promise((r) => r()); console.log(p === p.then() ? 'same' : 'different');
    const cyc = Promise.resolve().then(() => cyc); cyc.catch((e) => console.log(e.constructor.name, e.message));`,
  subclass: `
    class MyPromise extends Promise {
      constructor(ex) { super(ex); this.tag = 'mine'; }
    }
    const m = MyPromise.resolve(1);
    console.log(m instanceof MyPromise, m.tag);
    const t = m.then((v) => v * 2);
    console.log(t instanceof MyPromise);
    t.then((v) => console.log('sub', v));
    MyPromise.all([1, 2]).then((v) => console.log('suball', v));
    console.log(Promise.resolve(m) === m, MyPromise.resolve(m) === m);`,
  timers: `
    setTimeout(() => console.log('timeout 100'), 100);
    setTimeout(() => console.log('timeout 0'), 0);
    setTimeout(() => console.log('timeout 50'), 50);
    setTimeout((a, b) => console.log('args', a, b), 50, 'x', 'y');
    const cancelled = setTimeout(() => console.log('never'), 1);
    clearTimeout(cancelled);
    setTimeout(() => {
      console.log('outer');
      Promise.resolve().then(() => console.log('micro after outer'));
      setTimeout(() => console.log('inner timeout'), 0);
      setImmediate(() => console.log('inner immediate'));
    }, 200);
    Promise.resolve().then(() => console.log('micro'));
    console.log('sync');`,
  interval: `
    let n = 0;
    const id = setInterval(() => {
      n++;
      console.log('tick', n);
      if (n === 3) clearInterval(id);
    }, 50);
    setTimeout(() => console.log('between'), 75);`,
  // From the main script, a 0 ms timeout and an immediate race on Node; from a timer callback
  // the immediates of the same turn always come first.
  timersAndMicrotasks: `
    setTimeout(() => {
      setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('t1 micro')); }, 0);
      setTimeout(() => { console.log('t2'); queueMicrotask(() => console.log('t2 micro')); }, 0);
      setImmediate(() => { console.log('i1'); Promise.resolve().then(() => console.log('i1 micro')); });
      setImmediate(() => console.log('i2'));
    }, 0);`,
  nextTick: `
    Promise.resolve().then(() => console.log('promise 1'));
    process.nextTick(() => console.log('tick 1'));
    queueMicrotask(() => { console.log('micro'); process.nextTick(() => console.log('tick from micro')); });
    process.nextTick((a, b) => { console.log('tick 2', a, b); process.nextTick(() => console.log('nested tick')); Promise.resolve().then(() => console.log('promise from tick')); }, 'x', 'y');
    setTimeout(() => {
      Promise.resolve().then(() => console.log('timer promise'));
      process.nextTick(() => console.log('timer tick'));
    }, 1);
    setTimeout(() => console.log('second timer'), 1);
    console.log('sync');`,
  processWrite: `
    process.stdout.write('no newline|');
    process.stdout.write('then newline\\n');
    console.log(typeof process.hrtime()[0], typeof process.nextTick, process.platform);`,
  // test/run/programs/timers-ordering.js: a rescheduled interval queues behind a timer created
  // in the same turn.
  intervalRequeue: `
    const log = (m) => console.log(m);
    setTimeout(() => log('timeout 0 a'), 0);
    setTimeout(() => { log('timeout 0 b'); setTimeout(() => log('nested timeout'), 0); }, 0);
    let n = 0;
    const iv = setInterval(() => { log('interval ' + ++n); if (n === 3) clearInterval(iv); }, 1);
    log('sync');`,
  immediateOrder: `
    const im = setImmediate(() => console.log('cleared'));
    setImmediate(() => console.log('first'));
    clearImmediate(im);
    setImmediate((x) => console.log('second', x), 'arg');
    const t = setTimeout(() => console.log('unref never keeps alive'), 1000);
    t.unref();
    console.log(typeof t.ref, t.hasRef());`,
};

function runNode(source: string): string {
  const r = spawnSync(process.execPath, ['-e', source], { encoding: 'utf8' });
  return r.stdout + r.stderr;
}

describe('promise and timer ordering matches Node', () => {
  for (const [name, source] of Object.entries(programs)) {
    it(name, () => {
      const expected = runNode(source);
      const lib = createLibraryContext();
      lib.run(source);
      lib.runEventLoop();
      const out = lib.takeOutput();
      expect(out.stdout + out.stderr).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });
  }
});

describe('kernel hooks', () => {
  it('registers every promise and timer hook', () => {
    const lib = createLibraryContext();
    for (const name of ['promiseCreate', 'promiseResolve', 'promiseReject', 'promiseThen', 'runTimers', 'unhandledRejection']) {
      expect(typeof lib.hooks.get(name)).toBe('function');
    }
    expect(lib.intrinsics.get('Promise')).toBe(lib.run('Promise'));
    expect(lib.intrinsics.get('MapPrototype')).toBe(lib.run('Map.prototype'));
  });

  it('promiseCreate/Resolve/Then behave like an async function and await', () => {
    const lib = createLibraryContext();
    const h = (n: string) => lib.hooks.get(n)!;
    const log: unknown[] = [];
    // async function f() { log('start'); const v = await 1; log(v); return 'done'; } with a then on the result
    const p = h('promiseCreate')() as object;
    log.push('start');
    h('promiseThen')(1, (v: unknown) => {
      log.push(['resumed', v]);
      h('promiseResolve')(p, 'done');
    }, () => log.push('rejected'));
    (lib.run('(p, log) => p.then((v) => log.push(["then", v]))') as (p: object, l: unknown[]) => void)(p, log);
    (lib.run('(log) => Promise.resolve().then(() => log.push("tick1")).then(() => log.push("tick2"))') as (l: unknown[]) => void)(log);
    lib.drainMicrotasks();
    // await of a native promise takes one tick: resumed before tick2
    expect(JSON.stringify(log)).toBe(JSON.stringify(['start', ['resumed', 1], 'tick1', ['then', 'done'], 'tick2']));
  });

  it('Promise.withResolvers and Promise.try (newer than Node 20)', () => {
    const lib = createLibraryContext();
    lib.run(`
      const { promise, resolve, reject } = Promise.withResolvers();
      console.log(typeof resolve, typeof reject, promise instanceof Promise);
      promise.then((v) => console.log('resolved', v));
      resolve(7);
      Promise.try((a, b) => a + b, 1, 2).then((v) => console.log('try', v));
      Promise.try(() => { throw new Error('sync'); }).catch((e) => console.log('try caught', e.message));
    `);
    lib.drainMicrotasks();
    expect(lib.takeOutput().stdout).toBe('function function true\nresolved 7\ntry 3\ntry caught sync\n');
  });

  it('a second promiseResolve/promiseReject is ignored', () => {
    const lib = createLibraryContext();
    const p = lib.hooks.get('promiseCreate')!() as object;
    lib.hooks.get('promiseResolve')!(p, 1);
    lib.hooks.get('promiseReject')!(p, 2);
    lib.hooks.get('promiseResolve')!(p, 3);
    lib.drainMicrotasks();
    expect((lib.run('(p) => require_inspect(p)'.replace('require_inspect', '((v) => { let s; console.log(v); return s; })')) as (p: object) => void)(p)).toBeUndefined();
    expect(lib.takeOutput().stdout).toBe('Promise { 1 }\n');
  });

  it('awaiting a rejected promise marks it handled; an unhandled one is reported once', () => {
    const lib = createLibraryContext();
    const check = lib.hooks.get('unhandledRejection')!;
    lib.run('globalThis.p1 = Promise.reject(new Error("boom"));');
    lib.hooks.get('promiseThen')!(lib.run('p1'), () => {}, () => {});
    lib.drainMicrotasks();
    expect(check()).toBeUndefined();
    lib.run('Promise.reject(new Error("unhandled"));');
    lib.drainMicrotasks();
    const err = check() as Error;
    expect(err.message).toBe('unhandled');
    expect(check()).toBeUndefined();
  });

  it('a non-error rejection reason is wrapped like Node does', () => {
    const lib = createLibraryContext();
    lib.run('Promise.reject(1); Promise.reject({ a: 1 });');
    lib.drainMicrotasks();
    const err = lib.hooks.get('unhandledRejection')!() as Error & { code: string };
    expect(err.name).toBe('UnhandledPromiseRejection');
    expect(err.code).toBe('ERR_UNHANDLED_REJECTION');
    expect(err.message).toContain('The promise rejected with the reason "1".');
    expect(String(err.stack).startsWith('UnhandledPromiseRejection: This error originated')).toBe(true);
  });

  it('a handler attached later in the same tick prevents the report', () => {
    const lib = createLibraryContext();
    lib.run('const p = Promise.reject(3); queueMicrotask(() => p.catch(() => {}));');
    lib.drainMicrotasks();
    expect(lib.hooks.get('unhandledRejection')!()).toBeUndefined();
  });

  it('runTimers returns the delay to the next timer, 0 with immediates, -1 when idle', () => {
    const lib = createLibraryContext();
    const runTimers = lib.hooks.get('runTimers')!;
    expect(runTimers()).toBe(-1);
    lib.run('globalThis.t = setTimeout(() => console.log("fired"), 50);');
    expect(runTimers()).toBe(50);
    lib.clock.now += 20;
    expect(runTimers()).toBe(30);
    lib.run('setImmediate(() => {});');
    expect(runTimers()).toBe(30);
    lib.run('setImmediate(() => {}); setImmediate(() => {});');
    lib.clock.now += 30;
    expect(runTimers()).toBe(-1);
    expect(lib.takeOutput().stdout).toBe('fired\n');
  });

  it('an unhandled rejection inside a timer callback is thrown out of runTimers', () => {
    const lib = createLibraryContext();
    lib.run('setTimeout(() => { Promise.reject(new RangeError("late")); }, 1); setTimeout(() => console.log("not reached"), 1);');
    lib.clock.now += 5;
    expect(() => lib.hooks.get('runTimers')!()).toThrow('late');
    expect(lib.takeOutput().stdout).toBe('');
  });
});

describe('errorStack hook', () => {
  it('formats the header lazily, from the name and message at the first read', () => {
    const lib = createLibraryContext();
    const hook = lib.hooks.get('errorStack')!;
    const e = lib.run('globalThis.e1 = { message: "m" }; e1') as { name?: string; stack?: string; message: string };
    expect(hook(e, '\n    at f (a.js:1:1)')).toBeUndefined();
    e.name = 'MyError';
    expect(e.stack).toBe('MyError: m\n    at f (a.js:1:1)');
    e.name = 'Changed';
    expect(e.stack).toBe('MyError: m\n    at f (a.js:1:1)');
    e.stack = 'custom';
    expect(e.stack).toBe('custom');
    expect(lib.run('Object.keys(e1)')).toEqual(['message', 'name']); // stack is not enumerable
  });

  it('uses Error for a missing name and drops an empty message', () => {
    const lib = createLibraryContext();
    const hook = lib.hooks.get('errorStack')!;
    const a = lib.run('({ message: "" })') as { stack?: string };
    hook(a, '');
    expect(a.stack).toBe('Error');
    const b = lib.run('({ name: "", message: "only" })') as { stack?: string };
    hook(b, '\n    at x');
    expect(b.stack).toBe('only\n    at x');
  });
});
