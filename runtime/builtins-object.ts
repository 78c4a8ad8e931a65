// Object and Object.prototype (ECMA-262 §20.1), and the own-property machinery other builtins
// share: OrdinaryOwnPropertyKeys in spec order (ownKeysArray), property descriptors
// (ToPropertyDescriptor / FromPropertyDescriptor) and [[DefineOwnProperty]] from a descriptor
// (definePropertyFromDescriptor, ValidateAndApplyPropertyDescriptor over objects.ts/elements.ts).
import { isModuleNamespace, moduleNamespaceDefineOwnProperty, moduleNamespaceFreeze } from './modules.ts';
import type { i32, f64, bool } from './types.ts';
import { rootGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet, fieldGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { InstanceType, PropertyAttr, ElementsKind, JSArrayLayout, MapLayout, SymbolLayout } from './layouts.ts';
import {
  undefinedValue, nullValue, theHole, trueValue, falseValue, isJSObject, isSymbol, instanceTypeOf, fixedArrayNew,
  fixedArrayGet, fixedArraySet, fixedArrayLength, fixedDoubleArrayLength, accessorPairGetter, accessorPairSetter, accessorPairNew,
} from './values.ts';
import { isSmi, smiFrom, rawGet } from './memory.ts';
import { atom } from './atoms.ts';
import { isString, stringLength, stringConcat } from './strings.ts';
import { numberToString } from './number-conversions.ts';
import {
  objectNewPlain, objectNew, objectGetPrototype, objectSetPrototype, objectOwnKeys, objectGetOwnAttributes,
  objectGetOwn, objectDefineOwnProperty, objectDefineAccessor, objectPreventExtensions, objectMap, objectElements,
} from './objects.ts';
import { mapIsExtensible, mapCopyWithPrototype, mapBackPointer } from './maps.ts';
import {
  elementsKindOf, elementsKindIsDouble, elementsGetAttributes, elementsRedefine, arrayNew, arrayPush, arrayLength, arraySetLength,
  arrayLengthIsReadOnly, arrayMakeLengthReadOnly,
} from './elements.ts';
import { dictionaryCapacity, dictionaryIsLive, dictionaryKeyAt } from './dictionary.ts';
import { exceptionSentinel, isException, throwErrorLit, throwErrorWith, ErrorKind, isErrorObject } from './errors.ts';
import { toObject, toPropertyKey, toBoolean, toString, toNumber, isCallable, primitiveWrapperValue } from './conversions.ts';
import { getProperty, setProperty, hasProperty, getOwnPropertyAttributes, defineOwnDataPropertyByName } from './property-access.ts';
import { ownGet, ownAttributes, keyArrayIndex, keyIsLength, stringWrapperValue } from './semantics-lookup.ts';
import { sameValue } from './operators.ts';
import { ordinaryCreateFromConstructor } from './interpreter-calls.ts';
import { vmCall0 } from './interpreter.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { regexpDataOf } from './builtins-regexp.ts';
import { arg, argThis, argThisSet, argNewTarget, argCallee, argSet, isNullish, boolResult, numberF64, isArrayObject } from './builtins-util.ts';
// Exotic objects (proxies, typed arrays) are dispatched to their owner's internal methods (docs/exotic-objects.md).
import { isProxy, proxyOperation, ProxyOp } from './builtins-proxy.ts';
import { isTypedArray, viewLength } from './builtins-typedarray.ts';
import {
  internalGetPrototypeOf, internalSetPrototypeOf, internalIsExtensible, internalPreventExtensions, exoticDefineOwnProperty,
  exoticOwnAttributes, isArrayValue, typedArrayFixedLength,
} from './builtins-reflect.ts';

/** ownKeysArray filters. */
export const KeyFilter = { strings: 1, symbols: 2, enumerableOnly: 4, all: 3 } as const;

/** The identity-hash property key (a symbol never listed among own keys; builtins-ouro.ts). */
export function hiddenKey(key: i32): bool {
  if (key === intrinsicGet(Intrinsic.IdentityHashSymbol) || key === intrinsicGet(Intrinsic.RegExpDataSymbol)) return true;
  // A private name (runtime-functions.ts): a symbol whose description is its FixedArray record.
  if (!isSymbol(key)) return false;
  const d: i32 = fieldGet(key, SymbolLayout.description);
  return (d & 1) !== 0 && instanceTypeOf(d) === InstanceType.FIXED_ARRAY;
}

/**
 * OrdinaryOwnPropertyKeys(obj) filtered: a new JS array of the keys (indices as strings in
 * ascending order, then string keys and symbols in creation order), only enumerable ones with
 * KeyFilter.enumerableOnly. May GC.
 */
export function ownKeysArray(obj: i32, filter: i32): i32 {
  if (isProxy(obj)) return proxyOperation(ProxyOp.ownKeys, obj, smiFrom(filter), undefinedValue(), undefinedValue());
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hResult: i32 = handleNew(arrayNew(0));
  const enumerableOnly: bool = (filter & KeyFilter.enumerableOnly) !== 0;
  if ((filter & KeyFilter.strings) !== 0) {
    // Indices of a String wrapper's string come first.
    const s: i32 = stringWrapperValue(handleGet(hObj));
    if (s !== 0) {
      const n: i32 = stringLength(s);
      for (let i: i32 = 0; i < n; i++) pushIndexKey(hResult, i);
    }
    if (isTypedArray(handleGet(hObj))) {
      const n: i32 = viewLength(handleGet(hObj));
      for (let i: i32 = 0; i < n; i++) pushIndexKey(hResult, i);
    }
    pushElementKeys(hObj, hResult, enumerableOnly);
  }
  const hKeys: i32 = handleNew(objectOwnKeys(handleGet(hObj)));
  const type: i32 = instanceTypeOf(handleGet(hObj));
  if ((filter & KeyFilter.strings) !== 0 && !enumerableOnly) {
    if (type === InstanceType.JS_ARRAY || (type === InstanceType.JS_PRIMITIVE_WRAPPER && stringWrapperValue(handleGet(hObj)) !== 0)) {
      const k: i32 = atom('length');
      arrayPush(handleGet(hResult), k);
    }
  }
  const n: i32 = fixedArrayLength(handleGet(hKeys));
  for (let pass: i32 = 0; pass < 2; pass++) {
    const wantSymbols: bool = pass === 1;
    if (!wantSymbols && (filter & KeyFilter.strings) === 0) continue;
    if (wantSymbols && (filter & KeyFilter.symbols) === 0) continue;
    for (let i: i32 = 0; i < n; i++) {
      const key: i32 = fixedArrayGet(handleGet(hKeys), i);
      if (isSymbol(key) !== wantSymbols || hiddenKey(key)) continue;
      if (enumerableOnly && (objectGetOwnAttributes(handleGet(hObj), key) & PropertyAttr.ENUMERABLE) === 0) continue;
      arrayPush(handleGet(hResult), key);
    }
  }
  const r: i32 = handleGet(hResult);
  handleScopeClose(scope);
  return r;
}

function pushIndexKey(hResult: i32, index: f64): void {
  const s: i32 = numberToString(index);
  arrayPush(handleGet(hResult), s);
}

/** Pushes the element indices of the object in hObj (ascending) as strings. May GC. */
function pushElementKeys(hObj: i32, hResult: i32, enumerableOnly: bool): void {
  const obj: i32 = handleGet(hObj);
  const kind: i32 = elementsKindOf(obj);
  const e: i32 = objectElements(obj);
  if (kind !== ElementsKind.DICTIONARY) {
    const capacity: i32 = elementsKindIsDouble(kind) ? fixedDoubleArrayLength(e) : fixedArrayLength(e);
    let limit: f64 = capacity;
    if (instanceTypeOf(obj) === InstanceType.JS_ARRAY && arrayLength(obj) < limit) limit = arrayLength(obj);
    for (let i: i32 = 0; i < limit; i++) {
      if (elementsGetAttributes(handleGet(hObj), i) < 0) continue;
      pushIndexKey(hResult, i);
    }
    return;
  }
  // Dictionary elements: repeatedly take the smallest index above the last one (sparse arrays are rare).
  const d: i32 = e;
  const capacity: i32 = dictionaryCapacity(d);
  let last: f64 = -1;
  for (;;) {
    const dd: i32 = objectElements(handleGet(hObj));
    let best: f64 = -1;
    for (let i: i32 = 0; i < capacity; i++) {
      if (!dictionaryIsLive(dd, i)) continue;
      const k: f64 = numberF64(dictionaryKeyAt(dd, i));
      if (k > last && (best < 0 || k < best)) best = k;
    }
    if (best < 0) break;
    last = best;
    if (enumerableOnly && (elementsGetAttributes(handleGet(hObj), best >>> 0) & PropertyAttr.ENUMERABLE) === 0) continue;
    pushIndexKey(hResult, best);
  }
  if (d === 0) return;
}

// ---- property descriptors ------------------------------------------------------------------------

/** Slots of a parsed descriptor (a FixedArray; the hole marks an absent field). */
const Desc = { value: 0, writable: 1, get: 2, set: 3, enumerable: 4, configurable: 5, size: 6 } as const;

/**
 * ToPropertyDescriptor (spec 6.2.6.5): a FixedArray of Desc slots, or the sentinel (TypeError when
 * not an object, when a getter/setter is not callable, or when both value-ish and accessor fields
 * are present). May run JavaScript (getters on the descriptor object).
 */
export function toPropertyDescriptor(o: i32): i32 {
  if (!isJSObject(o)) return throwErrorWith(ErrorKind.TypeError, 'Property description must be an object: ', o, '');
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hD: i32 = handleNew(fixedArrayNew(Desc.size));
  for (let i: i32 = 0; i < Desc.size; i++) fixedArraySet(handleGet(hD), i, theHole());
  let result: i32 = 0;
  for (let field: i32 = 0; field < Desc.size; field++) {
    const key: i32 = descKey(field);
    if (hasProperty(handleGet(hO), key) !== trueValue()) continue;
    const key2: i32 = descKey(field);
    let v: i32 = getProperty(handleGet(hO), key2);
    if (isException(v)) {
      result = v;
      break;
    }
    if (field === Desc.writable || field === Desc.enumerable || field === Desc.configurable) v = boolResult(toBoolean(v));
    if ((field === Desc.get || field === Desc.set) && v !== undefinedValue() && !isCallable(v)) {
      if (field === Desc.get) result = throwErrorWith(ErrorKind.TypeError, 'Getter must be a function: ', v, '');
      else result = throwErrorWith(ErrorKind.TypeError, 'Setter must be a function: ', v, '');
      break;
    }
    fixedArraySet(handleGet(hD), field, v);
  }
  if (result === 0) {
    const d: i32 = handleGet(hD);
    const hole: i32 = theHole();
    const isAccessor: bool = fixedArrayGet(d, Desc.get) !== hole || fixedArrayGet(d, Desc.set) !== hole;
    const isData: bool = fixedArrayGet(d, Desc.value) !== hole || fixedArrayGet(d, Desc.writable) !== hole;
    if (isAccessor && isData) {
      result = throwErrorLit(ErrorKind.TypeError, 'Invalid property descriptor. Cannot both specify accessors and a value or writable attribute');
    } else {
      result = d;
    }
  }
  handleScopeClose(scope);
  return result;
}

/** The descriptor field names in Desc order. May GC (first use of an atom). */
function descKey(field: i32): i32 {
  switch (field) {
    case Desc.value:
      return atom('value');
    case Desc.writable:
      return atom('writable');
    case Desc.get:
      return atom('get');
    case Desc.set:
      return atom('set');
    case Desc.enumerable:
      return atom('enumerable');
    default:
      return atom('configurable');
  }
}

/**
 * FromPropertyDescriptor of own property `key` of obj: a new descriptor object, or undefined when
 * there is no such property. May GC.
 */
export function ownPropertyDescriptorObject(obj: i32, key: i32): i32 {
  if (isProxy(obj)) return proxyOperation(ProxyOp.getOwnProperty, obj, key, undefinedValue(), undefinedValue());
  const index: f64 = keyArrayIndex(key);
  const attrs: i32 = ownAttributes(obj, key, index);
  if (attrs < 0 || hiddenKey(key)) return undefinedValue();
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(key);
  const hObj: i32 = handleNew(obj);
  const hValue: i32 = handleNew(ownGet(obj, key, index));
  // A module namespace's binding in its TDZ: [[GetOwnProperty]] throws (runtime/modules.ts).
  if (isException(handleGet(hValue))) return scopeReturn(scope, handleGet(hValue));
  const hDesc: i32 = handleNew(objectNewPlain());
  if ((attrs & PropertyAttr.ACCESSOR) !== 0) {
    const pair: i32 = handleGet(hValue);
    const hSet: i32 = handleNew(accessorPairSetter(pair));
    descPut(hDesc, Desc.get, accessorPairGetter(pair));
    descPut(hDesc, Desc.set, handleGet(hSet));
  } else {
    descPut(hDesc, Desc.value, handleGet(hValue));
    descPut(hDesc, Desc.writable, boolResult((attrs & PropertyAttr.WRITABLE) !== 0));
  }
  descPut(hDesc, Desc.enumerable, boolResult((attrs & PropertyAttr.ENUMERABLE) !== 0));
  descPut(hDesc, Desc.configurable, boolResult((attrs & PropertyAttr.CONFIGURABLE) !== 0));
  const r: i32 = handleGet(hDesc);
  if (hObj === 0 || hKey === 0) return r;
  handleScopeClose(scope);
  return r;
}

function descPut(hDesc: i32, field: i32, value: i32): void {
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(value);
  const key: i32 = descKey(field);
  objectDefineOwnProperty(handleGet(hDesc), key, handleGet(hV), PropertyAttr.ALL);
  handleScopeClose(scope);
}

/** Set while exoticDefineOwnProperty falls back to the ordinary algorithm for a typed array's named key. */
let fromExotic: bool = false;

/**
 * [[DefineOwnProperty]](obj, key, desc) for an ordinary object, an array (indices, `length`) or a
 * String wrapper; desc is a parsed descriptor (toPropertyDescriptor). Returns true/false (the
 * ValidateAndApplyPropertyDescriptor result) or the sentinel (array length RangeError). May GC.
 */
export function definePropertyFromDescriptor(obj: i32, key: i32, desc: i32): i32 {
  // Module namespaces (runtime/modules.ts §10.4.6.6); symbol keys take the ordinary path.
  if (isModuleNamespace(obj) && !isSymbol(key)) return moduleNamespaceDefineOwnProperty(obj, key, keyArrayIndex(key), desc);
  if (isProxy(obj) || (isTypedArray(obj) && !fromExotic)) {
    fromExotic = true;
    const r: i32 = exoticDefineOwnProperty(obj, key, desc);
    fromExotic = false;
    return r;
  }
  fromExotic = false;
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const hKey: i32 = handleNew(key);
  const hDesc: i32 = handleNew(desc);
  const index: f64 = keyArrayIndex(key);
  const hole: i32 = theHole();
  const cur: i32 = ownAttributes(obj, key, index);
  const type: i32 = instanceTypeOf(obj);
  let result: i32 = falseValue();
  const dGet: i32 = fixedArrayGet(desc, Desc.get);
  const dSet: i32 = fixedArrayGet(desc, Desc.set);
  const isAccessor: bool = dGet !== hole || dSet !== hole;
  // Attributes after the change: the descriptor's, else the current ones, else false.
  let attrs: i32 = cur < 0 ? 0 : cur & PropertyAttr.ALL;
  if (cur >= 0 && (cur & PropertyAttr.ACCESSOR) !== 0 && !isAccessor && fixedArrayGet(desc, Desc.value) !== hole) attrs = attrs & ~PropertyAttr.WRITABLE;
  attrs = descFlag(desc, Desc.enumerable, attrs, PropertyAttr.ENUMERABLE);
  attrs = descFlag(desc, Desc.configurable, attrs, PropertyAttr.CONFIGURABLE);
  attrs = descFlag(desc, Desc.writable, attrs, PropertyAttr.WRITABLE);
  if (type === InstanceType.JS_ARRAY && index < 0 && keyIsLengthKey(key)) {
    result = defineArrayLength(hObj, hDesc);
  } else if (cur < 0) {
    if (!mapIsExtensible(objectMap(obj))) {
      result = falseValue();
    } else if (isAccessor) {
      result = boolResult(definePropertyAccessor(hObj, hKey, index, dGet === hole ? undefinedValue() : dGet, dSet === hole ? undefinedValue() : dSet, attrs));
    } else {
      const v: i32 = fixedArrayGet(desc, Desc.value);
      result = boolResult(definePropertyData(hObj, hKey, index, v === hole ? undefinedValue() : v, attrs));
    }
  } else {
    const hCurValue: i32 = handleNew(ownGet(handleGet(hObj), handleGet(hKey), index));
    const d: i32 = handleGet(hDesc);
    const curIsAccessor: bool = (cur & PropertyAttr.ACCESSOR) !== 0;
    let ok: bool = true;
    if ((cur & PropertyAttr.CONFIGURABLE) === 0) {
      // Non-configurable: only narrowing changes are allowed (spec 10.1.6.3 step 5).
      if ((attrs & PropertyAttr.CONFIGURABLE) !== 0) ok = false;
      if ((attrs & PropertyAttr.ENUMERABLE) !== (cur & PropertyAttr.ENUMERABLE)) ok = false;
      const wantAccessor: bool = isAccessor || (curIsAccessor && fixedArrayGet(d, Desc.value) === hole && fixedArrayGet(d, Desc.writable) === hole);
      if (wantAccessor !== curIsAccessor) ok = false;
      if (ok && curIsAccessor) {
        const pair: i32 = handleGet(hCurValue);
        if (fixedArrayGet(d, Desc.get) !== hole && !sameValue(fixedArrayGet(d, Desc.get), accessorPairGetter(pair))) ok = false;
        if (fixedArrayGet(d, Desc.set) !== hole && !sameValue(fixedArrayGet(d, Desc.set), accessorPairSetter(pair))) ok = false;
      } else if (ok && (cur & PropertyAttr.WRITABLE) === 0) {
        if ((attrs & PropertyAttr.WRITABLE) !== 0) ok = false;
        if (fixedArrayGet(d, Desc.value) !== hole && !sameValue(fixedArrayGet(d, Desc.value), handleGet(hCurValue))) ok = false;
      }
    }
    if (!ok) {
      result = falseValue();
    } else if (isAccessor || (curIsAccessor && fixedArrayGet(d, Desc.value) === hole && fixedArrayGet(d, Desc.writable) === hole)) {
      let getter: i32 = fixedArrayGet(d, Desc.get);
      let setter: i32 = fixedArrayGet(d, Desc.set);
      if (curIsAccessor) {
        if (getter === hole) getter = accessorPairGetter(handleGet(hCurValue));
        if (setter === hole) setter = accessorPairSetter(handleGet(hCurValue));
      }
      if (getter === hole) getter = undefinedValue();
      if (setter === hole) setter = undefinedValue();
      result = boolResult(definePropertyAccessor(hObj, hKey, index, getter, setter, attrs));
    } else {
      let v: i32 = fixedArrayGet(d, Desc.value);
      if (v === hole) v = curIsAccessor ? undefinedValue() : handleGet(hCurValue);
      result = boolResult(definePropertyData(hObj, hKey, index, v, attrs));
    }
  }
  handleScopeClose(scope);
  return result;
}

function descFlag(desc: i32, field: i32, attrs: i32, bit: i32): i32 {
  const v: i32 = fixedArrayGet(desc, field);
  if (v === theHole()) return attrs;
  return v === trueValue() ? attrs | bit : attrs & ~bit;
}

function keyIsLengthKey(key: i32): bool {
  return keyIsLength(key);
}

/** Defines a data property (element or named) with exact attributes. May GC. */
function definePropertyData(hObj: i32, hKey: i32, index: f64, value: i32, attrs: i32): bool {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const ok: bool = definePropertyDataRooted(hObj, hKey, index, hValue, attrs);
  handleScopeClose(scope);
  return ok;
}

function definePropertyDataRooted(hObj: i32, hKey: i32, index: f64, hValue: i32, attrs: i32): bool {
  const value: i32 = handleGet(hValue);
  if (index >= 0) {
    if (stringWrapperValue(handleGet(hObj)) !== 0 && index < stringLength(stringWrapperValue(handleGet(hObj)))) return false;
    return elementsRedefine(handleGet(hObj), index >>> 0, value, attrs & PropertyAttr.ALL);
  }
  const key: i32 = handleGet(hKey);
  const obj: i32 = handleGet(hObj);
  if (objectGetOwnAttributes(obj, key) >= 0 && (objectGetOwnAttributes(obj, key) & PropertyAttr.ACCESSOR) !== 0) {
    // accessor -> data: objects.ts reconfigures through the dictionary.
    if (objectDefineOwnProperty(obj, key, value, attrs & PropertyAttr.ALL)) return true;
    return forceDefine(hObj, hKey, handleGet(hValue), attrs);
  }
  return forceDefine(hObj, hKey, value, attrs);
}

/** objectDefineOwnProperty after validation happened here: a configurable-or-not replace. May GC. */
function forceDefine(hObj: i32, hKey: i32, value: i32, attrs: i32): bool {
  const obj: i32 = handleGet(hObj);
  const key: i32 = handleGet(hKey);
  const cur: i32 = objectGetOwnAttributes(obj, key);
  if (cur >= 0 && (cur & PropertyAttr.CONFIGURABLE) === 0) {
    // Allowed narrowing of a non-configurable data property (writable -> non-writable, value change).
    return objectDefineOwnProperty(obj, key, value, attrs & PropertyAttr.ALL);
  }
  return objectDefineOwnProperty(obj, key, value, attrs & PropertyAttr.ALL);
}

function definePropertyAccessor(hObj: i32, hKey: i32, index: f64, getter: i32, setter: i32, attrs: i32): bool {
  if (index >= 0) {
    const scope: i32 = handleScopeOpen();
    const pair: i32 = accessorPairNewRooted(getter, setter);
    const ok: bool = elementsRedefine(handleGet(hObj), index >>> 0, pair, (attrs & (PropertyAttr.ENUMERABLE | PropertyAttr.CONFIGURABLE)) | PropertyAttr.ACCESSOR);
    handleScopeClose(scope);
    return ok;
  }
  const cur: i32 = objectGetOwnAttributes(handleGet(hObj), handleGet(hKey));
  if (cur >= 0 && (cur & PropertyAttr.CONFIGURABLE) === 0) {
    // Same accessor functions (validated): only the enumerable/configurable narrowing remains; nothing to do.
    return true;
  }
  return objectDefineAccessor(handleGet(hObj), handleGet(hKey), getter, setter, attrs);
}

function accessorPairNewRooted(getter: i32, setter: i32): i32 {
  return accessorPairNew(getter, setter);
}

/**
 * Object.defineProperty(array, 'length', desc): ArraySetLength (spec 10.4.2.4), with a read-only
 * `length` (MapBit.READ_ONLY_LENGTH, elements.ts) for {writable: false}. true/false or the
 * sentinel (RangeError, or an exception of valueOf). May GC.
 */
function defineArrayLength(hObj: i32, hDesc: i32): i32 {
  const hole: i32 = theHole();
  let newLen: f64 = -1;
  if (fixedArrayGet(handleGet(hDesc), Desc.value) !== hole) {
    // newLen = ToUint32(value), numberLen = ToNumber(value): two conversions, before anything else.
    const n1: i32 = toNumber(fixedArrayGet(handleGet(hDesc), Desc.value));
    if (isException(n1)) return n1;
    newLen = +(numberF64(n1) >>> 0);
    const n2: i32 = toNumber(fixedArrayGet(handleGet(hDesc), Desc.value));
    if (isException(n2)) return n2;
    if (newLen !== numberF64(n2)) return throwErrorLit(ErrorKind.RangeError, 'Invalid array length');
  }
  // OrdinaryDefineOwnProperty(A, "length", ...) against {writable: w, enumerable: false, configurable: false}.
  const d: i32 = handleGet(hDesc);
  if (fixedArrayGet(d, Desc.get) !== hole || fixedArrayGet(d, Desc.set) !== hole) return falseValue();
  if (fixedArrayGet(d, Desc.configurable) === trueValue() || fixedArrayGet(d, Desc.enumerable) === trueValue()) return falseValue();
  const writable: i32 = fixedArrayGet(d, Desc.writable);
  const readOnly: bool = arrayLengthIsReadOnly(handleGet(hObj));
  if (readOnly) {
    if (writable === trueValue()) return falseValue();
    return newLen < 0 || newLen === arrayLength(handleGet(hObj)) ? trueValue() : falseValue();
  }
  const ok: bool = newLen < 0 || arraySetLength(handleGet(hObj), newLen);
  if (writable === falseValue()) arrayMakeLengthReadOnly(handleGet(hObj));
  return ok ? trueValue() : falseValue();
}

// ---- Object ----------------------------------------------------------------------------------------

/** Object(value) / new Object(value) (spec 20.1.1.1). */
export function objectConstructor(argv: i32, argc: i32): i32 {
  const nt: i32 = argNewTarget(argv);
  if (nt !== undefinedValue() && nt !== argCallee(argv)) return ordinaryCreateFromConstructor(nt, argCallee(argv));
  const v: i32 = arg(argv, argc, 0);
  if (isNullish(v)) return objectNewPlain();
  return toObject(v);
}

function keysLike(argv: i32, argc: i32, mode: i32): i32 {
  const o: i32 = toObject(arg(argv, argc, 0));
  if (isException(o)) return o;
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  if (mode === 0) return scopeReturn(scope, ownKeysArray(o, KeyFilter.strings | KeyFilter.enumerableOnly));
  // values / entries (EnumerableOwnProperties): every string key, checked again right before its
  // Get, since getters may delete or hide later keys.
  const hKeys: i32 = handleNew(ownKeysArray(o, KeyFilter.strings));
  if (isException(handleGet(hKeys))) return scopeReturn(scope, handleGet(hKeys));
  const hResult: i32 = handleNew(arrayNew(0));
  const n: f64 = arrayLength(handleGet(hKeys));
  for (let i: i32 = 0; i < n; i++) {
    const key: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
    if (isException(key)) return scopeReturn(scope, key);
    const hK: i32 = handleNew(key);
    const attrs: i32 = exoticOwnAttributes(handleGet(hO), key);
    if (attrs === -2) return scopeReturn(scope, exceptionSentinel()); // a proxy trap threw
    if (attrs < 0 || (attrs & PropertyAttr.ENUMERABLE) === 0) continue;
    const v: i32 = getProperty(handleGet(hO), handleGet(hK));
    if (isException(v)) return scopeReturn(scope, v);
    if (mode === 1) {
      arrayPush(handleGet(hResult), v);
    } else {
      const hV: i32 = handleNew(v);
      const hPair: i32 = handleNew(arrayNew(2));
      const ks: i32 = isSmi(handleGet(hK)) ? toString(handleGet(hK)) : handleGet(hK);
      arrayPush(handleGet(hPair), ks);
      arrayPush(handleGet(hPair), handleGet(hV));
      arrayPush(handleGet(hResult), handleGet(hPair));
    }
  }
  return scopeReturn(scope, handleGet(hResult));
}

function scopeReturn(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

export function objectKeys(argv: i32, argc: i32): i32 {
  return keysLike(argv, argc, 0);
}
export function objectValues(argv: i32, argc: i32): i32 {
  return keysLike(argv, argc, 1);
}
export function objectEntries(argv: i32, argc: i32): i32 {
  return keysLike(argv, argc, 2);
}

export function objectDefineProperty(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return throwErrorLit(ErrorKind.TypeError, 'Object.defineProperty called on non-object');
  const key: i32 = toPropertyKey(arg(argv, argc, 1));
  if (isException(key)) return key;
  argSet(argv, 1, key);
  const desc: i32 = toPropertyDescriptor(arg(argv, argc, 2));
  if (isException(desc)) return desc;
  const r: i32 = definePropertyFromDescriptor(arg(argv, argc, 0), arg(argv, argc, 1), desc);
  if (isException(r)) return r;
  if (r === falseValue()) return throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', arg(argv, argc, 1), '');
  return arg(argv, argc, 0);
}

/** Object.defineProperties(O, Properties) (spec 20.1.2.3.1 ObjectDefineProperties). */
export function objectDefineProperties(argv: i32, argc: i32): i32 {
  if (!isJSObject(arg(argv, argc, 0))) return throwErrorLit(ErrorKind.TypeError, 'Object.defineProperties called on non-object');
  return definePropertiesFrom(argv, argc, 0, 1);
}

/** Defines on argument `target` every own enumerable property of argument `props` as a descriptor. */
function definePropertiesFrom(argv: i32, argc: i32, target: i32, props: i32): i32 {
  const p: i32 = toObject(arg(argv, argc, props));
  if (isException(p)) return p;
  const scope: i32 = handleScopeOpen();
  const hP: i32 = handleNew(p);
  const hKeys: i32 = handleNew(ownKeysArray(p, KeyFilter.all | KeyFilter.enumerableOnly));
  if (isException(handleGet(hKeys))) return scopeReturn(scope, handleGet(hKeys));
  const n: f64 = arrayLength(handleGet(hKeys));
  const hDescs: i32 = handleNew(fixedArrayNew(n | 0));
  for (let i: i32 = 0; i < n; i++) {
    const key: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
    if (isException(key)) return scopeReturn(scope, key);
    const dObj: i32 = getProperty(handleGet(hP), key);
    if (isException(dObj)) return scopeReturn(scope, dObj);
    const desc: i32 = toPropertyDescriptor(dObj);
    if (isException(desc)) return scopeReturn(scope, desc);
    fixedArraySet(handleGet(hDescs), i, desc);
  }
  for (let i: i32 = 0; i < n; i++) {
    const key: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
    if (isException(key)) return scopeReturn(scope, key);
    const r: i32 = definePropertyFromDescriptor(arg(argv, argc, target), key, fixedArrayGet(handleGet(hDescs), i));
    if (isException(r)) return scopeReturn(scope, r);
    if (r === falseValue()) {
      const k2: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
      return scopeReturn(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', k2, ''));
    }
  }
  return scopeReturn(scope, arg(argv, argc, target));
}

export function objectGetPrototypeOf(argv: i32, argc: i32): i32 {
  const o: i32 = toObject(arg(argv, argc, 0));
  if (isException(o)) return o;
  return internalGetPrototypeOf(o);
}

/** Object.setPrototypeOf(O, proto) with the cycle and extensibility checks of OrdinarySetPrototypeOf. */
export function objectSetPrototypeOf(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  const proto: i32 = arg(argv, argc, 1);
  if (isNullish(o)) return throwErrorLit(ErrorKind.TypeError, 'Object.setPrototypeOf called on null or undefined');
  if (proto !== nullValue() && !isJSObject(proto)) return throwErrorWith(ErrorKind.TypeError, 'Object prototype may only be an Object or null: ', proto, '');
  if (!isJSObject(o)) return o;
  const r: i32 = setPrototypeChecked(o, proto);
  if (isException(r)) return r;
  if (r === falseValue() && arg(argv, argc, 0) === rootGet(RootIndex.objectPrototype)) {
    return throwErrorLit(ErrorKind.TypeError, 'Immutable prototype object \'Object.prototype\' cannot have their prototype set');
  }
  if (r === falseValue()) return throwErrorWith(ErrorKind.TypeError, '', arg(argv, argc, 0), ' is not extensible');
  return arg(argv, argc, 0);
}

/** OrdinarySetPrototypeOf: true/false, or the sentinel for a cycle (V8 throws there). May GC. */
export function setPrototypeChecked(o: i32, proto: i32): i32 {
  if (isProxy(o)) return internalSetPrototypeOf(o, proto);
  if (objectGetPrototype(o) === proto) return trueValue();
  if (!mapIsExtensible(objectMap(o))) return falseValue();
  // %Object.prototype% is an immutable prototype exotic object (spec 10.4.7).
  if (o === rootGet(RootIndex.objectPrototype)) return falseValue();
  for (let p: i32 = proto; p !== nullValue(); p = objectGetPrototype(p)) {
    if (p === o) return throwErrorLit(ErrorKind.TypeError, 'Cyclic __proto__ value');
  }
  objectSetPrototype(o, proto);
  return trueValue();
}

export function objectCreate(argv: i32, argc: i32): i32 {
  const proto: i32 = arg(argv, argc, 0);
  if (proto !== nullValue() && !isJSObject(proto)) return throwErrorWith(ErrorKind.TypeError, 'Object prototype may only be an Object or null: ', proto, '');
  let obj: i32 = 0;
  if (proto === rootGet(RootIndex.objectPrototype)) {
    obj = objectNewPlain();
  } else {
    const map: i32 = mapCopyWithPrototype(rootGet(RootIndex.objectMap), proto);
    obj = objectNew(map);
  }
  if (arg(argv, argc, 1) === undefinedValue()) return obj;
  argSet(argv, 0, obj);
  return definePropertiesFrom(argv, argc, 0, 1);
}

function keysOf(argv: i32, argc: i32, filter: i32): i32 {
  const o: i32 = toObject(arg(argv, argc, 0));
  if (isException(o)) return o;
  return ownKeysArray(o, filter);
}
export function objectGetOwnPropertyNames(argv: i32, argc: i32): i32 {
  return keysOf(argv, argc, KeyFilter.strings);
}
export function objectGetOwnPropertySymbols(argv: i32, argc: i32): i32 {
  return keysOf(argv, argc, KeyFilter.symbols);
}

export function objectGetOwnPropertyDescriptor(argv: i32, argc: i32): i32 {
  const o: i32 = toObject(arg(argv, argc, 0));
  if (isException(o)) return o;
  argSet(argv, 0, o);
  const key: i32 = toPropertyKey(arg(argv, argc, 1));
  if (isException(key)) return key;
  return ownPropertyDescriptorObject(arg(argv, argc, 0), key);
}

export function objectGetOwnPropertyDescriptors(argv: i32, argc: i32): i32 {
  const o: i32 = toObject(arg(argv, argc, 0));
  if (isException(o)) return o;
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hKeys: i32 = handleNew(ownKeysArray(o, KeyFilter.all));
  if (isException(handleGet(hKeys))) return scopeReturn(scope, handleGet(hKeys));
  const hResult: i32 = handleNew(objectNewPlain());
  const n: f64 = arrayLength(handleGet(hKeys));
  for (let i: i32 = 0; i < n; i++) {
    const key: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
    if (isException(key)) return scopeReturn(scope, key);
    const hK: i32 = handleNew(key);
    const d: i32 = ownPropertyDescriptorObject(handleGet(hO), key);
    if (isException(d)) return scopeReturn(scope, d);
    if (d === undefinedValue()) continue;
    const r: i32 = defineOwnDataPropertyByName(handleGet(hResult), handleGet(hK), d);
    if (isException(r)) return scopeReturn(scope, r);
  }
  return scopeReturn(scope, handleGet(hResult));
}

/** SetIntegrityLevel(O, sealed | frozen) (spec 7.3.15). */
function setIntegrity(o: i32, frozen: bool): i32 {
  if (isProxy(o)) {
    const pScope: i32 = handleScopeOpen();
    const hP: i32 = handleNew(o);
    const r: i32 = proxyOperation(ProxyOp.setIntegrity, o, boolResult(frozen), undefinedValue(), undefinedValue());
    if (isException(r)) return scopeReturn(pScope, r);
    if (r !== trueValue()) return scopeReturn(pScope, throwErrorLit(ErrorKind.TypeError, 'Cannot freeze or seal: the proxy refused'));
    return scopeReturn(pScope, handleGet(hP));
  }
  if (isTypedArray(o)) {
    if (viewLength(o) > 0) return throwErrorLit(ErrorKind.TypeError, 'Cannot freeze array buffer views with elements');
    if (!typedArrayFixedLength(o)) return throwErrorLit(ErrorKind.TypeError, 'Cannot freeze array buffer views with elements');
  }
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  objectPreventExtensions(o);
  const hKeys: i32 = handleNew(ownKeysArray(handleGet(hO), KeyFilter.all));
  const n: f64 = arrayLength(handleGet(hKeys));
  for (let i: i32 = 0; i < n; i++) {
    const key: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
    if (isException(key)) return scopeReturn(scope, key);
    const hK: i32 = handleNew(key);
    const index: f64 = keyArrayIndex(key);
    const attrs: i32 = ownAttributes(handleGet(hO), key, index);
    if (attrs < 0) continue;
    let newAttrs: i32 = attrs & ~PropertyAttr.CONFIGURABLE;
    if (frozen && (attrs & PropertyAttr.ACCESSOR) === 0) newAttrs = newAttrs & ~PropertyAttr.WRITABLE;
    if (newAttrs === attrs) continue;
    if (instanceTypeOf(handleGet(hO)) === InstanceType.JS_ARRAY && index < 0 && keyIsLengthKey(handleGet(hK))) {
      if (frozen) arrayMakeLengthReadOnly(handleGet(hO));
      continue;
    }
    if (stringWrapperValue(handleGet(hO)) !== 0 && (attrs & PropertyAttr.CONFIGURABLE) === 0) continue;
    const v: i32 = ownGet(handleGet(hO), handleGet(hK), index);
    if ((attrs & PropertyAttr.ACCESSOR) !== 0) {
      const hPair: i32 = handleNew(v);
      if (index >= 0) elementsRedefine(handleGet(hO), index >>> 0, handleGet(hPair), newAttrs);
      else reconfigureAccessor(hO, hK, hPair, newAttrs);
    } else if (index >= 0) {
      elementsRedefine(handleGet(hO), index >>> 0, v, newAttrs);
    } else {
      objectDefineOwnProperty(handleGet(hO), handleGet(hK), v, newAttrs);
    }
  }
  return scopeReturn(scope, handleGet(hO));
}

function reconfigureAccessor(hO: i32, hK: i32, hPair: i32, attrs: i32): void {
  const pair: i32 = handleGet(hPair);
  objectDefineAccessor(handleGet(hO), handleGet(hK), accessorPairGetter(pair), accessorPairSetter(pair), attrs);
}

/** TestIntegrityLevel (spec 7.3.16): true/false. May GC. */
function testIntegrity(o: i32, frozen: bool): i32 {
  if (isProxy(o)) return proxyOperation(ProxyOp.testIntegrity, o, boolResult(frozen), undefinedValue(), undefinedValue());
  if (mapIsExtensible(objectMap(o))) return falseValue();
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hKeys: i32 = handleNew(ownKeysArray(o, KeyFilter.all));
  const n: f64 = arrayLength(handleGet(hKeys));
  for (let i: i32 = 0; i < n; i++) {
    const key: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
    if (isException(key)) return scopeReturn(scope, key);
    const attrs: i32 = getOwnPropertyAttributes(handleGet(hO), key);
    if (attrs < 0) continue;
    if ((attrs & PropertyAttr.CONFIGURABLE) !== 0) return scopeReturn(scope, falseValue());
    if (frozen && (attrs & PropertyAttr.ACCESSOR) === 0 && (attrs & PropertyAttr.WRITABLE) !== 0) return scopeReturn(scope, falseValue());
  }
  return scopeReturn(scope, trueValue());
}

export function objectFreeze(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return o;
  if (isModuleNamespace(o)) {
    const r: i32 = moduleNamespaceFreeze(o);
    if (r !== 0) return r;
    return setIntegrity(arg(argv, argc, 0), true);
  }
  return setIntegrity(o, true);
}
export function objectIsFrozen(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return trueValue();
  return testIntegrity(o, true);
}
export function objectSeal(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return o;
  return setIntegrity(o, false);
}
export function objectIsSealed(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return trueValue();
  return testIntegrity(o, false);
}
export function objectPreventExtensionsBuiltin(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return o;
  const r: i32 = internalPreventExtensions(o);
  if (isException(r)) return r;
  if (r === falseValue()) return throwErrorLit(ErrorKind.TypeError, 'Cannot prevent extensions');
  return arg(argv, argc, 0);
}
export function objectIsExtensible(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return falseValue();
  return internalIsExtensible(o);
}

/** Object.assign(target, ...sources) (spec 20.1.2.1). */
export function objectAssign(argv: i32, argc: i32): i32 {
  const to: i32 = toObject(arg(argv, argc, 0));
  if (isException(to)) return to;
  argSet(argv, 0, to);
  for (let s: i32 = 1; s < argc; s++) {
    const src: i32 = arg(argv, argc, s);
    if (isNullish(src)) continue;
    const from: i32 = toObject(src);
    if (isException(from)) return from;
    argSet(argv, s, from);
    const scope: i32 = handleScopeOpen();
    const hKeys: i32 = handleNew(ownKeysArray(from, KeyFilter.all));
    if (isException(handleGet(hKeys))) return scopeReturn(scope, handleGet(hKeys));
    const n: f64 = arrayLength(handleGet(hKeys));
    for (let i: i32 = 0; i < n; i++) {
      const key: i32 = toPropertyKey(ownGet(handleGet(hKeys), 0, i));
      if (isException(key)) return scopeReturn(scope, key);
      const hK: i32 = handleNew(key);
      const attrs: i32 = exoticOwnAttributes(arg(argv, argc, s), key);
      if (attrs === -2) return scopeReturn(scope, exceptionSentinel()); // a proxy trap threw
      if (attrs < 0 || (attrs & PropertyAttr.ENUMERABLE) === 0) continue;
      const v: i32 = getProperty(arg(argv, argc, s), handleGet(hK));
      if (isException(v)) return scopeReturn(scope, v);
      const r: i32 = setProperty(arg(argv, argc, 0), handleGet(hK), v, true);
      if (isException(r)) return scopeReturn(scope, r);
    }
    handleScopeClose(scope);
  }
  return arg(argv, argc, 0);
}

export function objectIs(argv: i32, argc: i32): i32 {
  return boolResult(sameValue(arg(argv, argc, 0), arg(argv, argc, 1)));
}

export function objectHasOwn(argv: i32, argc: i32): i32 {
  const o: i32 = toObject(arg(argv, argc, 0));
  if (isException(o)) return o;
  argSet(argv, 0, o);
  const key: i32 = toPropertyKey(arg(argv, argc, 1));
  if (isException(key)) return key;
  const attrs: i32 = exoticOwnAttributes(arg(argv, argc, 0), key);
  if (attrs === -2) return exceptionSentinel();
  return boolResult(attrs >= 0 && !hiddenKey(arg(argv, argc, 1)));
}

// ---- Object.prototype --------------------------------------------------------------------------

export function objectProtoHasOwnProperty(argv: i32, argc: i32): i32 {
  const key: i32 = toPropertyKey(arg(argv, argc, 0));
  if (isException(key)) return key;
  argSet(argv, 0, key);
  const o: i32 = toObject(argThis(argv));
  if (isException(o)) return o;
  const attrs: i32 = exoticOwnAttributes(o, arg(argv, argc, 0));
  if (attrs === -2) return exceptionSentinel();
  return boolResult(attrs >= 0 && !hiddenKey(arg(argv, argc, 0)));
}

export function objectProtoIsPrototypeOf(argv: i32, argc: i32): i32 {
  const v: i32 = arg(argv, argc, 0);
  if (!isJSObject(v)) return falseValue();
  const o: i32 = toObject(argThis(argv));
  if (isException(o)) return o;
  argThisSet(argv, o);
  // [[GetPrototypeOf]] through proxies' traps; the receiver stays in the call block.
  let p: i32 = internalGetPrototypeOf(arg(argv, argc, 0));
  while (!isException(p) && p !== nullValue()) {
    if (p === argThis(argv)) return trueValue();
    p = internalGetPrototypeOf(p);
  }
  return isException(p) ? p : falseValue();
}

export function objectProtoPropertyIsEnumerable(argv: i32, argc: i32): i32 {
  const key: i32 = toPropertyKey(arg(argv, argc, 0));
  if (isException(key)) return key;
  argSet(argv, 0, key);
  const o: i32 = toObject(argThis(argv));
  if (isException(o)) return o;
  const attrs: i32 = exoticOwnAttributes(o, arg(argv, argc, 0));
  if (attrs === -2) return exceptionSentinel();
  return boolResult(attrs >= 0 && (attrs & PropertyAttr.ENUMERABLE) !== 0);
}

/** Object.prototype.toString (spec 20.1.3.6): "[object " + (@@toStringTag or builtinTag) + "]". */
export function objectProtoToString(argv: i32, argc: i32): i32 {
  const v: i32 = argThis(argv);
  if (v === undefinedValue()) return atom('[object Undefined]');
  if (v === nullValue()) return atom('[object Null]');
  const o: i32 = toObject(v);
  if (isException(o)) return o;
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const hBuiltinTag: i32 = handleNew(builtinTag(o));
  if (isException(handleGet(hBuiltinTag))) return scopeReturn(scope, handleGet(hBuiltinTag));
  const tagKey: i32 = intrinsicGet(Intrinsic.SymbolToStringTag);
  let tag: i32 = isSymbol(tagKey) ? getProperty(handleGet(hO), tagKey) : undefinedValue();
  if (isException(tag)) return scopeReturn(scope, tag);
  if (!isString(tag)) tag = handleGet(hBuiltinTag);
  const hTag: i32 = handleNew(tag);
  const hS: i32 = handleNew(atom('[object '));
  handleSet(hS, stringConcatHandles(hS, hTag));
  const close: i32 = atom(']');
  const hClose: i32 = handleNew(close);
  handleSet(hS, stringConcatHandles(hS, hClose));
  if (argc < 0) return exceptionSentinel();
  return scopeReturn(scope, handleGet(hS));
}

function stringConcatHandles(hA: i32, hB: i32): i32 {
  return stringConcat(handleGet(hA), handleGet(hB));
}

/** The builtinTag of Object.prototype.toString for object o. May GC (atoms). */
function builtinTag(o: i32): i32 {
  const type: i32 = instanceTypeOf(o);
  if (type === InstanceType.JS_PROXY) {
    const callable: bool = isCallable(o);
    const isArray: i32 = isArrayValue(o);
    if (isException(isArray)) return isArray;
    if (isArray === trueValue()) return atom('Array');
    return callable ? atom('Function') : atom('Object');
  }
  if (type === InstanceType.JS_ARRAY) return atom('Array');
  if (type === InstanceType.JS_FUNCTION || type === InstanceType.JS_BOUND_FUNCTION) return atom('Function');
  if (type === InstanceType.JS_ERROR) return atom('Error');
  if (type === InstanceType.JS_PRIMITIVE_WRAPPER) {
    const p: i32 = primitiveWrapperValue(o);
    if (isString(p)) return atom('String');
    if (p === trueValue() || p === falseValue()) return atom('Boolean');
    if (isSmi(p) || isHeapNumberValue(p)) return atom('Number');
  }
  if (isArgumentsObject(o)) return atom('Arguments');
  if (regexpDataOf(o) !== 0) return atom('RegExp');
  return atom('Object');
}

function isHeapNumberValue(v: i32): bool {
  return (v & 1) !== 0 && fieldGet(v, 0) === rootGet(RootIndex.heapNumberMap);
}

/**
 * Arguments objects: mapped ones have their own instance type; the interpreter gives the others
 * the map in Intrinsic.Sloppy/StrictArgumentsMap; maps made from it by transitions
 * (`arguments.x = 1`) lead back to it through their back pointers.
 */
function isArgumentsObject(o: i32): bool {
  if (instanceTypeOf(o) === InstanceType.JS_ARGUMENTS_OBJECT) return true;
  const m: i32 = intrinsicGet(Intrinsic.SloppyArgumentsMap);
  const m2: i32 = intrinsicGet(Intrinsic.StrictArgumentsMap);
  for (let map: i32 = objectMap(o); (map & 1) !== 0 && map !== undefinedValue(); map = mapBackPointer(map)) {
    if ((m !== undefinedValue() && map === m) || (m2 !== undefinedValue() && map === m2)) return true;
  }
  return false;
}

export function objectProtoToLocaleString(argv: i32, argc: i32): i32 {
  const v: i32 = argThis(argv);
  const key: i32 = atom('toString');
  const f: i32 = getProperty(argThis(argv), key);
  if (isException(f)) return f;
  if (!isCallable(f)) return throwErrorLit(ErrorKind.TypeError, 'toString is not a function');
  if (v === 0 || argc < 0) return exceptionSentinel();
  return vmCall0(f, argThis(argv));
}

export function objectProtoValueOf(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return toObject(argThis(argv));
}

export function objectProtoGetProto(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  const o: i32 = toObject(argThis(argv));
  if (isException(o)) return o;
  return internalGetPrototypeOf(o);
}

export function objectProtoSetProto(argv: i32, argc: i32): i32 {
  const o: i32 = argThis(argv);
  if (isNullish(o)) return throwErrorLit(ErrorKind.TypeError, 'Object.prototype.__proto__ called on null or undefined');
  const proto: i32 = arg(argv, argc, 0);
  if (proto !== nullValue() && !isJSObject(proto)) return undefinedValue();
  if (!isJSObject(o)) return undefinedValue();
  const r: i32 = setPrototypeChecked(o, proto);
  if (isException(r)) return r;
  if (r === falseValue() && argThis(argv) === rootGet(RootIndex.objectPrototype)) {
    return throwErrorLit(ErrorKind.TypeError, 'Immutable prototype object \'Object.prototype\' cannot have their prototype set');
  }
  if (r === falseValue()) return throwErrorWith(ErrorKind.TypeError, '', argThis(argv), ' is not extensible');
  return undefinedValue();
}
