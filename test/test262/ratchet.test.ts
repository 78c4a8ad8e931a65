// The test262 ratchet of `make test`: a deterministic sample of about 4,000 test files of standard
// features (Temporal and Intl left out; those with the smallest hashes of their names,
// stage0/test262/discover.ts) run on all cores, compared with
// test/test262/expectations.txt. A run the expectations say passes and that fails now is a
// regression and fails this test; runs that newly pass are printed (record them with
// `npm run test262 -- --update`, or for the sample alone `npm run test262 -- --sample=4000 --update`).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runTest262, findTest262 } from '../../stage0/test262/runner.ts';
import { parseExpectations, compareWithExpectations } from '../../stage0/test262/expectations.ts';

export const RATCHET_SAMPLE = 4000;
const root = findTest262();
const expectationsFile = path.resolve(import.meta.dirname, 'expectations.txt');

describe.skipIf(!root || !existsSync(expectationsFile))('test262 ratchet', () => {
  it(`no regressions in a sample of ${RATCHET_SAMPLE} test files`, async () => {
    const expected = parseExpectations(readFileSync(expectationsFile, 'utf8'));
    const run = await runTest262({ root: root!, sample: RATCHET_SAMPLE, standardOnly: true });
    let { regressions, newPasses } = compareWithExpectations(expected, run.results);
    if (regressions.length > 0) {
      // A test close to the time limit (a few need 10-20 s of CPU) can fail once: a regression is
      // a run that fails again, alone, with three times the limit.
      const again = await runTest262({ root: root!, paths: [...new Set(regressions.map((r) => r.test))], timeoutMs: 60_000 });
      const failedAgain = new Set(again.results.filter((r) => !r.pass).map((r) => `${r.test} ${r.mode}`));
      regressions = regressions.filter((r) => failedAgain.has(`${r.test} ${r.mode}`));
    }
    const passed = run.results.filter((r) => r.pass).length;
    console.log(`test262 ratchet: ${run.tests.length} files, ${passed}/${run.results.length} runs pass, ` +
      `${newPasses.length} newly, ${regressions.length} regressions (${(run.elapsedMs / 1000).toFixed(0)} s)`);
    if (newPasses.length > 0) {
      console.log(`newly passing (not in expectations.txt):\n${newPasses.slice(0, 50).map((r) => `  ${r.test} (${r.mode})`).join('\n')}` +
        (newPasses.length > 50 ? `\n  … and ${newPasses.length - 50} more` : ''));
    }
    expect(regressions.map((r) => `${r.test} (${r.mode}): ${r.message}`)).toEqual([]);
    // About 3 minutes of CPU time: a few minutes on 2 idle cores, much longer on a loaded machine.
  }, 1_800_000);
});
