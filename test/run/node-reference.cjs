// Runs one corpus program on Node the way `ouro run` runs it, to produce the expected output:
// a .js file as a classic script (vm.runInThisContext: top-level var and function declarations
// become global properties, `this` is the global object, sloppy mode — the repo's package.json
// would otherwise make Node load .js files as ES modules), a .mjs file as a module. Uncaught
// exceptions and unhandled rejections are reported the way Ouro reports them (DESIGN §10): the
// first line of stderr is `Uncaught <Name>: <message>`, exit status 1; a syntax error is
// `FILE:LINE:COL: SyntaxError: <message>`.
//   node test/run/node-reference.cjs FILE
'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
const path = require('node:path');
const util = require('node:util');
const { pathToFileURL } = require('node:url');

const file = process.argv[2];

function header(e) {
  if (e instanceof Error) return e.message === '' ? String(e.name) : `${e.name}: ${e.message}`;
  return util.inspect(e);
}

function report(e) {
  let text = `Uncaught ${header(e)}\n`;
  if (e instanceof Error && typeof e.stack === 'string') {
    text += e.stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n') + '\n';
  }
  process.stderr.write(text);
  process.exit(1);
}
process.on('uncaughtException', report);
process.on('unhandledRejection', report);

/** vm puts the position of a syntax error at the top of its stack: `file:LINE\nsource\n   ^`. */
function reportSyntaxError(e, source) {
  const lines = String(e.stack).split('\n');
  const m = /:(\d+)$/.exec(lines[0]);
  const caret = lines[2] ?? '';
  const line = m ? Number(m[1]) : 0;
  const col = caret.indexOf('^') + 1;
  process.stderr.write(`${file}:${line}:${col}: SyntaxError: ${e.message}\n`);
  process.exit(1);
}

if (file.endsWith('.mjs')) {
  import(pathToFileURL(path.resolve(file)).href).catch((e) => {
    if (e instanceof SyntaxError && /^\S+:\d+\n/.test(String(e.stack))) reportSyntaxError(e, '');
    report(e);
  });
} else {
  const source = fs.readFileSync(file, 'utf8');
  let script;
  try {
    script = new vm.Script(source, { filename: file });
  } catch (e) {
    reportSyntaxError(e, source);
  }
  script.runInThisContext();
}
