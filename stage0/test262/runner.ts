// The programmatic API of the test262 runner (docs/test262.md): discover the tests, run every
// (test, mode) pair on the worker pool, and summarize. `ouro test262` (stage0/cli/commands/
// test262.ts) and the ratchet (test/test262/ratchet.test.ts) are both built on runTest262.
//
//   import { runTest262, summarize, formatSummary } from '../../stage0/test262/runner.ts';
//   const run = await runTest262({ paths: ['built-ins/Math'] });
//   console.log(formatSummary(summarize(run)));
import { availableParallelism } from 'node:os';
import { discoverTests, findTest262, nameHash, type Bucket, type DiscoveredTest, type DiscoverOptions } from './discover.ts';
import { runJobs } from './pool.ts';
import type { TestMode } from './metadata.ts';

export { discoverTests, findTest262, DEFAULT_PATHS, nonStandardFeatures, nameHash } from './discover.ts';
export type { DiscoveredTest, Bucket } from './discover.ts';

export interface RunOptions extends Omit<DiscoverOptions, 'root'> {
  /** The test262 checkout (default: findTest262()). */
  root?: string;
  /** Worker threads (default: the number of cores). */
  workers?: number;
  /** Per-run time limit in ms (default 20 s): past it the worker is killed and the run fails. */
  timeoutMs?: number;
  /** Old-generation size of each test's heap in MB (default 128). */
  heapMB?: number;
  /** Called after each result with the counts so far. */
  onProgress?: (done: number, total: number, passed: number) => void;
  /** Stops the run: the jobs under way finish, the results cover the tests whose runs all finished. */
  signal?: AbortSignal;
}

export interface RunResult {
  /** The test's name (its path under test/). */
  test: string;
  mode: TestMode;
  pass: boolean;
  /** Why it failed ('' when it passed). */
  message: string;
  ms: number;
  bucket: Bucket;
}

export interface Test262Run {
  root: string;
  tests: DiscoveredTest[];
  /** One per (test, mode), sorted by test name then mode. */
  results: RunResult[];
  skipped: number;
  workers: number;
  elapsedMs: number;
  /** The run was stopped (signal) before every job ran; `results` cover the tests that finished. */
  interrupted: boolean;
  /** Runs planned (all modes of all tests). */
  planned: number;
}

/**
 * The order jobs are handed out: chunks of 64 jobs from each directory in turn, each directory's
 * jobs in the order of a hash of their names, so that a run stopped early has covered every
 * directory (small ones completely, large ones with at least a chunk per round, drawn from all of
 * the directory: its table estimates each directory). Harness images are kept per worker (128),
 * so the mixed order costs few harness runs.
 */
export function interleavedOrder(names: readonly string[], depth = 2, chunk = 64): number[] {
  const byDir = new Map<string, number[]>();
  names.forEach((name, i) => {
    const dir = directoryOf(name, depth);
    let list = byDir.get(dir);
    if (!list) byDir.set(dir, (list = []));
    list.push(i);
  });
  // Within a directory by a hash of the test's name (its modes stay together): the first runs of
  // a large directory are then a sample of all of it, not its alphabetically first subdirectory.
  const hashes = names.map((n) => nameHash(n));
  const lists = [...byDir.values()].map((list) => list.sort((a, b) => hashes[a]! - hashes[b]! || a - b));
  const order: number[] = [];
  for (let at = 0; order.length < names.length; at += chunk) {
    for (const list of lists) for (let i = at; i < Math.min(at + chunk, list.length); i++) order.push(list[i]!);
  }
  return order;
}

export async function runTest262(options: RunOptions = {}): Promise<Test262Run> {
  const t0 = performance.now();
  const root = options.root ?? findTest262();
  if (!root) throw new Error('test262 not found: set TEST262_DIR or place it at ../shared/test262');
  const { tests, skipped } = discoverTests({ ...options, root });
  const jobs = tests.flatMap((t) => t.modes.map((mode) => ({ file: t.file, mode, meta: t.meta, test: t })));
  const results: RunResult[] = new Array(jobs.length);
  const workers = Math.max(1, options.workers ?? availableParallelism());
  let done = 0;
  let passed = 0;
  await runJobs(
    jobs.map(({ file, mode, meta }) => ({ file, mode, meta })),
    { workers, root, heapMB: options.heapMB ?? 128, timeoutMs: options.timeoutMs ?? 20_000 },
    (i, r) => {
      const job = jobs[i]!;
      results[i] = { test: job.test.name, mode: job.mode, pass: r.pass, message: r.message, ms: r.ms, bucket: job.test.bucket };
      done++;
      if (r.pass) passed++;
      options.onProgress?.(done, jobs.length, passed);
    },
    interleavedOrder(jobs.map((j) => j.test.name)),
    options.signal,
  );
  const interrupted = done < jobs.length;
  let finished = results;
  let finishedTests = tests;
  if (interrupted) {
    // Only tests whose every mode ran: a half-run test would be recorded wrongly.
    const incomplete = new Set(jobs.filter((_, i) => results[i] === undefined).map((j) => j.test.name));
    finished = results.filter((r) => r !== undefined && !incomplete.has(r.test));
    finishedTests = tests.filter((t) => !incomplete.has(t.name));
  }
  return {
    root, tests: finishedTests, results: finished, skipped, workers, elapsedMs: performance.now() - t0, interrupted, planned: jobs.length,
  };
}

