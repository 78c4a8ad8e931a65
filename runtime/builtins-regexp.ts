// RegExp builtins in the kernel (docs/regexp.md): the compiled data of a RegExp object,
// RegExpBuiltinExec (§22.2.7.2) over the regex VM (runtime/regexp-vm.ts), and the intrinsics the
// library's RegExp (stage1/55-regexp.js) is built on.
//
// A RegExp object is an ordinary object whose hidden own property (key: the symbol
// Intrinsic.RegExpDataSymbol, never listed among keys) holds its RegExpData FixedArray: the
// spec's [[OriginalSource]], [[OriginalFlags]] and [[RegExpMatcher]]. The pattern compiler is the
// library's; it hands the bytecode to regexpMakeData as an array of integers.
import type { i32, f64, bool } from './types.ts';
import { H8, H16, H32 } from './host/host.ts';
import { fieldGet, fieldSet, rootGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { InstanceType, SeqStringLayout, SlicedStringLayout, ByteArrayLayout, PropertyAttr, JSArrayLayout, JSObjectLayout, FixedArrayLayout, ElementsKind } from './layouts.ts';
import {
  undefinedValue, nullValue, isJSObject, isSymbol, symbolNew, fixedArrayNew, fixedArrayGet, fixedArraySet,
  fixedArrayLength, byteArrayNew, isHeapNumber, heapNumberValue, byteArrayLength, theHole,
} from './values.ts';
import { isSmi, smiValue, smiFrom } from './memory.ts';
import { atom } from './atoms.ts';
import { isString, stringInternalize, stringLength, stringFlatten, stringSlice, stringType, stringIsOneByte, stringGet } from './strings.ts';
import { objectGetOwn, objectDefineOwnProperty, objectNew, objectMap, objectProperties, objectIsDictionaryMode } from './objects.ts';
import { mapCopyWithPrototype, mapInobjectProperties, mapOwnDescriptors } from './maps.ts';
import { RootIndex } from './roots.ts';
import { isException, throwErrorLit, throwErrorWith, exceptionSentinel, ErrorKind } from './errors.ts';
import { toString } from './conversions.ts';
import { getProperty, setProperty, defineOwnDataPropertyByName } from './property-access.ts';
import { arrayNew, arrayLength, elementsGet, elementsSet, elementsKindOf } from './elements.ts';
import { intrinsicGet, intrinsicSet, Intrinsic } from './realm.ts';
import { arg, argThis, toLengthF64, convF64, boolResult } from './builtins-util.ts';
import { rxRun, RX_STACK_FULL, RxHeader } from './regexp-vm.ts';

/** Slots of a RegExpData FixedArray. */
export const RegExpDataSlot = {
  source: 0, flags: 1, flagBits: 2, code: 3, groupCount: 4, names: 5, regCount: 6, size: 7,
} as const;

/** Bits of RegExpDataSlot.flagBits. */
export const RegExpFlag = {
  hasIndices: 1, global: 2, ignoreCase: 4, multiline: 8, dotAll: 16, unicode: 32, sticky: 64, unicodeSets: 128,
} as const;

const INITIAL_STACK_WORDS: i32 = 1024;
const MAX_STACK_WORDS: i32 = 1 << 24;

function dataKey(): i32 {
  return intrinsicGet(Intrinsic.RegExpDataSymbol);
}

/** The RegExpData of v, or 0 when v is not a RegExp object. No GC. */
export function regexpDataOf(v: i32): i32 {
  if (!isJSObject(v)) return 0;
  const key: i32 = dataKey();
  if (!isSymbol(key)) return 0;
  const d: i32 = objectGetOwn(v, key);
  if (isSmi(d) || d === undefinedValue() || d === theHole() || isJSObject(d)) return 0;
  return d;
}

function flagBitsOf(flags: i32): i32 {
  let bits: i32 = 0;
  const n: i32 = stringLength(flags);
  for (let i: i32 = 0; i < n; i++) {
    const c: i32 = stringGet(flags, i);
    if (c === 100) bits = bits | RegExpFlag.hasIndices;
    else if (c === 103) bits = bits | RegExpFlag.global;
    else if (c === 105) bits = bits | RegExpFlag.ignoreCase;
    else if (c === 109) bits = bits | RegExpFlag.multiline;
    else if (c === 115) bits = bits | RegExpFlag.dotAll;
    else if (c === 117) bits = bits | RegExpFlag.unicode;
    else if (c === 121) bits = bits | RegExpFlag.sticky;
    else if (c === 118) bits = bits | RegExpFlag.unicodeSets;
  }
  return bits;
}

/**
 * __ouro.regexpMakeData(source, flags, code, groupCount, names, regCount): a RegExpData. `code` is
 * an array of integers (the bytecode), `names` undefined or an array of groupCount + 1 entries
 * (a group's name or undefined). May GC.
 */
export function ouroRegexpMakeData(argv: i32, argc: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hData: i32 = handleNew(fixedArrayNew(RegExpDataSlot.size));
  fixedArraySet(handleGet(hData), RegExpDataSlot.source, arg(argv, argc, 0));
  fixedArraySet(handleGet(hData), RegExpDataSlot.flags, arg(argv, argc, 1));
  fixedArraySet(handleGet(hData), RegExpDataSlot.flagBits, smiFrom(flagBitsOf(arg(argv, argc, 1))));
  const words: f64 = arrayLength(arg(argv, argc, 2));
  const n: i32 = words | 0;
  const code: i32 = byteArrayNew(n << 2);
  fixedArraySet(handleGet(hData), RegExpDataSlot.code, code);
  for (let i: i32 = 0; i < n; i++) {
    const w: i32 = elementsGet(arg(argv, argc, 2), i);
    const c: i32 = fixedArrayGet(handleGet(hData), RegExpDataSlot.code);
    H32[(c - 1 + ByteArrayLayout.bytes + (i << 2)) >> 2] = isSmi(w) ? smiValue(w) : isHeapNumber(w) ? heapNumberValue(w) | 0 : 0;
  }
  fixedArraySet(handleGet(hData), RegExpDataSlot.groupCount, arg(argv, argc, 3));
  const names: i32 = arg(argv, argc, 4);
  if (isJSObject(names)) {
    const groups: i32 = smiValue(arg(argv, argc, 3));
    const hNames: i32 = handleNew(fixedArrayNew((groups + 1) | 0));
    for (let i: i32 = 0; i <= groups; i++) {
      const name: i32 = elementsGet(arg(argv, argc, 4), i >>> 0);
      const key: i32 = isString(name) ? stringInternalize(stringFlatten(name)) : undefinedValue();
      fixedArraySet(handleGet(hNames), i, key);
    }
    fixedArraySet(handleGet(hData), RegExpDataSlot.names, handleGet(hNames));
  } else {
    fixedArraySet(handleGet(hData), RegExpDataSlot.names, undefinedValue());
  }
  fixedArraySet(handleGet(hData), RegExpDataSlot.regCount, arg(argv, argc, 5));
  const result: i32 = handleGet(hData);
  handleScopeClose(scope);
  return result;
}

/** __ouro.regexpSetData(obj, data): makes obj a RegExp object with that data. May GC. */
export function ouroRegexpSetData(argv: i32, argc: i32): i32 {
  if (!isSymbol(dataKey())) {
    const sym: i32 = symbolNew(atom('RegExpData'));
    intrinsicSet(Intrinsic.RegExpDataSymbol, sym);
  }
  const key: i32 = dataKey();
  const obj: i32 = arg(argv, argc, 0);
  if (!isJSObject(obj)) return undefinedValue();
  objectDefineOwnProperty(obj, key, arg(argv, argc, 1), PropertyAttr.WRITABLE);
  return undefinedValue();
}

/** __ouro.regexpSource(v): [[OriginalSource]], or undefined when v is not a RegExp. */
export function ouroRegexpSource(argv: i32, argc: i32): i32 {
  const d: i32 = regexpDataOf(arg(argv, argc, 0));
  return d === 0 ? undefinedValue() : fixedArrayGet(d, RegExpDataSlot.source);
}

/** __ouro.regexpFlags(v): [[OriginalFlags]], or undefined when v is not a RegExp. */
export function ouroRegexpFlags(argv: i32, argc: i32): i32 {
  const d: i32 = regexpDataOf(arg(argv, argc, 0));
  return d === 0 ? undefinedValue() : fixedArrayGet(d, RegExpDataSlot.flags);
}

/** __ouro.isRegExp(v): v has a [[RegExpMatcher]]. */
export function ouroIsRegExp(argv: i32, argc: i32): i32 {
  return boolResult(regexpDataOf(arg(argv, argc, 0)) !== 0);
}

// ---- matching ----------------------------------------------------------------------------------

/**
 * Searches `subject` (a string) with RegExpData `data` from `lastIndex`: the registers (a
 * ByteArray; register 0/1 = the match) on success, null on failure, the exception sentinel when
 * the backtracking stack would exceed its limit. May GC.
 */
export function regexpSearch(data: i32, subject: i32, lastIndex: i32, forceSticky: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hData: i32 = handleNew(data);
  const hS: i32 = handleNew(stringFlatten(subject));
  const regCount: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.regCount));
  const hRegs: i32 = handleNew(scratchBuffer(RegExpStateSlot.registers, ((regCount + 2) << 2) | 0));
  const hStack: i32 = handleNew(scratchBuffer(RegExpStateSlot.stack, INITIAL_STACK_WORDS << 2));
  const bits: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.flagBits));
  const sticky: bool = forceSticky || (bits & RegExpFlag.sticky) !== 0;
  const unicode: bool = (bits & (RegExpFlag.unicode | RegExpFlag.unicodeSets)) !== 0;
  const icase: bool = (bits & RegExpFlag.ignoreCase) !== 0;
  const captureRegs: i32 = (smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.groupCount)) + 1) << 1;
  let start: i32 = lastIndex;
  // As V8 does, a lastIndex inside a surrogate pair starts the match at the pair (u and v).
  if (unicode && start > 0 && start < stringLength(handleGet(hS)) && (stringGet(handleGet(hS), start) & 0xfc00) === 0xdc00 &&
      (stringGet(handleGet(hS), (start - 1) | 0) & 0xfc00) === 0xd800) {
    start = (start - 1) | 0;
  }
  let found: bool = false;
  let overflow: bool = false;
  for (;;) {
    // Addresses, re-derived after any allocation.
    let s: i32 = handleGet(hS);
    let offset: i32 = 0;
    if (stringType(s) === InstanceType.SLICED_ONE_BYTE_STRING || stringType(s) === InstanceType.SLICED_TWO_BYTE_STRING) {
      offset = fieldGet(s, SlicedStringLayout.offset);
      s = fieldGet(s, SlicedStringLayout.parent);
    }
    const oneByte: bool = stringIsOneByte(s);
    const length: i32 = stringLength(handleGet(hS));
    const chars: i32 = (s - 1 + SeqStringLayout.chars + (oneByte ? offset : offset << 1)) | 0;
    const code: i32 = (fixedArrayGet(handleGet(hData), RegExpDataSlot.code) - 1 + ByteArrayLayout.bytes) | 0;
    const regs: i32 = (handleGet(hRegs) - 1 + ByteArrayLayout.bytes) | 0;
    const stackArray: i32 = handleGet(hStack);
    const stack: i32 = (stackArray - 1 + ByteArrayLayout.bytes) | 0;
    const stackWords: i32 = byteArrayLength(stackArray) >> 2;
    const anchored: bool = (H32[code >> 2] & RxHeader.anchored) !== 0;
    const hint: i32 = H32[(code + 4) >> 2];
    const firstSet: bool = (H32[code >> 2] & RxHeader.firstSet) !== 0;
    const nonAscii: bool = H32[(code + 24) >> 2] !== 0;
    let full: bool = false;
    while (start <= length) {
      if (anchored && start > 0) break;
      if (hint >= 0 && !sticky) {
        while (start < length && charAt(chars, oneByte, start) !== hint) start++;
        if (start >= length) break;
      } else if (firstSet && !sticky) {
        while (start < length) {
          const c: i32 = charAt(chars, oneByte, start);
          if (c < 128 ? (H32[(code + 8 + ((c >> 5) << 2)) >> 2] & (1 << (c & 31))) !== 0 : nonAscii) break;
          start++;
        }
        if (start >= length) break;
      }
      for (let r: i32 = 0; r < captureRegs; r++) H32[(regs + (r << 2)) >> 2] = -1;
      const end: i32 = rxRun(code, chars, oneByte, length, unicode, icase, regs, stack, stackWords, start);
      if (end >= 0) {
        H32[regs >> 2] = start;
        H32[(regs + 4) >> 2] = end;
        found = true;
        break;
      }
      if (end === RX_STACK_FULL) {
        full = true;
        break;
      }
      if (sticky) break;
      start = advanceIndex(chars, oneByte, length, start, unicode);
    }
    if (!full) break;
    if (stackWords >= MAX_STACK_WORDS) {
      overflow = true;
      break;
    }
    handleSet(hStack, byteArrayNew(stackWords << 4));
    scratchKeep(RegExpStateSlot.stack, handleGet(hStack));
  }
  let result: i32 = nullValue();
  if (overflow) result = throwErrorLit(ErrorKind.RangeError, 'Maximum call stack size exceeded');
  else if (found) {
    legacyRecord(hS, hRegs, captureRegs);
    result = handleGet(hRegs);
  }
  handleScopeClose(scope);
  return result;
}

