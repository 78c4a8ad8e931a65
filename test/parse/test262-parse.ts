// test262 parse conformance: every file of test/language, test/built-ins and test/annexB must
// parse in each goal it runs in, except `negative: {phase: parse, type: SyntaxError}` files,
// which must be rejected in every goal. Files using proposal features (above "## Standard
// language features" in features.txt) are skipped.
//
//   node scripts/ts.mjs test/parse/test262-parse.ts [--json out.json] [--min PCT] [--update] [FILTER...]
//
// --update rewrites test/parse/test262-parse-expected-failures.txt (the failures of a full run).
import fs from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { parse } from '../../stage0/parse/parser.ts';
import { OuroSyntaxError } from '../../stage0/parse/errors.ts';
import { repoRoot, nonStandardFeatures } from '../support/test262.ts';
import { inWorkers, loadTest, parseRunnerArgs, selectTests, summarize, type Goal, type TestCase, type FixtureClass } from './test262-files.ts';

export interface Outcome {
  file: string;
  pass: boolean;
  skip: boolean;
  /** Why it failed: the goal and the error (or "parsed but should fail"). */
  reason?: string;
}

export function runCase(tc: TestCase): Outcome {
  if (tc.skip) return { file: tc.file, pass: true, skip: true };
  for (const goal of tc.goals) {
    const reason = runGoal(tc, goal);
    if (reason) return { file: tc.file, pass: false, skip: false, reason };
  }
  return { file: tc.file, pass: true, skip: false };
}

function runGoal(tc: TestCase, goal: Goal): string | null {
  try {
    parse(tc.source, { sourceType: goal === 'module' ? 'module' : 'script', strict: goal === 'strict' });
  } catch (e) {
    if (!(e instanceof OuroSyntaxError)) return `${goal}: threw a non-OuroSyntaxError: ${String(e)}`;
    return tc.negative ? null : `${goal}: ${e.message} (${e.line}:${e.column})`;
  }
  return tc.negative ? `${goal}: parsed, but a SyntaxError is expected` : null;
}

export const EXPECTED_FAILURES_FILE = 'test/parse/test262-parse-expected-failures.txt';

function runChunk(test262: string, files: string[], skip: Set<string>, fixtures: Map<string, FixtureClass>): Outcome[] {
  return files.map((f) => runCase(loadTest(test262, f, skip, fixtures)));
}

async function main(): Promise<void> {
  const { jsonOut, min, update, filters } = parseRunnerArgs(process.argv.slice(2));
  const { test262, files, fixtures } = selectTests(filters);
  const t0 = Date.now();
  const results = await inWorkers<Outcome>(fileURLToPath(import.meta.url), files, { test262, fixtures });
  report(results, Date.now() - t0);
  const ran = results.filter((r) => !r.skip);
  const passed = ran.filter((r) => r.pass).length;
  const pct = ran.length ? (100 * passed) / ran.length : 100;
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ passed, total: ran.length, percent: pct, results }, null, 1));
  if (update) {
    const failures = ran.filter((r) => !r.pass).map((r) => r.file);
    fs.writeFileSync(path.join(repoRoot(), EXPECTED_FAILURES_FILE), failures.join('\n') + (failures.length ? '\n' : ''));
    console.log(`wrote ${EXPECTED_FAILURES_FILE} (${failures.length} files)`);
  }
  if (pct < min) {
    console.log(`FAIL: ${pct.toFixed(2)}% is below --min ${min}%`);
    process.exit(1);
  }
}

function report(results: Outcome[], ms: number): void {
  for (const f of results) if (!f.skip && !f.pass) console.log(`FAIL ${f.file}\n     ${f.reason}`);
  for (const line of summarize(results, ms)) console.log(line);
}

if (isMainThread) {
  if (process.argv[1]?.endsWith('test262-parse.ts')) await main();
} else {
  const { test262, files, fixtures } = workerData as { test262: string; files: string[]; fixtures: [string, FixtureClass][] };
  parentPort!.postMessage(runChunk(test262, files, nonStandardFeatures(test262), new Map(fixtures)));
}
