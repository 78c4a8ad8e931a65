// The benchmark harness behind `npm run bench` (test/bench/run-bench.ts) and its smoke test
// (test/bench/bench-harness.test.ts). docs/benchmarks.md says what is measured and how.
//
// Engines, each run in a separate, fresh process:
//   ouro     node dist/ouro.mjs run FILE          (the engine being built)
//   node     Node itself (V8, JIT on), through test/bench/bench-host.ts
//   quickjs  QuickJS compiled to WebAssembly (npm quickjs-emscripten, RELEASE_SYNC), through the
//            same host; the reference of issue 4: "within 3x of QuickJS-wasm on each octane benchmark"
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export type EngineName = 'ouro' | 'node' | 'quickjs';
export const ALL_ENGINES: EngineName[] = ['ouro', 'node', 'quickjs'];
export const ENGINE_LABEL: Record<EngineName, string> = { ouro: 'Ouro', node: 'Node', quickjs: 'QuickJS-wasm' };

export const OCTANE_BENCHMARKS = ['richards', 'deltablue', 'crypto', 'raytrace', 'navier-stokes', 'splay', 'regexp'];

export interface Paths {
  root: string; // the repository
  out: string; // build/bench
  host: string; // the bundled bench-host (node_modules/.cache/ouro-bench/)
  cpuHook: string; // a module preloaded with --import into every engine's process: CPU time at exit
}

export interface Engine {
  name: EngineName;
  available: boolean;
  reason?: string; // why not available
  warning?: string; // e.g. a stale build
  version?: string;
  baselineMs?: number; // wall time of an empty program, best of the runs
  baselineCpuMs?: number; // CPU time of an empty program, least of the runs
  /** argv for running these files (in order, at global scope); scriptArgs follow the file (ouro only) */
  command(files: string[], extra?: string[], scriptArgs?: string[]): { cmd: string; args: string[] };
}

