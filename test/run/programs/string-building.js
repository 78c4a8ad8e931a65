// Building long strings: concatenation in loops, join, repeat, and slicing the result.
let s = '';
for (let i = 0; i < 5000; i++) s += i % 10;
console.log(s.length, s.slice(0, 12), s.slice(-5));
const parts = [];
for (let i = 0; i < 1000; i++) parts.push('item' + i);
const joined = parts.join(',');
console.log(joined.length, joined.indexOf('item999'), joined.split(',').length);
let nested = 'x';
for (let i = 0; i < 15; i++) nested = nested + nested;
console.log(nested.length, nested.charAt(nested.length - 1));
const rev = [...'stressed'].reverse().join('');
console.log(rev, 'abc'.split('').map((c) => c.charCodeAt(0)).join());
let unicode = '';
for (let cp = 0x3b1; cp < 0x3b1 + 10; cp++) unicode += String.fromCharCode(cp);
console.log(unicode, unicode.length, unicode.toUpperCase());
