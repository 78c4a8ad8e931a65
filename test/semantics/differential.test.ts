// The semantics of values end to end: test/semantics/programs/*.js print one line per case
// (conversions, operators, property access, inline-cache invalidation) and must print what Node
// prints, case for case. The programs run with `ouro run` (dist/ouro.mjs: `npm run build` first);
// Node runs them as classic scripts (a .cjs copy, since the repository's package.json makes .js
// files modules, which are strict). Not under --gc-stress: booting the library alone takes
// minutes that way; the kernel-level tests of this folder run under --gc-stress instead.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const programsDir = path.join(import.meta.dirname, 'programs');
const programs = readdirSync(programsDir).filter((f) => f.endsWith('.js'));
const scratch = mkdtempSync(path.join(tmpdir(), 'ouro-semantics-'));

function nodeOutput(file: string): string {
  const copy = path.join(scratch, path.basename(file, '.js') + '.cjs');
  copyFileSync(file, copy);
  return execFileSync(process.execPath, [copy], { encoding: 'utf8' });
}

function ouroOutput(file: string, flags: string[]): string {
  return execFileSync(process.execPath, [path.join(repo, 'dist/ouro.mjs'), 'run', ...flags, file], { encoding: 'utf8', timeout: 120_000 });
}

/** Lines that differ, as "case => ouro (node: ...)". */
function differences(ouro: string, node: string): string[] {
  const a = ouro.split('\n');
  const b = node.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) out.push(`${a[i]}   (node: ${b[i]})`);
  return out;
}

describe('semantics programs against Node', () => {
  for (const program of programs) {
    const file = path.join(programsDir, program);
    it(`${program} prints what Node prints`, () => {
      const node = nodeOutput(file);
      expect(node.split('\n').length).toBeGreaterThan(50);
      expect(differences(ouroOutput(file, []), node)).toEqual([]);
    }, 120_000);
  }
});
