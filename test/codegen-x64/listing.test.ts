// Golden machine-code listing (the `--print-asm` text) of the LIR sample program
// (test/kernelc/lir/sample.ts), so that every change to instruction selection or register
// allocation shows up in review. `UPDATE=1 npx vitest run test/codegen-x64` regenerates it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProgram } from '../../stage0/kernelc/compile.ts';

const SAMPLE = path.join(import.meta.dirname, '..', 'kernelc', 'lir', 'sample.ts');
const GOLDEN = path.join(import.meta.dirname, 'sample.asm.golden');

describe('x86-64 listing', () => {
  it('matches the golden listing of the sample program', () => {
    const { machine } = compileProgram(SAMPLE);
    const text = machine.listing
      .map((f) => `${f.name}:\n${f.lines.map((l) => `  ${(l.offset - f.offset).toString(16).padStart(4, '0')}  ${l.text}`).join('\n')}\n`)
      .join('\n');
    if (process.env.UPDATE === '1') writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
