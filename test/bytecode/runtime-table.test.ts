// runtime/generated/bytecodes.ts is generated from the opcode table; this fails when it is stale
// (regenerate: node scripts/ts.mjs stage0/bytecode/gen-runtime-table.ts) or not kernel TS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRuntimeTable, RUNTIME_TABLE_PATH } from '../../stage0/bytecode/gen-runtime-table.ts';
import { checkKernel } from '../../stage0/kernel/check.ts';
import { BYTECODE_NAMES, BYTECODES, instructionSize } from '../../stage0/bytecode/opcodes.ts';
import * as table from '../../runtime/generated/bytecodes.ts';
import { repoRoot } from '../support/test262.ts';

describe('runtime/generated/bytecodes.ts', () => {
  const file = path.join(repoRoot(), RUNTIME_TABLE_PATH);
  it('is up to date with the opcode table', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderRuntimeTable());
  });
  it('is kernel TS', () => {
    expect(checkKernel([{ path: RUNTIME_TABLE_PATH, source: readFileSync(file, 'utf8') }])).toEqual([]);
  });
  it('agrees with the host-side table', () => {
    BYTECODE_NAMES.forEach((name, op) => {
      expect(table.Bytecode[name]).toBe(op);
      expect(table.BytecodeOperandCount[op]).toBe(BYTECODES[name].operands.length);
      expect(table.BytecodeSizeSingle[op]).toBe(instructionSize(name, 1));
      expect(table.BytecodeSizeWide[op]).toBe(instructionSize(name, 2));
      expect(table.BytecodeSizeExtraWide[op]).toBe(instructionSize(name, 4));
    });
  });
});
