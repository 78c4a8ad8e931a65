// $262.agent and shared memory between agents (docs/exotic-objects.md, "Agents"): programs with
// several agents — each a worker thread with an engine of its own — run through `ouro run
// --expose-test262` in this process, and agent tests through the test262 runner's worker pool.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../stage0/cli/ouro.ts';
import type { Io } from '../../stage0/cli/io.ts';
import { CliError } from '../../stage0/cli/io.ts';
import { nodeCaptureOutput, nodeFlushOutput } from '../../runtime/host/node.ts';
import { agentCount } from '../../stage0/vm/agents.ts';
import { runTest262 } from '../../stage0/test262/runner.ts';
import { test262Dir } from '../support/test262.ts';

async function runProgram(source: string): Promise<{ status: number; out: string; err: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ouro-agents-'));
  const file = path.join(dir, 'main.js');
  writeFileSync(file, source);
  let err = '';
  const io: Io = {
    stdout: () => {},
    stderr: (t) => { err += t; },
    readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { throw new CliError(`cannot open ${p}`); } },
    writeFile: () => {},
    stderrIsTTY: false,
  };
  const lines: string[] = [];
  nodeCaptureOutput(lines);
  try {
    const status = await main(['run', '--expose-test262', file], io);
    nodeFlushOutput();
    return { status, out: lines.join('\n'), err: err + lines.filter((l) => l.startsWith('Uncaught') || /^\s+at /.test(l)).join('\n') };
  } finally {
    nodeCaptureOutput(null);
  }
}

/** A program: two agents count themselves in, wait on one cell, and report what they saw. */
const HANDSHAKE = `
const WAIT = 0, RUNNING = 1, VALUE = 2;
const i32a = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
for (let k = 0; k < 2; k++) {
  $262.agent.start(\`
    $262.agent.receiveBroadcast(function (sab, num) {
      const i32a = new Int32Array(sab);
      Atomics.add(i32a, \${RUNNING}, 1);
      $262.agent.report('agent \${k} got ' + typeof num + ' ' + num + ' of ' + sab.byteLength + ' bytes');
      const r = Atomics.wait(i32a, \${WAIT}, 0);
      Atomics.add(i32a, \${VALUE}, 10);
      $262.agent.report(r + ' ' + Atomics.load(i32a, 3));
      $262.agent.leaving();
    });
  \`);
}
$262.agent.broadcast(i32a.buffer, 42);
while (Atomics.load(i32a, RUNNING) !== 2) $262.agent.sleep(1);
// Both agents are in (or about to be in) Atomics.wait: wake them until both were woken.
Atomics.store(i32a, 3, 7);
let woken = 0;
while (woken < 2) woken += Atomics.notify(i32a, WAIT);
const reports = [];
for (let i = 0; i < 4; i++) {
  let r;
  while ((r = $262.agent.getReport()) === null) $262.agent.sleep(1);
  reports.push(r);
}
reports.sort();
console.log(JSON.stringify(reports));
console.log('value', Atomics.load(i32a, VALUE), 'woken', woken);
`;

describe('$262.agent under ouro run', () => {
  it('starts agents that share a SharedArrayBuffer: broadcast, wait/notify, reports', async () => {
    const r = await runProgram(HANDSHAKE);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out.split('\n')).toEqual([
      JSON.stringify(['agent 0 got number 42 of 16 bytes', 'agent 1 got number 42 of 16 bytes', 'ok 7', 'ok 7']),
      'value 20 woken 2',
    ]);
    expect(agentCount()).toBe(0);
  }, 120_000);

  it('broadcasts BigInts, sees growth of a growable buffer and atomics of BigInt64 elements', async () => {
    const r = await runProgram(`
      const sab = new SharedArrayBuffer(16, { maxByteLength: 64 });
      $262.agent.start(\`
        $262.agent.receiveBroadcast(function (sab, num) {
          const b = new BigInt64Array(sab);
          Atomics.add(b, 0, num);
          while (sab.byteLength !== 32) $262.agent.sleep(1);
          $262.agent.report(typeof num + ' ' + sab.growable + ' ' + b.length);
          Atomics.notify(new Int32Array(sab), 2);
        });
      \`);
      $262.agent.broadcast(sab, 2n ** 40n);
      sab.grow(32);
      let r;
      while ((r = $262.agent.getReport()) === null) $262.agent.sleep(1);
      console.log(r, new BigInt64Array(sab)[0] === 2n ** 40n);
    `);
    expect(r.err).toBe('');
    expect(r.out).toBe('bigint true 4 true');
  }, 120_000);

  it('reports an uncaught exception of an agent to the main agent, which getReport throws', async () => {
    const r = await runProgram(`
      $262.agent.start('$262.agent.report("before"); null.boom;');
      let r;
      while ((r = $262.agent.getReport()) === null) $262.agent.sleep(1);
      console.log(r);
      try {
        while ($262.agent.getReport() === null) $262.agent.sleep(1);
      } catch (e) {
        console.log(e.constructor.name, e.message);
      }
    `);
    expect(r.out.split('\n').filter((l) => !/^\s+at |^Uncaught/.test(l))).toEqual([
      'before',
      "Error $262.agent: an agent failed: Uncaught TypeError: Cannot read properties of null (reading 'boom')",
    ]);
    expect(agentCount()).toBe(0);
  }, 120_000);

  it('resolves Atomics.waitAsync promises of the main agent from a notify in another agent', async () => {
    const r = await runProgram(`
      const i32a = new Int32Array(new SharedArrayBuffer(8));
      const { async, value } = Atomics.waitAsync(i32a, 0, 0);
      $262.agent.start(\`
        $262.agent.receiveBroadcast(function (sab) {
          const i32a = new Int32Array(sab);
          while (Atomics.notify(i32a, 0) === 0) $262.agent.sleep(1);
        });
      \`);
      $262.agent.broadcast(i32a.buffer);
      value.then((v) => console.log(async, v));
    `);
    expect(r.err).toBe('');
    expect(r.out).toBe('true ok');
  }, 120_000);
});

