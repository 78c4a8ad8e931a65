// Shared by the test262 parse-conformance runner, the acorn differential and their vitest
// wrappers: finds test262, lists the test files, reads their frontmatter and decides in which
// goals (sloppy script, strict script, module) each file is parsed and what is expected.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEST_DIRS = ['test/language', 'test/built-ins', 'test/annexB'];

export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  // When bundled by scripts/ts.mjs the file lives under node_modules/.cache; use the cwd then.
  if (dir.includes('node_modules')) return process.cwd();
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export function findTest262(): string {
  const env = process.env['TEST262_DIR'];
  if (env && fs.existsSync(env)) return path.resolve(env);
  const guess = path.resolve(repoRoot(), '../shared/test262');
  if (fs.existsSync(guess)) return guess;
  throw new Error('test262 not found: set TEST262_DIR');
}

/** Features listed above "## Standard language features" in features.txt (proposals). */
export function skippedFeatures(test262: string): Set<string> {
  const text = fs.readFileSync(path.join(test262, 'features.txt'), 'utf8');
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('## Standard language features')) break;
    const t = line.trim();
    if (t && !t.startsWith('#')) out.add(t);
  }
  return out;
}

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

export function loadTest(test262: string, file: string, skipFeatures: Set<string>): TestCase {
  const source = fs.readFileSync(path.join(test262, file), 'utf8');
  if (file.endsWith('_FIXTURE.js')) return { file, source, goals: ['module'], negative: false, skip: false };
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
