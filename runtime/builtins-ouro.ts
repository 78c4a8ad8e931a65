// The library intrinsics on the hidden `__ouro` object (stage1/INTRINSICS.md): hooks, intrinsic
// slots, jobs, clocks, output, hashing and introspection for the self-hosted library.
import { isBigInt, bigIntHash } from './bigint.ts';
import type { i32, f64, bool } from './types.ts';
import { isProxy, proxyTarget, isConstructorValue } from './builtins-proxy.ts';
import { hostWallClockMs } from './host/host.ts';
import { gcProgramClockMs } from './gc.ts';
import { fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType, SfiKind, SfiFlag, SharedFunctionInfoLayout, JSFunctionLayout, JSGeneratorObjectLayout, JSArrayBufferLayout, ArrayBufferFlag, MapLayout } from './layouts.ts';
import { undefinedValue, nullValue, trueValue, falseValue, isJSObject, isSymbol, symbolHash, instanceTypeOf, isHeapNumber, heapNumberValue } from './values.ts';
import { isSmi, smiValue, smiFrom, rawGet, rawSet } from './memory.ts';
import { atom } from './atoms.ts';
import { isString, stringHash, stringFlatten } from './strings.ts';
import { objectGetOwn, objectDefineOwnProperty } from './objects.ts';
import { exceptionSentinel, throwErrorLit, ErrorKind } from './errors.ts';
import { isConstructor } from './conversions.ts';
import { hookSet } from './hooks.ts';
import { intrinsicGet, intrinsicSet, realmCurrent, arrayConstructorOfOtherRealm, Intrinsic } from './realm.ts';
import { enqueueMicrotask, runMicrotasks } from './microtasks.ts';
import { intrinsicIndexByName, hookIdByName } from './generated/builtins.ts';
import { stringWrite } from './builtins-shell.ts';
import { arg, numberResult, boolResult } from './builtins-util.ts';
import { prototypeFromConstructorObject } from './interpreter-calls.ts';

export function ouroSetHook(argv: i32, argc: i32): i32 {
  const id: i32 = hookIdByName(arg(argv, argc, 0));
  if (id >= 0) hookSet(id, arg(argv, argc, 1));
  return undefinedValue();
}

export function ouroSetIntrinsic(argv: i32, argc: i32): i32 {
  const i: i32 = intrinsicIndexByName(arg(argv, argc, 0));
  if (i >= 0) intrinsicSet(i, arg(argv, argc, 1));
  return undefinedValue();
}

export function ouroGetIntrinsic(argv: i32, argc: i32): i32 {
  const i: i32 = intrinsicIndexByName(arg(argv, argc, 0));
  return i >= 0 ? intrinsicGet(i) : undefinedValue();
}

/**
 * prototypeFromConstructor(newTarget, fallback): GetPrototypeFromConstructor where `fallback` is
 * this realm's intrinsic prototype; a new.target of another realm without an object `prototype`
 * gives that realm's same intrinsic (interpreter-calls.ts prototypeFromConstructorObject).
 */
export function ouroPrototypeFromConstructor(argv: i32, argc: i32): i32 {
  return prototypeFromConstructorObject(arg(argv, argc, 0), arg(argv, argc, 1), realmCurrent());
}

/** isOtherRealmArray(C): C is another realm's %Array% (ArraySpeciesCreate then makes an array of this realm). */
export function ouroIsOtherRealmArray(argv: i32, argc: i32): i32 {
  const r: i32 = arrayConstructorOfOtherRealm(arg(argv, argc, 0));
  if (r === -1) return throwErrorLit(ErrorKind.TypeError, 'Cannot perform \'get\' on a proxy that has been revoked');
  return r === 1 ? trueValue() : falseValue();
}

/** enqueueJob(fn, a, b): a microtask calling fn(a, b). */
export function ouroEnqueueJob(argv: i32, argc: i32): i32 {
  enqueueMicrotask(arg(argv, argc, 0), arg(argv, argc, 1), arg(argv, argc, 2));
  return undefinedValue();
}

export function ouroRunMicrotasks(argv: i32, argc: i32): i32 {
  if (argc < 0 || argv < 0) return exceptionSentinel();
  return runMicrotasks();
}

export function ouroNow(argv: i32, argc: i32): i32 {
  if (argc < 0 || argv < 0) return exceptionSentinel();
  return numberResult(gcProgramClockMs());
}

