// The agents of $262.agent (test262's INTERPRETING.md; docs/exotic-objects.md, "Agents"): each
// agent is a worker thread running an engine of its own — its own heap, a realm from the realm
// image — and agents share memory only through SharedArrayBuffers, whose bytes live in host shared
// blocks outside every heap (runtime/host/node.ts).
//
//   main agent (this thread)                       agent k (a worker thread)
//   start(src) ── new Worker(bundle, workerData) ─► createEngine, state[k] = running, run src
//   broadcast(sab, n): post {block, n} to each ──► receiveBroadcast waits on the generation word,
//     bump the generation, wait for every ack       takes the message, acks, calls the callback
//   getReport() ◄── MessagePort, in report order ── report(v) (a process-wide sequence number)
//
// The control block (an Int32Array over a SharedArrayBuffer, one per main agent) holds the
// broadcast generation, an ack counter and per agent its state and the generation it received;
// every blocking step is Atomics.wait on one of its words, so a main agent that waits costs no
// CPU. Messages go through one MessageChannel per agent, read synchronously with
// receiveMessageOnPort: the main agent never returns to Node's event loop while a test runs.
//
// The worker's script is the bundle this module is in (dist/ouro.mjs, the scripts/ts.mjs bundle of
// the CLI, the test262 worker bundle); from source (vitest) this file is bundled first.
import { Worker, MessageChannel, receiveMessageOnPort, isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  nodeSetAgentHost, nodeSharedBlock, nodeSharedAdopt, nodeSharedFutex, nodeSharedAdoptFutex, nodeCaptureOutput, nodeFlushOutput,
  nodeSetExitThrows, OuroExit,
} from '../../runtime/host/node.ts';
import { AgentOp } from '../../runtime/builtins-agent.ts';
import { arrayBufferSharedBlock } from '../../runtime/builtins-arraybuffer.ts';
import { hookGet, HookId } from '../../runtime/hooks.ts';
import { vmCall2 } from '../../runtime/interpreter.ts';
import { isCallable, numberToF64 } from '../../runtime/conversions.ts';
import { isException, pendingException, pendingExceptionClear, throwErrorLit, throwError, ErrorKind } from '../../runtime/errors.ts';
import { isNumber, nullValue, undefinedValue, numberNew } from '../../runtime/values.ts';
import { isString } from '../../runtime/strings.ts';
import { smiFrom } from '../../runtime/memory.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../runtime/heap.ts';
import { createEngine, heapString, hostString, reportUncaught, type Engine } from './engine.ts';
import type { EngineFlags } from '../cli/flags.ts';

/** Words of the control block. */
const CTRL_GENERATION = 0;
const CTRL_ACKS = 1;
const CTRL_REPORT_SEQ = 2;
const CTRL_STATE = 8;
const MAX_AGENTS = 64;
const CTRL_RECEIVED = CTRL_STATE + MAX_AGENTS;
const CTRL_WORDS = CTRL_RECEIVED + 2 * MAX_AGENTS;
/** Agent states. */
const STARTING = 0;
const RUNNING = 1;
const GONE = 2;
/** Per agent: its thread's id in the kernel's process table (Linux; 0 elsewhere), for the time limit of test262 runs. */
const CTRL_TID = CTRL_RECEIVED + MAX_AGENTS;
/** How long start() waits for an agent's engine before giving up. */
const START_LIMIT_MS = 30_000;

interface AgentWorkerData {
  ouroAgent: true;
  source: string;
  index: number;
  control: SharedArrayBuffer;
  futex: SharedArrayBuffer;
  port: MessagePort;
  flags: EngineFlags;
  quiet: boolean;
}

type AgentMessage =
  | { type: 'broadcast'; generation: number; sab: SharedArrayBuffer; num: number | string }
  | { type: 'report'; seq: number; text: string }
  | { type: 'error'; seq: number; text: string };

interface AgentRecord {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly index: number;
  /** Messages taken from the port and not yet consumed (reports, errors), in order. */
  readonly inbox: AgentMessage[];
}

/** A process-wide monotonic clock in ms (every thread reads the same one). */
function monotonicNow(): number {
  return performance.timeOrigin + performance.now();
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, ms);
}

// ---- the main agent -------------------------------------------------------------------------------

