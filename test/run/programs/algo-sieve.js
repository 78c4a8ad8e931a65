// Sieve of Eratosthenes.
function sieve(n) {
  const composite = new Array(n + 1).fill(false);
  const primes = [];
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= n; j += i) composite[j] = true;
  }
  return primes;
}
const p = sieve(10000);
console.log(p.length, p.slice(0, 10).join(), p[p.length - 1]);
