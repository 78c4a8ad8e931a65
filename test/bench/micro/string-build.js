// String building with += (ropes, then flattening for charCodeAt) and number-to-string.
function run(n) {
  var s = '';
  for (var i = 0; i < n; i++) {
    s += String.fromCharCode(97 + (i % 26));
    if (i % 7 === 0) s += i;
  }
  var h = 0;
  for (var j = 0; j < s.length; j++) h = (h * 31 + s.charCodeAt(j)) | 0;
  return h + ':' + s.length;
}
print(run(200000));
