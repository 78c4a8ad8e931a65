// Encoder/decoder round trips (including Wide and ExtraWide operands and jump widening) and the
// verifier's rejection of corrupted bytecode.
import { describe, expect, it } from 'vitest';
import { BytecodeArrayBuilder, Label } from '../../stage0/bytecode/builder.ts';
import { decodeAll } from '../../stage0/bytecode/decoder.ts';
import type { BytecodeFunction } from '../../stage0/bytecode/function.ts';
import { BYTECODE_NAMES, BYTECODES, Opcode, Register } from '../../stage0/bytecode/opcodes.ts';
import { RuntimeId } from '../../stage0/bytecode/runtime-functions.ts';
import { verifyBytecodeFunction } from '../../stage0/bytecode/verifier.ts';
import { compile } from './helpers.ts';

function toFunction(b: BytecodeArrayBuilder, parameterCount = 0): BytecodeFunction {
  const built = b.finish();
  return {
    name: 'test', kind: 'normal', sourceStart: 0, sourceEnd: 0, parameterCount, mappedParameterSlots: null, length: parameterCount,
    registerCount: built.registerCount, bytecode: built.bytecode, constantPool: b.constantPool,
    feedbackSlots: b.feedbackSlots, handlerTable: built.handlerTable, sourcePositions: built.sourcePositions,
    scopeInfo: null,
    flags: {
      strict: false, isGenerator: false, isAsync: false, isArrow: false, isClassConstructor: false,
      isDerivedConstructor: false, requiresInstanceFieldsInitializer: false, hasSimpleParameterList: true, hasDirectEval: false,
    },
  };
}

describe('opcode table', () => {
  it('numbers opcodes in table order and fits one byte', () => {
    expect(BYTECODE_NAMES.length).toBeLessThan(256);
    BYTECODE_NAMES.forEach((n, i) => expect(Opcode[n]).toBe(i));
    expect(Opcode.Wide).toBe(0);
    expect(Opcode.ExtraWide).toBe(1);
  });
  it('register lists are followed by their count, and every entry has a transfer rule', () => {
    for (const name of BYTECODE_NAMES) {
      const ops = BYTECODES[name].operands as readonly string[];
      ops.forEach((k, i) => {
        if (k === 'regList' || k === 'regListOut') expect(ops[i + 1]).toBe('regCount');
      });
      expect(BYTECODES[name].rule.length).toBeGreaterThan(3);
    }
  });
});

describe('encoder / decoder round trip', () => {
  it('uses the smallest scale per instruction', () => {
    const b = new BytecodeArrayBuilder(0);
    b.emit('LdaSmi', 5);
    b.emit('LdaSmi', 300);
    b.emit('LdaSmi', -100000);
    b.emit('Return');
    const fn = toFunction(b);
    const ins = decodeAll(fn.bytecode);
    expect(ins.map((i) => [i.name, i.scale, i.operands[0]?.value])).toEqual([
      ['LdaSmi', 1, 5], ['LdaSmi', 2, 300], ['LdaSmi', 4, -100000], ['Return', 1, undefined],
    ]);
    expect(ins.map((i) => i.size)).toEqual([2, 4, 6, 1]);
    expect(verifyBytecodeFunction(fn)).toEqual([]);
  });

  it('widens register, constant and slot operands past 256', () => {
    const b = new BytecodeArrayBuilder(300);
    for (let i = 0; i < 300; i++) b.addConstant({ kind: 'number', value: i + 0.5 });
    const slot = b.addSlot('loadProperty');
    for (let i = 0; i < 299; i++) b.addSlot('loadProperty');
    const name = b.stringConstant('x');
    const last = b.addSlot('loadProperty');
    b.emit('LdaConstant', 299);
    b.emit('Star', Register.local(299));
    b.emit('GetNamedProperty', Register.local(299), name, last);
    b.emit('GetNamedProperty', Register.local(0), name, slot);
    b.emit('LdaSmi', 1);
    b.emit('Mov', Register.argument(1), Register.local(290));
    b.emit('Return');
    const fn = toFunction(b, 2);
    const ins = decodeAll(fn.bytecode);
    expect(ins.map((i) => i.scale)).toEqual([2, 2, 2, 2, 1, 2, 1]);
    expect(ins[2]!.operands.map((o) => o.value)).toEqual([299, name, last]);
    expect(ins[5]!.operands.map((o) => o.value)).toEqual([Register.argument(1), 290]);
    expect(verifyBytecodeFunction(fn)).toEqual([]);
  });

  it('widens forward and backward jumps to a fixed point', () => {
    const b = new BytecodeArrayBuilder(1);
    const top = new Label();
    const exit = new Label();
    b.bind(top);
    b.emit('Ldar', Register.local(0));
    b.emit('JumpIfFalse', exit);
    for (let i = 0; i < 100; i++) b.emit('LdaSmi', 1000 + i);
    b.emit('JumpLoop', top, 0);
    b.bind(exit);
    b.emit('LdaUndefined');
    b.emit('Return');
    const fn = toFunction(b);
    const ins = decodeAll(fn.bytecode);
    const jif = ins[1]!;
    expect(jif.scale).toBe(2);
    expect(jif.offset + jif.operands[0]!.value).toBe(ins[ins.length - 2]!.offset);
    const loop = ins[ins.length - 3]!;
    expect(loop.name).toBe('JumpLoop');
    expect(loop.offset + loop.operands[0]!.value).toBe(0);
    expect(verifyBytecodeFunction(fn)).toEqual([]);
  });

  it('a generated function with > 256 registers and constants verifies and round-trips', () => {
    const names = Array.from({ length: 300 }, (_, i) => `v${i}`);
    const body = names.map((n, i) => `let ${n} = ${i}.5 + o.p${i};`).join('\n') + `\nreturn ${names.join(' + ')};`;
    const fn = compile(`function big(o) {\n${body}\n}`);
    const big = fn.constantPool.find((c) => c.kind === 'function')!;
    if (big.kind !== 'function') throw new Error('no function');
    expect(big.fn.registerCount).toBeGreaterThan(256);
    expect(big.fn.constantPool.length).toBeGreaterThan(256);
    const ins = decodeAll(big.fn.bytecode);
    expect(ins.some((i) => i.scale === 2)).toBe(true);
    expect(verifyBytecodeFunction(big.fn)).toEqual([]);
    // Re-encoding the decoded instructions gives the same bytes.
    const again = new BytecodeArrayBuilder(big.fn.registerCount);
    for (const i of ins) (again.instructions as unknown[]).push({ name: i.name, operands: i.operands.map((o) => o.value), position: null, offset: -1, scale: 1 });
    expect(Buffer.from(again.finish().bytecode).equals(Buffer.from(big.fn.bytecode))).toBe(true);
  });
});

