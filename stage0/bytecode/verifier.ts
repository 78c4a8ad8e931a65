// Bytecode verifier: structural checks on a finished BytecodeFunction, derived from the opcode
// table. It returns every problem found (empty = valid). Checked:
//   - every byte decodes; operand widths are the canonical (smallest) scale for the prefix used;
//   - jump targets and jump-table entries land on instruction starts inside the array;
//   - register operands name a local < registerCount, the receiver, or an argument
//     < parameterCount; register lists stay in range;
//   - constant indices < pool size, and the entry has the kind the opcode expects;
//   - feedback slots < slot count and of the opcode's feedback kind;
//   - runtime ids exist and get their argument count;
//   - control cannot fall off the end (the last instruction is a terminator);
//   - handler ranges, handlers and source positions sit on instruction starts.
import { decodeAt, DecodeError, type DecodedInstruction } from './decoder.ts';
import type { BytecodeFunction, ConstantEntry } from './function.ts';
import { BYTECODES, hasFlag, isRegisterOperand, scaleForOperand, type BytecodeName, type OperandScaleValue } from './opcodes.ts';
import { RUNTIME_FUNCTION_NAMES, RUNTIME_FUNCTIONS } from './runtime-functions.ts';

/** The constant kinds an opcode's first 'const' operand may name (absent: any). */
const CONSTANT_KINDS: Partial<Record<BytecodeName, readonly ConstantEntry['kind'][]>> = {
  LdaConstant: ['number', 'string', 'bigint', 'templateObject', 'arrayBoilerplate', 'objectBoilerplate', 'globalDeclarations', 'classBoilerplate', 'regexp', 'scopeInfo', 'function'],
  CreateClosure: ['function'],
  CreateBlockContext: ['scopeInfo'],
  CreateFunctionContext: ['scopeInfo'],
  CreateEvalContext: ['scopeInfo'],
  CreateWithContext: ['scopeInfo'],
  CreateArrayLiteral: ['arrayBoilerplate'],
  CreateObjectLiteral: ['objectBoilerplate'],
  CreateRegExpLiteral: ['regexp'],
  GetTemplateObject: ['templateObject'],
  GetNamedProperty: ['string'],
  SetNamedProperty: ['string'],
  DefineNamedOwnProperty: ['string'],
  GetNamedPropertyFromSuper: ['string'],
  LdaGlobal: ['string'],
  LdaGlobalInsideTypeof: ['string'],
  StaGlobal: ['string'],
  LdaLookupSlot: ['string'],
  LdaLookupSlotInsideTypeof: ['string'],
  LdaLookupCallee: ['string'],
  StaLookupSlot: ['string'],
  DeleteLookupSlot: ['string'],
  ThrowReferenceErrorIfHole: ['string'],
  SwitchOnSmi: ['jumpTarget'],
  SwitchOnGeneratorState: ['jumpTarget'],
};

