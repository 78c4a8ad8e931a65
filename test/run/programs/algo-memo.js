// Memoization with a Map and closures; big Fibonacci numbers with BigInt.
function memoize(f) {
  const cache = new Map();
  return function (n) {
    if (!cache.has(n)) cache.set(n, f(n));
    return cache.get(n);
  };
}
const fib = memoize((n) => (n < 2 ? BigInt(n) : fib(n - 1) + fib(n - 2)));
console.log(String(fib(90)), String(fib(200)));
const collatz = memoize((n) => (n === 1 ? 0 : 1 + collatz(n % 2 ? 3 * n + 1 : n / 2)));
let best = 0, arg = 0;
for (let i = 1; i < 1000; i++) { const c = collatz(i); if (c > best) { best = c; arg = i; } }
console.log(arg, best);
