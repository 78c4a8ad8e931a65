// --trace, --stats and stack traces: the instrumentation the embedder switches on, and the text
// of the stacks V8 prints.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run, runRaw, js, freshHeap } from './helpers.ts';
import { mnemonicsSource } from './gen-mnemonics.ts';
import {
  interpreterSetTrace, interpreterSetStats, interpreterBytecodesExecuted, interpreterOpcodeCount, interpreterStatsReset,
} from '../../runtime/interpreter.ts';
import { Bytecode } from '../../runtime/generated/bytecodes.ts';
import { nodeCaptureOutput } from '../../runtime/host/node.ts';

vi.mock('../../runtime/builtins.ts', async (importOriginal) => {
  try {
    return await importOriginal();
  } catch {
    return (await import('./builtins-fallback.ts')).builtinsFallback;
  }
});

describe('instrumentation', () => {
  it('the generated mnemonics are up to date (node scripts/ts.mjs test/interpreter/gen-mnemonics.ts)', () => {
    const file = readFileSync(path.resolve(__dirname, '../../runtime/interpreter-mnemonics.ts'), 'utf8');
    expect(file).toBe(mnemonicsSource());
  });

  it('--stats counts every executed bytecode and each opcode', () => {
    freshHeap(128, 1);
    interpreterSetStats(true);
    interpreterStatsReset();
    try {
      // 10 iterations of the loop body; LdaSmi [10] runs once per test (11 times).
      expect(js(runRaw('let s = 0; for (let i = 0; i < 10; i++) s += i; s'))).toBe(45);
      expect(interpreterOpcodeCount(Bytecode.JumpLoop)).toBe(10);
      expect(interpreterOpcodeCount(Bytecode.TestLessThan)).toBe(11);
      expect(interpreterBytecodesExecuted()).toBeGreaterThan(100);
    } finally {
      interpreterSetStats(false);
    }
  });

  it('--trace prints offset, mnemonic and accumulator per instruction', () => {
    freshHeap(128, 1);
    const lines: string[] = [];
    nodeCaptureOutput(lines);
    interpreterSetTrace(true);
    try {
      runRaw('var t = 40 + 2;');
    } finally {
      interpreterSetTrace(false);
      nodeCaptureOutput(null);
    }
    const text = lines.join('');
    if (process.env.SHOW_TRACE) console.log(text);
    expect(text).toMatch(/\[trace\] @\d+ LdaSmi acc=/);
    expect(text).toMatch(/\[trace\] @\d+ StaGlobal acc=42(\[|$)/);
    expect(text).toMatch(/\[trace\] @\d+ Return acc=/);
    // The frame is named once, before its first traced instruction.
    expect(text).toMatch(/^\[trace\] == <script> \(test\.js\)\s*\[trace\] @0 /);
  });
});

describe('stack traces', () => {
  it('formats frames as V8 does: named functions, constructors, top level', () => {
    const src = [
      'function inner() { throw new Error("deep"); }',
      'function Outer() { inner(); }',
      'let stack;',
      'try { new Outer(); } catch (e) { stack = e.stack; }',
      'stack',
    ].join('\n');
    expect(run(src)).toBe([
      'Error: deep',
      '    at inner (test.js:1:26)',
      '    at new Outer (test.js:2:20)',
      '    at test.js:4:7',
    ].join('\n'));
  });

  it('crosses kernel -> JS calls (a callback of a builtin)', () => {
    const src = '[1].map(function cb() { throw new TypeError("in cb"); })';
    const r = run(`let s; try { ${src}; } catch (e) { s = e.stack; } s`) as string;
    expect(r.split('\n')[0]).toBe('TypeError: in cb');
    expect(r).toContain('    at cb (test.js:1:');
  });
});
