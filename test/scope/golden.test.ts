// Golden scope dumps (print.ts) for the programs in test/scope/golden/: each `NAME.js` (script)
// or `NAME.mjs` (module) is analysed and compared with `NAME.scopes.txt`. Regenerate with
//   UPDATE=1 npx vitest run test/scope/golden.test.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printScopes } from '../../stage0/scope/print.ts';
import { analyse } from './helpers.ts';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
const update = process.env.UPDATE === '1';

describe('golden scope dumps', () => {
  for (const file of readdirSync(dir).filter((f) => /\.m?js$/.test(f)).sort()) {
    it(file, () => {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const dump = printScopes(analyse(source, { module: file.endsWith('.mjs') }));
      const expectedPath = path.join(dir, file.replace(/\.m?js$/, '.scopes.txt'));
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, dump);
      expect(dump).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
