// Robustness sweep: parses prefixes and byte-mutated copies of a sample of test262 files and of
// the TypeScript fixture in all modes; reports any failure that is not a plain syntax error
// (an "Internal parser error" from the safety net in parser.ts, or a non-OuroSyntaxError).
//   node scripts/ts.mjs test/parse/truncate-sweep.ts [STEP]
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '../../stage0/parse/parser.ts';
import { OuroSyntaxError } from '../../stage0/parse/errors.ts';
import { test262Dir } from '../support/test262.ts';
import { listTests, sample } from './test262-files.ts';

const step = Number(process.argv[2] ?? 50);

let seed = 12345;
function random(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
}
const PIECES = ['(', ')', '{', '}', '[', ']', '`', '${', '/', '<', '>', ':', '?', '=>', ',', ';', '\\', '"', "'", '#', '@', '\n', 'async ', 'yield ', 'await ', 'let ', 'as ', 'type ', 'interface ', '<T>', '!'];
/** Deletes, duplicates or inserts a few pieces at random places. */
function mutate(src: string): string {
  let s = src;
  for (let n = 1 + random(3); n > 0; n--) {
    const at = random(s.length + 1);
    const op = random(3);
    if (op === 0) s = s.slice(0, at) + s.slice(at + 1 + random(8));
    else if (op === 1) s = s.slice(0, at) + s.slice(at, at + random(12)) + s.slice(at);
    else s = s.slice(0, at) + PIECES[random(PIECES.length)] + s.slice(at);
  }
  return s;
}
const test262 = test262Dir();
const files = sample(listTests(test262), step).map((f) => path.join(test262, f));
files.push(path.resolve('test/parse/fixtures/ts-features.ts.txt'));
let problems = 0;
let runs = 0;
for (const file of files) {
  const src = fs.readFileSync(file, 'utf8');
  const cut = Math.max(1, Math.floor(src.length / 40));
  const texts: string[] = [];
  for (let end = 0; end <= src.length; end += cut) texts.push(src.slice(0, end));
  for (let k = 0; k < 20; k++) texts.push(mutate(src));
  for (const text of texts) {
    for (const mode of ['script', 'module', 'ts'] as const) {
      runs++;
      try {
        parse(text, { sourceType: mode === 'script' ? 'script' : 'module', typescript: mode === 'ts' });
      } catch (e) {
        if (!(e instanceof OuroSyntaxError) || e.message.startsWith('Internal parser error')) {
          problems++;
          if (problems < 20) console.log(`${file} ${mode}: ${(e as Error).message}\n  ${JSON.stringify(text.slice(0, 300))}`);
        }
      }
    }
  }
}
console.log(`${runs} parses, ${problems} problems`);
process.exitCode = problems ? 1 : 0;