/**
 * Slots of the RegExp state (Intrinsic.RegExpState, made by __ouro.regexpSaveState when the library
 * has installed RegExp): what the fast paths compare against, and the match buffers, reused by
 * every match (a match never runs JavaScript, so one set of buffers serves all).
 */
export const RegExpStateSlot = { prototypeMap: 0, exec: 1, constructor: 2, constructorMap: 3, registers: 4, stack: 5, literalMap: 6, resultMap: 7, legacy: 8, size: 9 } as const;

/** The cached buffer of state slot `slot` when it has at least `bytes` bytes, else a new one (kept). May GC. */
function scratchBuffer(slot: i32, bytes: i32): i32 {
  const state: i32 = intrinsicGet(Intrinsic.RegExpState);
  if (state !== undefinedValue()) {
    const b: i32 = fixedArrayGet(state, slot);
    if (b !== undefinedValue() && byteArrayLength(b) >= bytes) return b;
  }
  const fresh: i32 = byteArrayNew(bytes < 256 ? 256 : bytes);
  scratchKeep(slot, fresh);
  return fresh;
}

function scratchKeep(slot: i32, buffer: i32): void {
  const state: i32 = intrinsicGet(Intrinsic.RegExpState);
  if (state !== undefinedValue()) fixedArraySet(state, slot, buffer);
}

