// Megamorphic sites where a load and a store see the same (map, key): the stub cache must keep
// load handlers and store handlers apart (a store's add-property transition is not a load).
function fill(rows, props) {
  const map = Object.create(null);
  for (let i = 0; i < rows.length; i++) {
    const keys = props[i];
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (map[key] === undefined) map[key] = [];
      map[key][i] = 1;
    }
  }
  return map;
}
const show = (m) => Object.keys(m).map((k) => k + ':' + m[k].length).join(',');
console.log(show(fill([0, 0], [['a', 'b'], ['a', 'b']])));
console.log(show(fill([0, 0, 0], [[], [], ['three']])));
console.log(show(fill([0, 0], [['c'], ['d']])));
console.log(show(fill([0], [['b']])));
// Named sites over many shapes: get, then set the same name on objects of the same shape.
function touch(o, v) {
  const before = o.x;
  o.x = v;
  o.y = before;
  return before;
}
const names = ['p', 'q', 'r', 's', 't', 'u', 'v', 'w'];
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < names.length; i++) {
    const o = {};
    o[names[i]] = i;
    if (round > 0) o.x = round;
    const before = touch(o, i * 10 + round);
    console.log(round, names[i], before, o.x, o.y, Object.keys(o).join(''));
  }
}
for (let i = 0; i < 30; i++) {
  const o = i % 2 ? { ['k' + (i % 7)]: i } : Object.create(null);
  o['k' + (i % 5)] = o['k' + (i % 5)] === undefined ? i : -i;
  console.log(i, JSON.stringify(Object.entries(o)));
}
