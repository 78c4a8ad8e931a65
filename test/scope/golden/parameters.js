// A parameter list with expressions gets its own scope; the body var copies the parameter.
function f(a, b = () => a, ...rest) {
  var a;
  let c = b();
  return [a, c, rest];
}
(function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); })(5);
