// Runs one test262 test in this thread on a fresh realm (docs/test262.md, "Executing a test").
//
// The realm is never built per test. At start the executor creates the engine (the realm comes
// from the realm image cache, stage0/vm/realm.ts) and writes the heap as an image kept in memory:
// the *base image*. For each set of harness files a test includes, the base image is loaded, the
// harness scripts (compiled once per executor) are run, and the heap is written again: a *harness
// image*, kept in a small cache. A test then costs one image load (a copy of ~1 MB into the heap),
// the compilation of its own source, and its run. Nothing of one test survives into the next.
//
// Harness files run as separate classic scripts before the test (sloppy, sharing the global
// lexical environment, as in a browser with several <script> elements); the test itself runs in
// its mode: '"use strict";' prepended for strict, as is for sloppy and raw, and module tests
// through the module loader (stage0/vm/modules.ts runModuleFile), fixtures resolved beside them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { imageLoad, imageWrite } from '../../runtime/image.ts';
import {
  heapSize, youngSemiSize, sideStart, markBitmap, rememberedBitmap, ageTable, worklistStart, pageCount, PAGED_START,
} from '../../runtime/memory.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, oldTop, largeBottomPage, pageStart } from '../../runtime/heap.ts';
import { isException, pendingException, pendingExceptionClear } from '../../runtime/errors.ts';
import { vmRunScript, vmCall0 } from '../../runtime/interpreter.ts';
import { runMicrotasks } from '../../runtime/microtasks.ts';
import { hookGet, HookId } from '../../runtime/hooks.ts';
import { getProperty } from '../../runtime/property-access.ts';
import { isCallable, numberToF64, toString } from '../../runtime/conversions.ts';
import { isNumber, isJSObject, undefinedValue } from '../../runtime/values.ts';
import { isString } from '../../runtime/strings.ts';
import {
  nodeSetInputBlob, nodeTakeBlob, nodeHeapBytes, nodeSetHeapBufferReuse, nodeCaptureOutput, nodeFlushOutput, nodeSetExitThrows, OuroExit, OuroFatalError,
} from '../../runtime/host/node.ts';
import { createEngine, loadScript, heapString, hostString, type CompiledScript } from '../vm/engine.ts';
import { DEFAULT_FLAGS } from '../cli/flags.ts';
import { OuroSyntaxError } from '../parse/errors.ts';
import { parseFile } from '../parse/source-file.ts';
import { analyzeScopes } from '../scope/analyze.ts';
import type { EsNode } from '../scope/types.ts';
import { generateProgram, NotSupportedError } from '../bytecode/generator.ts';
import { harnessOf, type TestMetadata, type TestMode } from './metadata.ts';
import { runModuleFile, resetModules, testRunnerMode, ModuleCompileError, ModuleThrow, type ModuleRun } from '../vm/modules.ts';

export interface ExecutorOptions {
  /** The test262 checkout (its harness/ directory is read from here). */
  root: string;
  /** Old-generation size of each test's heap, in MB. */
  heapMB?: number;
  /** How many harness images to keep (LRU). */
  harnessImages?: number;
  /** Load every image into the same heap buffer (default true; false allocates a new one per test). */
  reuseHeap?: boolean;
}

export interface TestJob {
  /** Absolute path of the test file. */
  file: string;
  mode: TestMode;
  meta: TestMetadata;
}

export interface TestOutcome {
  pass: boolean;
  /** Why it failed (one line), or '' when it passed. */
  message: string;
  /** The executor's state is suspect (a host exception escaped the kernel): the caller should start a new one. */
  poisoned?: boolean;
}

/** A compile failure: a real SyntaxError of the test, or something the front end cannot do yet. */
class CompileFailure {
  readonly syntax: boolean;
  readonly message: string;
  constructor(syntax: boolean, message: string) {
    this.syntax = syntax;
    this.message = message;
  }
}

/** The one-line form of an exception message for reports. */
function oneLine(s: string): string {
  const line = s.split('\n')[0]!;
  return line.length > 300 ? line.slice(0, 297) + '...' : line;
}

export class Test262Executor {
  private readonly root: string;
  private readonly base: Uint8Array;
  private readonly harnessScripts = new Map<string, CompiledScript>();
  private readonly harnessImages = new Map<string, Uint8Array | CompileFailure>();
  private readonly maxHarnessImages: number;
  private readonly reuse: boolean;

