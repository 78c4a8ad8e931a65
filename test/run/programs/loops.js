// for, while, do-while, for-in, for-of, break and continue.
let out = [];
for (let i = 0; i < 5; i++) { if (i === 1) continue; if (i === 4) break; out.push(i); }
console.log(out.join());
let n = 0;
while (n < 10) n += 3;
console.log(n);
let d = 0;
do { d++; } while (d < 0);
console.log(d);
const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.own = 2;
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join());
let total = 0;
for (const v of [1, 2, 3]) total += v;
console.log(total);
for (const ch of 'héllo') out.push(ch);
console.log(out.join(''));
for (const [k, v] of new Map([['a', 1]])) console.log(k, v);
let empty = 0;
for (;;) { if (++empty > 3) break; }
console.log(empty);
const arr = [1, 2, 3];
for (const x of arr) { if (arr.length < 6) arr.push(x * 10); }
console.log(arr.join());
