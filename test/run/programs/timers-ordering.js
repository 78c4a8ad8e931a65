// Timers vs microtasks: Node's order for setTimeout delays, nesting and clearTimeout.
const log = (m) => console.log(m);
// Runs last, after the three 1 ms interval ticks, unless the process stalls for its whole delay:
// 600 ms keeps the order robust on a loaded machine.
setTimeout(() => log('timeout 600'), 600);
setTimeout(() => log('timeout 0 a'), 0);
setTimeout(() => {
  log('timeout 0 b');
  Promise.resolve().then(() => log('microtask inside timeout'));
  setTimeout(() => log('nested timeout'), 0);
}, 0);
setTimeout(() => log('timeout 0 c'), 0);
const cancelled = setTimeout(() => log('never'), 5);
clearTimeout(cancelled);
Promise.resolve().then(() => log('microtask 1'));
let n = 0;
const iv = setInterval(() => { log('interval ' + ++n); if (n === 3) clearInterval(iv); }, 1);
log('sync');
