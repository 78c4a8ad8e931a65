// Higher-order array methods.
const xs = [5, 3, 8, 1, 9, 2];
console.log(xs.map((x) => x * 2).join());
console.log(xs.filter((x) => x % 2).join());
console.log(xs.reduce((a, b) => a + b, 0), xs.reduceRight((a, b) => a + '' + b));
console.log(xs.find((x) => x > 5), xs.findIndex((x) => x > 5), xs.findLast((x) => x < 5), xs.findLastIndex((x) => x > 100));
console.log(xs.some((x) => x > 8), xs.every((x) => x > 0));
console.log([...xs].sort().join(), [...xs].sort((a, b) => b - a).join());
console.log([10, 9, 1, 100].sort().join());
console.log([[1, 2], [3, [4, [5]]]].flat().length, [[1, 2], [3, [4, [5]]]].flat(Infinity).join());
console.log([1, 2, 3].flatMap((x) => [x, x * 10]).join());
console.log([1, 2, 3].fill(0, 1).join(), Array.from({ length: 4 }, (_, i) => i * i).join());
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join(), [1, 2, 3].at(-1));
console.log(JSON.stringify([..."ab"].entries().next()), [...[7, 8].keys()].join());
const people = [{ n: 'b', a: 2 }, { n: 'a', a: 2 }, { n: 'c', a: 1 }];
console.log(people.sort((p, q) => p.a - q.a).map((p) => p.n).join(''));