export interface RunResult {
  ok: boolean;
  code: number | null;
  wallMs: number;
  hostMs?: number; // time inside the host (node/quickjs) spent running the files
  cpuMs?: number; // user + system CPU time of the process (all its threads), from the --import hook
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export function repoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'test', 'bench'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

/** Octane is data: found at $OCTANE_DIR, then ../shared/bench/octane beside the repository. */
export function octaneDir(root: string): string | undefined {
  const candidates = [process.env.OCTANE_DIR, path.resolve(root, '..', 'shared', 'bench', 'octane')];
  for (const c of candidates) if (c && existsSync(path.join(c, 'base.js'))) return c;
  return undefined;
}

/**
 * Bundles test/bench/bench-host.ts (npm packages stay external, so the bundle lives inside the
 * repository, where they resolve; removed when this process exits) and makes OUT.
 */
export async function prepare(root: string, out: string): Promise<Paths> {
  mkdirSync(out, { recursive: true });
  const cache = path.join(root, 'node_modules', '.cache', 'ouro-bench');
  mkdirSync(cache, { recursive: true });
  const host = path.join(cache, `bench-host-${process.pid}.mjs`);
  const cpuHook = path.join(cache, `cpu-hook-${process.pid}.mjs`);
  writeFileSync(cpuHook, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\n@@cpu ms=${((u.user + u.system) / 1000).toFixed(1)}\\n`); });\n");
  process.on('exit', () => {
    rmSync(host, { force: true });
    rmSync(cpuHook, { force: true });
  });
  await build({
    entryPoints: [path.join(root, 'test', 'bench', 'bench-host.ts')],
    outfile: host, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'error',
  });
  writeFileSync(path.join(out, 'empty.js'), '');
  return { root, out, host, cpuHook };
}

export function runProcess(cmd: string, args: string[], timeoutMs: number, cwd?: string): RunResult {
  const start = process.hrtime.bigint();
  const p = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: timeoutMs, cwd, killSignal: 'SIGKILL' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const stderr = p.stderr ?? '';
  const m = /@@bench-host engine=\S+ run-ms=([\d.]+)/.exec(stderr);
  const cpu = /@@cpu ms=([\d.]+)/.exec(stderr);
  const timedOut = p.error !== undefined && (p.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  return {
    ok: p.status === 0 && !timedOut,
    code: p.status,
    wallMs,
    hostMs: m ? Number(m[1]) : undefined,
    cpuMs: cpu ? Number(cpu[1]) : undefined,
    stdout: p.stdout ?? '',
    stderr: stderr.replace(/^@@bench-host .*\n?/m, '').replace(/\n?@@cpu .*\n?/, ''),
    timedOut,
  };
}

/** The first line worth showing of a failed run. */
export function failureReason(r: RunResult, timeoutMs: number): string {
  if (r.timedOut) return `timed out after ${(timeoutMs / 1000).toFixed(0)} s`;
  const lines = (r.stderr + '\n' + r.stdout).split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const line = lines.find((l) => /Uncaught/.test(l)) ?? lines.find((l) => /Error|error|ouro:/.test(l)) ?? lines[0] ?? `exit code ${r.code}`;
  return line.length > 160 ? line.slice(0, 157) + '...' : line;
}

export function makeEngine(name: EngineName, paths: Paths, ouroFlags: string[] = []): Engine {
  if (name === 'ouro') {
    const ouro = path.join(paths.root, 'dist', 'ouro.mjs');
    return {
      name, available: existsSync(ouro), reason: existsSync(ouro) ? undefined : 'dist/ouro.mjs missing (run `npm run build`)',
      command: (files, extra = [], scriptArgs = []) => {
        if (files.length !== 1) throw new Error('ouro run takes one file');
        return {
          cmd: process.execPath,
          args: ['--import', pathToFileURL(paths.cpuHook).href, ouro, 'run', ...ouroFlags, ...extra, files[0]!, ...scriptArgs],
        };
      },
    };
  }
  return {
    name, available: true,
    command: (files) => ({ cmd: process.execPath, args: ['--import', pathToFileURL(paths.cpuHook).href, paths.host, `--engine=${name}`, ...files] }),
  };
}

function best(rs: RunResult[]): RunResult {
  return rs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
}

/**
 * Runs FILE `runs` times on the engine (stopping at the first failure); the run with the best wall
 * time, with cpuMs replaced by the least CPU time of the runs.
 */
export function timeRuns(engine: Engine, files: string[], runs: number, timeoutMs: number, extra?: string[], scriptArgs?: string[]): RunResult {
  const rs: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const { cmd, args } = engine.command(files, extra, scriptArgs);
    const r = runProcess(cmd, args, timeoutMs);
    if (!r.ok) return r;
    rs.push(r);
  }
  const cpus = rs.map((r) => r.cpuMs).filter((c): c is number => c !== undefined);
  return { ...best(rs), cpuMs: cpus.length > 0 ? Math.min(...cpus) : undefined };
}

/**
 * Measures the engine's start-up (an empty program, best of `runs`) and checks that it runs at
 * all; an engine that cannot run the empty program is marked unavailable with the reason.
 */
export function probe(engine: Engine, paths: Paths, runs: number, timeoutMs: number): void {
  if (!engine.available) return;
  if (engine.name === 'ouro') {
    const stale = newerSource(paths.root, path.join(paths.root, 'dist', 'ouro.mjs'));
    if (stale) engine.warning = `dist/ouro.mjs is older than ${stale}: run \`npm run build\` to measure the current sources`;
  }
  const r = timeRuns(engine, [path.join(paths.out, 'empty.js')], runs, timeoutMs);
  if (!r.ok) {
    engine.available = false;
    engine.reason = `${engine.name === 'ouro' ? '`ouro run` ' : ''}cannot run an empty program: ${failureReason(r, timeoutMs)}`;
    return;
  }
  engine.baselineMs = r.wallMs;
  engine.baselineCpuMs = r.cpuMs;
  if (engine.name === 'node') engine.version = `Node ${process.version} (V8 ${process.versions.v8})`;
  if (engine.name === 'quickjs') {
    const pkg = JSON.parse(readFileSync(path.join(paths.root, 'node_modules', 'quickjs-emscripten', 'package.json'), 'utf8')) as { version: string };
    engine.version = `quickjs-emscripten ${pkg.version}, RELEASE_SYNC (wasm, on ${process.version})`;
  }
  if (engine.name === 'ouro') {
    let rev = '';
    const g = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: paths.root, encoding: 'utf8' });
    if (g.status === 0) rev = ` at ${g.stdout.trim()}`;
    engine.version = `ouro run${rev} (hosted on ${process.version})`;
  }
}

