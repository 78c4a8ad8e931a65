// A counting loop for `ouro run --stats`: the executed-bytecode count over the wall time gives
// the interpreter's bytecodes per second (npm run bench, "Interpreter throughput").
function count(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s = (s + i) | 0;
  return s;
}
print(count(2000000));