describe('Atomics.waitAsync in one agent', () => {
  it('resolves a waiter this agent notifies at once, and lets the program end with a waiter nobody can notify', async () => {
    const r = await runProgram(`
      const i32a = new Int32Array(new SharedArrayBuffer(8));
      Atomics.waitAsync(i32a, 0, 0).value.then((v) => console.log('never', v));
      Atomics.waitAsync(i32a, 1, 0).value.then((v) => console.log('notified', v));
      Atomics.waitAsync(i32a, 1, 1).value === 'not-equal' && console.log('not-equal');
      Atomics.waitAsync(i32a, 1, 0, 20).value.then((v) => console.log('timeout', v));
      console.log('woken', Atomics.notify(i32a, 1, 1));
    `);
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toEqual(['not-equal', 'woken 1', 'notified ok', 'timeout timed-out']);
  }, 120_000);
});

describe('$262.agent in the test262 runner', () => {
  it('runs agent tests in the pool, one after another on a reused worker', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ouro-test262-agents-'));
    mkdirSync(path.join(root, 'harness'));
    mkdirSync(path.join(root, 'test/agents'), { recursive: true });
    for (const h of ['assert.js', 'sta.js', 'doneprintHandle.js', 'atomicsHelper.js']) {
      writeFileSync(path.join(root, 'harness', h), readFileSync(path.join(test262Dir(), 'harness', h)));
    }
    writeFileSync(path.join(root, 'features.txt'), '## Standard language features\nAtomics\n');
    const test = (timeout: string, notify: boolean, expected: string) => `/*---\nincludes: [atomicsHelper.js]\nflags: [onlyStrict]\n---*/
const i32a = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * 2));
$262.agent.start(\`
  $262.agent.receiveBroadcast(function (sab) {
    const i32a = new Int32Array(sab);
    Atomics.add(i32a, 1, 1);
    $262.agent.report(Atomics.wait(i32a, 0, 0, ${timeout}));
    $262.agent.leaving();
  });
\`);
$262.agent.safeBroadcast(i32a);
$262.agent.waitUntil(i32a, 1, 1);
$262.agent.tryYield();
${notify ? 'let n;\nwhile ((n = Atomics.notify(i32a, 0)) === 0) $262.agent.sleep(1);\nassert.sameValue(n, 1);' : ''}
assert.sameValue($262.agent.getReport(), '${expected}');
`;
    // The timeouts are the harness's, spliced into the agent's source as test262's tests do.
    writeFileSync(path.join(root, 'test/agents/notified.js'), test('${$262.agent.timeouts.huge}', true, 'ok'));
    writeFileSync(path.join(root, 'test/agents/timed-out.js'), test('${$262.agent.timeouts.small}', false, 'timed-out'));
    writeFileSync(path.join(root, 'test/agents/wrong.js'), test('${$262.agent.timeouts.small}', false, 'ok'));
    const run = await runTest262({ root, paths: ['agents'], workers: 1, timeoutMs: 20_000 });
    const outcome = Object.fromEntries(run.results.map((x) => [x.test, x.pass ? 'pass' : x.message]));
    expect(outcome['agents/notified.js']).toBe('pass');
    expect(outcome['agents/timed-out.js']).toBe('pass');
    expect(outcome['agents/wrong.js']).toMatch(/Expected SameValue\(«"timed-out"», «"ok"»\)/);

    // An agent that spins while the main agent sleeps in getReport: the agent's CPU time counts, so
    // the test ends at the limit — not at the wall-clock cap of 15 times the limit.
    writeFileSync(path.join(root, 'test/agents/spin.js'), `/*---\nincludes: [atomicsHelper.js]\nflags: [onlyStrict]\n---*/
$262.agent.start('for (;;) {}');
$262.agent.getReport();
`);
    const spin = await runTest262({ root, paths: ['agents/spin.js'], workers: 1, timeoutMs: 4000 });
    expect(spin.results.map((x) => x.message)).toEqual(['timeout (4 s of CPU time)']);
    expect(spin.results[0]!.ms).toBeLessThan(4000 * 15);
  }, 240_000);
});
