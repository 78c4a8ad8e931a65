// A reader that goes away (`ouro run app.js | head -1`): Ouro drops the rest of the output and
// exits with the program's status, as Node does, instead of an internal EPIPE error.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './build-once.ts';

describe('output to a closed pipe', () => {
  it('is dropped quietly: exit status 0, nothing on stderr', () => {
    const root = ensureBuilt();
    const ouro = path.join(root, 'dist/ouro.mjs');
    // `head -c 4` closes the pipe after a few bytes while the program still prints.
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${ouro}" -e 'for (let i = 0; i < 200000; i++) console.log(i)' 2>err.txt | head -c 4 >/dev/null; echo "status=$?"; cat err.txt; rm -f err.txt`], {
      cwd: root, encoding: 'utf8', timeout: 120_000,
    });
    expect(r.stdout.trim()).toBe('status=0');
  }, 180_000);
});
