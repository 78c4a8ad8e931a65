// Builds dist/ouro.mjs for the tests that run the binary, at most once at a time and only when a
// source is newer than the bundle: vitest runs test files in parallel processes, and a rebuild
// rewriting the bundle while another file's subprocess loads it would make that run fail.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync, statSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/test262.ts';

const SOURCE_DIRS = ['stage0', 'runtime', 'codegen-x64', 'codegen-arm64'];
const LOCK_STALE_MS = 120_000;

function newestSource(root: string): number {
  let newest = statSync(path.join(root, 'scripts/build.mjs')).mtimeMs;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) if (existsSync(path.join(root, d))) walk(path.join(root, d));
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Makes dist/ouro.mjs current; returns the repository root. */
export function ensureBuilt(): string {
  const root = repoRoot();
  const bundle = path.join(root, 'dist/ouro.mjs');
  const lock = path.join(root, 'dist/.build-lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmdirSync(lock);
      } catch {
        // released meanwhile
      }
      sleep(100);
    }
  }
  try {
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(root)) {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
    }
  } finally {
    rmdirSync(lock);
  }
  return root;
}