/**
 * Annex B's legacy static properties (RegExp.$1, lastMatch …): the last successful match, kept
 * in state slot `legacy` as [input, start0, end0, … start9, end9] (Smis, -1 unset). May GC.
 */
function legacyRecord(hS: i32, hRegs: i32, captureRegs: i32): void {
  const state: i32 = intrinsicGet(Intrinsic.RegExpState);
  if (state === undefinedValue()) return;
  let legacy: i32 = fixedArrayGet(state, RegExpStateSlot.legacy);
  if (legacy === undefinedValue()) {
    legacy = fixedArrayNew(21);
    fixedArraySet(intrinsicGet(Intrinsic.RegExpState), RegExpStateSlot.legacy, legacy);
  }
  fixedArraySet(legacy, 0, handleGet(hS));
  const regs: i32 = handleGet(hRegs);
  for (let r: i32 = 0; r < 20; r++) fixedArraySet(legacy, (r + 1) | 0, smiFrom(r < captureRegs ? regAt(regs, r) : -1));
}

/** __ouro.regexpLegacy(i): slot i of the legacy record (undefined before any match). */
export function ouroRegexpLegacy(argv: i32, argc: i32): i32 {
  const state: i32 = intrinsicGet(Intrinsic.RegExpState);
  if (state === undefinedValue()) return undefinedValue();
  const legacy: i32 = fixedArrayGet(state, RegExpStateSlot.legacy);
  const i: i32 = arg(argv, argc, 0);
  if (legacy === undefinedValue() || !isSmi(i) || smiValue(i) < 0 || smiValue(i) > 20) return undefinedValue();
  return fixedArrayGet(legacy, smiValue(i));
}

