// A quick test262 pass over the expression and type-conversion directories that exercise the
// semantics of values: `node scripts/ts.mjs test/semantics/test262-expressions.ts [DIR…]`.
// Runs each test in a fresh engine in this process (harness assert.js + sta.js + includes),
// strict and sloppy as its flags ask; skips modules, async tests, parse-negative tests and
// features the engine does not have (Proxy, ...). Prints failures and a summary.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../stage0/vm/engine.ts';
import { DEFAULT_FLAGS } from '../../stage0/cli/flags.ts';
import { nodeCaptureOutput } from '../../runtime/host/node.ts';
import { test262Dir } from '../support/test262.ts';

const root = test262Dir();
if (!root) {
  console.error('test262 not found');
  process.exit(2);
}
const DEFAULT_DIRS = [
  'language/expressions/addition', 'language/expressions/subtraction', 'language/expressions/multiplication',
  'language/expressions/division', 'language/expressions/modulus', 'language/expressions/exponentiation',
  'language/expressions/equals', 'language/expressions/does-not-equals', 'language/expressions/strict-equals',
  'language/expressions/strict-does-not-equals', 'language/expressions/less-than', 'language/expressions/greater-than',
  'language/expressions/less-than-or-equal', 'language/expressions/greater-than-or-equal', 'language/expressions/in',
  'language/expressions/instanceof', 'language/expressions/typeof', 'language/expressions/unary-minus',
  'language/expressions/unary-plus', 'language/expressions/bitwise-not', 'language/expressions/bitwise-and',
  'language/expressions/bitwise-or', 'language/expressions/bitwise-xor', 'language/expressions/left-shift',
  'language/expressions/right-shift', 'language/expressions/unsigned-right-shift', 'language/expressions/prefix-increment',
  'language/expressions/prefix-decrement', 'language/expressions/postfix-increment', 'language/expressions/postfix-decrement',
  'language/expressions/delete', 'language/expressions/property-accessors', 'language/expressions/concatenation',
  'language/expressions/logical-not', 'language/types',
];
const SKIP_FEATURES = ['Proxy', 'Reflect.construct', 'cross-realm', 'IsHTMLDDA', 'Temporal', 'SharedArrayBuffer', 'Atomics', 'resizable-arraybuffer', 'decorators', 'source-phase-imports', 'import-defer'];
const harness = (name: string) => readFileSync(path.join(root, 'harness', name), 'utf8');
const base = harness('assert.js') + '\n' + harness('sta.js') + '\n';

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (e.endsWith('.js') && !e.includes('_FIXTURE')) out.push(p);
  }
}

const dirs = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_DIRS;
const files: string[] = [];
for (const d of dirs) walk(path.join(root, 'test', d), files);
let pass = 0, fail = 0, skip = 0;
const failures: string[] = [];
for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const meta = /\/\*---([\s\S]*?)---\*\//.exec(src)?.[1] ?? '';
  const flags = /flags:\s*\[([^\]]*)\]/.exec(meta)?.[1] ?? '';
  const features = /features:\s*\[([^\]]*)\]/.exec(meta)?.[1] ?? '';
  const includes = (/includes:\s*\[([^\]]*)\]/.exec(meta)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (/module|async|raw|CanBlock/.test(flags) || /negative:/.test(meta) || SKIP_FEATURES.some((f) => features.includes(f))) {
    skip++;
    continue;
  }
  const modes = flags.includes('onlyStrict') ? [true] : flags.includes('noStrict') ? [false] : [false, true];
  let ok = true;
  let why = '';
  for (const strict of modes) {
    const source = (strict ? '"use strict";\n' : '') + base + includes.map(harness).join('\n') + '\n' + src;
    const lines: string[] = [];
    nodeCaptureOutput(lines);
    let status: { kind: string };
    try {
      const engine = createEngine({ ...DEFAULT_FLAGS });
      status = engine.runScript(source, file);
    } catch (e) {
      status = { kind: 'crash ' + String(e).slice(0, 200) };
    } finally {
      nodeCaptureOutput(null);
    }
    if (status.kind !== 'ok') {
      ok = false;
      why = `${strict ? '[strict] ' : ''}${status.kind}: ${lines.slice(0, 2).join(' | ').slice(0, 300)}`;
      break;
    }
  }
  if (ok) pass++;
  else {
    fail++;
    failures.push(`${path.relative(path.join(root, 'test'), file)}  ${why}`);
  }
}
for (const f of failures) console.log('FAIL ' + f);
console.log(`test262 expressions/types: ${pass} passed, ${fail} failed, ${skip} skipped (${files.length} files)`);
