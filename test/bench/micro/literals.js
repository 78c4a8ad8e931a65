// Object and array literal creation: 400,000 objects of one literal shape holding a fresh array
// literal, a nested literal, and a definition that adds a field after creation (object literals
// with computed values, splay's payload pattern).
function make(i) {
  var o = { key: i, array: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], tag: 'leaf', inner: { left: i, right: i + 1 } };
  return o;
}
function run(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var o = make(i);
    s = (s + o.key + o.array[i % 10] + o.inner.right + o.tag.length) | 0;
  }
  return s;
}
print(run(400000));
