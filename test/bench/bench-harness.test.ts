// Smoke test of the benchmark harness (npm run bench): Node and QuickJS-wasm run a tiny micro
// benchmark in separate processes, print the same checksum, and give positive times; a
// checksum that differs is caught; the octane driver reports scores and octane's own
// validation failures. Ouro is not run here (its own suites test it). Well under 30 s.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  cpuAdjusted, makeEngine, octaneDir, parseBytecodeCount, parseStatsMs, prepare, probe, renderMarkdown, repoRoot, runMicro, runOctane,
  type Engine, type Paths, type Report,
} from './bench-lib.ts';

let paths: Paths;
let engines: Engine[];
let tmp: string;

beforeAll(async () => {
  const root = repoRoot();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ouro-bench-'));
  paths = await prepare(root, tmp);
  engines = [makeEngine('node', paths), makeEngine('quickjs', paths)];
  for (const e of engines) probe(e, paths, 1, 30_000);
}, 30_000);

describe('benchmark harness', () => {
  test('both engines start and have a positive start-up baseline', () => {
    for (const e of engines) {
      expect(e.available, `${e.name}: ${e.reason}`).toBe(true);
      expect(e.baselineMs!).toBeGreaterThan(0);
    }
  });

  test('a tiny micro benchmark: same checksum on Node and QuickJS, positive times', () => {
    const file = path.join(tmp, 'tiny.js');
    writeFileSync(file, 'function f(n) { var s = 0; for (var i = 0; i < n; i++) s = (s + i * i) | 0; return s; }\nprint(f(20000));\n');
    const row = runMicro('tiny', file, engines, 1, 30_000, path.join(tmp, 'empty.js'));
    expect(row.consistent).toBe(true);
    expect(row.checksum).toBe(String(((): number => { let s = 0; for (let i = 0; i < 20000; i++) s = (s + i * i) | 0; return s; })()));
    for (const name of ['node', 'quickjs'] as const) {
      const c = row.cells[name]!;
      expect(c.ok, c.error).toBe(true);
      expect(c.wallMs!).toBeGreaterThan(0);
      expect(c.hostMs!).toBeGreaterThan(0);
      expect(c.baselineMs!).toBeGreaterThan(0);
      expect(c.cpuMs!).toBeGreaterThan(0);
      // The reported time: Node's in-process time; QuickJS's wall time minus the start-up
      // measured next to it (that difference may be noise-sized for so tiny a program).
      expect(c.ms).toBe(name === 'node' ? c.hostMs : c.wallMs! - c.baselineMs!);
    }
  });

  test('a checksum that differs between engines is reported', () => {
    const file = path.join(tmp, 'differs.js');
    writeFileSync(file, "print(typeof process === 'undefined' ? 'no process' : 'process');\n");
    const row = runMicro('differs', file, engines, 1, 30_000);
    expect(row.consistent).toBe(false);
    expect(row.cells.node!.ok).toBe(true);
    expect(row.cells.quickjs!.ok).toBe(false);
    expect(row.cells.quickjs!.error).toMatch(/checksum/);
  });

  test('an uncaught exception is a failure with its message', () => {
    const file = path.join(tmp, 'throws.js');
    writeFileSync(file, "throw new TypeError('boom');\n");
    const row = runMicro('throws', file, engines, 1, 30_000);
    for (const name of ['node', 'quickjs'] as const) {
      expect(row.cells[name]!.ok).toBe(false);
      expect(row.cells[name]!.error).toMatch(/TypeError: boom/);
    }
  });

  const dir = octaneDir(repoRoot());
  test.skipIf(!dir)('octane: a short richards run scores on both engines; a failing validation is reported', () => {
    const row = runOctane('richards', dir!, engines, paths, { ms: 30, warmup: 1 }, 60_000);
    for (const name of ['node', 'quickjs'] as const) {
      const c = row.cells[name]!;
      expect(c.ok, c.error).toBe(true);
      expect(c.score!).toBeGreaterThan(0);
    }
    // A benchmark whose own check fails, driven the same way (octane's base.js, our harness).
    const bad = path.join(tmp, 'bad.js');
    writeFileSync(bad, "new BenchmarkSuite('Bad', [1000], [new Benchmark('Bad', true, false, 10, function () { if (1 + 1 !== 3) throw new Error('Bad: wrong result'); })]);\n");
    const badRow = runOctane('bad', dir!, engines, paths, { ms: 30, warmup: 0 }, 60_000, bad);
    for (const name of ['node', 'quickjs'] as const) {
      const c = badRow.cells[name]!;
      expect(c.ok).toBe(false);
      expect(c.error).toMatch(/octane reported an error.*: Bad .*wrong result/);
    }
  }, 60_000);

  test('the markdown table names the engines and marks a missing one n/a', () => {
    const rep: Report = {
      date: 'd', machine: 'm', options: { quick: true, runs: 1, engines: ['ouro', 'node', 'quickjs'], only: [], octaneTiming: { ms: 200, warmup: 0 } },
      engines: [
        { name: 'ouro', label: 'Ouro', available: false, reason: 'not built' },
        { name: 'node', label: 'Node', available: true, baselineMs: 40 },
        { name: 'quickjs', label: 'QuickJS-wasm', available: true, baselineMs: 90 },
      ],
      octane: [{ name: 'richards', cells: { node: { ok: true, score: 30000 }, quickjs: { ok: true, score: 300 } } }],
      micro: [],
    };
    const md = renderMarkdown(rep);
    expect(md).toMatch(/\| richards \| n\/a \| 30000 \| 300 \| n\/a \| n\/a \| 0\.010 \|/);
    expect(md).toMatch(/Ouro \| n\/a: not built/);
    // A process that got half a core: its score counts double in the CPU-adjusted ratio.
    expect(cpuAdjusted({ ok: true, score: 10, wallMs: 2000, cpuMs: 1000 })).toBe(20);
    expect(cpuAdjusted({ ok: false, error: 'x', wallMs: 2000, cpuMs: 1000 })).toBeUndefined();
  });

  test('the executed-bytecode count is found in --stats output', () => {
    expect(parseBytecodeCount('bytecodes executed: 12,345,678\nics: 3')).toBe(12345678);
    expect(parseBytecodeCount('[stats] 9876 bytecodes in 12 ms')).toBe(9876);
    expect(parseBytecodeCount('nothing here')).toBeUndefined();
    // The format of `ouro run --stats` (stage0/vm/engine.ts).
    const ouro = '[stats] 8,000 bytecodes executed in 46.8 ms\n[stats] bytecodes by opcode (top 6 of 6):\n[stats]   Star   3   37.5%\n';
    expect(parseBytecodeCount(ouro)).toBe(8000);
    expect(parseStatsMs(ouro)).toBe(46.8);
  });
});
