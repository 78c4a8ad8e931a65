// The embedder (docs/interpreter.md, "Embedding"): sets up a heap with the flags of the command
// line, creates the realm and runs the library, compiles source text with the stage0 front end
// (strip → parse → scopes → bytecode → load), runs scripts with the kernel interpreter, then the
// event loop (event-loop.ts), and reports what escapes: uncaught exceptions and unhandled
// rejections as `Uncaught <Name>: <message>` plus the stack on stderr (DESIGN §10).
//
// The heap is module state of the kernel, so there is one engine per process (the CLI makes one;
// tests run the CLI in subprocesses).
import { heapSetup } from '../../runtime/bootstrap.ts';
import { MB, PAGED_START } from '../../runtime/memory.ts';
import { flagsSetGcStress, flagsSetTraceGc, flagsSetVerifyHeap } from '../../runtime/flags.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, rootGet } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { isException, pendingException, pendingExceptionClear, throwValue, exceptionSentinel } from '../../runtime/errors.ts';
import { vmRunScript, vmCall2 } from '../../runtime/interpreter.ts';
import * as interpreter from '../../runtime/interpreter.ts';
import { icSetTraceIc, icSetTraceShapes } from '../../runtime/ic.ts';
import { getProperty } from '../../runtime/property-access.ts';
import { isCallable } from '../../runtime/conversions.ts';
import { isString, stringLength, stringGet, stringNewOneByte, stringNewTwoByte, seqSetChar, stringInternalize } from '../../runtime/strings.ts';
import { isJSObject, undefinedValue } from '../../runtime/values.ts';
import { nodeWrite, nodeFlushOutput, nodeSetRealmBuilder } from '../../runtime/host/node.ts';
import { OuroSyntaxError } from '../parse/errors.ts';
import { parseFile, isTypeScriptFile, type Goal } from '../parse/source-file.ts';
import { stripTypes } from '../strip/strip.ts';
import { analyzeScopes } from '../scope/analyze.ts';
import type { EsNode } from '../scope/types.ts';
import { generateProgram, NotSupportedError } from '../bytecode/generator.ts';
import type { BytecodeFunction } from '../bytecode/function.ts';
import { disassembleAll } from '../bytecode/disassembler.ts';
import { loadBytecodeFunction } from '../bytecode/load.ts';
import { formatSourceError, lineColumnMapper } from '../diagnostics/code-frame.ts';
import { runEventLoop } from './event-loop.ts';
import { createRealm, createAnotherRealm, setScriptCompiler, realmExitCode } from './realm.ts';
import { runMicrotasks } from '../../runtime/microtasks.ts';
import { shell262MarkIsHTMLDDA } from '../../runtime/builtins-shell.ts';
import type { EngineFlags } from '../cli/flags.ts';
import path from 'node:path';
import {
  installModuleHost, resetModules, loadEntry, link, evaluate, requireFile, unsettledTopLevelAwait, linkErrorPosition, ModuleCompileError, ModuleThrow,
  type HostModule,
} from './modules.ts';

/** quit(n) exits from the kernel (hostExit); the realm also records the code. */
function exitRequested(): number {
  return realmExitCode();
}

/** Semispace size of the young generation (each of the two). */
const YOUNG_SEMI_BYTES = 4 * MB;

/** A compile-time error in user code, already formatted as `file:line:col: SyntaxError: …` + frame. */
export class CompileError extends Error {
  readonly formatted: string;
  /** True when the parser stopped at the end of the input (the REPL then asks for more lines). */
  readonly atEnd: boolean;
  /** The source is module code (compile() compiles scripts only; modules go through stage0/vm/modules.ts). */
  readonly isModule: boolean;
  constructor(message: string, formatted: string, atEnd: boolean, isModule = false) {
    super(message);
    this.name = 'SyntaxError';
    this.formatted = formatted;
    this.atEnd = atEnd;
    this.isModule = isModule;
  }
}

