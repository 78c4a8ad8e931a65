// Robustness sweep: parses every prefix (at token-ish boundaries) of a sample of test262 files
// and the TypeScript fixture in all modes; reports any failure that is not a plain syntax error
// (an "Internal parser error" from the safety net in parser.ts, or a non-OuroSyntaxError).
//   node scripts/ts.mjs test/parse/truncate-sweep.ts [STEP]
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '../../stage0/parse/parser.ts';
import { OuroSyntaxError } from '../../stage0/parse/errors.ts';
import { findTest262, listTests, sample } from './test262-files.ts';

const step = Number(process.argv[2] ?? 50);
const test262 = findTest262();
const files = sample(listTests(test262), step).map((f) => path.join(test262, f));
files.push(path.resolve('test/parse/fixtures/ts-features.ts.txt'));
let problems = 0;
let runs = 0;
for (const file of files) {
  const src = fs.readFileSync(file, 'utf8');
  const cut = Math.max(1, Math.floor(src.length / 40));
  for (let end = 0; end <= src.length; end += cut) {
    const text = src.slice(0, end);
    for (const mode of ['script', 'module', 'ts'] as const) {
      runs++;
      try {
        parse(text, { sourceType: mode === 'script' ? 'script' : 'module', typescript: mode === 'ts' });
      } catch (e) {
        if (!(e instanceof OuroSyntaxError) || e.message.startsWith('Internal parser error')) {
          problems++;
          if (problems < 20) console.log(`${file} [0, ${end}) ${mode}: ${(e as Error).message}`);
        }
      }
    }
  }
}
console.log(`${runs} parses, ${problems} problems`);
process.exitCode = problems ? 1 : 0;
