// Finding the tests of a run (docs/test262.md, "Which tests run"): the files under the requested
// paths of test262's test/ directory, their metadata, the modes each runs in, and the filters —
// fixtures, proposals (the features above "## Standard language features" in features.txt),
// agents that cannot block, --features — plus the deterministic sample of the ratchet.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseMetadata, modesOf, type TestMetadata, type TestMode } from './metadata.ts';

/** What a full run covers when no path is given (staging and proposals are not part of it). */
export const DEFAULT_PATHS = ['language', 'built-ins', 'annexB'];

/** Results are counted apart for these: Temporal and Intl are large and not the engine's core. */
export type Bucket = 'standard' | 'Temporal' | 'Intl';

export interface DiscoveredTest {
  /** Path relative to test262's test/ directory, with forward slashes: the test's name. */
  name: string;
  file: string;
  meta: TestMetadata;
  modes: TestMode[];
  bucket: Bucket;
}

export interface DiscoverOptions {
  root: string;
  /** Directories or files, relative to test/ (a leading `test/` or an absolute path also works). */
  paths?: string[];
  /** Only tests that list at least one of these features. */
  features?: string[];
  /** Also run tests of proposals (features listed as non-standard). */
  includeNonStandard?: boolean;
  /** Keep a deterministic sample of this many test files (by a hash of their names). */
  sample?: number;
  /** Leave out the Temporal and Intl tests (counted as skipped). */
  standardOnly?: boolean;
}

export interface Discovery {
  tests: DiscoveredTest[];
  /** Files left out by the filters (proposals, CanBlockIsFalse, --features). */
  skipped: number;
}

/** Where test262 is: $TEST262_DIR, then ../shared/test262 from the working directory or from this file's repository. */
export function findTest262(): string | null {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const candidates = [process.env.TEST262_DIR, path.resolve(process.cwd(), '../shared/test262'), path.resolve(process.cwd(), 'test262')];
  for (let dir = here; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, '../shared/test262'));
    if (path.dirname(dir) === dir) break;
  }
  for (const c of candidates) if (c && existsSync(path.join(c, 'test')) && existsSync(path.join(c, 'harness'))) return path.resolve(c);
  return null;
}

/** The features listed above `## Standard language features` in features.txt. */
export function nonStandardFeatures(root: string): Set<string> {
  const text = readFileSync(path.join(root, 'features.txt'), 'utf8');
  const head = text.split('## Standard language features')[0]!;
  const set = new Set<string>();
  for (const line of head.split('\n')) {
    const t = line.trim();
    if (t && !t.startsWith('#')) set.add(t);
  }
  return set;
}

/** A requested path as an absolute path inside test/; throws when it does not exist. */
export function resolveTestPath(root: string, p: string): string {
  const testDir = path.join(root, 'test');
  const candidates = path.isAbsolute(p) ? [p] : [path.join(testDir, p), path.join(root, p), path.resolve(p)];
  for (const c of candidates) {
    if (existsSync(c) && path.resolve(c).startsWith(testDir)) return path.resolve(c);
  }
  throw new Error(`test262: no such test or directory: ${p} (paths are relative to ${testDir})`);
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.name.endsWith('.js') && !entry.name.includes('_FIXTURE')) out.push(p);
  }
}

/** FNV-1a of a string: the sample is the files with the smallest hashes of their names. */
export function nameHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function bucketOf(name: string, meta: TestMetadata): Bucket {
  if (name.startsWith('built-ins/Temporal/') || meta.features.includes('Temporal')) return 'Temporal';
  if (name.startsWith('intl402/') || meta.features.some((f) => f.startsWith('Intl') || f.startsWith('intl'))) return 'Intl';
  return 'standard';
}

export function discoverTests(options: DiscoverOptions): Discovery {
  const root = options.root;
  const testDir = path.join(root, 'test');
  const files = new Set<string>();
  for (const p of options.paths && options.paths.length > 0 ? options.paths : DEFAULT_PATHS) {
    const abs = resolveTestPath(root, p);
    if (statSync(abs).isDirectory()) {
      const list: string[] = [];
      walk(abs, list);
      for (const f of list) files.add(f);
    } else {
      files.add(abs);
    }
  }
  const proposals = options.includeNonStandard ? new Set<string>() : nonStandardFeatures(root);
  const wanted = options.features && options.features.length > 0 ? new Set(options.features) : null;
  const names = [...files].map((f) => ({ file: f, name: path.relative(testDir, f).split(path.sep).join('/') }));
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let skipped = 0;
  const tests: DiscoveredTest[] = [];
  for (const { file, name } of names) {
    const meta = parseMetadata(readFileSync(file, 'utf8'));
    // This host's agent can block (as a shell's main thread), so CanBlockIsFalse tests do not apply.
    if (meta.features.some((f) => proposals.has(f)) || meta.flags.includes('CanBlockIsFalse') ||
        (wanted && !meta.features.some((f) => wanted.has(f)))) {
      skipped++;
      continue;
    }
    const bucket = bucketOf(name, meta);
    if (options.standardOnly && bucket !== 'standard') {
      skipped++;
      continue;
    }
    tests.push({ name, file, meta, modes: modesOf(meta), bucket });
  }
  if (options.sample !== undefined && options.sample < tests.length) {
    const keep = new Set(
      tests.map((t) => ({ t, h: nameHash(t.name) }))
        .sort((a, b) => a.h - b.h || (a.t.name < b.t.name ? -1 : 1))
        .slice(0, options.sample)
        .map((x) => x.t),
    );
    return { tests: tests.filter((t) => keep.has(t)), skipped };
  }
  return { tests, skipped };
}
