// codegen-x64 for a whole LIR module: every function, the process entry `_start`, the data
// segment for globals, read-only data, and the symbols and relocations the executable writer needs.
// The result is the arch-neutral `LinkInput` of stage0/link/object.ts.
import type { LirModule, LirType } from '../stage0/kernelc/lir.ts';
import type { LinkInput, LinkRelocation, LinkSymbol } from '../stage0/link/object.ts';
import { Assembler, mem, ripMem } from './encoder.ts';
import type { ListingLine } from './encoder.ts';
import { ConstantPool, f64Bits } from './moves.ts';
import { FunctionEmitter, HEAP_BASE, STARTUP_SYMBOLS, globalSymbol } from './select.ts';
import { GPR } from './registers.ts';

export const ENTRY_SYMBOL = '_start';

/** mmap flags for the heap: MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE (pages committed on touch). */
const HEAP_MMAP_FLAGS = 0x02 | 0x20 | 0x4000;
/** Exit status when the heap cannot be mapped (the program never started). */
export const EXIT_NO_HEAP = 127;

export interface CompiledModule {
  readonly link: LinkInput;
  /** Per-function assembly listing for `--print-asm`. */
  readonly listing: { readonly name: string; readonly offset: number; lines: readonly ListingLine[] }[];
}

export function compileModule(module: LirModule): CompiledModule {
  const asm = new Assembler();
  const symbols: LinkSymbol[] = [];
  const signatures = new Map<string, { params: LirType[]; result: LirType | null }>();
  for (const fn of module.functions) signatures.set(fn.name, { params: fn.params.map((p) => fn.vregs[p]!.type), result: fn.result });

  const listing: { name: string; offset: number; lines: readonly ListingLine[] }[] = [];
  const mark = (name: string, emit: () => void): void => {
    const start = asm.offset;
    const firstLine = asm.listing.length;
    emit();
    symbols.push({ name, section: 'text', offset: start, size: asm.offset - start, kind: 'func' });
    listing.push({ name, offset: start, lines: asm.listing.slice(firstLine) });
    // Functions start 16-byte aligned (int3 padding), as compilers do for the decoders' sake.
    while (asm.offset % 16 !== 0) asm.bytes.push(0xcc);
  };

  mark(ENTRY_SYMBOL, () => emitEntry(asm, module.heapSize, module.entry));
  const pool = new ConstantPool();
  for (const fn of module.functions) mark(fn.name, () => new FunctionEmitter(asm, fn, signatures, pool).emit());
  const text = asm.finish();
  // Listing: label references print as the function-relative offset they resolve to.
  for (const f of listing) {
    f.lines = f.lines.map((l) => ({ ...l, text: l.text.replace(/\bL(\d+)\b/g, (_, n: string) => `<${f.name}+0x${(asm.labelOffset(Number(n))! - f.offset).toString(16)}>`) }));
  }

  // .data: one 8-byte cell per global, initialized. .bss: the saved argc and argv.
  const data = new Uint8Array(8 * module.globals.length);
  const view = new DataView(data.buffer);
  module.globals.forEach((g, i) => {
    if (g.type === 'f64') view.setBigUint64(8 * i, f64Bits(g.init), true);
    else view.setBigInt64(8 * i, BigInt(g.init), true);
    symbols.push({ name: globalSymbol(g.name), section: 'data', offset: 8 * i, size: g.type === 'i32' ? 4 : 8, kind: 'object' });
  });
  symbols.push({ name: STARTUP_SYMBOLS.argc, section: 'bss', offset: 0, size: 8, kind: 'object' });
  symbols.push({ name: STARTUP_SYMBOLS.argv, section: 'bss', offset: 8, size: 8, kind: 'object' });

  // Read-only data: the constant pool first (8-byte aligned), then the module's blobs.
  const blobs: { name: string; bytes: Uint8Array }[] = [...pool.entries].map(([bits, name]) => {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setBigUint64(0, bits, true);
    return { name, bytes };
  });
  blobs.push(...module.rodata);
  let rodataSize = 0;
  for (const d of blobs) {
    symbols.push({ name: d.name, section: 'rodata', offset: rodataSize, size: d.bytes.length, kind: 'object' });
    rodataSize = Math.ceil((rodataSize + d.bytes.length) / 8) * 8;
  }
  const rodata = new Uint8Array(rodataSize);
  for (const d of blobs) rodata.set(d.bytes, symbols.find((s) => s.name === d.name)!.offset);

  const relocations: LinkRelocation[] = asm.relocations.map((r) => ({ section: 'text', offset: r.offset, symbol: r.symbol, addend: r.addend, kind: 'pc32' }));
  return { link: { arch: 'x86_64', text, rodata, data, bssSize: 16, symbols, relocations, entry: ENTRY_SYMBOL }, listing };
}

/**
 * `_start`: the kernel enters with rsp -> argc, argv[0..argc-1], NULL, envp..., NULL, auxv (16-byte
 * aligned, no return address). Save argc and argv, map the heap and put its base in r15, call the
 * entry function with the stack aligned as at any call, and exit with its i32 result.
 */
function emitEntry(asm: Assembler, heapSize: number, entry: string): void {
  asm.aluRR('xor', 32, GPR.rbp, GPR.rbp); // outermost frame: ends the frame-pointer chain for debuggers
  asm.load(64, GPR.rax, mem(GPR.rsp));
  asm.store(64, ripMem(STARTUP_SYMBOLS.argc), GPR.rax);
  asm.lea(GPR.rax, mem(GPR.rsp, 8));
  asm.store(64, ripMem(STARTUP_SYMBOLS.argv), GPR.rax);
  // mmap(NULL, heapSize, PROT_READ | PROT_WRITE, flags, -1, 0)
  asm.aluRR('xor', 32, GPR.rdi, GPR.rdi);
  asm.movRI(64, GPR.rsi, BigInt(heapSize));
  asm.movRI(32, GPR.rdx, 3);
  asm.movRI(32, GPR.r10, HEAP_MMAP_FLAGS);
  asm.movRI(64, GPR.r8, -1n);
  asm.aluRR('xor', 32, GPR.r9, GPR.r9);
  asm.movRI(32, GPR.rax, 9);
  asm.syscall();
  const failed = asm.newLabel();
  asm.aluRI('cmp', 64, GPR.rax, -4095); // -4095..-1 is -errno
  asm.jump(failed, 'ae');
  asm.movRR(64, HEAP_BASE, GPR.rax);
  asm.call(entry);
  asm.movRR(32, GPR.rdi, GPR.rax);
  asm.movRI(32, GPR.rax, 231); // exit_group
  asm.syscall();
  asm.bind(failed);
  asm.movRI(32, GPR.rdi, EXIT_NO_HEAP);
  asm.movRI(32, GPR.rax, 231);
  asm.syscall();
}
