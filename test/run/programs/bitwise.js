// Bitwise and shift operators with 32-bit conversions.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7, ~~-3.7);
console.log(1 << 31, 1 << 32, -1 >>> 0, -1 >>> 28, -16 >> 2, -16 >>> 2, 1 << -1);
console.log(2 ** 32 + 5 | 0, 2 ** 31 | 0, 4294967295 & 1, 0xffffffff >> 0, NaN | 0, Infinity | 0);
console.log('12' << 1, '0x10' | 0, [7] & 3, null | 1, undefined >> 1, 1.9 | 0, -1.9 | 0);
let f = 0b1010;
f |= 0b0101; f &= 0b1100; f ^= 0b1111; f <<= 2; f >>= 1; f >>>= 1;
console.log(f, 0o17, 0xff, 0b11);
console.log(5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, 1n << 70n, -256n >> 4n);
const popcount = (n) => { let c = 0; while (n) { n &= n - 1; c++; } return c; };
console.log(popcount(0xff), popcount(-1 >>> 0));
