// `npm run bench:parse`: Ouro's parser against acorn on large real-world files, measured in the
// same process and run. Both parsers build full ESTree with locations and ranges. For each file
// both are warmed up, then timed in alternating rounds; the figure per file is the median round,
// and the overall ratio is Ouro's total median time over acorn's (lower is better; the bar
// is <= 1.5).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as acorn from 'acorn';
import { parse } from '../../stage0/parse/parser.ts';
import { stripTypes } from '../../stage0/strip/strip.ts';
import { parseRegExp } from '../../stage0/parse/regexp.ts';
import { repoRoot } from '../support/test262.ts';

interface Input { name: string; sources: string[]; sourceType: 'script' | 'module' }

function inputs(): Input[] {
  const root = repoRoot();
  const octane = path.resolve(root, '../shared/bench/octane');
  const out: Input[] = readdirSync(octane).filter((f) => f.endsWith('.js')).sort()
    .map((f) => ({ name: `octane/${f}`, sources: [readFileSync(path.join(octane, f), 'utf8')], sourceType: 'script' as const }));
  // The project's own sources, each a JavaScript module with its types erased by ouro strip, since
  // acorn reads no TypeScript; they are timed together as one row.
  const own: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) own.push(p);
    }
  };
  for (const d of ['stage0', 'runtime', 'codegen-x64']) { try { walk(path.join(root, d)); } catch { /* absent */ } }
  const stripped: string[] = [];
  for (const f of own.sort()) {
    try { stripped.push(stripTypes(readFileSync(f, 'utf8'), { file: f }).code); } catch { /* not parseable yet */ }
  }
  out.push({ name: `ouro sources (${stripped.length} files)`, sources: stripped, sourceType: 'module' });
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function main(): void {
  const rounds = Number(process.env.ROUNDS ?? 15);
  let oursTotal = 0;
  let acornTotal = 0;
  const rows: string[][] = [['file', 'KiB', 'ouro ms', 'acorn ms', 'ratio']];
  for (const input of inputs()) {
    const acornOptions = { ecmaVersion: 'latest', sourceType: input.sourceType, locations: true, ranges: true, allowHashBang: true } as const;
    const sources = input.sources.filter((src) => {
      try { acorn.parse(src, acornOptions); parse(src, { sourceType: input.sourceType }); return true; } catch { return false; }
    });
    if (sources.length < input.sources.length) console.log(`${input.name}: ${input.sources.length - sources.length} file(s) skipped (rejected by a parser)`);
    if (sources.length === 0) continue;
    // Each timed sample repeats the parse enough times to last about 20 ms, so timer resolution
    // and scheduling noise stay small against it.
    const once = time(() => { for (const src of sources) acorn.parse(src, acornOptions); });
    const reps = Math.max(1, Math.ceil(20 / Math.max(once, 0.01)));
    const runOurs = () => { for (let r = 0; r < reps; r++) for (const src of sources) parse(src, { sourceType: input.sourceType }); };
    const runAcorn = () => { for (let r = 0; r < reps; r++) for (const src of sources) acorn.parse(src, acornOptions); };
    for (let i = 0; i < 3; i++) { runOurs(); runAcorn(); }
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < rounds; i++) {
      ours.push(time(runOurs));
      theirs.push(time(runAcorn));
    }
    const o = median(ours) / reps;
    const a = median(theirs) / reps;
    oursTotal += o;
    acornTotal += a;
    rows.push([input.name, (sources.reduce((n, src) => n + src.length, 0) / 1024).toFixed(0), o.toFixed(2), a.toFixed(2), (o / a).toFixed(2)]);
  }
  rows.push(['total', '', oursTotal.toFixed(2), acornTotal.toFixed(2), (oursTotal / acornTotal).toFixed(2)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  console.log(`\nparse time ratio ouro/acorn: ${(oursTotal / acornTotal).toFixed(2)} (median of ${rounds} alternating rounds per file, Node ${process.version})`);
  regexpScaling();
}

/**
 * The RegExp pattern parser on long patterns at n and 4n: a linear parser takes about 4x as long
 * for the larger one (the duplicate-name check must not revisit names per nesting level).
 */
function regexpScaling(): void {
  const patterns = (n: number): [string, string][] => {
    const deepNames = '(?:'.repeat(n / 10) + Array.from({ length: n / 10 }, (_, i) => `(?<n${i}>x)`).join('') + '|y)'.repeat(n / 10);
    return [['a'.repeat(n), ''], ['(a)'.repeat(n), 'u'], ['(?<a>x)|'.repeat(n), ''], ['[a-z\\d]'.repeat(n), 'v'], ['{1'.repeat(n), ''], ['\\1'.repeat(n), ''], [deepNames, '']];
  };
  const run = (n: number) => median([0, 1, 2].map(() => time(() => { for (const [p, f] of patterns(n)) parseRegExp(p, f, true); })));
  const small = run(50_000);
  const large = run(200_000);
  console.log(`regexp patterns, 50,000 -> 200,000 units: ${small.toFixed(0)} -> ${large.toFixed(0)} ms (x${(large / small).toFixed(1)}; linear is about x4)`);
}

main();
