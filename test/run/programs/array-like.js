// Array-likes: generic array methods on objects with length, and strings.
const al = { 0: 'a', 1: 'b', 2: 'c', length: 3 };
console.log(Array.prototype.join.call(al, '+'), Array.prototype.map.call(al, (x) => x.toUpperCase()).join(''));
console.log(Array.from(al).reverse().join(''), Array.prototype.includes.call(al, 'b'));
Array.prototype.push.call(al, 'd');
console.log(al.length, al[3]);
console.log(Array.prototype.filter.call('hello', (c) => c !== 'l').join(''));
console.log(Array.prototype.slice.call({ length: 2, 1: 'x' }).length, Array.isArray(al));
