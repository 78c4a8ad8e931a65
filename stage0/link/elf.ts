// The ELF64 executable writer: a static, non-PIE (`ET_EXEC`) Linux executable with no interpreter,
// no dynamic section and no libc. docs/elf.md explains the layout; the record formats are drawn
// next to the code that writes them. References: the System V gABI ("ELF-64 Object File Format"),
// the x86-64 psABI, and Linux fs/binfmt_elf.c for what the kernel actually reads (only the ELF
// header and the program headers; section headers and symbols are for objdump, gdb and perf).
//
// File and memory layout (addresses for x86-64, base 0x400000, page 0x1000):
//
//   file offset            vaddr                      contents
//   0x000                  0x400000                   ELF header (64 bytes)
//   0x040                  0x400040                   program headers (3 x 56 bytes)
//   align 16               +                          .text     \  PT_LOAD #1, R+X, offset 0:
//   align 16               +                          .rodata   /  covers the headers too
//   align 16               next page + (off % page)   .data     \  PT_LOAD #2, R+W; memsz also
//                          after .data                .bss      /  covers .bss (zero-filled)
//   align 8                (not loaded)               .symtab, .strtab, .shstrtab, section headers
//
// The second segment's address is chosen so that p_vaddr ≡ p_offset (mod page), the one rule the
// kernel's mmap of each segment needs, without padding the file to a page boundary.
import type { ExecutableWriter, LinkInput, LinkSymbol, SectionName } from './object.ts';
import { ByteWriter, LinkError, alignUp } from './object.ts';

/** Per-architecture constants: machine number, load address and segment alignment (NATIVE.md). */
const MACHINES = {
  x86_64: { machine: 62, base: 0x400000, page: 0x1000 }, // EM_X86_64
  aarch64: { machine: 183, base: 0x400000, page: 0x10000 }, // EM_AARCH64; 64K-page kernels exist
} as const;

const ELF_HEADER_SIZE = 64;
const PROGRAM_HEADER_SIZE = 56;
const SECTION_HEADER_SIZE = 64;
const SYMBOL_SIZE = 24;

// Program header types and flags.
const PT_LOAD = 1;
const PT_GNU_STACK = 0x6474e551;
const PF_X = 1;
const PF_W = 2;
const PF_R = 4;

// Section header types and flags.
const SHT_PROGBITS = 1;
const SHT_SYMTAB = 2;
const SHT_STRTAB = 3;
const SHT_NOBITS = 8;
const SHF_WRITE = 1;
const SHF_ALLOC = 2;
const SHF_EXECINSTR = 4;

// Symbol binding and type, packed as st_info = bind << 4 | type.
const STB_GLOBAL = 1;
const STT_OBJECT = 1;
const STT_FUNC = 2;

/** Section indices in the section header table, fixed so that symbols can name them. */
const SECTION_INDEX: Record<SectionName, number> = { text: 1, rodata: 2, data: 3, bss: 4 };
const SYMTAB_INDEX = 5;
const STRTAB_INDEX = 6;
const SHSTRTAB_INDEX = 7;
const SECTION_COUNT = 8;

/** A string table: NUL-separated names, offset 0 is the empty string. Deterministic: first come, first placed. */
class StringTable {
  private readonly parts: string[] = [''];
  private readonly offsets = new Map<string, number>([['', 0]]);
  private size = 1;

  add(s: string): number {
    const known = this.offsets.get(s);
    if (known !== undefined) return known;
    const at = this.size;
    this.offsets.set(s, at);
    this.parts.push(s);
    this.size += Buffer.byteLength(s, 'utf8') + 1;
    return at;
  }

  bytes(): Uint8Array {
    return new Uint8Array(Buffer.from(this.parts.join('\0') + '\0', 'utf8'));
  }
}

interface Layout {
  readonly address: Record<SectionName, number>;
  readonly offset: Record<SectionName, number>;
  readonly size: Record<SectionName, number>;
  readonly textSegmentSize: number; // file bytes of PT_LOAD #1 (headers + .text + .rodata)
}

function layOut(input: LinkInput): Layout {
  const { base, page } = MACHINES[input.arch];
  const headersEnd = ELF_HEADER_SIZE + 3 * PROGRAM_HEADER_SIZE;
  const textOffset = alignUp(headersEnd, 16);
  const rodataOffset = alignUp(textOffset + input.text.length, 16);
  const textSegmentSize = rodataOffset + input.rodata.length;
  const dataOffset = alignUp(textSegmentSize, 16);
  const dataAddress = alignUp(base + textSegmentSize, page) + (dataOffset % page);
  const bssAddress = alignUp(dataAddress + input.data.length, 16);
  return {
    address: { text: base + textOffset, rodata: base + rodataOffset, data: dataAddress, bss: bssAddress },
    offset: { text: textOffset, rodata: rodataOffset, data: dataOffset, bss: dataOffset + input.data.length },
    size: { text: input.text.length, rodata: input.rodata.length, data: input.data.length, bss: input.bssSize },
    textSegmentSize,
  };
}

