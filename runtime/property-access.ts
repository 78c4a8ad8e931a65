// Property access on any value (docs/interpreter.md, "Semantics"): [[Get]], [[Set]],
// [[DefineOwnProperty]], [[HasProperty]], [[Delete]] with prototype chains, accessors (calling
// getters/setters through interpreter.ts), primitives (String.prototype etc. for strings, numbers,
// booleans, symbols), array indices and string indices. The inline caches (ic.ts) sit in front.
//
// Keys: `name` parameters are property keys as the kernel object model uses them — internalized
// strings and symbols; array indices are given as Smis (index < 2^30) or HeapNumbers
// (up to 2^32-2) by toPropertyKey. `key` parameters are any values (ToPropertyKey is applied).
//
// Failures of [[Set]] throw only in strict code, with V8's messages; [[Get]] on undefined/null
// throws "Cannot read properties of undefined (reading 'x')".
import type { i32, f64, bool } from './types.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType, PropertyAttr } from './layouts.ts';
import {
  undefinedValue, nullValue, trueValue, falseValue, theHole, isJSObject, instanceTypeOf, accessorPairSetter, accessorPairNew,
} from './values.ts';
import { isString, stringLength } from './strings.ts';
import { atom } from './atoms.ts';
import {
  objectGetPrototype, objectGetOwn, objectSet, objectDefineOwnProperty, objectDefineAccessor, objectDeleteProperty, objectMap,
} from './objects.ts';
import { mapIsExtensible } from './maps.ts';
import {
  elementsSet, elementsDefine, elementsDelete, arraySetLength, elementsGetAttributes, elementsRedefine, arrayLengthIsReadOnly,
  mappedArgumentsGetFast,
} from './elements.ts';
import { isException, throwErrorLit, throwErrorWith, ErrorKind } from './errors.ts';
import { vmCall1 } from './interpreter.ts';
import { toPropertyKey, toNumber, toObject, numberToF64 } from './conversions.ts';
import {
  keyArrayIndex, keyIsLength, isAccessorPair, isUndefinedOrNull, isCallableValue, ownAttributes, ownGet,
  lookupGet, getValue, primitivePrototype, stringWrapperValue, ownAccessorPair,
} from './semantics-lookup.ts';
import { throwErrorWith2, throwErrorWithTyped } from './semantics-messages.ts';
import { moduleNamespaceGetOwn } from './modules.ts';
import { keyIsCanonicalNumeric } from './semantics-lookup.ts';
import { typedArrayValidIndex, typedArraySet, typedArrayGet, typedArrayKind, typedArraySetNumber } from './builtins-typedarray.ts';
import { FIRST_BIGINT_KIND } from './builtins-arraybuffer.ts';
import { proxyOperation, ProxyOp } from './builtins-proxy.ts';

// ---- [[Get]] ---------------------------------------------------------------------------------------

function throwReadOfNullish(v: i32, name: i32): i32 {
  if (v === undefinedValue()) return throwErrorWith(ErrorKind.TypeError, 'Cannot read properties of undefined (reading \'', name, '\')');
  return throwErrorWith(ErrorKind.TypeError, 'Cannot read properties of null (reading \'', name, '\')');
}

/** GetV(v, name) with receiver v. May GC; may run getters. */
export function getProperty(v: i32, name: i32): i32 {
  if (isJSObject(v)) return lookupGet(v, name, keyArrayIndex(name), v);
  if (isUndefinedOrNull(v)) return throwReadOfNullish(v, name);
  return getValue(v, name);
}

/** v[key] (ToPropertyKey(key) first). May GC; may run JavaScript. */
export function getKeyed(v: i32, key: i32): i32 {
  if (isUndefinedOrNull(v)) {
    // V8 names a primitive key; an object key is not converted (no toString call) and not named.
    if (isJSObject(key)) {
      if (v === undefinedValue()) return throwErrorLit(ErrorKind.TypeError, 'Cannot read properties of undefined');
      return throwErrorLit(ErrorKind.TypeError, 'Cannot read properties of null');
    }
    return throwReadOfNullish(v, key);
  }
  if ((key & 1) === 0 && key >= 0 && isJSObject(v)) {
    // Typed arrays: the element at once (the keyed IC never caches them); mapped arguments
    // objects: an own data element at once.
    const type: i32 = instanceTypeOf(v);
    if (type === InstanceType.JS_TYPED_ARRAY) return typedArrayGet(v, +(key >> 1));
    if (type === InstanceType.JS_ARGUMENTS_OBJECT) {
      const element: i32 = mappedArgumentsGetFast(v, key >> 1);
      if (element !== theHole()) return element;
    }
    return lookupGet(v, key, keyArrayIndex(key), v);
  }
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const k: i32 = toPropertyKey(key);
  const result: i32 = isException(k) ? k : getValue(handleGet(hV), k);
  handleScopeClose(scope);
  return result;
}

