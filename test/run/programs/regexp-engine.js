// The regex engine against Node: backtracking order, captures in loops, lookarounds, backreferences,
// quantifier bounds, case folding (i, iu), Unicode properties, v-mode sets, anchors and flags.
function show(re, s) {
  const m = re.exec(s);
  if (m === null) return 'null';
  const parts = [];
  for (let i = 0; i < m.length; i++) parts.push(m[i] === undefined ? 'u' : JSON.stringify(m[i]));
  let out = m.index + ':' + parts.join(',');
  if (m.groups) out += ' groups=' + JSON.stringify(m.groups);
  if (m.indices) out += ' indices=' + JSON.stringify(m.indices);
  return out;
}
const cases = [
  [/a|ab/, 'abc'], [/(a|ab)(c|bcd)(d*)/, 'abcd'], [/((a)|b)+/, 'ab'], [/(z)((a+)?(b+)?(c))*/, 'zaacbbbcac'],
  [/(a*)*/, 'b'], [/(a*)+/, 'b'], [/(a*)b\1+/, 'baaaac'], [/(?=(a+))/, 'baaabac'], [/(?=(a+))a*b\1/, 'baaabac'],
  [/(.*?)a(?!(a+)b\2c)\2(.*)/, 'baaabaac'], [/(?<=\$)\d+(\.\d*)?/, 'cost: $10.53'], [/(?<!\$)\b\d+/, '$10 20'],
  [/(?<=(\d+)(\d+))$/, '1053'], [/(?<=\1(a))b/, 'aab'], [/(?<=a(?:b|bc))d/, 'abcd'],
  [/a{2,3}/, 'aaaa'], [/a{2,3}?/, 'aaaa'], [/a{0}/, 'aaa'], [/x{1,}y/, 'xxxy'], [/a{,2}/, 'a{,2}'], [/\{/, '{'],
  [/^(?:a+|b)*c$/, 'aababc'], [/(a+)+$/, 'aaaa'], [/(\w+)\s+\1/, 'the the end'], [/\k<w>(?<w>x)/, 'xx'],
  [/(?<first>\w)(?<rest>\w*)/, 'hello'], [/(?<a>.)(?<b>.)?/d, 'z'], [/\bfoo\b/, 'a foo b'], [/\Boo\B/, 'fooo'],
  [/^abc$/m, 'x\nabc\ny'], [/^$/m, 'a\n\nb'], [/a.c/s, 'a\nc'], [/a[^]c/, 'a\nc'], [/a.c/, 'a\u2028c'],
  [/ABC/i, 'xabcx'], [/[a-z]+/i, 'HeLLo'], [/\u212a/i, 'k'], [/\u212a/iu, 'k'], [/ß/iu, 'ẞ'], [/[^a]/i, 'A'],
  [/\w/iu, 'ſ'], [/\W/iu, 'ſ'], [/[\w-]+/, 'ab-c d'], [/[\d-z]+/, '1-z'], [/\x41\u0042\103/, 'ABC'], [/\cJ/, '\n'],
  [/\0/, 'a\0'], [/[\b]/, '\b'], [/\1(a)/, 'aa'], [/\8/, '8'], [/]/, ']'], [/a{/, 'a{'],
  [/\p{Lu}\p{Ll}+/u, 'say Hello'], [/\p{Script=Greek}+/u, 'abc αβγ def'], [/\P{L}+/u, 'ab12!?cd'],
  [/\p{Nd}+/u, 'x٣٤٥y'], [/[\p{Emoji_Presentation}]/u, 'hi 😀'], [/\p{scx=Hira}/u, 'ー'], [/^\p{Any}$/u, '😀'],
  [/^.$/u, '😀'], [/^..$/, '😀'], [/\ud83d/u, '😀'], [/\ud83d/, '😀'], [/[😀-😂]/u, '😁'], [/\u{1F600}/u, '😀'],
  [/[\p{L}--[a-z]]+/v, 'abcDEF'], [/[[a-z]&&[^aeiou]]+/v, 'aeibcdo'], [/[\q{abc|ab|a}]/v, 'xabcd'],
  [/[\p{ASCII}--\p{L}]+/v, 'ab12!c'], [/[[0-9][a-c]]+/v, 'x1a2bz'],
  [/a+?b/, 'aaab'], [/a*?$/, 'aaa'], [/(a|b)*?c/, 'abac'], [/(?:(a)|b)*/, 'ab'], [/(a)|(b)/, 'b'],
];
for (const [re, s] of cases) console.log(String(re).padEnd(28), show(re, s));

// lastIndex and sticky/global rules.
const g = /a/g;
const seen = [];
for (let i = 0; i < 4; i++) seen.push(g.test('aa') + '@' + g.lastIndex);
console.log(seen.join(' '));
const y = /b/y;
console.log(y.exec('ab'), y.lastIndex, (y.lastIndex = 1, y.exec('ab')[0]), y.lastIndex);
const li = /x/g;
li.lastIndex = -5;
console.log(li.exec('x').index, li.lastIndex);
li.lastIndex = 7;
console.log(li.exec('x'), li.lastIndex);
const u = /(?:)/gu;
u.lastIndex = 1;
console.log(u.exec('😀').index, u.lastIndex);

// Catastrophic pattern: runs to completion without overflowing any stack.
console.log(/(a+)+b/.test('a'.repeat(18) + 'c'), /^(\w+\s?)*$/.test('a b c d e f g h i j k l m n o p q!'));
console.log(/(?:a|b)*c/.exec('ab'.repeat(20000) + 'c')[0].length, /x*y/.test('x'.repeat(3000)));
