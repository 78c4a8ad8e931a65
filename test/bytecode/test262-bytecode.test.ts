// Generates bytecode for positive test262 tests under test/language and verifies every function:
// the generator must either produce bytecode the verifier accepts or raise "not supported yet"
// (never crash). Each file runs in its own mode (module, or sloppy unless onlyStrict); every
// third file that may also run strict is generated a second time with "use strict". Prints the
// share generated and the unsupported constructs. test262 is read in place, never copied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotSupportedError } from '../../stage0/bytecode/generator.ts';
import { verifyAll } from '../../stage0/bytecode/verifier.ts';
import { listJsFiles, nonStandardFeatures, test262Dir } from '../support/test262.ts';
import { compile } from './helpers.ts';

interface Outcome {
  variants: number;
  generated: number;
  unsupported: Map<string, number>;
  crashes: string[];
  rejected: string[];
  skippedParse: number;
}

function frontmatter(text: string): string {
  return /\/\*---([\s\S]*?)---\*\//.exec(text)?.[1] ?? '';
}

function run(): Outcome {
  const root = test262Dir();
  const proposals = nonStandardFeatures(root);
  const out: Outcome = { variants: 0, generated: 0, unsupported: new Map(), crashes: [], rejected: [], skippedParse: 0 };
  let strictTurn = 0;
  for (const file of listJsFiles(path.join(root, 'test/language'))) {
    if (file.includes('_FIXTURE')) continue;
    const text = readFileSync(file, 'utf8');
    const meta = frontmatter(text);
    if (/^\s*negative:/m.test(meta)) continue;
    const features = /features:\s*\[([^\]]*)\]/.exec(meta)?.[1]?.split(',').map((s) => s.trim()) ?? [];
    if (features.some((f) => proposals.has(f))) continue;
    const flags = /flags:\s*\[([^\]]*)\]/.exec(meta)?.[1] ?? '';
    const isModule = /\bmodule\b/.test(flags);
    const variants: string[] = [];
    if (isModule) variants.push(text);
    else if (/\bonlyStrict\b/.test(flags)) variants.push('"use strict";\n' + text);
    else {
      variants.push(text);
      if (!/\b(noStrict|raw)\b/.test(flags) && strictTurn++ % 3 === 0) variants.push('"use strict";\n' + text);
    }
    const rel = path.relative(root, file);
    for (const source of variants) {
      let fn;
      try {
        fn = compile(source, isModule ? 'module' : 'script');
      } catch (e) {
        if (e instanceof NotSupportedError) {
          out.variants++;
          out.unsupported.set(e.construct, (out.unsupported.get(e.construct) ?? 0) + 1);
        } else if (e instanceof SyntaxError) {
          out.skippedParse++;
        } else {
          out.variants++;
          out.crashes.push(`${rel}: ${(e as Error).message}`);
        }
        continue;
      }
      out.variants++;
      const errors = verifyAll(fn);
      if (errors.length > 0) out.rejected.push(`${rel}: ${errors.slice(0, 3).join('; ')}`);
      else out.generated++;
    }
  }
  return out;
}

describe('test262 language tests → verified bytecode', () => {
  it('generates verified bytecode or a clean "not supported yet"', () => {
    const out = run();
    const pct = ((100 * out.generated) / out.variants).toFixed(1);
    const reasons = [...out.unsupported].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    console.log(
      `bytecode: ${out.generated}/${out.variants} variants generated and verified (${pct}%), ` +
        `${out.variants - out.generated - out.crashes.length - out.rejected.length} not supported yet, ` +
        `${out.skippedParse} skipped (parse)\n` + reasons.map(([r, n]) => `  ${n}\t${r}`).join('\n'),
    );
    expect(out.crashes.slice(0, 20)).toEqual([]);
    expect(out.rejected.slice(0, 20)).toEqual([]);
    expect(out.generated / out.variants).toBeGreaterThan(0.95);
  });
});
