// The Error constructors and Error.prototype.toString (ECMA-262 §20.5), Error.captureStackTrace
// (V8). Error objects are JS_ERROR objects (runtime/errors.ts): own `stack` (captured at
// construction, as V8 does), then `message`, then `cause` when the options have one.
import { prototypeFromConstructor } from './interpreter-calls.ts';
import type { i32 } from './types.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { PropertyAttr } from './layouts.ts';
import { undefinedValue, isJSObject, trueValue, falseValue } from './values.ts';
import { atom } from './atoms.ts';
import { isString, stringLength, stringConcat } from './strings.ts';
import { objectNew, objectDefineOwnProperty } from './objects.ts';
import { mapCopyWithPrototype } from './maps.ts';
import { arrayNew, arrayPush } from './elements.ts';
import { isException, throwErrorLit, ErrorKind, errorInstallStack, errorKindName, appendLit, isErrorObject } from './errors.ts';
import { toString, toBoolean, isCallable } from './conversions.ts';
import { getProperty, hasProperty } from './property-access.ts';
import { vmCall0 } from './interpreter.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { arg, argThis, argNewTarget, argCallee, isArrayObject } from './builtins-util.ts';
import { objectGetPrototype } from './objects.ts';
import { arrayCopyOf } from './builtins-array.ts';

function arrayProtoSliceOf(v: i32): i32 {
  return arrayCopyOf(v);
}

