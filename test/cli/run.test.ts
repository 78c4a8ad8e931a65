// `ouro run`, `ouro -e`, the engine flags and the REPL's input classification, in-process through
// main() (the kernel's output is captured with nodeCaptureOutput). Whole programs run in
// subprocesses in test/run/corpus.test.ts.
import { describe, expect, it } from 'vitest';
import { main } from '../../stage0/cli/ouro.ts';
import type { Io } from '../../stage0/cli/io.ts';
import { parseFlags, FLAG_TABLE, DEFAULT_FLAGS } from '../../stage0/cli/flags.ts';
import { CliError } from '../../stage0/cli/io.ts';
import { compile, CompileError, heapBytesFor } from '../../stage0/vm/engine.ts';
import { nodeCaptureOutput, nodeFlushOutput } from '../../runtime/host/node.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './build-once.ts';

async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readFile: (p) => { if (p in files) return files[p]!; throw new CliError(`cannot open ${p}: no such file`); },
    writeFile: (p, t) => { files[p] = t; },
    stderrIsTTY: false,
  };
  const kernel: string[] = [];
  nodeCaptureOutput(kernel);
  try {
    const status = await main(argv, io);
    nodeFlushOutput();
    return { status, stdout, stderr, kernel: kernel.join('\n') };
  } finally {
    nodeCaptureOutput(null);
  }
}

describe('engine flags', () => {
  it('parses booleans and numbers up to the file name', () => {
    const { flags, rest } = parseFlags(['--gc-stress', '--max-heap=64', '--stack-size', '512', 'a.js', '--trace'], 'run');
    expect(flags.gcStress).toBe(true);
    expect(flags.maxHeapMB).toBe(64);
    expect(flags.stackSizeKB).toBe(512);
    expect(flags.trace).toBe(false); // after the file: the program's argument
    expect(rest).toBe(4);
  });

  it('rejects unknown flags and bad values as usage errors', () => {
    expect(() => parseFlags(['--no-such-flag', 'a.js'], 'run')).toThrow(/unknown flag --no-such-flag/);
    expect(() => parseFlags(['--max-heap=lots'], 'run')).toThrow(/--max-heap needs an integer from 4 to 1536/);
    expect(() => parseFlags(['--max-heap=2'], 'run')).toThrow(CliError);
    expect(() => parseFlags(['--gc-stress=1'], 'run')).toThrow(/takes no value/);
  });

  it('gives every flag a line in ouro help', async () => {
    const r = await run(['help']);
    expect(r.status).toBe(0);
    for (const f of FLAG_TABLE) expect(r.stdout).toContain(f.name);
    expect(r.stdout).toContain('ouro run [FLAGS] FILE');
    expect(r.stdout).toContain('ouro [FLAGS] -e CODE');
  });

  it('sizes the heap so that --max-heap is the old generation', () => {
    expect(heapBytesFor(DEFAULT_FLAGS.maxHeapMB) % 4096).toBe(0);
    expect(heapBytesFor(64)).toBeLessThan(heapBytesFor(128));
    expect(heapBytesFor(1536)).toBeLessThan(2 ** 31);
  });
});

