// Type-grammar stress test: parses .d.ts files (ambient TypeScript) found under the given
// directories in TypeScript mode and groups the failures by message. Non-erasable constructs
// (`export =`, `import x = require()`, `export as namespace`, enums) are expected rejections.
//   node scripts/ts.mjs test/parse/dts-sweep.ts node_modules/@types node_modules/typescript/lib
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '../../stage0/parse/parser.ts';

const files: string[] = [];
const walk = (d: string): void => {
  for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, ent.name);
    if (ent.isDirectory()) walk(p);
    else if (ent.name.endsWith('.d.ts') || ent.name.endsWith('.d.mts') || ent.name.endsWith('.d.cts')) files.push(p);
  }
};
for (const d of process.argv.slice(2)) walk(d);
const byMessage = new Map<string, string[]>();
let ok = 0;
const t0 = performance.now();
let bytes = 0;
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  bytes += src.length;
  try {
    parse(src, { sourceType: 'module', typescript: true, file: f });
    ok++;
  } catch (e) {
    const err = e as { message: string; line: number; column: number };
    const key = err.message.replace(/'[^']*'/g, "'…'");
    const list = byMessage.get(key) ?? [];
    list.push(`${f}:${err.line}:${err.column}`);
    byMessage.set(key, list);
  }
}
const ms = performance.now() - t0;
for (const [msg, list] of [...byMessage].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(list.length).padStart(5)}  ${msg}\n       e.g. ${list.slice(0, 3).join('  ')}`);
}
console.log(`${ok}/${files.length} parsed (${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms)`);
