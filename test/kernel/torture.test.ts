import { it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { TortureResult } from './torture-lib.ts';

// The full run (1 GB against ~50 MB live) is `npm run test:torture`. This is the same workload
// scaled down, run out of process from an esbuild bundle: under vitest's module transform every
// heap-view access is a namespace property read and the kernel runs about ten times slower.
it('GC torture: 256 MB allocated against a ~9 MB live graph, verifier after every collection', () => {
  const out = execFileSync(process.execPath, ['scripts/ts.mjs', 'test/kernel/torture-main.ts', '256', '12'], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  expect(line, out).toBeDefined();
  const r = JSON.parse(line!.slice(7)) as TortureResult;
  expect(r.allocatedMB).toBeGreaterThanOrEqual(256);
  expect(r.scavenges).toBeGreaterThan(10);
  const first = r.liveAfterFullMB[0]!;
  for (const live of r.liveAfterFullMB.slice(1)) {
    expect(live).toBeLessThan(first * 1.5);
    expect(live).toBeGreaterThan(first * 0.5);
  }
  expect(out).toContain('\nOK');
});
