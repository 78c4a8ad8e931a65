// Throwing non-error values and inspecting them in catch.
for (const v of [42, 'str', null, undefined, { code: 7 }, [1, 2], Symbol.iterator]) {
  try { throw v; } catch (e) { console.log(typeof e, e === v); }
}
function thrower() { throw { name: 'Custom', message: 'custom object' }; }
try { thrower(); } catch ({ name, message }) { console.log(name, message); }
