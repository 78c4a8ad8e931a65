// Golden disassembly: test/bytecode/golden/*.js|mjs → *.golden (source, then every function's
// frame size, bytecodes with source positions, constant pool and handler table).
// Regenerate with: UPDATE=1 npx vitest run test/bytecode
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytecodeCommand } from '../../stage0/bytecode/cli.ts';
import { allFunctions } from '../../stage0/bytecode/disassembler.ts';
import { verifyAll } from '../../stage0/bytecode/verifier.ts';
import { compile } from './helpers.ts';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
const sources = readdirSync(dir).filter((f) => /\.(js|mjs)$/.test(f)).sort();

function render(file: string): string {
  const source = readFileSync(path.join(dir, file), 'utf8');
  let out = '';
  const code = bytecodeCommand([path.join(dir, file)], {
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  const quoted = source.trimEnd().split('\n').map((l) => `// ${l}`.trimEnd()).join('\n');
  return `// ${file} (exit ${code})\n${quoted}\n\n${out}`;
}

describe('bytecode goldens', () => {
  for (const file of sources) {
    it(file, () => {
      const actual = render(file);
      const goldenPath = path.join(dir, file.replace(/\.m?js$/, '.golden'));
      if (process.env.UPDATE || !existsSync(goldenPath)) writeFileSync(goldenPath, actual);
      expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
      const fn = compile(readFileSync(path.join(dir, file), 'utf8'), file.endsWith('.mjs') ? 'module' : 'script');
      expect(verifyAll(fn)).toEqual([]);
      expect(allFunctions(fn).length).toBeGreaterThan(0);
    });
  }
  it('output is deterministic', () => {
    for (const file of sources) expect(render(file)).toBe(render(file));
  });
});
