// Fast paths of the RegExp.prototype protocol methods (docs/regexp.md): test, @@match, @@replace,
// @@search and @@split run here, in the kernel, when nothing a user could have changed is
// observable — the regexp is "pristine":
//
//   - it is a RegExp object whose only own properties are lastIndex (writable, a non-negative Smi)
//     and its data, and whose [[Prototype]] is %RegExp.prototype%;
//   - %RegExp.prototype% still has the map it had when the library finished installing it (any
//     added, deleted or reconfigured property gives it a new map) and its `exec` is still the
//     builtin (a plain assignment keeps the map, so the value is compared);
//   - for @@split also: its `constructor` is %RegExp% and %RegExp% has its original map (so
//     @@species is the original getter).
//
// Then Get(rx, "flags"), Get(rx, "exec") and SpeciesConstructor have no observable effect and
// give known results, and the spec algorithms reduce to loops over the VM. Each builtin returns
// undefined when the regexp is not pristine: the library (stage1/55-regexp.js) then runs the
// spec steps itself. String arguments arrive converted (the library calls ToString first).
import type { i32, bool } from './types.ts';
import { rootGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { PropertyAttr } from './layouts.ts';
import {
  undefinedValue, nullValue, isJSObject, isSymbol, fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, theHole,
  trueValue, falseValue, byteArrayNew,
} from './values.ts';
import { isSmi, smiValue, smiFrom } from './memory.ts';
import { atom } from './atoms.ts';
import { isString, stringLength, stringFlatten, stringSlice, stringConcat, stringGet } from './strings.ts';
import { objectGetOwn, objectGetOwnAttributes, objectMap, objectIsDictionaryMode, objectNew, objectDefineOwnProperty } from './objects.ts';
import { mapPrototype, mapOwnDescriptors, mapCopyWithPrototype } from './maps.ts';
import { RootIndex } from './roots.ts';
import { isException, throwErrorLit, ErrorKind } from './errors.ts';
import { toString, isCallable } from './conversions.ts';
import { getProperty, setProperty } from './property-access.ts';
import { arrayNew, arrayPush, elementsGet } from './elements.ts';
import { vmArgsReserve, vmArgSet, vmArgsRelease, vmCall, vmConstruct } from './interpreter.ts';
import { intrinsicGet, intrinsicSet, Intrinsic } from './realm.ts';
import { arg } from './builtins-util.ts';
import {
  regexpDataOf, regexpSearch, regexpMatchArray, regexpExecRegisters, regAt, regSetAt, RegExpDataSlot, RegExpFlag, RegExpStateSlot,
} from './builtins-regexp.ts';

/** __ouro.regexpSaveState(prototype, exec, RegExp): records what the fast paths compare against. May GC. */
export function ouroRegexpSaveState(argv: i32, argc: i32): i32 {
  const state: i32 = fixedArrayNew(RegExpStateSlot.size);
  const hState: i32 = handleNew(state);
  const literalMap: i32 = mapCopyWithPrototype(rootGet(RootIndex.objectMap), arg(argv, argc, 0));
  fixedArraySet(handleGet(hState), RegExpStateSlot.literalMap, literalMap);
  fixedArraySet(handleGet(hState), RegExpStateSlot.prototypeMap, objectMap(arg(argv, argc, 0)));
  fixedArraySet(handleGet(hState), RegExpStateSlot.exec, arg(argv, argc, 1));
  fixedArraySet(handleGet(hState), RegExpStateSlot.constructor, arg(argv, argc, 2));
  fixedArraySet(handleGet(hState), RegExpStateSlot.constructorMap, objectMap(arg(argv, argc, 2)));
  intrinsicSet(Intrinsic.RegExpState, handleGet(hState));
  return undefinedValue();
}

/**
 * Is rx pristine (see the top of the file)? The atoms must have been made by the caller (this
 * function must not allocate): kExec = 'exec', kLastIndex = 'lastIndex', kConstructor =
 * 'constructor' (or 0 when the constructor does not matter). No GC.
 */
function pristine(rx: i32, kExec: i32, kLastIndex: i32, kConstructor: i32): bool {
  if (regexpDataOf(rx) === 0 || objectIsDictionaryMode(rx)) return false;
  const state: i32 = intrinsicGet(Intrinsic.RegExpState);
  if (state === undefinedValue()) return false;
  const map: i32 = objectMap(rx);
  const proto: i32 = intrinsicGet(Intrinsic.RegExpPrototype);
  if (mapPrototype(map) !== proto || mapOwnDescriptors(map) !== 2) return false;
  if (objectMap(proto) !== fixedArrayGet(state, RegExpStateSlot.prototypeMap)) return false;
  if (objectGetOwn(proto, kExec) !== fixedArrayGet(state, RegExpStateSlot.exec)) return false;
  const attrs: i32 = objectGetOwnAttributes(rx, kLastIndex);
  if (attrs < 0 || (attrs & PropertyAttr.WRITABLE) === 0 || (attrs & PropertyAttr.ACCESSOR) !== 0) return false;
  const li: i32 = objectGetOwn(rx, kLastIndex);
  if (!isSmi(li) || smiValue(li) < 0) return false;
  if (kConstructor !== 0) {
    const ctor: i32 = fixedArrayGet(state, RegExpStateSlot.constructor);
    if (objectGetOwn(proto, kConstructor) !== ctor) return false;
    if (objectMap(ctor) !== fixedArrayGet(state, RegExpStateSlot.constructorMap)) return false;
  }
  return true;
}

function flagBits(rx: i32): i32 {
  return smiValue(fixedArrayGet(regexpDataOf(rx), RegExpDataSlot.flagBits));
}

/** Stores a Smi into a pristine regexp's (writable, data) lastIndex. May GC. */
function setLastIndex(rx: i32, v: i32): void {
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(rx);
  const key: i32 = atom('lastIndex');
  setProperty(handleGet(hR), key, smiFrom(v), true);
  handleScopeClose(scope);
}

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** AdvanceStringIndex (§22.2.7.3) on any string. No GC. */
function advance(s: i32, index: i32, unicode: bool): i32 {
  if (!unicode || ((index + 1) | 0) >= stringLength(s)) return (index + 1) | 0;
  const c: i32 = stringGet(s, index);
  if ((c & 0xfc00) !== 0xd800) return (index + 1) | 0;
  return (stringGet(s, (index + 1) | 0) & 0xfc00) === 0xdc00 ? (index + 2) | 0 : (index + 1) | 0;
}

/** __ouro.regexpTest(rx, S): RegExp.prototype.test for a pristine rx, else undefined. May GC. */
export function ouroRegexpTest(argv: i32, argc: i32): i32 {
  const kExec: i32 = atom('exec');
  const kLastIndex: i32 = atom('lastIndex');
  if (!pristine(arg(argv, argc, 0), kExec, kLastIndex, 0)) return undefinedValue();
  const regs: i32 = regexpExecRegisters(arg(argv, argc, 0), arg(argv, argc, 1));
  if (isException(regs)) return regs;
  return regs === nullValue() ? falseValue() : trueValue();
}

/** __ouro.regexpSearch(rx, S): @@search for a pristine rx, else undefined. May GC. */
export function ouroRegexpSearch(argv: i32, argc: i32): i32 {
  const kExec: i32 = atom('exec');
  const kLastIndex: i32 = atom('lastIndex');
  const rx: i32 = arg(argv, argc, 0);
  if (!pristine(rx, kExec, kLastIndex, 0)) return undefinedValue();
  const saved: i32 = smiValue(objectGetOwn(rx, kLastIndex));
  const regs: i32 = regexpSearch(regexpDataOf(rx), arg(argv, argc, 1), 0, false);
  if (isException(regs)) return regs;
  const index: i32 = regs === nullValue() ? -1 : regAt(regs, 0);
  // lastIndex is restored to its old value (the spec sets it to 0 and back; both are plain stores).
  setLastIndex(arg(argv, argc, 0), saved);
  return smiFrom(index);
}

/** __ouro.regexpMatch(rx, S): @@match for a pristine rx, else undefined. May GC. */
export function ouroRegexpMatch(argv: i32, argc: i32): i32 {
  const kExec: i32 = atom('exec');
  const kLastIndex: i32 = atom('lastIndex');
  const rx: i32 = arg(argv, argc, 0);
  if (!pristine(rx, kExec, kLastIndex, 0)) return undefinedValue();
  const bits: i32 = flagBits(rx);
  if ((bits & RegExpFlag.global) === 0) {
    const scope0: i32 = handleScopeOpen();
    const hS0: i32 = handleNew(arg(argv, argc, 1));
    const hR0: i32 = handleNew(rx);
    const regs0: i32 = regexpExecRegisters(rx, arg(argv, argc, 1));
    if (isException(regs0) || regs0 === nullValue()) return close(scope0, regs0);
    const hRegs0: i32 = handleNew(regs0);
    const hData0: i32 = handleNew(regexpDataOf(handleGet(hR0)));
    return close(scope0, regexpMatchArray(hData0, hS0, hRegs0));
  }
  const unicode: bool = (bits & (RegExpFlag.unicode | RegExpFlag.unicodeSets)) !== 0;
  const sticky: bool = (bits & RegExpFlag.sticky) !== 0;
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(rx);
  const hS: i32 = handleNew(stringFlatten(arg(argv, argc, 1)));
  const hA: i32 = handleNew(arrayNew(0));
  const hData: i32 = handleNew(regexpDataOf(handleGet(hR)));
  const length: i32 = stringLength(handleGet(hS));
  let from: i32 = 0;
  let count: i32 = 0;
  while (from <= length) {
    const regs: i32 = regexpSearch(handleGet(hData), handleGet(hS), from, sticky);
    if (isException(regs)) return close(scope, regs);
    if (regs === nullValue()) break;
    const start: i32 = regAt(regs, 0);
    const end: i32 = regAt(regs, 1);
    const piece: i32 = stringSlice(handleGet(hS), start, end);
    arrayPush(handleGet(hA), piece);
    count++;
    from = end === start ? advance(handleGet(hS), end, unicode) : end;
  }
  setLastIndex(handleGet(hR), 0);
  return close(scope, count === 0 ? nullValue() : handleGet(hA));
}

/** Appends s[start, end) to the string in handle hAcc. May GC. */
function appendSlice(hAcc: i32, hS: i32, start: i32, end: i32): void {
  if (end <= start) return;
  const piece: i32 = stringSlice(handleGet(hS), start, end);
  handleSet(hAcc, stringConcat(handleGet(hAcc), piece));
}

function appendString(hAcc: i32, s: i32): void {
  handleSet(hAcc, stringConcat(handleGet(hAcc), s));
}

/**
 * GetSubstitution (§22.1.3.19.1) for a match whose captures are in the FixedArray `caps` (Smi
 * start, end per group; -1 unset) appended to hAcc. hS: the subject, hRep: the replacement
 * template, hData: the RegExpData (group names). May GC.
 */
function appendSubstitution(hAcc: i32, hS: i32, hRep: i32, hCaps: i32, hData: i32): void {
  const rep: i32 = handleGet(hRep);
  const n: i32 = stringLength(rep);
  const groups: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.groupCount));
  const position: i32 = smiValue(fixedArrayGet(handleGet(hCaps), 0));
  const tail: i32 = smiValue(fixedArrayGet(handleGet(hCaps), 1));
  const length: i32 = stringLength(handleGet(hS));
  let literalStart: i32 = 0;
  let i: i32 = 0;
  while (i < n) {
    const c: i32 = stringGet(handleGet(hRep), i);
    if (c !== 36 || ((i + 1) | 0) >= n) {
      i++;
      continue;
    }
    const d: i32 = stringGet(handleGet(hRep), (i + 1) | 0);
    let consumed: i32 = 0;
    let kind: i32 = 0; // 1 literal $, 2 slice of S [a, b), 3 capture g
    let a: i32 = 0;
    let b: i32 = 0;
    let g: i32 = 0;
    if (d === 36) {
      kind = 1;
      consumed = 2;
    } else if (d === 38) {
      kind = 2;
      a = position;
      b = tail;
      consumed = 2;
    } else if (d === 96) {
      kind = 2;
      a = 0;
      b = position;
      consumed = 2;
    } else if (d === 39) {
      kind = 2;
      a = tail;
      b = length;
      consumed = 2;
    } else if (d >= 48 && d <= 57) {
      let index: i32 = (d - 48) | 0;
      consumed = 2;
      if (((i + 2) | 0) < n) {
        const e: i32 = stringGet(handleGet(hRep), (i + 2) | 0);
        const two: i32 = (Math.imul(index, 10) + e - 48) | 0;
        if (e >= 48 && e <= 57 && two >= 1 && two <= groups) {
          index = two;
          consumed = 3;
        }
      }
      if (index >= 1 && index <= groups) {
        kind = 3;
        g = index;
      } else {
        consumed = 0;
      }
    } else if (d === 60) {
      // $<name>: the named group's text; without named groups (or a closing >) a literal.
      const names: i32 = fixedArrayGet(handleGet(hData), RegExpDataSlot.names);
      let close: i32 = -1;
      for (let k: i32 = (i + 2) | 0; k < n; k++) {
        if (stringGet(handleGet(hRep), k) === 62) {
          close = k;
          break;
        }
      }
      if (names !== undefinedValue() && close >= 0) {
        consumed = ((close - i) + 1) | 0;
        kind = 4;
        a = (i + 2) | 0;
        b = close;
      }
    }
    if (consumed === 0) {
      i++;
      continue;
    }
    appendSlice(hAcc, hRep, literalStart, i);
    if (kind === 1) {
      appendString(hAcc, atom('$'));
    } else if (kind === 2) {
      appendSlice(hAcc, hS, a, b);
    } else if (kind === 3) {
      const s0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), g << 1));
      const e0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), ((g << 1) + 1) | 0));
      if (s0 >= 0 && e0 >= 0) appendSlice(hAcc, hS, s0, e0);
    } else {
      // The group of that name that participated (duplicate names: at most one did).
      const names2: i32 = fixedArrayGet(handleGet(hData), RegExpDataSlot.names);
      for (let k: i32 = 1; k <= groups; k++) {
        const name: i32 = fixedArrayGet(names2, k);
        if (name === undefinedValue() || stringLength(name) !== ((b - a) | 0)) continue;
        let same: bool = true;
        for (let m: i32 = 0; m < ((b - a) | 0) && same; m++) {
          if (stringGet(name, m) !== stringGet(handleGet(hRep), (a + m) | 0)) same = false;
        }
        if (!same) continue;
        const s0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), k << 1));
        const e0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), ((k << 1) + 1) | 0));
        if (s0 >= 0 && e0 >= 0) {
          appendSlice(hAcc, hS, s0, e0);
          break;
        }
      }
    }
    i = (i + consumed) | 0;
    literalStart = i;
  }
  appendSlice(hAcc, hRep, literalStart, n);
}

