// The `ouro` command line (DESIGN §10). Each subcommand lives in commands/ and receives its
// arguments and an Io; this file only dispatches, and turns failures into clean messages: a usage
// error exits 2, an internal error of the toolchain exits 70 with one line (the host stack trace
// only with OURO_DEBUG=1), never with a bare Node stack.
import { CliError, processIo, type Io } from './io.ts';
import { parseCommand } from './commands/parse.ts';
import { stripCommand } from './commands/strip.ts';
import { checkKernelCommand } from './commands/check-kernel.ts';
import { kernelcMain } from '../kernelc/cli.ts';
import { bytecodeCommand } from '../bytecode/cli.ts';
import { runCommand, evalCommand, replCommand } from './commands/run.ts';
import { test262Command } from './commands/test262.ts';
import { isMainThread } from 'node:worker_threads';
import { flagHelp } from './flags.ts';

const USAGE = `usage: ouro <command> [args…]

  ouro run [FLAGS] FILE [ARGS…]                  run a program: .mjs module, .cjs CommonJS, .js/.ts script or module
  ouro [FLAGS] -e CODE                           run CODE as a script; print only what it prints
  ouro [FLAGS]                                   the REPL (history, multi-line input)
  ouro parse FILE [--json] [--module|--script]   print the ESTree AST of FILE
  ouro parse --check [--module] FILES…           one line per file: ok PATH | error PATH: …
  ouro strip FILE.ts [--map] [-o OUT.js]          erase TypeScript types, keeping lines and columns
  ouro strip FILES… --out-dir DIR [--map]         the same for many files
  ouro bytecode FILE [--module|--script]         disassembly of every function, without running
  ouro check-kernel [DIR]                        the kernel-subset checker over runtime/
  ouro kernelc FILE.ts -o OUT [--print-lir] [--print-asm]   kernel TS -> static x86-64 Linux ELF
  ouro kernelc --node FILE.ts [ARGS…]            run the same kernel-TS program on Node
  ouro test262 [OPTIONS] [PATH…]                 conformance run on all cores (ouro test262 --help)
  ouro help                                      this text

Flags of run, -e and the REPL (before FILE):
${flagHelp()}
Exit status of run and -e: 0 ok, 1 uncaught exception / unhandled rejection / syntax error,
quit(N) gives N, 2 usage error, 134 heap exhausted (raise --max-heap), 70 internal error.

Examples:
  ouro run --stats test/run/programs/algo-sieve.js
  ouro --trace-gc --max-heap=64 -e "let a = []; for (let i = 0; i < 3e5; i++) a.push({ i }); console.log(a.length)"
  ouro run --print-bytecode test/run/programs/closures-counter.js
`;

type Command = (args: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  strip: stripCommand,
  bytecode: bytecodeCommand,
  'check-kernel': checkKernelCommand,
  kernelc: (args) => kernelcMain(args),
  run: runCommand,
  test262: test262Command,
  help: (_args, io) => { io.stdout(USAGE); return 0; },
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  // `ouro [FLAGS] -e CODE` and `ouro [FLAGS]` (the REPL): engine flags in front, no command name.
  const engineCommand = name === undefined || name.startsWith('--') || name === '-e'
    ? (argv.includes('-e') || argv.includes('--eval') ? evalCommand : replCommand)
    : null;
  const command = engineCommand ?? (Object.hasOwn(COMMANDS, name!) ? COMMANDS[name!] : undefined);
  if (!command) {
    io.stderr(`ouro: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(engineCommand ? argv : args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(e.message + '\n');
      return 2;
    }
    const err = e as Error;
    io.stderr(`ouro: internal error: ${err?.name ?? 'Error'}: ${err?.message ?? String(e)}\n`);
    if (process.env.OURO_DEBUG) io.stderr(String(err?.stack) + '\n');
    else io.stderr('(set OURO_DEBUG=1 for the toolchain stack trace)\n');
    return 70;
  }
}

// Worker threads of `ouro test262` load this same bundle (stage0/test262/pool.ts): not an entry.
const isEntry = isMainThread && process.argv[1] !== undefined && /ouro(\.mjs|\.ts)?$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
