// Explicit resource management (`using`, `await using`; ECMA-262 proposal-explicit-resource-management):
// the DisposeCapability of a disposal scope is a JS array of [value, hint, method] triples
// (hint 0 sync-dispose, 1 async-dispose, 2 a @@dispose method used by `await using`), made by
// CreateDisposableStack and filled by AddDisposableResource (GetDisposeMethod here, V8's
// messages); DisposeResources runs through the library's `disposeResources` hook
// (stage1/45-disposal.js), which also backs DisposableStack / AsyncDisposableStack: it calls the
// methods in reverse order, chains errors into SuppressedError, and returns a promise when a
// resource needs awaiting (the bytecode of an `await using` scope awaits the result).
// docs/interpreter.md, "using declarations".
import type { i32, bool } from './types.ts';
import { smiFrom } from './memory.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { undefinedValue, nullValue, theHole, trueValue, falseValue, isJSObject } from './values.ts';
import { arrayNew, arrayLength, elementsSet } from './elements.ts';
import { atom } from './atoms.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { throwErrorLit, ErrorKind, isException } from './errors.ts';
import { isCallable } from './conversions.ts';
import { getProperty } from './property-access.ts';
import { hookGet, HookId } from './hooks.ts';
import { vmArgsReserve, vmArgsRelease, vmArgSet, vmCall } from './interpreter.ts';

function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** CreateDisposableStack: a new DisposeCapability (an empty array). May GC. */
export function disposableStackCreate(): i32 {
  return arrayNew(0);
}

/** Symbol.dispose / Symbol.asyncDispose (made by the library, kept on the Symbol constructor). May GC. */
function disposeSymbol(async: bool): i32 {
  const key: i32 = async ? atom('asyncDispose') : atom('dispose');
  return getProperty(intrinsicGet(Intrinsic.Symbol), key);
}

function isNullish(v: i32): bool {
  return v === undefinedValue() || v === nullValue();
}

/** Appends a [value, hint, method] triple. May GC. */
function resourcePush(stack: i32, value: i32, hint: i32, method: i32): void {
  const scope: i32 = handleScopeOpen();
  const hStack: i32 = handleNew(stack);
  const hValue: i32 = handleNew(value);
  const hMethod: i32 = handleNew(method);
  const n: i32 = arrayLength(stack) | 0;
  elementsSet(handleGet(hStack), n >>> 0, handleGet(hValue));
  elementsSet(handleGet(hStack), ((n + 1) | 0) >>> 0, smiFrom(hint));
  elementsSet(handleGet(hStack), ((n + 2) | 0) >>> 0, handleGet(hMethod));
  handleScopeClose(scope);
}

/**
 * AddDisposableResource(stack, value, hint 0 sync / 1 async): GetDisposeMethod and the record;
 * null and undefined add nothing for `using` and an empty (awaited) record for `await using`. May GC.
 */
export function disposableResourceAdd(stack: i32, value: i32, hint: i32): i32 {
  const async: bool = (hint >> 1) !== 0;
  const scope: i32 = handleScopeOpen();
  const hStack: i32 = handleNew(stack);
  const hValue: i32 = handleNew(value);
  if (isNullish(value)) {
    if (async) resourcePush(handleGet(hStack), undefinedValue(), 1, undefinedValue());
    return closeWith(scope, undefinedValue());
  }
  if (!isJSObject(value)) {
    return closeWith(scope, throwErrorLit(ErrorKind.TypeError, 'Value of a using declaration must be an object, null or undefined'));
  }
  let kind: i32 = async ? 1 : 0;
  let method: i32 = undefinedValue();
  if (async) {
    const key: i32 = disposeSymbol(true);
    if (isException(key)) return closeWith(scope, key);
    method = getProperty(handleGet(hValue), key);
    if (isException(method)) return closeWith(scope, method);
  }
  if (isNullish(method)) {
    if (async) kind = 2;
    const key: i32 = disposeSymbol(false);
    if (isException(key)) return closeWith(scope, key);
    method = getProperty(handleGet(hValue), key);
    if (isException(method)) return closeWith(scope, method);
  }
  if (!isCallable(method)) {
    if (async) return closeWith(scope, throwErrorLit(ErrorKind.TypeError, 'Symbol(Symbol.asyncDispose) is not a function'));
    return closeWith(scope, throwErrorLit(ErrorKind.TypeError, 'Symbol(Symbol.dispose) is not a function'));
  }
  resourcePush(handleGet(hStack), handleGet(hValue), kind, method);
  return closeWith(scope, undefinedValue());
}

/**
 * DisposeResources(stack, completion: the thrown value, or the hole for a normal completion):
 * undefined (or a promise to await when a resource is async); throws the error disposal ends
 * with when it differs from `completion`. May GC.
 */
export function disposeResources(stack: i32, completion: i32): i32 {
  if (!isJSObject(stack) || arrayLength(stack) === 0) return undefinedValue();
  const hook: i32 = hookGet(HookId.disposeResources);
  if (hook === undefinedValue()) return throwErrorLit(ErrorKind.TypeError, 'using declarations need the library\'s disposeResources hook');
  const hasError: bool = completion !== theHole();
  const argv: i32 = vmArgsReserve(3);
  vmArgSet(argv, 0, stack);
  vmArgSet(argv, 1, hasError ? trueValue() : falseValue());
  vmArgSet(argv, 2, hasError ? completion : undefinedValue());
  const r: i32 = vmCall(hook, undefinedValue(), argv, 3);
  vmArgsRelease(argv);
  return r;
}
