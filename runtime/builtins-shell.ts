// The d8-style shell globals (print, quit, read, load) and queueMicrotask, plus writing heap
// strings to a file descriptor. Octane's harness (base.js + a benchmark) runs on these.
import type { i32, bool } from './types.ts';
import { H8, H32, hostWriteBytes, hostWriteUtf16, hostReadFile, hostCompileScript, hostExit, hostCreateRealm } from './host/host.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet, fieldGet, rootGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { objectGetOwn, objectNormalize, objectIsDictionaryMode } from './objects.ts';
import { InstanceType, SeqStringLayout, SlicedStringLayout, MapLayout, MapBit } from './layouts.ts';
import { undefinedValue, nullValue, theHole, isJSObject } from './values.ts';
import { smiFrom } from './memory.ts';
import { atom } from './atoms.ts';
import {
  isString, stringFlatten, stringLength, stringType, stringIsOneByte, stringGet, stringNewOneByte, stringNewTwoByte, seqSetChar,
  stringConcat,
} from './strings.ts';
import { exceptionSentinel, isException, throwErrorWith, ErrorKind, throwError, throwErrorLit } from './errors.ts';
import { arrayBufferDetach } from './builtins-arraybuffer.ts';
import { toString, isCallable } from './conversions.ts';
import { vmRunScript } from './interpreter.ts';
import { enqueueMicrotask } from './microtasks.ts';
import { collectFull } from './gc.ts';
import { agentIntrinsicSet, Intrinsic } from './realm.ts';
import { arg, argToString, argToF64, convF64 } from './builtins-util.ts';

/** Writes a heap string to fd: one-byte text as Latin-1, two-byte text as UTF-16 (both end up UTF-8). May GC (flattening). */
export function stringWrite(fd: i32, s: i32): void {
  const flat: i32 = stringFlatten(s);
  const length: i32 = stringLength(flat);
  let base: i32 = flat;
  let offset: i32 = 0;
  const type: i32 = stringType(flat);
  if (type === InstanceType.SLICED_ONE_BYTE_STRING || type === InstanceType.SLICED_TWO_BYTE_STRING) {
    offset = fieldGet(flat, SlicedStringLayout.offset);
    base = fieldGet(flat, SlicedStringLayout.parent);
  }
  const chars: i32 = (base - 1 + SeqStringLayout.chars) | 0;
  if (stringIsOneByte(base)) hostWriteBytes(fd, (chars + offset) | 0, length);
  else hostWriteUtf16(fd, (chars + (offset << 1)) | 0, length);
}

/** print(...args): ToString of each, separated by spaces, then a newline (d8). */
export function shellPrint(argv: i32, argc: i32): i32 {
  for (let i: i32 = 0; i < argc; i++) {
    if (i > 0) hostWriteBytesLit1(1, 32);
    const s: i32 = argToString(argv, argc, i);
    if (isException(s)) return s;
    stringWrite(1, s);
  }
  hostWriteBytesLit1(1, 10);
  return undefinedValue();
}

/** Writes one byte (a space or a newline) through a one-character atom. */
function hostWriteBytesLit1(fd: i32, c: i32): void {
  const s: i32 = c === 10 ? atom('\n') : atom(' ');
  stringWrite(fd, s);
}

/** quit(code): flushes output and ends the program with `code` (0 by default). */
export function shellQuit(argv: i32, argc: i32): i32 {
  let code: i32 = 0;
  if (argc > 0) {
    if (!argToF64(argv, argc, 0)) return exceptionSentinel();
    code = convF64 | 0;
  }
  agentIntrinsicSet(Intrinsic.ExitCode, smiFrom(code));
  hostExit(code);
}

/**
 * The contents of the file named by string `path` as a string (UTF-8 decoded), or the hole when
 * it cannot be read. May GC.
 */
export function fileRead(path: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hFlat: i32 = handleNew(stringFlatten(path));
  const n: i32 = stringLength(handleGet(hFlat));
  const hPathBytes: i32 = handleNew(stringNewOneByte(n));
  for (let i: i32 = 0; i < n; i++) seqSetChar(handleGet(hPathBytes), i, stringGet(handleGet(hFlat), i) & 255);
  const pathAddr: i32 = (handleGet(hPathBytes) - 1 + SeqStringLayout.chars) | 0;
  const length: i32 = hostReadFile(pathAddr, n, 0, 0);
  if (length < 0) {
    handleScopeClose(scope);
    return theHole();
  }
  const hBytes: i32 = handleNew(stringNewOneByte(length));
  const addr: i32 = (handleGet(hBytes) - 1 + SeqStringLayout.chars) | 0;
  const pathAddr2: i32 = (handleGet(hPathBytes) - 1 + SeqStringLayout.chars) | 0;
  hostReadFile(pathAddr2, n, addr, length);
  let ascii: bool = true;
  for (let i: i32 = 0; i < length; i++) {
    if (H8[(addr + i) | 0] >= 128) {
      ascii = false;
      break;
    }
  }
  if (!ascii) handleSet(hBytes, utf8Decode(hBytes));
  const r: i32 = handleGet(hBytes);
  handleScopeClose(scope);
  return r;
}