/** A source file (stage0/, runtime/, stage1/) newer than `built`, if any. */
export function newerSource(root: string, built: string): string | undefined {
  if (!existsSync(built)) return undefined;
  const t = statSync(built).mtimeMs;
  const walk = (dir: string): string | undefined => {
    if (!existsSync(dir)) return undefined;
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) {
        const r = walk(p);
        if (r) return r;
      } else if (/\.(ts|js)$/.test(ent.name) && statSync(p).mtimeMs > t) return path.relative(root, p);
    }
    return undefined;
  };
  for (const d of ['stage0', 'runtime', 'stage1']) {
    const r = walk(path.join(root, d));
    if (r) return r;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Micro benchmarks: test/bench/micro/*.js, each printing a checksum.

export interface MicroCell {
  ok: boolean;
  error?: string;
  checksum?: string;
  wallMs?: number; // best wall time
  baselineMs?: number; // the start-up baseline used (empty program, best wall time)
  baselineCpuMs?: number;
  wallMinusBaselineMs?: number; // best wall time minus the engine's start-up baseline
  hostMs?: number; // node/quickjs: time spent running the program inside the host (same run)
  cpuMs?: number; // CPU time of the process (user + system, all threads), least of the runs
  cpuMinusBaselineMs?: number; // cpuMs minus the empty program's
  /**
   * The time reported: wall minus start-up for Ouro and QuickJS; for Node the in-process time,
   * because Node's run times (a few ms) are below the noise of its ~50-100 ms start-up.
   */
  ms?: number;
}

export interface MicroRow {
  name: string;
  checksum?: string; // the agreed checksum (Node's, else the first engine's)
  consistent: boolean; // every engine that ran printed the same checksum
  cells: Partial<Record<EngineName, MicroCell>>;
}

export function microBenchmarks(root: string): { name: string; file: string }[] {
  const dir = path.join(root, 'test', 'bench', 'micro');
  return readdirSync(dir).filter((f) => /^[a-z][\w-]*\.js$/.test(f)).sort().map((f) => ({ name: f.slice(0, -3), file: path.join(dir, f) }));
}

/**
 * Runs a micro benchmark `runs` times per engine. With `emptyFile`, each run is preceded by a run
 * of the empty program and the start-up baseline is the best of those (it follows the load of the
 * machine at that moment); without, the engine's baseline from probe().
 */
export function runMicro(name: string, file: string, engines: Engine[], runs: number, timeoutMs: number, emptyFile?: string): MicroRow {
  const cells: Partial<Record<EngineName, MicroCell>> = {};
  for (const e of engines) {
    if (!e.available) continue;
    let baseWall = e.baselineMs ?? 0;
    let baseCpu = e.baselineCpuMs;
    const rs: RunResult[] = [];
    let failed: RunResult | undefined;
    if (emptyFile) {
      baseWall = Infinity;
      baseCpu = undefined;
    }
    for (let i = 0; i < runs && !failed; i++) {
      if (emptyFile) {
        const b = timeRuns(e, [emptyFile], 1, timeoutMs);
        if (b.ok) {
          baseWall = Math.min(baseWall, b.wallMs);
          if (b.cpuMs !== undefined) baseCpu = Math.min(baseCpu ?? Infinity, b.cpuMs);
        }
      }
      const r = timeRuns(e, [file], 1, timeoutMs);
      if (r.ok) rs.push(r);
      else failed = r;
    }
    if (failed) {
      cells[e.name] = { ok: false, error: failureReason(failed, timeoutMs) };
      continue;
    }
    if (!Number.isFinite(baseWall)) baseWall = e.baselineMs ?? 0;
    const r = best(rs);
    const cpus = rs.map((x) => x.cpuMs).filter((c): c is number => c !== undefined);
    const cpuMs = cpus.length > 0 ? Math.min(...cpus) : undefined;
    const wmb = r.wallMs - baseWall;
    cells[e.name] = {
      ok: true, checksum: r.stdout.trim(), wallMs: r.wallMs, baselineMs: baseWall, wallMinusBaselineMs: wmb, hostMs: r.hostMs,
      cpuMs, baselineCpuMs: baseCpu, cpuMinusBaselineMs: cpuMs !== undefined && baseCpu !== undefined ? cpuMs - baseCpu : undefined,
      ms: e.name === 'node' && r.hostMs !== undefined ? r.hostMs : wmb,
    };
  }
  const sums = Object.values(cells).filter((c) => c.ok).map((c) => c.checksum);
  const checksum = cells.node?.ok ? cells.node.checksum : sums[0];
  const consistent = sums.every((s) => s === checksum);
  for (const c of Object.values(cells)) {
    if (c.ok && c.checksum !== checksum) {
      c.ok = false;
      c.error = `checksum ${JSON.stringify(c.checksum)} differs from ${JSON.stringify(checksum)}`;
    }
  }
  return { name, checksum, consistent, cells };
}

