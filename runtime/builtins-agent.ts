// $262.agent (test262's INTERPRETING.md): several agents — engines with heaps of their own, each on
// a thread of the host — sharing memory through SharedArrayBuffers (docs/exotic-objects.md,
// "Agents"). The kernel only forwards: the library (stage1/36-agent.js) builds `$262.agent` on
// `__ouro.agent(op, a, b)`, and the embedder (stage0/vm/agents.ts) starts the threads, carries
// broadcasts and reports, and calls the library's broadcast hook in the receiving agent.
import type { i32 } from './types.ts';
import { hostAgentRequest } from './host/host.ts';
import { smiValue } from './memory.ts';
import { arg } from './builtins-util.ts';

/** The operations of __ouro.agent (stage0/vm/agents.ts AgentOp mirrors them). */
export const AgentOp = {
  /** (source string): starts an agent running the script; blocks until it runs. */
  start: 0,
  /** (SharedArrayBuffer, number or "<digits>n" string): to every agent; blocks until all received it. */
  broadcast: 1,
  /** (): the oldest report of any agent (a string), or null. */
  getReport: 2,
  /** (milliseconds): blocks this agent. */
  sleep: 3,
  /** (): a monotonic clock in ms shared by all agents. */
  monotonicNow: 4,
  /** (): this agent waits for a broadcast (the library registered its hook). */
  receiveBroadcast: 5,
  /** (string): queues a report for the main agent. */
  report: 6,
  /** (): this agent is done. */
  leaving: 7,
  /** (): how many other agents may still notify this one (the main agent: its agents still running; an agent: 1). */
  others: 8,
} as const;

/** __ouro.agent(op, a, b): an AgentOp with its operands (already converted by the library). */
export function ouroAgent(argv: i32, argc: i32): i32 {
  return hostAgentRequest(smiValue(arg(argv, argc, 0)), arg(argv, argc, 1), arg(argv, argc, 2));
}
