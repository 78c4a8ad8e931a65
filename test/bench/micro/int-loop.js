// Integer arithmetic in a loop: add, xor, shift, multiply, |0 — 3,000,000 iterations.
function run(n) {
  var acc = 0;
  for (var i = 0; i < n; i++) {
    acc = (acc + ((i ^ (i >> 3)) * 7)) | 0;
    acc = acc ^ (i & 255);
  }
  return acc;
}
print(run(3000000));
