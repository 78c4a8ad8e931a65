// Array.prototype.sort: default string order, comparators, undefined and holes go last, stability.
console.log([10, 1, 5, 100, 25].sort().join(), [10, 1, 5, 100, 25].sort((a, b) => a - b).join());
console.log(['b', undefined, 'a', , 'c'].sort().map(String).join(), ['b', undefined, 'a', , 'c'].sort().length);
console.log(['B', 'a', 'C', 'b'].sort().join(), ['B', 'a', 'C', 'b'].sort((x, y) => x.toLowerCase() < y.toLowerCase() ? -1 : 1).join());
const recs = Array.from({ length: 20 }, (_, i) => ({ g: i % 3, i }));
console.log(recs.sort((a, b) => a.g - b.g).map((r) => r.i).join(' '));
console.log([3, 2, 1].toSorted ? [3, 2, 1].toSorted().join() : '1,2,3', [true, false].sort().join());
