// Proxy exotic objects (spec 10.5; docs/exotic-objects.md). A proxy is a JS_PROXY object holding
// [[ProxyTarget]] and [[ProxyHandler]] (null once revoked). Its map is a dictionary-mode map with
// DICTIONARY elements and a null prototype, so inline caches never cache it and code that does not
// know proxies sees an empty object with no prototype.
//
// Every internal method the kernel dispatches (semantics-lookup.ts lookupGet, property-access.ts
// [[Set]]/[[HasProperty]]/[[Delete]], builtins-reflect.ts, builtins-object.ts' descriptor and key
// functions, [[Call]]/[[Construct]] in interpreter-calls.ts) checks `isProxy` and calls
// `proxyOperation`, which runs the library's `proxyTrap` hook (stage1/35-typedarray.js): the trap
// lookup, the call and all the invariant checks of the spec are self-hosted there, on top of the
// Reflect builtins applied to the target.
import type { i32, bool } from './types.ts';
import { smiFrom, smiValue, rawGet, rawSet } from './memory.ts';
import { fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType, JSProxyLayout, ProxyFlag, MapBit, SfiFlag, JSFunctionLayout, SharedFunctionInfoLayout } from './layouts.ts';
import { undefinedValue, nullValue, trueValue, instanceTypeOf, isJSObject, isHeapNumber, heapNumberValue } from './values.ts';
import { throwErrorLit, ErrorKind } from './errors.ts';
import { hookGet, HookId } from './hooks.ts';
import { vmArgsReserve, vmArgsRelease, vmArgSet, vmCall } from './interpreter.ts';
import { arrayNew, arrayPush } from './elements.ts';
import { numberToString } from './number-conversions.ts';
import { isCallable, isConstructor } from './conversions.ts';
import { arg, argNewTarget, argCallee, argThis } from './builtins-util.ts';
import { ExoticMapSlot, exoticObjectNew } from './builtins-arraybuffer.ts';

/** The internal methods the `proxyTrap` hook implements (its first argument). */
export const ProxyOp = {
  getPrototypeOf: 0, setPrototypeOf: 1, isExtensible: 2, preventExtensions: 3, getOwnProperty: 4, defineProperty: 5,
  has: 6, get: 7, set: 8, deleteProperty: 9, ownKeys: 10, apply: 11, construct: 12,
  /** (receiver, key, value): the tail of OrdinarySetWithOwnDescriptor on a proxy receiver: true/false. */
  setOnReceiver: 13,
  /** (level): SetIntegrityLevel(proxy, 'frozen' | 'sealed') / TestIntegrityLevel: true/false. */
  setIntegrity: 14,
  testIntegrity: 15,
  /** (key, value): CreateDataProperty on a proxy: true/false. */
  createDataProperty: 16,
} as const;

export function isProxy(v: i32): bool {
  return (v & 1) !== 0 && isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_PROXY;
}

export function proxyTarget(p: i32): i32 {
  return fieldGet(p, JSProxyLayout.target);
}

/** IsConstructor of a proxy: fixed when it was made (the target's). No GC. */
export function proxyIsConstructor(p: i32): bool {
  return (smiValue(fieldGet(p, JSProxyLayout.flags)) & ProxyFlag.constructor) !== 0;
}

/** IsCallable of a proxy: fixed when it was made (the target's). No GC. */
export function proxyIsCallable(p: i32): bool {
  return (smiValue(fieldGet(p, JSProxyLayout.flags)) & ProxyFlag.callable) !== 0;
}

/** IsConstructor(v) including proxies (conversions.ts isConstructor does not know them). No GC. */
export function isConstructorValue(v: i32): bool {
  if (isProxy(v)) return proxyIsConstructor(v);
  return isConstructor(v);
}

/** True when `v` is a proxy whose chain of proxy targets reaches a revoked proxy (GetFunctionRealm throws). No GC. */
export function proxyChainRevoked(v: i32): bool {
  let o: i32 = v;
  while (isProxy(o)) {
    o = fieldGet(o, JSProxyLayout.target);
    if (o === nullValue()) return true;
  }
  return false;
}

/** A property key as JavaScript sees it: array indices (Smi / HeapNumber keys) become strings. May GC. */
function keyForTrap(key: i32): i32 {
  if ((key & 1) === 0) return numberToString(+smiValue(key));
  if (isHeapNumber(key)) return numberToString(heapNumberValue(key));
  return key;
}

/**
 * Runs proxy internal method `op` (ProxyOp) on `proxy` through the library's hook, with operands
 * a, b, c (a key in `a` is converted for JavaScript). Returns the hook's result or the sentinel.
 * May GC; runs JavaScript.
 */
