// Floating-point arithmetic in a loop (boxed doubles in an interpreter) — 1,000,000 iterations.
function run(n) {
  var x = 0.5;
  var s = 0;
  for (var i = 0; i < n; i++) {
    x = x * 1.000001 + 0.25;
    if (x > 1000) x -= 999.5;
    s += x * 0.5 - i / (i + 1);
  }
  return s;
}
print(Math.floor(run(1000000) * 1000));