/** Get with an explicit receiver (super.x, Reflect.get): `holder` is an object or a primitive. May GC. */
export function getWithReceiver(holder: i32, name: i32, receiver: i32): i32 {
  if (isJSObject(holder)) return lookupGet(holder, name, keyArrayIndex(name), receiver);
  if (isUndefinedOrNull(holder)) return throwReadOfNullish(holder, name);
  return lookupGet(primitivePrototype(holder), name, keyArrayIndex(name), receiver);
}

// ---- [[Set]] ---------------------------------------------------------------------------------------

const SetFail = { none: 0, readOnly: 1, noSetter: 2, notExtensible: 3, primitive: 4 } as const;

/**
 * Set by a failed sloppy [[Set]] (setFailed), cleared where JavaScript ran after the decision;
 * setWithReceiverResult reads it to give Reflect.set its boolean.
 */
let setDidFail: bool = false;

/** The TypeError of a failed [[Set]] in strict code, or `value` in sloppy code. May GC. */
function setFailed(why: i32, receiver: i32, name: i32, value: i32, strict: bool): i32 {
  if (!strict) {
    setDidFail = true;
    return value;
  }
  switch (why) {
    case SetFail.readOnly:
      return throwErrorWithTyped(ErrorKind.TypeError, 'Cannot assign to read only property \'', name, '\' of ', receiver);
    case SetFail.noSetter:
      return throwErrorWith2(ErrorKind.TypeError, 'Cannot set property ', name, ' of ', receiver, ' which has only a getter');
    case SetFail.notExtensible:
      return throwErrorWith(ErrorKind.TypeError, 'Cannot add property ', name, ', object is not extensible');
    default:
      return throwErrorWithTyped(ErrorKind.TypeError, 'Cannot create property \'', name, '\' on ', receiver);
  }
}

/**
 * [[Set]] with a namespace as receiver fails; reading its own property first (OrdinarySet's
 * receiver.[[GetOwnProperty]]) throws for a binding in its TDZ. May GC.
 */
function moduleNamespaceSetFailed(ns: i32, name: i32, index: f64, value: i32, strict: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hNs: i32 = handleNew(ns);
  const hName: i32 = handleNew(name);
  const hValue: i32 = handleNew(value);
  const current: i32 = moduleNamespaceGetOwn(ns, name, index);
  const result: i32 = isException(current) ? current : setFailed(SetFail.readOnly, handleGet(hNs), handleGet(hName), handleGet(hValue), strict);
  handleScopeClose(scope);
  return result;
}

/** `arr.length = value` on an array receiver (spec ArraySetLength). May GC; may run valueOf. */
function setArrayLength(arr: i32, value: i32, strict: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hArr: i32 = handleNew(arr);
  const hValue: i32 = handleNew(value);
  let result: i32 = value;
  const n: i32 = toNumber(value);
  setDidFail = false;
  if (isException(n)) {
    result = n;
  } else {
    const x: f64 = numberToF64(n);
    const length: f64 = +(x >>> 0);
    if (length !== x) {
      result = throwErrorLit(ErrorKind.RangeError, 'Invalid array length');
    } else if (arrayLengthIsReadOnly(handleGet(hArr))) {
      // valueOf made `length` read-only (OrdinarySet checked writability before the conversion).
      const kLength: i32 = atom('length');
      result = setFailed(SetFail.readOnly, handleGet(hArr), kLength, handleGet(hValue), strict);
    } else if (!arraySetLength(handleGet(hArr), length) && strict) {
      result = throwErrorLit(ErrorKind.TypeError, 'Cannot delete array element: a non-configurable element is in the way');
    } else {
      result = handleGet(hValue);
    }
  }
  handleScopeClose(scope);
  return result;
}

