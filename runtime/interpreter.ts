// The bytecode interpreter (docs/interpreter.md): frames in the VM stack region, dispatch from
// runtime/generated/bytecodes.ts, exceptions through handler tables.
//
// CONTRACT STUB (seeded by the lead): the exported signatures are fixed; the interpreter owner
// implements them.
//
// Calls from kernel code into JavaScript (getters, valueOf, callbacks of builtins) go through a
// *call block* on the VM stack: [newTarget, callee, receiver, arg0 .. argN-1]. `vmArgsReserve(n)`
// pushes a block of n arguments (all undefined) and returns `argv`, the address of arg0;
// the caller fills the arguments with `vmArgSet` (allocation between filling and the call is
// fine: the block is a GC root), calls, and pops the block with `vmArgsRelease(argv)`.
import type { i32 } from './types.ts';
import { H32 } from './host/host.ts';
import { undefinedValue } from './values.ts';

export function vmArgsReserve(argc: i32): i32 {
  return argc;
}
export function vmArgsRelease(argv: i32): void {
  if (argv < 0) return;
}
export function vmArgSet(argv: i32, i: i32, value: i32): void {
  H32[(argv + (i << 2)) >> 2] = value;
}
export function vmArgGet(argv: i32, i: i32): i32 {
  return H32[(argv + (i << 2)) >> 2];
}

/** [[Call]] of any value with the arguments of the block at argv; TypeError if not callable. */
export function vmCall(callee: i32, receiver: i32, argv: i32, argc: i32): i32 {
  if (callee === receiver || argv === argc) return undefinedValue();
  return undefinedValue();
}

/** [[Construct]] of any value; TypeError if not a constructor. */
export function vmConstruct(callee: i32, argv: i32, argc: i32, newTarget: i32): i32 {
  if (callee === newTarget || argv === argc) return undefinedValue();
  return undefinedValue();
}

/** Convenience wrappers: reserve, fill, call, release. */
export function vmCall0(callee: i32, receiver: i32): i32 {
  const argv: i32 = vmArgsReserve(0);
  const r: i32 = vmCall(callee, receiver, argv, 0);
  vmArgsRelease(argv);
  return r;
}
export function vmCall1(callee: i32, receiver: i32, a0: i32): i32 {
  const argv: i32 = vmArgsReserve(1);
  vmArgSet(argv, 0, a0);
  const r: i32 = vmCall(callee, receiver, argv, 1);
  vmArgsRelease(argv);
  return r;
}
export function vmCall2(callee: i32, receiver: i32, a0: i32, a1: i32): i32 {
  const argv: i32 = vmArgsReserve(2);
  vmArgSet(argv, 0, a0);
  vmArgSet(argv, 1, a1);
  const r: i32 = vmCall(callee, receiver, argv, 2);
  vmArgsRelease(argv);
  return r;
}

/**
 * Runs a top-level script: `sfi` is the script's SharedFunctionInfo (kind script); it runs with
 * `this` = the global object in the realm's script context. Returns the completion value or the
 * exception sentinel.
 */
export function vmRunScript(sfi: i32): i32 {
  if (sfi === 0) return undefinedValue();
  return undefinedValue();
}