function charAt(chars: i32, oneByte: bool, i: i32): i32 {
  return oneByte ? H8[(chars + i) | 0] : H16[(chars + (i << 1)) >> 1];
}

/** AdvanceStringIndex (§22.2.7.3). */
export function advanceIndex(chars: i32, oneByte: bool, length: i32, index: i32, unicode: bool): i32 {
  if (!unicode || oneByte || ((index + 1) | 0) >= length) return (index + 1) | 0;
  const c: i32 = charAt(chars, false, index);
  if ((c & 0xfc00) !== 0xd800) return (index + 1) | 0;
  const d: i32 = charAt(chars, false, (index + 1) | 0);
  return (d & 0xfc00) === 0xdc00 ? (index + 2) | 0 : (index + 1) | 0;
}

export function regAt(regs: i32, r: i32): i32 {
  return H32[(regs - 1 + ByteArrayLayout.bytes + (r << 2)) >> 2];
}

export function regSetAt(regs: i32, r: i32, v: i32): void {
  H32[(regs - 1 + ByteArrayLayout.bytes + (r << 2)) >> 2] = v;
}

/**
 * RegExpBuiltinExec(R, S) (§22.2.7.2) up to the match: reads and updates lastIndex, returns the
 * registers (the shared match buffer: read them before the next match) or null. R must be a RegExp
 * object and S a string. May GC; may run JavaScript (lastIndex conversion and store).
 */