/**
 * Writes or creates own data property `name` on JS object `receiver` (the last steps of
 * OrdinarySetWithOwnDescriptor): existing writable data properties are overwritten, absent ones
 * added when the object is extensible. May GC.
 */
function setOnReceiver(receiver: i32, name: i32, index: f64, value: i32, strict: bool): i32 {
  const type: i32 = instanceTypeOf(receiver);
  if (type === InstanceType.JS_PROXY) {
    const scope: i32 = handleScopeOpen();
    const hValue: i32 = handleNew(value);
    const hName: i32 = handleNew(name);
    const hReceiver: i32 = handleNew(receiver);
    const r: i32 = proxyOperation(ProxyOp.setOnReceiver, receiver, name, value, undefinedValue());
    let result: i32 = r;
    if (!isException(r)) {
      setDidFail = false;
      result = r === trueValue() ? handleGet(hValue) : setFailed(SetFail.readOnly, handleGet(hReceiver), handleGet(hName), handleGet(hValue), strict);
    }
    handleScopeClose(scope);
    return result;
  }
  if (type === InstanceType.JS_TYPED_ARRAY && (index >= 0 || keyIsCanonicalNumeric(name))) {
    // [[DefineOwnProperty]] of an integer index: a valid index is written, anything else refused.
    if (index >= 0 && typedArrayValidIndex(receiver, index)) {
      const scope: i32 = handleScopeOpen();
      const hValue: i32 = handleNew(value);
      const r: i32 = typedArraySet(receiver, index, value);
      const result: i32 = isException(r) ? r : handleGet(hValue);
      handleScopeClose(scope);
      return result;
    }
    return setFailed(SetFail.primitive, receiver, name, value, strict);
  }
  const own: i32 = ownAttributes(receiver, name, index);
  if (own >= 0) {
    if ((own & PropertyAttr.ACCESSOR) !== 0 || (own & PropertyAttr.WRITABLE) === 0) return setFailed(SetFail.readOnly, receiver, name, value, strict);
    // A module namespace's [[Set]] always fails (its bindings change only in their module).
    if (instanceTypeOf(receiver) === InstanceType.JS_MODULE_NAMESPACE) return moduleNamespaceSetFailed(receiver, name, index, value, strict);
    if (index < 0 && keyIsLength(name) && instanceTypeOf(receiver) === InstanceType.JS_ARRAY) return setArrayLength(receiver, value, strict);
  } else if (!mapIsExtensible(objectMap(receiver))) {
    return setFailed(SetFail.notExtensible, receiver, name, value, strict);
  }
  const scope: i32 = handleScopeOpen();
  const hReceiver: i32 = handleNew(receiver);
  const hName: i32 = handleNew(name);
  const hValue: i32 = handleNew(value);
  let ok: bool = false;
  if (index >= 0) ok = elementsSet(receiver, index >>> 0, value);
  else if (own >= 0) ok = objectSet(receiver, name, value);
  else ok = objectDefineOwnProperty(receiver, name, value, PropertyAttr.ALL);
  let result: i32 = handleGet(hValue);
  if (!ok) result = setFailed(SetFail.readOnly, handleGet(hReceiver), handleGet(hName), handleGet(hValue), strict);
  handleScopeClose(scope);
  return result;
}

/**
 * OrdinarySet(holder chain from `start`, name, value, receiver): finds the property along the
 * chain; a setter is called with the receiver, read-only properties refuse, and a data property
 * (or none) is written to the receiver. Returns value or the sentinel. May GC; may run setters.
 */
