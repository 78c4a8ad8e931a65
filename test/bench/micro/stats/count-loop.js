// A counting loop for the interpreter's throughput (npm run bench, "Interpreter throughput"): the
// runner counts the executed bytecodes with `ouro run --stats` at two small sizes (the count is
// a + b * n), then times a large size without --stats (so that no counting slows the loop). The
// size is the first argument (process.argv[2]), 2,000,000 by default. It needs no library: the
// sum is printed only where print exists.
function count(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s = (s + i) | 0;
  return s;
}
var size = typeof process === 'object' && process.argv && process.argv.length > 2 ? +process.argv[2] : 2000000;
var sum = count(size);
if (typeof print === 'function') print(sum);