export function regexpExecRegisters(rx: i32, str: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(rx);
  const hS: i32 = handleNew(str);
  const kLastIndex: i32 = atom('lastIndex');
  const li: i32 = getProperty(handleGet(hR), kLastIndex);
  if (isException(li)) return close(scope, li);
  let lastIndex: f64 = 0;
  if (isSmi(li) && smiValue(li) >= 0) lastIndex = smiValue(li);
  else {
    if (!toLengthF64(li)) return close(scope, exceptionSentinel());
    lastIndex = convF64;
  }
  const data: i32 = regexpDataOf(handleGet(hR));
  if (data === 0) return close(scope, throwErrorLit(ErrorKind.TypeError, 'RegExp data missing'));
  const bits: i32 = smiValue(fixedArrayGet(data, RegExpDataSlot.flagBits));
  const globalOrSticky: bool = (bits & (RegExpFlag.global | RegExpFlag.sticky)) !== 0;
  if (!globalOrSticky) lastIndex = 0;
  const length: i32 = stringLength(handleGet(hS));
  if (lastIndex > length) {
    if (globalOrSticky) {
      const r: i32 = setProperty(handleGet(hR), atom('lastIndex'), smiFrom(0), true);
      if (isException(r)) return close(scope, r);
    }
    return close(scope, nullValue());
  }
  const regs: i32 = regexpSearch(data, handleGet(hS), lastIndex | 0, false);
  if (isException(regs)) return close(scope, regs);
  if (regs === nullValue()) {
    if (globalOrSticky) {
      const r: i32 = setProperty(handleGet(hR), atom('lastIndex'), smiFrom(0), true);
      if (isException(r)) return close(scope, r);
    }
    return close(scope, nullValue());
  }
  const hRegs: i32 = handleNew(regs);
  if (globalOrSticky) {
    const r: i32 = setProperty(handleGet(hR), atom('lastIndex'), smiFrom(regAt(handleGet(hRegs), 1)), true);
    if (isException(r)) return close(scope, r);
  }
  return close(scope, handleGet(hRegs));
}

