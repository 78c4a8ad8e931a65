// RegExp cases: the library's RegExp (reached through the RegExp constructor; regexp literals in
// the Node vm are V8's own) must behave as Node's.
const R = (src: string, flags = '') => `new RegExp(${JSON.stringify(src)}, ${JSON.stringify(flags)})`;

export const regexpCases: string[] = [
  `console.log(${R('a+b')}.exec('xaaab'), ${R('a+b')}.test('ab'), ${R('a+b')}.test('b'));`,
  `console.log(${R('(\\d+)-(\\d+)')}.exec('tel 12-345 x'), ${R('^abc$')}.test('abc'), ${R('^abc$')}.test('abcd'));`,
  `console.log('a1b22c333'.match(${R('\\d+', 'g')}), 'a1b22c333'.match(${R('\\d+')}), 'xyz'.match(${R('\\d')}));`,
  `console.log('2020-01-15'.replace(${R('(\\d+)-(\\d+)-(\\d+)')}, '$3/$2/$1'), 'aaa'.replace(${R('a', 'g')}, 'b'), 'abc'.replace(${R('b')}, (m, i, s) => m.toUpperCase() + i + s));`,
  `console.log('one two  three'.split(${R('\\s+')}), 'a1b2c3'.split(${R('\\d')}), 'a1b2c3'.split(${R('(\\d)')}), 'abc'.split(${R('')}), ''.split(${R('x')}), 'a,b,c'.split(${R(',')}, 2));`,
  `console.log('The Quick Brown'.replace(${R('[A-Z]', 'g')}, (c) => '_' + c.toLowerCase()), 'x'.search(${R('y')}), 'abcx'.search(${R('x')}));`,
  `const m = ${R('(?<year>\\d{4})-(?<month>\\d{2})')}.exec('on 2024-03'); console.log(m.groups, m.index, m.input, m.length, 'on 2024-03'.replace(${R('(?<y>\\d{4})')}, '[$<y>]'));`,
  `console.log([...'a1b2c3'.matchAll(${R('[a-z](\\d)', 'g')})].map((m) => m[1] + '@' + m.index), Object.prototype.toString.call('x'.matchAll(${R('x', 'g')})));`,
  `const re = ${R('o', 'g')}; console.log(re.exec('foo boo').index, re.lastIndex, re.exec('foo boo').index, re.lastIndex, re.exec('foo boo').index, re.exec('foo boo').index, re.exec('foo boo'), re.lastIndex);`,
  `console.log(${R('ABC', 'i')}.test('xabcx'), ${R('[a-z]+', 'i')}.exec('Hello')[0], ${R('é', 'i')}.test('É'), ${R('\\w+')}.exec('  héllo')[0]);`,
  `console.log(${R('^b', 'm')}.test('a\\nb'), ${R('^b')}.test('a\\nb'), ${R('a.c')}.test('a\\nc'), ${R('a.c', 's')}.test('a\\nc'), ${R('a$', 'm')}.exec('a\\nb').index);`,
  `console.log(${R('(a)|(b)')}.exec('b'), ${R('(a)?b')}.exec('b'), ${R('(?:ab)+')}.exec('ababx')[0], ${R('(a|ab)(c|bcd)(d*)')}.exec('abcd'));`,
  `console.log(${R('a*?b')}.exec('aaab')[0], ${R('a{2,3}')}.exec('aaaa')[0], ${R('a{2,}?')}.exec('aaaa')[0], ${R('a{2}')}.test('a'), ${R('x{,2}')}.test('x{,2}'), ${R('(a+)+b')}.test('aaaaaaaaaaaaaaaaaaab'));`,
  `console.log(${R('(\\w)\\1')}.exec('abccd'), ${R('(?<q>[\\x27"]).*?\\k<q>')}.exec('say "hi" now')[0], ${R('\\bfoo\\b')}.test('a foo b'), ${R('\\bfoo\\b')}.test('afoob'), ${R('\\Boo')}.exec('foo').index);`,
  `console.log(${R('foo(?=bar)')}.exec('foobar foobaz').index, ${R('foo(?!bar)')}.exec('foobar foobaz').index, ${R('(?<=\\$)\\d+')}.exec('cost $42')[0], ${R('(?<!\\$)\\b\\d+')}.exec('$42 and 17')[0]);`,
  `console.log(${R('[^abc]+')}.exec('abcdefabc')[0], ${R('[\\d.]+')}.exec('v1.2.3!')[0], ${R('[a-c-]+')}.exec('x-a-b-cz')[0], ${R('[\\]]')}.test(']'), ${R('[\\w-]+')}.exec('my-id_1 z')[0], ${R('\\x41\\u0042\\t')}.test('AB\\t'));`,
  `console.log(${R('.', 'gu')}.exec('😀x')[0].length, '😀😀'.match(${R('.', 'g')}).length, '😀😀'.match(${R('.', 'gu')}).length, ${R('\\u{1F600}', 'u')}.test('😀'), ${R('^.$', 'u')}.test('😀'), ${R('^.$')}.test('😀'));`,
  `const r = ${R('a', 'y')}; console.log(r.test('ba'), r.lastIndex, (r.lastIndex = 1, r.test('ba')), r.lastIndex);`,
  `const d = ${R('(?<w>b+)', 'd')}.exec('abbc'); console.log(d.indices, d.indices.groups);`,
  `console.log(String(${R('a/b')}), String(${R('')}), ${R('\\n')}.source, ${R('x', 'gimsuyd')}.flags, ${R('x', 'gi')}.global, ${R('x')}.sticky, RegExp.prototype.source, RegExp.prototype.flags, String(RegExp.prototype));`,
  `console.log(${R('[a-z]', 'g')}, [${R('x', 'i')}], { r: ${R('^\\\\d$')} }, Object.assign(${R('q')}, { extra: 1 }));`,
  `for (const [p, f] of [['(', ''], ['a**', ''], ['[b-a]', ''], ['x', 'gg'], ['x', 'z'], ['(?<n>a)(?<n>b)', ''], ['\\\\k<nope>(?<a>x)', ''], ['a{2,1}', ''], ['+', ''], ['\\\\', '']]) { try { new RegExp(p, f); console.log('ok', p); } catch (e) { console.log(e.constructor.name, e.message); } }`,
  `const re = ${R('x')}; console.log(RegExp(re) === re, new RegExp(re) === re, new RegExp(re, 'g').flags, RegExp('a', 'g').global, re instanceof RegExp, typeof re, Object.prototype.toString.call(re));`,
  `console.log('aXbXc'.replaceAll(${R('x', 'gi')}, '-'), 'abc'.replace(${R('(z)?b')}, '[$1]'), 'abc'.replace(${R('b')}, '$0$2$&'), 'a.b.c'.split('.'), 'x-y_z'.split(${R('[-_]')}));`,
  `try { 'a'.replaceAll(${R('a')}, 'b'); } catch (e) { console.log(e.constructor.name, e.message); } try { 'a'.matchAll(${R('a')}); } catch (e) { console.log(e.constructor.name, e.message); }`,
  `console.log('camelCaseString'.replace(${R('([a-z])([A-Z])', 'g')}, '$1_$2').toLowerCase(), '  trim me  '.replace(${R('^\\s+|\\s+$', 'g')}, ''), 'a,b;c d'.split(${R('[,; ]')}), 'count: 42 items'.match(${R('\\d+')})[0] * 2);`,
  `console.log(${R('^(?:\\+?1[-. ]?)?\\(?(\\d{3})\\)?[-. ]?(\\d{3})[-. ]?(\\d{4})$')}.exec('(555) 123-4567').slice(1), ${R('^[\\w.+-]+@[\\w-]+\\.[\\w.]+$')}.test('a.b+c@ex-ample.co.uk'));`,
  `const words = 'the quick brown fox jumps over the lazy dog the end'.match(${R('\\b\\w+\\b', 'g')}); const freq = {}; for (const w of words) freq[w] = (freq[w] || 0) + 1; console.log(words.length, freq.the, Object.keys(freq).length);`,
];
