// Parses every TypeScript file of the project in TypeScript mode, erases the types and checks
// that the result is JavaScript and the same program esbuild's own type stripping yields (both
// printed by esbuild, compared as ESTree without positions).
//   node scripts/ts.mjs test/parse/self-strip.ts [DIR...]
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { transformSync } from 'esbuild';
import { parse } from '../../stage0/parse/parser.ts';
import { applyErasures } from '../../stage0/strip/strip.ts';
import { repoRoot } from '../support/test262.ts';

function walk(dir: string, out: string[]): void {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory() && ent.name !== 'node_modules') walk(p, out);
    else if ((ent.name.endsWith('.ts') && !ent.name.endsWith('.d.ts')) || ent.name.endsWith('.ts.txt')) out.push(p);
  }
}

/**
 * ESTree without positions, for comparing programs that differ only in layout. Empty statements
 * are dropped: the ASI guards of erased statements (`;`) add some, by design.
 */
function shape(src: string): string {
  const ast = acorn.parse(src, { ecmaVersion: 'latest', sourceType: 'module' });
  return JSON.stringify(ast, (k, v) => {
    if (k === 'start' || k === 'end' || k === 'raw') return undefined;
    if (typeof v === 'bigint') return String(v);
    if (Array.isArray(v)) return v.filter((n) => !(n && n.type === 'EmptyStatement'));
    return v;
  });
}

const root = repoRoot();
const dirs = process.argv.slice(2);
const files: string[] = [];
for (const d of dirs.length ? dirs : ['stage0', 'runtime', 'stage1', 'codegen-x64', 'codegen-arm64', 'test']) {
  const dir = path.resolve(root, d);
  if (fs.existsSync(dir)) walk(dir, files);
}
let ok = 0;
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const rel = path.relative(root, f);
  try {
    const program = parse(src, { sourceType: 'module', typescript: true, file: rel });
    const js = applyErasures(src, program.erasures ?? []);
    // Both sides go through esbuild's printer so that only the programs are compared.
    const tsconfigRaw = { compilerOptions: { verbatimModuleSyntax: true } };
    const mine = shape(transformSync(js, { loader: 'js', format: 'esm', target: 'esnext' }).code);
    const theirs = shape(transformSync(src, { loader: 'ts', format: 'esm', target: 'esnext', tsconfigRaw }).code);
    if (mine !== theirs) {
      console.log(`DIFF ${rel}: stripped program differs from esbuild's`);
      fs.writeFileSync('/tmp/self-strip-' + path.basename(f) + '.js', js);
      continue;
    }
    ok++;
  } catch (e) {
    const err = e as { message: string; line?: number; column?: number };
    console.log(`FAIL ${rel}: ${err.message} (${err.line}:${err.column})`);
  }
}
console.log(`${ok}/${files.length} files stripped to the same program as esbuild`);
