// The counting-loop measurement, under vitest so that it shares the tests' module set-up:
//   BENCH=1 npx vitest run test/interpreter/bench.test.ts
// (also runnable as a script: node scripts/ts.mjs test/interpreter/bench-loop.ts once the realm's
// generated builtins exist). Skipped without BENCH.
import { it, vi } from 'vitest';

vi.mock('../../runtime/builtins.ts', async (importOriginal) => {
  try {
    return await importOriginal();
  } catch {
    return (await import('./builtins-fallback.ts')).builtinsFallback;
  }
});

it.skipIf(!process.env.BENCH)('counting loop', async () => {
  process.argv[2] = process.env.BENCH_N ?? '10000000';
  await import('./bench-loop.ts');
}, 600_000);
