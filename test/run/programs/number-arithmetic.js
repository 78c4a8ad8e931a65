// Integer arithmetic overflowing into doubles, division, remainder, Infinity.
console.log(1073741823 + 1, 2147483647 + 1, -2147483648 - 1, 65536 * 65536, 2 ** 53 + 1);
console.log(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7 % -3, 5.5 % 2, 1 / 0, -1 / 0, 0 / 0);
console.log(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 9007199254740992 + 1);
let acc = 0;
for (let i = 0; i < 100000; i++) acc += i * i;
console.log(acc, acc % 97, (acc * 1000) | 0);
console.log(3 * 1.1, 100 * 1.1, 1.15 * 100, 2.675 * 100, 123456789 * 987654321);
