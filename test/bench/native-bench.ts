// `npm run bench:native`: the native-*.ts benchmarks compiled by Ouro's kernel compiler, the same
// programs on Node, and equivalent C (native-*.c) compiled with `gcc -O2` as a reference point.
// Prints the best-of-N wall time of each and the ratios; outputs must agree across all three.
//
//   node scripts/ts.mjs test/bench/native-bench.ts [--runs N] [NAME...]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode } from '../../stage0/kernelc/cli.ts';
import { compileProgram } from '../../stage0/kernelc/compile.ts';

const HERE = path.join(process.cwd(), 'test', 'bench');
const OUT = path.join(process.cwd(), 'build', 'bench-native');

function parseArgs(): { runs: number; only: string[] } {
  const args = process.argv.slice(2);
  let runs = 3;
  const only: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else only.push(args[i]!);
  }
  return { runs, only };
}

function time(cmd: string, args: string[], runs: number): { ms: number; stdout: string } {
  let best = Infinity;
  let stdout = '';
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    const p = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (p.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${p.status}: ${p.stderr}`);
    stdout = p.stdout;
    best = Math.min(best, ms);
  }
  return { ms: best, stdout };
}

function main(): void {
  const { runs, only } = parseArgs();
  mkdirSync(OUT, { recursive: true });
  const names = readdirSync(HERE).filter((f) => /^native-.*\.c$/.test(f)).map((f) => f.slice(7, -2)).filter((n) => only.length === 0 || only.includes(n)).sort();
  const rows: { name: string; native: number; node: number; gcc: number }[] = [];
  for (const name of names) {
    const ts = path.join(HERE, `native-${name}.ts`);
    const exe = path.join(OUT, name);
    writeFileSync(exe, compileProgram(ts).elf, { mode: 0o755 });
    const cexe = path.join(OUT, `${name}-gcc`);
    execFileSync('gcc', ['-O2', '-o', cexe, path.join(HERE, `native-${name}.c`), '-lm']);
    const nodeDir = path.join(OUT, `${name}-node`);
    mkdirSync(nodeDir, { recursive: true });
    const bundle = bundleForNode(ts, nodeDir);
    const native = time(exe, [], runs);
    const node = time(process.execPath, [bundle], runs);
    const gcc = time(cexe, [], runs);
    if (native.stdout !== node.stdout || native.stdout !== gcc.stdout) {
      throw new Error(`${name}: outputs differ\n native: ${native.stdout}\n node:   ${node.stdout}\n gcc:    ${gcc.stdout}`);
    }
    rows.push({ name, native: native.ms, node: node.ms, gcc: gcc.ms });
    process.stderr.write(`${name}: done\n`);
  }
  const f = (n: number): string => n.toFixed(0).padStart(8);
  const r = (n: number): string => n.toFixed(2).padStart(13);
  console.log(`best of ${runs} runs, wall-clock ms (Node includes its ~40 ms start-up)`);
  console.log('benchmark        native     node      gcc  native/gcc-O2   native/node');
  for (const row of rows) console.log(`${row.name.padEnd(14)} ${f(row.native)} ${f(row.node)} ${f(row.gcc)} ${r(row.native / row.gcc)} ${r(row.native / row.node)}`);
  const geo = (xs: number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  console.log(`${'geomean'.padEnd(14)} ${' '.repeat(26)} ${r(geo(rows.map((x) => x.native / x.gcc)))} ${r(geo(rows.map((x) => x.native / x.node)))}`);
}

main();
