// Decoder: bytes → typed instructions, driven by the opcode table. Used by the disassembler, the
// verifier and tests; the kernel interpreter decodes the same way from runtime/generated tables.
import {
  BYTECODE_NAMES, BYTECODES, isSignedOperand, Opcode, operandWidth,
  type BytecodeName, type OperandKind, type OperandScaleValue,
} from './opcodes.ts';

export interface DecodedOperand {
  kind: OperandKind;
  value: number;
}

export interface DecodedInstruction {
  /** Offset of the first byte (the prefix, if any). */
  offset: number;
  /** Total size in bytes including the prefix. */
  size: number;
  name: BytecodeName;
  scale: OperandScaleValue;
  operands: DecodedOperand[];
}

export class DecodeError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(`@${offset}: ${message}`);
    this.offset = offset;
  }
}

function readOperand(bytes: Uint8Array, at: number, width: number, signed: boolean): number {
  let v = 0;
  for (let i = width - 1; i >= 0; i--) v = v * 256 + bytes[at + i]!;
  if (signed && v >= 2 ** (8 * width - 1)) v -= 2 ** (8 * width);
  return v;
}

/** Decode the instruction at `offset`. Throws DecodeError on a bad opcode or truncation. */
export function decodeAt(bytes: Uint8Array, offset: number): DecodedInstruction {
  let at = offset;
  let scale: OperandScaleValue = 1;
  const first = bytes[at];
  if (first === undefined) throw new DecodeError(offset, 'offset past the end');
  if (first === Opcode.Wide || first === Opcode.ExtraWide) {
    scale = first === Opcode.Wide ? 2 : 4;
    at++;
  }
  const opcode = bytes[at];
  const name = opcode === undefined ? undefined : BYTECODE_NAMES[opcode];
  if (name === undefined) throw new DecodeError(offset, `bad opcode ${opcode ?? 'past end'}`);
  if (name === 'Wide' || name === 'ExtraWide') throw new DecodeError(offset, 'prefix followed by a prefix');
  at++;
  const operands: DecodedOperand[] = [];
  for (const kind of BYTECODES[name].operands as readonly OperandKind[]) {
    const width = operandWidth(kind, scale);
    if (at + width > bytes.length) throw new DecodeError(offset, `${name}: truncated operand`);
    operands.push({ kind, value: readOperand(bytes, at, width, isSignedOperand(kind)) });
    at += width;
  }
  return { offset, size: at - offset, name, scale, operands };
}

/** Every instruction of a bytecode array, in order. */
export function* iterateBytecode(bytes: Uint8Array): Generator<DecodedInstruction> {
  let offset = 0;
  while (offset < bytes.length) {
    const ins = decodeAt(bytes, offset);
    yield ins;
    offset += ins.size;
  }
}

export function decodeAll(bytes: Uint8Array): DecodedInstruction[] {
  return [...iterateBytecode(bytes)];
}