// ---- summaries ---------------------------------------------------------------------------------

export interface Row {
  /** A directory (the first `depth` parts of the names), or a bucket total. */
  name: string;
  files: number;
  runs: number;
  passed: number;
}

export interface Summary {
  /** Per directory, sorted by name. Temporal and Intl tests are rows of their own. */
  rows: Row[];
  /** Totals: standard features (the headline), Temporal, Intl. */
  totals: Record<Bucket, Row>;
  elapsedMs: number;
  skipped: number;
}

export function directoryOf(test: string, depth: number): string {
  return test.split('/').slice(0, depth).join('/');
}

export function summarize(run: Test262Run, depth = 2): Summary {
  const rows = new Map<string, Row & { seen: Set<string> }>();
  const totals = {
    standard: { name: 'total (standard features)', files: 0, runs: 0, passed: 0 },
    Temporal: { name: 'Temporal (apart)', files: 0, runs: 0, passed: 0 },
    Intl: { name: 'Intl (apart)', files: 0, runs: 0, passed: 0 },
  } satisfies Record<Bucket, Row>;
  const filesSeen = new Set<string>();
  for (const r of run.results) {
    if (!r) continue;
    const dir = directoryOf(r.test, depth) + (r.bucket === 'standard' || r.test.startsWith('built-ins/Temporal') || r.test.startsWith('intl402') ? '' : ` [${r.bucket}]`);
    let row = rows.get(dir);
    if (!row) rows.set(dir, (row = { name: dir, files: 0, runs: 0, passed: 0, seen: new Set() }));
    if (!row.seen.has(r.test)) {
      row.seen.add(r.test);
      row.files++;
    }
    row.runs++;
    if (r.pass) row.passed++;
    const t = totals[r.bucket];
    if (!filesSeen.has(r.test)) {
      filesSeen.add(r.test);
      t.files++;
    }
    t.runs++;
    if (r.pass) t.passed++;
  }
  const sorted = [...rows.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, files, runs, passed }) => ({ name, files, runs, passed }));
  return { rows: sorted, totals, elapsedMs: run.elapsedMs, skipped: run.skipped };
}

export function percent(passed: number, runs: number): string {
  return runs === 0 ? '-' : `${((100 * passed) / runs).toFixed(1)}%`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** The table of `ouro test262`: one row per directory, then the totals. */
export function formatSummary(summary: Summary): string {
  const header: Row = { name: 'directory', files: 0, runs: 0, passed: 0 };
  const totals = (['standard', 'Temporal', 'Intl'] as Bucket[]).map((b) => summary.totals[b]).filter((r, i) => i === 0 || r.runs > 0);
  const all = [...summary.rows, ...totals];
  const w = Math.max(header.name.length, ...all.map((r) => r.name.length));
  const line = (r: Row): string =>
    `${r.name.padEnd(w)}  ${String(r.files).padStart(6)}  ${String(r.runs).padStart(6)}  ${String(r.passed).padStart(6)}  ${percent(r.passed, r.runs).padStart(6)}`;
  const out = [`${'directory'.padEnd(w)}  ${'files'.padStart(6)}  ${'runs'.padStart(6)}  ${'passed'.padStart(6)}  ${'pass'.padStart(6)}`];
  out.push('-'.repeat(out[0]!.length));
  for (const r of summary.rows) out.push(line(r));
  out.push('-'.repeat(out[0]!.length));
  for (const r of totals) out.push(line(r));
  out.push(`${summary.skipped} files skipped (proposals, CanBlockIsFalse, --features); ${formatDuration(summary.elapsedMs)}`);
  return out.join('\n') + '\n';
}
