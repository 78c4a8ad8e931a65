// `ouro run [FLAGS] FILE [ARGS…]` and `ouro [FLAGS] -e CODE`: one engine (heap, realm, library),
// the program, the event loop, --stats at exit. Exit status: 0; 1 after an uncaught exception, an
// unhandled rejection or a syntax error; quit(n) gives n; 2 for usage errors; 134 when the heap is
// exhausted (as Node does); 70 for an internal error of the engine.
import path from 'node:path';
import { CliError, type Io } from '../io.ts';
import { parseFlags, type EngineFlags } from '../flags.ts';
import { goalOfFile, type Goal } from '../../parse/source-file.ts';
import { createEngine, type Engine } from '../../vm/engine.ts';
import { installAgents, agentsShutdown } from '../../vm/agents.ts';
import { printStats, enableStats } from '../stats.ts';
import { runRepl } from '../repl.ts';

export const HEAP_EXHAUSTED_STATUS = 134;

export async function runCommand(args: string[], io: Io): Promise<number> {
  const { flags, rest } = parseFlags(args, 'run');
  const file = args[rest];
  if (file === undefined) throw new CliError('usage: ouro run [FLAGS] FILE [ARGS…]   (flags: ouro help)');
  const source = io.readFile(file);
  // .mjs/.mts: modules; .cjs/.cts: CommonJS (require, module.exports); .js/.ts: a classic script
  // unless it has module syntax (import/export declarations, import.meta, top-level await), as
  // Node's "detect module syntax" does (docs/modules.md).
  const goal: Goal | 'commonjs' = flags.goal !== 'auto' ? flags.goal : /\.c[jt]s$/.test(file) ? 'commonjs' : goalOfFile(file);
  const argv = [process.execPath, path.resolve(file), ...args.slice(rest + 1)];
  return withEngine(flags, io, (engine) => {
    engine.setArgv(argv);
    return engine.runMain(source, file, goal);
  });
}

/** `ouro [FLAGS] -e CODE`: the code is a classic script named `[eval]`, as in Node. */
export async function evalCommand(args: string[], io: Io): Promise<number> {
  const { flags, rest } = parseFlags(args, '');
  if (args[rest] !== '-e' && args[rest] !== '--eval') throw new CliError('usage: ouro [FLAGS] -e CODE');
  const code = args[rest + 1];
  if (code === undefined) throw new CliError('ouro -e: missing CODE');
  // As `node -e CODE ARGS…`: the arguments after CODE are process.argv[1…].
  const argv = [process.execPath, ...args.slice(rest + 2)];
  return withEngine(flags, io, (engine) => {
    engine.setArgv(argv);
    return engine.runMain(code, '[eval]', 'script');
  });
}

/** `ouro [FLAGS]` with no file: the REPL. */
export async function replCommand(args: string[], io: Io): Promise<number> {
  const { flags, rest } = parseFlags(args, '');
  if (rest < args.length) throw new CliError(`ouro: unexpected argument ${args[rest]}`);
  let engine: Engine | null = null;
  const status = await withEngine(flags, io, (e) => { engine = e; return 0; });
  if (engine === null) return status;
  return runRepl(engine, io);
}

/**
 * Creates the engine and runs `body`, turning a fatal error of the kernel (hostFatal) into one
 * clean line: heap exhaustion names the --max-heap in force.
 */
async function withEngine(flags: EngineFlags, io: Io, body: (engine: Engine) => number | Promise<number>): Promise<number> {
  try {
    const engine = createEngine(flags);
    if (flags.exposeTest262) installAgents(flags);
    if (flags.stats) enableStats();
    const status = await body(engine);
    if (flags.stats) printStats(engine);
    // $262.agent's agents end with the program.
    if (flags.exposeTest262) await agentsShutdown();
    return status;
  } catch (e) {
    const fatal = e as Error;
    if (fatal?.name === 'OuroFatalError') {
      if (/out of memory|heap exhausted/.test(fatal.message)) {
        io.stderr(`Fatal: heap exhausted (--max-heap=${flags.maxHeapMB} MB): ${fatal.message}\n`);
        return HEAP_EXHAUSTED_STATUS;
      }
      io.stderr(`Fatal: ${fatal.message}\n`);
      return 70;
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      io.stderr('Fatal: the host stack overflowed (too many nested calls from builtins into JavaScript)\n');
      return 70;
    }
    throw e;
  }
}
