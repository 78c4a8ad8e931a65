// `npm run bench`: Ouro against Node and QuickJS-wasm on octane, micro benchmarks and interpreter
// throughput. Prints a markdown table and writes build/bench/results.json and results.md.
//
//   node scripts/ts.mjs test/bench/run-bench.ts [--quick] [--only=NAME,...] [--engines=ouro,node,quickjs]
//                                               [--runs=N] [--timeout=SECONDS] [--octane-ms=MS]
//                                               [--ouro-flags="..."]
//
//   --quick        micro benchmarks run once; octane without warm-up, each benchmark ~0.2 s
//   --only=A,B     benchmarks by name (fib, richards, …) or group (octane, micro, bytecodes)
//   --engines=…    a subset of ouro,node,quickjs (default: all three)
//   --runs=N       micro benchmark runs per engine, best kept (default 3; 1 with --quick)
//   --timeout=S    per process (default 1200; 300 with --quick)
//   --octane-ms=MS octane: one warm-up iteration, then iterations for MS ms (instead of octane's
//                  own warm-up second + at least 1 s and 32 iterations; --quick: no warm-up, 200 ms)
//   --ouro-flags=… flags for `ouro run` (e.g. "--no-jit")
//   --render=FILE  print the markdown of an earlier results.json, run nothing
// See docs/benchmarks.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ALL_ENGINES, ENGINE_LABEL, OCTANE_BENCHMARKS, machineDescription, makeEngine, microBenchmarks, octaneDir, prepare, probe,
  renderMarkdown, repoRoot, runBytecodes, runMicro, runOctane,
  type Engine, type EngineName, type OctaneTiming, type Report,
} from './bench-lib.ts';

interface Options {
  quick: boolean;
  only: string[];
  engines: EngineName[];
  runs: number;
  timeoutMs: number;
  ouroFlags: string[];
  octaneMs: number;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { quick: false, only: [], engines: [...ALL_ENGINES], runs: 0, timeoutMs: 0, ouroFlags: [], octaneMs: 0 };
  for (const a of argv) {
    if (a === '--quick') o.quick = true;
    else if (a.startsWith('--only=')) o.only = a.slice(7).split(',').filter(Boolean);
    else if (a.startsWith('--engines=')) {
      const names = a.slice(10).split(',').filter(Boolean);
      for (const n of names) if (!(ALL_ENGINES as string[]).includes(n)) throw new Error(`unknown engine '${n}' (ouro, node, quickjs)`);
      o.engines = ALL_ENGINES.filter((e) => names.includes(e));
    } else if (a.startsWith('--runs=')) o.runs = Number(a.slice(7));
    else if (a.startsWith('--timeout=')) o.timeoutMs = Number(a.slice(10)) * 1000;
    else if (a.startsWith('--ouro-flags=')) o.ouroFlags = a.slice(13).split(' ').filter(Boolean);
    else if (a.startsWith('--octane-ms=')) o.octaneMs = Number(a.slice(12));
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--quick] [--only=NAME,...] [--engines=ouro,node,quickjs] [--runs=N] [--timeout=S] [--octane-ms=MS] [--ouro-flags="..."] | --render=results.json');
      process.exit(0);
    } else throw new Error(`unknown option '${a}'`);
  }
  if (!(o.runs > 0)) o.runs = o.quick ? 1 : 3;
  if (!(o.timeoutMs > 0)) o.timeoutMs = (o.quick ? 300 : 1200) * 1000;
  return o;
}

function selected(o: Options, group: string, name: string): boolean {
  return o.only.length === 0 || o.only.includes(group) || o.only.includes(name);
}

function log(s: string): void {
  process.stderr.write(s + '\n');
}

async function main(): Promise<void> {
  const render = process.argv.find((a) => a.startsWith('--render='));
  if (render) {
    // Re-renders the markdown of an earlier results.json (no benchmark is run).
    const rep = JSON.parse(readFileSync(render.slice(9), 'utf8')) as Report;
    console.log(renderMarkdown(rep));
    return;
  }
  const o = parseOptions(process.argv.slice(2));
  const root = repoRoot();
  const out = path.join(root, 'build', 'bench');
  const paths = await prepare(root, out);
  const engines: Engine[] = o.engines.map((n) => makeEngine(n, paths, o.ouroFlags));
  for (const e of engines) {
    probe(e, paths, Math.max(o.runs, 3), 60_000);
    log(`${ENGINE_LABEL[e.name]}: ${e.available ? `${e.version}, start-up ${e.baselineMs!.toFixed(1)} ms` : `n/a (${e.reason})`}`);
    if (e.warning) log(`warning: ${e.warning}`);
  }

  const timing: OctaneTiming = o.octaneMs > 0 ? { ms: o.octaneMs, warmup: 1 } : o.quick ? { ms: 200, warmup: 0 } : 'octane';
  const report: Report = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: machineDescription(),
    options: { quick: o.quick, runs: o.runs, engines: o.engines, only: o.only, octaneTiming: timing },
    engines: engines.map((e) => ({ name: e.name, label: ENGINE_LABEL[e.name], available: e.available, reason: e.reason, warning: e.warning, version: e.version, baselineMs: e.baselineMs, baselineCpuMs: e.baselineCpuMs })),
    octane: [],
    micro: [],
  };

  for (const m of microBenchmarks(root)) {
    if (!selected(o, 'micro', m.name)) continue;
    const row = runMicro(m.name, m.file, engines, o.runs, o.timeoutMs, path.join(paths.out, 'empty.js'));
    report.micro.push(row);
    log(`micro ${m.name}: ${Object.entries(row.cells).map(([k, c]) => `${k} ${c.ok ? `${c.ms!.toFixed(1)} ms` : `FAIL (${c.error})`}`).join(', ')}`);
  }

  const dir = octaneDir(root);
  report.octaneDir = dir;
  const wantOctane = OCTANE_BENCHMARKS.filter((n) => selected(o, 'octane', n));
  if (wantOctane.length > 0 && !dir) log('octane not found ($OCTANE_DIR, ../shared/bench/octane): skipped');
  if (dir) {
    for (const name of wantOctane) {
      const row = runOctane(name, dir, engines, paths, timing, o.timeoutMs);
      report.octane.push(row);
      log(`octane ${name}: ${Object.entries(row.cells).map(([k, c]) => `${k} ${c.ok ? c.score : `FAIL (${c.error})`} (${(c.wallMs! / 1000).toFixed(1)} s)`).join(', ')}`);
    }
  }

  const ouro = engines.find((e) => e.name === 'ouro');
  if (ouro && selected(o, 'bytecodes', 'bytecodes')) {
    report.bytecodes = runBytecodes(ouro, root, o.timeoutMs, o.runs);
  }

  const md = renderMarkdown(report);
  writeFileSync(path.join(out, 'results.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(path.join(out, 'results.md'), md + '\n');
  console.log(md);
  log(`written: ${path.relative(root, path.join(out, 'results.md'))}, ${path.relative(root, path.join(out, 'results.json'))}`);
  const inconsistent = report.micro.filter((r) => !r.consistent).map((r) => r.name);
  if (inconsistent.length > 0) {
    log(`checksums differ across engines: ${inconsistent.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
