// Mapped arguments objects (spec 10.4.4): in sloppy functions with simple parameter lists,
// arguments[i] and the i-th parameter are one binding while i < min(argc, formals), until the
// index is deleted or redefined as an accessor or non-writable.

// Both directions, and only the indices that were passed.
function both(a, b, c) {
  a = 'a2';
  arguments[1] = 'b2';
  c = 'c2';
  return [a, b, c, arguments[0], arguments[1], arguments[2], arguments.length];
}
console.log(both(1, 2));
console.log(both(1, 2, 3, 4));

// Duplicate parameter names: the last one is mapped, earlier ones are not.
function dup(x, x) {
  arguments[0] = 'first';
  const before = x;
  arguments[1] = 'second';
  return [before, x, arguments[0], arguments[1]];
}
console.log(dup(1, 2));

// delete unmaps; a new element after the delete is an ordinary property.
function deleted(a) {
  delete arguments[0];
  a = 'param';
  arguments[0] = 'element';
  return [a, arguments[0], 0 in arguments];
}
console.log(deleted(1));

// An accessor unmaps; non-writable unmaps after taking the current value.
function accessor(a) {
  Object.defineProperty(arguments, '0', { get() { return 'getter'; }, configurable: true });
  a = 'param';
  return [a, arguments[0]];
}
console.log(accessor(1));
function nonWritable(a) {
  a = 'current';
  Object.defineProperty(arguments, '0', { writable: false });
  a = 'later';
  return [a, arguments[0], Object.getOwnPropertyDescriptor(arguments, '0')];
}
console.log(nonWritable(1));
function nonConfigurable(a) {
  Object.defineProperty(arguments, '0', { configurable: false });
  a = 'still mapped';
  const d = Object.getOwnPropertyDescriptor(arguments, '0');
  arguments[0] = 'both';
  return [d.value, d.configurable, a];
}
console.log(nonConfigurable(1));
function defineValue(a) {
  Object.defineProperty(arguments, '0', { value: 'defined' });
  const first = a;
  a = 'after';
  return [first, arguments[0]];
}
console.log(defineValue(1));
function frozen(a, b) {
  Object.freeze(arguments);
  a = 'changed';
  return [a, arguments[0], b, arguments[1], Object.isFrozen(arguments)];
}
console.log(frozen(1, 2));

// Everything that reads elements sees the parameters' values.
function readers(a, b) {
  a = 10;
  b = 20;
  const keys = [];
  for (const k in arguments) keys.push(k);
  return {
    keys,
    objectKeys: Object.keys(arguments),
    values: Object.values(arguments),
    entries: Object.entries(arguments).join(' '),
    spread: [...arguments],
    objectSpread: { ...arguments },
    assign: Object.assign({}, arguments),
    slice: Array.prototype.slice.call(arguments),
    from: Array.from(arguments),
    map: Array.prototype.map.call(arguments, (x) => x * 2),
    indexOf: Array.prototype.indexOf.call(arguments, 20),
    includes: Array.prototype.includes.call(arguments, 10),
    join: Array.prototype.join.call(arguments, '-'),
    json: JSON.stringify(arguments),
    apply: Math.max.apply(null, arguments),
    descriptor: Object.getOwnPropertyDescriptor(arguments, 1),
  };
}
console.log(readers(1, 2, 3));
function inspected(a, b) {
  a = 'x';
  console.log(arguments);
  arguments.extra = true;
  console.log(arguments);
}
inspected(1, 2);

// Array methods that write through [[Set]]/[[Delete]] write the parameters.
function shifted(a, b, c) {
  Array.prototype.shift.call(arguments);
  return [a, b, c, arguments.length];
}
console.log(shifted(1, 2, 3));
function reversed(a, b, c) {
  Array.prototype.reverse.call(arguments);
  return [a, b, c];
}
console.log(reversed(1, 2, 3));
function sorted(a, b, c) {
  Array.prototype.sort.call(arguments);
  return [a, b, c];
}
console.log(sorted(3, 1, 2));
function filled(a, b) {
  Array.prototype.fill.call(arguments, 0);
  return [a, b];
}
console.log(filled(1, 2));

// Reflect and the receiver: only a [[Set]] whose receiver is the arguments object maps.
function reflected(a) {
  const other = {};
  Reflect.set(arguments, '0', 'other receiver', other);
  const first = a;
  Reflect.set(arguments, '0', 'own receiver');
  return [first, a, other[0]];
}
console.log(reflected(1));
function inherited(a) {
  const child = Object.create(arguments);
  child[0] = 'on the child';
  return [a, arguments[0], child[0]];
}
console.log(inherited(1));

// Closures, arrows and eval reach the same binding.
function closures(a) {
  const set = (v) => { a = v; };
  const read = () => arguments[0];
  set('from closure');
  return [read(), a];
}
console.log(closures(1));
function viaEval(a) {
  eval('arguments[0] = "eval wrote"');
  const first = a;
  eval('a = "eval param"');
  return [first, arguments[0]];
}
console.log(viaEval(1));
function escaped(a) {
  return { args: arguments, set(v) { a = v; }, get() { return a; } };
}
const e = escaped(1);
e.set('later');
e.args[0] = e.args[0] + '!';
console.log(e.get(), e.args[0]);

// Which functions map: sloppy simple lists (also methods, generators, async functions and
// Function); not strict code, classes, or lists with defaults, rest or patterns.
const method = { m(a) { a = 'mapped'; return arguments[0]; } };
console.log(method.m(1));
class K { m(a) { a = 'class'; return arguments[0]; } }
console.log(new K().m(1));
function strictFn(a) { 'use strict'; a = 'strict'; return arguments[0]; }
function defaults(a, b = 0) { a = 'defaults'; return arguments[0]; }
function rest(a, ...r) { a = 'rest'; return arguments[0]; }
function pattern(a, { b }) { a = 'pattern'; return arguments[0]; }
console.log(strictFn(1), defaults(1), rest(1), pattern(1, {}));
function* gen(a) { arguments[0] = 'generator'; yield a; }
console.log(gen(1).next().value);
async function asyncFn(a) { arguments[0] = 'async'; await null; return a; }
asyncFn(1).then((v) => console.log(v));
console.log(new Function('a', 'a = "dynamic"; return arguments[0];')(1));
function overwrittenByFunction(a) { function a() {} return typeof arguments[0]; }
console.log(overwrittenByFunction(1));
function noneMapped() { arguments[0] = 'no formals'; return arguments[0]; }
console.log(noneMapped(1), Object.prototype.toString.call(both.call ? (function (a) { return arguments; })(1) : 0));
