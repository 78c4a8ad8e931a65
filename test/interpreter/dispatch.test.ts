// The dispatch switches of runtime/interpreter.ts use literal opcode numbers (for V8's jump
// tables) with the mnemonic in a comment: every label must name the opcode it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { Bytecode } from '../../runtime/generated/bytecodes.ts';

it('every case label of the dispatch loop is the opcode its comment names', () => {
  const source = readFileSync(path.resolve(__dirname, '../../runtime/interpreter.ts'), 'utf8');
  const labels = [...source.matchAll(/case (\d+) \/\* (\w+) \*\/:/g)];
  expect(labels.length).toBeGreaterThan(100);
  for (const [, number, name] of labels) {
    expect(Bytecode[name as keyof typeof Bytecode], `case ${number} /* ${name} */`).toBe(Number(number));
  }
  expect(source).not.toMatch(/case Bytecode\./);
});

it('every opcode but the prefixes has a case in the dispatch loop', () => {
  const source = readFileSync(path.resolve(__dirname, '../../runtime/interpreter.ts'), 'utf8');
  const handled = new Set([...source.matchAll(/case \d+ \/\* (\w+) \*\/:/g)].map((m) => m[1]));
  const missing = Object.keys(Bytecode).filter((name) => name !== 'Wide' && name !== 'ExtraWide' && !handled.has(name));
  expect(missing).toEqual([]);
});
