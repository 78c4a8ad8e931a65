// Quicksort and merge sort on a deterministic pseudo-random array, checked against Array.prototype.sort.
let seed = 12345;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const data = Array.from({ length: 400 }, () => Math.floor(rand() * 10000));
function quicksort(a) {
  if (a.length < 2) return a;
  const [pivot, ...rest] = a;
  return [...quicksort(rest.filter((x) => x < pivot)), pivot, ...quicksort(rest.filter((x) => x >= pivot))];
}
function mergesort(a) {
  if (a.length < 2) return a;
  const mid = a.length >> 1;
  const l = mergesort(a.slice(0, mid)), r = mergesort(a.slice(mid));
  const out = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  return out.concat(l.slice(i), r.slice(j));
}
const ref = [...data].sort((a, b) => a - b);
console.log(quicksort(data).join() === ref.join(), mergesort(data).join() === ref.join());
console.log(ref.slice(0, 5).join(), ref.slice(-3).join());
const stable = [{ k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }].sort((x, y) => x.k - y.k);
console.log(stable.map((x) => x.v).join(''));