/** What running a piece of code did. */
export type RunStatus = { kind: 'ok' } | { kind: 'uncaught' } | { kind: 'exit'; code: number };

export interface Engine {
  readonly flags: EngineFlags;
  /** Compiles and runs a classic script, without the event loop. An exception is reported as uncaught. */
  runScript(source: string, file: string, goal?: Goal): RunStatus;
  /** Runs microtasks and timers until nothing is left (or an exception escapes). */
  runEventLoop(): RunStatus;
  /**
   * runScript then runEventLoop: the exit status of `ouro run` (0, or 1 after an uncaught
   * exception). Module code (goal 'module', or 'auto' with module syntax) runs as the entry
   * module of a module graph (stage0/vm/modules.ts); goal 'commonjs' runs the file as a
   * CommonJS module with `require`.
   */
  runMain(source: string, file: string, goal?: Goal | 'commonjs'): number;
  /** REPL: runs one input; prints its completion value as Node's REPL does. */
  evaluateAndPrint(source: string, file: string): RunStatus;
  /** Sets `process.argv` of the library's `process` object (Node's shape: [runtime, script, ...args]). */
  setArgv(argv: readonly string[]): void;
  /** Writes output through the kernel's buffered host output (ordered with what the program prints). */
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The heap size for an old generation of `oldMB` (the fixed regions below it, side tables above). */
export function heapBytesFor(oldMB: number): number {
  const old = oldMB * MB;
  const side = Math.ceil((PAGED_START + old) / 16) + 4 * MB;
  return Math.ceil((PAGED_START + old + side) / 4096) * 4096;
}

export function createEngine(flags: EngineFlags): Engine {
  flagsSetGcStress(false);
  flagsSetTraceGc(flags.traceGc);
  flagsSetVerifyHeap(flags.verifyHeap);
  heapSetup(heapBytesFor(flags.maxHeapMB), YOUNG_SEMI_BYTES);
  setScriptCompiler(compileForLoad);
  createRealm();
  // $262.createRealm: more realms in this heap, set up as this one (below) is.
  nodeSetRealmBuilder(() => createAnotherRealm({ exposeGc: flags.exposeGc }));
  resetModules();
  installModuleHost(runHidden, { printBytecode: flags.printBytecode });
  // The realm and library are set up without stress (they are tested on their own); the user's
  // program runs with it.
  flagsSetGcStress(flags.gcStress);
  for (const missing of wireFlags(flags)) nodeWrite(2, `ouro: ${missing} (flag ignored)\n`);
  // The realm always has the gc() builtin; it is a global only with --expose-gc, as in V8.
  if (!flags.exposeGc) runHidden('delete globalThis.gc;');
  // $262, test262's host object (runtime/builtins-shell.ts), likewise only with --expose-test262.
  runHidden(flags.exposeTest262 ? '$262.global = globalThis;' : 'delete globalThis.$262;');
  if (flags.exposeTest262) shell262MarkIsHTMLDDA();

  const engine: Engine = {
    flags,
    runScript(source, file, goal = 'auto') {
      let sfi: number;
      try {
        sfi = loadScript(compile(source, file, goal, flags));
      } catch (e) {
        if (e instanceof CompileError && e.isModule) return runEntryModule(source, file, engine);
        if (e instanceof CompileError) {
          engine.stderr(e.formatted);
          return { kind: 'uncaught' };
        }
        throw e;
      }
      return settle(vmRunScript(sfi), engine);
    },
    runEventLoop() {
      return runEventLoop({ runMicrotasks, exitRequested, reportUncaught: (value) => reportUncaught(value, engine) });
    },
    runMain(source, file, goal = 'auto') {
      entryModule = null;
      let status = goal === 'commonjs' ? runCommonJsEntry(file, engine) : engine.runScript(source, file, goal);
      if (status.kind === 'ok') status = engine.runEventLoop();
      nodeFlushOutput();
      if (status.kind === 'ok' && entryModule !== null) {
        // As Node: a top-level await that never settled is reported and the exit status is 13.
        const unsettled = unsettledTopLevelAwait(entryModule);
        if (unsettled !== null) {
          engine.stderr(`Warning: Detected unsettled top-level await at ${unsettled.where}\n${unsettled.line}\n^\n\n\n\n`);
          nodeFlushOutput();
          return 13;
        }
      }
      if (status.kind === 'ok') return processExitCode();
      return status.kind === 'exit' ? status.code : 1;
    },
    setArgv(argv) {
      runHidden(`if (typeof process === 'object' && process !== null) process.argv = ${JSON.stringify(argv)};`);
    },
    evaluateAndPrint(source, file) {
      let sfi: number;
      try {
        sfi = loadScript(compile(source, file, 'script', flags));
      } catch (e) {
        if (e instanceof CompileError) {
          // As Node's REPL reports it: no position (the input is right above).
          engine.stderr(`Uncaught SyntaxError: ${e.message}\n`);
          return { kind: 'uncaught' };
        }
        throw e;
      }
      const result = vmRunScript(sfi);
      if (isException(result)) return settle(result, engine, true);
      const scope = handleScopeOpen();
      const hValue = handleNew(result);
      const status = printValue(handleGet(hValue), 'log', '%O', engine);
      handleScopeClose(scope);
      return status;
    },
    stdout: (text) => nodeWrite(1, text),
    stderr: (text) => nodeWrite(2, text),
  };
  return engine;
}

/** Kernel switches that are exported only once their owners add them (read through the namespace). */
interface OptionalKernelSwitches {
  interpreterSetTrace?: (on: boolean) => void;
  interpreterSetStackLimit?: (bytes: number) => void;
}

/** Turns on the flags the kernel supports; returns a note for each requested one it does not. */
function wireFlags(flags: EngineFlags): string[] {
  const k = interpreter as OptionalKernelSwitches;
  const missing: string[] = [];
  if (flags.trace) {
    if (k.interpreterSetTrace) k.interpreterSetTrace(true);
    else missing.push('--trace: the interpreter has no instruction trace yet');
  }
  if (flags.stackSizeKB !== 1024) {
    if (k.interpreterSetStackLimit) k.interpreterSetStackLimit(flags.stackSizeKB * 1024);
    else missing.push('--stack-size: the interpreter has no adjustable stack limit yet');
  }
  icSetTraceIc(flags.traceIc);
  icSetTraceShapes(flags.traceShapes);
  return missing;
}

/** Runs a line of the embedder's own as a script (not reported: it is ours). Returns the completion value or undefined. */
function runHidden(source: string): number {
  const result = vmRunScript(loadScript(compile(source, '[ouro]', 'script')));
  if (isException(result)) {
    pendingExceptionClear();
    return undefinedValue();
  }
  return result;
}

/** `process.exitCode` when the program set it to an integer (as Node exits with it), else 0. */
function processExitCode(): number {
  const v = runHidden(`typeof process === 'object' && process !== null && Number.isInteger(process.exitCode) ? process.exitCode : 0`);
  return (v & 1) === 0 ? v >> 1 : 0;
}

/** A completion of the kernel: reports an exception as uncaught. */
function settle(result: number, engine: Engine, repl = false): RunStatus {
  if (!isException(result)) return { kind: 'ok' };
  const value = pendingException();
  pendingExceptionClear();
  reportUncaught(value, engine, repl);
  return { kind: 'uncaught' };
}

// ---- modules -------------------------------------------------------------------------------------

/** The entry module of the running program (for the unsettled top-level await check). */
let entryModule: HostModule | null = null;

/**
 * Runs `file` as the entry module: loads its static graph, links and evaluates it. Load and link
 * errors are reported here (syntax errors with their code frame, link errors as V8 reports them
 * at the import); an evaluation error rejects the entry's promise, which nobody handles, so the
 * event loop reports it as uncaught (as Node does).
 */
function runEntryModule(source: string, file: string, engine: Engine): RunStatus {
  let m: HostModule;
  try {
    m = loadEntry(file, source);
    entryModule = m;
    link(m);
  } catch (e) {
    return reportModuleError(e, engine);
  }
  evaluate(m);
  return { kind: 'ok' };
}

/** Runs a CommonJS entry point (`ouro run file.cjs`). */
function runCommonJsEntry(file: string, engine: Engine): RunStatus {
  try {
    requireFile(path.resolve(file), true);
  } catch (e) {
    return reportModuleError(e, engine);
  }
  return { kind: 'ok' };
}

function reportModuleError(e: unknown, engine: Engine): RunStatus {
  if (e instanceof ModuleCompileError) {
    engine.stderr(e.formatted);
    return { kind: 'uncaught' };
  }
  if (e instanceof ModuleThrow) {
    const value = e.take();
    const where = linkErrorPosition(value);
    if (where !== null) {
      const message = stringProperty(value, 'message') ?? '';
      engine.stderr(`${where}: SyntaxError: ${message}\n`);
      return { kind: 'uncaught' };
    }
    reportUncaught(value, engine);
    return { kind: 'uncaught' };
  }
  throw e;
}

// ---- compiling ---------------------------------------------------------------------------------

/** A compiled top level and the (type-stripped) text its positions refer to. */
export interface CompiledScript {
  top: BytecodeFunction;
  file: string;
  text: string;
}

/** Loads a compiled script into the heap with its Script record (stack traces). May GC. */
export function loadScript(c: CompiledScript): number {
  return loadBytecodeFunction(c.top, { fileName: c.file, source: c.text });
}

/** Source text → the host BytecodeFunction of its top level. Throws CompileError for user errors. */
export function compile(source: string, file: string, goal: Goal, flags?: EngineFlags): CompiledScript {
  let text = source;
  try {
    if (isTypeScriptFile(file)) text = stripTypes(source, { file, sourceType: goal === 'script' ? 'script' : 'module' }).code;
    const program = parseFile(text, file, goal) as unknown as EsNode;
    if ((program as unknown as { sourceType: string }).sourceType === 'module') {
      throw new CompileError('module code cannot be loaded as a script', `${file}: module code cannot be loaded as a script (it has import/export syntax)\n`, false, true);
    }
    const top = generateProgram(analyzeScopes(program));
    if (flags?.printBytecode) nodeWrite(1, disassembleAll(top, { bytes: false, position: lineColumnMapper(text) }));
    return { top, file, text };
  } catch (e) {
    if (e instanceof OuroSyntaxError) {
      const atEnd = e.index >= text.trimEnd().length;
      throw new CompileError(e.message, formatSourceError(file, text, 'SyntaxError', e.message, e, process.stderr.isTTY === true), atEnd);
    }
    if (e instanceof NotSupportedError) {
      const pos = lineColumnMapper(text)(e.sourceOffset);
      throw new CompileError(e.message, `${file}:${pos}: SyntaxError: ${e.message}\n`, false);
    }
    throw e;
  }
}

/** The script compiler behind the realm's `load()` (hostCompileScript): heap strings in, SFI out. */
function compileForLoad(source: number, name: number): number {
  const file = hostString(name);
  try {
    return loadScript(compile(hostString(source), file, 'script'));
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    // The realm's SyntaxError constructor is reached through the global object.
    const scope = handleScopeOpen();
    // Keys and strings are made before objects are read: heapString allocates (and may collect).
    const key = heapString('SyntaxError', true);
    const ctor = getProperty(rootGet(RootIndex.globalObject), key);
    const hCtor = handleNew(ctor);
    let error: number = heapString(e.message, false);
    if (isCallable(handleGet(hCtor))) {
      const hMessage = handleNew(error);
      error = vmCall2(handleGet(hCtor), undefinedValue(), handleGet(hMessage), undefinedValue());
      if (isException(error)) {
        handleScopeClose(scope);
        return exceptionSentinel();
      }
    }
    handleScopeClose(scope);
    return throwValue(error);
  }
}

// ---- strings between host and heap -------------------------------------------------------------

/** The characters of a heap string as a host string. */
export function hostString(s: number): string {
  const n = stringLength(s);
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(stringGet(s, i));
  return out;
}

/** A new heap string (internalized when it is to be a property key). May GC. */
export function heapString(text: string, internalize: boolean): number {
  let oneByte = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 255) oneByte = false;
  const s = oneByte ? stringNewOneByte(text.length) : stringNewTwoByte(text.length);
  for (let i = 0; i < text.length; i++) seqSetChar(s, i, text.charCodeAt(i));
  return internalize ? stringInternalize(s) : s;
}

