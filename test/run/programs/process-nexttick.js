// process.nextTick against promise jobs, queueMicrotask, async functions and timers: Node runs
// the tick queue before promise jobs after each macrotask, and a tick queued by a promise job
// after the whole microtask queue has drained.
const log = [];
const say = (s) => { log.push(s); console.log(s); };
setTimeout(() => say('timeout 1'), 1);
setTimeout(() => say('timeout 0'), 0);
Promise.resolve()
  .then(() => { say('promise 1'); process.nextTick(() => say('tick from promise 1')); })
  .then(() => say('promise 2'));
process.nextTick(() => { say('tick 1'); process.nextTick(() => say('tick from tick 1')); });
process.nextTick((a, b) => say('tick 2 ' + a + b), 'x', 'y');
queueMicrotask(() => say('microtask'));
(async () => { say('async start'); await null; say('async after await'); })();
setTimeout(() => {
  say('timeout 2');
  Promise.resolve().then(() => say('promise in timeout 2'));
  process.nextTick(() => say('tick in timeout 2'));
}, 2);
say('sync end');
try { process.nextTick(42); } catch (e) { console.log(e.name, e.code); }
