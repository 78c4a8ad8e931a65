// `--stats`: figures printed to stderr when the program ends (DESIGN §8). Each block reads the
// counters its kernel owner exports; a source of figures that does not exist yet is named as such
// instead of printing zeros.
//
//   [stats] 1234567 bytecodes executed in 85.2 ms
//   [stats] bytecodes by opcode (top 20): Ldar 20.1%  Star 15.3% …
//   [stats] gc: 12 scavenges, 1 full (pauses: total 3.10 ms, max 0.80 ms), 45.2 MB allocated …
//   [stats] inline caches (hit rate): load 123 hits 4 misses 96.9% …
import { Bytecode, kBytecodeCount } from '../../runtime/generated/bytecodes.ts';
import {
  statScavenges, statMarkCompacts, statPauseTotalMs, statPauseMaxMs, statAllocatedBytes, statPromotedBytes,
  statSurvivedBytes, statScavengePauseTotalMs, statMarkCompactPauseTotalMs,
} from '../../runtime/flags.ts';
// A namespace import: the interpreter's counters are read only when it exports them.
import * as interpreter from '../../runtime/interpreter.ts';
import * as ic from '../../runtime/ic.ts';
import type { Engine } from '../vm/engine.ts';

const TOP_OPCODES = 20;
const MB = 1024 * 1024;

const OPCODE_NAMES: string[] = [];
for (const [name, value] of Object.entries(Bytecode)) OPCODE_NAMES[value] = name;

let startMs = 0;

interface InterpreterCounters {
  interpreterSetStats?: (on: boolean) => void;
  interpreterBytecodesExecuted?: () => number;
  interpreterOpcodeCount?: (op: number) => number;
}
const counters = interpreter as InterpreterCounters;

export function enableStats(): void {
  counters.interpreterSetStats?.(true);
  startMs = performance.now();
}

export function printStats(engine: Engine): void {
  const lines: string[] = [];
  const elapsed = performance.now() - startMs;
  if (!counters.interpreterBytecodesExecuted || !counters.interpreterOpcodeCount) {
    lines.push('bytecodes: the interpreter exports no counters yet');
  }
  const total = counters.interpreterBytecodesExecuted?.() ?? 0;
  lines.push(`${total} bytecodes executed in ${elapsed.toFixed(1)} ms`);
  const counts: [string, number][] = [];
  for (let op = 0; op < kBytecodeCount; op++) {
    const n = counters.interpreterOpcodeCount?.(op) ?? 0;
    if (n > 0) counts.push([OPCODE_NAMES[op] ?? `op${op}`, n]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  if (counts.length > 0) {
    lines.push(`bytecodes by opcode (top ${Math.min(TOP_OPCODES, counts.length)} of ${counts.length}):`);
    for (const [name, n] of counts.slice(0, TOP_OPCODES)) {
      lines.push(`  ${name.padEnd(28)} ${String(n).padStart(12)}  ${((100 * n) / total).toFixed(1).padStart(5)}%`);
    }
  }
  lines.push(
    `gc: ${statScavenges} scavenges (${statScavengePauseTotalMs.toFixed(2)} ms), ${statMarkCompacts} full collections ` +
      `(${statMarkCompactPauseTotalMs.toFixed(2)} ms); pauses total ${statPauseTotalMs.toFixed(2)} ms, max ${statPauseMaxMs.toFixed(2)} ms`,
  );
  lines.push(
    `gc: ${(statAllocatedBytes / MB).toFixed(1)} MB allocated, ${(statSurvivedBytes / MB).toFixed(1)} MB survived scavenges, ` +
      `${(statPromotedBytes / MB).toFixed(1)} MB promoted`,
  );
  const rate = (hits: number, misses: number) => (hits + misses === 0 ? '-' : `${((100 * hits) / (hits + misses)).toFixed(1)}%`);
  const icLine = (name: string, hits: number, misses: number) => `  ${name.padEnd(12)} ${String(hits).padStart(12)} hits ${String(misses).padStart(10)} misses  ${rate(hits, misses).padStart(6)}`;
  lines.push('inline caches (hit rate):');
  lines.push(icLine('load', ic.statIcLoadHits, ic.statIcLoadMisses));
  lines.push(icLine('keyed load', ic.statIcKeyedLoadHits, ic.statIcKeyedLoadMisses));
  lines.push(icLine('store', ic.statIcStoreHits, ic.statIcStoreMisses));
  lines.push(icLine('keyed store', ic.statIcKeyedStoreHits, ic.statIcKeyedStoreMisses));
  lines.push(
    `inline caches: ${ic.statIcToMonomorphic} became monomorphic, ${ic.statIcToPolymorphic} polymorphic, ` +
      `${ic.statIcToMegamorphic} megamorphic; ${ic.statIcStubCacheHits} megamorphic stub-cache hits`,
  );
  engine.stderr(lines.map((l) => `[stats] ${l}\n`).join(''));
}
