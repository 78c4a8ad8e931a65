// Sloppy direct eval and with: dynamic lookups and forced contexts.
var g = 1;
function f(o, src) {
  var local = 2;
  with (o) { local; g; }
  eval(src);
  return () => local + g + arguments.length;
}
