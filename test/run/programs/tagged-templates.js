// Tagged templates: strings, raw strings, values, caching of the strings array.
function tag(strings, ...values) {
  return strings.raw.join('|') + ' :: ' + strings.join('|') + ' :: ' + values.join(',');
}
console.log(tag`a${1}b${2}c`);
console.log(tag`\n${'x'}`);
function first(s) { return s; }
const sites = [];
for (let i = 0; i < 2; i++) sites.push(first`same`);
console.log(sites[0] === sites[1], Object.isFrozen(sites[0]), Array.isArray(sites[0].raw));
console.log(first`x` === first`x`);
const html = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? `<${v[i]}>` : ''), '');
console.log(html`Hi ${'there'} and ${'you'}!`);
console.log(tag``);