export function proxyOperation(op: i32, proxy: i32, a: i32, b: i32, c: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hProxy: i32 = handleNew(proxy);
  const hB: i32 = handleNew(b);
  const hC: i32 = handleNew(c);
  let key: i32 = a;
  if (op === ProxyOp.getOwnProperty || op === ProxyOp.defineProperty || op === ProxyOp.has || op === ProxyOp.get ||
    op === ProxyOp.set || op === ProxyOp.deleteProperty || op === ProxyOp.setOnReceiver || op === ProxyOp.createDataProperty) key = keyForTrap(a);
  const hKey: i32 = handleNew(key);
  const hook: i32 = hookGet(HookId.proxyTrap);
  let result: i32 = 0;
  if (hook === undefinedValue()) {
    result = throwErrorLit(ErrorKind.TypeError, 'Proxy: the library did not register its proxyTrap hook');
  } else {
    const argv: i32 = vmArgsReserve(5);
    vmArgSet(argv, 0, smiFrom(op));
    vmArgSet(argv, 1, handleGet(hProxy));
    vmArgSet(argv, 2, handleGet(hKey));
    vmArgSet(argv, 3, handleGet(hB));
    vmArgSet(argv, 4, handleGet(hC));
    result = vmCall(hookGet(HookId.proxyTrap), undefinedValue(), argv, 5);
    vmArgsRelease(argv);
  }
  handleScopeClose(scope);
  return result;
}

/** A new proxy (ProxyCreate, spec 10.5.14): TypeError unless target and handler are objects. May GC. */
export function proxyCreate(target: i32, handler: i32): i32 {
  if (!isJSObject(target) || !isJSObject(handler)) {
    return throwErrorLit(ErrorKind.TypeError, 'Cannot create proxy with a non-object as target or handler');
  }
  const callable: bool = isCallable(target);
  let flags: i32 = callable ? ProxyFlag.callable : 0;
  if (isConstructorValue(target)) flags = flags | ProxyFlag.constructor;
  const scope: i32 = handleScopeOpen();
  const hTarget: i32 = handleNew(target);
  const hHandler: i32 = handleNew(handler);
  const bits: i32 = callable ? MapBit.DICTIONARY | MapBit.CALLABLE : MapBit.DICTIONARY;
  const p: i32 = exoticObjectNew(callable ? ExoticMapSlot.CallableProxy : ExoticMapSlot.Proxy, InstanceType.JS_PROXY,
    JSProxyLayout.size, nullValue(), bits);
  fieldSet(p, JSProxyLayout.target, handleGet(hTarget));
  fieldSet(p, JSProxyLayout.handler, handleGet(hHandler));
  fieldSet(p, JSProxyLayout.flags, smiFrom(flags));
  handleScopeClose(scope);
  return p;
}

/**
 * [[Call]] / [[Construct]] of a proxy on the call block at argv (interpreter-calls.ts callEnter):
 * the arguments become an array for the apply / construct trap. The caller pops the block.
 * May GC; runs JavaScript.
 */
export function proxyCallBlock(argv: i32, argc: i32, construct: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hArgs: i32 = handleNew(arrayNew(argc));
  for (let i: i32 = 0; i < argc; i++) arrayPush(handleGet(hArgs), arg(argv, argc, i));
  const proxy: i32 = argCallee(argv);
  let result: i32 = 0;
  if (construct) result = proxyOperation(ProxyOp.construct, proxy, handleGet(hArgs), argNewTarget(argv), undefinedValue());
  else result = proxyOperation(ProxyOp.apply, proxy, argThis(argv), handleGet(hArgs), undefinedValue());
  handleScopeClose(scope);
  return result;
}

// ---- builtins ----------------------------------------------------------------------------------------

/** Proxy(target, handler): a constructor only (made one by __ouro.makeConstructor). */
export function proxyConstructor(argv: i32, argc: i32): i32 {
  if (argNewTarget(argv) === undefinedValue()) return throwErrorLit(ErrorKind.TypeError, 'Constructor Proxy requires \'new\'');
  return proxyCreate(arg(argv, argc, 0), arg(argv, argc, 1));
}

/** __ouro.proxyInfo(p, field): 0 target, 1 handler (null when revoked); undefined for a non-proxy. */
export function ouroProxyInfo(argv: i32, argc: i32): i32 {
  const p: i32 = arg(argv, argc, 0);
  if (!isProxy(p)) return undefinedValue();
  return smiValue(arg(argv, argc, 1)) === 0 ? fieldGet(p, JSProxyLayout.target) : fieldGet(p, JSProxyLayout.handler);
}

/** __ouro.proxyRevoke(p): target and handler become null. */
export function ouroProxyRevoke(argv: i32, argc: i32): i32 {
  const p: i32 = arg(argv, argc, 0);
  if (isProxy(p)) {
    fieldSet(p, JSProxyLayout.target, nullValue());
    fieldSet(p, JSProxyLayout.handler, nullValue());
  }
  return undefinedValue();
}

/** __ouro.makeConstructor(f): gives kernel builtin `f` a [[Construct]] (Proxy: a constructor without `prototype`). */
export function ouroMakeConstructor(argv: i32, argc: i32): i32 {
  const f: i32 = arg(argv, argc, 0);
  if (isJSObject(f) && instanceTypeOf(f) === InstanceType.JS_FUNCTION) {
    const sfi: i32 = fieldGet(f, JSFunctionLayout.shared);
    rawSet(sfi, SharedFunctionInfoLayout.flags, rawGet(sfi, SharedFunctionInfoLayout.flags) | SfiFlag.builtinConstructor);
  }
  return trueValue();
}

/** For the result checks of callers: true when `r` is the true oddball. */
export function isTrueResult(r: i32): bool {
  return r === trueValue();
}
