// NaN: creation, comparisons, isNaN vs Number.isNaN, propagation, in collections.
const n = NaN;
console.log(n === n, n == n, n !== n, n < 1, n > 1, Object.is(n, NaN));
console.log(isNaN('abc'), Number.isNaN('abc'), isNaN(undefined), Number.isNaN(0 / 0));
console.log(0 / 0, Math.sqrt(-1), parseInt('x'), undefined + 1, 'a' * 1, Infinity - Infinity);
console.log([NaN].indexOf(NaN), [NaN].includes(NaN), [NaN].findIndex(Number.isNaN));
console.log(Math.max(1, NaN), Math.min(), Math.max(), NaN ** 0, 1 ** NaN);
console.log(typeof NaN, String(NaN), NaN.toFixed(2), JSON.stringify({ v: NaN }));
