// Reflect (spec 28.1) and the object internal methods that have no home in property-access.ts:
// [[GetPrototypeOf]], [[SetPrototypeOf]], [[IsExtensible]], [[PreventExtensions]], and
// [[DefineOwnProperty]] of exotic objects (proxies, typed arrays). Each dispatches proxies to
// builtins-proxy.ts and typed arrays to builtins-typedarray.ts before the ordinary algorithm
// (docs/exotic-objects.md). builtins-object.ts calls these for Object.* on exotic objects.
import { isModuleNamespace, moduleNamespaceOwnAttributes } from './modules.ts';
import type { i32, f64, bool } from './types.ts';
import { smiFrom, smiValue } from './memory.ts';
import { fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, rootGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { InstanceType, PropertyAttr, JSTypedArrayLayout, ArrayBufferFlag, JSArrayBufferLayout, JSArrayLayout } from './layouts.ts';
import {
  undefinedValue, nullValue, trueValue, falseValue, theHole, instanceTypeOf, isJSObject, fixedArrayGet, fixedArrayNew, fixedArraySet,
} from './values.ts';
import { objectGetPrototype, objectMap, objectPreventExtensions, objectSetPrototype, objectNewPlain, objectDefineOwnProperty } from './objects.ts';
import { mapIsExtensible } from './maps.ts';
import { atom } from './atoms.ts';
import { isException, throwErrorLit, throwErrorWith, ErrorKind, exceptionSentinel } from './errors.ts';
import { toPropertyKey, isCallable } from './conversions.ts';
import { vmArgsReserve, vmArgsRelease, vmArgSet, vmCall, vmConstruct } from './interpreter.ts';
import { arrayNew, arrayPush, elementsGet } from './elements.ts';
import { keyArrayIndex, lookupGet, keyIsCanonicalNumeric, ownAttributes } from './semantics-lookup.ts';
import { hasProperty, deletePropertyResult, setWithReceiverResult, getProperty } from './property-access.ts';
import { ownKeysArray, ownPropertyDescriptorObject, definePropertyFromDescriptor, toPropertyDescriptor, KeyFilter } from './builtins-object.ts';
import { arg, argSet, toLengthF64, convF64, boolResult } from './builtins-util.ts';
import { isProxy, proxyOperation, ProxyOp, proxyTarget, isConstructorValue } from './builtins-proxy.ts';
import { typedArrayValidIndex, typedArraySet } from './builtins-typedarray.ts';

/** Slots of a parsed descriptor (builtins-object.ts toPropertyDescriptor; the hole marks an absent field). */
const Desc = { value: 0, writable: 1, get: 2, set: 3, enumerable: 4, configurable: 5, size: 6 } as const;

// ---- internal methods ------------------------------------------------------------------------------

/** O.[[GetPrototypeOf]](): the prototype or the sentinel. May GC (proxies). */
export function internalGetPrototypeOf(o: i32): i32 {
  if (isProxy(o)) return proxyOperation(ProxyOp.getPrototypeOf, o, undefinedValue(), undefinedValue(), undefinedValue());
  return objectGetPrototype(o);
}

/**
 * O.[[SetPrototypeOf]](proto): true/false or the sentinel. OrdinarySetPrototypeOf (spec 10.1.2.1)
 * for everything but proxies: a cycle or a non-extensible object gives false. May GC.
 */
export function internalSetPrototypeOf(o: i32, proto: i32): i32 {
  if (isProxy(o)) return proxyOperation(ProxyOp.setPrototypeOf, o, proto, undefinedValue(), undefinedValue());
  if (objectGetPrototype(o) === proto) return trueValue();
  if (!mapIsExtensible(objectMap(o))) return falseValue();
  // %Object.prototype% is an immutable prototype exotic object (spec 10.4.7).
  if (o === rootGet(RootIndex.objectPrototype)) return falseValue();
  const nul: i32 = nullValue();
  for (let p: i32 = proto; p !== nul; p = objectGetPrototype(p)) {
    if (p === o) return falseValue();
    if (isProxy(p)) break;
  }
  objectSetPrototype(o, proto);
  return trueValue();
}

/** O.[[IsExtensible]](): true/false or the sentinel. May GC (proxies). */
export function internalIsExtensible(o: i32): i32 {
  if (isProxy(o)) return proxyOperation(ProxyOp.isExtensible, o, undefinedValue(), undefinedValue(), undefinedValue());
  return boolResult(mapIsExtensible(objectMap(o)));
}

/**
 * O.[[PreventExtensions]](): true/false or the sentinel. A typed array whose length can change
 * (length-tracking, or over a resizable buffer) refuses (spec 10.4.5.2 in ES2024+). May GC.
 */
export function internalPreventExtensions(o: i32): i32 {
  if (isProxy(o)) return proxyOperation(ProxyOp.preventExtensions, o, undefinedValue(), undefinedValue(), undefinedValue());
  if (instanceTypeOf(o) === InstanceType.JS_TYPED_ARRAY && !typedArrayFixedLength(o)) return falseValue();
  objectPreventExtensions(o);
  return trueValue();
}

/** IsTypedArrayFixedLength: neither length-tracking nor over a resizable (non-shared) buffer. No GC. */
export function typedArrayFixedLength(o: i32): bool {
  const b: i32 = fieldGet(o, JSTypedArrayLayout.buffer);
  const flags: i32 = smiValue(fieldGet(b, JSArrayBufferLayout.flags));
  if (smiValue(fieldGet(o, JSTypedArrayLayout.length)) < 0) return false;
  return (flags & ArrayBufferFlag.resizable) === 0 || (flags & ArrayBufferFlag.shared) !== 0;
}

/** FromPropertyDescriptor of a parsed descriptor (only the fields present). May GC. */
function descriptorObject(desc: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hDesc: i32 = handleNew(desc);
  const hObj: i32 = handleNew(objectNewPlain());
  for (let field: i32 = 0; field < Desc.size; field++) {
    const v: i32 = fixedArrayGet(handleGet(hDesc), field);
    if (v === theHole()) continue;
    const hV: i32 = handleNew(v);
    let key: i32 = 0;
    switch (field) {
      case Desc.value:
        key = atom('value');
        break;
      case Desc.writable:
        key = atom('writable');
        break;
      case Desc.get:
        key = atom('get');
        break;
      case Desc.set:
        key = atom('set');
        break;
      case Desc.enumerable:
        key = atom('enumerable');
        break;
      default:
        key = atom('configurable');
    }
    objectDefineOwnProperty(handleGet(hObj), key, handleGet(hV), PropertyAttr.ALL);
  }
  const r: i32 = handleGet(hObj);
  handleScopeClose(scope);
  return r;
}

function descFlagIs(desc: i32, field: i32, want: bool): bool {
  const v: i32 = fixedArrayGet(desc, field);
  return v === theHole() || v === boolResult(want);
}

/**
 * [[DefineOwnProperty]] of a proxy (the defineProperty trap gets a fresh descriptor object) or a
 * typed array (spec 10.4.5.3: an integer index accepts only {configurable, enumerable, writable}
 * data descriptors and a valid index; other keys are ordinary). `desc` is a parsed descriptor.
 * Returns true/false or the sentinel. May GC.
 */
export function exoticDefineOwnProperty(o: i32, key: i32, desc: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hKey: i32 = handleNew(key);
  const hDesc: i32 = handleNew(desc);
  let result: i32 = 0;
  if (isProxy(o)) {
    const d: i32 = descriptorObject(desc);
    result = proxyOperation(ProxyOp.defineProperty, handleGet(hO), handleGet(hKey), d, undefinedValue());
  } else {
    const index: f64 = keyArrayIndex(key);
    if (index < 0 && !keyIsCanonicalNumeric(key)) {
      result = definePropertyFromDescriptor(o, key, desc);
    } else if (index < 0 || !typedArrayValidIndex(o, index)) {
      result = falseValue();
    } else if (!descFlagIs(desc, Desc.configurable, true) || !descFlagIs(desc, Desc.enumerable, true) ||
      !descFlagIs(desc, Desc.writable, true) || fixedArrayGet(desc, Desc.get) !== theHole() || fixedArrayGet(desc, Desc.set) !== theHole()) {
      result = falseValue();
    } else if (fixedArrayGet(desc, Desc.value) === theHole()) {
      result = trueValue();
    } else {
      const r: i32 = typedArraySet(handleGet(hO), index, fixedArrayGet(handleGet(hDesc), Desc.value));
      result = isException(r) ? r : trueValue();
    }
  }
  handleScopeClose(scope);
  return result;
}

/** IsArray(v) (spec 7.2.2): arrays, and proxies of arrays; TypeError for a revoked proxy. May GC (the error). */
export function isArrayValue(v: i32): i32 {
  let o: i32 = v;
  for (;;) {
    if ((o & 1) === 0 || !isJSObject(o)) return falseValue();
    const type: i32 = instanceTypeOf(o);
    if (type === InstanceType.JS_ARRAY) return trueValue();
    if (type !== InstanceType.JS_PROXY) return falseValue();
    o = proxyTarget(o);
    if (o === nullValue()) return throwErrorLit(ErrorKind.TypeError, 'Cannot perform \'IsArray\' on a proxy that has been revoked');
  }
}

/**
 * CreateListFromArrayLike(v) (spec 7.3.18) as a new JS array: TypeError when v is no object. May GC;
 * runs getters.
 */
export function listFromArrayLike(v: i32): i32 {
  if (!isJSObject(v)) return throwErrorLit(ErrorKind.TypeError, 'CreateListFromArrayLike called on non-object');
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const lengthKey: i32 = atom('length');
  const len: i32 = getProperty(handleGet(hV), lengthKey);
  if (isException(len)) {
    handleScopeClose(scope);
    return len;
  }
  let result: i32 = 0;
  if (!toLengthF64(len)) result = exceptionSentinel();
  else if (convF64 > 65535) result = throwErrorLit(ErrorKind.RangeError, 'Maximum call stack size exceeded');
  if (result === 0) {
    const n: i32 = convF64 | 0;
    const hList: i32 = handleNew(arrayNew(n));
    for (let i: i32 = 0; i < n; i++) {
      const x: i32 = getProperty(handleGet(hV), smiFrom(i));
      if (isException(x)) {
        result = x;
        break;
      }
      arrayPush(handleGet(hList), x);
    }
    if (result === 0) result = handleGet(hList);
  }
  handleScopeClose(scope);
  return result;
}

/** Calls (or constructs, with newTarget) `f` with the elements of JS array `list`. May GC; runs JavaScript. */
function callWithList(f: i32, thisArg: i32, list: i32, construct: bool, newTarget: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hF: i32 = handleNew(f);
  const hThis: i32 = handleNew(thisArg);
  const hList: i32 = handleNew(list);
  const hNewTarget: i32 = handleNew(newTarget);
  const n: i32 = smiValue(fieldGet(list, JSArrayLayout.length));
  const argv: i32 = vmArgsReserve(n);
  for (let i: i32 = 0; i < n; i++) vmArgSet(argv, i, elementsGet(handleGet(hList), i));
  const r: i32 = construct ? vmConstruct(handleGet(hF), argv, n, handleGet(hNewTarget)) : vmCall(handleGet(hF), handleGet(hThis), argv, n);
  vmArgsRelease(argv);
  handleScopeClose(scope);
  return r;
}

// ---- Reflect ------------------------------------------------------------------------------------------

function notObject(name: i32): i32 {
  return throwErrorWith(ErrorKind.TypeError, 'Reflect.', name, ' called on non-object');
}

export function reflectApply(argv: i32, argc: i32): i32 {
  const f: i32 = arg(argv, argc, 0);
  if (!isCallable(f)) return throwErrorWith(ErrorKind.TypeError, 'Function.prototype.apply was called on ', f, ', which is not a function');
  const list: i32 = listFromArrayLike(arg(argv, argc, 2));
  if (isException(list)) return list;
  return callWithList(arg(argv, argc, 0), arg(argv, argc, 1), list, false, undefinedValue());
}

export function reflectConstruct(argv: i32, argc: i32): i32 {
  const f: i32 = arg(argv, argc, 0);
  if (!isConstructorValue(f)) return throwErrorWith(ErrorKind.TypeError, '', f, ' is not a constructor');
  const newTarget: i32 = argc > 2 ? arg(argv, argc, 2) : f;
  if (!isConstructorValue(newTarget)) return throwErrorWith(ErrorKind.TypeError, '', newTarget, ' is not a constructor');
  const list: i32 = listFromArrayLike(arg(argv, argc, 1));
  if (isException(list)) return list;
  const nt: i32 = argc > 2 ? arg(argv, argc, 2) : arg(argv, argc, 0);
  return callWithList(arg(argv, argc, 0), undefinedValue(), list, true, nt);
}

/**
 * The target and key of Reflect methods (target, key, ...): checks the target and converts the key
 * in place (argument 1); returns the sentinel or undefined. Read the key with keyArg afterwards.
 */
function targetAndKey(argv: i32, argc: i32, name: i32): i32 {
  if (!isJSObject(arg(argv, argc, 0))) return notObject(name);
  const key: i32 = toPropertyKey(arg(argv, argc, 1));
  if (isException(key)) return key;
  if (argc > 1) argSet(argv, 1, key);
  return undefinedValue();
}

/** The converted key of a Reflect call (the string "undefined" when it was missing). May GC (atom). */
function keyArg(argv: i32, argc: i32): i32 {
  return argc > 1 ? arg(argv, argc, 1) : atom('undefined');
}

export function reflectDefineProperty(argv: i32, argc: i32): i32 {
  const key: i32 = targetAndKey(argv, argc, atom('defineProperty'));
  if (isException(key)) return key;
  const desc: i32 = toPropertyDescriptor(arg(argv, argc, 2));
  if (isException(desc)) return desc;
  const scope: i32 = handleScopeOpen();
  const hDesc: i32 = handleNew(desc);
  const k: i32 = keyArg(argv, argc);
  const result: i32 = definePropertyFromDescriptor(arg(argv, argc, 0), k, handleGet(hDesc));
  handleScopeClose(scope);
  return result;
}

export function reflectDeleteProperty(argv: i32, argc: i32): i32 {
  const key: i32 = targetAndKey(argv, argc, atom('deleteProperty'));
  if (isException(key)) return key;
  const k: i32 = keyArg(argv, argc);
  return deletePropertyResult(arg(argv, argc, 0), k);
}

export function reflectGet(argv: i32, argc: i32): i32 {
  const key: i32 = targetAndKey(argv, argc, atom('get'));
  if (isException(key)) return key;
  const k: i32 = keyArg(argv, argc);
  const target: i32 = arg(argv, argc, 0);
  return lookupGet(target, k, keyArrayIndex(k), argc > 2 ? arg(argv, argc, 2) : target);
}

export function reflectGetOwnPropertyDescriptor(argv: i32, argc: i32): i32 {
  const key: i32 = targetAndKey(argv, argc, atom('getOwnPropertyDescriptor'));
  if (isException(key)) return key;
  const k: i32 = keyArg(argv, argc);
  return ownPropertyDescriptorObject(arg(argv, argc, 0), k);
}

export function reflectGetPrototypeOf(argv: i32, argc: i32): i32 {
  if (!isJSObject(arg(argv, argc, 0))) return notObject(atom('getPrototypeOf'));
  return internalGetPrototypeOf(arg(argv, argc, 0));
}

export function reflectHas(argv: i32, argc: i32): i32 {
  const key: i32 = targetAndKey(argv, argc, atom('has'));
  if (isException(key)) return key;
  const k: i32 = keyArg(argv, argc);
  return hasProperty(arg(argv, argc, 0), k);
}

export function reflectIsExtensible(argv: i32, argc: i32): i32 {
  if (!isJSObject(arg(argv, argc, 0))) return notObject(atom('isExtensible'));
  return internalIsExtensible(arg(argv, argc, 0));
}

export function reflectOwnKeys(argv: i32, argc: i32): i32 {
  if (!isJSObject(arg(argv, argc, 0))) return notObject(atom('ownKeys'));
  return ownKeysArray(arg(argv, argc, 0), KeyFilter.all);
}

export function reflectPreventExtensions(argv: i32, argc: i32): i32 {
  if (!isJSObject(arg(argv, argc, 0))) return notObject(atom('preventExtensions'));
  return internalPreventExtensions(arg(argv, argc, 0));
}

export function reflectSet(argv: i32, argc: i32): i32 {
  const key: i32 = targetAndKey(argv, argc, atom('set'));
  if (isException(key)) return key;
  const k: i32 = keyArg(argv, argc);
  const target: i32 = arg(argv, argc, 0);
  return setWithReceiverResult(target, k, arg(argv, argc, 2), argc > 3 ? arg(argv, argc, 3) : target);
}

export function reflectSetPrototypeOf(argv: i32, argc: i32): i32 {
  if (!isJSObject(arg(argv, argc, 0))) return notObject(atom('setPrototypeOf'));
  const proto: i32 = arg(argv, argc, 1);
  if (proto !== nullValue() && !isJSObject(proto)) return throwErrorWith(ErrorKind.TypeError, 'Object prototype may only be an Object or null: ', proto, '');
  return internalSetPrototypeOf(arg(argv, argc, 0), proto);
}

/**
 * The attributes of own property `key` of any object (PropertyAttr bits, ACCESSOR), -1 when
 * absent, -2 when a proxy trap threw (the exception is pending). May GC (proxies).
 */
export function exoticOwnAttributes(o: i32, key: i32): i32 {
  // Module namespaces (runtime/modules.ts): an export in its TDZ throws.
  if (isModuleNamespace(o)) return moduleNamespaceOwnAttributes(o, key);
  if (!isProxy(o)) return ownAttributes(o, key, keyArrayIndex(key));
  const scope: i32 = handleScopeOpen();
  const d: i32 = proxyOperation(ProxyOp.getOwnProperty, o, key, undefinedValue(), undefinedValue());
  let attrs: i32 = -1;
  if (isException(d)) {
    attrs = -2;
  } else if (d !== undefinedValue()) {
    const hD: i32 = handleNew(d);
    attrs = 0;
    const e: i32 = atom('enumerable');
    if (getProperty(handleGet(hD), e) === trueValue()) attrs = attrs | PropertyAttr.ENUMERABLE;
    const c: i32 = atom('configurable');
    if (getProperty(handleGet(hD), c) === trueValue()) attrs = attrs | PropertyAttr.CONFIGURABLE;
    const w: i32 = atom('writable');
    if (getProperty(handleGet(hD), w) === trueValue()) attrs = attrs | PropertyAttr.WRITABLE;
    const g: i32 = atom('get');
    const hasGet: bool = hasProperty(handleGet(hD), g) === trueValue();
    const st: i32 = atom('set');
    const hasSet: bool = hasProperty(handleGet(hD), st) === trueValue();
    if (hasGet || hasSet) attrs = attrs | PropertyAttr.ACCESSOR;
  }
  handleScopeClose(scope);
  return attrs;
}

/**
 * The own keys of a proxy or typed array for for-in and CopyDataProperties (interpreter-objects.ts):
 * a FixedArray, or the sentinel. For for-in (`symbols` false) the enumerable string keys; for
 * CopyDataProperties (`symbols` true) every key — the caller asks [[GetOwnProperty]] of each one
 * right before its [[Get]], in the spec's order. Proxies answer through their traps. May GC.
 */
export function exoticEnumerableKeys(obj: i32, symbols: bool): i32 {
  const filter: i32 = symbols ? KeyFilter.all : KeyFilter.strings | KeyFilter.enumerableOnly;
  const keys: i32 = ownKeysArray(obj, filter);
  if (isException(keys)) return keys;
  const scope: i32 = handleScopeOpen();
  const hKeys: i32 = handleNew(keys);
  const n: i32 = smiValue(fieldGet(keys, JSArrayLayout.length));
  const hOut: i32 = handleNew(fixedArrayNew(n));
  for (let i: i32 = 0; i < n; i++) {
    const k: i32 = elementsGet(handleGet(hKeys), i);
    fixedArraySet(handleGet(hOut), i, k);
  }
  const r: i32 = handleGet(hOut);
  handleScopeClose(scope);
  return r;
}
