// The LIR text form (`ouro kernelc --print-lir`). One line per instruction, deterministic, stable
// enough to be checked in as golden text. docs/lir.md shows the grammar; an example:
//
//   global @counter: i32 = 0
//   func @fib(v0:i32 n) -> i32 {
//   b0:
//     v1:i32 = const 2
//     v2:i32 = lt_s v0, v1
//     branch v2, b1, b2
//   }
import type { Address, Inst, LirFunction, LirModule, Terminator, VReg } from './lir.ts';

export function printModule(module: LirModule): string {
  const lines: string[] = [`; heap ${module.heapSize} bytes, entry @${module.entry}`];
  for (const g of module.globals) lines.push(`global @${g.name}: ${g.type} = ${printNumber(g.init)}`);
  for (const d of module.rodata) lines.push(`data @${d.name} = ${printData(d.bytes)}`);
  for (const fn of module.functions) lines.push('', printFunction(fn).trimEnd());
  return lines.join('\n') + '\n';
}

/** Printable ASCII as a JSON string; anything else as hex bytes (the first 32, then the size). */
function printData(bytes: Uint8Array): string {
  if (bytes.every((b) => (b >= 0x20 && b < 0x7f) || b === 10 || b === 9)) return JSON.stringify(new TextDecoder().decode(bytes));
  const shown = [...bytes.subarray(0, 32)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return `[${shown}${bytes.length > 32 ? ` ... (${bytes.length} bytes)` : ''}]`;
}

export function printFunction(fn: LirFunction): string {
  const v = (r: VReg): string => `v${r}`;
  const params = fn.params.map((p) => {
    const info = fn.vregs[p]!;
    return `${v(p)}:${info.type}${info.name !== null ? ' ' + info.name : ''}`;
  });
  const lines = [`func @${fn.name}(${params.join(', ')}) -> ${fn.result ?? 'void'} {`];
  for (const block of fn.blocks) {
    lines.push(`b${block.id}:`);
    for (const inst of block.insts) lines.push('  ' + printInst(fn, inst));
    lines.push('  ' + printTerminator(block.term));
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

function printAddress(a: Address): string {
  const scaled = a.scale === 1 ? `v${a.index}` : `v${a.index}*${a.scale}`;
  return `[heap + ${scaled}${a.disp === 0 ? '' : a.disp > 0 ? ` + ${a.disp}` : ` - ${-a.disp}`}]`;
}

/** Integers print as integers; f64 prints with a `.0` or exponent so that `-0` and NaN are visible. */
export function printNumber(n: number): string {
  if (Object.is(n, -0)) return '-0.0';
  return String(n);
}

export function printInst(fn: LirFunction, inst: Inst): string {
  const v = (r: VReg): string => `v${r}`;
  const def = (r: VReg): string => `v${r}:${fn.vregs[r]?.type ?? '?'} = `;
  switch (inst.op) {
    case 'const': return def(inst.dst) + `const ${printNumber(inst.value)}`;
    case 'copy': return def(inst.dst) + `copy ${v(inst.src)}`;
    case 'binary': return def(inst.dst) + `${inst.kind} ${v(inst.a)}, ${v(inst.b)}`;
    case 'fbinary': return def(inst.dst) + `f${inst.kind} ${v(inst.a)}, ${v(inst.b)}`;
    case 'unary': return def(inst.dst) + `${inst.kind} ${v(inst.src)}`;
    case 'funary': return def(inst.dst) + `f${inst.kind} ${v(inst.src)}`;
    case 'compare': return def(inst.dst) + `${inst.cond} ${v(inst.a)}, ${v(inst.b)}`;
    case 'fcompare': return def(inst.dst) + `f${inst.cond} ${v(inst.a)}, ${v(inst.b)}`;
    case 'convert': return def(inst.dst) + `${inst.kind} ${v(inst.src)}`;
    case 'load': return def(inst.dst) + `load.${inst.mem} ${printAddress(inst.addr)}`;
    case 'store': return `store.${inst.mem} ${printAddress(inst.addr)}, ${v(inst.src)}`;
    case 'gload': return def(inst.dst) + `gload @${inst.global}`;
    case 'gstore': return `gstore @${inst.global}, ${v(inst.src)}`;
    case 'heapptr': return def(inst.dst) + `heapptr ${v(inst.offset)}`;
    case 'hostload': return def(inst.dst) + `hostload.${inst.width} [${v(inst.ptr)} + ${inst.disp}]`;
    case 'dataptr': return def(inst.dst) + `dataptr @${inst.symbol}`;
    case 'startup': return def(inst.dst) + `startup ${inst.what}`;
    case 'call': {
      const call = `call @${inst.callee}(${inst.args.map(v).join(', ')})`;
      return inst.dst === null ? call : def(inst.dst) + call;
    }
    case 'syscall': return def(inst.dst) + `syscall ${inst.name}(${inst.args.map(v).join(', ')})`;
  }
}

export function printTerminator(term: Terminator): string {
  switch (term.op) {
    case 'jump': return `jump b${term.target}`;
    case 'branch': return `branch v${term.cond}, b${term.then}, b${term.else}`;
    case 'switch': return `switch v${term.value} - ${term.low}, [${term.targets.map((t) => `b${t}`).join(', ')}], default b${term.default}`;
    case 'return': return term.value === null ? 'return' : `return v${term.value}`;
    case 'unreachable': return 'unreachable';
  }
}
