function params(a, b = a + 1, ...rest) { return a + b + rest.length; }
function destructuredParams({ x, y = 2 }, [z]) { return x + y + z; }
function sloppyArgs(a) { arguments[0] = 2; return a; }
function strictArgs(a) { 'use strict'; return arguments.length; }
const arrow = (v) => this;
const named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
function calls(o, f) {
  f(1, 2);
  o.m(3);
  o['k'](4);
  f(...o);
  f(1, ...o, 2);
  new f(1);
  new f(...o);
  return o?.m?.(5);
}
