// End-to-end tests of codegen-x64 on hand-built LIR: each module is verified, compiled, linked
// into an ELF executable and run; the exit status or the bytes written to stdout are checked.
import { describe, expect, it } from 'vitest';
import { FunctionBuilder } from '../../stage0/kernelc/builder.ts';
import type { IntBinaryOp, LirFunction, LirModule } from '../../stage0/kernelc/lir.ts';
import { runLir } from './run-native.ts';

const HEAP = 1 << 20;

function moduleOf(functions: LirFunction[], globals: LirModule['globals'] = []): LirModule {
  return { functions, globals, rodata: [], heapSize: HEAP, entry: 'main' };
}

/** main() { return value-of(build) } */
function mainReturning(build: (b: FunctionBuilder) => number): LirFunction {
  const b = new FunctionBuilder('main', 'i32');
  b.ret(build(b));
  return b.finish();
}

/** fib(n) = n < 2 ? n : fib(n-1) + fib(n-2), recursive. */
function fib(): LirFunction {
  const b = new FunctionBuilder('fib', 'i32');
  const n = b.param('i32', 'n');
  const small = b.compare('lt_s', n, b.const('i32', 2));
  const base = b.newBlock();
  const rec = b.newBlock();
  b.branch(small, base, rec);
  b.setBlock(base);
  b.ret(n);
  b.setBlock(rec);
  const x = b.call('fib', [b.binary('sub', n, b.const('i32', 1))], 'i32')!;
  const y = b.call('fib', [b.binary('sub', n, b.const('i32', 2))], 'i32')!;
  b.ret(b.binary('add', x, y));
  return b.finish();
}

/** op(a, b) as a standalone function, so that operands are not constants. */
function binaryFunction(name: string, op: IntBinaryOp): LirFunction {
  const b = new FunctionBuilder(name, 'i32');
  const x = b.param('i32', 'a');
  const y = b.param('i32', 'b');
  b.ret(b.binary(op, x, y));
  return b.finish();
}

