// LIR: the printer against golden text (raw lowering and optimized), the verifier's rejections,
// and the optimizer's folds. `UPDATE=1 npx vitest run test/kernelc/lir.test.ts` refreshes goldens.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FunctionBuilder } from '../../stage0/kernelc/builder.ts';
import { lowerProgram } from '../../stage0/kernelc/compile.ts';
import type { LirFunction, LirModule } from '../../stage0/kernelc/lir.ts';
import { optimizeFunction, optimizeModule } from '../../stage0/kernelc/opt.ts';
import { printFunction, printModule } from '../../stage0/kernelc/print.ts';
import { LirVerifyError, verifyModule } from '../../stage0/kernelc/verify.ts';

const DIR = path.join(import.meta.dirname, 'lir');

function golden(name: string, text: string): void {
  const file = path.join(DIR, name);
  if (process.env.UPDATE === '1') writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** Only the sample's own functions (the native host's are large and covered elsewhere). */
function own(module: LirModule): LirModule {
  const names = new Set(['sumPairs', 'scale', 'classify', 'both', 'main']);
  return { ...module, functions: module.functions.filter((f) => names.has(f.name)) };
}

function moduleOf(fn: LirFunction): LirModule {
  return { functions: [fn], globals: [], rodata: [], heapSize: 4096, entry: fn.name };
}

function problems(fn: LirFunction): string[] {
  try { verifyModule(moduleOf(fn)); return []; } catch (e) { return (e as LirVerifyError).problems; }
}

describe('LIR printer (golden)', () => {
  const raw = lowerProgram(path.join(DIR, 'sample.ts'));
  it('verifies the raw lowering', () => expect(() => verifyModule(raw)).not.toThrow());
  it('prints the raw lowering', () => golden('sample.raw.golden', printModule(own(raw))));
  const optimized = optimizeModule(raw);
  it('verifies the optimized module', () => expect(() => verifyModule(optimized)).not.toThrow());
  it('prints the optimized module', () => golden('sample.opt.golden', printModule(own(optimized))));
  it('folds (p + 8) >> 2 into the displacement and keeps one shift per access', () => {
    const text = printFunction(optimized.functions.find((f) => f.name === 'sumPairs')!);
    expect(text).toMatch(/load\.i32 \[heap \+ v\d+\*4 \+ 4\]/);
  });
  it('is deterministic', () => expect(printModule(lowerProgram(path.join(DIR, 'sample.ts')))).toBe(printModule(raw)));
});

describe('LIR verifier', () => {
  it('accepts a well-formed function', () => {
    const b = new FunctionBuilder('main', 'i32');
    b.ret(b.binary('add', b.const('i32', 1), b.const('i32', 2)));
    expect(problems(b.finish())).toEqual([]);
  });

  it('rejects operand type mismatches', () => {
    const b = new FunctionBuilder('main', 'i32');
    const f = b.const('f64', 1.5);
    const i = b.const('i32', 2);
    b.emit({ op: 'binary', kind: 'add', dst: b.newVReg('i32'), a: f, b: i });
    b.ret(i);
    expect(problems(b.finish()).join('\n')).toMatch(/v0 is f64, expected i32/);
  });

  it('rejects a read of a vreg not assigned on every path', () => {
    const b = new FunctionBuilder('main', 'i32');
    const x = b.newVReg('i32', 'x');
    const t = b.newBlock();
    const join = b.newBlock();
    b.branch(b.const('i32', 1), t, join);
    b.setBlock(t);
    b.copy(x, b.const('i32', 5));
    b.jump(join);
    b.setBlock(join);
    b.ret(x);
    expect(problems(b.finish()).join('\n')).toMatch(/v0 may be read before it is assigned/);
  });

  it('rejects missing blocks, bad calls and bad returns', () => {
    const b = new FunctionBuilder('main', 'i32');
    b.call('nowhere', [], null);
    b.terminate({ op: 'jump', target: 7 });
    const p = problems(b.finish()).join('\n');
    expect(p).toMatch(/no function @nowhere/);
    expect(p).toMatch(/no block b7/);
    const r = new FunctionBuilder('main', 'i32');
    r.ret(null);
    expect(problems(r.finish()).join('\n')).toMatch(/missing i32 return value/);
  });

  it('rejects an entry that is not () -> i32', () => {
    const b = new FunctionBuilder('main', 'f64');
    b.ret(b.const('f64', 0));
    expect(problems(b.finish()).join('\n')).toMatch(/must be \(\) -> i32/);
  });
});

describe('LIR optimizer', () => {
  it('folds constants with LIR total semantics and removes dead code', () => {
    const b = new FunctionBuilder('main', 'i32');
    const q = b.binary('div_s', b.const('i32', -2147483648), b.const('i32', -1));
    const z = b.binary('rem_s', b.const('i32', 7), b.const('i32', 0));
    b.binary('mul', b.const('i32', 3), b.const('i32', 4)); // unused
    b.ret(b.binary('add', q, z));
    const f = optimizeFunction(b.finish());
    expect(printFunction(f)).toMatch(/^func @main\(\) -> i32 \{\nb0:\n  (v\d+):i32 = const -2147483648\n  return \1\n\}\n$/);
  });

  it('turns a branch on a constant into a jump and drops the dead arm', () => {
    const b = new FunctionBuilder('main', 'i32');
    const t = b.newBlock();
    const e = b.newBlock();
    b.branch(b.compare('lt_u', b.const('i32', -1), b.const('i32', 1)), t, e);
    b.setBlock(t);
    b.ret(b.const('i32', 1));
    b.setBlock(e);
    b.ret(b.const('i32', 2));
    const f = optimizeFunction(b.finish());
    expect(f.blocks.length).toBe(1);
    expect(printFunction(f)).toMatch(/const 2\n  return/);
  });
});
