// Helpers for the realm tests: a fresh heap with the realm (and, by default, the stage1 library),
// scripts compiled with the stage0 front end and run with vmRunScript, output captured from the
// Node host.
import { freshHeap, jsString, key } from '../kernel/helpers.ts';
import { compile } from '../bytecode/helpers.ts';
import { loadBytecodeFunction } from '../../stage0/bytecode/load.ts';
import { createRealm, setScriptCompiler } from '../../stage0/vm/realm.ts';
import { vmRunScript } from '../../runtime/interpreter.ts';
import { smiValue } from '../../runtime/memory.ts';
import { rootGet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { isHeapNumber, heapNumberValue, undefinedValue, nullValue, trueValue, falseValue, isJSObject } from '../../runtime/values.ts';
import { isString, stringLength, stringGet, stringNewOneByte, stringNewTwoByte, seqSetChar } from '../../runtime/strings.ts';
import { isException, pendingException, pendingExceptionClear, throwValue, errorNew, ErrorKind } from '../../runtime/errors.ts';
import { objectGetOwn } from '../../runtime/objects.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { nodeCaptureOutput, nodeFlushOutput, nodeSetExitThrows } from '../../runtime/host/node.ts';
import { runMicrotasks } from '../../runtime/microtasks.ts';

export function hostString(h: number): string {
  let out = '';
  const n = stringLength(h);
  for (let i = 0; i < n; i++) out += String.fromCharCode(stringGet(h, i));
  return out;
}

function heapString(s: string): number {
  let oneByte = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) oneByte = false;
  const h = oneByte ? stringNewOneByte(s.length) : stringNewTwoByte(s.length);
  for (let i = 0; i < s.length; i++) seqSetChar(h, i, s.charCodeAt(i));
  return h;
}

/** The test compiler behind load()/new Function()/the library: SyntaxError objects on failure. */
export function testCompiler(source: number, name: number): number {
  const text = hostString(source);
  const file = hostString(name);
  try {
    return loadBytecodeFunction(compile(text, 'script'), { fileName: file, source: text });
  } catch (e) {
    if (!(e instanceof Error) || e.name === 'OuroFatalError') throw e;
    const scope = handleScopeOpen();
    const hMessage = handleNew(heapString(e.message));
    const error = errorNew(ErrorKind.SyntaxError, handleGet(hMessage));
    handleScopeClose(scope);
    return throwValue(error);
  }
}

/** A fresh heap with a realm; `library: false` skips stage1. Returns the realm creation time (ms). */
export function freshRealm(options: { library?: boolean } = {}): number {
  freshHeap(256, 1);
  flagsSetGcStress(false);
  nodeSetExitThrows(true);
  setScriptCompiler(testCompiler);
  const t0 = performance.now();
  createRealm({ library: options.library ?? true });
  return performance.now() - t0;
}

export class Thrown {
  readonly value: unknown;
  constructor(value: unknown) {
    this.value = value;
  }
}

/** A kernel value as JavaScript (errors as "Name: message" strings inside Thrown for exceptions). */
export function js(v: number): unknown {
  if ((v & 1) === 0) return smiValue(v);
  if (isException(v)) {
    const e = pendingException();
    pendingExceptionClear();
    return new Thrown(describeError(e));
  }
  if (isHeapNumber(v)) return heapNumberValue(v);
  if (isString(v)) return hostString(v);
  if (v === undefinedValue()) return undefined;
  if (v === nullValue()) return null;
  if (v === trueValue()) return true;
  if (v === falseValue()) return false;
  if (isJSObject(v)) return '<object>';
  return `<internal ${v}>`;
}

function describeError(e: number): unknown {
  if (isJSObject(e)) {
    const stack = objectGetOwn(e, key('stack'));
    if ((stack & 1) !== 0 && isString(stack)) return hostString(stack).split('\n')[0];
    const message = objectGetOwn(e, key('message'));
    if ((message & 1) !== 0 && isString(message)) return `<object> ${hostString(message)}`;
  }
  return js(e);
}

/** Runs a script in the current realm; returns its completion value as JS (Thrown for exceptions). */
export function evalScript(source: string, options: { stress?: boolean } = {}): unknown {
  flagsSetGcStress(options.stress ?? false);
  try {
    const sfi = loadBytecodeFunction(compile(source, 'script'), { fileName: 'test.js', source });
    const r = vmRunScript(sfi);
    if (!isException(r)) {
      const m = runMicrotasks();
      if (isException(m)) return js(m);
    }
    return js(r);
  } finally {
    flagsSetGcStress(false);
  }
}

/** Runs a script and returns the lines it printed (plus a last line "Uncaught ..." when it threw). */
export function output(source: string, options: { stress?: boolean } = {}): string[] {
  const lines: string[] = [];
  nodeCaptureOutput(lines);
  try {
    const r = evalScript(source, options);
    nodeFlushOutput();
    if (r instanceof Thrown) lines.push(`Uncaught ${String(r.value)}`);
  } finally {
    nodeCaptureOutput(null);
  }
  return lines;
}

export function globalValue(name: string): unknown {
  return js(objectGetOwn(rootGet(RootIndex.globalObject), key(name)));
}

export { jsString };
