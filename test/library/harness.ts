// Runs the self-hosted library (stage1/*.js) on Node, inside a fresh node:vm context, with a
// test double of the kernel intrinsics (`__ouro`, stage1/INTRINSICS.md) written in JavaScript.
// The library overrides the context's own built-ins (Array.prototype.map, Map, Promise, JSON,
// console ...), so code run in the context exercises the library's implementations.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as util from 'node:util';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// (When bundled by scripts/ts.mjs the module lives elsewhere: fall back to the working directory.)
export const stage1Dir = fs.existsSync(path.resolve(here, '../../stage1/00-core.js'))
  ? path.resolve(here, '../../stage1')
  : path.resolve(process.cwd(), 'stage1');

/**
 * Library files that stand on kernel intrinsics this double does not imitate (the regexp VM, typed
 * array and proxy internals): the context keeps Node's own RegExp, typed arrays and Proxy instead.
 */
export const kernelBoundFiles = ['35-typedarray.js', '55-regexp.js'];

export function libraryFiles(): string[] {
  return fs.readdirSync(stage1Dir).filter((f) => f.endsWith('.js') && !kernelBoundFiles.includes(f)).sort();
}

type Fn = (...args: unknown[]) => unknown;

/** Globals of a Node context that Ouro's kernel realm does not have (stage0/vm/builtins-table.ts); the kernel's own (the URI functions, …) stay as Node's. */
export const kernelAbsentGlobals = ['structuredClone', 'atob', 'btoa', 'performance', 'Date', 'escape', 'unescape'];

export interface LibraryContext {
  context: vm.Context;
  /** Everything written to stdout / stderr since the last `takeOutput`. */
  stdout: string[];
  stderr: string[];
  hooks: Map<string, Fn>;
  intrinsics: Map<string, unknown>;
  /** Runs `source` as a classic script in the context. */
  run(source: string, filename?: string): unknown;
  /** Drains the microtask queue of the double (promise jobs, queueMicrotask). */
  drainMicrotasks(): void;
  /** Runs the event loop: microtasks, then timers (advancing the fake clock) until none remain. */
  runEventLoop(maxTurns?: number): void;
  /** The fake monotonic clock (ms) K.now() returns. */
  clock: { now: number };
  takeOutput(): { stdout: string; stderr: string };
}

