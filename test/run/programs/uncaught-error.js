// An uncaught TypeError ends the program: message on stderr, exit status 1.
console.log('before');
function fail() {
  const o = undefined;
  return o.property;
}
fail();
console.log('never printed');
