// The expectations file (docs/test262.md, "Expectations"): the runs that passed when it was last
// recorded, so that a later run can tell regressions (expected to pass, fails now) from progress
// (passes now, not recorded). One line per test file that passed in at least one mode, sorted by
// name:
//
//   built-ins/Math/abs/S15.8.2.1_A1.js            passed in every mode it runs in
//   language/statements/with/foo.js sloppy         passed only in the mode named
//
// Lines starting with '#' are comments. The file is a function of the results only (no dates, no
// timings), so identical results give identical bytes.
import type { TestMode } from './metadata.ts';

/** Test name -> the modes that passed (null: every mode the test runs in). */
export type Expectations = Map<string, TestMode[] | null>;

export interface ModeResult {
  test: string;
  mode: TestMode;
  pass: boolean;
}

const HEADER = [
  '# test262 runs that pass on Ouro (docs/test262.md, "Expectations"). One test per line, sorted;',
  '# a mode after the name means only that mode passes. Regenerate: npm run test262 -- --update',
];

const MODES: readonly TestMode[] = ['sloppy', 'strict', 'module', 'raw'];

export function parseExpectations(text: string): Expectations {
  const map: Expectations = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [name, ...modes] = line.split(/\s+/);
    const list = modes.filter((m): m is TestMode => (MODES as string[]).includes(m));
    map.set(name!, list.length > 0 ? list : null);
  }
  return map;
}

export function formatExpectations(map: Expectations): string {
  const names = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [...HEADER];
  for (const name of names) {
    const modes = map.get(name)!;
    lines.push(modes === null ? name : `${name} ${[...modes].sort().join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

/** The expectations a set of results makes: a test with every run passing gets no mode list. */
export function expectationsOf(results: readonly ModeResult[]): Expectations {
  const byTest = new Map<string, { passed: TestMode[]; runs: number }>();
  for (const r of results) {
    let e = byTest.get(r.test);
    if (!e) byTest.set(r.test, (e = { passed: [], runs: 0 }));
    e.runs++;
    if (r.pass) e.passed.push(r.mode);
  }
  const map: Expectations = new Map();
  for (const [test, e] of byTest) {
    if (e.passed.length === 0) continue;
    map.set(test, e.passed.length === e.runs ? null : e.passed);
  }
  return map;
}

export function expectedToPass(map: Expectations, test: string, mode: TestMode): boolean {
  if (!map.has(test)) return false;
  const modes = map.get(test)!;
  return modes === null || modes.includes(mode);
}

export interface Comparison {
  /** Expected to pass, failed now. */
  regressions: ModeResult[];
  /** Passed now, not expected to. */
  newPasses: ModeResult[];
}

export function compareWithExpectations<R extends ModeResult>(map: Expectations, results: readonly R[]): { regressions: R[]; newPasses: R[] } {
  const regressions: R[] = [];
  const newPasses: R[] = [];
  for (const r of results) {
    const expected = expectedToPass(map, r.test, r.mode);
    if (expected && !r.pass) regressions.push(r);
    else if (!expected && r.pass) newPasses.push(r);
  }
  return { regressions, newPasses };
}

/** The expectations after a run: the entries of the tests that ran are replaced by what they did now. */
export function updateExpectations(map: Expectations, results: readonly ModeResult[]): Expectations {
  const out: Expectations = new Map(map);
  for (const r of results) out.delete(r.test);
  for (const [test, modes] of expectationsOf(results)) out.set(test, modes);
  return out;
}
