// A small deterministic slice of the parser fuzzer runs with the unit tests; `npm run fuzz:parse`
// runs as many cases as asked (the bar is 100,000).
import { describe, expect, it } from 'vitest';
import { checkInput, fuzz } from './parse-fuzz.ts';
import { parse } from '../../stage0/parse/parser.ts';
import { OuroSyntaxError } from '../../stage0/parse/errors.ts';

describe('parser fuzzing', () => {
  it('accepts an AST or a located OuroSyntaxError as an outcome', () => {
    expect(() => parse('let x = (1 +', { sourceType: 'script' })).toThrow(OuroSyntaxError);
    expect(checkInput('let x = (1 +')).toBeNull();
    expect(checkInput('a b c')).toBeNull();
    expect(checkInput('function f() { return 1 }')).toBeNull();
  });

  it('survives 1,500 mutated test262 files without a non-SyntaxError failure', async () => {
    const failures = await fuzz({ cases: 1500, seed: 7, workers: 0, timeoutMs: 10000 }, () => {});
    expect(failures.map((f) => `case ${f.index} [${f.mode}]: ${f.error.split('\n')[0]}`)).toEqual([]);
  });
});
