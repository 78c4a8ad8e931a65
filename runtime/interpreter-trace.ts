// Instruction tracing (--trace): one line per executed instruction on stderr,
//   [trace] @<offset> <Mnemonic> acc=<short value>
// (the accumulator *before* the instruction). No allocation: strings are written from the heap
// character by character, objects as their instance type.
import type { i32 } from './types.ts';
import { hostWriteLit, hostWriteI32, hostWriteF64, hostWriteBytes } from './host/host.ts';
import { InstanceType, SeqStringLayout } from './layouts.ts';
import { undefinedValue, nullValue, trueValue, falseValue, theHole, isHeapNumber, heapNumberValue, instanceTypeOf, isJSObject } from './values.ts';
import { isString, stringLength } from './strings.ts';
import { bytecodeMnemonicWrite } from './interpreter-mnemonics.ts';

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

/** The --trace line of one instruction. */
export function interpreterTraceInstruction(fp: i32, pc: i32, op: i32, acc: i32): void {
  hostWriteLit(2, '[trace] @');
  hostWriteI32(2, pc);
  hostWriteLit(2, ' ');
  if (fp < 0) hostWriteLit(2, '?');
  bytecodeMnemonicWrite(2, op);
  hostWriteLit(2, ' acc=');
  shortValueWrite(2, acc);
  hostWriteLit(2, '\n');
}
