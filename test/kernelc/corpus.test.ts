// The kernel-TS corpus (test/kernelc/programs/*.ts): every program is compiled to a native ELF
// executable and also run on Node; stdout and exit status must be identical. The executable must
// pass `readelf -a` without a warning and `objdump -d` must name each of its functions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../stage0/kernelc/cli.ts';
import { compileProgram } from '../../stage0/kernelc/compile.ts';

const PROGRAMS = path.join(import.meta.dirname, 'programs');
const files = readdirSync(PROGRAMS).filter((f) => f.endsWith('.ts')).sort();
const dir = mkdtempSync(path.join(tmpdir(), 'ouro-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kernel-TS corpus: native vs Node', () => {
  it('has at least 20 programs', () => expect(files.length).toBeGreaterThanOrEqual(20));

  for (const file of files) {
    it(file, () => {
      const source = path.join(PROGRAMS, file);
      const { elf, lir } = compileProgram(source);
      const exe = path.join(dir, file.replace(/\.ts$/, ''));
      writeFileSync(exe, elf, { mode: 0o755 });
      const native = spawnSync(exe, [], { encoding: 'utf8', timeout: 60_000 });
      const nodeDir = mkdtempSync(path.join(dir, 'node-'));
      const node = spawnSync(process.execPath, [bundleForNode(source, nodeDir)], { encoding: 'utf8', timeout: 60_000 });
      expect(node.stderr.replace(/\n\s+at .*/g, '')).toBe(native.stderr);
      expect(native.stdout).toBe(node.stdout);
      expect(native.status).toBe(node.status);
      expect(native.stdout.length).toBeGreaterThan(0);

      const readelf = spawnSync('readelf', ['-a', '-W', exe], { encoding: 'utf8' });
      expect(readelf.status).toBe(0);
      expect(readelf.stderr).toBe('');
      expect(readelf.stdout).not.toMatch(/readelf: (warning|error)|corrupt/i);
      const objdump = spawnSync('objdump', ['-d', exe], { encoding: 'utf8' });
      for (const fn of lir.functions) expect(objdump.stdout).toContain(`<${fn.name}>:`);
    });
  }
});
