// Instruction tracing (--trace): one line per executed instruction on stderr (after a
// `[trace] == name (file)` line whenever another frame runs; the library and the engine's own
// scripts are not traced),
//   [trace] @<offset> <Mnemonic> acc=<short value>
// (the accumulator *before* the instruction). No allocation: strings are written from the heap
// character by character, objects as their instance type.
import type { i32 } from './types.ts';
import { hostWriteLit, hostWriteI32, hostWriteF64, hostWriteBytes } from './host/host.ts';
import { InstanceType, SeqStringLayout } from './layouts.ts';
import { undefinedValue, nullValue, trueValue, falseValue, theHole, isHeapNumber, heapNumberValue, instanceTypeOf, isJSObject } from './values.ts';
import { isString, stringLength } from './strings.ts';
import { bytecodeMnemonicWrite } from './interpreter-mnemonics.ts';
import type { bool } from './types.ts';
import { H32 } from './host/host.ts';
import { fieldGet } from './heap.ts';
import { SharedFunctionInfoLayout } from './layouts.ts';
import { fixedArrayGet } from './values.ts';
import { stringGet } from './strings.ts';
import { functionShared } from './functions.ts';
import { FrameSlot, CallBlock, frameArgv } from './frames.ts';
import { ScriptSlot } from './stack-trace.ts';

/** Writes a short display of a tagged value to fd (no GC, no JavaScript). */
export function shortValueWrite(fd: i32, v: i32): void {
  if ((v & 1) === 0) {
    hostWriteI32(fd, v >> 1);
    return;
  }
  if (v === undefinedValue()) hostWriteLit(fd, 'undefined');
  else if (v === nullValue()) hostWriteLit(fd, 'null');
  else if (v === trueValue()) hostWriteLit(fd, 'true');
  else if (v === falseValue()) hostWriteLit(fd, 'false');
  else if (v === theHole()) hostWriteLit(fd, '<hole>');
  else if (isHeapNumber(v)) hostWriteF64(fd, heapNumberValue(v), 6);
  else if (isString(v)) {
    const n: i32 = stringLength(v);
    hostWriteLit(fd, '"');
    const t: i32 = instanceTypeOf(v);
    if (t === InstanceType.SEQ_ONE_BYTE_STRING || t === InstanceType.INTERNALIZED_ONE_BYTE_STRING) {
      hostWriteBytes(fd, (v - 1 + SeqStringLayout.chars) | 0, n < 24 ? n : 24);
      if (n > 24) hostWriteLit(fd, '...');
    } else {
      hostWriteLit(fd, '<string of length ');
      hostWriteI32(fd, n);
      hostWriteLit(fd, '>');
    }
    hostWriteLit(fd, '"');
  } else if (isJSObject(v)) {
    hostWriteLit(fd, '<object type ');
    hostWriteI32(fd, instanceTypeOf(v));
    hostWriteLit(fd, '>');
  } else {
    hostWriteLit(fd, '<internal type ');
    hostWriteI32(fd, instanceTypeOf(v));
    hostWriteLit(fd, '>');
  }
}

/** The frame whose instructions were traced last, and whether it is library code (not traced). */
let traceLastFp: i32 = 0;
let traceLastBytecode: i32 = 0;
let traceLastHidden: bool = false;

/**
 * Is `closure` engine-internal code (a function of a stage1/ library script or of an engine
 * script named "[ouro]…", or one without a Script record)? Its instructions are not traced. No GC.
 */
function traceHidden(closure: i32): bool {
  if (instanceTypeOf(closure) !== InstanceType.JS_FUNCTION) return true;
  const script: i32 = fieldGet(functionShared(closure), SharedFunctionInfoLayout.script);
  if ((script & 1) === 0 || script === undefinedValue() || instanceTypeOf(script) !== InstanceType.FIXED_ARRAY) return true;
  const file: i32 = fixedArrayGet(script, ScriptSlot.fileName);
  if (!isString(file) || stringLength(file) === 0) return false;
  // The engine's own scripts ("[ouro] ...") and the library ("stage1/...").
  if (stringGet(file, 0) === 91) return true;
  if (stringLength(file) < 7) return false;
  return stringGet(file, 0) === 115 && stringGet(file, 1) === 116 && stringGet(file, 2) === 97 && stringGet(file, 3) === 103 &&
    stringGet(file, 4) === 101 && stringGet(file, 5) === 49 && stringGet(file, 6) === 47;
}

/** `[trace] == name (file:line:col)` when execution enters (or returns to) another frame. No GC. */
function traceFrameHeader(fp: i32, closure: i32, pc: i32): void {
  const sfi: i32 = functionShared(closure);
  const name: i32 = fieldGet(sfi, SharedFunctionInfoLayout.name);
  hostWriteLit(2, '[trace] == ');
  if (isString(name) && stringLength(name) > 0) stringWrite2(name);
  else hostWriteLit(2, '<anonymous>');
  const script: i32 = fieldGet(sfi, SharedFunctionInfoLayout.script);
  if ((script & 1) !== 0 && script !== undefinedValue() && instanceTypeOf(script) === InstanceType.FIXED_ARRAY) {
    const file: i32 = fixedArrayGet(script, ScriptSlot.fileName);
    if (isString(file)) {
      hostWriteLit(2, ' (');
      stringWrite2(file);
      hostWriteLit(2, ')');
    }
  }
  hostWriteLit(2, '\n');
  if (pc < 0 || fp < 0) hostWriteLit(2, '?');
}

/** Writes a string's characters (one-byte strings; others as their length). No GC. */
function stringWrite2(s: i32): void {
  const t: i32 = instanceTypeOf(s);
  if (t === InstanceType.SEQ_ONE_BYTE_STRING || t === InstanceType.INTERNALIZED_ONE_BYTE_STRING) {
    hostWriteBytes(2, (s - 1 + SeqStringLayout.chars) | 0, stringLength(s));
  } else {
    hostWriteLit(2, '<string of length ');
    hostWriteI32(2, stringLength(s));
    hostWriteLit(2, '>');
  }
}

/**
 * The --trace line of one instruction, after a `[trace] == name (file)` header whenever the
 * traced frame changes; instructions of the self-hosted library (stage1/ scripts) are not traced.
 */
export function interpreterTraceInstruction(fp: i32, pc: i32, op: i32, acc: i32): void {
  const bytecode: i32 = H32[(fp + FrameSlot.bytecode) >> 2];
  if (fp !== traceLastFp || bytecode !== traceLastBytecode) {
    const closure: i32 = H32[(frameArgv(fp) + CallBlock.callee) >> 2];
    traceLastFp = fp;
    traceLastBytecode = bytecode;
    traceLastHidden = traceHidden(closure);
    if (!traceLastHidden) traceFrameHeader(fp, closure, pc);
  }
  if (traceLastHidden) return;
  hostWriteLit(2, '[trace] @');
  hostWriteI32(2, pc);
  hostWriteLit(2, ' ');
  if (fp < 0) hostWriteLit(2, '?');
  bytecodeMnemonicWrite(2, op);
  hostWriteLit(2, ' acc=');
  shortValueWrite(2, acc);
  hostWriteLit(2, '\n');
}
