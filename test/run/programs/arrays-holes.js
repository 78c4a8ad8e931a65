// Holes in arrays: in, forEach skipping, length growth, join, map preserving holes.
const a = [1, , 3];
console.log(a.length, 1 in a, a[1]);
let visited = 0;
a.forEach(() => visited++);
console.log('visited', visited);
const b = [];
b[5] = 'x';
console.log(b.length, b.join('-'));
console.log(a.map((x) => x * 2).length, 1 in a.map((x) => x * 2));
console.log(Object.keys(b).join());
delete b[5];
console.log(b.length, 5 in b);
console.log([, ,].length, [...[1, , 3]].includes(undefined));
console.log(a.indexOf(undefined), a.includes(undefined));
console.log(JSON.stringify([1, , 3]));
