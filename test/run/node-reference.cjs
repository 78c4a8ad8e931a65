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

/**
 * vm and the module loader put the position of a syntax error at the top of its stack:
 * `file:LINE\nsource\n   ^`. The file is the one with the error (a module's URL), printed
 * relative to the working directory as Ouro prints it.
 */
function reportSyntaxError(e, source) {
  const lines = String(e.stack).split('\n');
  const m = /^(.*):(\d+)$/.exec(lines[0]);
  const caret = lines[2] ?? '';
  const line = m ? Number(m[2]) : 0;
  const col = caret.indexOf('^') + 1;
  let where = file;
  if (m && m[1].startsWith('file://')) where = path.relative(process.cwd(), require('node:url').fileURLToPath(m[1]));
  process.stderr.write(`${where}:${line}:${col}: SyntaxError: ${e.message}\n`);
  process.exit(1);
}

/**
 * Node 20 gives a syntax error in an imported module no position: find the module that does not
 * compile (`node --check` over the static imports, depth first) and report its position.
 */
function findSyntaxError(entry, seen = new Set()) {
  const { spawnSync } = require('node:child_process');
  const full = path.resolve(entry);
  if (seen.has(full) || !fs.existsSync(full)) return false;
  seen.add(full);
  const source = fs.readFileSync(full, 'utf8');
  for (const m of source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    if (findSyntaxError(path.join(path.dirname(full), m[1]), seen)) return true;
  }
  const r = spawnSync(process.execPath, ['--check', full], { encoding: 'utf8' });
  if (r.status === 0) return false;
  const lines = r.stderr.split('\n');
  const at = lines.findIndex((l) => /^file:\/\/.*:\d+$/.test(l) || /^\/.*:\d+$/.test(l));
  const message = lines.find((l) => l.startsWith('SyntaxError: '));
  if (at < 0 || !message) return false;
  const m = /^(.*):(\d+)$/.exec(lines[at]);
  const where = path.relative(process.cwd(), m[1].startsWith('file://') ? require('node:url').fileURLToPath(m[1]) : m[1]);
  const col = (lines[at + 2] ?? '').indexOf('^') + 1;
  process.stderr.write(`${where}:${m[2]}:${col}: ${message}\n`);
  process.exit(1);
}

/** Runs a file as a module (the detect-module-syntax case copies it to a temporary .mjs sibling). */
function runModule(target, cleanup) {
  let settled = false;
  // An entry whose top-level await never settles: Node warns and exits 13 when it runs the file
  // itself; import() here cannot see that, so the file is run directly for its report.
  process.on('exit', (code) => {
    if (settled || code !== 0) return;
    const r = require('node:child_process').spawnSync(process.execPath, [target], { encoding: 'utf8' });
    process.stderr.write(r.stderr.replace(/\.[^/]*\.\d+\.mjs/g, ''));
    process.exitCode = r.status;
  });
  import(pathToFileURL(path.resolve(target)).href).then(() => { settled = true; cleanup(); }, (e) => {
    settled = true;
    cleanup();
    if (e instanceof SyntaxError && /^\S+:\d+\n/.test(String(e.stack))) reportSyntaxError(e, '');
    if (e instanceof SyntaxError && !/^\S+:\d+\n/.test(String(e.stack))) findSyntaxError(target);
    report(e);
  });
}

/** TypeScript: types erased by Ouro's own stripper (Node 20 runs no TypeScript), then run as JavaScript. */
function stripped(target) {
  const { execFileSync } = require('node:child_process');
  const ouro = path.join(__dirname, '../../dist/ouro.mjs');
  return execFileSync(process.execPath, [ouro, 'strip', target], { encoding: 'utf8' });
}

const hasModuleSyntax = (source) => /^\s*(import\s*[\w{*'"]|export\s)/m.test(source) || /\bimport\.meta\b/.test(source);

function temporarySibling(source, ext) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}${ext}`);
  fs.writeFileSync(tmp, source);
  return tmp;
}

if (file.endsWith('.mjs')) {
  runModule(file, () => {});
} else if (file.endsWith('.cjs')) {
  // As `node FILE.cjs` runs it: the main module (require.main === module, module.id '.').
  require('node:module')._load(path.resolve(file), null, true);
} else {
  let source = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.ts')) source = stripped(file);
  if (hasModuleSyntax(source)) {
    // Node 22's "detect module syntax": a .js (or .ts) file with module syntax is a module.
    const tmp = temporarySibling(source, '.mjs');
    runModule(tmp, () => fs.rmSync(tmp, { force: true }));
  } else {
    let script;
    try {
      script = new vm.Script(source, { filename: file });
    } catch (e) {
      reportSyntaxError(e, source);
    }
    script.runInThisContext();
  }
}