  constructor(options: ExecutorOptions) {
    this.root = options.root;
    this.maxHarnessImages = options.harnessImages ?? 128;
    nodeSetExitThrows(true);
    createEngine({ ...DEFAULT_FLAGS, exposeTest262: true, maxHeapMB: options.heapMB ?? 128 });
    imageWrite();
    this.base = nodeTakeBlob();
    this.reuse = options.reuseHeap ?? true;
    nodeSetHeapBufferReuse(this.reuse);
  }

  /** Runs one test on a fresh realm. Never throws for anything the test does. */
  run(job: TestJob): TestOutcome {
    const source = readFileSync(job.file, 'utf8');
    const harness = harnessOf(job.meta, job.mode);
    const image = this.harnessImage(harness);
    if (image instanceof CompileFailure) return { pass: false, message: `harness: ${image.message}` };
    this.load(image);
    // The module loader's host-side records name heap records of the previous heap: forget them
    // (script tests load modules too, through import()); import() jobs as microtasks, .js fixtures
    // as modules (the loader's test-runner mode).
    resetModules();
    testRunnerMode();
    const neg = job.meta.negative;
    if (job.mode === 'module') return this.executeModule(job);
    const compiled = compileScript(job.mode === 'strict' ? `"use strict";\n${source}` : source, job.file);
    if (compiled instanceof CompileFailure) {
      if (!compiled.syntax) return { pass: false, message: compiled.message };
      if (neg && neg.phase === 'parse' && neg.type === 'SyntaxError') return { pass: true, message: '' };
      return { pass: false, message: `unexpected SyntaxError at parse: ${compiled.message}` };
    }
    if (neg && (neg.phase === 'parse' || neg.phase === 'resolution')) {
      return { pass: false, message: `expected a ${neg.phase}-phase ${neg.type}, but the test compiled` };
    }
    return this.execute(compiled, job);
  }

  /**
   * Loads an image into the heap buffer of the previous test (nodeSetHeapBufferReuse) after
   * putting back what a new, zeroed buffer guarantees and the image does not overwrite. The kernel
   * keeps free paged memory zeroed itself (oldShrinkTo, largeFree: for deterministic images), so
   * the only non-zero pages are those in use now: the old generation up to oldTop and the large
   * pages from largeBottomPage. Of the side tables, the page tables and the remembered-set bits of
   * those pages must read as zero, and the ages of the young generation; the mark bitmap is cleared
   * by every marking before use. The young generation, handles and VM stack above their tops and
   * the GC worklist are scratch the kernel never reads before writing.
   */
  private load(image: Uint8Array): void {
    if (this.reuse && heapSize > 0) {
      const heap = nodeHeapBytes();
      const largeStart = pageStart(largeBottomPage);
      const pagedEnd = pageStart(pageCount);
      // The image's old section overwrites the start of the old generation.
      const imageOld = new DataView(image.buffer, image.byteOffset, image.byteLength).getInt32(24, true);
      heap.fill(0, PAGED_START + Math.max(0, imageOld), Math.max(oldTop, PAGED_START + Math.max(0, imageOld)));
      if (largeStart < pagedEnd) heap.fill(0, largeStart, pagedEnd);
      heap.fill(0, sideStart, markBitmap);
      const remembered = (addr: number): number => rememberedBitmap + ((addr >> 7) << 2);
      heap.fill(0, remembered(PAGED_START), remembered(oldTop + 127));
      if (largeStart < pagedEnd) heap.fill(0, remembered(largeStart), remembered(pagedEnd));
      heap.fill(0, ageTable, worklistStart);
    }
    nodeSetInputBlob(image);
    const ok = imageLoad(heapSize, youngSemiSize);
    nodeSetInputBlob(new Uint8Array(0));
    if (!ok) throw new OuroFatalError('test262: an in-memory realm image did not load');
  }

  /** The heap image of the base realm after running `harness`; made on first use. */
  private harnessImage(harness: string[]): Uint8Array | CompileFailure {
    const key = harness.join(',');
    const cached = this.harnessImages.get(key);
    if (cached !== undefined) {
      // Most recently used last.
      this.harnessImages.delete(key);
      this.harnessImages.set(key, cached);
      return cached;
    }
    this.load(this.base);
    let result: Uint8Array | CompileFailure | null = null;
    for (const name of harness) {
      const script = this.harnessScript(name);
      if (script instanceof CompileFailure) {
        result = script;
        break;
      }
      const r = vmRunScript(loadScript(script));
      if (isException(r)) {
        result = new CompileFailure(false, `${name} threw ${describeThrown(takePending())}`);
        break;
      }
    }
    if (result === null) {
      imageWrite();
      result = nodeTakeBlob();
    }
    if (this.harnessImages.size >= this.maxHarnessImages) this.harnessImages.delete(this.harnessImages.keys().next().value!);
    this.harnessImages.set(key, result);
    return result;
  }

