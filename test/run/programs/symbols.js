// Symbols: identity, description, registry, well-known symbols, symbol-keyed properties.
const a = Symbol('desc');
const b = Symbol('desc');
console.log(a === b, typeof a, a.toString(), a.description, Symbol().description);
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(a));
const o = { [a]: 1, regular: 2 };
console.log(Object.keys(o).join(), Object.getOwnPropertySymbols(o).length, o[a]);
console.log(JSON.stringify(o));
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
const tagged = { [Symbol.toStringTag]: 'Tagged' };
console.log(Object.prototype.toString.call(tagged));
const prim = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : 'str:' + hint; } };
console.log(+prim, `${prim}`, prim + '');
try { a + 1; } catch (e) { console.log(e.constructor.name); }
console.log(String(a), Object(a) instanceof Symbol);
