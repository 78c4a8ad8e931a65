// Where test262 lives and how to read the parts of a test file the tools need. test262 is data
// from ../shared/test262 (or $TEST262_DIR), read in place and never copied into the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function repoRoot(): string {
  let dir = path.dirname(new URL(import.meta.url).pathname);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

export function test262Dir(): string {
  const candidates = [process.env.TEST262_DIR, path.resolve(repoRoot(), '../shared/test262')];
  for (const c of candidates) if (c && existsSync(path.join(c, 'test'))) return c;
  throw new Error('test262 not found: set TEST262_DIR or place it at ../shared/test262');
}

/** Every .js file under `dir`, sorted, so that samples drawn from the list are deterministic. */
export function listJsFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.js')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The features listed above `## Standard language features` in features.txt: proposals, skipped. */
export function nonStandardFeatures(root = test262Dir()): Set<string> {
  const text = readFileSync(path.join(root, 'features.txt'), 'utf8');
  const head = text.split('## Standard language features')[0];
  const set = new Set<string>();
  for (const line of head.split('\n')) {
    const t = line.trim();
    if (t && !t.startsWith('#')) set.add(t);
  }
  return set;
}