/** Decodes the UTF-8 bytes of the one-byte string in handle hBytes into a two-byte string (U+FFFD for bad bytes). May GC. */
function utf8Decode(hBytes: i32): i32 {
  const n: i32 = stringLength(handleGet(hBytes));
  // Pass 1 counts UTF-16 units; pass 2 writes them.
  let units: i32 = 0;
  for (let pass: i32 = 0; pass < 2; pass++) {
    let out: i32 = 0;
    const result: i32 = pass === 1 ? stringNewTwoByte(units) : 0;
    const src: i32 = (handleGet(hBytes) - 1 + SeqStringLayout.chars) | 0;
    let i: i32 = 0;
    while (i < n) {
      const b0: i32 = H8[(src + i) | 0];
      let cp: i32 = 65533;
      let size: i32 = 1;
      if (b0 < 128) {
        cp = b0;
      } else if (b0 >= 194 && b0 < 224 && ((i + 1) | 0) < n && (H8[(src + i + 1) | 0] & 192) === 128) {
        cp = ((b0 & 31) << 6) | (H8[(src + i + 1) | 0] & 63);
        size = 2;
      } else if (b0 >= 224 && b0 < 240 && ((i + 2) | 0) < n && (H8[(src + i + 1) | 0] & 192) === 128 && (H8[(src + i + 2) | 0] & 192) === 128) {
        cp = ((b0 & 15) << 12) | ((H8[(src + i + 1) | 0] & 63) << 6) | (H8[(src + i + 2) | 0] & 63);
        size = 3;
        if (cp < 2048) cp = 65533;
      } else if (b0 >= 240 && b0 < 245 && ((i + 3) | 0) < n && (H8[(src + i + 1) | 0] & 192) === 128 &&
          (H8[(src + i + 2) | 0] & 192) === 128 && (H8[(src + i + 3) | 0] & 192) === 128) {
        cp = ((b0 & 7) << 18) | ((H8[(src + i + 1) | 0] & 63) << 12) | ((H8[(src + i + 2) | 0] & 63) << 6) | (H8[(src + i + 3) | 0] & 63);
        size = 4;
        if (cp < 65536 || cp > 1114111) {
          cp = 65533;
          size = 1;
        }
      }
      i = (i + size) | 0;
      if (cp >= 65536) {
        if (pass === 1) {
          seqSetChar(result, out, (55296 + ((cp - 65536) >> 10)) | 0);
          seqSetChar(result, (out + 1) | 0, (56320 + ((cp - 65536) & 1023)) | 0);
        }
        out = (out + 2) | 0;
      } else {
        if (pass === 1) seqSetChar(result, out, cp);
        out = (out + 1) | 0;
      }
    }
    if (pass === 0) units = out;
    else return result;
  }
  return handleGet(hBytes);
}

/** read(file): the file's text; Error when it cannot be read (d8). */
export function shellRead(argv: i32, argc: i32): i32 {
  const path: i32 = argToString(argv, argc, 0);
  if (isException(path)) return path;
  const scope: i32 = handleScopeOpen();
  const hPath: i32 = handleNew(path);
  const text: i32 = fileRead(path);
  if (text === theHole()) return closeWith(scope, throwErrorWith(ErrorKind.Error, 'Error reading \'', handleGet(hPath), '\''));
  return closeWith(scope, text);
}

function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** load(file): reads, compiles (hostCompileScript) and runs a classic script; its completion value. */
export function shellLoad(argv: i32, argc: i32): i32 {
  const path: i32 = argToString(argv, argc, 0);
  if (isException(path)) return path;
  const scope: i32 = handleScopeOpen();
  const hPath: i32 = handleNew(path);
  const text: i32 = fileRead(path);
  if (text === theHole()) return closeWith(scope, throwErrorWith(ErrorKind.Error, 'Error loading file \'', handleGet(hPath), '\''));
  const sfi: i32 = hostCompileScript(text, handleGet(hPath));
  if (isException(sfi)) return closeWith(scope, sfi);
  return closeWith(scope, vmRunScript(sfi));
}

