// Recursive calls: fib(27), 635,621 calls. Checksum: 196418.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
print(fib(27));
