function f(x) {
  try {
    if (x) return 1;
    throw new Error('e');
  } catch ({ message }) {
    return message;
  } finally {
    x = 0;
  }
}
function g() {
  for (;;) {
    try { break; } finally { continue; }
  }
}
try { 1; } finally { 2; }
