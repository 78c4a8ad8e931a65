// Stack traces (docs/interpreter.md, "Stack traces"): the live interpreter frames as data, and
// V8's text for them.
//
// `stackTraceCapture()` walks the frames from the innermost (interpreterTopFp) outwards: entry
// frames of kernel -> JS calls link to the frame that was running when the kernel called, so the
// walk crosses host recursion. The result is a FixedArray of (closure, Smi bytecode offset) pairs,
// at most STACK_TRACE_LIMIT of them (Error.stackTraceLimit's default).
//
// The Script record (SharedFunctionInfo.script, set by stage0/bytecode/load.ts on every function
// of a script) is a FixedArray [file name (string), source (string), line starts (ByteArray of
// i32 source offsets of each line's first character)]. Positions come from the BytecodeArray's
// source positions: the last entry at or before the frame's offset.
import type { i32, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom } from './memory.ts';
import { rootGet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { SharedFunctionInfoLayout, BytecodeArrayLayout, InstanceType, SfiKind, SfiFlag } from './layouts.ts';
import {
  undefinedValue, nullValue, theHole, isJSObject, fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, byteArrayLength,
  byteArrayAddress, instanceTypeOf,
} from './values.ts';
import { objectGetOwn, objectGetPrototype } from './objects.ts';
import { functionShared } from './functions.ts';
import { atom } from './atoms.ts';
import { isString, stringLength, stringConcat, stringGet, stringSlice } from './strings.ts';
import { numberToString } from './number-conversions.ts';
import { FrameSlot, FrameFlag, CallBlock, frameCallerFp, framePc, frameFlags, frameArgv } from './frames.ts';
import { interpreterTopFp } from './interpreter-calls.ts';

export const STACK_TRACE_LIMIT: i32 = 10;

/** Slots of the Script record. */
export const ScriptSlot = { fileName: 0, source: 1, lineStarts: 2, size: 3 } as const;

/**
 * Captures the live frames: FixedArray of (closure, Smi offset, Smi frame flags, receiver)
 * records, FRAME_RECORD slots each. May GC.
 */
export function stackTraceCapture(): i32 {
  let n: i32 = 0;
  for (let fp: i32 = interpreterTopFp; fp !== 0 && n < STACK_TRACE_LIMIT; fp = frameCallerFp(fp)) n = (n + 1) | 0;
  const trace: i32 = fixedArrayNew(Math.imul(n, FRAME_RECORD));
  let i: i32 = 0;
  for (let fp: i32 = interpreterTopFp; fp !== 0 && i < n; fp = frameCallerFp(fp)) {
    const at: i32 = Math.imul(i, FRAME_RECORD);
    fixedArraySet(trace, at, H32[(frameArgv(fp) + CallBlock.callee) >> 2]);
    fixedArraySet(trace, (at + 1) | 0, smiFrom(framePc(fp)));
    fixedArraySet(trace, (at + 2) | 0, smiFrom(frameFlags(fp)));
    fixedArraySet(trace, (at + 3) | 0, H32[(frameArgv(fp) + CallBlock.receiver) >> 2]);
    i = (i + 1) | 0;
  }
  return trace;
}

/** Slots per frame in a captured trace. */
const FRAME_RECORD: i32 = 4;

/** Number of frames in a captured trace. No GC. */
export function stackTraceLength(trace: i32): i32 {
  return (fixedArrayLength(trace) / FRAME_RECORD) | 0;
}

/** The source offset of bytecode offset `pc` of `bytecode` (-1 when unknown). No GC. */
export function sourceOffsetAt(bytecode: i32, pc: i32): i32 {
  const table: i32 = fieldGet(bytecode, BytecodeArrayLayout.sourcePositions);
  if ((table & 1) === 0 || table === undefinedValue() || instanceTypeOf(table) !== InstanceType.BYTE_ARRAY) return -1;
  const count: i32 = byteArrayLength(table) >> 3;
  let best: i32 = -1;
  for (let i: i32 = 0; i < count; i++) {
    const at: i32 = byteArrayAddress(table, i << 3);
    if (H32[at >> 2] > pc) break;
    best = H32[(at + 4) >> 2] >> 1;
  }
  return best;
}

let positionLine: i32 = 0;
let positionColumn: i32 = 0;

/** Sets positionLine/positionColumn (1-based) of `offset` in the script record; false without one. No GC. */
function positionOf(script: i32, offset: i32): bool {
  if ((script & 1) === 0 || script === undefinedValue() || instanceTypeOf(script) !== InstanceType.FIXED_ARRAY) return false;
  const starts: i32 = fixedArrayGet(script, ScriptSlot.lineStarts);
  const lines: i32 = byteArrayLength(starts) >> 2;
  let lo: i32 = 0;
  let hi: i32 = (lines - 1) | 0;
  while (lo < hi) {
    const mid: i32 = (lo + hi + 1) >> 1;
    if (H32[byteArrayAddress(starts, mid << 2) >> 2] <= offset) lo = mid;
    else hi = (mid - 1) | 0;
  }
  positionLine = (lo + 1) | 0;
  positionColumn = (offset - H32[byteArrayAddress(starts, lo << 2) >> 2] + 1) | 0;
  return true;
}

/** h := h + s (h a handle). May GC. */
function append(h: i32, s: i32): void {
  handleSet(h, stringConcat(handleGet(h), s));
}
function appendNumber(h: i32, n: i32): void {
  const scope: i32 = handleScopeOpen();
  const s: i32 = numberToString(+n);
  append(h, s);
  handleScopeClose(scope);
}

/** Is this the file name of a library script ("stage1/…") or of the engine's own ("[ouro]…")? No GC. */
function isLibraryFile(file: i32): bool {
  if (!isString(file) || stringLength(file) === 0) return false;
  if (stringGet(file, 0) === 91) return true;
  return stringLength(file) >= 7 && stringGet(file, 0) === 115 && stringGet(file, 1) === 116 && stringGet(file, 2) === 97 &&
    stringGet(file, 3) === 103 && stringGet(file, 4) === 101 && stringGet(file, 5) === 49 && stringGet(file, 6) === 47;
}

/**
 * The type name V8 puts before a method's name: the receiver's constructor's name (found through
 * data properties only, no JavaScript runs), the class's own name for a class constructor as the
 * receiver (static methods), "Function" for other functions; 0 for a receiver that makes the
 * frame a plain call (undefined, null, the global object) or has no named constructor. No GC.
 */
function receiverTypeName(receiver: i32): i32 {
  if ((receiver & 1) === 0 || !isJSObject(receiver) || receiver === rootGet(RootIndex.globalObject)) return 0;
  const kName: i32 = atom('name');
  if (instanceTypeOf(receiver) === InstanceType.JS_FUNCTION) {
    const flags: i32 = H32[(functionShared(receiver) - 1 + SharedFunctionInfoLayout.flags) >> 2];
    if ((flags & SfiFlag.isClassConstructor) !== 0 && ((flags >> SfiKind.shift) & SfiKind.mask) !== SfiKind.builtin) {
      const own: i32 = objectGetOwn(receiver, kName);
      if ((own & 1) !== 0 && isString(own) && stringLength(own) > 0) return own;
    }
  }
  const kConstructor: i32 = atom('constructor');
  const nul: i32 = nullValue();
  for (let o: i32 = receiver; o !== nul && (o & 1) !== 0 && isJSObject(o); o = objectGetPrototype(o)) {
    const ctor: i32 = objectGetOwn(o, kConstructor);
    if (ctor === theHole()) continue;
    if ((ctor & 1) === 0 || !isJSObject(ctor) || instanceTypeOf(ctor) !== InstanceType.JS_FUNCTION) return 0;
    const name: i32 = objectGetOwn(ctor, kName);
    if ((name & 1) !== 0 && isString(name) && stringLength(name) > 0) return name;
    return 0;
  }
  return 0;
}

/**
 * V8's text of a captured trace: for each frame "\n    at NAME (FILE:LINE:COL)", or
 * "\n    at FILE:LINE:COL" for top-level code and anonymous functions ("new NAME" for
 * constructors). May GC.
 */
export function stackTraceFormat(trace: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hTrace: i32 = handleNew(trace);
  const hOut: i32 = handleNew(rootGet(RootIndex.emptyString));
  const n: i32 = stackTraceLength(trace);
  for (let i: i32 = 0; i < n; i++) {
    const at: i32 = Math.imul(i, FRAME_RECORD);
    const closure: i32 = fixedArrayGet(handleGet(hTrace), at);
    const pc: i32 = fixedArrayGet(handleGet(hTrace), (at + 1) | 0) >> 1;
    const flags: i32 = fixedArrayGet(handleGet(hTrace), (at + 2) | 0) >> 1;
    const receiver: i32 = fixedArrayGet(handleGet(hTrace), (at + 3) | 0);
    const sfi: i32 = functionShared(closure);
    const script: i32 = fieldGet(sfi, SharedFunctionInfoLayout.script);
    const offset: i32 = sourceOffsetAt(fieldGet(sfi, SharedFunctionInfoLayout.bytecode), pc);
    const hasPosition: bool = offset >= 0 && positionOf(script, offset);
    const line: i32 = positionLine;
    const column: i32 = positionColumn;
    const name: i32 = fieldGet(sfi, SharedFunctionInfoLayout.name);
    const kind: i32 = (H32[(sfi - 1 + SharedFunctionInfoLayout.flags) >> 2] >> SfiKind.shift) & SfiKind.mask;
    const named: bool = kind !== SfiKind.script && kind !== SfiKind.module && kind !== SfiKind.eval && isString(name) && stringLength(name) > 0;
    const construct: bool = (flags & (FrameFlag.construct | FrameFlag.constructDerived)) !== 0;
    // A method call (V8's CallSiteInfo: a receiver that is not undefined, null or the global
    // object) names the receiver's type: "Object.m", "C.m", "Array.map". Accessors do not.
    const typeName: i32 = named && !construct && kind !== SfiKind.getter && kind !== SfiKind.setter ? receiverTypeName(receiver) : 0;
    const hType: i32 = handleNew(typeName);
    // The library's functions show as built-ins do: "(<anonymous>)" without a position.
    const library: bool = hasPosition && isLibraryFile(fixedArrayGet(script, ScriptSlot.fileName));
    const shown: bool = hasPosition && !library;
    const hName: i32 = handleNew(name);
    const hFile: i32 = handleNew(shown ? fixedArrayGet(script, ScriptSlot.fileName) : atom('<anonymous>'));
    append(hOut, atom('\n    at '));
    if (named) {
      if (construct) append(hOut, atom('new '));
      if (handleGet(hType) !== 0) {
        append(hOut, handleGet(hType));
        append(hOut, atom('.'));
      }
      append(hOut, handleGet(hName));
      append(hOut, atom(' ('));
    }
    append(hOut, handleGet(hFile));
    if (shown) {
      append(hOut, atom(':'));
      appendNumber(hOut, line);
      append(hOut, atom(':'));
      appendNumber(hOut, column);
    }
    if (named) append(hOut, atom(')'));
  }
  const out: i32 = handleGet(hOut);
  handleScopeClose(scope);
  return out;
}

/** The formatted stack of the current frames ("" outside JavaScript). May GC. */
export function stackTraceCurrent(): i32 {
  return stackTraceFormat(stackTraceCapture());
}

function isCalleeChar(c: i32): bool {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 35 || c > 127;
}

/** Set by frameSource: the source offset of the frame's current instruction. */
let frameSourceOffset: i32 = 0;

/**
 * The source text of the script of the function running in the frame at fp, with the source
 * offset of its current instruction in frameSourceOffset (with `exact`, only an expression
 * position recorded on that very instruction); 0 when there is no script or no position. No GC.
 */
function frameSource(fp: i32, exact: bool): i32 {
  const sfi: i32 = functionShared(H32[(frameArgv(fp) + CallBlock.callee) >> 2]);
  const script: i32 = fieldGet(sfi, SharedFunctionInfoLayout.script);
  if ((script & 1) === 0 || script === undefinedValue() || instanceTypeOf(script) !== InstanceType.FIXED_ARRAY) return 0;
  const bytecode: i32 = fieldGet(sfi, SharedFunctionInfoLayout.bytecode);
  const offset: i32 = exact ? expressionOffsetAt(bytecode, framePc(fp)) : sourceOffsetAt(bytecode, framePc(fp));
  if (offset < 0) return 0;
  frameSourceOffset = offset;
  return fixedArrayGet(script, ScriptSlot.source);
}

/**
 * The start of the member path ending at `at` (`a[0].b?.c` for a position at c): back over
 * identifier characters, dots, `?.` and bracketed keys. -1 when the path starts with a dot (the
 * object is a call or another expression the text cannot show). No GC.
 */
function memberPathStart(source: i32, at: i32): i32 {
  let i: i32 = at;
  while (i > 0) {
    const c: i32 = stringGet(source, (i - 1) | 0);
    if (c === 93) {
      let depth: i32 = 0;
      let j: i32 = (i - 1) | 0;
      for (; j >= 0; j = (j - 1) | 0) {
        const d: i32 = stringGet(source, j);
        if (d === 10 || d === 13) return -1;
        if (d === 93) depth = (depth + 1) | 0;
        else if (d === 91) {
          depth = (depth - 1) | 0;
          if (depth === 0) break;
        }
      }
      if (j < 0) return -1;
      i = j;
    } else if (c === 63 && stringGet(source, i) === 46) {
      i = (i - 1) | 0;
    } else if (isCalleeChar(c)) {
      i = (i - 1) | 0;
    } else {
      break;
    }
  }
  return i < at && stringGet(source, i) === 46 ? -1 : i;
}

/**
 * The source text of the callee of the call the frame at fp executes (V8's CallPrinter, for the
 * simple cases): from the call's source position to its '(' — an identifier path like `o.m`,
 * `a[0].f` or `this.#p` — or 0 when the text is anything else or the function has no Script.
 * May GC (the slice).
 */
export function callSiteCalleeText(fp: i32): i32 {
  const source: i32 = frameSource(fp, false);
  if (source === 0) return 0;
  const length: i32 = stringLength(source);
  let start: i32 = frameSourceOffset;
  if (((start + 4) | 0) < length && stringGet(source, start) === 110 && stringGet(source, (start + 1) | 0) === 101 &&
      stringGet(source, (start + 2) | 0) === 119 && stringGet(source, (start + 3) | 0) === 32) start = (start + 4) | 0;
  // A method call's position is its property name (`a.b.c()` at c): back to the start of the path.
  start = memberPathStart(source, start);
  if (start < 0) return 0;
  let depth: i32 = 0;
  let i: i32 = start;
  while (i < length) {
    const c: i32 = stringGet(source, i);
    if (c === 40 && depth === 0) break;
    if (c === 10 || c === 13) return 0;
    if (c === 91) depth = (depth + 1) | 0;
    else if (c === 93) depth = (depth - 1) | 0;
    else if (depth === 0 && !isCalleeChar(c) && !(c === 63 && stringGet(source, (i + 1) | 0) === 46)) return 0;
    i = (i + 1) | 0;
  }
  if (i === start || i >= length || depth !== 0) return 0;
  return stringSlice(source, start, i);
}

/** The source offset of an expression position recorded exactly at `pc` (-1 when none). No GC. */
function expressionOffsetAt(bytecode: i32, pc: i32): i32 {
  const table: i32 = fieldGet(bytecode, BytecodeArrayLayout.sourcePositions);
  if ((table & 1) === 0 || table === undefinedValue() || instanceTypeOf(table) !== InstanceType.BYTE_ARRAY) return -1;
  const count: i32 = byteArrayLength(table) >> 3;
  for (let i: i32 = 0; i < count; i++) {
    const at: i32 = byteArrayAddress(table, i << 3);
    if (H32[at >> 2] > pc) break;
    if (H32[at >> 2] === pc && (H32[(at + 4) >> 2] & 1) === 0) return H32[(at + 4) >> 2] >> 1;
  }
  return -1;
}

function isBlank(c: i32): bool {
  return c === 32 || c === 9;
}

/**
 * Whether the source at i, after blanks, ends an expression: `)`, `;`, `]`, `}`, a line end. Not
 * `,`: in `(o, {})` the position of the sequence is that of `o`, and `o` is not the operand. No GC.
 */
function endsExpression(source: i32, i: i32, length: i32): bool {
  let j: i32 = i;
  while (j < length && isBlank(stringGet(source, j))) j = (j + 1) | 0;
  if (j >= length) return true;
  const c: i32 = stringGet(source, j);
  return c === 41 || c === 59 || c === 93 || c === 125 || c === 10 || c === 13;
}

/**
 * The source text of the operand of the instruction the frame at fp executes (V8's CallPrinter,
 * for "x is not iterable"), when the compiler recorded an expression position exactly there and
 * the expression is simple: an identifier path (`o`, `o.a`, `a[0]`, a number) or an empty object
 * literal, printed `{}`. 0 for anything else (the caller then describes the value). May GC.
 */
export function operandSourceText(fp: i32): i32 {
  const source: i32 = frameSource(fp, true);
  if (source === 0) return 0;
  const start: i32 = frameSourceOffset;
  const length: i32 = stringLength(source);
  if (start >= length) return 0;
  let i: i32 = start;
  if (stringGet(source, i) === 123) {
    i = (i + 1) | 0;
    while (i < length && isBlank(stringGet(source, i))) i = (i + 1) | 0;
    if (i >= length || stringGet(source, i) !== 125 || !endsExpression(source, (i + 1) | 0, length)) return 0;
    return atom('{}');
  }
  let depth: i32 = 0;
  while (i < length) {
    const c: i32 = stringGet(source, i);
    if (c === 10 || c === 13) return 0;
    if (c === 91) depth = (depth + 1) | 0;
    else if (c === 93 && depth > 0) depth = (depth - 1) | 0;
    else if (depth === 0 && !isCalleeChar(c)) break;
    i = (i + 1) | 0;
  }
  if (i === start || depth !== 0 || !endsExpression(source, i, length)) return 0;
  return stringSlice(source, start, i);
}
