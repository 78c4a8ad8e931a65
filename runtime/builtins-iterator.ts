// %IteratorPrototype%[@@iterator] and the generator prototype's next/return/throw, which resume
// a generator object through the interpreter (runtime/generators.ts generatorResume).
import type { i32 } from './types.ts';
import { exceptionSentinel } from './errors.ts';
import { generatorResume, ResumeMode } from './generators.ts';
import { arg, argThis } from './builtins-util.ts';

export function iteratorProtoIterator(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return argThis(argv);
}
export function generatorProtoNext(argv: i32, argc: i32): i32 {
  return generatorResume(argThis(argv), ResumeMode.next, arg(argv, argc, 0));
}
export function generatorProtoReturn(argv: i32, argc: i32): i32 {
  return generatorResume(argThis(argv), ResumeMode.return, arg(argv, argc, 0));
}
export function generatorProtoThrow(argv: i32, argc: i32): i32 {
  return generatorResume(argThis(argv), ResumeMode.throw, arg(argv, argc, 0));
}
