// N-queens by backtracking.
function solve(n) {
  let count = 0;
  const cols = new Set(), d1 = new Set(), d2 = new Set();
  let first = null;
  const board = [];
  (function place(r) {
    if (r === n) { count++; if (!first) first = [...board]; return; }
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || d1.has(r - c) || d2.has(r + c)) continue;
      cols.add(c); d1.add(r - c); d2.add(r + c); board.push(c);
      place(r + 1);
      cols.delete(c); d1.delete(r - c); d2.delete(r + c); board.pop();
    }
  })(0);
  return { count, first };
}
for (let n = 4; n <= 8; n++) {
  const { count, first } = solve(n);
  console.log(n, count, first.join(''));
}
