// The test262 and V8-oracle checks of test262-regexp.ts, as assertions (skipped without test262).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateRegExpLiteral } from '../../stage0/parse/regexp.ts';
import { generatedCorpus, grammarCorpus, loadTestFiles, runAcornOracle, runOracle, runTest262, TEST262_DIR } from './test262-regexp.ts';

describe.skipIf(!fs.existsSync(`${TEST262_DIR}/test/built-ins/RegExp`))('regexp parser vs test262 and V8', () => {
  const { files, skipped } = loadTestFiles();

  it('rejects every negative test with a pattern error and accepts every positive literal', () => {
    const r = runTest262(files, skipped);
    expect(r.negative.accepted).toEqual([]);
    expect(r.positive.rejected).toEqual([]);
    expect(r.positive.rejectedWithoutAnnexB).toEqual([]);
    expect(r.constructed.wrong).toEqual([]);
    // The rest are lexical errors of the literal token or JS errors around it (reported by the JS parser).
    expect(r.negative.rejected + r.negative.noLiteral.length + r.negative.notPatternErrors.length).toBe(r.negative.total);
    expect(r.negative.rejected).toBeGreaterThanOrEqual(360);
  });

  it('agrees with V8 except for verified gaps of the host V8', () => {
    const corpus = files.flatMap((f) => f.patterns.map((p) => ({ pattern: p.pattern, flags: p.flags })));
    for (const o of [runOracle(corpus), runOracle(generatedCorpus(50000)), runOracle(grammarCorpus(30000))]) {
      expect(o.crashes).toEqual([]);
      expect(o.unexplained).toEqual([]);
    }
  });

  it('Annex B only widens the non-u grammar, and changes nothing in u/v mode', () => {
    const corpus = [...files.flatMap((f) => f.patterns), ...generatedCorpus(30000), ...grammarCorpus(30000)];
    const narrowed: string[] = [];
    for (const { pattern, flags } of corpus) {
      const withB = validateRegExpLiteral(pattern, flags, true);
      const withoutB = validateRegExpLiteral(pattern, flags, false);
      const unicode = /[uv]/.test(flags);
      if (unicode ? JSON.stringify(withB) !== JSON.stringify(withoutB) : withB !== null && withoutB === null) {
        narrowed.push(`/${pattern}/${flags}`);
      }
    }
    expect(narrowed).toEqual([]);
  });

  it('agrees with acorn except for its known [\\k] leniency', () => {
    const corpus = files.flatMap((f) => f.patterns.map((p) => ({ pattern: p.pattern, flags: p.flags })));
    for (const a of [runAcornOracle(corpus), runAcornOracle(generatedCorpus(50000)), runAcornOracle(grammarCorpus(30000))]) expect(a.disagree).toEqual([]);
  });
});
