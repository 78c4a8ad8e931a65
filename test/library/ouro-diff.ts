// Developer tool: runs the library's console/built-in cases on Ouro itself (`node dist/ouro.mjs
// run`, which loads stage1/ from this checkout) and compares them with Node. Prints the
// differing cases and a summary. Build dist/ first (make) when the kernel changed.
//   node scripts/ts.mjs test/library/ouro-diff.ts [filter] [--all]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runOnNode, programFor, splitOutput, asciiOnly } from './node-oracle.ts';
import { inspectCases } from './cases-inspect.ts';
import { builtinCases } from './cases-builtins.ts';
import { regexpCases } from './cases-regexp.ts';

// process.stdout.write is the library's (stage1/80-process.js) on Ouro.
const PRELUDE_OURO = 'function print_mark(m) { process.stdout.write(m); process.stderr.write(m); }\n';
const args = process.argv.slice(2);
const showAll = args.includes('--all');
const filter = args.find((a) => !a.startsWith('--'));
// --range=FROM:TO runs a slice of the cases.
const range = args.find((a) => a.startsWith('--range='));
let cases = [...inspectCases, ...builtinCases, ...regexpCases].filter((c) => filter === undefined || c.includes(filter));
if (range !== undefined) {
  const [from, to] = range.slice('--range='.length).split(':').map(Number);
  cases = cases.slice(from, to);
}
const expected = runOnNode(cases);
// Chunks of cases run in separate processes, so that a hang or crash loses only its chunk.
const CHUNK = 25;
const actual: { stdout: string; stderr: string }[] = [];
const broken: string[] = [];
for (let from = 0; from < cases.length; from += CHUNK) {
  const chunk = cases.slice(from, from + CHUNK);
  const file = path.join(os.tmpdir(), `ouro-diff-${process.pid}.js`);
  fs.writeFileSync(file, asciiOnly(PRELUDE_OURO + programFor(chunk)));
  const r = spawnSync(process.execPath, ['dist/ouro.mjs', 'run', file], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 });
  fs.unlinkSync(file);
  if (r.status !== 0) broken.push(`cases ${from}..${from + chunk.length - 1}: exit ${r.status}${r.signal ? ' (' + r.signal + ')' : ''}`);
  actual.push(...splitOutput(chunk, r.stdout ?? '', r.stderr ?? ''));
}
let failed = 0;
cases.forEach((c, i) => {
  const a = actual[i];
  const e = expected[i];
  if (a.stdout === e.stdout && a.stderr === e.stderr) return;
  failed++;
  if (showAll || failed <= 40) console.log(`=== ${c}\n--- node:\n${e.stdout}${e.stderr}--- ouro:\n${a.stdout}${a.stderr}`);
});
for (const b of broken) console.log(`ouro did not finish: ${b}`);
console.log(`${cases.length - failed} of ${cases.length} cases print on Ouro what Node prints`);
