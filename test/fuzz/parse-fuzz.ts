// Parser fuzzer (`npm run fuzz:parse [-- --cases N --seed S]`). Each case takes a test262 or octane
// file and mutates it — a truncation, byte flips, a token splice from another file, a deleted or
// duplicated range — then parses it in script, module and TypeScript modes. The only acceptable
// outcomes are an AST or an OuroSyntaxError with a sane location; any other exception, a hang or a
// crash is a failure, saved under build/fuzz-failures/ to be replayed.
//
// Cases are numbered and derived from (seed, index) alone, so a failure is reproducible with
// `--seed S --only INDEX`. Work is split over worker threads; the main thread watches each
// worker's current case through shared memory and reports a case that runs longer than the limit.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from '../../stage0/parse/parser.ts';
import { OuroSyntaxError } from '../../stage0/parse/errors.ts';
import { listJsFiles, repoRoot, test262Dir } from '../support/test262.ts';

interface Options { cases: number; seed: number; only?: number; workers: number; timeoutMs: number }
interface Failure { index: number; mode: string; error: string; input: string }

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusFiles(): string[] {
  const t262 = test262Dir();
  const files = [
    ...listJsFiles(path.join(t262, 'test/language')),
    ...listJsFiles(path.join(t262, 'test/annexB')),
  ];
  const octane = path.resolve(repoRoot(), '../shared/bench/octane');
  try { files.push(...listJsFiles(octane)); } catch { /* octane is optional */ }
  return files;
}

const SPLICE_TOKENS = ['(', ')', '{', '}', '[', ']', '`', '${', '/', '/=', '=>', '...', '?.', '??=', '#x', '@', '\\u{', '\\', '"', "'",
  'async', 'await', 'yield', 'let', 'class', 'function*', 'import', 'export', 'new.target', 'super', '<!--', '-->', '\u2028', '\n', '0x', '1_', '08', '/*', '//',
  ':', '<T>', 'as', '!', 'enum', 'interface', 'type', 'declare', '?', 'static', 'get', 'set', '#', 'using'];

/** Builds case `index`: a mutated file, deterministically from (seed, index). */
function makeCase(files: string[], seed: number, index: number): string {
  const rnd = mulberry32((seed * 2654435761) ^ Math.imul(index + 1, 0x9e3779b1));
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  let text = readFileSync(pick(files), 'latin1');
  if (text.length > 20000) text = text.slice(0, 20000);
  const mutations = 1 + Math.floor(rnd() * 3);
  for (let m = 0; m < mutations; m++) {
    const at = Math.floor(rnd() * (text.length + 1));
    switch (Math.floor(rnd() * 6)) {
      case 0: text = text.slice(0, at); break; // truncation
      case 1: { // byte flips
        const chars = text.split('');
        for (let k = 0; k < 1 + rnd() * 4; k++) {
          const i = Math.floor(rnd() * chars.length);
          if (chars.length) chars[i] = String.fromCharCode(chars[i].charCodeAt(0) ^ (1 << Math.floor(rnd() * 7)));
        }
        text = chars.join('');
        break;
      }
      case 2: text = text.slice(0, at) + pick(SPLICE_TOKENS) + text.slice(at); break; // token splice
      case 3: { // a slice of another file spliced in
        const other = readFileSync(pick(files), 'latin1');
        const from = Math.floor(rnd() * other.length);
        text = text.slice(0, at) + other.slice(from, from + Math.floor(rnd() * 80)) + text.slice(at);
        break;
      }
      case 4: text = text.slice(0, at) + text.slice(at + Math.floor(rnd() * 40)); break; // deletion
      default: { // duplicated range
        const len = Math.floor(rnd() * 60);
        text = text.slice(0, at + len) + text.slice(at, at + len) + text.slice(at + len);
      }
    }
  }
  return text;
}

const MODES = [
  { name: 'script', opts: { sourceType: 'script' as const } },
  { name: 'module', opts: { sourceType: 'module' as const } },
  { name: 'ts-module', opts: { sourceType: 'module' as const, typescript: true } },
];

/** Parses one input in every mode; returns a description of the first unacceptable outcome. */
export function checkInput(input: string): { mode: string; error: string } | null {
  const lines = input.split(/\r\n|[\n\r\u2028\u2029]/).length;
  for (const { name, opts } of MODES) {
    try {
      parse(input, opts);
    } catch (e) {
      if (!(e instanceof OuroSyntaxError)) {
        return { mode: name, error: `${(e as Error)?.name}: ${(e as Error)?.message}\n${(e as Error)?.stack ?? ''}` };
      }
      const ok = Number.isInteger(e.line) && e.line >= 1 && e.line <= lines &&
        Number.isInteger(e.column) && e.column >= 0 && Number.isInteger(e.index) && e.index >= 0 && e.index <= input.length;
      if (!ok) return { mode: name, error: `SyntaxError with a bad location: line ${e.line} column ${e.column} index ${e.index}: ${e.message}` };
    }
  }
  return null;
}

