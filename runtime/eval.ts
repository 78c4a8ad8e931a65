// Direct and indirect eval and the Function constructors (new Function, GeneratorFunction, ...):
// compile source at run time through the host's script compiler (stage0/vm), with the calling
// function's scope chain for direct eval. Owner: the language-features work (docs/interpreter.md).
import type { i32 } from './types.ts';
import { throwErrorLit, ErrorKind } from './errors.ts';

/** Runtime DeclareEvalVars(declarations K, closure): EvalDeclarationInstantiation for sloppy direct eval. */
export function declareEvalVars(fp: i32, declarations: i32, closure: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'eval is not supported by the interpreter yet');
}
/**
 * Runtime ResolvePossiblyDirectEval(callee, first argument, closure, language mode, source position,
 * eval scope position): the result of a direct eval when callee is %eval%, else of calling it.
 */
export function resolvePossiblyDirectEval(fp: i32, first: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'eval is not supported by the interpreter yet');
}
