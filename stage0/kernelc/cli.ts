// `ouro kernelc`: the kernel compiler's command line. The `ouro` CLI calls `kernelcMain` with the
// arguments after `kernelc`:
//
//   ouro kernelc FILE.ts -o OUT [--target linux-x64] [--print-lir] [--print-lir=raw] [--print-asm]
//                [--heap-limit BYTES] [--no-opt]
//   ouro kernelc --node FILE.ts [ARGS...]
//
// The first form writes a static Linux executable whose entry calls FILE's `main(): i32` and exits
// with its result. The second runs the same program on Node (bundled by esbuild, with the Node host
// of runtime/host), so that the two can be compared. Errors in the program print as
// `file:line:column: message` and exit 1; the compiler itself never crashes on bad input.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { compileProgram } from './compile.ts';
import { KernelcError } from './modules.ts';
import { printModule } from './print.ts';

const USAGE = 'usage: ouro kernelc FILE.ts -o OUT [--target linux-x64] [--print-lir[=raw]] [--print-asm] [--heap-limit BYTES] [--no-opt]\n' +
  '       ouro kernelc --node FILE.ts';

interface Options {
  file: string | null;
  out: string | null;
  target: string;
  printLir: 'no' | 'optimized' | 'raw';
  printAsm: boolean;
  node: boolean;
  heapLimit: number | undefined;
  optimize: boolean;
}

function parseArguments(argv: readonly string[]): Options | string {
  const o: Options = { file: null, out: null, target: 'linux-x64', printLir: 'no', printAsm: false, node: false, heapLimit: undefined, optimize: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o') { o.out = argv[++i] ?? null; if (o.out === null) return '-o needs a file'; }
    else if (a === '--target') o.target = argv[++i] ?? '';
    else if (a.startsWith('--target=')) o.target = a.slice(9);
    else if (a === '--print-lir') o.printLir = 'optimized';
    else if (a === '--print-lir=raw') o.printLir = 'raw';
    else if (a === '--print-asm') o.printAsm = true;
    else if (a === '--node') o.node = true;
    else if (a === '--no-opt') o.optimize = false;
    else if (a === '--heap-limit') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0 || n > 0x7fff0000) return '--heap-limit needs a byte count below 2 GiB';
      o.heapLimit = n;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (o.file === null) o.file = a;
    else if (!o.node) return `unexpected argument ${a}`;
    if (o.node && o.file !== null) break; // the rest are the program's
  }
  return o;
}

export function kernelcMain(argv: string[]): number {
  const o = parseArguments(argv);
  if (typeof o === 'string') { process.stderr.write(`kernelc: ${o}\n${USAGE}\n`); return 2; }
  if (o.file === null) { process.stderr.write(`${USAGE}\n`); return 2; }
  if (o.node) return runOnNode(o.file);
  if (o.target !== 'linux-x64') { process.stderr.write(`kernelc: target ${o.target} is not supported yet (linux-x64 only)\n`); return 2; }
  if (o.out === null && o.printLir === 'no' && !o.printAsm) { process.stderr.write(`kernelc: -o OUT is required\n${USAGE}\n`); return 2; }
  try {
    const result = compileProgram(o.file, { heapLimit: o.heapLimit, optimize: o.optimize });
    if (o.printLir !== 'no') process.stdout.write(printModule(o.printLir === 'raw' ? result.unoptimized : result.lir));
    if (o.printAsm) {
      for (const f of result.machine.listing) {
        process.stdout.write(`\n${f.name}:\n`);
        for (const l of f.lines) process.stdout.write(`  ${(l.offset - f.offset).toString(16).padStart(4, '0')}  ${l.text}\n`);
      }
    }
    if (o.out !== null) {
      writeFileSync(o.out, result.elf);
      chmodSync(o.out, 0o755);
    }
    return 0;
  } catch (e) {
    if (e instanceof KernelcError) { process.stderr.write(e.format() + '\n'); return 1; }
    throw e;
  }
}

/**
 * Bundles FILE's main() with a small driver into one ES module for Node (esbuild), in `dir`. The
 * driver calls main() and exits with its result; a hostFatal (OuroFatalError) prints
 * `OuroFatalError: message` on stderr and exits 1, which is what the native host does.
 */
export function bundleForNode(file: string, dir: string): string {
  const driver = path.join(dir, 'driver.ts');
  writeFileSync(driver, [
    `import { main } from ${JSON.stringify(path.resolve(file))};`,
    'let status = 0;',
    'try { status = main(); } catch (e) {',
    "  if (e instanceof Error && e.name === 'OuroFatalError') { process.stderr.write('OuroFatalError: ' + e.message + '\\n'); status = 1; }",
    '  else throw e;',
    '}',
    'process.exit(status);',
    '',
  ].join('\n'));
  const bundle = path.join(dir, 'program.mjs');
  buildSync({ entryPoints: [driver], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
  return bundle;
}

/** `ouro kernelc --node FILE`: runs the bundle in a child Node process, output inherited. */
export function runOnNode(file: string, args: readonly string[] = []): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'ouro-kernelc-node-'));
  try {
    const r = spawnSync(process.execPath, [bundleForNode(file, dir), ...args], { stdio: 'inherit' });
    return r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Direct use during development: node scripts/ts.mjs stage0/kernelc/cli.ts ARGS...
if (process.argv[1]?.endsWith(`${path.sep}kernelc${path.sep}cli.ts`)) {
  process.exitCode = kernelcMain(process.argv.slice(2));
}