// ---- reporting ---------------------------------------------------------------------------------

/** A property of `obj` as a host string, or null when it is not a string (or reading it threw). May GC. */
function stringProperty(obj: number, name: string): string | null {
  const scope = handleScopeOpen();
  const hObj = handleNew(obj);
  const key = heapString(name, true);
  const v = getProperty(handleGet(hObj), key);
  let out: string | null = null;
  if (isException(v)) pendingExceptionClear();
  else if ((v & 1) !== 0 && isString(v)) out = hostString(v);
  handleScopeClose(scope);
  return out;
}

/**
 * Prints an uncaught exception as DESIGN §10 wants it: `Uncaught Name: message` (read when it is
 * reported, as Node does, so that a `name` set after construction shows), then the frames of the
 * error's `stack`. Any other value is printed with the library's inspect (`console.error('%O')`).
 */
export function reportUncaught(value: number, engine: Engine, repl = false): void {
  nodeFlushOutput();
  const scope = handleScopeOpen();
  const hValue = handleNew(value);
  const stack = (value & 1) !== 0 && isJSObject(value) ? stringProperty(value, 'stack') : null;
  if (stack !== null) {
    const name = stringProperty(handleGet(hValue), 'name') ?? 'Error';
    const message = stringProperty(handleGet(hValue), 'message') ?? '';
    // The REPL leaves out the frame of the input itself, as Node's does.
    const frames = stack.split('\n').filter((line) => /^\s+at /.test(line) && !(repl && /^\s+at \[repl\]:\d+:\d+$/.test(line)));
    engine.stderr(`Uncaught ${message === '' ? name : `${name}: ${message}`}\n${frames.map((f) => f + '\n').join('')}`);
  } else {
    printValue(handleGet(hValue), 'error', 'Uncaught %O', engine);
  }
  handleScopeClose(scope);
  nodeFlushOutput();
}

