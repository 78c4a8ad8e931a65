import { it, expect } from 'vitest';
import { torture } from './torture-lib.ts';

// The full run (1 GB against ~50 MB live) is `npm run test:torture`; this is the same workload scaled down.
it('GC torture: 160 MB allocated against a ~8 MB live graph, verifier after every collection', () => {
  const r = torture(160, 8);
  expect(r.allocatedMB).toBeGreaterThanOrEqual(160);
  expect(r.scavenges).toBeGreaterThan(10);
  const steady = r.liveAfterFullMB.slice(1);
  const first = r.liveAfterFullMB[0]!;
  for (const live of steady) {
    expect(live).toBeLessThan(first * 1.5);
    expect(live).toBeGreaterThan(first * 0.5);
  }
});
