// The exponent operator: precedence, associativity, assignment, negatives, BigInt.
console.log(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 3 ** 2, (2 ** 3) ** 2);
let x = 3;
x **= 2;
console.log(x, 4 ** 0.5, 0 ** 0, Infinity ** 0, (-8) ** (1 / 3));
console.log(2n ** 64n, (-3n) ** 3n, Math.pow(2, 0.5) === 2 ** 0.5);
console.log(10 ** 21, 10 ** -7, 2 ** 1024, (-0) ** -1);
