// BigInt conversions, printing and errors (compared with Node's output).
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.constructor.name + ':', e.message);
  }
};
// Number <-> BigInt: exact, rounding ties to even, Infinity past the largest double.
for (const v of [0n, 1n, -1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 53n + 3n, 2n ** 54n + 2n, 2n ** 54n + 6n,
  (2n ** 53n - 1n) * 2n ** 971n, 2n ** 1024n - 2n ** 970n, 2n ** 1024n - 2n ** 971n, 2n ** 1024n, -(2n ** 2000n)]) {
  console.log(Number(v), parseFloat(String(v)) === Number(v));
}
for (const n of [0, -0, 1, -1, 2 ** 53, 2 ** 64, 1e21, -1e300, Number.MAX_VALUE, 2 ** -1074 * 0]) show('BigInt(' + n + ')', () => BigInt(n));
for (const n of [0.5, NaN, Infinity, -Infinity, 1e-7]) show('BigInt(' + n + ')', () => BigInt(n));
// StringToBigInt.
for (const s of ['', ' ', '  42  ', '-7', '+7', '0x1F', '0X1f', '0o17', '0b101', '-0x1', '0x', '1e3', '1.0', '12n', '1_000', '\n\t 99 \u00a0', '00012', '9'.repeat(50)]) {
  show(JSON.stringify(s), () => BigInt(s));
}
for (const v of [true, false, undefined, null, Symbol('s'), {}, [], [5], { valueOf() { return 3n; } }]) show('BigInt(' + typeof v + ')', () => BigInt(v));
// ToString in every radix.
const big = -(3n ** 100n) + 12345n;
for (let r = 2; r <= 36; r += 1) console.log(r, big.toString(r));
show('toString(1)', () => 10n.toString(1));
show('toString(37)', () => 10n.toString(37));
console.log((0n).toString(2), (255n).toString(16), (-255n).toString(16), (10n ** 30n).toLocaleString(), (-1234n).toLocaleString());
// Comparisons and equality mixing.
console.log(1n == 1, 1n == 1.5, 2n > 1.5, 2n < Infinity, -2n > -Infinity, 1n < NaN, 1n >= NaN, 0n == '', 0n == '0x0', 10n == '1e1');
console.log(2n ** 64n > 2 ** 64, 2n ** 64n == 2 ** 64, 2n ** 64n + 1n > 2 ** 64, '10' > 9n, '0x10' < 17n, 'x' < 1n, 'x' >= 1n);
console.log(1n === 1, 0n === -0n, Object.is(0n, -0n), [1n, 2n].includes(2n), [1n].indexOf(1n), NaN == 0n, true == 1n, null == 0n);
console.log(typeof 5n, typeof Object(5n), Object(5n) == 5n, Object(5n) === 5n, 5n + '', `${5n}`, 'x' + 5n, [1n, 2n].join());
// Map and Set keys: equal BigInts are the same key.
const m = new Map();
for (let i = 0n; i < 50n; i++) m.set(i * 1000000007n, i);
console.log(m.size, m.get(49000000343n), m.has(2n ** 70n), new Set([2n ** 70n, 2n ** 70n, 2n ** 70n + 0n]).size);
const o = {};
o[10n] = 'ten';
o[-1n] = 'minus';
console.log(o[10], o['-1'], Object.keys(o));
// Errors with Node's messages.
show('mix', () => 1n + 1);
show('mix *', () => 2 * 2n);
show('div0', () => 1n / 0n);
show('mod0', () => 1n % 0n);
show('unary +', () => +1n);
show('>>>', () => 1n >>> 0n);
show('new', () => new BigInt(1));
show('Math', () => Math.max(1n));
show('JSON', () => JSON.stringify([1n]));
show('isNaN', () => isNaN(1n));
show('asIntN(-1)', () => BigInt.asIntN(-1, 1n));
show('asIntN(1, 1)', () => BigInt.asIntN(1, 1));
show('thisBigIntValue', () => BigInt.prototype.toString.call(1));
show('valueOf', () => BigInt.prototype.valueOf.call(Object(3n)));
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ a: 1n, b: [2n] }));
delete BigInt.prototype.toJSON;
console.log(Object.prototype.toString.call(1n), BigInt.prototype[Symbol.toStringTag], BigInt.name, BigInt.length, String(Object(7n)));
console.log(parseInt('123n'), Number('12n'), Boolean(0n), !0n, 0n || 'falsy', 1n && 'truthy', -0n);
console.log([3n, 1n, 2n, -5n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), { n: 1n, m: [-2n] });
console.log(BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n), BigInt.asIntN(0, 5n), BigInt.asUintN(1, 3n), BigInt.asIntN(200, -(2n ** 199n)), BigInt.asIntN(200, 2n ** 199n));
let n = 0n;
n++; ++n; n--; n += 5n; n *= n; n **= 3n; n >>= 2n; n <<= 3n; n |= 1n; n &= 0xfffn; n ^= 7n; n %= 1000n; n /= 3n;
console.log(n, -n, ~n);
