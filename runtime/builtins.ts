// Kernel builtins: functions implemented in kernel TS (docs/interpreter.md, "Builtins").
//
// A builtin is a JSFunction whose SharedFunctionInfo has kind SfiKind.builtin and its builtin id in
// SharedFunctionInfo.functionLiteralId. The interpreter calls `builtinCall` with a *call block* on
// the VM stack (see interpreter.ts): [newTarget, callee, receiver, arg0 .. argN-1], `argv` being the
// address of arg0. The block is scanned by the GC, so a builtin re-reads its arguments with
// `builtinArg` after anything that may allocate.
//
// The builtins themselves are in runtime/builtins-<family>.ts; the one table that lists them
// (id, where installed, length, kernel function) is stage0/vm/builtins-table.ts, from which
// runtime/generated/builtins.ts (ids and the dispatch switch) is generated.
import type { i32 } from './types.ts';
import { H32 } from './host/host.ts';
import { undefinedValue } from './values.ts';
import { builtinDispatch, kBuiltinCount } from './generated/builtins.ts';

export function builtinNewTarget(argv: i32): i32 {
  return H32[(argv - 12) >> 2];
}
export function builtinCallee(argv: i32): i32 {
  return H32[(argv - 8) >> 2];
}
export function builtinReceiver(argv: i32): i32 {
  return H32[(argv - 4) >> 2];
}
/** Argument `i`, or undefined past `argc`. */
export function builtinArg(argv: i32, argc: i32, i: i32): i32 {
  if (i >= argc) return undefinedValue();
  return H32[(argv + (i << 2)) >> 2];
}

/** Runs builtin `id`; returns its result or the exception sentinel. */
export function builtinCall(id: i32, argv: i32, argc: i32): i32 {
  if (id < 0 || id >= kBuiltinCount) return undefinedValue();
  return builtinDispatch(id, argv, argc);
}