export function createLibraryContext(): LibraryContext {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const hooks = new Map<string, Fn>();
  const intrinsics = new Map<string, unknown>();
  const jobs: Array<[Fn, unknown, unknown]> = [];
  const clock = { now: 1000 };

  const objectIds = new WeakMap<object, number>();
  const symbolIds = new Map<symbol, number>();
  let nextId = 1;
  function hashString(s: string): number {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h | 0;
  }

  const K = {
    setHook(name: string, fn: Fn) {
      hooks.set(name, fn);
    },
    setIntrinsic(name: string, value: unknown) {
      intrinsics.set(name, value);
    },
    getIntrinsic(name: string) {
      return intrinsics.get(name);
    },
    enqueueJob(fn: Fn, a: unknown, b: unknown) {
      jobs.push([fn, a, b]);
    },
    runMicrotasks() {
      drainMicrotasks();
    },
    now() {
      return clock.now;
    },
    wallClock() {
      return Date.now();
    },
    writeStdout(s: string) {
      stdout.push(s);
    },
    writeStderr(s: string) {
      stderr.push(s);
    },
    hash(v: unknown): number {
      if (typeof v === 'string') return hashString(v);
      if (typeof v === 'number') {
        if (v === 0) return 0;
        if (v !== v) return 7;
        return hashString(String(v));
      }
      if (typeof v === 'bigint') return hashString(String(v));
      if (typeof v === 'symbol') {
        let id = symbolIds.get(v);
        if (id === undefined) symbolIds.set(v, (id = nextId++));
        return id;
      }
      if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
        let id = objectIds.get(v as object);
        if (id === undefined) objectIds.set(v as object, (id = nextId++));
        return id;
      }
      return v === undefined ? 1 : v === null ? 2 : v === true ? 3 : 4;
    },
    internalKind(v: unknown): string {
      if (!((typeof v === 'object' && v !== null) || typeof v === 'function')) return '';
      const t = util.types;
      if (t.isProxy(v)) return 'Proxy';
      if (Array.isArray(v)) return 'Array';
      if (typeof v === 'function') return 'Function';
      if (t.isNativeError(v)) return 'Error';
      if (t.isNumberObject(v)) return 'Number';
      if (t.isStringObject(v)) return 'String';
      if (t.isBooleanObject(v)) return 'Boolean';
      if (t.isSymbolObject(v)) return 'Symbol';
      if (t.isBigIntObject(v)) return 'BigInt';
      if (t.isArgumentsObject(v)) return 'Arguments';
      if (t.isGeneratorObject(v)) {
        const tag = Object.prototype.toString.call(v);
        return tag === '[object AsyncGenerator]' ? 'AsyncGenerator' : 'Generator';
      }
      if (t.isDate(v)) return 'Date';
      if (t.isRegExp(v)) return 'RegExp';
      return '';
    },
    primitiveValue(v: unknown): unknown {
      const t = util.types;
      if (t.isNumberObject(v)) return Number.prototype.valueOf.call(v);
      if (t.isStringObject(v)) return String.prototype.valueOf.call(v);
      if (t.isBooleanObject(v)) return Boolean.prototype.valueOf.call(v);
      if (t.isSymbolObject(v)) return Symbol.prototype.valueOf.call(v);
      if (t.isBigIntObject(v)) return BigInt.prototype.valueOf.call(v);
      if (t.isDate(v)) return Date.prototype.getTime.call(v);
      return undefined;
    },
    functionKind(f: Fn): string {
      const src = Function.prototype.toString.call(f);
      if (src.endsWith('{ [native code] }')) {
        return f.name.startsWith('bound ') ? 'bound' : 'builtin';
      }
      if (src.startsWith('class')) return 'class';
      const gen = util.types.isGeneratorFunction(f);
      const asy = util.types.isAsyncFunction(f);
      if (gen && asy) return 'asyncGenerator';
      if (gen) return 'generator';
      const arrow = !Object.prototype.hasOwnProperty.call(f, 'prototype') && !src.startsWith('function') && !src.startsWith('async function') && /^(async\s*)?(\(|[\w$]+\s*=>)/.test(src);
      if (asy) return arrow ? 'asyncArrow' : 'async';
      if (arrow) return 'arrow';
      if (!Object.prototype.hasOwnProperty.call(f, 'prototype')) return 'method';
      return 'normal';
    },
    isConstructor(f: unknown): boolean {
      if (typeof f !== 'function') return false;
      try {
        Reflect.construct(String, [], f);
        return true;
      } catch {
        return false;
      }
    },
    proxyTarget(): unknown {
      return undefined;
    },
    // One realm here: the default is the caller's own intrinsic, and no %Array% is another realm's.
    prototypeFromConstructor(newTarget: { prototype: unknown }, fallback: object): unknown {
      const p = newTarget.prototype;
      return (typeof p === 'object' && p !== null) || typeof p === 'function' ? p : fallback;
    },
    isOtherRealmArray(): boolean {
      return false;
    },
  };

  function drainMicrotasks(): void {
    while (jobs.length > 0) {
      const [fn, a, b] = jobs.shift()!;
      fn(a, b);
    }
  }

  // queueMicrotask shares the double's job queue, as on Ouro.
  const context = vm.createContext({ __ouro: K, queueMicrotask: (fn: Fn) => K.enqueueJob(fn, undefined, undefined) });
  // Globals the kernel realm does not provide are removed, so the library's own versions run.
  vm.runInContext(`for (const name of ${JSON.stringify(kernelAbsentGlobals)}) delete globalThis[name];`, context);
  // Methods the kernel lacks too.
  vm.runInContext('delete String.prototype.normalize;', context);
  for (const file of libraryFiles()) {
    const source = fs.readFileSync(path.join(stage1Dir, file), 'utf8');
    vm.runInContext(source, context, { filename: `stage1/${file}` });
  }
  vm.runInContext('delete globalThis.__ouro;', context);

  return {
    context,
    stdout,
    stderr,
    hooks,
    intrinsics,
    clock,
    run(source: string, filename = 'test.js') {
      return vm.runInContext(source, context, { filename });
    },
    drainMicrotasks,
    runEventLoop(maxTurns = 10000) {
      // As an embedder that honours the processTicks hook (stage1/INTRINSICS.md).
      const processTicks = hooks.get('processTicks');
      if (processTicks !== undefined) processTicks();
      drainMicrotasks();
      // As the embedder: an unhandled rejection ends the program as an uncaught exception.
      const unhandled = hooks.get('unhandledRejection')!();
      if (unhandled !== undefined) {
        stderr.push(`Uncaught ${(unhandled as Error).stack ?? String(unhandled)}\n`);
        return;
      }
      const runTimers = hooks.get('runTimers');
      for (let turn = 0; turn < maxTurns && runTimers !== undefined; turn++) {
        // Each turn of the loop takes a little time, as on a real machine (so that a 0 ms
        // timeout set by the main script is due at the first turn, as it usually is on Node).
        clock.now += 1;
        const next = runTimers() as number;
        drainMicrotasks();
        if (next < 0) return;
        if (next > 0) clock.now += next - 1;
      }
    },
    takeOutput() {
      const r = { stdout: stdout.join(''), stderr: stderr.join('') };
      stdout.length = 0;
      stderr.length = 0;
      return r;
    },
  };
}
