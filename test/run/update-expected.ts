// Regenerates test/run/expected/ from Node for every corpus program (or the ones named):
//   node scripts/ts.mjs test/run/update-expected.ts [NAME.js …]
// (`UPDATE=1 npx vitest run test/run/corpus.test.ts` does the same before comparing.)
import { listPrograms, writeExpectedFromNode } from './corpus.ts';

const names = process.argv.slice(2);
for (const program of names.length > 0 ? names : listPrograms()) {
  writeExpectedFromNode(program);
  console.log('updated', program);
}
