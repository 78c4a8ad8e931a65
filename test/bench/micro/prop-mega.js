// Megamorphic property loads: 12 shapes (a different first property) reach the same `o.v` site;
// 1,200,000 loads.
var objects = [];
for (var i = 0; i < 120; i++) {
  var o = {};
  o['k' + (i % 12)] = i;
  o.v = i;
  objects.push(o);
}
function sum(os, rounds) {
  var s = 0;
  for (var r = 0; r < rounds; r++) {
    for (var j = 0; j < os.length; j++) s = (s + os[j].v) | 0;
  }
  return s;
}
print(sum(objects, 10000));
