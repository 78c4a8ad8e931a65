// Unicode: surrogate pairs, normalization-free comparisons, code points, escapes.
const s = 'a😀b';
console.log(s.length, [...s].length, s.charCodeAt(1), s.codePointAt(1), s.codePointAt(2));
console.log('\u{1F600}' === '😀', '\uD83D\uDE00' === '😀', 'ñ'.charCodeAt(0), 'ñ'.length);
console.log(Array.from('héllo wörld').filter((c) => c > '~').join(''));
console.log('Straße'.toUpperCase(), 'İ'.toLowerCase().length, 'ǅ'.toLowerCase());
console.log('日本語'.split('').reverse().join(''), encodeURIComponent('日本 &'), decodeURIComponent('%E6%97%A5'));
console.log(JSON.stringify('😀'), JSON.stringify('\ud83d'), 'x\u0000y'.length);
console.log(String.fromCharCode(0xd83d, 0xde00), '😀'.split(''), '😀'.slice(0, 1).length);