export function setWithReceiver(start: i32, name: i32, value: i32, receiver: i32, strict: bool): i32 {
  const index: f64 = keyArrayIndex(name);
  const nul: i32 = nullValue();
  for (let o: i32 = start; o !== nul; o = objectGetPrototype(o)) {
    const type: i32 = instanceTypeOf(o);
    if (type === InstanceType.JS_PROXY) {
      const scope: i32 = handleScopeOpen();
      const hValue: i32 = handleNew(value);
      const hName: i32 = handleNew(name);
      const hReceiver: i32 = handleNew(receiver);
      const r: i32 = proxyOperation(ProxyOp.set, o, name, value, receiver);
      let result: i32 = r;
      if (!isException(r)) {
        setDidFail = false;
        if (r === trueValue()) {
          result = handleGet(hValue);
        } else if (strict) {
          result = throwErrorWith(ErrorKind.TypeError, '\'set\' on proxy: trap returned falsish for property \'', handleGet(hName), '\'');
        } else {
          result = setFailed(SetFail.readOnly, handleGet(hReceiver), handleGet(hName), handleGet(hValue), false);
        }
      }
      handleScopeClose(scope);
      return result;
    }
    if (type === InstanceType.JS_TYPED_ARRAY && (index >= 0 || keyIsCanonicalNumeric(name))) {
      // TypedArray [[Set]] (spec 10.4.5.5): on itself, TypedArraySetElement (never fails); for
      // another receiver an invalid index is a no-op and a valid one an ordinary data property.
      if (o === receiver) {
        const scope: i32 = handleScopeOpen();
        const hValue: i32 = handleNew(value);
        const r: i32 = typedArraySet(o, index >= 0 ? index : -1, value); // converts the value even for an invalid index
        const result: i32 = isException(r) ? r : handleGet(hValue);
        handleScopeClose(scope);
        return result;
      }
      if (index < 0 || !typedArrayValidIndex(o, index)) return value;
      break;
    }
    const attrs: i32 = ownAttributes(o, name, index);
    if (attrs < 0) continue;
    if ((attrs & PropertyAttr.ACCESSOR) !== 0) {
      const pair: i32 = ownAccessorPair(o, name, index);
      const setter: i32 = isAccessorPair(pair) ? accessorPairSetter(pair) : undefinedValue();
      if (!isCallableValue(setter)) return setFailed(SetFail.noSetter, receiver, name, value, strict);
      const scope: i32 = handleScopeOpen();
      const hValue: i32 = handleNew(value);
      const r: i32 = vmCall1(setter, receiver, value);
      setDidFail = false;
      const result: i32 = isException(r) ? r : handleGet(hValue);
      handleScopeClose(scope);
      return result;
    }
    if ((attrs & PropertyAttr.WRITABLE) === 0) return setFailed(SetFail.readOnly, receiver, name, value, strict);
    break;
  }
  if (!isJSObject(receiver)) return setFailed(SetFail.primitive, receiver, name, value, strict);
  return setOnReceiver(receiver, name, index, value, strict);
}

/**
 * Receiver.[[Set]] through the chain from `start` with a boolean result (Reflect.set, the proxy
 * set trap's default): true/false or the sentinel. May GC; may run setters and traps.
 */
export function setWithReceiverResult(start: i32, name: i32, value: i32, receiver: i32): i32 {
  setDidFail = false;
  const r: i32 = setWithReceiver(start, name, value, receiver, false);
  if (isException(r)) return r;
  const failed: bool = setDidFail;
  setDidFail = false;
  return failed ? falseValue() : trueValue();
}

/** v.name = value ([[Set]] with receiver v); TypeError on failure when strict. Returns value or the sentinel. May GC. */
export function setProperty(v: i32, name: i32, value: i32, strict: bool): i32 {
  if (isJSObject(v)) return setWithReceiver(v, name, value, v, strict);
  if (isUndefinedOrNull(v)) {
    if (v === undefinedValue()) return throwErrorWith(ErrorKind.TypeError, 'Cannot set properties of undefined (setting \'', name, '\')');
    return throwErrorWith(ErrorKind.TypeError, 'Cannot set properties of null (setting \'', name, '\')');
  }
  // A primitive's own properties (a string's indices and length) are read-only.
  if (isString(v)) {
    const index: f64 = keyArrayIndex(name);
    if ((index >= 0 && index < stringLength(v)) || (index < 0 && keyIsLength(name))) {
      return setFailed(SetFail.readOnly, v, name, value, strict);
    }
  }
  return setWithReceiver(primitivePrototype(v), name, value, v, strict);
}

/** v[key] = value (ToPropertyKey(key) first). May GC; may run JavaScript. */
export function setKeyed(v: i32, key: i32, value: i32, strict: bool): i32 {
  if (isUndefinedOrNull(v)) return setProperty(v, key, value, strict);
  if ((key & 1) === 0 && key >= 0) {
    // Typed arrays with a Number value: the store at once (no conversion can run JavaScript).
    if (isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_TYPED_ARRAY && ((value & 1) === 0 || instanceTypeOf(value) === InstanceType.HEAP_NUMBER) &&
      typedArrayKind(v) < FIRST_BIGINT_KIND) {
      typedArraySetNumber(v, +(key >> 1), numberToF64(value));
      return value;
    }
    return setProperty(v, key, value, strict);
  }
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hValue: i32 = handleNew(value);
  const k: i32 = toPropertyKey(key);
  const result: i32 = isException(k) ? k : setProperty(handleGet(hV), k, handleGet(hValue), strict);
  handleScopeClose(scope);
  return result;
}

