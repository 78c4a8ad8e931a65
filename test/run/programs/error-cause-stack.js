// Error objects: cause chains, AggregateError, stack property's first line, toString overrides.
function level3() { throw new Error('low-level failure'); }
function level2() { try { level3(); } catch (e) { throw new Error('mid-level failure', { cause: e }); } }
try { level2(); } catch (e) {
  let chain = [];
  for (let c = e; c; c = c.cause) chain.push(c.message);
  console.log(chain.join(' <- '));
  console.log(e.stack.split('\n')[0], /at level3/.test(e.cause.stack));
}
const agg = new AggregateError([new Error('a'), new TypeError('b')], 'several');
console.log(agg.name, agg.message, agg.errors.map((x) => x.name).join());
const custom = new Error('msg');
custom.name = 'Renamed';
console.log(String(custom), Object.prototype.toString.call(custom));
console.log(Error('no new') instanceof Error, Error.prototype.name, TypeError.prototype instanceof Error);