describe('verifier rejects corrupted bytecode', () => {
  function good(): BytecodeFunction {
    const b = new BytecodeArrayBuilder(2);
    const skip = new Label();
    b.emit('LdaSmi', 1);
    b.emit('Star', Register.local(0));
    b.emit('JumpIfToBooleanFalse', skip);
    b.emit('LdaConstant', b.stringConstant('s'));
    b.emit('GetNamedProperty', Register.local(0), 0, b.addSlot('loadProperty'));
    b.bind(skip);
    b.emit('CallRuntime', RuntimeId.CreateIterResultObject, Register.local(0), 2);
    b.emit('Return');
    return toFunction(b, 1);
  }
  it('accepts the original', () => expect(verifyBytecodeFunction(good())).toEqual([]));
  const corruptions: [string, (fn: BytecodeFunction) => void, RegExp][] = [
    ['a bad opcode', (fn) => (fn.bytecode[0] = 250), /bad opcode/],
    ['a jump into the middle of an instruction', (fn) => (fn.bytecode[5] = 3), /not an instruction start/],
    ['a register out of range', (fn) => (fn.bytecode[3] = 7), /register operand 7 out of range/],
    ['an argument out of range', (fn) => (fn.bytecode[3] = 0xf0), /out of range/],
    ['a constant index out of range', (fn) => (fn.bytecode[7] = 9), /constant 9 >= pool size/],
    ['a feedback slot out of range', (fn) => (fn.bytecode[11] = 4), /feedback slot 4/],
    ['a wrong runtime argument count', (fn) => (fn.bytecode[16] = 3), /takes 2 arguments|out of range/],
    ['control falling off the end', (fn) => (fn.bytecode = fn.bytecode.subarray(0, fn.bytecode.length - 1)), /falls off the end/],
    ['a truncated instruction', (fn) => (fn.bytecode = fn.bytecode.subarray(0, 1)), /truncated/],
    ['a needless Wide prefix', (fn) => {
      const bytes = [...fn.bytecode];
      fn.bytecode = new Uint8Array([Opcode.Wide, bytes[0]!, bytes[1]!, 0, ...bytes.slice(2)]);
    }, /operand scale 2 but operands need 1/],
    ['a handler outside the code', (fn) => fn.handlerTable.push({ start: 0, end: 2, handler: 99, contextRegister: 0, prediction: 'caught' }), /handler 99/],
  ];
  for (const [what, corrupt, message] of corruptions) {
    it(`rejects ${what}`, () => {
      const fn = good();
      fn.bytecode = new Uint8Array(fn.bytecode);
      corrupt(fn);
      const errors = verifyBytecodeFunction(fn);
      expect(errors.join('\n')).toMatch(message);
    });
  }
});
