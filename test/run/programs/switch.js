// switch: fallthrough, default in the middle, strict equality, block scope.
function describe(x) {
  const out = [];
  switch (x) {
    case 1: out.push('one');
    case 2: out.push('two'); break;
    default: out.push('default');
    case 3: out.push('three'); break;
    case '1': out.push('string one');
  }
  return out.join('+');
}
console.log(describe(1), describe(2), describe(3), describe(4), describe('1'));
function lexical(x) {
  switch (x) {
    case 0: { let y = 'zero'; return y; }
    case 1: let z = 'one'; return z;
  }
  return 'none';
}
console.log(lexical(0), lexical(1), lexical(2));
switch (NaN) { case NaN: console.log('NaN matched'); break; default: console.log('NaN never matches'); }
const s = 'b';
switch (true) { case s > 'a': console.log('expression case'); }