let installedFlags: EngineFlags | null = null;
let quietAgents = false;
let onStarted: ((threadId: number | null) => void) | null = null;
let control: Int32Array | null = null;
let agents: AgentRecord[] = [];

/**
 * Gives the engine of this thread its $262.agent host: agents run engines with `flags`; `quiet`
 * drops what they print (the test262 runner). Call once per thread before running programs.
 */
export function installAgents(
  flags: EngineFlags, options: { quiet?: boolean; onStarted?: (threadId: number | null) => void } = {},
): void {
  installedFlags = flags;
  quietAgents = options.quiet === true;
  onStarted = options.onStarted ?? null;
  nodeSetAgentHost(mainRequest);
}

/**
 * Ends every agent this thread started (a test or a program is over): the workers are terminated
 * — also those blocked in Atomics.wait — and the promise resolves once their threads are gone.
 */
export async function agentsShutdown(): Promise<void> {
  const ending = agents;
  agents = [];
  control = null;
  await Promise.all(ending.map(async (a) => {
    a.port.close();
    await a.worker.terminate();
  }));
}

/** The number of agents started and not shut down (tests). */
export function agentCount(): number {
  return agents.length;
}

function mainRequest(op: number, a: number, b: number): number {
  switch (op) {
    case AgentOp.start:
      return start(hostString(a));
    case AgentOp.broadcast:
      return broadcast(a, b);
    case AgentOp.getReport:
      return getReport();
    case AgentOp.sleep:
      sleep(numberToF64(a));
      return undefinedValue();
    case AgentOp.monotonicNow:
      return numberNew(monotonicNow());
    case AgentOp.others: {
      const ctrl = control;
      return smiFrom(ctrl === null ? 0 : agents.filter((r) => Atomics.load(ctrl, CTRL_STATE + r.index) !== GONE).length);
    }
    default:
      // receiveBroadcast / report / leaving in the main agent: nobody broadcasts to it or reads its reports.
      return undefinedValue();
  }
}

function start(source: string): number {
  control ??= new Int32Array(new SharedArrayBuffer(CTRL_WORDS * 4));
  if (agents.length >= MAX_AGENTS) return throwErrorLit(ErrorKind.RangeError, '$262.agent.start: too many agents');
  const index = agents.length;
  const { port1, port2 } = new MessageChannel();
  const data: AgentWorkerData = {
    ouroAgent: true, source, index, control: control.buffer as SharedArrayBuffer, futex: nodeSharedFutex(), port: port2,
    flags: installedFlags!, quiet: quietAgents,
  };
  const worker = new Worker(agentScript(), { workerData: data, transferList: [port2], stdout: false, stderr: false });
  // Agents never keep the process alive: a program that ends leaves them behind. An agent reports
  // its own failures; a worker that cannot even load its script never says it runs (start() gives
  // up below), and its 'error' event must not become an uncaught host exception of this thread.
  worker.unref();
  worker.on('error', () => {});
  port1.unref();
  agents.push({ worker, port: port1, index, inbox: [] });
  // "Will block until that agent is running."
  const deadline = performance.now() + START_LIMIT_MS;
  while (Atomics.load(control, CTRL_STATE + index) === STARTING && performance.now() < deadline) {
    Atomics.wait(control, CTRL_STATE + index, STARTING, 50);
  }
  if (Atomics.load(control, CTRL_STATE + index) === STARTING) {
    return throwErrorLit(ErrorKind.Error, '$262.agent.start: the agent did not start');
  }
  const tid = Atomics.load(control, CTRL_TID + index);
  onStarted?.(tid > 0 ? tid : null);
  return undefinedValue();
}

