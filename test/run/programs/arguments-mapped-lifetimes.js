// Mapped arguments objects that outlive their call: the object keeps the function's context (its
// parameters) alive, through collections and generator suspensions, and both sides stay aliased.

// Many escaped objects, each with its own context, written from both sides after the calls.
function capture(a, b) {
  return { args: arguments, bump() { a += 1; b += 'x'; } };
}
const kept = [];
for (let i = 0; i < 40; i++) {
  const c = capture(i, 's' + i);
  kept.push(c);
  // Garbage between them, so that the objects and contexts move.
  const junk = [];
  for (let j = 0; j < 10; j++) junk.push({ j, s: 'junk' + j });
}
let sum = 0;
let text = '';
for (const c of kept) {
  c.bump();
  c.args[0] *= 2;
  sum += c.args[0];
  text += c.args[1].length;
}
console.log(sum, text.length, kept[7].args[0], kept[7].args[1], kept[39].args.length);

// Fewer arguments than formals: the missing ones are not mapped; extra ones are plain elements.
function partial(a, b, c) {
  return { args: arguments, set(v) { a = v; b = v; c = v; } };
}
const p = partial(1);
p.set('s');
console.log(p.args.length, p.args[0], p.args[1], 1 in p.args);
const q = partial(1, 2, 3, 4, 5);
q.set('t');
q.args[4] = 'extra';
console.log(Array.from(q.args).join());

// Generators: the arguments object and the parameters survive suspensions.
function* counter(n, step) {
  while (true) {
    const reset = yield arguments[0];
    if (reset) arguments[0] = 0;
    n += step;
  }
}
const g = counter(10, 5);
const seen = [];
seen.push(g.next().value, g.next().value, g.next().value, g.next(true).value, g.next().value);
console.log(seen.join(' '));

// Recursion: every activation has its own aliasing.
function depth(n, acc) {
  if (n === 0) return arguments;
  const inner = depth(n - 1, acc + n);
  arguments[1] = inner[1];
  return arguments;
}
const d = depth(10, 0);
console.log(d[0], d[1]);

// A deleted index is unmapped for good: the parameter and the element go separate ways.
function split(a) {
  const args = arguments;
  delete args[0];
  return { args, set(v) { a = v; }, get() { return a; } };
}
const s = split('p');
s.set('param');
s.args[0] = 'element';
console.log(s.get(), s.args[0], Object.keys(s.args).join());