// ---------------------------------------------------------------------------------------------
// Octane: base.js + one benchmark, driven by test/bench/octane-harness.js.

export interface OctaneCell {
  ok: boolean;
  error?: string;
  score?: number; // octane's score of the suite (higher is better)
  latency?: number; // splay's latency score
  wallMs?: number;
  cpuMs?: number;
  detail?: string[]; // RUNS lines: microseconds per iteration, iterations
}

export interface OctaneRow {
  name: string;
  cells: Partial<Record<EngineName, OctaneCell>>;
}

/**
 * How octane measures: 'octane' is octane's own (a warm-up second, then at least a second and 32
 * iterations); otherwise `warmup` untimed iterations, then iterations until `ms` have passed.
 */
export type OctaneTiming = 'octane' | { ms: number; warmup: number };

export function octanePrelude(base: string, file: string, preloaded: boolean, timing: OctaneTiming): string {
  const ms = timing === 'octane' ? 0 : timing.ms;
  const warmup = timing === 'octane' ? 0 : timing.warmup;
  return `var OCTANE_BASE = ${JSON.stringify(base)};\nvar OCTANE_FILE = ${JSON.stringify(file)};\n` +
    `var OCTANE_PRELOADED = ${preloaded};\nvar OCTANE_QUICK_MS = ${ms};\nvar OCTANE_WARMUP = ${warmup};\n`;
}

export function parseOctane(stdout: string): OctaneCell {
  const cell: OctaneCell = { ok: false, detail: [] };
  const errors: string[] = [];
  let main: number | undefined;
  for (const line of stdout.split('\n')) {
    const words = line.trim().split(' ');
    if (words[0] === 'RESULT' && words.length >= 3) {
      const v = Number(words[2]);
      if (words[1]!.endsWith('Latency')) cell.latency = v;
      else if (main === undefined) main = v;
    } else if (words[0] === 'ERROR') errors.push(line.trim().slice(6));
    else if (words[0] === 'RUNS') cell.detail!.push(words.slice(1).join(' '));
  }
  if (errors.length > 0) {
    cell.error = `octane reported an error (validation or exception): ${errors[0]!.slice(0, 150)}`;
    return cell;
  }
  if (main === undefined || !(main > 0)) {
    cell.error = 'no score printed';
    return cell;
  }
  cell.ok = true;
  cell.score = main;
  return cell;
}