function broadcast(sab: number, num: number): number {
  const block = nodeSharedBlock(arrayBufferSharedBlock(sab));
  if (!block || !control) return undefinedValue();
  const ctrl = control;
  const generation = Atomics.load(ctrl, CTRL_GENERATION) + 1;
  const value = isString(num) ? hostString(num) : isNumber(num) ? numberToF64(num) : 0;
  const targets = agents.filter((a) => Atomics.load(ctrl, CTRL_STATE + a.index) !== GONE);
  for (const a of targets) a.port.postMessage({ type: 'broadcast', generation, sab: block, num: value } satisfies AgentMessage);
  Atomics.store(ctrl, CTRL_GENERATION, generation);
  Atomics.notify(ctrl, CTRL_GENERATION);
  // "The function blocks until all agents have retrieved the message" (those that are still running).
  for (;;) {
    const acks = Atomics.load(ctrl, CTRL_ACKS);
    const waiting = targets.some((a) => Atomics.load(ctrl, CTRL_RECEIVED + a.index) < generation && Atomics.load(ctrl, CTRL_STATE + a.index) !== GONE);
    if (!waiting) break;
    Atomics.wait(ctrl, CTRL_ACKS, acks, 100);
  }
  return undefinedValue();
}

/** Moves what the agents' ports hold into their inboxes. */
function collectMessages(): void {
  for (const a of agents) {
    for (let m = receiveMessageOnPort(a.port); m !== undefined; m = receiveMessageOnPort(a.port)) a.inbox.push(m.message as AgentMessage);
  }
}

/**
 * The oldest report of any agent (reports carry a process-wide sequence number), or null. When
 * every agent has ended and nothing is left, waiting could only hang: an Error instead, naming an
 * agent's uncaught exception when there was one.
 */
function getReport(): number {
  collectMessages();
  let from: AgentRecord | null = null;
  let failure: string | null = null;
  for (const a of agents) {
    while (a.inbox.length > 0 && a.inbox[0]!.type === 'error') {
      failure ??= (a.inbox.shift() as { text: string }).text;
    }
    const head = a.inbox[0];
    if (head && head.type === 'report' && (!from || head.seq < (from.inbox[0] as { seq: number }).seq)) from = a;
  }
  if (from) return heapString((from.inbox.shift() as { text: string }).text, false);
  const ctrl = control;
  const running = ctrl !== null && agents.some((a) => Atomics.load(ctrl, CTRL_STATE + a.index) !== GONE);
  if (failure !== null) return throwError(ErrorKind.Error, heapString(`$262.agent: an agent failed: ${failure}`, false));
  if (!running && agents.length > 0) {
    // Reports posted just before an agent ended may still be on their way.
    collectMessages();
    if (agents.some((a) => a.inbox.length > 0)) return getReport();
    return throwErrorLit(ErrorKind.Error, '$262.agent.getReport: every agent has ended and no report is left');
  }
  return nullValue();
}

// ---- an agent (a worker thread) -------------------------------------------------------------------

let agentData: AgentWorkerData | null = null;
let awaitingBroadcast = false;
let lastGeneration = 0;

function agentRequest(op: number, a: number, _b: number): number {
  const data = agentData!;
  switch (op) {
    case AgentOp.sleep:
      sleep(numberToF64(a));
      return undefinedValue();
    case AgentOp.monotonicNow:
      return numberNew(monotonicNow());
    case AgentOp.receiveBroadcast:
      awaitingBroadcast = true;
      return undefinedValue();
    case AgentOp.report:
      post(data, { type: 'report', seq: nextSeq(data), text: hostString(a) });
      return undefinedValue();
    case AgentOp.leaving:
      return undefinedValue();
    case AgentOp.others:
      return smiFrom(1);
    default:
      return throwErrorLit(ErrorKind.TypeError, '$262.agent: only the main agent can start agents, broadcast and read reports');
  }
}

function nextSeq(data: AgentWorkerData): number {
  return Atomics.add(new Int32Array(data.control), CTRL_REPORT_SEQ, 1);
}

function post(data: AgentWorkerData, m: AgentMessage): void {
  data.port.postMessage(m);
}

/**
 * Blocks until the next broadcast arrives, acknowledges it and calls the callback that
 * receiveBroadcast registered (the library's agentBroadcast hook) with a SharedArrayBuffer over the
 * same block. False when the callback threw (reported as uncaught).
 */
