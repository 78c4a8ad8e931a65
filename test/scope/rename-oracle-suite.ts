// Drives the rename oracle over test262 (language and annexB/language): harness + test as one
// script, sloppy and strict as the test's flags allow, compared only where the original passes
// on Node.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EsNode } from '../../stage0/scope/types.ts';
import { listJsFiles, nonStandardFeatures, test262Dir } from '../support/test262.ts';
import { parseWithAcorn } from './helpers.ts';
import { renameBindings, runScript } from './rename-oracle.ts';

export interface OracleSummary {
  compared: number;
  renamedIdentifiers: number;
  /** let/const declarations turned into vars because the analysis elided all their TDZ checks. */
  relaxedDeclarations: number;
  /** Reads with an elided TDZ check, wrapped in a probe that fails if the binding is uninitialised. */
  probedReads: number;
  skipped: Record<string, number>;
  mismatches: string[];
}

/** Takes the files whose index is `offset` modulo `stride` (a deterministic sample or a shard). */
export function runRenameOracle(stride: number, offset = 0): OracleSummary {
  // Promise jobs of a test run after runInContext returns; their failures are not outcomes.
  process.on('unhandledRejection', () => {});
  const root = test262Dir();
  const proposals = nonStandardFeatures(root);
  const harnessCache = new Map<string, string>();
  const harness = (name: string) => {
    let text = harnessCache.get(name);
    if (text === undefined) harnessCache.set(name, (text = readFileSync(path.join(root, 'harness', name), 'utf8')));
    return text;
  };
  const files = [
    ...listJsFiles(path.join(root, 'test/language')),
    ...listJsFiles(path.join(root, 'test/annexB/language')),
  ].filter((f, i) => i % stride === offset);
  const summary: OracleSummary = { compared: 0, renamedIdentifiers: 0, relaxedDeclarations: 0, probedReads: 0, skipped: {}, mismatches: [] };
  const skip = (reason: string) => (summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1);
  for (const file of files) {
    if (file.includes('_FIXTURE')) continue;
    const text = readFileSync(file, 'utf8');
    const meta = /\/\*---([\s\S]*?)---\*\//.exec(text)?.[1] ?? '';
    const flags = /flags:\s*\[([^\]]*)\]/.exec(meta)?.[1] ?? '';
    const features = /features:\s*\[([^\]]*)\]/.exec(meta)?.[1]?.split(',').map((s) => s.trim()) ?? [];
    if (/^\s*negative:/m.test(meta) || /\b(module|async|raw|CanBlockIsTrue|CanBlockIsFalse)\b/.test(flags)) {
      skip('flags or negative');
      continue;
    }
    if (features.some((f) => proposals.has(f))) {
      skip('proposal');
      continue;
    }
    // Function names are inferred from binding names, which the renaming changes; dynamic
    // import needs a module loader the vm context does not have.
    if (/\.name\b|['"]name['"]|fn-name|\bimport\(/.test(text) || /fn-name|name-inference/.test(file)) {
      skip('observes names or imports');
      continue;
    }
    const includes = /includes:\s*\[([^\]]*)\]/.exec(meta)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    const prelude = ['assert.js', 'sta.js', ...includes].map(harness).join('\n');
    const modes = [
      ...(/\bonlyStrict\b/.test(flags) ? [] : ['']),
      ...(/\bnoStrict\b/.test(flags) ? [] : ['"use strict";\n']),
    ];
    for (const prefix of modes) {
      const source = prefix + prelude + '\n' + text;
      let ast: EsNode;
      try {
        ast = parseWithAcorn(source, 'script');
      } catch {
        skip('acorn rejects');
        continue;
      }
      const original = runScript(source);
      if (!original.ok) {
        skip('fails on Node');
        continue;
      }
      const renamed = renameBindings(source, ast);
      if (renamed.kind === 'skipped') {
        skip(renamed.reason);
        continue;
      }
      const outcome = runScript(renamed.source);
      summary.compared++;
      summary.renamedIdentifiers += renamed.renamed;
      summary.relaxedDeclarations += renamed.relaxedDeclarations;
      summary.probedReads += renamed.probedReads;
      if (!outcome.ok) {
        summary.mismatches.push(`${path.relative(root, file)} (${prefix ? 'strict' : 'sloppy'}): renamed program throws ${outcome.error}`);
      }
    }
  }
  return summary;
}
