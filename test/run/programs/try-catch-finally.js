// try/catch/finally control flow: finally overriding returns, rethrow, nesting, optional binding.
function f1() { try { return 'try'; } finally { console.log('finally runs'); } }
console.log(f1());
function f2() { try { return 'try'; } finally { return 'finally'; } }
console.log(f2());
function f3() { try { throw new Error('x'); } catch { return 'caught without binding'; } }
console.log(f3());
function f4() {
  const log = [];
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) continue; if (i === 2) break; log.push('body' + i); } finally { log.push('fin' + i); }
  }
  return log.join();
}
console.log(f4());
try {
  try { throw new TypeError('inner'); } finally { console.log('inner finally'); }
} catch (e) { console.log('outer caught', e.message); }
try { try { throw 1; } catch (e) { throw e + 1; } } catch (e) { console.log('rethrown', e); }
function f5() { let x = 1; try { return x; } finally { x = 2; } }
console.log(f5());