function receiveBroadcast(data: AgentWorkerData, engine: Engine): boolean {
  const ctrl = new Int32Array(data.control);
  let m = receiveMessageOnPort(data.port);
  while (m === undefined || (m.message as AgentMessage).type !== 'broadcast') {
    if (m === undefined) Atomics.wait(ctrl, CTRL_GENERATION, lastGeneration, 100);
    m = receiveMessageOnPort(data.port);
  }
  const msg = m.message as AgentMessage & { type: 'broadcast' };
  awaitingBroadcast = false;
  lastGeneration = msg.generation;
  const block = nodeSharedAdopt(msg.sab);
  Atomics.store(ctrl, CTRL_RECEIVED + data.index, msg.generation);
  Atomics.add(ctrl, CTRL_ACKS, 1);
  Atomics.notify(ctrl, CTRL_ACKS);
  const fn = hookGet(HookId.agentBroadcast);
  if (!isCallable(fn)) return true;
  const scope = handleScopeOpen();
  const hFn = handleNew(fn);
  const num = typeof msg.num === 'string' ? heapString(msg.num, false) : numberNew(msg.num);
  const r = vmCall2(handleGet(hFn), undefinedValue(), smiFrom(block), num);
  handleScopeClose(scope);
  if (!isException(r)) return true;
  const value = pendingException();
  pendingExceptionClear();
  reportUncaught(value, engine);
  return false;
}

/**
 * The agent's thread: an engine, its script, then its event loop and the broadcasts it waits for,
 * until nothing is left. An uncaught exception is printed as `ouro run` prints it (unless quiet)
 * and sent to the main agent, whose getReport throws it. Whatever happens, the state word says
 * GONE at the end, so that the main agent never waits for this one.
 */
function agentMain(data: AgentWorkerData): void {
  agentData = data;
  const ctrl = new Int32Array(data.control);
  const errors: string[] = [];
  try {
    nodeSharedAdoptFutex(data.futex);
    nodeSetExitThrows(true);
    if (data.quiet) nodeCaptureOutput([]);
    const engine = createEngine({ ...data.flags, exposeTest262: true });
    nodeSetAgentHost(agentRequest);
    const stderr = engine.stderr;
    engine.stderr = (text) => {
      errors.push(text);
      if (!data.quiet) stderr(text);
    };
    Atomics.store(ctrl, CTRL_TID + data.index, linuxThreadId());
    Atomics.store(ctrl, CTRL_STATE + data.index, RUNNING);
    Atomics.notify(ctrl, CTRL_STATE + data.index);
    let ok = engine.runScript(data.source, `agent-${data.index}.js`, 'script').kind === 'ok';
    while (ok) {
      ok = engine.runEventLoop().kind === 'ok';
      if (!ok || !awaitingBroadcast) break;
      ok = receiveBroadcast(data, engine);
    }
  } catch (e) {
    errors.push(e instanceof OuroExit ? `quit(${e.code}) called` : `agent engine failure: ${(e as Error)?.message ?? String(e)}`);
  } finally {
    if (errors.length > 0) post(data, { type: 'error', seq: nextSeq(data), text: errors.join('').split('\n')[0]! });
    nodeFlushOutput();
    Atomics.store(ctrl, CTRL_STATE + data.index, GONE);
    Atomics.notify(ctrl, CTRL_STATE + data.index);
    Atomics.add(ctrl, CTRL_ACKS, 1);
    Atomics.notify(ctrl, CTRL_ACKS);
    data.port.close();
  }
}

/** This thread's id in the kernel's process table (Linux), 0 where there is none. */
export function linuxThreadId(): number {
  try {
    const tid = Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0]);
    return Number.isInteger(tid) && tid > 0 ? tid : 0;
  } catch {
    return 0;
  }
}

// ---- the worker script --------------------------------------------------------------------------

let script: string | null = null;

/** The script agents run: this bundle, or (from source) a bundle of this file made once per process. */
function agentScript(): string {
  if (script) return script;
  const self = fileURLToPath(import.meta.url);
  if (/\.m?js$/.test(self)) return (script = self);
  let dir = path.dirname(self);
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const outDir = path.join(dir, 'node_modules/.cache/agents');
  mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `agent-${process.pid}-${Date.now()}.mjs`);
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [self], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
    logLevel: 'error', absWorkingDir: dir,
  });
  process.on('exit', () => rmSync(out, { force: true }));
  return (script = out);
}

const data = workerData as Partial<AgentWorkerData> | null;
// After the whole bundle has been evaluated (this module may come before others in it).
if (!isMainThread && data?.ouroAgent === true) setImmediate(() => agentMain(data as AgentWorkerData));
