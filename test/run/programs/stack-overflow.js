// Unbounded recursion is a catchable RangeError.
function f() { return f() + 1; }
try {
  f();
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
console.log('still running');
