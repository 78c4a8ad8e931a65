// Runs scope analysis over every positive test262 test under test/language and
// test/annexB/language, in each mode the
// test runs in, on the ASTs of both acorn and Ouro's parser, and checks:
//   - the invariants of verify.ts (every identifier reference resolved, hops consistent, no
//     captured binding in a register, ...), on both ASTs;
//   - that the two analyses print identically (scope-visible parser differences);
//   - that Ouro's FunctionDeclaration.annexB flag marks exactly the Annex B.3.3 candidates;
//   - the invariants on every string literal passed to eval, analysed as eval code.
// test262 is read in place from ../shared/test262 or $TEST262_DIR, never copied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printScopes } from '../../stage0/scope/print.ts';
import type { EsNode, ScopeAnalysis } from '../../stage0/scope/types.ts';
import { listJsFiles, nonStandardFeatures, test262Dir } from '../support/test262.ts';
import { checkedAnalysis, parseWithAcorn, parseWithOuro, type Parse } from './helpers.ts';

interface Outcome {
  /** Files with at least one analysed variant. */
  analysed: number;
  /** Analysed (file, mode) pairs: sloppy and strict for tests without mode flags. */
  analyses: number;
  /** String-literal eval code found in the tests, analysed as direct or indirect eval code. */
  evalAnalyses: number;
  skippedNegative: number;
  skippedParse: number;
  /** Variants Ouro's parser rejected although acorn accepted them. */
  ouroRejected: number;
  failures: string[];
  differences: string[];
  annexBMismatches: string[];
}

function frontmatter(text: string): string {
  const m = /\/\*---([\s\S]*?)---\*\//.exec(text);
  return m ? m[1]! : '';
}

function tryParse(parse: Parse, source: string, sourceType: 'script' | 'module'): EsNode | null {
  try {
    return parse(source, sourceType);
  } catch {
    return null;
  }
}

/** The FunctionDeclarations to which Annex B.3.3 may apply, as analysed: sloppy, plain, in a block. */
function annexBCandidates(analysis: ScopeAnalysis): Set<number> {
  const out = new Set<number>();
  for (const [node, func] of analysis.functionOf) {
    if (node.type !== 'FunctionDeclaration' || node.async || node.generator) continue;
    const declaring = func.scope.parent!;
    if (!declaring.isVarScope && !declaring.strict) out.add(node.start);
  }
  return out;
}

/**
 * The string-literal arguments of eval calls, with how the eval code would run: direct
 * (`eval(...)`, inheriting strictness) or indirect (`(0, eval)(...)`, sloppy unless it says so).
 */
function evalCodeOf(analysis: ScopeAnalysis): { source: string; direct: boolean; strict: boolean; at: number }[] {
  const out: { source: string; direct: boolean; strict: boolean; at: number }[] = [];
  for (const ref of analysis.references) {
    if (ref.name !== 'eval' || !ref.isCallee) continue;
    const call = callOf.get(ref.node);
    const arg = call?.arguments[0];
    if (arg && arg.type === 'Literal' && typeof arg.value === 'string') {
      out.push({ source: arg.value, direct: true, strict: ref.strict, at: call!.start });
    }
  }
  for (const call of indirectEvalCalls) {
    const arg = call.arguments[0];
    if (arg && arg.type === 'Literal' && typeof arg.value === 'string') {
      out.push({ source: arg.value, direct: false, strict: false, at: call.start });
    }
  }
  return out;
}

/** Filled by indexCalls: the CallExpression of each callee Identifier, and `(0, eval)(...)` calls. */
const callOf = new Map<EsNode, EsNode>();
const indirectEvalCalls: EsNode[] = [];

function indexCalls(node: EsNode): void {
  if (node.type === 'CallExpression') {
    if (node.callee.type === 'Identifier') callOf.set(node.callee, node);
    const c = node.callee;
    if (c.type === 'SequenceExpression' && c.expressions.at(-1)?.type === 'Identifier' && c.expressions.at(-1).name === 'eval') {
      indirectEvalCalls.push(node);
    }
  }
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'range') continue;
    const v = node[key];
    if (Array.isArray(v)) for (const c of v) c && typeof c.type === 'string' && indexCalls(c);
    else if (v && typeof v === 'object' && typeof v.type === 'string') indexCalls(v);
  }
}

