// Labelled break and continue across nested loops and blocks.
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('i', i, 'j', j);
  }
}
block: {
  console.log('in block');
  if (true) break block;
  console.log('not reached');
}
let found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const x of row) {
    if (x === 4) { found = row; break search; }
  }
}
console.log(found.join());
a: b: c: for (;;) { break b; }
console.log('done');
