// A pool of worker threads running test262 jobs (docs/test262.md, "Workers"). Each worker keeps
// its realm images in memory; the pool hands out one job at a time per worker, kills a worker
// whose job runs past the time limit (an infinite loop: the result is a "timeout" failure; CPU
// time of the worker thread and of the test's $262.agent threads on Linux, so that the results do
// not depend on the machine's load) and
// starts a new one, and turns a worker that dies (an engine crash) into a failure of the job it
// was running — never into a failure of the run.
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JobMessage, WorkerConfig, WorkerMessage } from './worker.ts';

export interface JobResult {
  pass: boolean;
  message: string;
  ms: number;
}

export interface PoolOptions {
  workers: number;
  root: string;
  heapMB: number;
  timeoutMs: number;
}

/**
 * The script a worker thread runs. The built bundle (dist/ouro.mjs) contains the worker, so it is
 * its own worker script. From source (vitest, scripts/ts.mjs) stage0/test262/worker.ts is bundled
 * with esbuild into node_modules/.cache first: Node cannot run the TypeScript files themselves.
 */
let workerScript: Promise<string> | null = null;
function resolveWorkerScript(): Promise<string> {
  workerScript ??= (async () => {
    const self = fileURLToPath(import.meta.url);
    if (/ouro\.mjs$/.test(self)) return self;
    const source = findWorkerSource(path.dirname(self)) ?? findWorkerSource(process.cwd());
    if (!source) throw new Error('test262: cannot find stage0/test262/worker.ts to build the worker');
    const repo = path.resolve(path.dirname(source), '../..');
    const outDir = path.join(repo, 'node_modules/.cache/test262');
    mkdirSync(outDir, { recursive: true });
    removeStaleBundles(outDir);
    const out = path.join(outDir, `worker-${process.pid}-${Date.now()}.mjs`);
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [source], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', logLevel: 'error', absWorkingDir: repo,
    });
    process.on('exit', () => rmSync(out, { force: true }));
    return out;
  })();
  return workerScript;
}

/** Worker bundles of processes that are gone (killed runs do not reach their exit handler). */
function removeStaleBundles(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = /^worker-(\d+)-\d+\.mjs$/.exec(name);
    if (!m) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch {
      rmSync(path.join(dir, name), { force: true });
    }
  }
}

function findWorkerSource(start: string): string | null {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'stage0/test262/worker.ts');
    if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  job: JobMessage | null;
  started: number;
  /** The worker thread's id (Linux), to read its CPU time; null elsewhere. */
  tid: number | null;
  cpuAtStart: number;
  /** The agents of the running job ($262.agent): thread id -> the last CPU time read (threads that ended keep it). */
  agentCpu: Map<number, number>;
}

/** CPU time of a job's agents so far (ms): each agent thread's whole life, it started during the job. */
function agentCpuMs(slot: Slot): number {
  let total = 0;
  for (const [tid, last] of slot.agentCpu) {
    const now = threadCpuMs(tid);
    if (now !== null && now >= last) slot.agentCpu.set(tid, now);
    total += slot.agentCpu.get(tid)!;
  }
  return total;
}

/** CPU time (user + system, ms) of thread `tid` of this process, from /proc; null when unavailable. */
function threadCpuMs(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of stat) in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * Runs `jobs` on the pool in the given `order` of indices; `onResult(index, result)` for each, in
 * completion order. Resolves when every job has a result, or, once `signal` aborts, when the jobs
 * under way have theirs.
 */