  private harnessScript(name: string): CompiledScript | CompileFailure {
    const cached = this.harnessScripts.get(name);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(path.join(this.root, 'harness', name), 'utf8');
    } catch {
      return new CompileFailure(false, `cannot read harness/${name}`);
    }
    const compiled = compileScript(text, `harness/${name}`);
    if (compiled instanceof CompileFailure) return new CompileFailure(false, `harness/${name}: ${compiled.message}`);
    this.harnessScripts.set(name, compiled);
    return compiled;
  }

  /** Runs a compiled test, then its jobs and timers; classifies the result. */
  private execute(compiled: CompiledScript, job: TestJob): TestOutcome {
    return this.settle(job, () => {
      let r = vmRunScript(loadScript(compiled));
      if (!isException(r)) r = drainJobs();
      return isException(r) ? takePending() : null;
    });
  }

  /**
   * A module test (flags: [module]) through the module loader (stage0/vm/modules.ts): its static
   * graph — fixtures included — is loaded, linked and evaluated in the realm now in the heap. A
   * syntax error in the test file is a parse-phase SyntaxError; one in another module of the graph,
   * a link error or a missing file is a resolution-phase error.
   */
  private executeModule(job: TestJob): TestOutcome {
    const neg = job.meta.negative;
    let early: { phase: 'parse' | 'resolution'; type: string; message: string } | null = null;
    const outcome = this.settle(job, () => {
      let run: ModuleRun;
      try {
        run = runModuleFile(job.file);
      } catch (e) {
        if (e instanceof ModuleCompileError) {
          const inTest = e.formatted.includes(path.basename(job.file) + ':');
          early = { phase: inTest ? 'parse' : 'resolution', type: 'SyntaxError', message: oneLine(e.message) };
          return null;
        }
        if (e instanceof ModuleThrow) {
          const scope = handleScopeOpen();
          const h = handleNew(e.take());
          early = { phase: 'resolution', type: constructorName(handleGet(h)), message: describeThrown(handleGet(h)) };
          handleScopeClose(scope);
          return null;
        }
        throw e;
      }
      const r = drainJobs();
      if (isException(r)) return takePending();
      if (run.rejected) return run.reason();
      if (!run.settled && !job.meta.flags.includes('async')) return 'the module evaluation did not settle';
      return null;
    });
    if (early === null) return outcome;
    const e = early as { phase: 'parse' | 'resolution'; type: string; message: string };
    if (neg && neg.phase === e.phase && neg.type === e.type) return { pass: true, message: '' };
    if (neg) return { pass: false, message: `expected a ${neg.phase}-phase ${neg.type}, got a ${e.phase}-phase ${e.message}` };
    return { pass: false, message: `${e.phase}: ${e.message}` };
  }

  /**
   * Runs `body` with output captured and classifies the test by what it threw (a heap value, or a
   * host string for failures the runner detects) and, for async tests, by what $DONE printed.
   */
  private settle(job: TestJob, body: () => number | string | null): TestOutcome {
    const lines: string[] = [];
    nodeCaptureOutput(lines);
    let thrown: string | null = null;
    let thrownType = '';
    try {
      const v = body();
      if (typeof v === 'string') {
        thrown = v;
      } else if (v !== null) {
        const scope = handleScopeOpen();
        const h = handleNew(v);
        thrownType = constructorName(handleGet(h));
        thrown = describeThrown(handleGet(h));
        handleScopeClose(scope);
      }
      nodeFlushOutput();
    } catch (e) {
      nodeFlushOutput();
      if (e instanceof OuroExit) thrown = `quit(${e.code}) called`;
      else if (e instanceof OuroFatalError) return { pass: false, message: `fatal: ${oneLine(e.message)}`, poisoned: true };
      else return { pass: false, message: `engine crash: ${(e as Error)?.name}: ${oneLine(String((e as Error)?.message ?? e))}`, poisoned: true };
    } finally {
      nodeCaptureOutput(null);
    }
    const neg = job.meta.negative;
    if (neg) {
      if (neg.phase !== 'runtime') return { pass: false, message: `expected a ${neg.phase}-phase ${neg.type}, but the test ran${thrown === null ? '' : ` and threw ${thrown}`}` };
      if (thrown === null) return { pass: false, message: `expected a runtime ${neg.type}, but no exception was thrown` };
      if (thrownType !== neg.type) return { pass: false, message: `expected a runtime ${neg.type}, got ${thrown}` };
      return { pass: true, message: '' };
    }
    if (thrown !== null) return { pass: false, message: thrown };
    if (job.meta.flags.includes('async')) {
      const failure = lines.find((l) => l.startsWith('Test262:AsyncTestFailure:'));
      if (failure) return { pass: false, message: oneLine(failure.slice('Test262:AsyncTestFailure:'.length)) };
      if (!lines.includes('Test262:AsyncTestComplete')) return { pass: false, message: 'async test did not complete ($DONE was not called)' };
    }
    return { pass: true, message: '' };
  }
}

