// Temporal dead zone: let, const, class and default parameters.
try { console.log(a); let a = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { b = 2; let b; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new C(); class C {} } catch (e) { console.log(e.name + ': ' + e.message); }
try { typeof d; const d = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
function f() { return g; }
try { f(); console.log('no error'); } catch (e) { console.log('called too early: ' + e.name); }
let g = 'initialised';
console.log(f());
function early() { return later; }
try { early(); } catch (e) { console.log(e.name + ': ' + e.message); }
let later = 1;
try { const c = 1; c++; } catch (e) { console.log(e.name + ': ' + e.message); }
{
  function inner() { return blockLet; }
  try { inner(); } catch (e) { console.log(e.name + ': ' + e.message); }
  let blockLet = 'ok';
  console.log(inner());
}
try { let x = x + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
