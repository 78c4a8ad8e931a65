// Math functions with exactly representable results.
console.log(Math.abs(-5), Math.floor(-1.5), Math.ceil(-1.5), Math.round(2.5), Math.round(-2.5), Math.trunc(4.9));
console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.sign(-3), Math.sqrt(144), Math.cbrt(27), Math.hypot(3, 4));
console.log(Math.pow(2, 8), Math.log2(1024), Math.log10(1000), Math.exp(0), Math.log(1), Math.clz32(1), Math.fround(5.5));
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2);
console.log(Math.sin(0), Math.cos(0), Math.atan2(0, -1) === Math.PI, Math.imul(0xffffffff, 5));
const r = Math.random();
console.log(r >= 0 && r < 1, typeof r);
console.log(Math.max(), Math.min(), Math.abs('-2'), Math.floor(null), Math.round('x'));
