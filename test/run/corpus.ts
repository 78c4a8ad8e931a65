// The program corpus (test/run/programs): listing, expected outputs from Node, running a program
// with `ouro run` in a subprocess, comparing, and the list of known failures. Used by
// corpus.test.ts and by update-expected.ts.
//
// Programs: NAME.js (a classic script, or a module when it has module syntax), NAME.mjs (a
// module), NAME.cjs (CommonJS), NAME.ts (TypeScript, a script or module by the same rule), and
// the directory form NAME/main.{mjs,js,cjs,ts} for multi-file programs (siblings are helpers).
// Absolute paths of the programs directory in outputs are written as <programs> (file URLs as
// file://<programs>), so that expected files do not depend on where the repository lives.
//
// Expected files, per program NAME.js / NAME.mjs (or NAME/main.*), in test/run/expected/:
//   NAME.out   stdout, byte for byte
//   NAME.err   stderr (only when not empty); the first line is compared ("Uncaught TypeError: …"
//              or "FILE:LINE:COL: SyntaxError: …"), the rest (stack frames) is informative
//   NAME.code  the exit status, only when it is not 0
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { repoRoot } from '../support/test262.ts';

export const repoDir = repoRoot();
export const runDir = path.join(repoDir, 'test/run');
export const programsDir = path.join(runDir, 'programs');
export const expectedDir = path.join(runDir, 'expected');
export const knownFailuresFile = path.join(runDir, 'known-failures.txt');
export const ouroBin = path.join(repoDir, 'dist/ouro.mjs');

export type Mode = 'normal' | 'gc-stress';
export const MODE_FLAGS: Record<Mode, string[]> = { normal: [], 'gc-stress': ['--gc-stress'] };

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
  timedOut: boolean;
  wallMs: number;
  /** CPU time (user + system) of the process, sampled every 200 ms (Linux; else the wall time). */
  cpuMs: number;
}

/** How often runOuro samples the child's CPU time. */
const CPU_SAMPLE_MS = 200;
/** The wall-clock cap, as a multiple of the CPU limit (a program that sleeps or hangs on I/O). */
const WALL_CAP_FACTOR = 5;

/**
 * CPU time (user + system) of a live process in ms from /proc/PID/stat (clock ticks of 10 ms, the
 * Linux default), or -1 where there is no /proc.
 */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime: fields 14 and 15
  } catch {
    return -1;
  }
}

export interface Expected {
  stdout: string;
  stderrFirstLine: string | null;
  code: number;
}

const PROGRAM_FILE = /\.(m?js|cjs|ts)$/;

export function listPrograms(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(programsDir, { withFileTypes: true })) {
    if (f.isFile() && PROGRAM_FILE.test(f.name)) out.push(f.name);
    if (f.isDirectory() && f.name !== 'lib' && f.name !== 'node_modules') {
      const main = readdirSync(path.join(programsDir, f.name)).find((n) => /^main\.(m?js|cjs|ts)$/.test(n));
      if (main) out.push(`${f.name}/${main}`);
    }
  }
  return out.sort();
}

function baseName(program: string): string {
  return program.replace(/\/main\.(m?js|cjs|ts)$/, '').replace(PROGRAM_FILE, '');
}

/** Absolute paths of the programs directory (and their file URLs) written as <programs>. */
export function normalizePaths(text: string): string {
  const url = pathToFileURL(programsDir).href;
  return text.split(url).join('file://<programs>').split(programsDir).join('<programs>');
}

export function readExpected(program: string): Expected {
  const base = path.join(expectedDir, baseName(program));
  const err = existsSync(base + '.err') ? readFileSync(base + '.err', 'utf8') : null;
  return {
    stdout: readFileSync(base + '.out', 'utf8'),
    stderrFirstLine: err === null ? null : err.split('\n')[0]!,
    code: existsSync(base + '.code') ? Number(readFileSync(base + '.code', 'utf8').trim()) : 0,
  };
}

/** Runs the program on Node (node-reference.cjs) and writes its expected files. */
export function writeExpectedFromNode(program: string): void {
  const r = spawnSync(process.execPath, [path.join(runDir, 'node-reference.cjs'), program], {
    cwd: programsDir, encoding: 'utf8', timeout: 30_000,
  });
  const base = path.join(expectedDir, baseName(program));
  writeFileSync(base + '.out', normalizePaths(r.stdout));
  for (const ext of ['.err', '.code']) rmSync(base + ext, { force: true });
  if (r.stderr !== '') writeFileSync(base + '.err', normalizePaths(r.stderr));
  if (r.status !== 0) writeFileSync(base + '.code', String(r.status) + '\n');
}

