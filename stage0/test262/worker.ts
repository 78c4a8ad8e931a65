// The worker thread of a test262 run (pool.ts starts it): one Test262Executor, which keeps the
// realm images in memory, running the jobs the pool posts one at a time. A test that escapes the
// kernel with a host exception poisons the executor: the worker reports the result and exits, and
// the pool starts a new one.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Test262Executor, type TestJob } from './executor.ts';
import { installAgents, agentsShutdown, linuxThreadId } from '../vm/agents.ts';
import { nodeSharedReset } from '../../runtime/host/node.ts';
import { DEFAULT_FLAGS } from '../cli/flags.ts';

export interface WorkerConfig {
  ouroTest262Worker: true;
  root: string;
  heapMB: number;
}

export interface JobMessage extends TestJob {
  id: number;
}

export type WorkerMessage =
  | { type: 'ready'; tid: number | null }
  /** The running test started an agent on thread `tid`. */
  | { type: 'agent'; tid: number | null }
  | { type: 'result'; id: number; pass: boolean; message: string; ms: number; poisoned: boolean }
  | { type: 'fatal'; message: string };

/** The old generation of an agent's heap (agents run small scripts). */
const AGENT_HEAP_MB = 64;

function workerMain(config: WorkerConfig): void {
  const port = parentPort!;
  let executor: Test262Executor;
  try {
    executor = new Test262Executor({ root: config.root, heapMB: config.heapMB });
  } catch (e) {
    port.postMessage({ type: 'fatal', message: `cannot create the realm: ${(e as Error)?.message ?? String(e)}` } satisfies WorkerMessage);
    return;
  }
  // $262.agent: agents are worker threads of this one, with engines of their own; what they print is dropped.
  // Their threads' CPU time counts against the test's time limit: the pool learns their ids.
  installAgents({ ...DEFAULT_FLAGS, maxHeapMB: AGENT_HEAP_MB }, {
    quiet: true,
    onStarted: (tid) => port.postMessage({ type: 'agent', tid } satisfies WorkerMessage),
  });
  port.postMessage({ type: 'ready', tid: linuxThreadId() || null } satisfies WorkerMessage);
  port.on('message', async (job: JobMessage) => {
    const t0 = performance.now();
    let pass = false;
    let message: string;
    let poisoned = false;
    try {
      const out = executor.run(job);
      pass = out.pass;
      message = out.message;
      poisoned = out.poisoned === true;
    } catch (e) {
      message = `runner crash: ${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
      poisoned = true;
    }
    // The test's agents end with it, and its shared blocks are forgotten: the next test starts clean.
    await agentsShutdown();
    nodeSharedReset();
    port.postMessage({ type: 'result', id: job.id, pass, message, ms: performance.now() - t0, poisoned } satisfies WorkerMessage);
    if (poisoned) process.exit(0);
  });
}

const data = workerData as Partial<WorkerConfig> | null;
if (!isMainThread && data?.ouroTest262Worker === true) workerMain(data as WorkerConfig);