describe('codegen-x64 end to end', () => {
  it('returns a constant as the exit status', () => {
    expect(runLir(moduleOf([mainReturning((b) => b.const('i32', 42))])).status).toBe(42);
  });

  it('runs recursion with values live across calls (fib 20 = 6765, low byte 109)', () => {
    const main = mainReturning((b) => b.binary('and', b.call('fib', [b.const('i32', 20)], 'i32')!, b.const('i32', 255)));
    expect(runLir(moduleOf([main, fib()])).status).toBe(6765 & 255);
  });

  it('divides totally: zero divisor, MIN / -1, negative remainders', () => {
    const cases: [IntBinaryOp, number, number, number][] = [
      ['div_s', 7, 2, 3], ['div_s', -7, 2, -3], ['rem_s', -7, 2, -1], ['rem_s', 7, -2, 1], ['div_s', 5, 0, 0], ['rem_s', 5, 0, 0],
      ['div_s', -0x80000000, -1, -0x80000000], ['rem_s', -0x80000000, -1, 0], ['div_u', -2, 3, 1431655764], ['rem_u', -1, 10, 5],
      ['shl', 1, 33, 2], ['shr_s', -16, 2, -4], ['shr_u', -16, 28, 15], ['mul', 0x10000, 0x10000, 0], ['sub', -0x80000000, 1, 0x7fffffff],
    ];
    const functions: LirFunction[] = [];
    const main = new FunctionBuilder('main', 'i32');
    let failures = main.const('i32', 0);
    const acc = main.newVReg('i32', 'failures');
    main.copy(acc, failures);
    cases.forEach(([op, x, y, want], i) => {
      functions.push(binaryFunction(`op${i}`, op));
      const got = main.call(`op${i}`, [main.const('i32', x), main.const('i32', y)], 'i32')!;
      const bad = main.compare('ne', got, main.const('i32', want));
      // failures |= bad << i
      main.copy(acc, main.binary('or', acc, main.binary('shl', bad, main.const('i32', i))));
    });
    failures = acc;
    main.ret(main.binary('and', failures, main.const('i32', 255)));
    expect(runLir(moduleOf([main.finish(), ...functions])).status).toBe(0);
  });

  it('sums a heap array in a loop and writes bytes to stdout with a syscall', () => {
    const b = new FunctionBuilder('main', 'i32');
    const i = b.newVReg('i32', 'i');
    const sum = b.newVReg('i32', 'sum');
    b.copy(i, b.const('i32', 0));
    b.copy(sum, b.const('i32', 0));
    const head = b.newBlock();
    const body = b.newBlock();
    const exit = b.newBlock();
    b.jump(head);
    b.setBlock(head);
    b.branch(b.compare('lt_s', i, b.const('i32', 100)), body, exit);
    b.setBlock(body);
    b.store('i32', { index: i, scale: 4, disp: 64 }, i);
    b.copy(sum, b.binary('add', sum, b.load('i32', { index: i, scale: 4, disp: 64 })));
    b.copy(i, b.binary('add', i, b.const('i32', 1)));
    b.jump(head);
    b.setBlock(exit);
    // Write "OK\n" from heap bytes 0..2.
    b.store('u8', { index: b.const('i32', 0), scale: 1, disp: 0 }, b.const('i32', 79));
    b.store('u8', { index: b.const('i32', 1), scale: 1, disp: 0 }, b.const('i32', 75));
    b.store('u8', { index: b.const('i32', 2), scale: 1, disp: 0 }, b.const('i32', 10));
    const ptr = b.heapptr(b.const('i32', 0));
    b.syscall('write', [b.const('i64', 1), ptr, b.const('i64', 3)]);
    b.ret(b.binary('and', sum, b.const('i32', 255))); // 4950 & 255 = 86
    const r = runLir(moduleOf([b.finish()]));
    expect(r.stdout).toBe('OK\n');
    expect(r.status).toBe(4950 & 255);
  });

  it('computes f64 arithmetic and ToInt32 of NaN, infinities, huge and negative values', () => {
    const b = new FunctionBuilder('main', 'i32');
    const values: [number, number][] = [[3.9, 3], [-3.9, -3], [NaN, 0], [Infinity, 0], [-Infinity, 0], [4294967297.5, 1], [-4294967297, -1], [2 ** 63, 0], [2 ** 64 + 2 ** 33 + 4096, 4096], [-(2 ** 70) - 2 ** 31 * 3, -(2 ** 31)]];
    const acc = b.newVReg('i32', 'bad');
    b.copy(acc, b.const('i32', 0));
    values.forEach(([x, want], i) => {
      const got = b.convert('f64_to_i32', b.fbinary('add', b.const('f64', x), b.const('f64', 0)));
      const bad = b.compare('ne', got, b.const('i32', want | 0));
      b.copy(acc, b.binary('or', acc, b.binary('shl', bad, b.const('i32', i))));
    });
    // -0 === 0 and NaN !== NaN, min(-0, 0) is -0 (1/min = -Inf < 0).
    const negZero = b.fcompare('eq', b.const('f64', -0), b.const('f64', 0));
    const nan = b.const('f64', NaN);
    const nanNe = b.fcompare('ne', nan, nan);
    const nanLt = b.fcompare('lt', nan, b.const('f64', 1));
    const minZero = b.fbinary('div', b.const('f64', 1), b.fbinary('min', b.const('f64', 0), b.const('f64', -0)));
    const minNeg = b.fcompare('lt', minZero, b.const('f64', 0));
    const ok = b.binary('and', b.binary('and', negZero, nanNe), b.binary('and', b.unary('eqz', nanLt), minNeg));
    b.copy(acc, b.binary('or', acc, b.binary('shl', b.unary('eqz', ok), b.const('i32', 12))));
    b.ret(b.binary('shr_u', b.binary('or', acc, b.binary('shr_u', acc, b.const('i32', 8))), b.const('i32', 0)));
    const r = runLir(moduleOf([b.finish()]));
    expect(r.status).toBe(0);
  });

  it('keeps many values live at once (forces spilling) and across calls', () => {
    const b = new FunctionBuilder('main', 'i32');
    const vals = Array.from({ length: 24 }, (_, i) => b.binary('add', b.call('id', [b.const('i32', i)], 'i32')!, b.const('i32', 1)));
    const fs = Array.from({ length: 16 }, (_, i) => b.convert('i32_to_f64', b.call('id', [b.const('i32', i)], 'i32')!));
    let sum = vals[0]!;
    for (const v of vals.slice(1)) sum = b.binary('add', sum, v);
    let fsum = fs[0]!;
    for (const f of fs.slice(1)) fsum = b.fbinary('add', fsum, f);
    b.ret(b.binary('add', sum, b.convert('f64_to_i32', fsum))); // 300 + 120 = 420 -> & 255 by the OS
    const id = new FunctionBuilder('id', 'i32');
    id.ret(id.param('i32', 'x'));
    expect(runLir(moduleOf([b.finish(), id.finish()])).status).toBe(420 & 255);
  });
});
