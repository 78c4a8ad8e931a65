// A deterministic sample (every 20th file) of the acorn differential: every positive test262
// file acorn accepts must give the same ESTree (after the documented normalization).
import { describe, expect, it } from 'vitest';
import { diffSource, normalize, firstDifference } from './acorn-diff.ts';
import { test262Dir, nonStandardFeatures } from '../support/test262.ts';
import { listTests, loadTest, sample, classifyFixtures } from './test262-files.ts';

describe('acorn differential (every 20th test262 file)', () => {
  it('produces the same AST as acorn', () => {
    const test262 = test262Dir();
    const all = listTests(test262);
    const features = nonStandardFeatures(test262);
    const fixtures = classifyFixtures(test262, all, features);
    const diffs: string[] = [];
    let compared = 0;
    for (const file of sample(all, 20)) {
      const tc = loadTest(test262, file, features, fixtures);
      if (tc.skip || tc.negative) continue;
      const goal = tc.goals[0]!;
      const r = diffSource(tc.source, goal === 'module' ? 'module' : 'script', goal === 'strict');
      if (r.skip) continue;
      compared++;
      if (r.reason) diffs.push(`${file}: ${r.reason}`);
    }
    expect(compared).toBeGreaterThan(2000);
    expect(diffs).toEqual([]);
  });

  it('normalizes only the documented differences', () => {
    const a = { type: 'FunctionDeclaration', annexB: true, id: null };
    const b = { type: 'FunctionDeclaration', id: null };
    expect(firstDifference(normalize(a), normalize(b))).toBeNull();
    const r1 = { type: 'Literal', value: /x/, regex: { pattern: 'x', flags: '' } };
    const r2 = { type: 'Literal', value: null, regex: { pattern: 'x', flags: '' } };
    expect(firstDifference(normalize(r1), normalize(r2))).toBeNull();
    expect(firstDifference(normalize({ type: 'Literal', value: 1 }), normalize({ type: 'Literal', value: 2 }))).toContain('.value');
  });
});
