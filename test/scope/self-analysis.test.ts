// Ouro analyses its own TypeScript sources (parsed by Ouro's parser in TypeScript mode; type
// syntax is ignored by the analysis): every file must analyse and verify cleanly.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../stage0/parse/parser.ts';
import type { EsNode } from '../../stage0/scope/types.ts';
import { repoRoot } from '../support/test262.ts';
import { checkedAnalysis } from './helpers.ts';

describe("scope analysis of Ouro's own sources", () => {
  it('analyses every tracked .ts file without invariant violations', () => {
    const root = repoRoot();
    const files = execSync('git ls-files "*.ts"', { cwd: root }).toString().trim().split('\n');
    const failures: string[] = [];
    for (const file of files) {
      const source = readFileSync(path.join(root, file), 'utf8');
      let ast: EsNode;
      try {
        ast = parse(source, { sourceType: 'module', typescript: true }) as unknown as EsNode;
      } catch {
        continue; // a parser problem, reported by the parser's own tests
      }
      try {
        const { errors } = checkedAnalysis(ast);
        if (errors.length) failures.push(`${file}: ${errors.slice(0, 3).join('; ')}`);
      } catch (e) {
        failures.push(`${file}: threw ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
    expect(files.length).toBeGreaterThan(50);
  });
});
