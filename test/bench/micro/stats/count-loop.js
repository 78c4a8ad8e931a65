// A counting loop for `ouro run --stats`: the executed-bytecode count over the wall time gives
// the interpreter's bytecodes per second (npm run bench, "Interpreter throughput"). It needs no
// library: the sum is printed only where print exists.
function count(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s = (s + i) | 0;
  return s;
}
var sum = count(2000000);
if (typeof print === 'function') print(sum);
