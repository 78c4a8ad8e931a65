// Helpers for the interpreter tests: compile a script with the stage0 front end, load it into a
// fresh kernel heap (with its Script record), run it with vmRunScript, and read results back
// (the completion value, globals, the pending exception) as JavaScript values.
import { freshHeap, jsString, key } from '../kernel/helpers.ts';
import { compile } from '../bytecode/helpers.ts';
import { loadBytecodeFunction } from '../../stage0/bytecode/load.ts';
import { vmRunScript } from '../../runtime/interpreter.ts';
import { smiValue } from '../../runtime/memory.ts';
import { rootGet } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { isHeapNumber, heapNumberValue, undefinedValue, nullValue, trueValue, falseValue, theHole, isJSObject, instanceTypeOf } from '../../runtime/values.ts';
import { isString } from '../../runtime/strings.ts';
import { isException, pendingException, pendingExceptionClear } from '../../runtime/errors.ts';
import { objectGetOwn } from '../../runtime/objects.ts';
import { InstanceType } from '../../runtime/layouts.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { createRealm, setScriptCompiler } from '../../stage0/vm/realm.ts';

// The library files (and load()) are compiled by the stage0 front end, as the embedder does.
setScriptCompiler((source, name) => {
  const text = jsString(source);
  return loadBytecodeFunction(compile(text, 'script'), { fileName: jsString(name), source: text });
});

export { freshHeap };

export class Thrown {
  readonly value: unknown;
  constructor(value: unknown) {
    this.value = value;
  }
}

/** The JavaScript value of a kernel value (objects as '<object>', errors by their message when a string). */
export function js(v: number): unknown {
  if ((v & 1) === 0) return smiValue(v);
  if (isException(v)) {
    const e = pendingException();
    pendingExceptionClear();
    return new Thrown(js(e));
  }
  if (isHeapNumber(v)) return heapNumberValue(v);
  if (isString(v)) return jsString(v);
  if (v === undefinedValue()) return undefined;
  if (v === nullValue()) return null;
  if (v === trueValue()) return true;
  if (v === falseValue()) return false;
  if (v === theHole()) return '<hole>';
  if (isJSObject(v)) {
    if (instanceTypeOf(v) === InstanceType.JS_ERROR) {
      const m = objectGetOwn(v, key('message'));
      return `<error ${isString(m) ? jsString(m) : '?'}>`;
    }
    return '<object>';
  }
  return `<internal ${v}>`;
}

/** Compiles and runs `source` as a script in the current heap; returns the completion value (raw). */
export function runRaw(source: string, fileName = 'test.js'): number {
  const fn = compile(source, 'script');
  const sfi = loadBytecodeFunction(fn, { fileName, source });
  return vmRunScript(sfi);
}

/**
 * Runs `source` in a fresh heap (with the realm and library unless `bare`; optionally under
 * --gc-stress); returns the completion value as JS.
 */
export function run(source: string, options: { stress?: boolean; bare?: boolean } = {}): unknown {
  freshHeap(128, 1);
  if (!options.bare) createRealm();
  flagsSetGcStress(options.stress ?? false);
  try {
    return js(runRaw(source));
  } finally {
    flagsSetGcStress(false);
  }
}

/** A global variable of the last run, as a JavaScript value. */
export function globalValue(name: string): unknown {
  return js(objectGetOwn(rootGet(RootIndex.globalObject), key(name)));
}
