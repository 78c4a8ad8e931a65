// Parse-time comparison with acorn (locations and ranges on) over ../shared/bench/octane/*.js.
//   node scripts/ts.mjs test/parse/perf.ts [ROUNDS]
// Prints per-file and total best-of-ROUNDS times and the Ouro/acorn ratio.
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { parse } from '../../stage0/parse/parser.ts';
import { repoRoot } from '../support/test262.ts';

const rounds = Number(process.argv[2] ?? 10);
const dir = path.resolve(repoRoot(), '../shared/bench/octane');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();

function best(fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

let totalOuro = 0;
let totalAcorn = 0;
for (const f of files) {
  const src = fs.readFileSync(path.join(dir, f), 'utf8');
  const a = best(() => acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'script', locations: true, ranges: true }));
  const o = best(() => parse(src, { sourceType: 'script' }));
  totalOuro += o;
  totalAcorn += a;
  console.log(`${f.padEnd(20)} ouro ${o.toFixed(2).padStart(8)} ms  acorn ${a.toFixed(2).padStart(8)} ms  ratio ${(o / a).toFixed(2)}`);
}
console.log(`${'total'.padEnd(20)} ouro ${totalOuro.toFixed(2).padStart(8)} ms  acorn ${totalAcorn.toFixed(2).padStart(8)} ms  ratio ${(totalOuro / totalAcorn).toFixed(2)}`);
