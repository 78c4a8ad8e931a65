// Calls of closures that update a captured variable (context slots): 1,000,000 calls.
function makeCounter(step) {
  var c = 0;
  return function () {
    c = (c + step) | 0;
    return c;
  };
}
function run(n) {
  var fs = [makeCounter(1), makeCounter(2), makeCounter(3)];
  var s = 0;
  for (var i = 0; i < n; i++) s = (s + fs[i % 3]()) | 0;
  return s;
}
print(run(1000000));