export async function runJobs(
  jobs: readonly Omit<JobMessage, 'id'>[], options: PoolOptions, onResult: (index: number, result: JobResult) => void,
  order: readonly number[] = jobs.map((_, i) => i), signal?: AbortSignal,
): Promise<void> {
  if (jobs.length === 0) return;
  const script = await resolveWorkerScript();
  const config: WorkerConfig = { ouroTest262Worker: true, root: options.root, heapMB: options.heapMB };
  let next = 0;
  let done = 0;
  let fatal: string | null = null;
  let startFailures = 0;
  return new Promise<void>((resolve, reject) => {
    const slots: Slot[] = [];
    // The time limit is on the worker thread's CPU time where the system says what it is (Linux),
    // so that a loaded machine does not turn slow tests into timeouts; wall time elsewhere. A
    // wall-clock cap of 15 times the limit still ends a test that makes no progress at all.
    const watchdog = setInterval(() => {
      const now = performance.now();
      for (const slot of slots) {
        if (!slot.job) continue;
        const wall = now - slot.started;
        const cpu = slot.tid !== null ? threadCpuMs(slot.tid) : null;
        const used = cpu !== null ? cpu - slot.cpuAtStart + agentCpuMs(slot) : wall;
        if (used <= options.timeoutMs && wall <= options.timeoutMs * 15) continue;
        // An infinite loop (or a very slow test): the worker cannot be interrupted, so it goes.
        const w = slot.worker;
        slot.worker = null;
        void w?.terminate();
        const what = cpu !== null ? 'of CPU time' : 'of wall time';
        finish(slot, { pass: false, message: `timeout (${options.timeoutMs / 1000} s ${what})`, ms: wall });
        spawn(slot);
      }
    }, Math.min(500, Math.max(50, options.timeoutMs / 4)));
    const finish = (slot: Slot, result: JobResult): void => {
      const job = slot.job!;
      slot.job = null;
      done++;
      onResult(job.id, result);
      if (done === jobs.length || (stopped() && slots.every((sl) => sl.job === null))) end();
    };
    const end = (): void => {
      clearInterval(watchdog);
      for (const s of slots) void s.worker?.terminate();
      resolve();
    };
    // Interrupted: no new jobs; the run ends when the ones under way have their results.
    const stopped = (): boolean => signal?.aborted === true;
    signal?.addEventListener('abort', () => {
      if (slots.every((sl) => sl.job === null)) end();
    });
    const dispatch = (slot: Slot): void => {
      if (!slot.worker || !slot.ready || slot.job) return;
      if (next >= jobs.length || stopped()) {
        void slot.worker.terminate();
        slot.worker = null;
        return;
      }
      const id = order[next++]!;
      slot.job = { ...jobs[id]!, id };
      slot.started = performance.now();
      slot.cpuAtStart = slot.tid !== null ? threadCpuMs(slot.tid) ?? 0 : 0;
      slot.agentCpu = new Map();
      slot.worker.postMessage(slot.job);
    };
    const spawn = (slot: Slot): void => {
      if (next >= jobs.length || stopped()) return;
      const worker = new Worker(script, { workerData: config, stdout: false, stderr: false });
      slot.worker = worker;
      slot.ready = false;
      worker.on('message', (m: WorkerMessage) => {
        if (slot.worker !== worker) return;
        if (m.type === 'ready') {
          slot.ready = true;
          slot.tid = m.tid !== null && threadCpuMs(m.tid) !== null ? m.tid : null;
          dispatch(slot);
        } else if (m.type === 'agent') {
          if (slot.job && m.tid !== null && threadCpuMs(m.tid) !== null) slot.agentCpu.set(m.tid, 0);
        } else if (m.type === 'result') {
          if (slot.job && slot.job.id === m.id) finish(slot, { pass: m.pass, message: m.message, ms: m.ms });
          if (m.poisoned) {
            // The worker exits after this result: no job for it, a new worker instead.
            slot.worker = null;
            void worker.terminate();
            spawn(slot);
          } else {
            dispatch(slot);
          }
        } else {
          fatal = m.message;
          clearInterval(watchdog);
          for (const s of slots) void s.worker?.terminate();
          reject(new Error(`test262: a worker could not start: ${fatal}`));
        }
      });
      const lost = (why: string): void => {
        if (slot.worker !== worker || fatal !== null) return;
        slot.worker = null;
        if (slot.job) finish(slot, { pass: false, message: `engine crash: ${why}`, ms: performance.now() - slot.started });
        // A worker that cannot even start (its bundle throws while loading) would be replaced forever.
        if (!slot.ready && ++startFailures >= 3) {
          fatal = why;
          clearInterval(watchdog);
          for (const s of slots) void s.worker?.terminate();
          reject(new Error(`test262: a worker could not start: ${why}`));
          return;
        }
        spawn(slot);
      };
      worker.on('error', (e: Error) => lost(`${e?.name ?? 'Error'}: ${String(e?.message ?? e).split('\n')[0]}`));
      worker.on('exit', (code) => lost(`the worker exited (${code})`));
    };
    const n = Math.max(1, Math.min(options.workers, jobs.length));
    for (let i = 0; i < n; i++) {
      const slot: Slot = { worker: null, ready: false, job: null, started: 0, tid: null, cpuAtStart: 0, agentCpu: new Map() };
      slots.push(slot);
      spawn(slot);
    }
  });
}