function symbolAddress(layout: Layout, symbols: ReadonlyMap<string, LinkSymbol>, name: string): number {
  const s = symbols.get(name);
  if (s === undefined) throw new LinkError(`undefined symbol: ${name}`);
  return layout.address[s.section] + s.offset;
}

/** Copies the sections and patches every relocation with its final value. */
function applyRelocations(input: LinkInput, layout: Layout, symbols: ReadonlyMap<string, LinkSymbol>): Record<'text' | 'rodata' | 'data', Uint8Array> {
  const out = { text: input.text.slice(), rodata: input.rodata.slice(), data: input.data.slice() };
  for (const r of input.relocations) {
    if (r.section === 'bss') throw new LinkError('relocation in .bss');
    const bytes = out[r.section];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const s = symbolAddress(layout, symbols, r.symbol);
    if (r.kind === 'pc32') {
      const p = layout.address[r.section] + r.offset;
      const value = s + r.addend - p;
      if (value < -0x80000000 || value > 0x7fffffff) throw new LinkError(`pc32 relocation to ${r.symbol} out of range`);
      view.setInt32(r.offset, value, true);
    } else {
      view.setBigUint64(r.offset, BigInt(s + r.addend), true);
    }
  }
  return out;
}

export class Elf64Writer implements ExecutableWriter {
  readonly format = 'elf64' as const;

