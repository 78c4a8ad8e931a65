// A test262 run of built-in directories on the realm (kernel builtins + the stage1 library):
//   node scripts/ts.mjs test/realm/test262-builtins.ts built-ins/Math built-ins/String/prototype/indexOf ...
// Each test runs in a fresh realm (loaded from the realm snapshot cache) with the harness files it
// includes; prints pass/fail per directory and, with -v, the failures. Async tests ($DONE),
// modules and tests of non-standard features are skipped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test262Dir, listJsFiles, nonStandardFeatures } from '../support/test262.ts';
import { freshHeap } from '../kernel/helpers.ts';
import { createRealm, setScriptCompiler } from '../../stage0/vm/realm.ts';
import { testCompiler, evalScript, Thrown } from './helpers.ts';
import { nodeCaptureOutput, nodeSetExitThrows } from '../../runtime/host/node.ts';

const root = test262Dir();
const verbose = process.argv.includes('-v');
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const skipFeatures = nonStandardFeatures(root);
const harnessCache = new Map<string, string>();
function harness(name: string): string {
  let s = harnessCache.get(name);
  if (s === undefined) harnessCache.set(name, (s = readFileSync(path.join(root, 'harness', name), 'utf8')));
  return s;
}

function meta(source: string): { includes: string[]; flags: string[]; features: string[]; negative: string | null } {
  const m = /\/\*---([\s\S]*?)---\*\//.exec(source);
  const text = m ? m[1]! : '';
  const list = (key: string): string[] => {
    const inline = new RegExp(`^\\s*${key}:\\s*\\[([^\\]]*)\\]`, 'm').exec(text);
    if (inline) return inline[1]!.split(',').map((s) => s.trim()).filter(Boolean);
    const block = new RegExp(`^\\s*${key}:\\s*\\n((?:\\s+-\\s*.*\\n)+)`, 'm').exec(text);
    return block ? block[1]!.split('\n').map((l) => l.replace(/^\s*-\s*/, '').trim()).filter(Boolean) : [];
  };
  const neg = /negative:\s*\n\s*phase:\s*(\w+)\s*\n\s*type:\s*(\w+)/.exec(text);
  return { includes: list('includes'), flags: list('flags'), features: list('features'), negative: neg ? `${neg[1]}:${neg[2]}` : null };
}

setScriptCompiler(testCompiler);
nodeSetExitThrows(true);
let totalPass = 0;
let totalRun = 0;
for (const dir of dirs) {
  const files = listJsFiles(path.join(root, 'test', dir)).filter((f) => !f.includes('_FIXTURE'));
  let pass = 0;
  let run = 0;
  let skipped = 0;
  const failures: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const md = meta(source);
    if (md.flags.includes('module') || md.flags.includes('async') || md.features.some((f) => skipFeatures.has(f)) ||
        (md.negative && md.negative.startsWith('parse'))) {
      skipped++;
      continue;
    }
    const prelude = ['assert.js', 'sta.js', ...md.includes].map(harness).join('\n');
    const strict = md.flags.includes('onlyStrict') ? '"use strict";\n' : '';
    const text = md.flags.includes('raw') ? source : strict + prelude + '\n' + source;
    freshHeap(128, 1);
    createRealm({});
    const lines: string[] = [];
    nodeCaptureOutput(lines);
    let result: unknown;
    try {
      result = evalScript(text);
    } catch (e) {
      result = new Thrown(`host: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      nodeCaptureOutput(null);
    }
    run++;
    const threw = result instanceof Thrown;
    const ok = md.negative ? threw && String((result as Thrown).value).startsWith(md.negative.split(':')[1]!) : !threw;
    if (ok) pass++;
    else failures.push(`${path.relative(path.join(root, 'test'), file)}: ${threw ? String((result as Thrown).value) : 'no exception'}`);
  }
  totalPass += pass;
  totalRun += run;
  console.log(`${dir}: ${pass}/${run} passed (${skipped} skipped)`);
  if (verbose) for (const f of failures) console.log(`  FAIL ${f}`);
}
if (dirs.length > 1) console.log(`total: ${totalPass}/${totalRun}`);
