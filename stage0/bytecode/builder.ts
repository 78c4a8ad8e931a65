// BytecodeArrayBuilder: the encoder. The generator appends typed instructions (name + operand
// values, checked against the opcode table), binds labels and records handlers and source
// positions; finish() lays the instructions out with the smallest operand scale each needs
// (Wide / ExtraWide prefixes), resolving forward and backward jumps by iterating to a fixed
// point (widths only grow, so it terminates), and writes the bytes.
//
// Peepholes done here, where they are safe by construction:
//   - code after a terminator is dropped until the next bound label (dead code);
//   - `Ldar rX` / `Star rX` right after `Star rX` / `Ldar rX` with no label in between is dropped.
import type { CatchPrediction, ConstantEntry, HandlerTableEntry, SourcePosition } from './function.ts';
import {
  BYTECODES, hasFlag, instructionSize, isSignedOperand, Opcode, operandWidth, scaleForOperand,
  type BytecodeName, type FeedbackSlotKind, type OperandKind, type OperandScaleValue,
} from './opcodes.ts';

/** A position in the bytecode, bound once; jumps to it may precede or follow the binding. */
export class Label {
  /** Index of the first instruction after the binding point (-1 while unbound). */
  index = -1;
  /** Resolved byte offset (after layout). */
  offset = -1;
  get isBound(): boolean {
    return this.index >= 0;
  }
}

/** An operand value not known until the function is finished (e.g. the frame size). */
export interface DeferredOperand {
  deferred: () => number;
}

export type OperandValue = number | Label | DeferredOperand;

export interface Instruction {
  name: BytecodeName;
  operands: OperandValue[];
  position: { sourceOffset: number; isStatement: boolean } | null;
  /** Layout results. */
  offset: number;
  scale: OperandScaleValue;
}

interface PendingHandler {
  start: Label;
  end: Label;
  handler: Label;
  contextRegister: number;
  prediction: CatchPrediction;
}

interface JumpTable {
  firstIndex: number;
  labels: Label[];
}

export interface BuiltBytecode {
  bytecode: Uint8Array;
  handlerTable: HandlerTableEntry[];
  sourcePositions: SourcePosition[];
  registerCount: number;
  /** Instruction list after layout (for tests). */
  instructions: Instruction[];
}

export class BytecodeArrayBuilder {
  readonly instructions: Instruction[] = [];
  readonly constantPool: ConstantEntry[] = [];
  readonly feedbackSlots: FeedbackSlotKind[] = [];
  private readonly handlers: PendingHandler[] = [];
  private readonly jumpTables: JumpTable[] = [];
  private readonly constantIndex = new Map<string, number>();
  private pendingPosition: { sourceOffset: number; isStatement: boolean } | null = null;
  /** True after a terminator until a label is bound: emitted code is unreachable. */
  private deadCode = false;
  /** Index in `instructions` at which the last label was bound. */
  private lastLabelIndex = -1;
  private nextRegister: number;
  private maxRegister: number;

  /** `fixedRegisters` locals are reserved for bindings; temporaries are allocated after them. */
  constructor(fixedRegisters: number) {
    this.nextRegister = fixedRegisters;
    this.maxRegister = fixedRegisters;
  }

  // ── Registers ──────────────────────────────────────────────────────────────────────────────

  newRegister(): number {
    const r = this.nextRegister++;
    if (this.nextRegister > this.maxRegister) this.maxRegister = this.nextRegister;
    return r;
  }

  /** `count` consecutive registers; returns the first. */
  newRegisterList(count: number): number {
    const first = this.nextRegister;
    this.nextRegister += count;
    if (this.nextRegister > this.maxRegister) this.maxRegister = this.nextRegister;
    return first;
  }

  /** A mark to release temporaries to (stack discipline: release everything allocated after it). */
  registerMark(): number {
    return this.nextRegister;
  }

  releaseRegisters(mark: number): void {
    this.nextRegister = mark;
  }

  get frameSize(): number {
    return this.maxRegister;
  }

  /** A deferred operand: the final frame size (all registers, for SuspendGenerator/ResumeGenerator). */
  readonly frameSizeOperand: DeferredOperand = { deferred: () => this.maxRegister };

  // ── Pools ──────────────────────────────────────────────────────────────────────────────────

  /** Add a constant; numbers, strings and BigInts are shared by value. */
  addConstant(entry: ConstantEntry): number {
    let key: string | null = null;
    if (entry.kind === 'string') key = 's:' + entry.value;
    else if (entry.kind === 'number') key = 'n:' + (Object.is(entry.value, -0) ? '-0' : String(entry.value));
    else if (entry.kind === 'bigint') key = 'b:' + entry.value;
    if (key !== null) {
      const found = this.constantIndex.get(key);
      if (found !== undefined) return found;
      this.constantIndex.set(key, this.constantPool.length);
    }
    this.constantPool.push(entry);
    return this.constantPool.length - 1;
  }

  stringConstant(value: string): number {
    return this.addConstant({ kind: 'string', value });
  }

  addSlot(kind: FeedbackSlotKind): number {
    this.feedbackSlots.push(kind);
    return this.feedbackSlots.length - 1;
  }

  /** Reserve consecutive constant-pool entries for a jump table to `labels`; returns the first index. */
  addJumpTable(labels: Label[]): number {
    const firstIndex = this.constantPool.length;
    for (let i = 0; i < labels.length; i++) this.constantPool.push({ kind: 'jumpTarget', offset: -1 });
    this.jumpTables.push({ firstIndex, labels });
    return firstIndex;
  }

  // ── Emission ───────────────────────────────────────────────────────────────────────────────

  setStatementPosition(sourceOffset: number): void {
    this.pendingPosition = { sourceOffset, isStatement: true };
  }

