let x = 1;
const y = 2;
function outer(p) {
  let captured = p;
  var local = 3;
  function inner() { return captured + local + x; }
  {
    let blockCaptured = 4;
    const g = () => blockCaptured + y;
    g();
  }
  return inner;
}
function tdz() {
  const f = () => later;
  let later = 1;
  return f;
}
outer(1)();
