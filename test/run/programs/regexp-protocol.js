// RegExp.prototype's Symbol.match/matchAll/replace/search/split protocol and String.prototype's
// entry points, with pristine regexps (the kernel's fast paths) and with observable overrides
// (exec, flags, lastIndex, species), compared with Node.
const log = [];
console.log('a-b_c d'.split(/[-_ ]/), 'a1b2c3'.split(/(\d)/), 'a1b2c3'.split(/\d/, 2), 'abc'.split(/(?:)/), ''.split(/a/));
console.log('x'.split(/(x)/), 'xax'.split(/x/), 'aXbxc'.split(/x/i), '😀a😀'.split(/(?:)/u).length);
console.log('2020-01-02'.replace(/(\d+)-(\d+)-(\d+)/, '$3.$2.$1'), 'aaa'.replace(/a/g, '[$&]'), 'abc'.replace(/b/, "$`$'$$"));
console.log('abc'.replace(/(?<x>b)/, '<$<x>>'), 'abc'.replace(/b/, '$<x>'), 'abc'.replace(/(b)/, '$2$1$01$001'));
console.log('a-b-c'.replace(/-/g, (m, i, s) => `(${m}${i}${s.length})`), 'abc'.replace(/(x)?b/, (m, p1) => typeof p1));
console.log('x1y2'.replace(/(?<d>\d)/g, (...args) => JSON.stringify(args[args.length - 1])));
console.log('aaaa'.replace(/a*?/g, '-'), 'abc'.replace(/$/g, '!'), 'abc'.replace(/^|$/g, '|'), 'ab'.replaceAll(/b/g, 'c'));
console.log('test'.match(/t/g), 'test'.match(/(t)(e)/), 'none'.match(/x/g), 'abc'.search(/c/), 'abc'.search(/x/));
console.log([...'a1b22'.matchAll(/\d+/g)].map((m) => m.index + m[0]), [...'ab'.matchAll(/(?:)/g)].length);
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.constructor.name, e.message); }
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.constructor.name, e.message); }

// An exec override is called by every protocol method.
const re = /b/g;
re.exec = function (s) { log.push('exec@' + this.lastIndex); return RegExp.prototype.exec.call(this, s); };
console.log('abcb'.replace(re, 'X'), 'abcb'.match(re), re.test('b'), 'b'.search(re));
console.log(log.join(' '));

// Subclasses, species and flags getters.
class Tracker extends RegExp {
  exec(s) { log.push('sub'); return super.exec(s); }
}
console.log('a,b,c'.replace(new Tracker(','), ';'), 'a,b'.split(new Tracker(',')), new Tracker('x', 'y') instanceof Tracker);
const sp = /,/;
sp.constructor = { [Symbol.species]: function (src, flags) { log.push('species ' + flags); return new RegExp(src, flags); } };
console.log('1,2'.split(sp), log[log.length - 1]);
const flagsLog = [];
const proxyish = /a/g;
Object.defineProperty(proxyish, 'global', { get() { flagsLog.push('global'); return true; } });
console.log(proxyish.flags, flagsLog.join());

// lastIndex writes observable through the protocol.
const g2 = /o/g;
g2.lastIndex = 3;
console.log('foo'.replace(g2, '0'), g2.lastIndex, 'foo'.match(g2).length, g2.lastIndex);
const frozen = Object.freeze(/a/g);
try { 'aa'.replace(frozen, 'b'); } catch (e) { console.log(e.constructor.name); }
const s2 = /a/y;
s2.lastIndex = 1;
console.log('aab'.replace(s2, 'X'), s2.lastIndex, 'xa'.search(s2), s2.lastIndex);

// The RegExp constructor and the prototype's accessors.
const r1 = /a/gi;
console.log(RegExp(r1) === r1, new RegExp(r1) === r1, new RegExp(r1, 'm').flags, RegExp('a', 'dgimsuy').flags);
console.log(Object.prototype.toString.call(/x/), String(/[/]\//), new RegExp('/').source, RegExp.prototype.source, RegExp.prototype.flags);
console.log(RegExp.prototype.global, typeof RegExp.prototype.exec, RegExp.length, RegExp.prototype.exec.name, RegExp[Symbol.species] === RegExp);
for (const [p, f] of [['(', ''], ['a', 'x'], ['a', 'uv'], ['[b-a]', ''], ['\\p{Nope}', 'u'], ['(?<n>a)(?<n>b)', ''], ['a**', ''], ['\\u{110000}', 'u']]) {
  try { new RegExp(p, f); console.log('ok', p); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const cmp = /a/;
cmp.compile('b+', 'g');
console.log(cmp.source, cmp.flags, cmp.lastIndex, cmp.test('abb'));
