// Async generators: the request queue, AsyncGeneratorAwait/Yield/Resolve/Reject, %AsyncGeneratorPrototype%
// next/return/throw. Generators and async functions are in generators.ts. Owner: the language-features work.
import type { i32 } from './types.ts';
import { throwErrorLit, ErrorKind } from './errors.ts';

export function asyncGeneratorAwait(generator: i32, value: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'async generators are not supported by the interpreter yet');
}
export function asyncGeneratorYield(generator: i32, value: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'async generators are not supported by the interpreter yet');
}
export function asyncGeneratorResolve(generator: i32, value: i32, done: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'async generators are not supported by the interpreter yet');
}
export function asyncGeneratorReject(generator: i32, reason: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'async generators are not supported by the interpreter yet');
}