export function ouroWallClock(argv: i32, argc: i32): i32 {
  if (argc < 0 || argv < 0) return exceptionSentinel();
  return numberResult(Math.floor(hostWallClockMs()));
}

export function ouroWriteStdout(argv: i32, argc: i32): i32 {
  const s: i32 = arg(argv, argc, 0);
  if (isString(s)) stringWrite(1, s);
  return undefinedValue();
}

export function ouroWriteStderr(argv: i32, argc: i32): i32 {
  const s: i32 = arg(argv, argc, 0);
  if (isString(s)) stringWrite(2, s);
  return undefinedValue();
}

/** A 30-bit hash of a double's bits (integral values hash like the integer). */
function hashF64(x: f64): i32 {
  if (x !== x) return 0x1f1f1f1;
  if (x === 0) return 0;
  const n: i32 = x | 0;
  if (n === x) return hashInt(n);
  // Mix the integer and fractional parts (no bit access to doubles in kernel TS).
  const hi: i32 = Math.floor(x / 4294967296) | 0;
  const lo: i32 = (x - Math.floor(x / 4294967296) * 4294967296) | 0;
  const frac: i32 = ((x - Math.floor(x)) * 4294967296) | 0;
  return hashInt(hi ^ Math.imul(lo, -1640531535) ^ Math.imul(frac, 40503));
}

function hashInt(n: i32): i32 {
  let h: i32 = Math.imul(n, -1640531535);
  h = h ^ (h >>> 15);
  h = Math.imul(h, 0x2c1b3c6d);
  h = h ^ (h >>> 12);
  return h & 1073741823;
}

let identityHashCounter: i32 = 0x5bd1e995;

/** The identity hash of a JS object, created on first use (a hidden property). May GC. */
export function objectIdentityHash(obj: i32): i32 {
  const key: i32 = intrinsicGet(Intrinsic.IdentityHashSymbol);
  if (!isSymbol(key)) return 1;
  const own: i32 = objectGetOwn(obj, key);
  if (isSmi(own)) return smiValue(own);
  identityHashCounter = (Math.imul(identityHashCounter, 1103515245) + 12345) | 0;
  const h: i32 = ((identityHashCounter >>> 2) & 1073741823) | 1;
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const k2: i32 = intrinsicGet(Intrinsic.IdentityHashSymbol);
  // Non-extensible objects cannot take the property: they all share hash 1 (correct, slower).
  const ok: bool = objectDefineOwnProperty(handleGet(hObj), k2, smiFrom(h), 0);
  handleScopeClose(scope);
  return ok ? h : 1;
}

/** hash(v): SameValueZero-consistent (strings by content, numbers by value, objects by identity). */
export function ouroHash(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isSmi(v)) return smiFrom(hashInt(smiValue(v)));
  if (isHeapNumber(v)) return smiFrom(hashF64(heapNumberValue(v)));
  if (isString(v)) return smiFrom(stringHash(stringFlatten(v)) & 1073741823);
  if (isSymbol(v)) return smiFrom(symbolHash(v) & 1073741823);
  if (isBigInt(v)) return smiFrom(bigIntHash(v));
  if (isJSObject(v)) return smiFrom(objectIdentityHash(v));
  if (v === undefinedValue()) return smiFrom(0x1234567);
  if (v === nullValue()) return smiFrom(0x2345678);
  if (v === trueValue()) return smiFrom(0x3456789);
  if (v === falseValue()) return smiFrom(0x456789a);
  return smiFrom(7);
}

