// Big BigInts: powers, factorials, Fibonacci and digit sums (compared with Node's output).
function factorial(n) {
  let f = 1n;
  for (let i = 2n; i <= n; i++) f *= i;
  return f;
}
const f1000 = factorial(1000n);
const s = f1000.toString();
console.log(s.length, s.slice(0, 30), s.slice(-260, -249), [...s].reduce((a, c) => a + Number(c), 0));
const p = 2n ** 10000n;
const ps = p.toString();
console.log(ps.length, ps.slice(0, 20), ps.slice(-20), p.toString(16).length, p.toString(36).slice(0, 20));
console.log((p - 1n).toString(2).length, (p / 3n ** 2000n).toString().slice(0, 25), (p % (10n ** 40n + 7n)));
let a = 0n, b = 1n;
for (let i = 0; i < 2000; i++) [a, b] = [b, a + b];
console.log(a.toString().length, a % 1000000007n, a.toString(7).slice(0, 20));
// Binomial coefficients through exact division.
console.log(factorial(200n) / (factorial(100n) * factorial(100n)));
console.log(3n ** 5000n % 1000000000000000000000000000057n, (3n ** 5000n) >> 7900n);
console.log(BigInt.asUintN(4096, -1n).toString(16).length, BigInt.asIntN(4096, 2n ** 4095n) < 0n);