/** Runs octane's base.js and DIR/NAME.js (or benchFile) on each engine, in a fresh process each. */
export function runOctane(name: string, dir: string, engines: Engine[], paths: Paths, timing: OctaneTiming, timeoutMs: number, benchFile?: string): OctaneRow {
  const base = path.join(dir, 'base.js');
  const file = benchFile ?? path.join(dir, `${name}.js`);
  const harness = path.join(paths.root, 'test', 'bench', 'octane-harness.js');
  const prelude = path.join(paths.out, `octane-${name}-prelude.js`);
  writeFileSync(prelude, octanePrelude(base, file, false, timing));
  const cells: Partial<Record<EngineName, OctaneCell>> = {};
  for (const e of engines) {
    if (!e.available) continue;
    let files = [prelude, harness];
    if (e.name === 'ouro') {
      // `ouro run` takes one file: the prelude and the harness in one, which load() the rest.
      const one = path.join(paths.out, `octane-${name}-ouro.js`);
      writeFileSync(one, [octanePrelude(base, file, false, timing), readFileSync(harness, 'utf8')].join('\n;\n'));
      files = [one];
    }
    let { cmd, args } = e.command(files);
    let r = runProcess(cmd, args, timeoutMs);
    if (e.name === 'ouro' && !r.ok && /load is not defined/.test(r.stderr + r.stdout)) {
      // An Ouro without load(): the same sources, concatenated in load order.
      const one = path.join(paths.out, `octane-${name}-ouro-concat.js`);
      writeFileSync(one, [octanePrelude(base, file, true, timing), readFileSync(base, 'utf8'), readFileSync(file, 'utf8'), readFileSync(harness, 'utf8')].join('\n;\n'));
      ({ cmd, args } = e.command([one]));
      r = runProcess(cmd, args, timeoutMs);
    }
    const cell = parseOctane(r.stdout);
    cell.wallMs = r.wallMs;
    cell.cpuMs = r.cpuMs;
    if (!r.ok) {
      cell.ok = false;
      cell.error = failureReason(r, timeoutMs);
    }
    cells[e.name] = cell;
  }
  return { name, cells };
}

// ---------------------------------------------------------------------------------------------
// Bytecodes per second: a counting loop, its bytecodes counted by `ouro run --stats` at two small
// sizes (the count is a + b * size), timed at a large size without --stats.

/** Loop sizes (iterations) of the counting runs and of the timed run. */
export const COUNT_SIZES = [1_000_000, 2_000_000] as const;
export const TIMED_SIZE = 20_000_000;

export interface BytecodeResult {
  ok: boolean;
  error?: string;
  bytecodes?: number; // executed by the timed run (from the counts)
  size?: number; // iterations of the timed run
  wallMs?: number;
  ms?: number; // wall minus start-up
  perSecond?: number;
  cpuMs?: number; // CPU time minus the empty program's
  perSecondCpu?: number;
  statsMs?: number; // the time --stats itself reports for the larger counting run ("N bytecodes executed in T ms")
  perSecondStats?: number; // the rate with counting on
}