/** The capture registers of the last match as a FixedArray of Smis. May GC. */
function captureCopy(regs: i32, groups: i32): i32 {
  const hRegs: i32 = handleNew(regs);
  const n: i32 = ((groups + 1) << 1) | 0;
  const caps: i32 = fixedArrayNew(n);
  const r: i32 = handleGet(hRegs);
  for (let k: i32 = 0; k < n; k++) fixedArraySet(caps, k, smiFrom(regAt(r, k)));
  return caps;
}

/**
 * __ouro.regexpReplace(rx, S, replaceValue): @@replace for a pristine rx (replaceValue a string or
 * a function), else undefined. May GC; calls the replace function.
 */
export function ouroRegexpReplace(argv: i32, argc: i32): i32 {
  const kExec: i32 = atom('exec');
  const kLastIndex: i32 = atom('lastIndex');
  const rx: i32 = arg(argv, argc, 0);
  if (!pristine(rx, kExec, kLastIndex, 0)) return undefinedValue();
  const bits: i32 = flagBits(rx);
  const global: bool = (bits & RegExpFlag.global) !== 0;
  const sticky: bool = (bits & RegExpFlag.sticky) !== 0;
  const unicode: bool = (bits & (RegExpFlag.unicode | RegExpFlag.unicodeSets)) !== 0;
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(rx);
  const hS: i32 = handleNew(stringFlatten(arg(argv, argc, 1)));
  const hRep: i32 = handleNew(arg(argv, argc, 2));
  const functional: bool = !isString(handleGet(hRep));
  if (!functional) handleSet(hRep, stringFlatten(handleGet(hRep)));
  const hData: i32 = handleNew(regexpDataOf(handleGet(hR)));
  const groups: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.groupCount));
  const length: i32 = stringLength(handleGet(hS));
  // A replacement without `$` needs no captures and calls no code: build the result as we go.
  let plain: bool = !functional;
  if (plain) {
    const rep: i32 = handleGet(hRep);
    const n: i32 = stringLength(rep);
    for (let k: i32 = 0; k < n && plain; k++) if (stringGet(rep, k) === 36) plain = false;
  }
  // 1. Collect the matches (captures copied out of the shared buffer).
  const hMatches: i32 = handleNew(fixedArrayNew(4));
  const hC: i32 = handleNew(undefinedValue());
  const hOut: i32 = handleNew(atom(''));
  let count: i32 = 0;
  let from: i32 = 0;
  let last: i32 = 0;
  if (!global) {
    if (sticky) from = smiValue(objectGetOwn(handleGet(hR), atom('lastIndex')));
  }
  for (;;) {
    if (from > length) {
      if (global || sticky) setLastIndex(handleGet(hR), 0);
      break;
    }
    const regs: i32 = regexpSearch(handleGet(hData), handleGet(hS), from, false);
    if (isException(regs)) return close(scope, regs);
    if (regs === nullValue()) {
      if (global || sticky) setLastIndex(handleGet(hR), 0);
      break;
    }
    const start: i32 = regAt(regs, 0);
    const end: i32 = regAt(regs, 1);
    if (plain) {
      appendSlice(hOut, hS, last, start);
      appendString(hOut, handleGet(hRep));
      last = end;
    } else {
      handleSet(hC, captureCopy(regs, groups));
      if (count >= fixedArrayLength(handleGet(hMatches))) {
        const bigger: i32 = fixedArrayNew(count << 1);
        const old: i32 = handleGet(hMatches);
        for (let k: i32 = 0; k < count; k++) fixedArraySet(bigger, k, fixedArrayGet(old, k));
        handleSet(hMatches, bigger);
      }
      fixedArraySet(handleGet(hMatches), count, handleGet(hC));
      count++;
    }
    if (!global) {
      if (sticky) setLastIndex(handleGet(hR), end);
      break;
    }
    from = end === start ? advance(handleGet(hS), end, unicode) : end;
  }
  if (plain) {
    appendSlice(hOut, hS, last, length);
    return close(scope, handleGet(hOut));
  }
  // 2. Build the result.
  const hAcc: i32 = handleNew(atom(''));
  const hCaps: i32 = handleNew(undefinedValue());
  let next: i32 = 0;
  for (let m: i32 = 0; m < count; m++) {
    handleSet(hCaps, fixedArrayGet(handleGet(hMatches), m));
    const position: i32 = smiValue(fixedArrayGet(handleGet(hCaps), 0));
    const end: i32 = smiValue(fixedArrayGet(handleGet(hCaps), 1));
    if (!functional) {
      appendSlice(hAcc, hS, next, position);
      appendSubstitution(hAcc, hS, hRep, hCaps, hData);
      next = end;
      continue;
    }
    const inner: i32 = handleScopeOpen();
    const hasNames: bool = fixedArrayGet(handleGet(hData), RegExpDataSlot.names) !== undefinedValue();
    const argc2: i32 = (groups + (hasNames ? 4 : 3)) | 0;
    const hGroupsObj: i32 = handleNew(undefinedValue());
    if (hasNames) {
      // The groups object is the one exec would make.
      const hRegs: i32 = handleNew(byteArrayNew(((groups + 1) << 3) | 0));
      for (let k: i32 = 0; k < ((groups + 1) << 1); k++) {
        const r: i32 = handleGet(hRegs);
        regSetAt(r, k, smiValue(fixedArrayGet(handleGet(hCaps), k)));
      }
      const hArr: i32 = handleNew(regexpMatchArray(hData, hS, hRegs));
      const kGroups: i32 = atom('groups');
      handleSet(hGroupsObj, getProperty(handleGet(hArr), kGroups));
    }
    const argvN: i32 = vmArgsReserve(argc2);
    const matched: i32 = stringSlice(handleGet(hS), position, end);
    vmArgSet(argvN, 0, matched);
    for (let g: i32 = 1; g <= groups; g++) {
      const s0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), g << 1));
      const e0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), ((g << 1) + 1) | 0));
      const v: i32 = s0 >= 0 && e0 >= 0 ? stringSlice(handleGet(hS), s0, e0) : undefinedValue();
      vmArgSet(argvN, g, v);
    }
    vmArgSet(argvN, (groups + 1) | 0, smiFrom(position));
    vmArgSet(argvN, (groups + 2) | 0, handleGet(hS));
    if (hasNames) vmArgSet(argvN, (groups + 3) | 0, handleGet(hGroupsObj));
    const result: i32 = vmCall(handleGet(hRep), undefinedValue(), argvN, argc2);
    vmArgsRelease(argvN);
    if (isException(result)) return close(scope, result);
    const str: i32 = toString(result);
    if (isException(str)) return close(scope, str);
    const hStr: i32 = handleNew(str);
    appendSlice(hAcc, hS, next, position);
    appendString(hAcc, handleGet(hStr));
    handleScopeClose(inner);
    next = end;
  }
  appendSlice(hAcc, hS, next, length);
  return close(scope, handleGet(hAcc));
}