// ---- [[DefineOwnProperty]] ------------------------------------------------------------------------

/** CreateDataPropertyOrThrow(obj, name, value) for a canonical key. May GC. */
export function defineOwnDataPropertyByName(obj: i32, name: i32, value: i32): i32 {
  const index: f64 = keyArrayIndex(name);
  const type: i32 = instanceTypeOf(obj);
  if (type === InstanceType.JS_PROXY || (type === InstanceType.JS_TYPED_ARRAY && (index >= 0 || keyIsCanonicalNumeric(name)))) {
    const scope: i32 = handleScopeOpen();
    const hName: i32 = handleNew(name);
    const hValue: i32 = handleNew(value);
    let r: i32 = 0;
    if (type === InstanceType.JS_PROXY) {
      r = proxyOperation(ProxyOp.createDataProperty, obj, name, value, undefinedValue());
    } else if (index >= 0 && typedArrayValidIndex(obj, index)) {
      r = typedArraySet(obj, index, value);
      if (!isException(r)) r = trueValue();
    } else {
      r = falseValue();
    }
    let result: i32 = r;
    if (!isException(r)) {
      result = r === trueValue() ? handleGet(hValue) : throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', handleGet(hName), '');
    }
    handleScopeClose(scope);
    return result;
  }
  if (index < 0 && keyIsLength(name) && instanceTypeOf(obj) === InstanceType.JS_ARRAY) return setArrayLength(obj, value, true);
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(name);
  const hValue: i32 = handleNew(value);
  let ok: bool = false;
  if (index >= 0) {
    // {value, writable, enumerable, configurable: true} replaces a configurable element (even a
    // non-writable one) and is refused by a non-configurable one.
    const cur: i32 = elementsGetAttributes(obj, index >>> 0);
    if (stringWrapperValue(obj) !== 0 && ownAttributes(obj, name, index) === PropertyAttr.ENUMERABLE) ok = false;
    else if (cur >= 0 && (cur & PropertyAttr.CONFIGURABLE) === 0) ok = false;
    else ok = elementsRedefine(obj, index >>> 0, value, PropertyAttr.ALL);
  } else {
    ok = objectDefineOwnProperty(obj, name, value, PropertyAttr.ALL);
  }
  let result: i32 = handleGet(hValue);
  if (!ok) result = throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', handleGet(hName), '');
  handleScopeClose(scope);
  return result;
}

/** CreateDataPropertyOrThrow(obj, key, value) for any key value. May GC; may run JavaScript (ToPropertyKey). */
export function defineOwnDataProperty(obj: i32, key: i32, value: i32): i32 {
  if (!isJSObject(obj)) return throwErrorLit(ErrorKind.TypeError, 'CreateDataProperty called on non-object');
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hValue: i32 = handleNew(value);
  const k: i32 = toPropertyKey(key);
  const result: i32 = isException(k) ? k : defineOwnDataPropertyByName(handleGet(hObj), k, handleGet(hValue));
  handleScopeClose(scope);
  return result;
}

// ---- [[Delete]] and [[HasProperty]] ----------------------------------------------------------------

/** obj.[[Delete]](name) for any JS object and a canonical key: true/false oddball or the sentinel (proxies). May GC. */
export function deletePropertyResult(obj: i32, name: i32): i32 {
  if (instanceTypeOf(obj) === InstanceType.JS_PROXY) return proxyOperation(ProxyOp.deleteProperty, obj, name, undefinedValue(), undefinedValue());
  return deleteOwnProperty(obj, name) ? trueValue() : falseValue();
}

/** obj.[[Delete]](name) for a JS object (not a proxy: see deletePropertyResult) and a canonical key: true when gone. May GC. */
export function deleteOwnProperty(obj: i32, name: i32): bool {
  const index: f64 = keyArrayIndex(name);
  if (instanceTypeOf(obj) === InstanceType.JS_TYPED_ARRAY && (index >= 0 || keyIsCanonicalNumeric(name))) {
    return index < 0 || !typedArrayValidIndex(obj, index);
  }
  const attrs: i32 = ownAttributes(obj, name, index);
  if (attrs < 0) return true;
  if ((attrs & PropertyAttr.CONFIGURABLE) === 0) return false;
  if (index >= 0) return elementsDelete(obj, index >>> 0);
  return objectDeleteProperty(obj, name);
}

