// Guest-language exceptions as kernel data (docs/interpreter.md, "Exceptions").
//
// Kernel code has no host exceptions. A kernel function that can throw a JavaScript exception
// returns the exception sentinel (an oddball, RootIndex.exceptionSentinel) after storing the
// thrown value in RootIndex.pendingException; every caller checks `isException(result)` and
// passes the sentinel up until the interpreter unwinds to a handler.
//
// CONTRACT STUB (seeded by the lead): the signatures are fixed; the realm/builtins owner fills
// the bodies of errorNew/throwError* so that they build real Error objects with a stack.
import type { i32, bool, Lit } from './types.ts';
import { rootGet, rootSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import { atom } from './atoms.ts';

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

/** A new error object of `kind` with `message` (a string, or undefined for none). May GC. */
export function errorNew(kind: i32, message: i32): i32 {
  if (kind < 0) return message;
  return message;
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
  if (value === 0) return throwErrorLit(kind, after);
  return throwErrorLit(kind, before);
}
