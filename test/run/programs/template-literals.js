// Template literals: interpolation, nesting, multi-line, escapes, raw.
const name = 'Ouro';
const n = 3;
console.log(`Hello ${name}, ${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n > 2 ? 'big' : 'small'}`}`);
console.log(`line1
line2`);
console.log(`tab\there \u0041 \x42 \${not}`);
console.log(String.raw`a\nb${1}c`);
console.log(`${[1, 2]} ${{}} ${null} ${undefined} ${true}`);
const obj = { toString() { return 'custom'; } };
console.log(`${obj}`);
