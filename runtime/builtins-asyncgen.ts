// %AsyncGeneratorPrototype% next/return/throw and the await reactions of async generators
// (ECMA-262 27.6.1): thin entries into runtime/async-generators.ts.
import type { i32 } from './types.ts';
import { arg, argThis } from './builtins-util.ts';
import { ResumeMode } from './generators.ts';
import { asyncGeneratorEnqueue, asyncGeneratorReactionRun } from './async-generators.ts';

export function asyncGeneratorProtoNext(argv: i32, argc: i32): i32 {
  return asyncGeneratorEnqueue(argThis(argv), ResumeMode.next, arg(argv, argc, 0));
}
export function asyncGeneratorProtoReturn(argv: i32, argc: i32): i32 {
  return asyncGeneratorEnqueue(argThis(argv), ResumeMode.return, arg(argv, argc, 0));
}
export function asyncGeneratorProtoThrow(argv: i32, argc: i32): i32 {
  return asyncGeneratorEnqueue(argThis(argv), ResumeMode.throw, arg(argv, argc, 0));
}
/** An await reaction: this = the generator, arguments (Smi kind, settled value). */
export function ouroAsyncGeneratorReaction(argv: i32, argc: i32): i32 {
  return asyncGeneratorReactionRun(argThis(argv), arg(argv, argc, 0) >> 1, arg(argv, argc, 1));
}
