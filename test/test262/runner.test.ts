// The test262 runner on a small fake test262 tree (the real harness files, tests written here):
// modes, harness includes, async tests, negative tests, timeouts with a worker restart, filters,
// the summary and the expectations file.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test262Dir } from '../support/test262.ts';
import { runTest262, summarize, formatSummary, interleavedOrder, type Test262Run } from '../../stage0/test262/runner.ts';
import { parseMetadata, modesOf } from '../../stage0/test262/metadata.ts';
import { discoverTests } from '../../stage0/test262/discover.ts';
import { expectationsOf, formatExpectations, parseExpectations, compareWithExpectations, updateExpectations } from '../../stage0/test262/expectations.ts';

const TESTS: Record<string, string> = {
  'pass.js': `/*---\ndescription: passes\n---*/\nassert.sameValue(1 + 1, 2);\n`,
  'fail.js': `/*---\ndescription: fails\n---*/\nassert.sameValue(1, 2, 'one is two');\n`,
  'strict-this.js': `/*---\ndescription: passes in strict mode only\n---*/\n(function () { assert.sameValue(this, undefined); })();\n`,
  'only-strict.js': `/*---\nflags: [onlyStrict]\n---*/\n(function () { assert.sameValue(this, undefined); })();\n`,
  'no-strict.js': `/*---\nflags:\n  - noStrict\n---*/\nwith ({}) {}\n`,
  'raw.js': `/*---\nflags: [raw]\n---*/\nif (typeof assert !== 'undefined') throw new Error('harness loaded in a raw test');\n`,
  'include.js': `/*---\nincludes: [compareArray.js]\n---*/\nassert.compareArray([1, 2], [1, 2]);\n`,
  'async-ok.js': `/*---\nflags: [async]\n---*/\nPromise.resolve().then(function () { $DONE(); });\n`,
  'async-fail.js': `/*---\nflags: [async]\n---*/\nPromise.resolve().then(function () { $DONE(new Test262Error('boom')); });\n`,
  'async-never.js': `/*---\nflags: [async]\n---*/\nPromise.resolve();\n`,
  'neg-parse.js': `/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n$DONOTEVALUATE();\nvar x = ;\n`,
  'neg-parse-wrong.js': `/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\nvar x = 1;\n`,
  'neg-runtime.js': `/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/\nnull.x;\n`,
  'neg-runtime-wrong.js': `/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/\nthrow new RangeError('no');\n`,
  'loop.js': `/*---\nflags: [onlyStrict]\n---*/\nfor (;;) {}\n`,
  'proposal.js': `/*---\nfeatures: [a-proposal]\n---*/\nthrow new Error('proposals are skipped');\n`,
  'feature.js': `/*---\nfeatures: [Symbol, let]\n---*/\nassert.sameValue(typeof Symbol(), 'symbol');\n`,
  'helper_FIXTURE.js': `throw new Error('fixtures are not tests');\n`,
  'mod_FIXTURE.js': `export var x = 1;\n`,
  'module.js': `/*---\nflags: [module]\n---*/\nimport { x } from './mod_FIXTURE.js';\nassert.sameValue(x, 1);\n`,
  'module-unresolvable.js': `/*---\nflags: [module]\nnegative:\n  phase: resolution\n  type: SyntaxError\n---*/\n$DONOTEVALUATE();\nimport { nope } from './mod_FIXTURE.js';\n`,
};

let root: string;
let run: Test262Run;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ouro-test262-'));
  mkdirSync(path.join(root, 'harness'));
  mkdirSync(path.join(root, 'test/dir'), { recursive: true });
  for (const h of ['assert.js', 'sta.js', 'doneprintHandle.js', 'compareArray.js']) {
    writeFileSync(path.join(root, 'harness', h), readFileSync(path.join(test262Dir(), 'harness', h)));
  }
  writeFileSync(path.join(root, 'features.txt'), '## Proposed\na-proposal\n\n## Standard language features\nSymbol\nlet\n');
  for (const [name, text] of Object.entries(TESTS)) writeFileSync(path.join(root, 'test/dir', name), text);
  run = await runTest262({ root, paths: ['dir'], workers: 2, timeoutMs: 3000 });
});

function outcome(test: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of run.results.filter((x) => x.test === `dir/${test}`)) out[r.mode] = r.pass ? 'pass' : r.message;
  return out;
}

describe('metadata', () => {
  it('reads inline and block lists, negative, and gives the modes', () => {
    const md = parseMetadata(`/*---\ndescription: |\n  flags: [raw]\nincludes: [a.js, "b.js"]\nflags:\n  - async\n  - onlyStrict\nnegative:\n  phase: runtime\n  type: TypeError\n---*/`);
    expect(md.includes).toEqual(['a.js', 'b.js']);
    expect(md.flags).toEqual(['async', 'onlyStrict']);
    expect(md.negative).toEqual({ phase: 'runtime', type: 'TypeError' });
    expect(modesOf(md)).toEqual(['strict']);
    expect(modesOf(parseMetadata('/*---\n---*/'))).toEqual(['sloppy', 'strict']);
  });
});

