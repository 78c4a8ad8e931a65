// Annex B.3.3: block functions hoisted to a var of the enclosing function (unless a let conflicts).
function outer() {
  before;
  { function before() {} }
  let blocked;
  { function blocked() {} }
  switch (1) { case 1: function inCase() {} }
  try {} catch (e) { var e = 1; { function e() {} } }
}
