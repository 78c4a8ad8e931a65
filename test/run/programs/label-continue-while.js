// continue in while and do-while loops, and labelled continue of an outer while.
let i = 0, out = [];
while (i < 10) { i++; if (i % 2) continue; out.push(i); }
console.log(out.join());
let j = 0;
do { j++; if (j === 2) continue; out.push('d' + j); } while (j < 4);
console.log(out.join());
let r = 0;
const grid = [];
rows: while (r < 4) {
  r++;
  let c = 0;
  while (c < 4) { c++; if (c > r) continue rows; grid.push(`${r}${c}`); }
}
console.log(grid.join(' '));