/** RegExpBuiltinExec(R, S): the match array or null. May GC; may run JavaScript. */
export function regexpBuiltinExec(rx: i32, str: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(rx);
  const hS: i32 = handleNew(str);
  const regs: i32 = regexpExecRegisters(rx, str);
  if (isException(regs) || regs === nullValue()) return close(scope, regs);
  const hRegs: i32 = handleNew(regs);
  const hData: i32 = handleNew(regexpDataOf(handleGet(hR)));
  return close(scope, regexpMatchArray(hData, hS, hRegs));
}

/** Object.create(null). May GC. */
function objectCreateNull(): i32 {
  return objectNew(mapCopyWithPrototype(rootGet(RootIndex.objectMap), nullValue()));
}

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** The capture `g` of a match as a string, or undefined. May GC. */
function captureString(hS: i32, hRegs: i32, g: i32): i32 {
  const s: i32 = regAt(handleGet(hRegs), g << 1);
  const e: i32 = regAt(handleGet(hRegs), ((g << 1) + 1) | 0);
  if (s < 0 || e < 0) return undefinedValue();
  return stringSlice(handleGet(hS), s, e);
}

/**
 * The map of match arrays (V8's JSRegExpResult): an array with PACKED elements and the fields
 * index, input, groups, in that order, as field 0, 1, 2 (checked when it is made). Made once, from
 * a template array; 0 when the layout is not as expected (then arrays are built generically). May GC.
 */
function resultMap(): i32 {
  const state: i32 = intrinsicGet(Intrinsic.RegExpState);
  if (state === undefinedValue()) return 0;
  const cached: i32 = fixedArrayGet(state, RegExpStateSlot.resultMap);
  if (isSmi(cached)) return 0;
  if (cached !== undefinedValue()) return cached;
  const scope: i32 = handleScopeOpen();
  const hT: i32 = handleNew(arrayNew(1));
  elementsSet(handleGet(hT), 0, atom('template'));
  const kIndex: i32 = atom('index');
  defineOwnDataPropertyByName(handleGet(hT), kIndex, smiFrom(101));
  const kInput: i32 = atom('input');
  defineOwnDataPropertyByName(handleGet(hT), kInput, smiFrom(102));
  const kGroups: i32 = atom('groups');
  defineOwnDataPropertyByName(handleGet(hT), kGroups, smiFrom(103));
  const t: i32 = handleGet(hT);
  const map: i32 = objectMap(t);
  let ok: bool = elementsKindOf(t) === ElementsKind.PACKED && !objectIsDictionaryMode(t) && mapOwnDescriptors(map) === 3;
  for (let f: i32 = 0; f < 3 && ok; f++) {
    if (resultFieldGet(t, map, f) !== smiFrom((101 + f) | 0)) ok = false;
  }
  const st: i32 = intrinsicGet(Intrinsic.RegExpState);
  fixedArraySet(st, RegExpStateSlot.resultMap, ok ? map : smiFrom(0));
  handleScopeClose(scope);
  return ok ? map : 0;
}

