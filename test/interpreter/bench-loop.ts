// Measures the interpreter on counting loops (bytecodes/s from the --stats count and the loop's
// time; the counting run is separate so that the timed run has no instrumentation):
//   node scripts/ts.mjs test/interpreter/bench-loop.ts [N]
import { compile } from '../bytecode/helpers.ts';
import { loadBytecodeFunction } from '../../stage0/bytecode/load.ts';
import { vmRunScript, interpreterSetStats, interpreterBytecodesExecuted, interpreterStatsReset } from '../../runtime/interpreter.ts';
import { heapSetup } from '../../runtime/bootstrap.ts';
import { MB, smiValue } from '../../runtime/memory.ts';
import { isHeapNumber, heapNumberValue } from '../../runtime/values.ts';

const n = Number(process.argv[2] ?? 1e7);
const programs: [string, string][] = [
  ['let-sum (top-level let s, i: context slot + register)', `let s = 0; for (let i = 0; i < ${n}; i++) s += i; s`],
  ['function-local (registers, Smi)', `function f() { let s = 0; for (let i = 0; i < ${n}; i++) s = (s + i) | 0; return s; } f()`],
];
let cpuMs = 0;
function runOnce(src: string, stats: boolean): { ms: number; value: unknown; executed: number } {
  heapSetup(256 * MB, 8 * MB);
  interpreterSetStats(stats);
  interpreterStatsReset();
  const sfi = loadBytecodeFunction(compile(src));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = vmRunScript(sfi);
  const ms = performance.now() - t0;
  cpuMs = (process.cpuUsage().user - c0.user) / 1000;
  const value = (r & 1) === 0 ? smiValue(r) : isHeapNumber(r) ? heapNumberValue(r) : r;
  const executed = interpreterBytecodesExecuted();
  interpreterSetStats(false);
  return { ms, value, executed };
}
for (const [name, src] of programs) {
  const counted = runOnce(src, true);
  runOnce(src, false);
  const timed = runOnce(src, false);
  console.log(`${name}: ${timed.ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms cpu), result ${String(timed.value)}, ` +
    `${counted.executed} bytecodes, ${(counted.executed / timed.ms / 1000).toFixed(1)} M bytecodes/s ` +
    `(${(counted.executed / cpuMs / 1000).toFixed(1)} M/s of cpu time)`);
}
