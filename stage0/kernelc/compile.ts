// The kernel compiler pipeline: kernel-TS files -> LIR -> optimized LIR -> x86-64 -> ELF64.
//
//   load      modules.ts   parse the entry file and everything it imports; collect declarations
//   lower     lower.ts     one LIR function per kernel function (plus the native host's)
//   optimize  opt.ts       folding, copies, addresses, dead code; verified before and after
//   codegen   codegen-x64  register allocation, instruction selection, encoding, `_start`
//   link      stage0/link  the ELF64 executable
import path from 'node:path';
import { compileModule } from '../../codegen-x64/module.ts';
import type { CompiledModule } from '../../codegen-x64/module.ts';
import { Elf64Writer } from '../link/elf.ts';
import type { LirModule } from './lir.ts';
import { LoweringContext, lowerFunction } from './lower.ts';
import { KernelcError, Program, errorAt } from './modules.ts';
import type { ParseFunction } from './modules.ts';
import { optimizeModule } from './opt.ts';
import { parseKernelSource } from './parse.ts';
import { verifyModule } from './verify.ts';
import { checkKernel } from '../kernel/check.ts';
import { readFileSync } from 'node:fs';

/**
 * Kernel functions whose Node bodies use typed-array methods (not kernel TS): natively, the function
 * of the same name in native-host.ts is compiled in their place. Keyed by `file-basename.name`.
 */
export const NATIVE_OVERRIDES: ReadonlySet<string> = new Set(['memory.memoryCopy', 'memory.memoryFill']);

/** Default heap the native executable maps for the kernel: 1 GiB of address space, committed lazily. */
export const DEFAULT_HEAP_LIMIT = 0x40000000;
/** The native host's scratch area above the heap limit (native-host.ts). */
export const HOST_SCRATCH_SIZE = 0x10000;

export interface CompileOptions {
  readonly parse?: ParseFunction;
  readonly heapLimit?: number;
  /** Skip the optimizer (to see the lowering's output, or to bisect a miscompile). */
  readonly optimize?: boolean;
  /** Run the kernel-subset checker (stage0/kernel/check.ts) first; on by default. */
  readonly check?: boolean;
}

export interface CompileResult {
  readonly unoptimized: LirModule;
  readonly lir: LirModule;
  readonly machine: CompiledModule;
  readonly elf: Uint8Array;
}

/** Lowers a kernel-TS program (entry file with `export function main(): i32`) to LIR. */
export function lowerProgram(entryFile: string, options: CompileOptions = {}): LirModule {
  const program = new Program(options.parse ?? parseKernelSource);
  const entry = program.load(entryFile);
  if (options.check !== false) checkProgram(program);
  const main = entry.declarations.get('main');
  if (main?.kind !== 'function' || main.fn.params.length !== 0 || main.fn.result !== 'i32') {
    throw errorAt(entry, main?.kind === 'function' ? main.fn.node : { start: 0 }, `${path.basename(entryFile)} must export function main(): i32`);
  }
  // Symbol names: a function's own name unless two modules share it.
  const all = program.order.flatMap((m) => m.functions);
  const seen = new Map<string, number>();
  for (const f of all) seen.set(f.name, (seen.get(f.name) ?? 0) + 1);
  for (const f of all) {
    if (seen.get(f.name)! > 1 || f.name === '_start') f.lirName = `${path.basename(f.module.file, '.ts')}.${f.name}`;
  }
  const ctx = new LoweringContext(options.heapLimit ?? DEFAULT_HEAP_LIMIT);
  numberAtoms(program, ctx);
  const functions = all.map((f) => {
    const native = program.nativeHost?.declarations.get(f.name);
    if (NATIVE_OVERRIDES.has(`${path.basename(f.module.file, '.ts')}.${f.name}`) && native?.kind === 'function' && f.module !== program.nativeHost) {
      return lowerFunction(program, ctx, { ...native.fn, lirName: f.lirName });
    }
    return lowerFunction(program, ctx, f);
  });
  const globals = program.order.flatMap((m) => m.globals.map((g) => ({ name: g.lirName, type: g.type === 'f64' ? 'f64' as const : 'i32' as const, init: g.init })));
  return {
    functions,
    globals,
    rodata: [...ctx.rodata, ...ctx.atomTables(), ...ctx.tableData()],
    heapSize: (options.heapLimit ?? DEFAULT_HEAP_LIMIT) + HOST_SCRATCH_SIZE,
    entry: main.fn.lirName,
  };
}

/**
 * Runs the kernel-subset checker over the program's own modules (not the compiler's native host),
 * with the host interface included so that the checker knows the host functions. Its first
 * diagnostic becomes the compile error: the checker's file:line message, as the CLI promises.
 */
function checkProgram(program: Program): void {
  const files = program.order.filter((m) => m !== program.nativeHost).map((m) => ({ path: m.file, source: m.source }));
  const hostFile = program.nativeHost !== null ? path.resolve(path.dirname(program.nativeHost.file), '../../runtime/host/host.ts') : '';
  if (program.nativeHost !== null && !files.some((f) => f.path === hostFile)) files.push({ path: hostFile, source: readFileSync(hostFile, 'utf8') });
  const diagnostics = checkKernel(files).filter((d) => d.file !== hostFile);
  if (diagnostics.length > 0) {
    const d = diagnostics[0]!;
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
    throw new KernelcError(d.file, d.line, Math.max(0, d.column - 1), `${d.rule}: ${d.message}${more}`);
  }
}

/**
 * Atom slots as docs/kernel-ts.md §7 fixes them: every distinct string literal, in first-seen order
 * over the files sorted by path (source order within a file). In kernel TS a string literal can
 * only be a `Lit` argument, so every literal outside import/export specifiers is one.
 */
function numberAtoms(program: Program, ctx: LoweringContext): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { for (const n of node) visit(n); return; }
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; value?: unknown; [k: string]: unknown };
    if (n.type === 'ImportDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'TSTypeAnnotation') return;
    if (n.type === 'ExportNamedDeclaration') { visit(n.declaration); return; }
    if (n.type === 'Literal' && typeof n.value === 'string') { ctx.atomSlot(n.value); return; }
    for (const key of Object.keys(n)) if (key !== 'loc' && key !== 'range') visit(n[key]);
  };
  const modules = program.order.filter((m) => m !== program.nativeHost).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const m of modules) visit(m.ast.body);
}

export function compileProgram(entryFile: string, options: CompileOptions = {}): CompileResult {
  const unoptimized = lowerProgram(entryFile, options);
  verifyModule(unoptimized);
  const lir = options.optimize === false ? unoptimized : optimizeModule(unoptimized);
  verifyModule(lir);
  const machine = compileModule(lir);
  const elf = new Elf64Writer().write(machine.link);
  return { unoptimized, lir, machine, elf };
}

export { KernelcError };
