// JSON.stringify and JSON.parse: nesting, indentation, replacer, reviver, toJSON, special values.
const data = { s: 'str', n: 1.5, b: true, nul: null, arr: [1, 'two', [3]], obj: { deep: {} } };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([undefined, function () {}, Symbol('s'), NaN, Infinity, -0]));
console.log(JSON.stringify({ u: undefined, f() {}, d: new Date(0) }));
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']));
console.log(JSON.stringify({ a: 1, b: 'x' }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify({ toJSON() { return 'custom'; } }), JSON.stringify('he said "hi"\n'));
console.log(JSON.stringify({ a: [] }, null, '--'));
const parsed = JSON.parse('{"x":[1,2,{"y":null}],"z":"\\u0041","n":-1.5e2}');
console.log(parsed.x[2].y, parsed.z, parsed.n);
console.log(JSON.parse('[1,2,3]', (k, v) => (Array.isArray(v) ? v : v * 2)).join());
console.log(JSON.stringify('\u2028\ud800'), JSON.parse(' true '));
try { JSON.parse("{'a':1}"); } catch (e) { console.log(e.name); }
const cyc = {}; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name); }