/** internalKind(v): '' for ordinary objects and primitives, else the internal kind's name. */
export function ouroInternalKind(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (!isJSObject(v)) return atom('');
  const type: i32 = instanceTypeOf(v);
  if (type === InstanceType.JS_ARRAY) return atom('Array');
  if (type === InstanceType.JS_FUNCTION || type === InstanceType.JS_BOUND_FUNCTION) return atom('Function');
  if (type === InstanceType.JS_PROXY) return atom('Proxy');
  if (type === InstanceType.JS_TYPED_ARRAY) return atom('TypedArray');
  if (type === InstanceType.JS_DATA_VIEW) return atom('DataView');
  if (type === InstanceType.JS_ARRAY_BUFFER) {
    return (smiValue(fieldGet(v, JSArrayBufferLayout.flags)) & ArrayBufferFlag.shared) !== 0 ? atom('SharedArrayBuffer') : atom('ArrayBuffer');
  }
  if (type === InstanceType.JS_ERROR) return atom('Error');
  if (type === InstanceType.JS_MODULE_NAMESPACE) return atom('Module');
  if (type === InstanceType.JS_ARGUMENTS_OBJECT) return atom('Arguments');
  if (type === InstanceType.JS_GENERATOR_OBJECT) {
    const proto: i32 = intrinsicGet(Intrinsic.AsyncGeneratorPrototype);
    const fn: i32 = fieldGet(v, JSGeneratorObjectLayout.function);
    if (isJSObject(fn) && instanceTypeOf(fn) === InstanceType.JS_FUNCTION) {
      const flags: i32 = rawGet(fieldGet(fn, JSFunctionLayout.shared), SharedFunctionInfoLayout.flags);
      if ((flags & SfiFlag.isGenerator) !== 0) return (flags & SfiFlag.isAsync) !== 0 ? atom('AsyncGenerator') : atom('Generator');
    }
    return proto === 0 ? atom('') : atom('');
  }
  if (type === InstanceType.JS_PRIMITIVE_WRAPPER) {
    const p: i32 = fieldGet(v, 12);
    if (isString(p)) return atom('String');
    if (isSymbol(p)) return atom('Symbol');
    if (p === trueValue() || p === falseValue()) return atom('Boolean');
    if (isBigInt(p)) return atom('BigInt');
    return atom('Number');
  }
  // Arguments objects: their map, or one made from it by transitions (back pointers lead to it).
  for (let map: i32 = fieldGet(v, 0); (map & 1) !== 0 && map !== undefinedValue(); map = fieldGet(map, MapLayout.backPointer)) {
    if (map === intrinsicGet(Intrinsic.SloppyArgumentsMap) || map === intrinsicGet(Intrinsic.StrictArgumentsMap)) return atom('Arguments');
  }
  return atom('');
}

/** primitiveValue(o): the [[PrimitiveValue]] of a wrapper object, else undefined. */
export function ouroPrimitiveValue(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_PRIMITIVE_WRAPPER) return fieldGet(v, 12);
  return undefinedValue();
}

/** functionKind(f) (stage1/INTRINSICS.md). */
export function ouroFunctionKind(argv: i32, argc: i32): i32 {
  const f: i32 = arg(argv, argc, 0);
  if (!isJSObject(f)) return atom('');
  const type: i32 = instanceTypeOf(f);
  if (type === InstanceType.JS_BOUND_FUNCTION) return atom('bound');
  if (type !== InstanceType.JS_FUNCTION) return atom('');
  const flags: i32 = rawGet(fieldGet(f, JSFunctionLayout.shared), SharedFunctionInfoLayout.flags);
  const kind: i32 = (flags >> SfiKind.shift) & SfiKind.mask;
  if (kind === SfiKind.builtin || (flags & SfiFlag.nativeCode) !== 0) return atom('builtin');
  if (kind === SfiKind.classConstructor || (flags & SfiFlag.isClassConstructor) !== 0) return atom('class');
  const isAsync: bool = (flags & SfiFlag.isAsync) !== 0;
  if ((flags & SfiFlag.isGenerator) !== 0) return isAsync ? atom('asyncGenerator') : atom('generator');
  if (kind === SfiKind.arrow || (flags & SfiFlag.isArrow) !== 0) return isAsync ? atom('asyncArrow') : atom('arrow');
  if (isAsync) return atom('async');
  if (kind === SfiKind.method || kind === SfiKind.getter || kind === SfiKind.setter) return atom('method');
  return atom('normal');
}

export function ouroIsConstructor(argv: i32, argc: i32): i32 {
  return boolResult(isConstructorValue(arg(argv, argc, 0)));
}

export function ouroProxyTarget(argv: i32, argc: i32): i32 {
  const p: i32 = arg(argv, argc, 0);
  if (!isProxy(p)) return undefinedValue();
  return proxyTarget(p);
}

/** markBuiltin(f): toString gives [native code] and functionKind 'builtin'. */
export function ouroMarkBuiltin(argv: i32, argc: i32): i32 {
  const f: i32 = arg(argv, argc, 0);
  if (isJSObject(f) && instanceTypeOf(f) === InstanceType.JS_FUNCTION) {
    const sfi: i32 = fieldGet(f, JSFunctionLayout.shared);
    rawSet(sfi, SharedFunctionInfoLayout.flags, rawGet(sfi, SharedFunctionInfoLayout.flags) | SfiFlag.nativeCode);
  }
  return undefinedValue();
}
