// Typed array element loads and stores (Float64Array, Int32Array, Uint8Array over in-heap
// ArrayBuffers) — 40 rounds of 3 x 32,768 stores and loads. The path every buffer byte takes
// (docs/exotic-objects.md, the accessor layer).
function run(rounds) {
  var n = 32768;
  var f = new Float64Array(n), a = new Int32Array(n), u = new Uint8Array(n);
  var s = 0;
  for (var r = 0; r < rounds; r++) {
    for (var i = 0; i < n; i++) {
      f[i] = i * 0.5;
      a[i] = i ^ r;
      u[i] = i & 255;
    }
    for (var j = 0; j < n; j++) s += f[j] + a[j] + u[j];
  }
  return s;
}
print(run(40));