function close(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** The `name` to show in a stack header: ToString(Get(error, 'name')), or the kind's name. May run JS. */
function errorNameFor(hError: i32, kind: i32): i32 {
  const key: i32 = atom('name');
  const n: i32 = getProperty(handleGet(hError), key);
  if (isException(n) || !isString(n)) return errorKindName(kind);
  return n;
}

/**
 * new NativeError(message, options) (spec 20.5.1.1 / 20.5.6.1.1): OrdinaryCreateFromConstructor
 * with the kind's prototype, `message` when not undefined, `cause` from options, and the stack.
 * `messageArg` is the argument index of the message (1 for AggregateError).
 */
function errorConstruct(argv: i32, argc: i32, kind: i32, messageArg: i32): i32 {
  const scope: i32 = handleScopeOpen();
  let map: i32 = intrinsicGet((Intrinsic.ErrorMap + kind) | 0);
  const nt: i32 = argNewTarget(argv);
  if (nt !== undefinedValue() && nt !== argCallee(argv)) {
    const proto: i32 = prototypeFromConstructor(argNewTarget(argv), (Intrinsic.ErrorPrototype + kind) | 0);
    if (isException(proto)) return close(scope, proto);
    if (proto !== intrinsicGet((Intrinsic.ErrorPrototype + kind) | 0)) {
      map = mapCopyWithPrototype(intrinsicGet((Intrinsic.ErrorMap + kind) | 0), proto);
    } else {
      map = intrinsicGet((Intrinsic.ErrorMap + kind) | 0);
    }
  }
  const hError: i32 = handleNew(objectNew(map));
  const hMessage: i32 = handleNew(undefinedValue());
  const m: i32 = arg(argv, argc, messageArg);
  if (m !== undefinedValue()) {
    const s: i32 = toString(m);
    if (isException(s)) return close(scope, s);
    handleSet(hMessage, s);
  }
  const name: i32 = errorNameFor(hError, kind);
  errorInstallStack(hError, hMessage, name);
  if (handleGet(hMessage) !== undefinedValue()) {
    const key: i32 = atom('message');
    objectDefineOwnProperty(handleGet(hError), key, handleGet(hMessage), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  }
  // InstallErrorCause(O, options)
  const options: i32 = arg(argv, argc, (messageArg + 1) | 0);
  if (isJSObject(options)) {
    const key: i32 = atom('cause');
    const has: i32 = hasProperty(arg(argv, argc, (messageArg + 1) | 0), key);
    if (isException(has)) return close(scope, has);
    if (has === trueValue()) {
      const key2: i32 = atom('cause');
      const cause: i32 = getProperty(arg(argv, argc, (messageArg + 1) | 0), key2);
      if (isException(cause)) return close(scope, cause);
      const hCause: i32 = handleNew(cause);
      const key3: i32 = atom('cause');
      objectDefineOwnProperty(handleGet(hError), key3, handleGet(hCause), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
    }
  }
  return close(scope, handleGet(hError));
}

export function errorConstructor(argv: i32, argc: i32): i32 {
  return errorConstruct(argv, argc, ErrorKind.Error, 0);
}
export function typeErrorConstructor(argv: i32, argc: i32): i32 {
  return errorConstruct(argv, argc, ErrorKind.TypeError, 0);
}
export function rangeErrorConstructor(argv: i32, argc: i32): i32 {
  return errorConstruct(argv, argc, ErrorKind.RangeError, 0);
}
export function referenceErrorConstructor(argv: i32, argc: i32): i32 {
  return errorConstruct(argv, argc, ErrorKind.ReferenceError, 0);
}
export function syntaxErrorConstructor(argv: i32, argc: i32): i32 {
  return errorConstruct(argv, argc, ErrorKind.SyntaxError, 0);
}
export function evalErrorConstructor(argv: i32, argc: i32): i32 {
  return errorConstruct(argv, argc, ErrorKind.EvalError, 0);
}
export function uriErrorConstructor(argv: i32, argc: i32): i32 {
  return errorConstruct(argv, argc, ErrorKind.URIError, 0);
}

/** The values of an iterable as a new array (IteratorToList(GetIterator(v))). May run JS. */
function iterableToArray(v: i32): i32 {
  if (isArrayObject(v) && objectGetPrototype(v) === intrinsicGet(Intrinsic.ArrayPrototype) &&
      intrinsicGet(Intrinsic.ArrayProtoValues) === undefinedValue()) {
    // Before the library defines Array.prototype[@@iterator]: arrays iterate their elements.
    return arrayProtoSliceOf(v);
  }
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const sym: i32 = intrinsicGet(Intrinsic.SymbolIterator);
  const method: i32 = getProperty(handleGet(hV), sym);
  if (isException(method)) return close(scope, method);
  if (!isCallable(method)) return close(scope, throwErrorLit(ErrorKind.TypeError, 'object is not iterable'));
  const it: i32 = vmCall0(method, handleGet(hV));
  if (isException(it)) return close(scope, it);
  if (!isJSObject(it)) return close(scope, throwErrorLit(ErrorKind.TypeError, 'Result of the Symbol.iterator method is not an object'));
  const hIt: i32 = handleNew(it);
  const nextKey: i32 = atom('next');
  const next: i32 = getProperty(handleGet(hIt), nextKey);
  if (isException(next)) return close(scope, next);
  const hNext: i32 = handleNew(next);
  const hResult: i32 = handleNew(arrayNew(0));
  for (;;) {
    const r: i32 = vmCall0(handleGet(hNext), handleGet(hIt));
    if (isException(r)) return close(scope, r);
    if (!isJSObject(r)) return close(scope, throwErrorLit(ErrorKind.TypeError, 'Iterator result is not an object'));
    const hR: i32 = handleNew(r);
    const doneKey: i32 = atom('done');
    const done: i32 = getProperty(handleGet(hR), doneKey);
    if (isException(done)) return close(scope, done);
    if (toBoolean(done)) break;
    const valueKey: i32 = atom('value');
    const value: i32 = getProperty(handleGet(hR), valueKey);
    if (isException(value)) return close(scope, value);
    arrayPush(handleGet(hResult), value);
  }
  return close(scope, handleGet(hResult));
}

/** new AggregateError(errors, message, options). */
export function aggregateErrorConstructor(argv: i32, argc: i32): i32 {
  const e: i32 = errorConstruct(argv, argc, ErrorKind.AggregateError, 1);
  if (isException(e)) return e;
  const scope: i32 = handleScopeOpen();
  const hE: i32 = handleNew(e);
  const list: i32 = iterableToArray(arg(argv, argc, 0));
  if (isException(list)) return close(scope, list);
  const hList: i32 = handleNew(list);
  const key: i32 = atom('errors');
  objectDefineOwnProperty(handleGet(hE), key, handleGet(hList), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  return close(scope, handleGet(hE));
}

/** Error.prototype.toString (spec 20.5.3.4). */
export function errorProtoToString(argv: i32, argc: i32): i32 {
  const o: i32 = argThis(argv);
  if (!isJSObject(o) || argc < 0) return throwErrorLit(ErrorKind.TypeError, 'Error.prototype.toString requires that \'this\' be an Object');
  const scope: i32 = handleScopeOpen();
  const nameKey: i32 = atom('name');
  let name: i32 = getProperty(argThis(argv), nameKey);
  if (isException(name)) return close(scope, name);
  name = name === undefinedValue() ? atom('Error') : toString(name);
  if (isException(name)) return close(scope, name);
  const hName: i32 = handleNew(name);
  const msgKey: i32 = atom('message');
  let msg: i32 = getProperty(argThis(argv), msgKey);
  if (isException(msg)) return close(scope, msg);
  msg = msg === undefinedValue() ? atom('') : toString(msg);
  if (isException(msg)) return close(scope, msg);
  if (stringLength(handleGet(hName)) === 0) return close(scope, msg);
  if (stringLength(msg) === 0) return close(scope, handleGet(hName));
  const hMsg: i32 = handleNew(msg);
  appendLit(hName, ': ');
  return close(scope, stringConcat(handleGet(hName), handleGet(hMsg)));
}

/** Error.captureStackTrace(obj): defines obj.stack (header from obj's name and message). */
export function errorCaptureStackTrace(argv: i32, argc: i32): i32 {
  const o: i32 = arg(argv, argc, 0);
  if (!isJSObject(o)) return throwErrorLit(ErrorKind.TypeError, 'Invalid argument');
  const scope: i32 = handleScopeOpen();
  const hO: i32 = handleNew(o);
  const msgKey: i32 = atom('message');
  let msg: i32 = getProperty(handleGet(hO), msgKey);
  if (isException(msg)) return close(scope, msg);
  if (!isString(msg)) msg = undefinedValue();
  const hMsg: i32 = handleNew(msg);
  const name: i32 = errorNameFor(hO, ErrorKind.Error);
  errorInstallStack(hO, hMsg, name);
  return close(scope, undefinedValue());
}

/** Error.isError(v): v has an [[ErrorData]] slot. */
export function errorIsError(argv: i32, argc: i32): i32 {
  return isErrorObject(arg(argv, argc, 0)) ? trueValue() : falseValue();
}
