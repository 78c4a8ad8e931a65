// Acorn differential: for every positive test262 file (test/language, test/built-ins,
// test/annexB) that acorn 8 also accepts, Ouro's AST must equal acorn's
// ({ecmaVersion: 'latest', locations: true, ranges: true, allowHashBang: true}) after the
// normalization below, which removes exactly the differences listed in acorn-differences.md.
//
//   node scripts/ts.mjs test/parse/acorn-diff.ts [--json out.json] [--min PCT] [FILTER...]
import fs from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import { parse } from '../../stage0/parse/parser.ts';
import { nonStandardFeatures } from '../support/test262.ts';
import { inWorkers, loadTest, parseRunnerArgs, selectTests, summarize, type FixtureClass } from './test262-files.ts';

export interface DiffOutcome {
  file: string;
  pass: boolean;
  skip: boolean;
  reason?: string;
}

/**
 * Removes the documented intended differences (see acorn-differences.md):
 *   - FunctionDeclaration.annexB (Ouro's Annex B.3.3 marker);
 *   - Literal.value of regular expressions (a host RegExp object; `regex` is compared instead).
 */
export function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const n = node as Record<string, unknown>;
  for (const key of Object.keys(n)) {
    if (key === 'annexB' && n['type'] === 'FunctionDeclaration') continue;
    if (key === 'value' && n['type'] === 'Literal' && n['regex']) continue;
    out[key] = normalize(n[key]);
  }
  return out;
}

/** First path at which `a` and `b` differ, or null. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path || '<root>'}: ${show(a)} !== ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  for (const k of new Set([...ka, ...kb])) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

function show(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  try {
    const s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
    return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 80) + '…' : s;
  } catch {
    return String(v);
  }
}

export function diffSource(source: string, sourceType: 'script' | 'module', strict: boolean): { skip: boolean; reason?: string } {
  let expected: unknown;
  try {
    expected = acorn.parse(source, { ecmaVersion: 'latest', sourceType, locations: true, ranges: true, allowHashBang: true });
  } catch {
    return { skip: true };
  }
  let actual: unknown;
  try {
    actual = parse(source, { sourceType, strict });
  } catch (e) {
    return { skip: false, reason: `Ouro rejects: ${(e as Error).message}` };
  }
  const d = firstDifference(normalize(actual), normalize(expected));
  return d ? { skip: false, reason: d } : { skip: false };
}

function runChunk(test262: string, files: string[], fixtures: Map<string, FixtureClass>): DiffOutcome[] {
  const skipFeatures = nonStandardFeatures(test262);
  return files.map((file) => {
    const tc = loadTest(test262, file, skipFeatures, fixtures);
    if (tc.skip || tc.negative) return { file, pass: true, skip: true };
    const goal = tc.goals[0]!;
    const r = diffSource(tc.source, goal === 'module' ? 'module' : 'script', goal === 'strict');
    return { file, pass: !r.reason && !r.skip, skip: r.skip, reason: r.reason };
  });
}

async function main(): Promise<void> {
  const { jsonOut, min, filters } = parseRunnerArgs(process.argv.slice(2));
  const { test262, files, fixtures } = selectTests(filters);
  const t0 = Date.now();
  const results = await inWorkers<DiffOutcome>(fileURLToPath(import.meta.url), files, { test262, fixtures });
  for (const r of results) if (!r.skip && !r.pass) console.log(`DIFF ${r.file}\n     ${r.reason}`);
  for (const line of summarize(results, Date.now() - t0)) console.log(line);
  const ran = results.filter((r) => !r.skip);
  const pct = (100 * ran.filter((r) => r.pass).length) / Math.max(1, ran.length);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ percent: pct, results }, null, 1));
  if (pct < min) {
    console.log(`FAIL: ${pct.toFixed(2)}% is below --min ${min}%`);
    process.exit(1);
  }
}

if (isMainThread) {
  if (process.argv[1]?.endsWith('acorn-diff.ts')) await main();
} else {
  const { test262, files, fixtures } = workerData as { test262: string; files: string[]; fixtures: [string, FixtureClass][] };
  parentPort!.postMessage(runChunk(test262, files, new Map(fixtures)));
}