// ---- compiling --------------------------------------------------------------------------------

function compileScript(text: string, file: string): CompiledScript | CompileFailure {
  try {
    const program = parseFile(text, file, 'script') as unknown as EsNode;
    return { top: generateProgram(analyzeScopes(program)), file, text };
  } catch (e) {
    return compileFailure(e);
  }
}

function compileFailure(e: unknown): CompileFailure {
  if (e instanceof OuroSyntaxError) return new CompileFailure(true, oneLine(e.message));
  if (e instanceof NotSupportedError) return new CompileFailure(false, oneLine(e.message));
  const err = e as Error;
  return new CompileFailure(false, `compiler crash: ${err?.name ?? 'Error'}: ${oneLine(String(err?.message ?? e))}`);
}

// ---- running ----------------------------------------------------------------------------------

/** One cell to sleep on while a timer is pending. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Microtasks, then due timers (the library's runTimers hook), until neither is left. Unhandled
 * rejections are not failures in test262. Returns the sentinel when a job or callback threw.
 */
export function drainJobs(): number {
  let idle = false;
  for (;;) {
    const m = runMicrotasks();
    if (isException(m)) return m;
    const fn = hookGet(HookId.runTimers);
    if (!isCallable(fn)) return undefinedValue();
    const next = vmCall0(fn, undefinedValue());
    if (isException(next)) return next;
    const delay = isNumber(next) ? numberToF64(next) : -1;
    if (delay < 0) {
      if (idle) return undefinedValue();
      idle = true;
      continue;
    }
    idle = false;
    if (delay > 0) Atomics.wait(sleepCell, 0, 0, Math.ceil(delay));
  }
}

function takePending(): number {
  const v = pendingException();
  pendingExceptionClear();
  return v;
}

/** A property of a value as a host string, or null (not a string, or the read threw). May GC. */
function stringProperty(obj: number, name: string): string | null {
  const scope = handleScopeOpen();
  const hObj = handleNew(obj);
  const k = heapString(name, true);
  const v = getProperty(handleGet(hObj), k);
  let out: string | null = null;
  if (isException(v)) pendingExceptionClear();
  else if ((v & 1) !== 0 && isString(v)) out = hostString(v);
  handleScopeClose(scope);
  return out;
}

/** thrown.constructor.name ('' when there is none): how negative runtime tests name the error type. */
function constructorName(v: number): string {
  if ((v & 1) === 0 || !isJSObject(v)) return '';
  const scope = handleScopeOpen();
  const k = heapString('constructor', true);
  const hV = handleNew(v);
  const ctor = getProperty(handleGet(hV), k);
  let name = '';
  if (isException(ctor)) pendingExceptionClear();
  else if ((ctor & 1) !== 0 && isJSObject(ctor)) name = stringProperty(ctor, 'name') ?? '';
  handleScopeClose(scope);
  return name;
}

/** `Name: message` for error-like objects, else the value as a string. May GC. */
function describeThrown(v: number): string {
  const scope = handleScopeOpen();
  const h = handleNew(v);
  let out: string;
  if ((v & 1) !== 0 && isJSObject(v)) {
    // Test262Error has no `name`: its constructor's name stands in.
    const name = stringProperty(handleGet(h), 'name') ?? (constructorName(handleGet(h)) || null);
    const message = stringProperty(handleGet(h), 'message');
    out = name !== null || message !== null ? `${name ?? 'Error'}: ${message ?? ''}` : 'a thrown object';
  } else {
    const s = toString(handleGet(h));
    if (isException(s)) {
      pendingExceptionClear();
      out = 'a thrown value';
    } else {
      out = `thrown ${hostString(s)}`;
    }
  }
  handleScopeClose(scope);
  return oneLine(out);
}
