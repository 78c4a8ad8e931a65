// Number to string: shortest round-trip, exponents, toFixed, toPrecision, toExponential, radix.
const nums = [0, 1, -1, 0.1, 0.1 + 0.2, 1 / 3, 123456789012345680000, 1e21, 1e-6, 1e-7, 2 ** 53, -(2 ** 31), 1.5e300, 5e-324, 1.7976931348623157e308, 100, 1e100, 0.000001234];
console.log(nums.map(String).join(' '));
console.log((1234.5678).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (1.005).toFixed(2), (1e21).toFixed(2));
console.log((123.456).toPrecision(4), (0.00001234).toPrecision(2), (123456).toPrecision(2));
console.log((123456).toExponential(2), (0).toExponential(), (1.5).toExponential(3));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log(parseInt('42px'), parseInt('0x1f'), parseInt('z', 36), parseInt(''), parseFloat('3.14abc'), parseFloat('.5e1'));
console.log(Number('  12  '), Number(''), Number('0b101'), Number('0o17'), Number('1e3'), Number('12abc'), Number(null), Number([5]));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON > 0, Number.isInteger(5.0), Number.isSafeInteger(2 ** 53));
console.log(0.1 * 3, 9007199254740993, 4.35 * 100, 1 / 7);
