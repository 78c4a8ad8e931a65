// Octane by CPU time, for a busy machine: each benchmark runs a fixed number of iterations (after
// one warm-up) on Ouro and on QuickJS-wasm, in fresh processes; the CPU time of the process (user +
// system, read at exit) minus that of the same process with 0 iterations, divided by the
// iterations, is the time per iteration. Best (least) of --runs processes. The ratio
// QuickJS/Ouro of those times is the score ratio octane would give on an idle machine (octane's
// score is reference time / time per iteration), without the load of the moment in it.
//
//   node scripts/ts.mjs test/bench/octane-cpu.ts [--runs=3] [--ouro=dist/ouro.mjs] [NAME...]
//
// Iterations per benchmark: ITERATIONS below (each a second or two of Ouro's CPU time; splay's
// set-up is large next to one iteration, so it runs more). Octane's own validation runs (a
// benchmark that fails its check throws, and the row says so).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeEngine, octaneDir, prepare, repoRoot, timeRuns, failureReason, type Engine } from './bench-lib.ts';

const ITERATIONS: Record<string, number> = {
  richards: 20, deltablue: 20, crypto: 4, raytrace: 8, 'navier-stokes': 4, splay: 60, regexp: 2,
};

const DRIVER = `
load(OCTANE_BASE);
load(OCTANE_FILE);
(function () {
  var suites = BenchmarkSuite.suites;
  for (var s = 0; s < suites.length; s++) {
    var bs = suites[s].benchmarks;
    for (var k = 0; k < bs.length; k++) {
      var b = bs[k];
      b.Setup();
      b.run();
      for (var i = 0; i < OCTANE_ITERATIONS; i++) b.run();
      if (b.TearDown) b.TearDown();
    }
  }
  print('DONE');
})();
`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let runs = 3;
  let ouroPath: string | undefined;
  const names: string[] = [];
  for (const a of args) {
    if (a.startsWith('--runs=')) runs = Number(a.slice(7));
    else if (a.startsWith('--ouro=')) ouroPath = path.resolve(a.slice(7));
    else names.push(a);
  }
  const root = repoRoot();
  const octane = octaneDir(root);
  if (!octane) throw new Error('octane not found ($OCTANE_DIR or ../shared/bench/octane)');
  const out = path.join(root, 'build', 'bench');
  const paths = await prepare(root, out);
  const ouro = makeEngine('ouro', paths);
  if (ouroPath) {
    const base = ouro.command;
    ouro.command = (files, extra, scriptArgs) => {
      const c = base(files, extra, scriptArgs);
      return { cmd: c.cmd, args: c.args.map((x) => (x.endsWith(path.join('dist', 'ouro.mjs')) ? ouroPath! : x)) };
    };
  }
  const quickjs = makeEngine('quickjs', paths);
  const list = names.length > 0 ? names : Object.keys(ITERATIONS).filter((n) => n !== 'regexp');
  console.log(`| benchmark | iterations | Ouro ms/iteration (CPU) | QuickJS-wasm ms/iteration (CPU) | Ouro/QuickJS score ratio |`);
  console.log(`|---|---:|---:|---:|---:|`);
  const ratios: number[] = [];
  for (const name of list) {
    const n = ITERATIONS[name];
    if (n === undefined) throw new Error(`unknown benchmark '${name}'`);
    const file = (k: number): string => {
      const f = path.join(out, `octane-cpu-${name}-${k}.js`);
      writeFileSync(f, `var OCTANE_BASE = ${JSON.stringify(path.join(octane, 'base.js'))};\nvar OCTANE_FILE = ${JSON.stringify(path.join(octane, `${name}.js`))};\n` +
        `var OCTANE_ITERATIONS = ${k};\n${DRIVER}`);
      return f;
    };
    const perIteration = (e: Engine): number | string => {
      const full = timeRuns(e, [file(n)], runs, 1200_000);
      const empty = timeRuns(e, [file(0)], runs, 1200_000);
      if (!full.ok || !/DONE/.test(full.stdout)) return `fail: ${failureReason(full, 1200_000)}`;
      if (!empty.ok || full.cpuMs === undefined || empty.cpuMs === undefined) return 'fail: no CPU time';
      if (full.cpuMs <= empty.cpuMs) return 'noise: more iterations needed';
      return (full.cpuMs - empty.cpuMs) / n;
    };
    const o = perIteration(ouro);
    const q = perIteration(quickjs);
    const ratio = typeof o === 'number' && typeof q === 'number' ? q / o : undefined;
    if (ratio !== undefined) ratios.push(ratio);
    const cell = (x: number | string): string => (typeof x === 'number' ? x.toFixed(1) : x);
    console.log(`| ${name} | ${n} | ${cell(o)} | ${cell(q)} | ${ratio !== undefined ? ratio.toFixed(2) : '–'} |`);
  }
  if (ratios.length > 0) {
    const g = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
    console.log(`| **geomean** | | | | ${g.toFixed(2)} |`);
  }
}

await main();
