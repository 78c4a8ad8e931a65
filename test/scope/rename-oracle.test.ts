// The rename oracle (rename-oracle.ts) on a deterministic sample of test262: every local binding
// renamed to a unique name according to the analysis, the program must still pass on Node.
// The full run: node scripts/ts.mjs test/scope/rename-oracle-run.ts
import { describe, expect, it } from 'vitest';
import { runRenameOracle } from './rename-oracle-suite.ts';

describe('rename oracle over a test262 sample', () => {
  it('keeps every sampled test passing after renaming bindings by their resolution', () => {
    const t0 = Date.now();
    const summary = runRenameOracle(40);
    console.log(
      `rename oracle (every 40th file): ${summary.compared} programs compared, ` +
        `${summary.renamedIdentifiers} identifiers renamed, ${summary.relaxedDeclarations} let/const relaxed to var, ` +
        `${summary.probedReads} TDZ-elided reads probed, ` +
        `${summary.mismatches.length} mismatches, ` +
        `${((Date.now() - t0) / 1000).toFixed(1)} s; skipped ${JSON.stringify(summary.skipped)}`,
    );
    expect(summary.mismatches).toEqual([]);
    expect(summary.compared).toBeGreaterThan(400);
  });
});
