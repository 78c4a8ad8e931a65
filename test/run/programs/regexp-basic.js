// Regular expressions: test, exec, groups, flags, replace with functions, split, matchAll.
const re = /(\d{4})-(\d{2})-(\d{2})/;
const m = re.exec('date: 2024-03-15!');
console.log(m[0], m[1], m.index, m.length);
const named = /(?<year>\d{4})-(?<month>\d{2})/.exec('2023-11');
console.log(named.groups.year, named.groups.month);
console.log('a1b2c3'.replace(/\d/g, (d) => d * 2), 'aaa'.replace(/a/, 'b'), 'x-y_z'.split(/[-_]/).join());
console.log(/abc/i.test('ABC'), /^b/m.test('a\nb'), /a.b/s.test('a\nb'), /a.b/.test('a\nb'));
const g = /o/g;
console.log(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);
console.log([...'a1b22c333'.matchAll(/\d+/g)].map((x) => x[0] + '@' + x.index).join());
console.log('The Quick Brown'.match(/[A-Z]/g).join(''), 'none'.match(/x/));
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'), /\u{1F600}/u.test('😀'));
console.log(String(/a\/b/g), /x/gi.flags, new RegExp('a+', 'y').sticky);
