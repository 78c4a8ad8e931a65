// Regexp-heavy text processing: a tokenizer, a CSV reader, templating, a log parser and
// whitespace normalisation over generated text, as a program would use regexps.
const tokenRe = /\s*(?:(?<num>\d+(?:\.\d+)?(?:e[+-]?\d+)?)|(?<id>[A-Za-z_$][\w$]*)|(?<str>"(?:[^"\\]|\\.)*")|(?<op>[-+*/%=<>!&|^~?:;,.(){}[\]]+))/y;
function tokenize(src) {
  const out = [];
  tokenRe.lastIndex = 0;
  let m;
  while (tokenRe.lastIndex < src.length && (m = tokenRe.exec(src)) !== null) {
    const kind = Object.keys(m.groups).find((k) => m.groups[k] !== undefined);
    out.push(kind + ':' + m.groups[kind]);
  }
  return out;
}
console.log(tokenize('let x = 3.5e2 + foo("a\\"b", y_1) * 42;').join(' '));

function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*$/.test(line)) continue;
    const cells = [];
    line.replace(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g, (m, quoted, plain) => {
      cells.push(quoted !== undefined ? quoted.replace(/""/g, '"') : plain.trim());
      return '';
    });
    rows.push(cells);
  }
  return rows;
}
console.log(JSON.stringify(parseCsv('name,age,city\r\n"Smith, J",42, Boston\n"a ""q"" b",7,\n\n')));

const template = 'Hello {{ user.name }}, you have {{count}} new {{ count == 1 ? "message" : "messages" }} in {{box}}.';
const vars = { 'user.name': 'Ada', count: 3, box: 'INBOX' };
console.log(template.replace(/\{\{\s*([\w.]+)(?:\s*==\s*(\d+)\s*\?\s*"([^"]*)"\s*:\s*"([^"]*)")?\s*\}\}/g,
  (m, key, eq, yes, no) => (eq === undefined ? String(vars[key]) : Number(vars[key]) === Number(eq) ? yes : no)));

const logLines = [];
for (let i = 0; i < 200; i++) {
  const level = ['INFO', 'WARN', 'ERROR', 'DEBUG'][i % 4];
  logLines.push(`2024-03-${String(1 + (i % 28)).padStart(2, '0')}T1${i % 10}:0${i % 6}:00Z [${level}] worker-${i % 7}: request /api/v${1 + (i % 3)}/items/${i * 37} took ${(i * 13) % 997}ms`);
}
const lineRe = /^(?<date>\d{4}-\d\d-\d\d)T(?<time>[\d:]+)Z \[(?<level>[A-Z]+)\] (?<worker>[\w-]+): request (?<path>\S+) took (?<ms>\d+)ms$/;
const stats = {};
let slow = 0;
for (const line of logLines) {
  const m = lineRe.exec(line);
  const { level, path, ms } = m.groups;
  stats[level] = (stats[level] || 0) + 1;
  if (+ms > 900 && /\/v2\//.test(path)) slow++;
}
console.log(JSON.stringify(stats), slow, logLines.join('\n').match(/ERROR/g).length, logLines[5].split(/[\s:[\]]+/).length);

let text = '';
for (let i = 0; i < 300; i++) text += (i % 5 === 0 ? '  \t' : ' ') + 'word' + i + (i % 7 === 0 ? '.\n' : ',');
const normalized = text.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
console.log(normalized.length, normalized.split(/\n/).length, (normalized.match(/\bword\d*7\b/g) || []).length);
console.log(normalized.replace(/\bword(\d+)/g, (m, n) => (n % 50 === 0 ? `<${n}>` : '')).replace(/[,.\s]+/g, ''));
const words = text.match(/[a-z]+\d+/gi);
console.log(words.length, words.filter((w) => /^word\d{2}$/.test(w)).length, text.search(/word29\b/), text.lastIndexOf('word299'));
const camel = 'some_snake_case_name-and-kebab'.replace(/[-_]([a-z])/g, (m, c) => c.toUpperCase());
console.log(camel, camel.replace(/([A-Z])/g, ' $1').toLowerCase(), 'x'.padEnd(5, 'ab').replace(/(ab)+/, '[$&]'));
