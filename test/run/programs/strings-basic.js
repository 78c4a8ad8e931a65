// String methods.
const s = 'Hello, World';
console.log(s.length, s[0], s.charAt(4), s.charCodeAt(1), s.at(-1));
console.log(s.toUpperCase(), s.toLowerCase());
console.log(s.indexOf('o'), s.lastIndexOf('o'), s.includes('World'), s.startsWith('Hell'), s.endsWith('d'));
console.log(s.slice(7), s.slice(-5, -1), s.substring(5, 0), s.substr ? s.substr(1, 3) : '');
console.log(s.split(', ').join('|'), 'a,b,,c'.split(',').length, 'abc'.split('').join(' '));
console.log('  pad  '.trim() + '|', '  pad  '.trimStart() + '|', '  pad  '.trimEnd() + '|');
console.log('5'.padStart(3, '0'), 'ab'.padEnd(5, '.') + '|', 'ha'.repeat(3));
console.log('a-b-c'.replace('-', '+'), 'a-b-c'.replaceAll('-', '+'));
console.log('abc' < 'abd', 'B' < 'a', 'abc'.localeCompare ? typeof 'abc'.localeCompare('b') : '');
console.log(String.fromCharCode(72, 105), 'x'.concat(1, 2), 'é'.length, '😀'.length, [...'😀'].length);
console.log('😀'.codePointAt(0), String.fromCodePoint(128512) === '😀');
