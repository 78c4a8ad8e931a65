// Runs the rename oracle (rename-oracle.ts) over test262 and prints the mismatches:
//   node scripts/ts.mjs test/scope/rename-oracle-run.ts [STRIDE [OFFSET]]
// STRIDE > 1 takes every STRIDE-th file starting at OFFSET (a sample, or one of STRIDE shards to
// run in parallel). The vitest suite runs a sample.
import { runRenameOracle } from './rename-oracle-suite.ts';

const stride = Number(process.argv[2] ?? '1');
const offset = Number(process.argv[3] ?? '0');
const t0 = Date.now();
const r = runRenameOracle(stride, offset);
console.log(JSON.stringify({ ...r, mismatches: r.mismatches.length, seconds: (Date.now() - t0) / 1000 }));
for (const m of r.mismatches) console.log(m);
