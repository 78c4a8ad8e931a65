// Measures the interpreter on a counting loop (bytecodes/s with --stats counting off and on):
//   node scripts/ts.mjs test/interpreter/bench-loop.ts [N]
import { compile } from '../bytecode/helpers.ts';
import { loadBytecodeFunction } from '../../stage0/bytecode/load.ts';
import { vmRunScript, interpreterSetStats, interpreterBytecodesExecuted } from '../../runtime/interpreter.ts';
import { heapSetup } from '../../runtime/bootstrap.ts';
import { MB, smiValue } from '../../runtime/memory.ts';
import { isHeapNumber, heapNumberValue } from '../../runtime/values.ts';

const n = Number(process.argv[2] ?? 1e7);
const programs: [string, string][] = [
  ['let-sum', `let s = 0; for (let i = 0; i < ${n}; i++) s += i; s`],
  ['function-local', `function f() { let s = 0; for (let i = 0; i < ${n}; i++) s = (s + i) | 0; return s; } f()`],
];
for (const [name, src] of programs) {
  for (const stats of [false, true]) {
    heapSetup(256 * MB, 8 * MB);
    interpreterSetStats(stats);
    const sfi = loadBytecodeFunction(compile(src));
    const t0 = performance.now();
    const r = vmRunScript(sfi);
    const ms = performance.now() - t0;
    const value = (r & 1) === 0 ? smiValue(r) : isHeapNumber(r) ? heapNumberValue(r) : r;
    const executed = interpreterBytecodesExecuted();
    console.log(`${name}${stats ? ' (--stats)' : ''}: ${ms.toFixed(1)} ms, result ${value}` +
      (stats ? `, ${executed} bytecodes, ${(executed / ms / 1000).toFixed(1)} M bytecodes/s` : ''));
    interpreterSetStats(false);
  }
}