/**
 * Runs `ouro run FLAGS… PROGRAM` in test/run/programs. The limit is on CPU time, so that a loaded
 * machine (other builds sharing the cores) does not make a program time out: `limitMs` of CPU,
 * or WALL_CAP_FACTOR times that of wall-clock time (where /proc is missing, `limitMs` of wall time).
 */
export function runOuro(program: string, flags: string[], limitMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [ouroBin, 'run', ...flags, program], { cwd: programsDir });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let cpuMs = -1;
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const kill = (): void => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    const sampler = setInterval(() => {
      const cpu = child.pid === undefined ? -1 : processCpuMs(child.pid);
      if (cpu >= 0) cpuMs = cpu;
      const wall = performance.now() - start;
      if (cpuMs > limitMs || wall > limitMs * (cpuMs >= 0 ? WALL_CAP_FACTOR : 1)) kill();
    }, CPU_SAMPLE_MS);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      const wallMs = performance.now() - start;
      resolve({
        stdout: normalizePaths(stdout), stderr: normalizePaths(stderr), code: code ?? (signal ? 128 : -1), timedOut,
        wallMs, cpuMs: cpuMs >= 0 ? cpuMs : wallMs,
      });
    });
  });
}

/** Runs `jobs` with at most `limit` in flight (the machine is shared: 2 at a time). */
export async function runPool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** Why an outcome differs from the expectation, or null when it matches. */
export function mismatch(expected: Expected, actual: Outcome): string | null {
  if (actual.timedOut) return 'timed out';
  const problems: string[] = [];
  if (actual.code !== expected.code) problems.push(`exit status ${actual.code}, expected ${expected.code}`);
  if (actual.stdout !== expected.stdout) problems.push(`stdout differs:\n${firstDifference(expected.stdout, actual.stdout)}`);
  const actualFirst = actual.stderr.split('\n')[0]!;
  if (expected.stderrFirstLine !== null && actualFirst !== expected.stderrFirstLine) {
    problems.push(`stderr first line: ${JSON.stringify(actualFirst)}, expected ${JSON.stringify(expected.stderrFirstLine)}`);
  }
  if (expected.stderrFirstLine === null && actual.stderr !== '' && problems.length > 0) {
    problems.push(`stderr: ${actual.stderr.slice(0, 400)}`);
  }
  return problems.length === 0 ? null : problems.join('\n');
}

function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `  line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end>')}\n  line ${i + 1}: actual   ${JSON.stringify(a[i] ?? '<end>')}`;
  }
  return '  (trailing difference)';
}

/**
 * known-failures.txt: one program per line, `NAME.js` for a program that fails when run normally
 * (it is then not run under --gc-stress either), `NAME.js gc-stress` for one that passes normally
 * and fails only under --gc-stress. `#` starts a comment.
 */
export function readKnownFailures(): Map<string, Mode> {
  const known = new Map<string, Mode>();
  if (!existsSync(knownFailuresFile)) return known;
  for (const raw of readFileSync(knownFailuresFile, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    const [name, mode] = line.split(/\s+/);
    known.set(name!, mode === 'gc-stress' ? 'gc-stress' : 'normal');
  }
  return known;
}

export function writeKnownFailures(failures: Map<string, Mode>, reasons: Map<string, string>): void {
  const lines = [
    '# Corpus programs that do not pass yet (test/run/corpus.test.ts checks this list both ways).',
    '# NAME.js            fails when run normally (then not run under --gc-stress either)',
    '# NAME.js gc-stress  passes normally, fails under --gc-stress',
    '# Regenerate: UPDATE_KNOWN=1 npx vitest run test/run/corpus.test.ts',
  ];
  for (const name of [...failures.keys()].sort()) {
    const reason = (reasons.get(name) ?? '').replace(/\s*\n\s*/g, ' ').slice(0, 160);
    lines.push(`${failures.get(name) === 'gc-stress' ? `${name} gc-stress` : name}${reason ? `  # ${reason}` : ''}`);
  }
  writeFileSync(knownFailuresFile, lines.join('\n') + '\n');
}