/** queueMicrotask(callback) (HTML; Node's message for a non-function). */
export function shellQueueMicrotask(argv: i32, argc: i32): i32 {
  const cb: i32 = arg(argv, argc, 0);
  if (!isCallable(cb)) {
    const scope: i32 = handleScopeOpen();
    const hM: i32 = handleNew(atom('The "callback" argument must be of type function. Received '));
    const shown: i32 = toString(arg(argv, argc, 0));
    if (isException(shown)) return closeWith(scope, shown);
    handleSet(hM, stringConcat(handleGet(hM), shown));
    return closeWith(scope, throwError(ErrorKind.TypeError, handleGet(hM)));
  }
  enqueueMicrotask(cb, theHole(), theHole());
  return undefinedValue();
}

/** gc(): a full, compacting collection (the global exists only with --expose-gc). May GC. */
export function shellGc(argv: i32, argc: i32): i32 {
  if (argc < 0 || argv < 0) return exceptionSentinel();
  collectFull(true);
  return undefinedValue();
}

// ---- $262 (test262's host object, INTERPRETING.md; present with --expose-test262) ----------------
// The realm installs these on a `$262` namespace object; stage0/vm/engine.ts deletes it unless
// --expose-test262 and sets `$262.global`. `$262.gc` is shellGc.

/**
 * $262.evalScript(source): ParseScript + ScriptEvaluation of `source` as a classic script of this
 * realm; its completion value. A parse error is thrown as this realm's SyntaxError (the embedder's
 * script compiler makes it); global declaration conflicts throw as for any script.
 */
export function shell262EvalScript(argv: i32, argc: i32): i32 {
  const source: i32 = argToString(argv, argc, 0);
  if (isException(source)) return source;
  const scope: i32 = handleScopeOpen();
  const hSource: i32 = handleNew(source);
  const name: i32 = atom('evalScript');
  const sfi: i32 = hostCompileScript(handleGet(hSource), name);
  if (isException(sfi)) return closeWith(scope, sfi);
  return closeWith(scope, vmRunScript(sfi));
}

/** $262.detachArrayBuffer(buffer): DetachArrayBuffer (a TypeError for anything but an ArrayBuffer). */
export function shell262DetachArrayBuffer(argv: i32, argc: i32): i32 {
  return arrayBufferDetach(arg(argv, argc, 0));
}

/**
 * $262.createRealm(): a new realm in this heap (its own intrinsics, global object and library; the
 * embedder builds it, stage0/vm/realm.ts createAnotherRealm); returns the new realm's `$262`.
 */
export function shell262CreateRealm(argv: i32, argc: i32): i32 {
  if (argc < 0 || argv < 0) return exceptionSentinel();
  return hostCreateRealm();
}

/** $262.IsHTMLDDA(): null (INTERPRETING.md: with no arguments or "" it returns null). */
export function shell262IsHTMLDDA(argv: i32, argc: i32): i32 {
  if (argc < 0 || argv < 0) return exceptionSentinel();
  return nullValue();
}

/**
 * Makes the realm's $262.IsHTMLDDA function the [[IsHTMLDDA]] object (Annex B B.3.6): it gets a
 * map of its own (dictionary mode) with MapBit.UNDETECTABLE, which typeof, ToBoolean and == test
 * (runtime/conversions.ts, operators.ts, the interpreter's typeof and equality fast paths). The
 * embedder calls it once with --expose-test262. May GC.
 */
export function shell262MarkIsHTMLDDA(): void {
  const k262: i32 = atom('$262');
  const kDDA: i32 = atom('IsHTMLDDA');
  const holder: i32 = objectGetOwn(rootGet(RootIndex.globalObject), k262);
  if ((holder & 1) === 0 || !isJSObject(holder)) return;
  const dda: i32 = objectGetOwn(holder, kDDA);
  if ((dda & 1) === 0 || !isJSObject(dda)) return;
  const scope: i32 = handleScopeOpen();
  const hDDA: i32 = handleNew(dda);
  if (!objectIsDictionaryMode(handleGet(hDDA))) objectNormalize(handleGet(hDDA));
  const map: i32 = H32[(handleGet(hDDA) - 1) >> 2];
  H32[(map - 1 + MapLayout.bitField) >> 2] = H32[(map - 1 + MapLayout.bitField) >> 2] | MapBit.UNDETECTABLE;
  handleScopeClose(scope);
}