describe('usage errors exit with status 2', () => {
  it.each([
    [['run'], /usage: ouro run/],
    [['run', '--bogus', 'a.js'], /ouro run: unknown flag --bogus/],
    [['--bogus'], /^ouro: unknown flag --bogus/],
    [['-e'], /missing CODE/],
    [['run', 'missing.js'], /cannot open missing\.js/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('compile errors', () => {
  it('reports a syntax error with file:line:col and a code frame, exit 1', async () => {
    const r = await run(['run', 'bad.js'], { 'bad.js': 'let a = 1;\nlet b = ;\n' });
    expect(r.status).toBe(1);
    expect(r.kernel).toMatch(/^bad\.js:2:9: SyntaxError: /);
    expect(r.kernel).toContain('> 2 | let b = ;');
  });

  it('runs a module: .mjs, and .js with module syntax', async () => {
    const m = await run(['run', 'm.mjs'], { 'm.mjs': 'export const a = 1;\nconsole.log(a, typeof import.meta.url, this);\n' });
    expect(m.status).toBe(0);
    expect(m.kernel).toContain('1 string undefined');
    const js = await run(['run', 'j.js'], { 'j.js': 'export let b = 2;\nconsole.log(b, this);\n' });
    expect(js.status).toBe(0);
    expect(js.kernel).toContain('2 undefined');
  });

  it('reports a missing imported module with Node\'s message, exit 1', async () => {
    const r = await run(['run', 'm.mjs'], { 'm.mjs': 'import { x } from "./no-such-file.mjs";\n' });
    expect(r.status).toBe(1);
    expect(r.kernel).toMatch(/Uncaught Error: Cannot find module '.*no-such-file\.mjs' imported from .*m\.mjs/);
  });

  it('marks errors at the end of the input (the REPL asks for more lines)', () => {
    const atEnd = (src: string) => {
      try {
        compile(src, '[repl]', 'script');
        return 'ok';
      } catch (e) {
        expect(e).toBeInstanceOf(CompileError);
        return (e as CompileError).atEnd ? 'more' : 'error';
      }
    };
    expect(atEnd('function f() {')).toBe('more');
    expect(atEnd('1 +')).toBe('more');
    expect(atEnd('[1, 2,')).toBe('more');
    expect(atEnd('1 + 2')).toBe('ok');
    expect(atEnd('let = = 1;')).toBe('error');
  });

  it('strips TypeScript before compiling a .ts file', () => {
    const source = 'const n: number = 1;\nfunction id<T>(x: T): T { return x; }\n';
    const c = compile(source, 'a.ts', 'script');
    expect(c.top.kind).toBe('script');
    expect(c.text.length).toBe(source.length); // positions kept
    expect(c.text).not.toMatch(/number|<T>|: T/);
  });
});

describe('running code', () => {
  it('prints --stats figures: executed bytecodes by opcode and GC counts', async () => {
    const r = await run(['--stats', '-e', 'var s = 0; for (let i = 0; i < 1000; i++) s += i;']);
    expect(r.status).toBe(0);
    expect(r.kernel).toMatch(/\[stats\] \d+ bytecodes executed in [\d.]+ ms/);
    expect(r.kernel).toMatch(/\[stats\]   JumpLoop +1000 /);
    expect(r.kernel).toMatch(/\[stats\] gc: \d+ scavenges/);
  });
});

describe('running programs in-process', () => {
  it('prints what console.log prints and exits 0', async () => {
    const r = await run(['-e', 'console.log("sum", [1, 2, 3].reduce((a, b) => a + b), { a: [1] })']);
    expect(r.status).toBe(0);
    expect(r.kernel).toBe('sum 6 { a: [ 1 ] }');
  });

  it('reports an uncaught exception with its name, message and stack, exit 1', async () => {
    const r = await run(['run', 'u.js'], { 'u.js': 'console.log("before");\nfunction f(o) {\n  return o.x;\n}\nf(undefined);\nconsole.log("after");\n' });
    expect(r.status).toBe(1);
    const lines = r.kernel.split('\n');
    expect(lines[0]).toBe('before');
    expect(lines[1]).toBe("Uncaught TypeError: Cannot read properties of undefined (reading 'x')");
    expect(lines[2]).toMatch(/^ {4}at f \(u\.js:3:\d+\)$/);
    expect(r.kernel).not.toContain('after');
  });

  it('reads the error name when it is reported (a name set after construction shows)', async () => {
    const r = await run(['-e', 'class E extends Error { constructor(m) { super(m); this.name = "ValidationError"; } }\nthrow new E("bad age");']);
    expect(r.status).toBe(1);
    expect(r.kernel.split('\n')[0]).toBe('Uncaught ValidationError: bad age');
  });

  it('prints a thrown non-error value with inspect', async () => {
    const r = await run(['-e', 'throw { code: 42 }']);
    expect(r.status).toBe(1);
    expect(r.kernel.split('\n')[0]).toBe('Uncaught { code: 42 }');
  });

  it('runs microtasks, then timers in order, then exits', async () => {
    const r = await run(['-e', 'setTimeout(() => console.log("t2"), 30); setTimeout(() => console.log("t1"), 1); Promise.resolve().then(() => console.log("micro")); console.log("sync")']);
    expect(r.status).toBe(0);
    expect(r.kernel).toBe('sync\nmicro\nt1\nt2');
  });

  it('reports an unhandled rejection as uncaught, exit 1', async () => {
    const r = await run(['-e', 'Promise.reject(new RangeError("nobody listens")); Promise.resolve().then(() => console.log("jobs still run"))']);
    expect(r.status).toBe(1);
    expect(r.kernel.split('\n').slice(0, 2)).toEqual(['jobs still run', 'Uncaught RangeError: nobody listens']);
  });

  it('runs a TypeScript file with its types erased', async () => {
    const r = await run(['run', 'a.ts'], { 'a.ts': 'interface P { x: number }\nconst p: P = { x: 2 };\nfunction twice<T>(v: T): T[] { return [v, v]; }\nconsole.log(twice<number>(p.x));\n' });
    expect(r.status).toBe(0);
    expect(r.kernel).toBe('[ 2, 2 ]');
  });

  it('compiles load()ed files with the engine; a syntax error there is a catchable SyntaxError', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ouro-load-'));
    writeFileSync(path.join(dir, 'ok.js'), 'var loaded = 6 * 7;\n');
    writeFileSync(path.join(dir, 'bad.js'), 'let x = ;\n');
    const code = `load(${JSON.stringify(path.join(dir, 'ok.js'))}); console.log(loaded);\n` +
      `try { load(${JSON.stringify(path.join(dir, 'bad.js'))}); } catch (e) { console.log(e instanceof SyntaxError, e.message); }`;
    const r = await run(['-e', code]);
    expect(r.status).toBe(0);
    expect(r.kernel).toBe("42\ntrue Unexpected token ';'");
  });

  it('defines gc() only with --expose-gc', async () => {
    const off = await run(['-e', 'console.log(typeof gc)']);
    expect(off.kernel).toBe('undefined');
    const on = await run(['--expose-gc', '-e', 'const keep = [{ a: 1 }]; gc(); console.log(typeof gc, keep[0].a)']);
    expect(on.status).toBe(0);
    expect(on.kernel).toBe('function 1');
  });

  it('prints the bytecode before running with --print-bytecode', async () => {
    const r = await run(['--print-bytecode', '-e', 'console.log(6 * 7)']);
    expect(r.status).toBe(0);
    expect(r.kernel).toMatch(/^\[bytecode for script <script>\]/);
    expect(r.kernel).toMatch(/\n42$/);
  });
});

describe('the built binary (exits that end the process)', () => {
  const ouro = (args: string[]) => {
    const root = ensureBuilt();
    return spawnSync(process.execPath, ['dist/ouro.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  };

  it('ends a program that exhausts --max-heap with one fatal line and status 134', () => {
    const r = ouro(['--max-heap=8', '-e', 'var a = []; for (let i = 0; i < 3000000; i++) a[i] = { i, j: [i] };']);
    expect(r.status).toBe(134);
    expect(r.stderr).toMatch(/^Fatal: heap exhausted \(--max-heap=8 MB\): out of memory/);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1); // no host stack trace
  });

  it('passes the arguments after FILE as process.argv and exits with process.exitCode', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ouro-argv-'));
    const file = path.join(dir, 'argv.js');
    writeFileSync(file, 'console.log(process.argv.slice(2).join("|"), process.argv[1] === ' + JSON.stringify(file) + ');\nprocess.exitCode = 4;\n');
    const r = ouro(['run', file, 'a', '--trace', 'c']);
    expect(r.stdout).toBe('a|--trace|c true\n');
    expect(r.status).toBe(4);
  });

  it('exits with the code given to quit()', () => {
    const r = ouro(['-e', 'console.log("bye"); quit(3); console.log("not printed")']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('bye\n');
  });
});
