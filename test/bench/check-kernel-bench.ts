// How long `ouro check-kernel` takes over runtime/ (issue 3 asked for a checker fast enough to run
// on every build): the CPU time of checkKernelReport, best of N runs, next to the wall time and
// the number of files and lines checked. A benchmark, not a test: a loaded machine changes it.
//   npm run bench:check-kernel [-- RUNS]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkKernelReport } from '../../stage0/kernel/check.ts';

function runtimeFiles(dir = 'runtime'): { path: string; source: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? runtimeFiles(join(dir, e.name))
      : e.name.endsWith('.ts') ? [{ path: join(dir, e.name), source: readFileSync(join(dir, e.name), 'utf8') }] : []);
}

const runs = Number(process.argv[2] ?? 5);
const files = runtimeFiles();
const lines = files.reduce((n, f) => n + f.source.split('\n').length, 0);
const cpu: number[] = [];
const wall: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  checkKernelReport(files);
  const t = process.cpuUsage(t0);
  wall.push(performance.now() - w0);
  cpu.push((t.user + t.system) / 1000);
}
const best = (xs: number[]) => Math.min(...xs).toFixed(0);
console.log(`check-kernel over runtime/: ${files.length} files, ${lines} lines; best of ${runs}: ${best(cpu)} ms CPU, ${best(wall)} ms wall (first run ${cpu[0]!.toFixed(0)} ms CPU)`);