describe('a run on a fake test262', () => {
  it('skips fixtures and proposals', () => {
    expect(run.tests.map((t) => t.name)).not.toContain('dir/helper_FIXTURE.js');
    expect(run.tests.map((t) => t.name)).not.toContain('dir/proposal.js');
    expect(run.skipped).toBe(1);
  });

  it('runs tests without mode flags twice, and the others once', () => {
    expect(outcome('pass.js')).toEqual({ sloppy: 'pass', strict: 'pass' });
    expect(outcome('strict-this.js').strict).toBe('pass');
    expect(outcome('strict-this.js').sloppy).toMatch(/Test262Error: Expected SameValue/);
    expect(outcome('only-strict.js')).toEqual({ strict: 'pass' });
    expect(outcome('no-strict.js')).toEqual({ sloppy: 'pass' });
    expect(outcome('raw.js')).toEqual({ raw: 'pass' });
    expect(outcome('include.js')).toEqual({ sloppy: 'pass', strict: 'pass' });
  });

  it('runs module tests with their fixtures, and decides resolution-phase errors', () => {
    expect(outcome('module.js')).toEqual({ module: 'pass' });
    expect(outcome('module-unresolvable.js')).toEqual({ module: 'pass' });
  });

  it('reports assertion failures with their message', () => {
    expect(outcome('fail.js').sloppy).toMatch(/^Test262Error: .*one is two/);
  });

  it('decides async tests by what $DONE prints', () => {
    expect(outcome('async-ok.js')).toEqual({ sloppy: 'pass', strict: 'pass' });
    // doneprintHandle.js: an error without `name` prints as 'Test262Error: ' + String(error).
    expect(outcome('async-fail.js').sloppy).toBe('Test262Error: Test262Error: boom');
    expect(outcome('async-never.js').strict).toMatch(/did not complete/);
  });

  it('decides negative tests by phase and type', () => {
    expect(outcome('neg-parse.js')).toEqual({ sloppy: 'pass', strict: 'pass' });
    expect(outcome('neg-parse-wrong.js').sloppy).toMatch(/expected a parse-phase SyntaxError/);
    expect(outcome('neg-runtime.js')).toEqual({ sloppy: 'pass', strict: 'pass' });
    expect(outcome('neg-runtime-wrong.js').sloppy).toMatch(/expected a runtime TypeError, got RangeError: no/);
  });

  it('kills a test that runs past the time limit, and goes on with a new worker', () => {
    expect(outcome('loop.js').strict).toMatch(/^timeout \(3 s of (CPU|wall) time\)$/);
    expect(run.results.every((r) => r !== undefined)).toBe(true);
  });

  it('stops when asked, with the results of the tests whose runs all finished', async () => {
    const stop = new AbortController();
    const part = await runTest262({
      root, paths: ['dir'], workers: 1, timeoutMs: 3000, signal: stop.signal, onProgress: (done) => { if (done === 3) stop.abort(); },
    });
    expect(part.interrupted).toBe(true);
    expect(part.results.length).toBeGreaterThan(0);
    expect(part.results.length).toBeLessThan(part.planned);
    for (const t of part.tests) expect(part.results.filter((r) => r.test === t.name).length).toBe(t.modes.length);
  });

  it('hands out jobs directory by directory in chunks, in hash order within a directory', () => {
    const names = ['a/x/1', 'a/x/2', 'a/x/3', 'b/y/1', 'b/y/1', 'b/y/2'];
    const order = interleavedOrder(names, 2, 2);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    // The first chunk of each directory comes before the second chunk of any.
    expect(order.slice(0, 4).map((i) => names[i]!.slice(0, 1)).sort()).toEqual(['a', 'a', 'b', 'b']);
    // Both modes of a test stay together.
    const whole = interleavedOrder(names, 2, 3);
    expect(Math.abs(whole.indexOf(3) - whole.indexOf(4))).toBe(1);
  });

  it('filters by feature', () => {
    const d = discoverTests({ root, paths: ['dir'], features: ['Symbol'] });
    expect(d.tests.map((t) => t.name)).toEqual(['dir/feature.js']);
  });

  it('summarizes by directory', () => {
    const s = summarize(run, 1);
    expect(s.rows).toEqual([{ name: 'dir', files: 18, runs: 30, passed: 18 }]);
    expect(formatSummary(s)).toMatch(/^dir\s+18\s+30\s+18\s+60\.0%$/m);
  });
});

describe('expectations', () => {
  it('records passing runs compactly, sorted, with a mode only when one mode passes', () => {
    const text = formatExpectations(expectationsOf(run.results));
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toContain('dir/pass.js');
    expect(lines).toContain('dir/strict-this.js strict');
    expect(lines).not.toContain('dir/fail.js');
    expect([...lines].sort()).toEqual(lines);
    expect(formatExpectations(parseExpectations(text))).toBe(text);
  });

  it('tells regressions from new passes, and an update keeps the entries of tests not run', () => {
    const expected = parseExpectations('dir/fail.js\ndir/strict-this.js\nother/test.js\n');
    const { regressions, newPasses } = compareWithExpectations(expected, run.results);
    expect(regressions.map((r) => `${r.test} ${r.mode}`)).toEqual(['dir/fail.js sloppy', 'dir/fail.js strict', 'dir/strict-this.js sloppy']);
    expect(newPasses.map((r) => r.test)).toContain('dir/pass.js');
    const updated = updateExpectations(expected, run.results);
    expect(updated.has('other/test.js')).toBe(true);
    expect(updated.has('dir/fail.js')).toBe(false);
    expect(updated.get('dir/strict-this.js')).toEqual(['strict']);
  });
});
