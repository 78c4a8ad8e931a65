// Monomorphic property loads: one constructor, one shape, 2,000,000 loads at two sites.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
var points = [];
for (var i = 0; i < 100; i++) points.push(new Point(i, i * 2));
function sum(ps, rounds) {
  var s = 0;
  for (var r = 0; r < rounds; r++) {
    for (var j = 0; j < ps.length; j++) {
      var p = ps[j];
      s = (s + p.x + p.y) | 0;
    }
  }
  return s;
}
print(sum(points, 10000));