function analyseTest262Language(): Outcome {
  const root = test262Dir();
  const proposals = nonStandardFeatures(root);
  const out: Outcome = {
    analysed: 0, analyses: 0, evalAnalyses: 0, skippedNegative: 0, skippedParse: 0, ouroRejected: 0,
    failures: [], differences: [], annexBMismatches: [],
  };
  const files = [...listJsFiles(path.join(root, 'test/language')), ...listJsFiles(path.join(root, 'test/annexB/language'))];
  for (const file of files) {
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
    const sourceType = isModule ? 'module' : 'script';
    // As test262's INTERPRETING.md says: both modes unless a flag restricts them.
    const sloppy = !isModule && !/\bonlyStrict\b/.test(flags);
    const strict = !isModule && !/\b(noStrict|raw)\b/.test(flags);
    const variants = isModule ? [text] : [...(sloppy ? [text] : []), ...(strict ? ['"use strict";\n' + text] : [])];
    const rel = path.relative(root, file);
    let analysedOne = false;
    for (const source of variants) {
      const mode = isModule ? 'module' : source === text ? 'sloppy' : 'strict';
      const acornAst = tryParse(parseWithAcorn, source, sourceType);
      if (!acornAst) continue;
      callOf.clear();
      indirectEvalCalls.length = 0;
      indexCalls(acornAst);
      analysedOne = true;
      out.analyses++;
      const where = `${rel} (${mode})`;
      try {
        const viaAcorn = checkedAnalysis(acornAst);
        if (viaAcorn.errors.length) out.failures.push(`${where}: ${viaAcorn.errors.slice(0, 3).join('; ')}`);
        for (const e of evalCodeOf(viaAcorn.analysis)) {
          const evalAst = tryParse(parseWithAcorn, e.source, 'script');
          if (!evalAst) continue;
          out.evalAnalyses++;
          const viaEval = checkedAnalysis(evalAst, { eval: { direct: e.direct, strict: e.strict } });
          if (viaEval.errors.length) out.failures.push(`${where} eval@${e.at}: ${viaEval.errors.slice(0, 3).join('; ')}`);
        }
        const ouroAst = tryParse(parseWithOuro, source, sourceType);
        if (!ouroAst) {
          out.ouroRejected++;
          continue;
        }
        const viaOuro = checkedAnalysis(ouroAst);
        if (viaOuro.errors.length) out.failures.push(`${where} [ouro]: ${viaOuro.errors.slice(0, 3).join('; ')}`);
        if (printScopes(viaAcorn.analysis) !== printScopes(viaOuro.analysis)) out.differences.push(where);
        const expected = annexBCandidates(viaOuro.analysis);
        for (const [node] of viaOuro.analysis.functionOf) {
          if (node.type !== 'FunctionDeclaration') continue;
          if (!!node.annexB !== expected.has(node.start)) {
            out.annexBMismatches.push(`${where}: function ${node.id?.name}@${node.start} annexB=${!!node.annexB}`);
          }
        }
      } catch (e) {
        out.failures.push(`${where}: threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    }
    if (analysedOne) out.analysed++;
    else out.skippedParse++;
  }
  return out;
}

describe('scope analysis over test262 language and annexB/language', () => {
  const t0 = Date.now();
  const outcome = analyseTest262Language();
  const seconds = (Date.now() - t0) / 1000;
  console.log(
    `test262 language + annexB/language: ${outcome.analysed} files, ${outcome.analyses} sloppy/strict/module variants, ` +
      `${outcome.evalAnalyses} eval code strings, analysed with acorn and Ouro's parser in ${seconds.toFixed(1)} s (${outcome.skippedNegative} negative skipped, ` +
      `${outcome.skippedParse} not parsed by acorn, ${outcome.ouroRejected} variants rejected by Ouro's parser); ` +
      `${outcome.failures.length} invariant failures, ${outcome.differences.length} acorn/Ouro differences, ` +
      `${outcome.annexBMismatches.length} annexB flag mismatches`,
  );

  it('resolves every reference and keeps the invariants', () => {
    expect(outcome.failures.slice(0, 20)).toEqual([]);
    expect(outcome.analysed).toBeGreaterThan(10_000);
  });

  it('gives the same analysis on acorn and Ouro ASTs', () => {
    expect(outcome.differences.slice(0, 20)).toEqual([]);
  });

  it("agrees with the parser's Annex B candidate flag", () => {
    expect(outcome.annexBMismatches.slice(0, 20)).toEqual([]);
  });
});
