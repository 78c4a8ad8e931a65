// Prints the scope analysis of a source string (debugging aid):
//   node scripts/ts.mjs test/scope/dump.ts 'let x = 1; f(() => x)' [module]
import * as acorn from 'acorn';
import { analyzeScopes } from '../../stage0/scope/analyze.ts';
import { printScopes } from '../../stage0/scope/print.ts';
import type { EsNode } from '../../stage0/scope/types.ts';

const source = process.argv[2] ?? '';
const sourceType = process.argv[3] === 'module' ? 'module' : 'script';
const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType, locations: true, ranges: true });
process.stdout.write(printScopes(analyzeScopes(ast as unknown as EsNode)));
