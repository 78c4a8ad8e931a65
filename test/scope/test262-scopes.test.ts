// Runs scope analysis over every positive test262 test under test/language (parsed by acorn; files
// acorn rejects are skipped) and checks the invariants of verify.ts. test262 is read in place.
import * as acorn from 'acorn';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeScopes } from '../../stage0/scope/analyze.ts';
import type { EsNode } from '../../stage0/scope/types.ts';
import { findUnreferencedIdentifiers, verifyScopes } from '../../stage0/scope/verify.ts';
import { listJsFiles, nonStandardFeatures, test262Dir } from '../support/test262.ts';

interface Outcome {
  /** Files with at least one analysed variant. */
  analysed: number;
  /** Analysed (file, mode) pairs: sloppy and strict for tests without mode flags. */
  analyses: number;
  skippedNegative: number;
  skippedParse: number;
  failures: string[];
}

function frontmatter(text: string): string {
  const m = /\/\*---([\s\S]*?)---\*\//.exec(text);
  return m ? m[1]! : '';
}

export function analyseTest262Language(): Outcome {
  const root = test262Dir();
  const proposals = nonStandardFeatures(root);
  const out: Outcome = { analysed: 0, analyses: 0, skippedNegative: 0, skippedParse: 0, failures: [] };
  for (const file of listJsFiles(path.join(root, 'test/language'))) {
    if (file.includes('_FIXTURE')) continue;
    const text = readFileSync(file, 'utf8');
    const meta = frontmatter(text);
    if (/^\s*negative:/m.test(meta)) {
      out.skippedNegative++;
      continue;
    }
    const features = /features:\s*\[([^\]]*)\]/.exec(meta)?.[1]?.split(',').map((s) => s.trim()) ?? [];
    if (features.some((f) => proposals.has(f))) continue;
    const flags = /flags:\s*\[([^\]]*)\]/.exec(meta)?.[1] ?? '';
    const isModule = /\bmodule\b/.test(flags);
    // As test262's INTERPRETING.md says: both modes unless a flag restricts them.
    const sloppy = !isModule && !/\bonlyStrict\b/.test(flags);
    const strict = !isModule && !/\b(noStrict|raw)\b/.test(flags);
    const variants = isModule ? [text] : [...(sloppy ? [text] : []), ...(strict ? ['"use strict";\n' + text] : [])];
    const rel = path.relative(root, file);
    let analysedOne = false;
    for (const source of variants) {
      let ast: EsNode;
      try {
        ast = acorn.parse(source, {
          ecmaVersion: 'latest',
          sourceType: isModule ? 'module' : 'script',
          locations: true,
          ranges: true,
        }) as unknown as EsNode;
      } catch {
        continue;
      }
      analysedOne = true;
      out.analyses++;
      const mode = isModule ? 'module' : source === text ? 'sloppy' : 'strict';
      try {
        const analysis = analyzeScopes(ast);
        const errors = verifyScopes(analysis);
        for (const id of findUnreferencedIdentifiers(analysis)) errors.push(`identifier ${id.name}@${id.start} has no reference`);
        if (errors.length) out.failures.push(`${rel} (${mode}): ${errors.slice(0, 3).join('; ')}`);
      } catch (e) {
        out.failures.push(`${rel} (${mode}): threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    if (analysedOne) out.analysed++;
    else out.skippedParse++;
  }
  return out;
}

describe('scope analysis over test262/test/language', () => {
  it('resolves every reference and keeps the invariants', () => {
    const t0 = Date.now();
    const outcome = analyseTest262Language();
    const seconds = (Date.now() - t0) / 1000;
    console.log(
      `test262 language: ${outcome.analysed} files (${outcome.analyses} sloppy/strict/module variants) analysed in ${seconds.toFixed(1)} s ` +
        `(${outcome.skippedNegative} negative, ${outcome.skippedParse} not parsed by acorn), ` +
        `${outcome.failures.length} failing`,
    );
    expect(outcome.failures.slice(0, 20)).toEqual([]);
    expect(outcome.analysed).toBeGreaterThan(10_000);
  });
});