/**
 * __ouro.regexpSplit(rx, S, lim): @@split for a pristine rx with its original constructor (lim a
 * uint32 number), else undefined. May GC.
 */
export function ouroRegexpSplit(argv: i32, argc: i32): i32 {
  const kExec: i32 = atom('exec');
  const kLastIndex: i32 = atom('lastIndex');
  const kConstructor: i32 = atom('constructor');
  const rx: i32 = arg(argv, argc, 0);
  if (!pristine(rx, kExec, kLastIndex, kConstructor)) return undefinedValue();
  const limV: i32 = arg(argv, argc, 2);
  let lim: i32 = 0x7fffffff;
  if (isSmi(limV)) lim = smiValue(limV);
  else if (limV !== undefinedValue()) return undefinedValue();
  const bits: i32 = flagBits(rx);
  const unicode: bool = (bits & (RegExpFlag.unicode | RegExpFlag.unicodeSets)) !== 0;
  const scope: i32 = handleScopeOpen();
  const hR: i32 = handleNew(rx);
  const hS: i32 = handleNew(stringFlatten(arg(argv, argc, 1)));
  const hA: i32 = handleNew(arrayNew(0));
  const hData: i32 = handleNew(regexpDataOf(handleGet(hR)));
  if (lim === 0) return close(scope, handleGet(hA));
  const size: i32 = stringLength(handleGet(hS));
  const groups: i32 = smiValue(fixedArrayGet(handleGet(hData), RegExpDataSlot.groupCount));
  if (size === 0) {
    const regs0: i32 = regexpSearch(handleGet(hData), handleGet(hS), 0, true);
    if (isException(regs0)) return close(scope, regs0);
    if (regs0 === nullValue()) arrayPush(handleGet(hA), handleGet(hS));
    return close(scope, handleGet(hA));
  }
  let count: i32 = 0;
  let p: i32 = 0;
  let q: i32 = 0;
  const hCaps: i32 = handleNew(undefinedValue());
  while (q < size) {
    // The first position >= q where the sticky splitter matches is where the search finds one.
    const regs: i32 = regexpSearch(handleGet(hData), handleGet(hS), q, false);
    if (isException(regs)) return close(scope, regs);
    if (regs === nullValue()) break;
    q = regAt(regs, 0);
    if (q >= size) break;
    let e: i32 = regAt(regs, 1);
    if (e > size) e = size;
    if (e === p) {
      q = advance(handleGet(hS), q, unicode);
      continue;
    }
    handleSet(hCaps, captureCopy(regs, groups));
    const piece: i32 = stringSlice(handleGet(hS), p, q);
    arrayPush(handleGet(hA), piece);
    count++;
    if (count === lim) return close(scope, handleGet(hA));
    p = e;
    for (let g: i32 = 1; g <= groups; g++) {
      const s0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), g << 1));
      const e0: i32 = smiValue(fixedArrayGet(handleGet(hCaps), ((g << 1) + 1) | 0));
      const v: i32 = s0 >= 0 && e0 >= 0 ? stringSlice(handleGet(hS), s0, e0) : undefinedValue();
      arrayPush(handleGet(hA), v);
      count++;
      if (count === lim) return close(scope, handleGet(hA));
    }
    q = p;
  }
  const last: i32 = stringSlice(handleGet(hS), p, size);
  arrayPush(handleGet(hA), last);
  return close(scope, handleGet(hA));
}