/** `console[method](format, value)` of the realm; a plain fallback when console is missing. May GC. */
function printValue(value: number, method: 'log' | 'error', format: string, engine: Engine): RunStatus {
  const scope = handleScopeOpen();
  const hValue = handleNew(value);
  // Keys before objects: heapString allocates (and may collect), which moves what was read.
  const consoleKey = heapString('console', true);
  const consoleObject = getProperty(rootGet(RootIndex.globalObject), consoleKey);
  let done = false;
  if (!isException(consoleObject) && (consoleObject & 1) !== 0 && isJSObject(consoleObject)) {
    const hConsole = handleNew(consoleObject);
    const methodKey = heapString(method, true);
    const fn = getProperty(handleGet(hConsole), methodKey);
    if (!isException(fn) && isCallable(fn)) {
      const hFn = handleNew(fn);
      const hFormat = handleNew(heapString(format, false));
      const r = vmCall2(handleGet(hFn), handleGet(hConsole), handleGet(hFormat), handleGet(hValue));
      if (isException(r)) {
        handleScopeClose(scope);
        return settle(r, engine);
      }
      done = true;
    }
  }
  if (!done) {
    const text = (value & 1) !== 0 && isString(value) ? `'${hostString(value)}'` : '<value>';
    (method === 'log' ? engine.stdout : engine.stderr)(format.replace('%O', text) + '\n');
  }
  handleScopeClose(scope);
  return { kind: 'ok' };
}