/** Runs cases [start, end) in this thread, publishing the current index in `cur[slot]`. */
function runRange(seed: number, start: number, end: number, cur: Int32Array, slot: number, onFailure: (f: Failure) => void): void {
  const files = corpusFiles();
  for (let i = start; i < end; i++) {
    Atomics.store(cur, slot, i);
    const input = makeCase(files, seed, i);
    const bad = checkInput(input);
    if (bad) onFailure({ index: i, ...bad, input });
  }
  Atomics.store(cur, slot, end);
}

function runWorker(): void {
  const { seed, start, end, progress, slot } = workerData as { seed: number; start: number; end: number; progress: SharedArrayBuffer; slot: number };
  runRange(seed, start, end, new Int32Array(progress), slot, (failure) => parentPort!.postMessage({ failure }));
  parentPort!.postMessage({ done: true });
}

function parseArgs(argv: string[]): Options {
  const o: Options = { cases: 2000, seed: 1, workers: Math.max(1, os.availableParallelism()), timeoutMs: 10000 };
  for (let i = 0; i < argv.length; i++) {
    const v = Number(argv[i + 1]);
    if (argv[i] === '--cases') { o.cases = v; i++; }
    else if (argv[i] === '--seed') { o.seed = v; i++; }
    else if (argv[i] === '--only') { o.only = v; i++; }
    else if (argv[i] === '--workers') { o.workers = v; i++; }
  }
  return o;
}

/** Runs the fuzzer; resolves with the failures found. */
export async function fuzz(o: Options, log: (s: string) => void = (s) => process.stdout.write(s)): Promise<Failure[]> {
  if (o.only !== undefined) {
    const input = makeCase(corpusFiles(), o.seed, o.only);
    const bad = checkInput(input);
    return bad ? [{ index: o.only, ...bad, input }] : [];
  }
  const failures: Failure[] = [];
  if (o.workers === 0) { // in-process, for the unit test runner (which cannot start .ts workers)
    runRange(o.seed, 0, o.cases, new Int32Array(1), 0, (f) => failures.push(f));
    return failures;
  }
  const progress = new SharedArrayBuffer(4 * o.workers);
  const cur = new Int32Array(progress);
  const per = Math.ceil(o.cases / o.workers);
  const started = Date.now();
  await Promise.all(Array.from({ length: o.workers }, (_, slot) => new Promise<void>((resolve) => {
    const start = slot * per;
    const end = Math.min(o.cases, start + per);
    Atomics.store(cur, slot, start);
    const worker = new Worker(new URL(import.meta.url), { workerData: { seed: o.seed, start, end, progress, slot } });
    let last = start;
    let lastChange = Date.now();
    const watch = setInterval(() => {
      const now = Atomics.load(cur, slot);
      if (now !== last) { last = now; lastChange = Date.now(); return; }
      if (Date.now() - lastChange > o.timeoutMs) {
        failures.push({ index: now, mode: 'any', error: `hang: no result after ${o.timeoutMs} ms`, input: makeCase(corpusFiles(), o.seed, now) });
        clearInterval(watch);
        void worker.terminate();
        resolve();
      }
    }, 500);
    worker.on('message', (m) => {
      if (m.failure) failures.push(m.failure);
      if (m.done) { clearInterval(watch); void worker.terminate(); resolve(); }
    });
    worker.on('error', (e: Error) => {
      failures.push({ index: Atomics.load(cur, slot), mode: 'any', error: `worker crashed: ${e.message}`, input: makeCase(corpusFiles(), o.seed, Atomics.load(cur, slot)) });
      clearInterval(watch);
      resolve();
    });
  })));
  log(`fuzz: ${o.cases} cases (seed ${o.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failures\n`);
  return failures;
}

async function cli(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const failures = await fuzz(o);
  if (failures.length) {
    const dir = path.join(repoRoot(), 'build/fuzz-failures');
    mkdirSync(dir, { recursive: true });
    for (const f of failures) {
      const file = path.join(dir, `seed${o.seed}-case${f.index}.js`);
      writeFileSync(file, f.input);
      console.log(`FAIL case ${f.index} [${f.mode}] ${f.error.split('\n')[0]}\n  input saved to ${path.relative(process.cwd(), file)}; replay: npm run fuzz:parse -- --seed ${o.seed} --only ${f.index}`);
    }
    process.exitCode = 1;
  }
}

if (!isMainThread) runWorker();
else if (process.argv[1] && /parse-fuzz/.test(process.argv[1])) void cli();
