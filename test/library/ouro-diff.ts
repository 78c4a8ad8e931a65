// Developer tool: runs the library's console/built-in cases on Ouro itself (the kernel
// interpreter with the realm and stage1/, through test/realm/helpers.ts) and compares them with
// Node. Prints the differing cases and a summary.
//   node scripts/ts.mjs test/library/ouro-diff.ts [filter] [--all]
import { freshRealm, output } from '../realm/helpers.ts';
import { runOnNode } from './node-oracle.ts';
import { inspectCases } from './cases-inspect.ts';
import { builtinCases } from './cases-builtins.ts';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const filter = args.find((a) => !a.startsWith('--'));
const cases = [...inspectCases, ...builtinCases].filter((c) => filter === undefined || c.includes(filter));
freshRealm();
const expected = runOnNode(cases);
let failed = 0;
cases.forEach((c, i) => {
  let actual: string;
  try {
    const lines = output(`try { (function () { ${c}\n })(); } catch (e) { console.log('THREW', String(e)); }`);
    actual = lines.length === 0 ? '' : lines.join('\n') + '\n';
  } catch (e) {
    actual = `HOST ERROR ${String(e)}\n`;
  }
  // The realm helpers capture stdout and stderr together.
  const want = expected[i].stdout + expected[i].stderr;
  if (actual === want) return;
  failed++;
  if (showAll || failed <= 40) console.log(`=== ${c}\n--- node:\n${want}--- ouro:\n${actual}`);
});
console.log(`${cases.length - failed} of ${cases.length} cases print what Node prints on Ouro`);
