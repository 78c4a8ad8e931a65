// Array.prototype.push of 500,000 small integers, then five passes of indexed iteration.
function run(n) {
  var a = [];
  for (var i = 0; i < n; i++) a.push((i * 3) & 1023);
  var s = 0;
  for (var k = 0; k < 5; k++) {
    for (var j = 0; j < a.length; j++) s = (s + a[j]) | 0;
  }
  return s + ':' + a.length;
}
print(run(500000));
