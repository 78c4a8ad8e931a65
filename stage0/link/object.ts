// The object-file interface between the code generators and the executable writers.
//
// A backend (codegen-x64, later codegen-arm64) produces one `LinkInput`: the bytes of each
// section, the symbols defined in them and the PC-relative references still to be resolved. A
// writer (ELF here, Mach-O later) lays the sections out in its format, resolves the references
// and returns the executable's bytes. Nothing in this file knows an architecture or a format, so
// the two sides can vary independently (STYLE.md practice 10: one interface per platform seam).

export type SectionName = 'text' | 'rodata' | 'data' | 'bss';

export interface LinkSymbol {
  readonly name: string;
  readonly section: SectionName;
  readonly offset: number; // from the start of the section
  readonly size: number;
  readonly kind: 'func' | 'object';
}

/**
 * A reference from section `section` at byte `offset` to `symbol`. `pc32` stores the 32-bit
 * little-endian value S + A - P, where S is the symbol's address, A the addend and P the address
 * of the field itself (x86-64 `call rel32`, `jmp rel32`, `[rip + disp32]`). `abs64` stores S + A
 * as 64 bits (data that points at code or data).
 */
export interface LinkRelocation {
  readonly section: SectionName;
  readonly offset: number;
  readonly symbol: string;
  readonly addend: number;
  readonly kind: 'pc32' | 'abs64';
}

export type Architecture = 'x86_64' | 'aarch64';

export interface LinkInput {
  readonly arch: Architecture;
  readonly text: Uint8Array;
  readonly rodata: Uint8Array;
  readonly data: Uint8Array;
  readonly bssSize: number;
  readonly symbols: readonly LinkSymbol[];
  readonly relocations: readonly LinkRelocation[];
  /** The symbol the process starts at. */
  readonly entry: string;
}

/** One writer per executable format. Output must depend on the input only (no time, no paths). */
export interface ExecutableWriter {
  readonly format: 'elf64' | 'macho64';
  write(input: LinkInput): Uint8Array;
}

export class LinkError extends Error {
  override name = 'LinkError';
}

/** Little-endian field writer over a growing byte buffer, shared by the format writers. */
export class ByteWriter {
  private buffer: Uint8Array;
  private view: DataView;
  length = 0;

  constructor(initial = 4096) {
    this.buffer = new Uint8Array(initial);
    this.view = new DataView(this.buffer.buffer);
  }

  private ensure(end: number): void {
    if (end <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < end) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer);
    this.buffer = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): void { this.ensure(this.length + 1); this.view.setUint8(this.length, v); this.length += 1; }
  u16(v: number): void { this.ensure(this.length + 2); this.view.setUint16(this.length, v, true); this.length += 2; }
  u32(v: number): void { this.ensure(this.length + 4); this.view.setUint32(this.length, v >>> 0, true); this.length += 4; }
  u64(v: number | bigint): void {
    this.ensure(this.length + 8);
    this.view.setBigUint64(this.length, BigInt.asUintN(64, BigInt(v)), true);
    this.length += 8;
  }
  bytes(b: Uint8Array): void { this.ensure(this.length + b.length); this.buffer.set(b, this.length); this.length += b.length; }
  /** Zero-pads to `offset` (which must not be behind the current length). */
  padTo(offset: number): void {
    if (offset < this.length) throw new LinkError(`layout overlap: at ${this.length}, asked for ${offset}`);
    this.ensure(offset);
    this.length = offset;
  }
  finish(): Uint8Array { return this.buffer.slice(0, this.length); }
}

export function alignUp(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}
