// BigInt arithmetic, comparison, conversion and errors.
const big = 2n ** 100n;
console.log(big, big.toString(16), typeof big);
console.log(10n / 3n, -10n / 3n, 10n % 3n, -10n % 3n, 7n - 10n);
console.log(BigInt(42), BigInt('0x1f'), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(1n < 2, 2n > 1.5, 1n == 1, 0n ? 'truthy' : 'falsy', -0n === 0n);
console.log(BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n), (123n).toLocaleString === undefined);
console.log(String(12345678901234567890n), `${-1n}`, [1n, 2n].join());
try { 1n + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { BigInt('1.5'); } catch (e) { console.log(e.name); }
try { 1n / 0n; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Number(2n ** 64n), parseInt('123n'), 5n * -1n);