  setExpressionPosition(sourceOffset: number): void {
    if (this.pendingPosition?.isStatement) return;
    this.pendingPosition = { sourceOffset, isStatement: false };
  }

  /** True when the next instruction would be unreachable (after return/throw/jump). */
  get isDead(): boolean {
    return this.deadCode;
  }

  emit(name: BytecodeName, ...operands: OperandValue[]): void {
    const spec = BYTECODES[name];
    if (operands.length !== spec.operands.length) {
      throw new Error(`${name} takes ${spec.operands.length} operands, got ${operands.length}`);
    }
    if (this.deadCode) return;
    if ((name === 'Ldar' || name === 'Star') && this.lastLabelIndex !== this.instructions.length) {
      // acc and R[x] already hold the same value: `Ldar x` / `Star x` after `Star x` / `Ldar x`.
      const prev = this.instructions[this.instructions.length - 1];
      if (prev && (prev.name === 'Star' || prev.name === 'Ldar') && prev.operands[0] === operands[0]) return;
    }
    const position = this.pendingPosition;
    this.pendingPosition = null;
    this.instructions.push({ name, operands, position, offset: -1, scale: 1 });
    if (hasFlag(name, 'terminator')) this.deadCode = true;
  }

  /** The last `n` instructions emitted since the last bound label (fewer if a label intervenes). */
  recentInstructions(n: number): Instruction[] {
    const from = Math.max(this.instructions.length - n, this.lastLabelIndex, 0);
    return this.instructions.slice(from);
  }

  bind(label: Label): void {
    if (label.isBound) throw new Error('label bound twice');
    label.index = this.instructions.length;
    this.lastLabelIndex = this.instructions.length;
    this.deadCode = false;
  }

  addHandler(start: Label, end: Label, handler: Label, contextRegister: number, prediction: CatchPrediction): void {
    this.handlers.push({ start, end, handler, contextRegister, prediction });
  }

  // ── Layout ─────────────────────────────────────────────────────────────────────────────────

  finish(): BuiltBytecode {
    const list = this.instructions;
    const kinds = (ins: Instruction) => BYTECODES[ins.name].operands as readonly OperandKind[];
    // Resolve deferred operands, then the scale each instruction needs for its non-jump operands.
    for (const ins of list) {
      ins.operands = ins.operands.map((v) => (typeof v === 'object' && !(v instanceof Label) ? v.deferred() : v));
      let scale: OperandScaleValue = 1;
      ins.operands.forEach((v, i) => {
        if (typeof v === 'number') scale = Math.max(scale, scaleForOperand(kinds(ins)[i]!, v)) as OperandScaleValue;
      });
      ins.scale = scale;
    }
    // Fixed point over jump widths.
    for (let changed = true; changed; ) {
      changed = false;
      let offset = 0;
      for (const ins of list) {
        ins.offset = offset;
        offset += instructionSize(ins.name, ins.scale);
      }
      const offsetOf = (label: Label) => (label.index < list.length ? list[label.index]!.offset : offset);
      for (const ins of list) {
        for (const v of ins.operands) {
          if (!(v instanceof Label)) continue;
          if (!v.isBound) throw new Error(`unbound label in ${ins.name}`);
          const need = scaleForOperand('jump', offsetOf(v) - ins.offset);
          if (need > ins.scale) {
            ins.scale = need;
            changed = true;
          }
        }
      }
      if (!changed) {
        const end = offset;
        const resolve = (label: Label) => (label.index < list.length ? list[label.index]!.offset : end);
        return this.write(resolve, end);
      }
    }
    throw new Error('unreachable');
  }

  private write(resolve: (label: Label) => number, size: number): BuiltBytecode {
    const bytes = new Uint8Array(size);
    const positions: SourcePosition[] = [];
    for (const ins of this.instructions) {
      let at = ins.offset;
      if (ins.scale === 2) bytes[at++] = Opcode.Wide;
      else if (ins.scale === 4) bytes[at++] = Opcode.ExtraWide;
      bytes[at++] = Opcode[ins.name];
      const kinds = BYTECODES[ins.name].operands as readonly OperandKind[];
      ins.operands.forEach((v, i) => {
        const kind = kinds[i]!;
        const value = v instanceof Label ? resolve(v) - ins.offset : (v as number);
        at = writeOperand(bytes, at, operandWidth(kind, ins.scale), value, isSignedOperand(kind));
      });
      if (ins.position) {
        positions.push({ bytecodeOffset: ins.offset, sourceOffset: ins.position.sourceOffset, isStatement: ins.position.isStatement });
      }
    }
    for (const table of this.jumpTables) {
      table.labels.forEach((label, i) => {
        this.constantPool[table.firstIndex + i] = { kind: 'jumpTarget', offset: resolve(label) };
      });
    }
    // An empty protected range (the try block compiled to nothing) protects nothing: dropped.
    const handlerTable = this.handlers
      .map((h) => ({
        start: resolve(h.start), end: resolve(h.end), handler: resolve(h.handler),
        contextRegister: h.contextRegister, prediction: h.prediction,
      }))
      .filter((h) => h.start < h.end);
    return { bytecode: bytes, handlerTable, sourcePositions: positions, registerCount: this.maxRegister, instructions: this.instructions };
  }
}

function writeOperand(bytes: Uint8Array, at: number, width: number, value: number, signed: boolean): number {
  const limit = 2 ** (8 * width);
  if (signed ? value < -limit / 2 || value >= limit / 2 : value < 0 || value >= limit) {
    throw new Error(`operand ${value} does not fit ${width} byte(s)`);
  }
  let v = value < 0 ? value + limit : value;
  for (let i = 0; i < width; i++) {
    bytes[at + i] = v & 0xff;
    v = Math.floor(v / 256);
  }
  return at + width;
}