export function verifyBytecodeFunction(fn: BytecodeFunction): string[] {
  const errors: string[] = [];
  const bytes = fn.bytecode;
  const where = (ins: DecodedInstruction) => `${fn.name || '<anonymous>'}@${ins.offset} ${ins.name}`;
  const list: DecodedInstruction[] = [];
  const starts = new Set<number>();
  for (let offset = 0; offset < bytes.length; ) {
    try {
      const ins = decodeAt(bytes, offset);
      list.push(ins);
      starts.add(offset);
      offset += ins.size;
    } catch (e) {
      if (e instanceof DecodeError) {
        errors.push(`${fn.name}: ${e.message}`);
        return errors;
      }
      throw e;
    }
  }
  if (list.length === 0) return [`${fn.name}: empty bytecode`];
  const isTarget = (offset: number) => starts.has(offset);
  const pool = fn.constantPool;

  for (const ins of list) {
    const spec = BYTECODES[ins.name];
    let needed: OperandScaleValue = 1;
    for (const op of ins.operands) needed = Math.max(needed, scaleForOperand(op.kind, op.value)) as OperandScaleValue;
    if (needed !== ins.scale) errors.push(`${where(ins)}: operand scale ${ins.scale} but operands need ${needed}`);
    let firstConst = true;
    let firstSlot = true;
    ins.operands.forEach((op, i) => {
      const v = op.value;
      if (isRegisterOperand(op.kind)) {
        const isList = op.kind === 'regList' || op.kind === 'regListOut';
        const count = isList ? ins.operands[i + 1]!.value : 1;
        if (count > 0 && (!validRegister(fn, v) || !validRegister(fn, v + count - 1))) {
          errors.push(`${where(ins)}: register operand ${v}${isList ? ` (+${count})` : ''} out of range`);
        }
        if (isList && count > 0 && v < 0 && v + count - 1 >= 0) errors.push(`${where(ins)}: register list spans parameters and locals`);
      } else if (op.kind === 'const') {
        const emptyTable = (ins.name === 'SwitchOnGeneratorState' || ins.name === 'SwitchOnSmi') && ins.operands[i + 1]!.value === 0;
        if (emptyTable) return;
        if (v >= pool.length) errors.push(`${where(ins)}: constant ${v} >= pool size ${pool.length}`);
        else if (firstConst) {
          const allowed = CONSTANT_KINDS[ins.name];
          if (allowed && !allowed.includes(pool[v]!.kind)) errors.push(`${where(ins)}: constant ${v} is a ${pool[v]!.kind}`);
        }
        firstConst = false;
      } else if (op.kind === 'slot') {
        if (v >= fn.feedbackSlots.length) errors.push(`${where(ins)}: feedback slot ${v} >= ${fn.feedbackSlots.length}`);
        else if (firstSlot && fn.feedbackSlots[v] !== spec.feedback) {
          errors.push(`${where(ins)}: feedback slot ${v} is ${fn.feedbackSlots[v]}, expected ${spec.feedback}`);
        }
        firstSlot = false;
      } else if (op.kind === 'jump') {
        const target = ins.offset + v;
        if (!isTarget(target)) errors.push(`${where(ins)}: jump target ${target} is not an instruction start`);
      } else if (op.kind === 'runtime') {
        const rt = RUNTIME_FUNCTION_NAMES[v];
        if (rt === undefined) errors.push(`${where(ins)}: unknown runtime id ${v}`);
        else {
          const want = RUNTIME_FUNCTIONS[rt].args;
          const got = ins.operands[i + 2]!.value;
          if (want >= 0 && want !== got) errors.push(`${where(ins)}: ${rt} takes ${want} arguments, got ${got}`);
        }
      }
    });
    if (ins.name === 'SwitchOnGeneratorState' || ins.name === 'SwitchOnSmi') {
      const first = ins.operands[ins.name === 'SwitchOnSmi' ? 0 : 1]!.value;
      const count = ins.operands[ins.name === 'SwitchOnSmi' ? 1 : 2]!.value;
      for (let k = first; k < first + count; k++) {
        const entry = pool[k];
        if (entry?.kind !== 'jumpTarget') errors.push(`${where(ins)}: jump table entry ${k} missing`);
        else if (!isTarget(entry.offset)) errors.push(`${where(ins)}: jump table target ${entry.offset} is not an instruction start`);
      }
    }
  }
  const last = list[list.length - 1]!;
  if (!hasFlag(last.name, 'terminator')) errors.push(`${where(last)}: control falls off the end of the bytecode`);

  for (const h of fn.handlerTable) {
    const okEnd = isTarget(h.end) || h.end === bytes.length;
    if (!isTarget(h.start) || !okEnd || h.start >= h.end) errors.push(`${fn.name}: bad handler range [${h.start}, ${h.end})`);
    if (!isTarget(h.handler)) errors.push(`${fn.name}: handler ${h.handler} is not an instruction start`);
    if (!validRegister(fn, h.contextRegister) || h.contextRegister < 0) errors.push(`${fn.name}: handler context register ${h.contextRegister}`);
  }
  for (const p of fn.sourcePositions) {
    if (!isTarget(p.bytecodeOffset)) errors.push(`${fn.name}: source position at ${p.bytecodeOffset} is not an instruction start`);
  }
  return errors;
}

function validRegister(fn: BytecodeFunction, v: number): boolean {
  if (v >= 0) return v < fn.registerCount;
  return v >= -1 - fn.parameterCount;
}

/** Verify a function and, recursively, every function in its constant pool. */
export function verifyAll(fn: BytecodeFunction): string[] {
  const out = verifyBytecodeFunction(fn);
  for (const c of fn.constantPool) if (c.kind === 'function') out.push(...verifyAll(c.fn));
  return out;
}
