// `ouro test262 [OPTIONS] [PATH…]` (DESIGN §10, docs/test262.md): runs test262 on all cores with a
// progress line, prints pass rates by directory, compares with the expectations file
// (test/test262/expectations.txt) and lists regressions; --update records the results instead.
// Exit status: 0; 1 when a run that the expectations say passes fails now; 2 for usage errors.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError, type Io } from '../io.ts';
import { runTest262, summarize, formatSummary, findTest262, type RunResult, type Test262Run } from '../../test262/runner.ts';
import { Progress } from '../../test262/progress.ts';
// The built bundle is also the worker threads' script: this import puts the worker's entry in it.
import '../../test262/worker.ts';
import { parseExpectations, formatExpectations, compareWithExpectations, updateExpectations } from '../../test262/expectations.ts';

export const TEST262_USAGE = `usage: ouro test262 [OPTIONS] [PATH…]

  PATH                 directories or files under test262's test/ (default: language built-ins annexB)
  --features=A,B       only tests that use one of these features
  --proposals          also run tests of proposals (features above "Standard" in features.txt)
  --sample=N           a deterministic sample of N standard-feature test files (by a hash of their
                       names; --sample=4000 is the ratchet's sample of make test)
  --json=FILE          write every result as JSON
  --expectations=FILE  the expectations file (default: test/test262/expectations.txt of the repository)
  --update             record the results in the expectations file (entries of the tests run are replaced)
  --failures           list every failure with its message (default: regressions only)
  --depth=N            directory depth of the summary table (default 2)
  --workers=N          worker threads (default: one per core)
  --timeout=SECONDS    per-run time limit (default 20)
  --heap=MB            old-generation size per test (default 128)

test262 is found at $TEST262_DIR, then ../shared/test262.
`;

interface Test262Args {
  paths: string[];
  features: string[];
  proposals: boolean;
  sample?: number;
  json?: string;
  expectations?: string;
  update: boolean;
  failures: boolean;
  depth: number;
  workers?: number;
  timeout: number;
  heap: number;
}

function parseArgs(args: readonly string[]): Test262Args {
  const out: Test262Args = { paths: [], features: [], proposals: false, update: false, failures: false, depth: 2, timeout: 20, heap: 128 };
  const int = (name: string, text: string | undefined, min: number, max: number): number => {
    const n = Number(text);
    if (text === undefined || text === '' || !Number.isInteger(n) || n < min || n > max) {
      throw new CliError(`ouro test262: ${name} needs an integer from ${min} to ${max}`);
    }
    return n;
  };
  for (const arg of args) {
    if (!arg.startsWith('--')) {
      out.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = eq < 0 ? undefined : arg.slice(eq + 1);
    switch (name) {
      case '--features': out.features = (value ?? '').split(',').filter(Boolean); break;
      case '--proposals': out.proposals = true; break;
      case '--sample': out.sample = int(name, value, 1, 1e6); break;
      case '--json': if (!value) throw new CliError('ouro test262: --json=FILE'); out.json = value; break;
      case '--expectations': if (!value) throw new CliError('ouro test262: --expectations=FILE'); out.expectations = value; break;
      case '--update': out.update = true; break;
      case '--failures': out.failures = true; break;
      case '--depth': out.depth = int(name, value, 1, 10); break;
      case '--workers': out.workers = int(name, value, 1, 256); break;
      case '--timeout': out.timeout = int(name, value, 1, 3600); break;
      case '--heap': out.heap = int(name, value, 16, 1024); break;
      default: throw new CliError(`ouro test262: unknown option ${arg}\n\n${TEST262_USAGE}`);
    }
  }
  return out;
}

/** test/test262/expectations.txt of the repository around the working directory (or this file). */
export function defaultExpectationsFile(): string | null {
  const starts = [process.cwd(), path.dirname(new URL(import.meta.url).pathname)];
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'stage0'))) return path.join(dir, 'test/test262/expectations.txt');
      if (path.dirname(dir) === dir) break;
    }
  }
  return null;
}

export async function test262Command(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(TEST262_USAGE);
    return 0;
  }
  const a = parseArgs(args);
  const root = findTest262();
  if (!root) throw new CliError('ouro test262: test262 not found (set TEST262_DIR or place it at ../shared/test262)');
  const expectationsFile = a.expectations ?? defaultExpectationsFile();
  const progress = new Progress((t) => io.stderr(t), io.stderrIsTTY);
  // Ctrl-C (or SIGTERM) stops the run: the runs under way finish, then the table, the JSON and an
  // --update cover the tests that ran completely. A second signal ends the process.
  const stop = new AbortController();
  const onSignal = (): void => {
    if (stop.signal.aborted) process.exit(130);
    io.stderr('\ntest262: stopping after the runs under way (again to quit at once)\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let run: Test262Run;
  try {
    run = await runTest262({
      root, paths: a.paths, features: a.features, includeNonStandard: a.proposals, sample: a.sample, standardOnly: a.sample !== undefined,
      workers: a.workers, timeoutMs: a.timeout * 1000, heapMB: a.heap,
      onProgress: (done, total, passed) => progress.update(done, total, passed), signal: stop.signal,
    });
  } catch (e) {
    progress.finish();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if ((e as Error).message?.startsWith('test262: no such test')) throw new CliError((e as Error).message);
    throw e;
  }
  progress.finish();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (run.interrupted) io.stdout(`test262: interrupted — ${run.results.length} of ${run.planned} runs (${run.tests.length} complete test files) in what follows\n`);
  const failures = run.results.filter((r) => !r.pass);
  if (a.failures) for (const r of failures) io.stdout(`FAIL ${r.test} (${r.mode}): ${r.message}\n`);
  io.stdout(formatSummary(summarize(run, a.depth)));
  if (a.json) {
    writeFileSync(a.json, JSON.stringify({
      test262: root, elapsedMs: Math.round(run.elapsedMs), workers: run.workers, skipped: run.skipped,
      interrupted: run.interrupted, planned: run.planned,
      results: run.results.map((r) => ({ test: r.test, mode: r.mode, pass: r.pass, message: r.message, ms: Math.round(r.ms) })),
    }, null, 1) + '\n');
    io.stdout(`results written to ${a.json}\n`);
  }
  if (!expectationsFile) {
    if (a.update) throw new CliError('ouro test262: no repository here to hold the expectations; use --expectations=FILE');
    return 0;
  }
  const expected = parseExpectations(existsSync(expectationsFile) ? readFileSync(expectationsFile, 'utf8') : '');
  if (a.update) {
    mkdirSync(path.dirname(expectationsFile), { recursive: true });
    const next = updateExpectations(expected, run.results);
    writeFileSync(expectationsFile, formatExpectations(next));
    io.stdout(`expectations: ${next.size} passing test files recorded in ${path.relative(process.cwd(), expectationsFile) || expectationsFile}\n`);
    return 0;
  }
  if (expected.size === 0) return 0;
  const { regressions, newPasses } = compareWithExpectations(expected, run.results);
  if (newPasses.length > 0) io.stdout(`${newPasses.length} runs pass that the expectations do not record (ouro test262 --update ... records them)\n`);
  if (regressions.length > 0) {
    io.stdout(`${regressions.length} regressions (expected to pass, failed):\n`);
    for (const r of regressions.slice(0, a.failures ? regressions.length : 100)) io.stdout(`  ${describe(r)}\n`);
    if (!a.failures && regressions.length > 100) io.stdout(`  … and ${regressions.length - 100} more (--failures lists all)\n`);
    return 1;
  }
  return 0;
}

function describe(r: RunResult): string {
  return `${r.test} (${r.mode}): ${r.message}`;
}