/** delete obj[key]: true/false oddball or the sentinel (TypeError when strict and non-configurable). May GC. */
export function deletePropertyOperator(obj: i32, key: i32, strict: bool): i32 {
  if (isUndefinedOrNull(obj)) return throwErrorLit(ErrorKind.TypeError, 'Cannot convert undefined or null to object');
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  let result: i32 = 0;
  const k: i32 = toPropertyKey(key);
  if (isException(k)) {
    result = k;
  } else {
    const hK: i32 = handleNew(k);
    const o: i32 = toObject(handleGet(hObj));
    const deleted: i32 = isException(o) ? o : deletePropertyResult(o, handleGet(hK));
    if (isException(deleted)) {
      result = deleted;
    } else if (deleted === trueValue()) {
      result = trueValue();
    } else if (strict) {
      result = throwErrorWith2(ErrorKind.TypeError, 'Cannot delete property \'', handleGet(hK), '\' of ', handleGet(hObj), '');
    } else {
      result = falseValue();
    }
  }
  handleScopeClose(scope);
  return result;
}

/** HasProperty(obj, name) along the prototype chain: true/false oddball or the sentinel. May GC (proxies' has traps). */
export function hasProperty(obj: i32, name: i32): i32 {
  const index: f64 = keyArrayIndex(name);
  const nul: i32 = nullValue();
  for (let o: i32 = obj; o !== nul; o = objectGetPrototype(o)) {
    const type: i32 = instanceTypeOf(o);
    if (type === InstanceType.JS_PROXY) return proxyOperation(ProxyOp.has, o, name, undefinedValue(), undefinedValue());
    if (type === InstanceType.JS_TYPED_ARRAY && (index >= 0 || keyIsCanonicalNumeric(name))) {
      return index >= 0 && typedArrayValidIndex(o, index) ? trueValue() : falseValue();
    }
    if (ownAttributes(o, name, index) >= 0) return trueValue();
  }
  return falseValue();
}

/** HasOwnProperty(obj, name) for a JS object and a canonical key. No GC. */
export function hasOwnProperty(obj: i32, name: i32): bool {
  return ownAttributes(obj, name, keyArrayIndex(name)) >= 0;
}

/** Own property attributes for a canonical key (PropertyAttr bits, ACCESSOR), or -1 (proxies: see exoticOwnAttributes). No GC. */
export function getOwnPropertyAttributes(obj: i32, name: i32): i32 {
  return ownAttributes(obj, name, keyArrayIndex(name));
}

/**
 * Defines own data property `name` (a canonical key) with exact attributes, routing array indices
 * to the elements (methods of classes and object literals: {writable, configurable}). False when
 * refused (non-configurable, non-extensible). May GC.
 */
export function defineOwnPropertyWithAttributes(obj: i32, name: i32, value: i32, attrs: i32): bool {
  const index: f64 = keyArrayIndex(name);
  if (index >= 0) {
    if (stringWrapperValue(obj) !== 0 && ownAttributes(obj, name, index) === PropertyAttr.ENUMERABLE) return false;
    return elementsDefine(obj, index >>> 0, value, attrs & PropertyAttr.ALL);
  }
  return objectDefineOwnProperty(obj, name, value, attrs & PropertyAttr.ALL);
}

/**
 * Defines own accessor property `name` (a canonical key) from getter and setter (undefined for a
 * missing half), enumerable/configurable from `attrs`; array indices go to the elements as an
 * AccessorPair. False when refused. May GC.
 */
export function defineOwnAccessorProperty(obj: i32, name: i32, getter: i32, setter: i32, attrs: i32): bool {
  const index: f64 = keyArrayIndex(name);
  if (index < 0) return objectDefineAccessor(obj, name, getter, setter, attrs);
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const pair: i32 = accessorPairNew(getter, setter);
  const ok: bool = elementsDefine(handleGet(hObj), index >>> 0, pair, (attrs & (PropertyAttr.ENUMERABLE | PropertyAttr.CONFIGURABLE)) | PropertyAttr.ACCESSOR);
  handleScopeClose(scope);
  return ok;
}