function resultFieldAddress(obj: i32, map: i32, f: i32): i32 {
  const inobject: i32 = mapInobjectProperties(map);
  if (f < inobject) return (obj - 1 + JSArrayLayout.size + (f << 2)) | 0;
  return (objectProperties(obj) - 1 + FixedArrayLayout.elements + ((f - inobject) << 2)) | 0;
}

function resultFieldGet(obj: i32, map: i32, f: i32): i32 {
  return H32[resultFieldAddress(obj, map, f) >> 2];
}

/** A match array of the cached result map: elements from FixedArray hStore (PACKED), the three fields. May GC. */
function resultArrayNew(map: i32, hStore: i32, index: i32, hInput: i32, hGroupsValue: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hMap: i32 = handleNew(map);
  const inobject: i32 = mapInobjectProperties(map);
  const hProps: i32 = handleNew(inobject < 3 ? fixedArrayNew((3 - inobject) | 0) : rootGet(RootIndex.emptyFixedArray));
  const obj: i32 = objectNew(handleGet(hMap));
  fieldSet(obj, JSObjectLayout.properties, handleGet(hProps));
  fieldSet(obj, JSObjectLayout.elements, handleGet(hStore));
  fieldSet(obj, JSArrayLayout.length, smiFrom(fixedArrayLength(handleGet(hStore))));
  const m: i32 = handleGet(hMap);
  storeResultField(obj, m, 0, smiFrom(index));
  storeResultField(obj, m, 1, handleGet(hInput));
  storeResultField(obj, m, 2, handleGet(hGroupsValue));
  handleScopeClose(scope);
  return obj;
}

function storeResultField(obj: i32, map: i32, f: i32, v: i32): void {
  const inobject: i32 = mapInobjectProperties(map);
  if (f < inobject) fieldSet(obj, (JSArrayLayout.size + (f << 2)) | 0, v);
  else fixedArraySet(objectProperties(obj), (f - inobject) | 0, v);
}

/** The groups object of a match (undefined without named groups). May GC. */
function matchGroups(hData: i32, hStore: i32): i32 {
  const names: i32 = fixedArrayGet(handleGet(hData), RegExpDataSlot.names);
  if (names === undefinedValue()) return undefinedValue();
  const scope: i32 = handleScopeOpen();
  const groups: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.groupCount));
  const hGroups: i32 = handleNew(objectCreateNull());
  for (let g: i32 = 1; g <= groups; g++) {
    const name: i32 = fixedArrayGet(fixedArrayGet(handleGet(hData), RegExpDataSlot.names), g);
    if (name === undefinedValue()) continue;
    const v: i32 = fixedArrayGet(handleGet(hStore), g);
    if (v !== undefinedValue() || objectGetOwn(handleGet(hGroups), name) === theHole()) {
      defineOwnDataPropertyByName(handleGet(hGroups), name, v);
    }
  }
  const result: i32 = handleGet(hGroups);
  handleScopeClose(scope);
  return result;
}