  write(input: LinkInput): Uint8Array {
    const { machine, page } = MACHINES[input.arch];
    const layout = layOut(input);
    const symbols = new Map<string, LinkSymbol>();
    for (const s of input.symbols) {
      if (symbols.has(s.name)) throw new LinkError(`duplicate symbol: ${s.name}`);
      symbols.set(s.name, s);
    }
    const sections = applyRelocations(input, layout, symbols);
    const entry = symbolAddress(layout, symbols, input.entry);

    // Symbol and string tables (not loaded). Symbol 0 is the reserved null symbol.
    const strtab = new StringTable();
    const symtab = new ByteWriter();
    for (let i = 0; i < SYMBOL_SIZE; i++) symtab.u8(0);
    for (const s of input.symbols) writeSymbol(symtab, strtab.add(s.name), s, layout);
    const shstrtab = new StringTable();
    const strtabBytes = strtab.bytes();

    const w = new ByteWriter(layout.offset.data + input.data.length + 4096);
    const dataSegmentEnd = layout.offset.data + input.data.length;
    const symtabOffset = alignUp(dataSegmentEnd, 8);
    const strtabOffset = symtabOffset + symtab.length;
    const names = {
      text: shstrtab.add('.text'), rodata: shstrtab.add('.rodata'), data: shstrtab.add('.data'), bss: shstrtab.add('.bss'),
      symtab: shstrtab.add('.symtab'), strtab: shstrtab.add('.strtab'), shstrtab: shstrtab.add('.shstrtab'),
    };
    const shstrtabBytes = shstrtab.bytes();
    const shstrtabOffset = strtabOffset + strtabBytes.length;
    const sectionHeadersOffset = alignUp(shstrtabOffset + shstrtabBytes.length, 8);

    // ELF header.
    //   off size field          value
    //   0   4    EI_MAG         7f 'E' 'L' 'F'
    //   4   1    EI_CLASS       2 = ELFCLASS64
    //   5   1    EI_DATA        1 = little-endian
    //   6   1    EI_VERSION     1
    //   7   1    EI_OSABI       0 = System V (Linux accepts it)
    //   8   8    EI_ABIVERSION + padding, zero
    //   16  2    e_type         2 = ET_EXEC
    //   18  2    e_machine      62 x86-64 / 183 AArch64
    //   20  4    e_version      1
    //   24  8    e_entry        address of the entry symbol
    //   32  8    e_phoff        64: program headers follow the ELF header
    //   40  8    e_shoff        section header table offset
    //   48  4    e_flags        0
    //   52  2    e_ehsize       64
    //   54  2    e_phentsize    56
    //   56  2    e_phnum        3
    //   58  2    e_shentsize    64
    //   60  2    e_shnum        8
    //   62  2    e_shstrndx     index of .shstrtab
    w.bytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    w.u16(2); w.u16(machine); w.u32(1); w.u64(entry); w.u64(ELF_HEADER_SIZE); w.u64(sectionHeadersOffset);
    w.u32(0); w.u16(ELF_HEADER_SIZE); w.u16(PROGRAM_HEADER_SIZE); w.u16(3); w.u16(SECTION_HEADER_SIZE);
    w.u16(SECTION_COUNT); w.u16(SHSTRTAB_INDEX);

    // Program headers.
    //   off size field     off size field
    //   0   4    p_type    24  8    p_paddr  (= p_vaddr)
    //   4   4    p_flags   32  8    p_filesz
    //   8   8    p_offset  40  8    p_memsz  (> p_filesz: the rest is zero-filled, i.e. .bss)
    //   16  8    p_vaddr   48  8    p_align
    const programHeader = (type: number, flags: number, offset: number, vaddr: number, filesz: number, memsz: number, align: number): void => {
      w.u32(type); w.u32(flags); w.u64(offset); w.u64(vaddr); w.u64(vaddr); w.u64(filesz); w.u64(memsz); w.u64(align);
    };
    const base = layout.address.text - layout.offset.text;
    programHeader(PT_LOAD, PF_R | PF_X, 0, base, layout.textSegmentSize, layout.textSegmentSize, page);
    const dataMemEnd = layout.address.bss + input.bssSize;
    programHeader(PT_LOAD, PF_R | PF_W, layout.offset.data, layout.address.data, input.data.length, dataMemEnd - layout.address.data, page);
    programHeader(PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 16);

    w.padTo(layout.offset.text); w.bytes(sections.text);
    w.padTo(layout.offset.rodata); w.bytes(sections.rodata);
    w.padTo(layout.offset.data); w.bytes(sections.data);
    w.padTo(symtabOffset); w.bytes(symtab.finish());
    w.bytes(strtabBytes);
    w.bytes(shstrtabBytes);
    w.padTo(sectionHeadersOffset);

    // Section headers.
    //   off size field         off size field
    //   0   4    sh_name       32  8    sh_size
    //   4   4    sh_type       40  4    sh_link   (.symtab: index of .strtab)
    //   8   8    sh_flags      44  4    sh_info   (.symtab: index of the first global symbol)
    //   16  8    sh_addr       48  8    sh_addralign
    //   24  8    sh_offset     56  8    sh_entsize (.symtab: 24)
    const sectionHeader = (name: number, type: number, flags: number, addr: number, offset: number, size: number, link: number, info: number, align: number, entsize: number): void => {
      w.u32(name); w.u32(type); w.u64(flags); w.u64(addr); w.u64(offset); w.u64(size); w.u32(link); w.u32(info); w.u64(align); w.u64(entsize);
    };
    sectionHeader(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    sectionHeader(names.text, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, layout.address.text, layout.offset.text, layout.size.text, 0, 0, 16, 0);
    sectionHeader(names.rodata, SHT_PROGBITS, SHF_ALLOC, layout.address.rodata, layout.offset.rodata, layout.size.rodata, 0, 0, 16, 0);
    sectionHeader(names.data, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, layout.address.data, layout.offset.data, layout.size.data, 0, 0, 16, 0);
    sectionHeader(names.bss, SHT_NOBITS, SHF_ALLOC | SHF_WRITE, layout.address.bss, layout.offset.bss, layout.size.bss, 0, 0, 16, 0);
    // sh_info = 1: every symbol after the null one is global (locals would have to come first).
    sectionHeader(names.symtab, SHT_SYMTAB, 0, 0, symtabOffset, symtab.length, STRTAB_INDEX, 1, 8, SYMBOL_SIZE);
    sectionHeader(names.strtab, SHT_STRTAB, 0, 0, strtabOffset, strtabBytes.length, 0, 0, 1, 0);
    sectionHeader(names.shstrtab, SHT_STRTAB, 0, 0, shstrtabOffset, shstrtabBytes.length, 0, 0, 1, 0);
    if (SYMTAB_INDEX !== 5) throw new LinkError('section table out of order');
    return w.finish();
  }
}

/**
 * One .symtab entry.
 *   off size field
 *   0   4    st_name   offset in .strtab
 *   4   1    st_info   bind << 4 | type (GLOBAL, FUNC or OBJECT)
 *   5   1    st_other  0 = default visibility
 *   6   2    st_shndx  index of the defining section
 *   8   8    st_value  the symbol's address
 *   16  8    st_size   bytes, so that perf and gdb know where each function ends
 */
function writeSymbol(w: ByteWriter, name: number, s: LinkSymbol, layout: Layout): void {
  w.u32(name);
  w.u8((STB_GLOBAL << 4) | (s.kind === 'func' ? STT_FUNC : STT_OBJECT));
  w.u8(0);
  w.u16(SECTION_INDEX[s.section]);
  w.u64(layout.address[s.section] + s.offset);
  w.u64(s.size);
}
