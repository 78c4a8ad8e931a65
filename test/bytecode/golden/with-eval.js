function dynamic(o) {
  var local = 1;
  with (o) { local = prop; method(); }
  return local;
}
function evaluates(code) {
  var v = 1;
  eval(code);
  return v;
}
(0, eval)('1');
