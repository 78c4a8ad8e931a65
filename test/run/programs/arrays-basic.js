// Array creation, length, push/pop/shift/unshift, indexing, join, slice, splice.
const a = [1, 2, 3];
a.push(4, 5);
console.log(a.length, a.join('-'));
console.log(a.pop(), a.shift(), a.join());
a.unshift(0);
console.log(a.join());
console.log(a.slice(1, 3).join(), a.slice(-2).join());
const removed = a.splice(1, 2, 'x', 'y', 'z');
console.log(removed.join(), a.join());
console.log([3, 1, 2].reverse().join(), [].concat([1], 2, [3, [4]]).length);
console.log(a.indexOf('y'), a.includes('z'), a.lastIndexOf(99));
a.length = 2;
console.log(a.join(), a[5]);
console.log(Array(3).length, Array.of(3).length, Array.from('abc').join('|'));
