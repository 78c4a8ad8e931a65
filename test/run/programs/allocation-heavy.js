// Many short-lived objects and arrays (exercises the scavenger), a few long-lived ones.
const keep = [];
let checksum = 0;
for (let i = 0; i < 20000; i++) {
  const o = { i, sq: i * i, arr: [i, i + 1], s: 'n' + (i % 100) };
  checksum = (checksum + o.sq + o.arr[1] + o.s.length) % 1000003;
  if (i % 200 === 0) keep.push(o);
}
console.log(checksum, keep.length, keep[42].s, keep[99].arr.join());
const map = new Map();
for (let i = 0; i < 5000; i++) map.set('k' + i, { v: i });
let sum = 0;
for (const [, { v }] of map) sum += v;
console.log(map.size, sum);