/** The run time `--stats` reports next to the count (`[stats] N bytecodes executed in T ms`). */
export function parseStatsMs(text: string): number | undefined {
  const m = /bytecodes? executed in ([\d.]+) ?ms/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Finds the executed-bytecode count in `--stats` output (stderr or stdout). */
export function parseBytecodeCount(text: string): number | undefined {
  const m = /bytecodes?(?:[ _-]?executed)?\s*[:=]\s*(\d[\d,_']*)/i.exec(text) ?? /(\d[\d,_']*)\s+(?:executed\s+)?bytecodes?/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/[,_']/g, ''));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function runBytecodes(ouro: Engine, root: string, timeoutMs: number, runs: number): BytecodeResult {
  if (!ouro.available) return { ok: false, error: ouro.reason };
  const file = path.join(root, 'test', 'bench', 'micro', 'stats', 'count-loop.js');
  const counts: number[] = [];
  let statsMs: number | undefined;
  for (const size of COUNT_SIZES) {
    const r = timeRuns(ouro, [file], 1, timeoutMs, ['--stats'], [String(size)]);
    if (!r.ok) return { ok: false, error: failureReason(r, timeoutMs) };
    const n = parseBytecodeCount(r.stderr + '\n' + r.stdout);
    if (n === undefined) return { ok: false, error: '`ouro run --stats` printed no executed-bytecode count', wallMs: r.wallMs };
    counts.push(n);
    statsMs = parseStatsMs(r.stderr + '\n' + r.stdout);
  }
  const perIteration = (counts[1]! - counts[0]!) / (COUNT_SIZES[1] - COUNT_SIZES[0]);
  const n = Math.round(counts[0]! + perIteration * (TIMED_SIZE - COUNT_SIZES[0]));
  const r = timeRuns(ouro, [file], runs, timeoutMs, [], [String(TIMED_SIZE)]);
  if (!r.ok) return { ok: false, error: failureReason(r, timeoutMs) };
  const ms = r.wallMs - (ouro.baselineMs ?? 0);
  const cpuMs = r.cpuMs !== undefined && ouro.baselineCpuMs !== undefined ? r.cpuMs - ouro.baselineCpuMs : undefined;
  return {
    ok: true, bytecodes: n, size: TIMED_SIZE, wallMs: r.wallMs, ms, perSecond: ms > 0 ? (n / ms) * 1000 : undefined,
    cpuMs, perSecondCpu: cpuMs !== undefined && cpuMs > 0 ? (n / cpuMs) * 1000 : undefined,
    statsMs, perSecondStats: statsMs !== undefined && statsMs > 0 ? (counts[1]! / statsMs) * 1000 : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Report

export interface Report {
  date: string;
  machine: string;
  options: { quick: boolean; runs: number; engines: EngineName[]; only: string[]; octaneTiming: OctaneTiming };
  engines: { name: EngineName; label: string; available: boolean; reason?: string; warning?: string; version?: string; baselineMs?: number; baselineCpuMs?: number }[];
  octane: OctaneRow[];
  octaneDir?: string;
  micro: MicroRow[];
  bytecodes?: BytecodeResult;
}

const fmtMs = (ms: number | undefined): string => (ms === undefined ? '–' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const fmtS = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const fmtR = (r: number | undefined): string => (r === undefined || !Number.isFinite(r) ? '–' : r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2));
/** An octane score corrected for the share of a core the process got: score × wall / CPU. */
export function cpuAdjusted(c: OctaneCell | undefined): number | undefined {
  if (!c?.ok || c.score === undefined || !c.wallMs || !c.cpuMs) return undefined;
  return (c.score * c.wallMs) / c.cpuMs;
}

export function geomean(xs: number[]): number | undefined {
  const ys = xs.filter((x) => Number.isFinite(x) && x > 0);
  if (ys.length === 0 || ys.length !== xs.length) return undefined;
  return Math.exp(ys.reduce((s, x) => s + Math.log(x), 0) / ys.length);
}

function cellText(e: Engine | Report['engines'][number], c: { ok: boolean; error?: string } | undefined, value: string): string {
  if (!e.available) return 'n/a';
  if (!c) return '–';
  return c.ok ? value : 'fail';
}

export function renderMarkdown(rep: Report): string {
  const engines = rep.engines;
  const has = (n: EngineName): boolean => engines.some((e) => e.name === n);
  const eng = (n: EngineName) => engines.find((e) => e.name === n)!;
  const out: string[] = [];
  out.push(`# Ouro benchmarks`);
  out.push('');
  out.push(`${rep.date} on ${rep.machine}${rep.options.quick ? ' — **--quick** (no warm-up, short runs: indicative only)' : ''}`);
  out.push('');
  out.push('| engine | version | start-up (empty program) |');
  out.push('|---|---|---|');
  for (const e of engines) out.push(`| ${e.label} | ${e.available ? e.version ?? '' : `n/a: ${e.reason ?? ''}`}${e.warning ? ` (**${e.warning}**)` : ''} | ${e.available ? fmtMs(e.baselineMs) + ' ms' : '–'} |`);
  out.push('');
  const notes: string[] = [];

  if (rep.octane.length > 0) {
    out.push('## Octane (score, higher is better)');
    out.push('');
    const cols = engines.map((e) => `${e.label}`);
    const walls = engines.map((e) => `${e.label} wall s`);
    const ratioCols: string[] = [];
    if (has('ouro') && has('quickjs')) ratioCols.push('Ouro/QuickJS');
    if (has('ouro') && has('quickjs')) ratioCols.push('Ouro/QuickJS CPU-adj.');
    if (has('node') && has('quickjs')) ratioCols.push('QuickJS/Node');
    out.push(`| benchmark | ${[...cols, ...ratioCols, ...walls].join(' | ')} |`);
    out.push(`|---|${[...cols, ...ratioCols, ...walls].map(() => '---:').join('|')}|`);
    const ratios: Record<string, number[]> = { oq: [], oqc: [], qn: [] };
    const scores: Partial<Record<EngineName, number[]>> = {};
    for (const row of rep.octane) {
      const vals = engines.map((e) => cellText(e, row.cells[e.name], String(row.cells[e.name]?.score)));
      const rs: string[] = [];
      const score = (n: EngineName): number | undefined => (row.cells[n]?.ok ? row.cells[n]!.score : undefined);
      for (const e of engines) {
        const s = score(e.name);
        (scores[e.name] ??= []).push(s ?? NaN);
        const c = row.cells[e.name];
        if (c && !c.ok) notes.push(`octane ${row.name} on ${e.label}: ${c.error}`);
      }
      if (has('ouro') && has('quickjs')) {
        const o = score('ouro'), q = score('quickjs');
        const r = o !== undefined && q !== undefined ? o / q : undefined;
        ratios.oq!.push(r ?? NaN);
        rs.push(r === undefined ? (eng('ouro').available ? 'fail' : 'n/a') : fmtR(r));
        const oc = cpuAdjusted(row.cells.ouro), qc = cpuAdjusted(row.cells.quickjs);
        const rc = oc !== undefined && qc !== undefined ? oc / qc : undefined;
        ratios.oqc!.push(rc ?? NaN);
        rs.push(rc === undefined ? (eng('ouro').available ? 'fail' : 'n/a') : fmtR(rc));
      }
      if (has('node') && has('quickjs')) {
        const n = score('node'), q = score('quickjs');
        const r = n !== undefined && q !== undefined ? q / n : undefined;
        ratios.qn!.push(r ?? NaN);
        rs.push(fmtR(r));
      }
      const ws = engines.map((e) => (e.available && row.cells[e.name] ? fmtS(row.cells[e.name]!.wallMs) : 'n/a'));
      out.push(`| ${row.name} | ${[...vals, ...rs, ...ws].join(' | ')} |`);
    }
    if (rep.octane.length > 1) {
      // Over the benchmarks every available engine ran, so that the columns compare.
      const avail = engines.filter((e) => e.available);
      const common = rep.octane.map((_, i) => avail.every((e) => Number.isFinite(scores[e.name]![i]!)));
      const pick = (xs: number[]): number[] => xs.filter((_, i) => common[i]);
      const nCommon = common.filter(Boolean).length;
      const fmtG = (g: number | undefined): string => (g === undefined ? '–' : g >= 100 ? g.toFixed(0) : g.toPrecision(3));
      const gs = engines.map((e) => (e.available ? fmtG(geomean(pick(scores[e.name] ?? []))) : 'n/a'));
      const grs: string[] = [];
      if (has('ouro') && has('quickjs')) grs.push(fmtR(geomean(pick(ratios.oq!))), fmtR(geomean(pick(ratios.oqc!))));
      if (has('node') && has('quickjs')) grs.push(fmtR(geomean(pick(ratios.qn!))));
      const label = nCommon === rep.octane.length ? '**geomean**' : `**geomean** (the ${nCommon} that ran everywhere)`;
      out.push(`| ${label} | ${[...gs, ...grs, ...engines.map(() => '')].join(' | ')} |`);
    }
    out.push('');
    const t = rep.options.octaneTiming;
    out.push(t === 'octane'
      ? 'Timing: octane\'s own (a warm-up second, then at least one second and 32 iterations).'
      : `Timing: ${t.warmup} warm-up iteration${t.warmup === 1 ? '' : 's'}, then iterations for ${t.ms} ms (at least one).`);
    out.push('');
    out.push('Ouro/QuickJS and QuickJS/Node are score ratios (higher is better for the first engine named); the goal is Ouro/QuickJS ≥ 0.33 on every benchmark. CPU-adj.: each score multiplied by the process\'s wall time over its CPU time (the share of a core it got), which takes out most of the effect of other load on the machine; a rough correction, shown next to the measured ratio. Wall time is the whole process, start-up and warm-up included.');
    out.push('');
  }

  if (rep.micro.length > 0) {
    out.push(`## Micro benchmarks (ms, lower is better; best of ${rep.options.runs} run${rep.options.runs > 1 ? 's' : ''})`);
    out.push('');
    const cols = engines.map((e) => `${e.label} ms`);
    const ratioCols: string[] = [];
    if (has('ouro') && has('node')) ratioCols.push('Ouro/Node');
    if (has('ouro') && has('quickjs')) ratioCols.push('Ouro/QuickJS');
    if (has('quickjs') && has('node')) ratioCols.push('QuickJS/Node');
    if (has('ouro') && has('quickjs')) ratioCols.push('Ouro/QuickJS CPU');
    out.push(`| benchmark | checksum | ${[...cols, ...ratioCols].join(' | ')} |`);
    out.push(`|---|---|${[...cols, ...ratioCols].map(() => '---:').join('|')}|`);
    for (const row of rep.micro) {
      const ms = (n: EngineName): number | undefined => (row.cells[n]?.ok ? row.cells[n]!.ms : undefined);
      const vals = engines.map((e) => cellText(e, row.cells[e.name], fmtMs(row.cells[e.name]?.ms)));
      for (const e of engines) {
        const c = row.cells[e.name];
        if (c && !c.ok) notes.push(`micro ${row.name} on ${e.label}: ${c.error}`);
      }
      const ratio = (a: EngineName, b: EngineName): string => {
        if (!eng(a).available || !eng(b).available) return 'n/a';
        const x = ms(a), y = ms(b);
        return x === undefined || y === undefined ? 'fail' : y <= 0 ? '–' : fmtR(x / y);
      };
      const rs: string[] = [];
      if (has('ouro') && has('node')) rs.push(ratio('ouro', 'node'));
      if (has('ouro') && has('quickjs')) rs.push(ratio('ouro', 'quickjs'));
      if (has('quickjs') && has('node')) rs.push(ratio('quickjs', 'node'));
      if (has('ouro') && has('quickjs')) {
        const x = row.cells.ouro?.ok ? row.cells.ouro.cpuMinusBaselineMs : undefined;
        const y = row.cells.quickjs?.ok ? row.cells.quickjs.cpuMinusBaselineMs : undefined;
        rs.push(!eng('ouro').available || !eng('quickjs').available ? 'n/a' : x === undefined || y === undefined ? 'fail' : y <= 0 ? '–' : fmtR(x / y));
      }
      out.push(`| ${row.name} | ${row.checksum ?? '–'}${row.consistent ? '' : ' (differs!)'} | ${[...vals, ...rs].join(' | ')} |`);
    }
    out.push('');
    out.push('Ouro and QuickJS: wall time of the process minus the start-up of an empty program on the same engine. Node: the time measured inside the process around the script (its run times are a few milliseconds, below the noise of its start-up); results.json has both. Ratios are time ratios: how many times slower the first engine is. Ouro/QuickJS CPU: the same ratio over CPU time (user + system of the process, minus the empty program\'s), steadier than wall time on a busy machine.');
    out.push('');
  }

  if (rep.bytecodes) {
    const b = rep.bytecodes;
    out.push('## Interpreter throughput');
    out.push('');
    if (b.ok) {
      const mps = (x: number | undefined): string => (x ? (x / 1e6).toFixed(2) : '–');
      out.push(`\`ouro run test/bench/micro/stats/count-loop.js ${b.size}\`: ${b.bytecodes!.toLocaleString('en-US')} bytecodes ` +
        `(counted by \`--stats\` at ${COUNT_SIZES.join(' and ')} iterations) executed in ${fmtMs(b.ms)} ms (wall minus start-up) = ` +
        `**${mps(b.perSecond)} M bytecodes/s**` + (b.perSecondCpu !== undefined ? `, ${mps(b.perSecondCpu)} M/s of CPU time (minus start-up)` : '') +
        (b.statsMs !== undefined ? `; with --stats counting on: ${mps(b.perSecondStats)} M bytecodes/s` : ''));
    } else {
      out.push(`bytecodes/second: n/a (${b.error})`);
    }
    out.push('');
  }

  if (notes.length > 0) {
    out.push('## Failures');
    out.push('');
    for (const n of notes) out.push(`- ${n}`);
    out.push('');
  }
  return out.join('\n');
}

export function machineDescription(): string {
  const cpus = os.cpus();
  return `${os.type()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}`;
}
