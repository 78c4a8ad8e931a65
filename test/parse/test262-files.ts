// Shared by the test262 parse-conformance runner, the acorn differential and their vitest
// wrappers: finds test262, lists the test files, reads their frontmatter and decides in which
// goals (sloppy script, strict script, module) each file is parsed and what is expected. Finding
// test262 and its proposal features is test/support/test262.ts's job.
import fs from 'node:fs';
import path from 'node:path';
import { nonStandardFeatures, test262Dir } from '../support/test262.ts';

export const TEST_DIRS = ['test/language', 'test/built-ins', 'test/annexB'];

/** All .js test files (relative to the test262 root), sorted, optionally filtered by substring. */
export function listTests(test262: string, filters: string[] = []): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const ent of fs.readdirSync(path.join(test262, rel), { withFileTypes: true })) {
      const r = rel + '/' + ent.name;
      if (ent.isDirectory()) walk(r);
      else if (ent.name.endsWith('.js')) out.push(r);
    }
  };
  for (const d of TEST_DIRS) walk(d);
  out.sort();
  return filters.length ? out.filter((f) => filters.some((p) => f.includes(p))) : out;
}

export interface TestMeta {
  flags: string[];
  features: string[];
  negativePhase: string | null;
  negativeType: string | null;
}

function yamlList(fm: string, key: string): string[] {
  const inline = new RegExp(`^${key}:\\s*\\[([^\\]]*)\\]`, 'm').exec(fm);
  if (inline) return inline[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  const block = new RegExp(`^${key}:\\s*\\n((?:\\s+-.*\\n?)+)`, 'm').exec(fm);
  if (block) return block[1]!.split('\n').map((s) => s.replace(/^\s*-\s*/, '').trim()).filter(Boolean);
  return [];
}

export function readMeta(source: string): TestMeta {
  const m = /\/\*---([\s\S]*?)---\*\//.exec(source);
  const fm = m ? m[1]! : '';
  const neg = /^negative:\s*\n((?:[ \t]+.*\n?)+)/m.exec(fm);
  let negativePhase: string | null = null;
  let negativeType: string | null = null;
  if (neg) {
    negativePhase = /phase:\s*(\w+)/.exec(neg[1]!)?.[1] ?? null;
    negativeType = /type:\s*(\w+)/.exec(neg[1]!)?.[1] ?? null;
  }
  return { flags: yamlList(fm, 'flags'), features: yamlList(fm, 'features'), negativePhase, negativeType };
}

export type Goal = 'sloppy' | 'strict' | 'module';

export interface TestCase {
  file: string;
  source: string;
  goals: Goal[];
  /** Must throw a SyntaxError at parse time in every goal. */
  negative: boolean;
  skip: boolean;
}

/**
 * Fixtures (`*_FIXTURE.js`) have no frontmatter; they are modules imported by tests (or by other
 * fixtures). A fixture is checked only when it is reachable from a test that runs and does not
 * expect a resolution-phase error; the others belong to proposal tests or may be deliberately
 * invalid (e.g. `0++;` for a resolution-negative test), which the file alone cannot tell.
 * A fixture that a test loads with `import()` while expecting a SyntaxError is skipped too: the
 * error may be a parse error in the fixture or a link error.
 */
export type FixtureClass = 'skip';

export function classifyFixtures(test262: string, files: string[], skipFeatures: Set<string>): Map<string, FixtureClass> {
  const names = new Map<string, string[]>(); // file -> fixtures it names
  const roots: string[] = [];
  const unknown = new Set<string>();
  for (const file of files) {
    const source = fs.readFileSync(path.join(test262, file), 'utf8');
    const isFixture = file.endsWith('_FIXTURE.js');
    if (!isFixture) {
      const meta = readMeta(source);
      if (!meta.features.some((f) => skipFeatures.has(f)) && meta.negativePhase !== 'resolution') roots.push(file);
    }
    if (!source.includes('_FIXTURE')) continue;
    const targets: string[] = [];
    for (const m of source.matchAll(/['"]([^'"\n]*_FIXTURE\.js)['"]/g)) {
      const target = path.posix.join(path.posix.dirname(file), m[1]!);
      targets.push(target);
      const dynamicImport = new RegExp(`import\\(\\s*['"]${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(source);
      // The test expects the import to fail with a SyntaxError: a parse error in the fixture
      // or a link error (ambiguous or missing export); the file alone cannot tell which.
      if (dynamicImport && /error\.name, ['"]SyntaxError|throwsAsync\(\s*SyntaxError|rejects\(\s*SyntaxError/.test(source)) unknown.add(target);
    }
    names.set(file, targets);
  }
  const reached = new Set<string>();
  const work = [...roots];
  while (work.length) {
    for (const t of names.get(work.pop()!) ?? []) {
      if (!reached.has(t)) {
        reached.add(t);
        work.push(t);
      }
    }
  }
  const out = new Map<string, FixtureClass>();
  for (const f of files) {
    if (!f.endsWith('_FIXTURE.js')) continue;
    if (!reached.has(f) || unknown.has(f)) out.set(f, 'skip');
  }
  return out;
}

export function loadTest(test262: string, file: string, skipFeatures: Set<string>, fixtures?: Map<string, FixtureClass>): TestCase {
  const source = fs.readFileSync(path.join(test262, file), 'utf8');
  if (file.endsWith('_FIXTURE.js')) {
    return { file, source, goals: ['module'], negative: false, skip: fixtures?.get(file) === 'skip' };
  }
  const meta = readMeta(source);
  const skip = meta.features.some((f) => skipFeatures.has(f));
  let goals: Goal[];
  if (meta.flags.includes('module')) goals = ['module'];
  else if (meta.flags.includes('onlyStrict')) goals = ['strict'];
  else if (meta.flags.includes('noStrict') || meta.flags.includes('raw')) goals = ['sloppy'];
  else goals = ['sloppy', 'strict'];
  const negative = meta.negativePhase === 'parse' && meta.negativeType === 'SyntaxError';
  return { file, source, goals, negative, skip };
}

/** Deterministic sample: every `step`-th file. */
export function sample<T>(list: T[], step: number): T[] {
  return list.filter((_, i) => i % step === 0);
}

/**
 * Runs `self` (a runner module) in one worker per core, each on a share of `files`; the worker
 * side calls `workerMain`. Results come back in file order.
 */
export async function inWorkers<R extends { file: string }>(self: string, files: string[], extra: object): Promise<R[]> {
  const { Worker } = await import('node:worker_threads');
  const os = await import('node:os');
  const threads = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
  const chunks: string[][] = Array.from({ length: threads }, () => []);
  files.forEach((f, i) => chunks[i % threads]!.push(f));
  const results = (await Promise.all(chunks.map((chunk) => new Promise<R[]>((resolve, reject) => {
    const w = new Worker(self, { workerData: { ...extra, files: chunk } });
    w.once('message', resolve);
    w.once('error', reject);
  })))).flat();
  return results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Pass counts by top-level directory (test/language, ...), as printable lines. */
export function summarize(results: { file: string; pass: boolean; skip: boolean }[], ms: number): string[] {
  const byDir = new Map<string, { pass: number; total: number; skip: number }>();
  for (const r of results) {
    const dir = r.file.split('/').slice(0, 2).join('/');
    const s = byDir.get(dir) ?? { pass: 0, total: 0, skip: 0 };
    if (r.skip) s.skip++;
    else {
      s.total++;
      if (r.pass) s.pass++;
    }
    byDir.set(dir, s);
  }
  const lines: string[] = [];
  const all = { pass: 0, total: 0, skip: 0 };
  for (const [dir, s] of byDir) {
    lines.push(`${dir.padEnd(16)} ${s.pass}/${s.total} (${((100 * s.pass) / Math.max(1, s.total)).toFixed(2)}%), ${s.skip} skipped`);
    all.pass += s.pass;
    all.total += s.total;
    all.skip += s.skip;
  }
  lines.push(`total            ${all.pass}/${all.total} (${((100 * all.pass) / Math.max(1, all.total)).toFixed(3)}%), ${all.skip} skipped, ${(ms / 1000).toFixed(1)}s`);
  return lines;
}

export interface RunnerArgs {
  jsonOut: string | null;
  min: number;
  update: boolean;
  filters: string[];
}

/** `[--json FILE] [--min PCT] [--update] [FILTER...]` */
export function parseRunnerArgs(args: string[]): RunnerArgs {
  const out: RunnerArgs = { jsonOut: null, min: 0, update: false, filters: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') out.jsonOut = args[++i]!;
    else if (a === '--min') out.min = Number(args[++i]);
    else if (a === '--update') out.update = true;
    else out.filters.push(a);
  }
  return out;
}

/** Files to run and the fixtures to skip, for a runner's filters. */
export function selectTests(filters: string[]): { test262: string; files: string[]; fixtures: [string, FixtureClass][] } {
  const test262 = test262Dir();
  const files = listTests(test262, filters);
  const fixtures = [...classifyFixtures(test262, listTests(test262), nonStandardFeatures(test262))];
  return { test262, files, fixtures };
}
