// Matrices as nested arrays: multiplication, transpose, identity, power.
const mul = (a, b) => a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
const transpose = (m) => m[0].map((_, j) => m.map((row) => row[j]));
const identity = (n) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const a = [[1, 2], [3, 4]];
console.log(JSON.stringify(mul(a, a)), JSON.stringify(transpose([[1, 2, 3], [4, 5, 6]])));
let p = identity(2);
const fibM = [[1, 1], [1, 0]];
for (let i = 0; i < 30; i++) p = mul(p, fibM);
console.log(p[0][1], JSON.stringify(identity(3)));
