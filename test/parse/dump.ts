// Development aid: parses CODE in TypeScript module mode and prints the erasures, the stripped
// source and (with a second argument) the AST without positions.
//   node scripts/ts.mjs test/parse/dump.ts 'let x: number = 1' [ast]
import { parse } from '../../stage0/parse/parser.ts';
import { applyErasures } from '../../stage0/strip/strip.ts';
const src = process.argv[2]!.replace(/\\n/g, '\n');
try {
  const p = parse(src, { sourceType: 'module', typescript: true });
  console.log(JSON.stringify(p.erasures));
  console.log(applyErasures(src, p.erasures!));
  if (process.argv[3]) console.log(JSON.stringify(p.body, (k, v) => (k === 'loc' || k === 'range' || k === 'start' || k === 'end' ? undefined : v), 1));
} catch (e) { console.log('ERR', (e as Error).message, (e as any).line, (e as any).column); }
