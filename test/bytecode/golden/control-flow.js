function loops(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) continue;
    sum += i;
  }
  while (sum > 100) sum -= 7;
  do { sum++; } while (sum < 10);
  outer: for (const k in { a: 1 }) {
    for (;;) { if (k) break outer; continue outer; }
  }
  switch (sum) {
    case 1: return 'one';
    case 2:
    case 3: sum = 0; break;
    default: sum = -1;
  }
  for (const v of [1, 2]) { if (v) break; }
  return sum;
}
for (let i = 0; i < 3; i++) setTimeout(() => i);