/**
 * CreateRegExpLiteral (called by the interpreter): RegExpCreate(pattern, flags) with %RegExp%.
 * `description` is the literal's constant [pattern, flags]; after the first evaluation its slot 1
 * holds the compiled RegExpData instead of the flags (the data keeps the flags), so later
 * evaluations allocate the object directly: no compile, no JavaScript. May GC.
 */
export function regexpLiteralCreate(description: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hD: i32 = handleNew(description);
  const state: i32 = intrinsicGet(Intrinsic.RegExpState);
  const cached: i32 = fixedArrayGet(description, 1);
  if (state !== undefinedValue() && !isString(cached) && isSymbol(intrinsicGet(Intrinsic.RegExpDataSymbol))) {
    const obj: i32 = objectNew(fixedArrayGet(state, RegExpStateSlot.literalMap));
    const hObj: i32 = handleNew(obj);
    const kLastIndex: i32 = atom('lastIndex');
    objectDefineOwnProperty(handleGet(hObj), kLastIndex, smiFrom(0), PropertyAttr.WRITABLE);
    const key: i32 = intrinsicGet(Intrinsic.RegExpDataSymbol);
    objectDefineOwnProperty(handleGet(hObj), key, fixedArrayGet(handleGet(hD), 1), PropertyAttr.WRITABLE);
    return close(scope, handleGet(hObj));
  }
  let ctor: i32 = state !== undefinedValue() ? fixedArrayGet(state, RegExpStateSlot.constructor) : undefinedValue();
  if (ctor === undefinedValue()) {
    const kRegExp: i32 = atom('RegExp');
    ctor = getProperty(rootGet(RootIndex.globalObject), kRegExp);
    if (isException(ctor)) return close(scope, ctor);
  }
  if (!isCallable(ctor)) return close(scope, throwErrorLit(ErrorKind.SyntaxError, 'regular expressions are not supported yet'));
  const hC: i32 = handleNew(ctor);
  const argv: i32 = vmArgsReserve(2);
  vmArgSet(argv, 0, fixedArrayGet(handleGet(hD), 0));
  vmArgSet(argv, 1, fixedArrayGet(handleGet(hD), 1));
  const r: i32 = vmConstruct(handleGet(hC), argv, 2, handleGet(hC));
  vmArgsRelease(argv);
  if (isException(r)) return close(scope, r);
  const data: i32 = regexpDataOf(r);
  if (data !== 0) fixedArraySet(handleGet(hD), 1, data);
  return close(scope, r);
}
