// The ouro command line, run in-process through main() with a captured Io, and once end to end
// through dist/ouro.mjs to prove the built binary starts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../stage0/cli/ouro.ts';
import type { Io } from '../../stage0/cli/io.ts';
import { ensureBuilt } from './build-once.ts';

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readFile: (p) => { if (p in files) return files[p]; throw new Error(`no file ${p}`); },
    writeFile: (p, t) => { files[p] = t; },
    stderrIsTTY: false,
  };
  return main(argv, io).then((status) => ({ status, stdout, stderr, files }));
}

describe('ouro parse', () => {
  it('prints an outline with positions', async () => {
    const r = await run(['parse', 'a.js'], { 'a.js': 'let x = 1 + 2;\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Program @1:1-2:1 sourceType="script"/);
    expect(r.stdout).toMatch(/BinaryExpression @1:9-1:14 operator="\+"/);
  });

  it('prints ESTree JSON with --json', async () => {
    const r = await run(['parse', 'a.mjs', '--json'], { 'a.mjs': 'export const a = 1;' });
    const ast = JSON.parse(r.stdout);
    expect(ast.type).toBe('Program');
    expect(ast.sourceType).toBe('module');
    expect(ast.body[0].type).toBe('ExportNamedDeclaration');
  });

  it('treats a .js file with module syntax as a module', async () => {
    const r = await run(['parse', 'm.js', '--json'], { 'm.js': 'import a from "a";\nawait a;' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sourceType).toBe('module');
  });

  it('reports a syntax error with file:line:col and a code frame', async () => {
    const r = await run(['parse', 'bad.js'], { 'bad.js': 'let a = 1;\nlet b = ;\nlet c = 3;\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^bad\.js:2:9: SyntaxError: /);
    expect(r.stderr).toContain('> 2 | let b = ;');
    expect(r.stderr).toContain('    |         ^');
    expect(r.stderr).not.toMatch(/\x1b\[/); // no colour when not a TTY
  });
});

describe('ouro parse --check', () => {
  it('prints one line per file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ouro-check-'));
    const good = path.join(dir, 'good.js');
    const bad = path.join(dir, 'bad.js');
    writeFileSync(good, 'var x = 1;');
    writeFileSync(bad, 'var = 1;');
    const r = await run(['parse', '--check', good, bad]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      `ok ${good}`,
      expect.stringMatching(new RegExp(`^error ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: SyntaxError: .+ \\(1:5\\)$`)),
    ]);
  });
});

describe('ouro strip', () => {
  it('erases types to stdout', async () => {
    const r = await run(['strip', 'a.ts'], { 'a.ts': 'let a: number = 1;\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('let a         = 1;\n');
  });

  it('rejects non-erasable TypeScript with the construct and line', async () => {
    const r = await run(['strip', 'e.ts'], { 'e.ts': 'let a = 1;\nenum Color { Red }\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^e\.ts:2:1: SyntaxError: .*enum/);
  });
});

describe('unknown commands', () => {
  it('are usage errors, also when named like Object.prototype members', async () => {
    for (const name of ['frobnicate', 'constructor', 'toString', '__proto__']) {
      const r = await run([name]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`unknown command '${name}'`);
    }
  });
});

describe('the built binary', () => {
  it('runs from dist/ouro.mjs and reports usage errors cleanly', () => {
    const root = ensureBuilt();
    const ok = spawnSync(process.execPath, ['dist/ouro.mjs', 'help'], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('ouro parse FILE');
    const bad = spawnSync(process.execPath, ['dist/ouro.mjs', 'parse', 'no/such/file.js'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('cannot open no/such/file.js: no such file\n');
  });
});
