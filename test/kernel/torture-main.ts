// npm run test:torture [totalMB] [liveMB]: the full GC torture run (default 1024 MB against 50 MB).
import { torture } from './torture-lib.ts';

const total = Number(process.argv[2] ?? 1024);
const live = Number(process.argv[3] ?? 50);
const r = torture(total, live, (s) => console.log(s));
console.log(JSON.stringify(r, null, 1));
console.log('RESULT ' + JSON.stringify(r));
const first = r.liveAfterFullMB[0]!;
const worst = Math.max(...r.liveAfterFullMB.slice(1).map((x) => Math.abs(x - first) / first));
console.log(`allocated ${r.allocatedMB.toFixed(0)} MB in ${r.seconds.toFixed(1)} s; ${r.scavenges} scavenges, ${r.fullGcs} full GCs; live drift ${(worst * 100).toFixed(1)}%`);
if (r.allocatedMB < total || worst > 0.5) {
  console.log('FAIL');
  process.exit(1);
}
console.log('OK');
