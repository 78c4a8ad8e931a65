// Explicit resource management (`using`, `await using`): DisposeCapability records,
// AddDisposableResource, DisposeResources (SuppressedError chaining). Owner: the language-features work.
import type { i32 } from './types.ts';
import { throwErrorLit, ErrorKind } from './errors.ts';

export function disposableStackCreate(): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'using declarations are not supported by the interpreter yet');
}
export function disposableResourceAdd(stack: i32, value: i32, hint: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'using declarations are not supported by the interpreter yet');
}
export function disposeResources(stack: i32, completion: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'using declarations are not supported by the interpreter yet');
}
