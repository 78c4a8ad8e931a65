// The engine flags of `ouro run`, `ouro -e` and the REPL (DESIGN §8): one table, from which the
// parser, `ouro help` and the README's flag list are derived. Flags go before the FILE; everything
// after the FILE belongs to the program.
import { CliError } from './io.ts';

export interface EngineFlags {
  printBytecode: boolean;
  trace: boolean;
  traceIc: boolean;
  traceShapes: boolean;
  traceGc: boolean;
  gcStress: boolean;
  verifyHeap: boolean;
  stats: boolean;
  exposeGc: boolean;
  /** Define `$262`, test262's host object (docs/test262.md). */
  exposeTest262: boolean;
  /** Old-generation budget in MiB (the heap's paged space). */
  maxHeapMB: number;
  /** The VM stack in KiB (frames of JS -> JS calls; overflow is a RangeError). */
  stackSizeKB: number;
  /** Forces the goal of the entry file: 'module' or 'script' (default: by extension and content). */
  goal: 'auto' | 'module' | 'script';
}

export const DEFAULT_FLAGS: EngineFlags = {
  printBytecode: false, trace: false, traceIc: false, traceShapes: false, traceGc: false, gcStress: false,
  verifyHeap: false, stats: false, exposeGc: false, exposeTest262: false, maxHeapMB: 256, stackSizeKB: 1024, goal: 'auto',
};

type BooleanKey = { [K in keyof EngineFlags]: EngineFlags[K] extends boolean ? K : never }[keyof EngineFlags];
type NumberKey = { [K in keyof EngineFlags]: EngineFlags[K] extends number ? K : never }[keyof EngineFlags];

interface FlagSpec {
  name: string;
  help: string;
  /** A boolean switch, a number with bounds (`--name=N`), or a fixed assignment. */
  kind: { bool: BooleanKey } | { number: NumberKey; min: number; max: number; unit: string } | { set: Partial<EngineFlags> };
}

export const FLAG_TABLE: readonly FlagSpec[] = [
  { name: '--print-bytecode', kind: { bool: 'printBytecode' }, help: 'print the bytecode of every function before running it' },
  { name: '--trace', kind: { bool: 'trace' }, help: 'print every executed bytecode (function, offset, accumulator) to stderr' },
  { name: '--trace-ic', kind: { bool: 'traceIc' }, help: 'print inline-cache state changes to stderr' },
  { name: '--trace-shapes', kind: { bool: 'traceShapes' }, help: 'print hidden-class (map) transitions to stderr' },
  { name: '--trace-gc', kind: { bool: 'traceGc' }, help: 'print one line per garbage collection (kind, sizes, pause)' },
  { name: '--gc-stress', kind: { bool: 'gcStress' }, help: 'collect garbage at every safepoint (slow; finds GC-safety bugs)' },
  { name: '--verify-heap', kind: { bool: 'verifyHeap' }, help: 'check every heap pointer after each collection' },
  { name: '--stats', kind: { bool: 'stats' }, help: 'at exit, print bytecodes executed by opcode, IC and GC figures to stderr' },
  { name: '--expose-gc', kind: { bool: 'exposeGc' }, help: 'define a global gc() that runs a full, compacting collection' },
  { name: '--expose-test262', kind: { bool: 'exposeTest262' }, help: 'define $262, test262\'s host object (evalScript, detachArrayBuffer, gc, global, IsHTMLDDA)' },
  { name: '--max-heap', kind: { number: 'maxHeapMB', min: 4, max: 1536, unit: 'MB' }, help: 'old-generation size in MB (default 256); exhaustion is fatal' },
  { name: '--stack-size', kind: { number: 'stackSizeKB', min: 64, max: 1024, unit: 'KB' }, help: 'VM stack size in KB (64 to 1024, the default)' },
  { name: '--module', kind: { set: { goal: 'module' } }, help: 'run the file as an ES module whatever its extension' },
  { name: '--script', kind: { set: { goal: 'script' } }, help: 'run the file as a classic script whatever its extension' },
];

/**
 * Reads the flags at the front of `args`; returns them and the index of the first argument that
 * is not a flag. An unknown flag or a bad value is a usage error (CliError, exit status 2).
 */
export function parseFlags(args: readonly string[], command: string): { flags: EngineFlags; rest: number } {
  const flags: EngineFlags = { ...DEFAULT_FLAGS };
  const who = command === '' ? 'ouro' : `ouro ${command}`;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) break;
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const spec = FLAG_TABLE.find((f) => f.name === name);
    if (!spec) throw new CliError(`${who}: unknown flag ${arg} (see ouro help)`);
    const kind = spec.kind;
    if ('bool' in kind) {
      if (eq >= 0) throw new CliError(`${who}: ${name} takes no value`);
      flags[kind.bool] = true;
    } else if ('set' in kind) {
      if (eq >= 0) throw new CliError(`${who}: ${name} takes no value`);
      Object.assign(flags, kind.set);
    } else {
      let text = eq >= 0 ? arg.slice(eq + 1) : undefined;
      if (text === undefined && i + 1 < args.length && /^\d+$/.test(args[i + 1]!)) text = args[++i];
      const n = Number(text);
      if (text === undefined || text === '' || !Number.isInteger(n) || n < kind.min || n > kind.max) {
        throw new CliError(`${who}: ${name} needs an integer from ${kind.min} to ${kind.max} (${kind.unit}), as in ${name}=${kind.min * 4 > kind.max ? kind.max : kind.min * 4}`);
      }
      flags[kind.number] = n;
    }
  }
  return { flags, rest: i };
}

/** The flag lines of `ouro help`. */
export function flagHelp(): string {
  const width = Math.max(...FLAG_TABLE.map((f) => usageName(f).length));
  return FLAG_TABLE.map((f) => `  ${usageName(f).padEnd(width)}  ${f.help}`).join('\n') + '\n';
}

function usageName(f: FlagSpec): string {
  return 'number' in f.kind ? `${f.name}=${f.kind.unit}` : f.name;
}
