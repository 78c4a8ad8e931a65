// Disassembler: a BytecodeFunction as text, in the spirit of V8's --print-bytecode. Operands are
// decoded by kind from the opcode table: registers as r0 / a0 / <this>, constants with their value,
// jumps with their target offset. Output is deterministic (goldens depend on it).
import { decodeAll, type DecodedInstruction, type DecodedOperand } from './decoder.ts';
import type { BytecodeFunction, ConstantEntry } from './function.ts';
import { Register, TYPEOF_LITERALS } from './opcodes.ts';
import { RUNTIME_FUNCTION_NAMES } from './runtime-functions.ts';

export interface DisassembleOptions {
  /** Show the raw bytes of each instruction. */
  bytes?: boolean;
  /** Map a source offset to a display string (e.g. "3:7"); default: the offset. */
  position?: (sourceOffset: number) => string;
}

export function describeConstant(c: ConstantEntry): string {
  switch (c.kind) {
    case 'number': return `number ${Object.is(c.value, -0) ? '-0' : String(c.value)}`;
    case 'string': return `string ${JSON.stringify(c.value)}`;
    case 'bigint': return `bigint ${c.value}n`;
    case 'function': return `function ${c.fn.name || '<anonymous>'} (${c.fn.kind})`;
    case 'scopeInfo': return `scope info ${c.info.scopeType} [${c.info.names.join(', ')}]`;
    case 'templateObject': return `template object raw=${JSON.stringify(c.raw)} cooked=${JSON.stringify(c.cooked)}`;
    case 'arrayBoilerplate': return `array boilerplate [${c.boilerplate.elements.map(describeBoilerplateValue).join(', ')}]`;
    case 'objectBoilerplate':
      return `object boilerplate {${c.boilerplate.properties.map((p) => `${JSON.stringify(p.key)}: ${describeBoilerplateValue(p.value)}`).join(', ')}}`;
    case 'regexp': return `regexp /${c.pattern}/${c.flags}`;
    case 'globalDeclarations': {
      const d = c.declarations;
      return `global declarations functions=[${d.functions.map((f) => `${f.name}:K${f.closure}`).join(', ')}] vars=[${d.vars.join(', ')}] lexicals=[${d.lexicals.map((l) => l.name).join(', ')}]`;
    }
    case 'classBoilerplate':
      return `class boilerplate [${c.elements.map((e) => `${e.isStatic ? 'static ' : ''}${e.kind === 'method' ? '' : e.kind + ' '}${e.key === null ? '<computed>' : JSON.stringify(e.key)}`).join(', ')}]` +
        (c.instanceFieldKeys > 0 ? ` + ${c.instanceFieldKeys} initialiser arguments` : '');
    case 'jumpTarget': return `jump target @${c.offset}`;
  }
}

function describeBoilerplateValue(v: import('./function.ts').BoilerplateValue): string {
  switch (v.kind) {
    case 'number': return String(v.value);
    case 'string': return JSON.stringify(v.value);
    case 'boolean': return String(v.value);
    case 'null': case 'undefined': case 'hole': case 'computed': return `<${v.kind}>`;
  }
}

function shortConstant(c: ConstantEntry | undefined): string {
  if (!c) return '<bad>';
  if (c.kind === 'string') return JSON.stringify(c.value.length > 40 ? c.value.slice(0, 40) + '…' : c.value);
  if (c.kind === 'function') return `<function ${c.fn.name || '<anonymous>'}>`;
  return describeConstant(c).split(' ').slice(0, 3).join(' ');
}

function formatOperands(fn: BytecodeFunction, ins: DecodedInstruction): string {
  const parts: string[] = [];
  const ops = ins.operands;
  for (let i = 0; i < ops.length; i++) {
    const op: DecodedOperand = ops[i]!;
    switch (op.kind) {
      case 'reg': case 'regOut': parts.push(Register.name(op.value)); break;
      case 'regList': case 'regListOut': {
        const count = ops[i + 1]!.value;
        parts.push(count === 0 ? '<none>' : `${Register.name(op.value)}-${Register.name(op.value + count - 1)}`);
        break;
      }
      case 'regCount': parts.push(`#${op.value}`); break;
      case 'const': parts.push(`[${op.value}] ${shortConstant(fn.constantPool[op.value])}`); break;
      case 'jump': parts.push(`[${op.value}] (-> ${ins.offset + op.value})`); break;
      case 'runtime': parts.push(`[${RUNTIME_FUNCTION_NAMES[op.value] ?? `?${op.value}`}]`); break;
      case 'flag': parts.push(ins.name === 'TestTypeOf' ? `#${TYPEOF_LITERALS[op.value] ?? op.value}` : `#${op.value}`); break;
      case 'slot': parts.push(`FB[${op.value}]`); break;
      default: parts.push(`[${op.value}]`);
    }
  }
  return parts.join(', ');
}

export function disassembleFunction(fn: BytecodeFunction, options: DisassembleOptions = {}): string {
  const position = options.position ?? ((o: number) => String(o));
  const lines: string[] = [];
  lines.push(`[bytecode for ${fn.kind} ${fn.name || '<anonymous>'}]`);
  lines.push(`Parameter count ${fn.parameterCount}, length ${fn.length}` +
    (fn.mappedParameterSlots ? `, mapped arguments -> context slots [${fn.mappedParameterSlots.join(', ')}]` : ''));
  lines.push(`Register count ${fn.registerCount}`);
  lines.push(`Bytecode length ${fn.bytecode.length}, feedback slots ${fn.feedbackSlots.length}`);
  const positions = new Map(fn.sourcePositions.map((p) => [p.bytecodeOffset, p]));
  for (const ins of decodeAll(fn.bytecode)) {
    const p = positions.get(ins.offset);
    const marker = p ? `${position(p.sourceOffset).padStart(7)} ${p.isStatement ? 'S>' : 'E>'}` : ' '.repeat(10);
    const prefix = ins.scale === 1 ? '' : ins.scale === 2 ? 'Wide.' : 'ExtraWide.';
    const raw = options.bytes
      ? ' ' + [...fn.bytecode.subarray(ins.offset, ins.offset + ins.size)].map((b) => b.toString(16).padStart(2, '0')).join(' ').padEnd(18)
      : '';
    const ops = formatOperands(fn, ins);
    lines.push(`${marker} ${String(ins.offset).padStart(5)} :${raw} ${prefix}${ins.name}${ops ? ' ' + ops : ''}`);
  }
  lines.push(`Constant pool (size = ${fn.constantPool.length})`);
  fn.constantPool.forEach((c, i) => lines.push(`  ${i}: ${describeConstant(c)}`));
  lines.push(`Handler table (size = ${fn.handlerTable.length})`);
  for (const h of fn.handlerTable) {
    lines.push(`  [${h.start}, ${h.end}) -> ${h.handler} (prediction=${h.prediction}, context=${Register.name(h.contextRegister)})`);
  }
  return lines.join('\n') + '\n';
}

/** The function and every function nested in its constant pool, depth first, in pool order. */
export function allFunctions(fn: BytecodeFunction): BytecodeFunction[] {
  const out: BytecodeFunction[] = [fn];
  for (const c of fn.constantPool) if (c.kind === 'function') out.push(...allFunctions(c.fn));
  return out;
}

export function disassembleAll(fn: BytecodeFunction, options: DisassembleOptions = {}): string {
  return allFunctions(fn).map((f) => disassembleFunction(f, options)).join('\n');
}
