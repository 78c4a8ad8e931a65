// The REPL through the built binary with piped input (readline without a terminal still prompts):
// results printed as Node's REPL prints them, declarations that persist between inputs,
// multi-line input, uncaught errors that do not end the session. (Interactive use — history,
// Ctrl+C, arrow keys — is checked by hand under tmux; see the README.)
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ensureBuilt } from './build-once.ts';
import { repoRoot } from '../support/test262.ts';

const root = repoRoot();

function repl(input: string) {
  const r = spawnSync(process.execPath, ['dist/ouro.mjs'], {
    cwd: root, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, OURO_REPL_HISTORY: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('ouro (REPL)', () => {
  beforeAll(() => {
    ensureBuilt();
  });

  it('prints results, keeps declarations, reads multi-line input, survives errors', () => {
    const r = repl('1 + 2\nlet x = 5\nx * 2\nfunction f() {\nreturn 7 }\nf()\n{ a: 1 }\nnope\n"s"\nlet y = ;\n[1, [2]]\n.exit\n');
    expect(r.status).toBe(0);
    const results = r.stdout.split(/(?:> |\.\.\. )+/).map((s) => s.trim()).filter(Boolean);
    expect(results).toEqual(['3', 'undefined', '10', 'undefined', '7', '{ a: 1 }', "'s'", '[ 1, [ 2 ] ]']);
    expect(r.stderr).toContain('Uncaught ReferenceError: nope is not defined\n');
    expect(r.stderr).not.toContain('[repl]:1:1'); // the input's own frame is left out, as in Node
    expect(r.stderr).toContain("Uncaught SyntaxError: Unexpected token ';'\n");
  });

  it('awaits a top-level await expression and prints its value', () => {
    const r = repl('async function g() { return [7] }\nawait g()\nawait Promise.reject(new RangeError("no"))\n');
    const results = r.stdout.split(/(?:> )+/).map((s) => s.trim()).filter(Boolean);
    expect(results).toEqual(['undefined', '[ 7 ]']);
    expect(r.stderr).toMatch(/^Uncaught RangeError: no$/m);
  });

  it('runs timers and promise jobs before the next prompt', () => {
    const r = repl('setTimeout(() => console.log("tick"), 5); 0\nPromise.resolve(1).then((v) => console.log("then", v)); 1\n');
    expect(r.stdout).toMatch(/0\ntick\n> 1\nthen 1\n/);
  });
});
