// The engine host of the benchmark harness: runs script files one after another at global scope,
// the way d8 runs `d8 a.js b.js`, on one engine, in this (fresh) process.
//
//   node build/bench/bench-host.mjs --engine=node|quickjs FILE...
//
// Both engines get the globals d8 gives and octane's base.js expects: print(...) (one line on
// stdout) and load(path) (runs another file at global scope). QuickJS also gets console.log
// (= print). The engine is QuickJS compiled to WebAssembly by the npm package quickjs-emscripten,
// its synchronous release variant (RELEASE_SYNC): a fresh runtime and context per process.
//
// Last line on stderr: `@@bench-host engine=NAME run-ms=T`, T being the time spent running the
// files (after the engine was set up), measured with performance.now() in this process.
// An uncaught exception prints `Uncaught ...` to stderr and exits 1.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

function parse(argv: string[]): { engine: string; files: string[] } {
  let engine = '';
  const files: string[] = [];
  for (const a of argv) {
    if (a.startsWith('--engine=')) engine = a.slice(9);
    else files.push(a);
  }
  if (engine !== 'node' && engine !== 'quickjs') {
    process.stderr.write('usage: bench-host --engine=node|quickjs FILE...\n');
    process.exit(2);
  }
  return { engine, files };
}

const out: string[] = [];
function write(line: string): void {
  out.push(line);
  if (out.length >= 256) flush();
}
function flush(): void {
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
  out.length = 0;
}

function finish(engine: string, start: number, code: number): never {
  const ms = performance.now() - start;
  flush();
  process.stderr.write(`@@bench-host engine=${engine} run-ms=${ms.toFixed(3)}\n`);
  process.exit(code);
}

function runNode(files: string[]): void {
  const g = globalThis as Record<string, unknown>;
  g.print = (...args: unknown[]): void => write(args.map(String).join(' '));
  g.load = (file: unknown): void => {
    const f = String(file);
    vm.runInThisContext(readFileSync(f, 'utf8'), { filename: f });
  };
  const start = performance.now();
  try {
    for (const f of files) vm.runInThisContext(readFileSync(f, 'utf8'), { filename: f });
  } catch (e) {
    flush();
    process.stderr.write(e instanceof Error ? `Uncaught ${e.name}: ${e.message}\n${e.stack ?? ''}\n` : `Uncaught ${String(e)}\n`);
    finish('node', start, 1);
  }
  finish('node', start, 0);
}

async function runQuickJS(files: string[]): Promise<void> {
  const { newQuickJSWASMModule, RELEASE_SYNC } = await import('quickjs-emscripten');
  const qjs = await newQuickJSWASMModule(RELEASE_SYNC);
  const rt = qjs.newRuntime();
  rt.setMemoryLimit(-1);
  rt.setMaxStackSize(0);
  const ctx = rt.newContext();
  const w = ctx.newFunction('__benchWrite', (s) => {
    write(ctx.getString(s));
  });
  ctx.setProp(ctx.global, '__benchWrite', w);
  w.dispose();
  const load = ctx.newFunction('load', (f) => {
    const file = ctx.getString(f);
    let src: string;
    try {
      src = readFileSync(file, 'utf8');
    } catch {
      return { error: ctx.newError(`load: cannot read ${file}`) };
    }
    return ctx.evalCode(src, file);
  });
  ctx.setProp(ctx.global, 'load', load);
  load.dispose();
  const setup = ctx.evalCode(
    `(function (g, w) {
       function print() {
         var s = '';
         for (var i = 0; i < arguments.length; i++) s += (i ? ' ' : '') + String(arguments[i]);
         w(s);
       }
       g.print = print;
       g.console = { log: print, error: print, warn: print, info: print };
       delete g.__benchWrite;
     })(globalThis, globalThis.__benchWrite);`,
    'bench-host-setup.js',
  );
  ctx.unwrapResult(setup).dispose();

  const start = performance.now();
  for (const f of files) {
    const r = ctx.evalCode(readFileSync(f, 'utf8'), f);
    if (r.error) {
      const e = ctx.dump(r.error) as { name?: string; message?: string; stack?: string } | string;
      r.error.dispose();
      flush();
      const text = typeof e === 'object' && e !== null ? `${e.name ?? 'Error'}: ${e.message ?? ''}\n${e.stack ?? ''}` : String(e);
      process.stderr.write(`Uncaught ${text}\n`);
      finish('quickjs', start, 1);
    }
    r.value.dispose();
    const jobs = rt.executePendingJobs();
    if (jobs.error) {
      const e = ctx.dump(jobs.error);
      jobs.error.dispose();
      flush();
      process.stderr.write(`Uncaught (in promise) ${JSON.stringify(e)}\n`);
      finish('quickjs', start, 1);
    }
  }
  finish('quickjs', start, 0);
}

const { engine, files } = parse(process.argv.slice(2));
if (engine === 'node') runNode(files);
else await runQuickJS(files);