/** The result array of a successful RegExpBuiltinExec (steps 20-35). May GC. */
export function regexpMatchArray(hData: i32, hS: i32, hRegs: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const groups: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.groupCount));
  const bits0: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.flagBits));
  const map: i32 = (bits0 & RegExpFlag.hasIndices) === 0 ? resultMap() : 0;
  if (map !== 0) {
    const hMap: i32 = handleNew(map);
    const hStore: i32 = handleNew(fixedArrayNew((groups + 1) | 0));
    for (let g: i32 = 0; g <= groups; g++) {
      const v: i32 = captureString(hS, hRegs, g);
      fixedArraySet(handleGet(hStore), g, v);
    }
    const hG: i32 = handleNew(matchGroups(hData, hStore));
    const a0: i32 = resultArrayNew(handleGet(hMap), hStore, regAt(handleGet(hRegs), 0), hS, hG);
    handleScopeClose(scope);
    return a0;
  }
  const hA: i32 = handleNew(arrayNew((groups + 1) | 0));
  for (let g: i32 = 0; g <= groups; g++) {
    const v: i32 = captureString(hS, hRegs, g);
    elementsSet(handleGet(hA), g >>> 0, v);
  }
  const kIndex: i32 = atom('index');
  defineOwnDataPropertyByName(handleGet(hA), kIndex, smiFrom(regAt(handleGet(hRegs), 0)));
  const kInput: i32 = atom('input');
  defineOwnDataPropertyByName(handleGet(hA), kInput, handleGet(hS));
  const names: i32 = fixedArrayGet(handleGet(hData), RegExpDataSlot.names);
  const hGroups: i32 = handleNew(undefinedValue());
  if (names !== undefinedValue()) {
    handleSet(hGroups, objectCreateNull());
    for (let g: i32 = 1; g <= groups; g++) {
      const v: i32 = elementsGet(handleGet(hA), g);
      const hV: i32 = handleNew(v);
      const name: i32 = fixedArrayGet(fixedArrayGet(handleGet(hData), RegExpDataSlot.names), g);
      if (name === undefinedValue()) continue;
      if (v !== undefinedValue() || objectGetOwn(handleGet(hGroups), name) === theHole()) {
        defineOwnDataPropertyByName(handleGet(hGroups), name, handleGet(hV));
      }
    }
  }
  const kGroups: i32 = atom('groups');
  defineOwnDataPropertyByName(handleGet(hA), kGroups, handleGet(hGroups));
  const bits: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.flagBits));
  if ((bits & RegExpFlag.hasIndices) !== 0) {
    const hI: i32 = handleNew(arrayNew((groups + 1) | 0));
    for (let g: i32 = 0; g <= groups; g++) {
      const s: i32 = regAt(handleGet(hRegs), g << 1);
      const e: i32 = regAt(handleGet(hRegs), ((g << 1) + 1) | 0);
      const hPair: i32 = handleNew(undefinedValue());
      if (s >= 0 && e >= 0) {
        handleSet(hPair, arrayNew(2));
        elementsSet(handleGet(hPair), 0, smiFrom(s));
        elementsSet(handleGet(hPair), 1, smiFrom(e));
      }
      elementsSet(handleGet(hI), g >>> 0, handleGet(hPair));
    }
    const hIG: i32 = handleNew(undefinedValue());
    if (names !== undefinedValue()) {
      handleSet(hIG, objectCreateNull());
      for (let g: i32 = 1; g <= groups; g++) {
        const v: i32 = elementsGet(handleGet(hI), g);
        const hV: i32 = handleNew(v);
        const name: i32 = fixedArrayGet(fixedArrayGet(handleGet(hData), RegExpDataSlot.names), g);
        if (name === undefinedValue()) continue;
        if (v !== undefinedValue() || objectGetOwn(handleGet(hIG), name) === theHole()) {
          defineOwnDataPropertyByName(handleGet(hIG), name, handleGet(hV));
        }
      }
    }
    const kGroups2: i32 = atom('groups');
    defineOwnDataPropertyByName(handleGet(hI), kGroups2, handleGet(hIG));
    const kIndices: i32 = atom('indices');
    defineOwnDataPropertyByName(handleGet(hA), kIndices, handleGet(hI));
  }
  const a: i32 = handleGet(hA);
  handleScopeClose(scope);
  return a;
}

// ---- builtins ----------------------------------------------------------------------------------

/** RegExp.prototype.exec (§22.2.6.2); the library installs it from __ouro.regexpExec. May GC. */
export function regexpProtoExec(argv: i32, argc: i32): i32 {
  const rx: i32 = argThis(argv);
  if (regexpDataOf(rx) === 0) {
    return throwErrorWith(ErrorKind.TypeError, 'Method RegExp.prototype.exec called on incompatible receiver ', rx, '');
  }
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(rx);
  const s: i32 = toString(arg(argv, argc, 0));
  if (isException(s)) return close(scope, s);
  return close(scope, regexpBuiltinExec(handleGet(hR), s));
}
