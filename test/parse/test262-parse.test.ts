// A deterministic sample (every 10th file) of the test262 parse-conformance run: no file may
// fail unless it is listed in test262-parse-expected-failures.txt (regenerate with
// `node scripts/ts.mjs test/parse/test262-parse.ts --update`), and listed files that now pass
// are reported so the list shrinks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED_FAILURES_FILE, runCase } from './test262-parse.ts';
import { test262Dir, repoRoot, nonStandardFeatures } from '../support/test262.ts';
import { listTests, loadTest, sample, classifyFixtures } from './test262-files.ts';

describe('test262 parse conformance (every 10th file)', () => {
  it('has no failures beyond the expected ones', () => {
    const test262 = test262Dir();
    const all = listTests(test262);
    const features = nonStandardFeatures(test262);
    const fixtures = classifyFixtures(test262, all, features);
    const expected = new Set(
      fs.readFileSync(path.join(repoRoot(), EXPECTED_FAILURES_FILE), 'utf8').split('\n').filter(Boolean),
    );
    const files = sample(all, 10);
    const unexpected: string[] = [];
    const fixed: string[] = [];
    let ran = 0;
    for (const file of files) {
      const outcome = runCase(loadTest(test262, file, features, fixtures));
      if (outcome.skip) continue;
      ran++;
      if (!outcome.pass && !expected.has(file)) unexpected.push(`${file}: ${outcome.reason}`);
      if (outcome.pass && expected.has(file)) fixed.push(file);
    }
    expect(ran).toBeGreaterThan(4000);
    expect(unexpected).toEqual([]);
    expect(fixed, 'now passing: remove from the expected-failures file').toEqual([]);
  });
});
