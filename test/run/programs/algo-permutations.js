// Permutations and combinations with generators.
function* permutations(xs) {
  if (xs.length <= 1) { yield xs; return; }
  for (let i = 0; i < xs.length; i++) {
    for (const p of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) yield [xs[i], ...p];
  }
}
function* combinations(xs, k, start = 0, acc = []) {
  if (acc.length === k) { yield acc; return; }
  for (let i = start; i < xs.length; i++) yield* combinations(xs, k, i + 1, [...acc, xs[i]]);
}
console.log([...permutations(['a', 'b', 'c'])].map((p) => p.join('')).join(' '));
console.log([...permutations([1, 2, 3, 4, 5, 6])].length);
console.log([...combinations([1, 2, 3, 4, 5], 3)].map((c) => c.join('')).join(' '));
