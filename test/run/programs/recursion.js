// Recursion: factorial, fibonacci, Ackermann, mutual recursion, deep recursion.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(fact(10), fact(20));
console.log(fib(20));
console.log(ack(2, 3));
console.log(isEven(100), isOdd(7));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(5000));
