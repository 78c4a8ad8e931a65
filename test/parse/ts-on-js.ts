// TypeScript mode on JavaScript: every positive test262 file (sample) parsed with
// `typescript: true` should still parse (JavaScript is almost a subset of TypeScript) and give
// the same AST as JavaScript mode. Differences are grouped by message for inspection; some are
// inherent (`f<a>(b)` is a call with type arguments in TypeScript).
//   node scripts/ts.mjs test/parse/ts-on-js.ts [STEP]
import { parse } from '../../stage0/parse/parser.ts';
import { test262Dir, nonStandardFeatures } from '../support/test262.ts';
import { listTests, loadTest, sample, classifyFixtures } from './test262-files.ts';
import { firstDifference, normalize } from './acorn-diff.ts';

const step = Number(process.argv[2] ?? 1);
const test262 = test262Dir();
const all = listTests(test262);
const features = nonStandardFeatures(test262);
const fixtures = classifyFixtures(test262, all, features);
const byReason = new Map<string, string[]>();
let ran = 0;
let same = 0;
for (const file of sample(all, step)) {
  const tc = loadTest(test262, file, features, fixtures);
  if (tc.skip || tc.negative) continue;
  const sourceType = tc.goals[0] === 'module' ? 'module' : 'script';
  const strict = tc.goals[0] === 'strict';
  let js: unknown;
  try {
    js = parse(tc.source, { sourceType, strict });
  } catch {
    continue;
  }
  ran++;
  let reason: string | null;
  try {
    const tsAst = parse(tc.source, { sourceType, strict, typescript: true }) as any;
    delete tsAst.erasures;
    reason = firstDifference(normalize(tsAst), normalize(js));
    if (reason) reason = 'AST differs at ' + reason.replace(/\d+/g, 'N').slice(0, 60);
  } catch (e) {
    reason = (e as Error).message.replace(/'[^']*'/g, "'…'");
  }
  if (!reason) {
    same++;
    continue;
  }
  const list = byReason.get(reason) ?? [];
  list.push(file);
  byReason.set(reason, list);
}
for (const [r, list] of [...byReason].sort((a, b) => b[1].length - a[1].length).slice(0, 25)) {
  console.log(`${String(list.length).padStart(5)}  ${r}\n       e.g. ${list.slice(0, 2).join('  ')}`);
}
console.log(`${same}/${ran} JavaScript files parse identically in TypeScript mode`);
