// Developer tool: prints the console cases where the library and Node differ, side by side.
// node scripts/ts.mjs test/library/show-diff.ts [filter]
import { createLibraryContext } from './harness.ts';
import { runOnNode, runInLibrary } from './node-oracle.ts';
import { inspectCases } from './cases-inspect.ts';
import { builtinCases } from './cases-builtins.ts';
import { regexpCases } from './cases-regexp.ts';

const filter = process.argv[2];
const cases = [...inspectCases, ...builtinCases, ...regexpCases].filter((c) => filter === undefined || c.includes(filter));
const lib = createLibraryContext();
const expected = runOnNode(cases);
const actual = runInLibrary(cases, (s) => lib.run(s), () => lib.takeOutput());
let failed = 0;
cases.forEach((c, i) => {
  if (actual[i].stdout === expected[i].stdout && actual[i].stderr === expected[i].stderr) return;
  failed++;
  console.log(`=== ${c}\n--- node:\n${expected[i].stdout}${expected[i].stderr}--- library:\n${actual[i].stdout}${actual[i].stderr}`);
});
console.log(`${failed} of ${cases.length} differ`);
