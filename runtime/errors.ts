// Guest-language exceptions as kernel data (docs/interpreter.md, "Exceptions").
//
// Kernel code has no host exceptions. A kernel function that can throw a JavaScript exception
// returns the exception sentinel (an oddball, RootIndex.exceptionSentinel) after storing the
// thrown value in RootIndex.pendingException; every caller checks `isException(result)` and
// passes the sentinel up until the interpreter unwinds to a handler.
//
// Error objects are JS objects of instance type JS_ERROR (the spec's [[ErrorData]]) whose maps are
// the realm's intrinsics (Intrinsic.ErrorMap + kind). Own properties, in V8's order: `stack`
// (non-enumerable; captured when the error is made, see errorInstallStack), then `message`.
import type { i32, bool, Lit } from './types.ts';
import { rootGet, rootSet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { atom } from './atoms.ts';
import { InstanceType, PropertyAttr, OddballLayout, SymbolLayout, SharedFunctionInfoLayout, JSFunctionLayout, JSBoundFunctionLayout } from './layouts.ts';
import { undefinedValue, instanceTypeOf, isHeapNumber, heapNumberValue, isSymbol, isJSObject, nullValue } from './values.ts';
import { isSmi, smiValue } from './memory.ts';
import { isString, stringConcat, stringLength } from './strings.ts';
import { numberToString } from './number-conversions.ts';
import { objectNew, objectDefineOwnProperty, objectGet, objectGetPrototype, objectGetOwn } from './objects.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { hookGet, HookId } from './hooks.ts';
import { vmCall2 } from './interpreter.ts';
import { stackTraceCurrent } from './stack-trace.ts';
import { bigIntToString } from './bigint.ts';

/** The native error constructors, in the order of the realm's error intrinsics. */
export const ErrorKind = {
  Error: 0, TypeError: 1, RangeError: 2, ReferenceError: 3, SyntaxError: 4, EvalError: 5, URIError: 6,
  AggregateError: 7,
} as const;

export function exceptionSentinel(): i32 {
  return rootGet(RootIndex.exceptionSentinel);
}

export function isException(v: i32): bool {
  return v === rootGet(RootIndex.exceptionSentinel);
}

/** `throw value`: records the pending exception and returns the sentinel. */
export function throwValue(value: i32): i32 {
  rootSet(RootIndex.pendingException, value);
  return rootGet(RootIndex.exceptionSentinel);
}

/** The pending exception (the hole when none). */
export function pendingException(): i32 {
  return rootGet(RootIndex.pendingException);
}

export function pendingExceptionClear(): void {
  rootSet(RootIndex.pendingException, rootGet(RootIndex.theHole));
}

/** The name of an error kind as an atom. May GC (first use). */
export function errorKindName(kind: i32): i32 {
  switch (kind) {
    case ErrorKind.TypeError:
      return atom('TypeError');
    case ErrorKind.RangeError:
      return atom('RangeError');
    case ErrorKind.ReferenceError:
      return atom('ReferenceError');
    case ErrorKind.SyntaxError:
      return atom('SyntaxError');
    case ErrorKind.EvalError:
      return atom('EvalError');
    case ErrorKind.URIError:
      return atom('URIError');
    case ErrorKind.AggregateError:
      return atom('AggregateError');
    default:
      return atom('Error');
  }
}

export function isErrorObject(v: i32): bool {
  return (v & 1) !== 0 && isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_ERROR;
}

/**
 * A new error object of `kind` with `message` (a string, or undefined for none) and a stack.
 * Without a realm (bare kernel tests) the result is the message itself. May GC.
 */
export function errorNew(kind: i32, message: i32): i32 {
  const map: i32 = intrinsicGet((Intrinsic.ErrorMap + kind) | 0);
  if (map === undefinedValue()) return message;
  const scope: i32 = handleScopeOpen();
  const hMessage: i32 = handleNew(message);
  const hError: i32 = handleNew(objectNew(map));
  errorInstallStack(hError, hMessage, errorKindName(kind));
  if (handleGet(hMessage) !== undefinedValue()) {
    const key: i32 = atom('message');
    objectDefineOwnProperty(handleGet(hError), key, handleGet(hMessage), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  }
  const e: i32 = handleGet(hError);
  handleScopeClose(scope);
  return e;
}

/** True while the errorStack hook runs. */
let inStackHook: bool = false;

/**
 * Defines the `stack` property of the error in handle `hError`: the header `Name: message` (just
 * `Name` for an empty or absent message) and the frames of the current stack. The library's
 * errorStack hook, when registered, builds the string instead (stage1/INTRINSICS.md). `name` is
 * the error's name string, `hMessage` a handle to its message (a string or undefined). May GC
 * (and run the hook).
 */
export function errorInstallStack(hError: i32, hMessage: i32, name: i32): void {
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(name);
  const hFrames: i32 = handleNew(stackFrames(handleGet(hError)));
  const hook: i32 = hookGet(HookId.errorStack);
  let stack: i32 = undefinedValue();
  let hookDefined: bool = false;
  // Errors made while the hook runs (or while the VM stack overflows inside it) get the kernel's
  // own text: calling the hook again would recurse without end.
  if (hook !== undefinedValue() && !inStackHook) {
    inStackHook = true;
    stack = vmCall2(hook, undefinedValue(), handleGet(hError), handleGet(hFrames));
    inStackHook = false;
    if (isException(stack)) {
      pendingExceptionClear();
      stack = undefinedValue();
    } else if (!isString(stack)) {
      // The library defined `stack` itself (a lazily formatting accessor, stage1/05-error.js).
      hookDefined = true;
    }
  }
  if (hookDefined) {
    handleScopeClose(scope);
    return;
  }
  if (!isString(stack)) {
    const hStack: i32 = handleNew(handleGet(hName));
    const msg: i32 = handleGet(hMessage);
    if (isString(msg) && stringLength(msg) !== 0) {
      appendLit(hStack, ': ');
      handleSet(hStack, stringConcat(handleGet(hStack), handleGet(hMessage)));
    }
    stack = stringConcat(handleGet(hStack), handleGet(hFrames));
  }
  const hS: i32 = handleNew(stack);
  const key: i32 = atom('stack');
  objectDefineOwnProperty(handleGet(hError), key, handleGet(hS), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  handleScopeClose(scope);
}

/** Throws a new error of `kind` with the message string `message`. May GC. */
export function throwError(kind: i32, message: i32): i32 {
  return throwValue(errorNew(kind, message));
}

/** Throws a new error of `kind` whose message is a literal. May GC. */
export function throwErrorLit(kind: i32, text: Lit): i32 {
  return throwError(kind, atom(text));
}

/**
 * Throws a new error of `kind` whose message is `before` + display(value) + `after`, where
 * display renders a string as its characters and any other value as V8 does in messages
 * (numbers, `undefined`, `null`, `true`, `#<Object>`, `function f`, Symbol(desc)) without
 * calling into JavaScript. May GC.
 */
export function throwErrorWith(kind: i32, before: Lit, value: i32, after: Lit): i32 {
  const scope: i32 = handleScopeOpen();
  const hMessage: i32 = handleNew(valueDisplay(value));
  handleSet(hMessage, stringConcat(atom(before), handleGet(hMessage)));
  appendLit(hMessage, after);
  const r: i32 = throwError(kind, handleGet(hMessage));
  handleScopeClose(scope);
  return r;
}

/** The name of a function object as a string ('' when it has none). No JS; may GC. */
export function functionDisplayName(f: i32): i32 {
  const type: i32 = instanceTypeOf(f);
  if (type === InstanceType.JS_BOUND_FUNCTION) {
    const scope: i32 = handleScopeOpen();
    const hInner: i32 = handleNew(functionDisplayName(fieldGet(f, JSBoundFunctionLayout.target)));
    const r: i32 = stringConcat(atom('bound '), handleGet(hInner));
    handleScopeClose(scope);
    return r;
  }
  if (type !== InstanceType.JS_FUNCTION) return atom('');
  const scope: i32 = handleScopeOpen();
  const hF: i32 = handleNew(f);
  const key: i32 = atom('name');
  const own: i32 = objectGetOwn(handleGet(hF), key);
  const name: i32 = fieldGet(fieldGet(handleGet(hF), JSFunctionLayout.shared), SharedFunctionInfoLayout.name);
  handleScopeClose(scope);
  if (isString(own)) return own;
  return isString(name) ? name : atom('');
}

/** The constructor name V8 shows in `#<Name>`: the own or inherited `constructor`'s name. No JS. May GC. */
function objectClassName(obj: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  const key: i32 = atom('constructor');
  let ctor: i32 = undefinedValue();
  for (let o: i32 = handleGet(hObj); o !== nullValue(); o = objectGetPrototype(o)) {
    const c: i32 = objectGetOwn(o, key);
    if (c === rootGet(RootIndex.theHole)) continue;
    if (isJSObject(c) && instanceTypeOf(c) === InstanceType.JS_FUNCTION) ctor = c;
    break;
  }
  handleScopeClose(scope);
  if (ctor !== undefinedValue()) {
    const n: i32 = functionDisplayName(ctor);
    if (stringLength(n) !== 0) return n;
  }
  return atom('Object');
}

/**
 * How V8 shows a value inside an error message, without running JavaScript: strings as their
 * characters, numbers in ToString form, oddballs by name, symbols as Symbol(desc), functions as
 * `function name`, other objects as `#<Constructor>`. May GC.
 */
export function valueDisplay(value: i32): i32 {
  if (isSmi(value)) return numberToString(smiValue(value));
  if (isString(value)) return value;
  if (isHeapNumber(value)) return numberToString(heapNumberValue(value));
  const type: i32 = instanceTypeOf(value);
  if (type === InstanceType.ODDBALL) return fieldGet(value, OddballLayout.toString);
  if (type === InstanceType.BIGINT) return bigIntToString(value, 10); // V8 shows 5n as 5
  if (isSymbol(value)) {
    const scope: i32 = handleScopeOpen();
    const hDesc: i32 = handleNew(fieldGet(value, SymbolLayout.description));
    const hS: i32 = handleNew(atom('Symbol('));
    if (isString(handleGet(hDesc))) handleSet(hS, stringConcat(handleGet(hS), handleGet(hDesc)));
    appendLit(hS, ')');
    const r: i32 = handleGet(hS);
    handleScopeClose(scope);
    return r;
  }
  if (type === InstanceType.JS_FUNCTION || type === InstanceType.JS_BOUND_FUNCTION) {
    const scope: i32 = handleScopeOpen();
    const hName: i32 = handleNew(functionDisplayName(value));
    const r: i32 = stringConcat(atom('function '), handleGet(hName));
    handleScopeClose(scope);
    return r;
  }
  if (isJSObject(value)) {
    const scope: i32 = handleScopeOpen();
    const hName: i32 = handleNew(objectClassName(value));
    const hS: i32 = handleNew(stringConcat(atom('#<'), handleGet(hName)));
    appendLit(hS, '>');
    const r: i32 = handleGet(hS);
    handleScopeClose(scope);
    return r;
  }
  return atom('');
}

/** Appends a literal to the string in handle h. May GC. */
export function appendLit(h: i32, text: Lit): void {
  const a: i32 = atom(text);
  handleSet(h, stringConcat(handleGet(h), a));
}

/** The formatted frames of the current stack for a new error ("\n    at f (file:1:2)" each). May GC. */
function stackFrames(error: i32): i32 {
  if (error === 0) return atom('');
  return stackTraceCurrent();
}
