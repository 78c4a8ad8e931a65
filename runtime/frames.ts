// Interpreter frames in the VM stack region (docs/interpreter.md, "Frames").
//
// The VM stack is [STACK_START, STACK_START + STACK_SIZE) and grows upwards; the live part is
// [STACK_START, vmStackTop), which the GC scans word by word as tagged roots. So every word of a
// frame is a tagged value or a raw integer that reads as a Smi: addresses (multiples of 4) are
// stored as they are, other integers shifted left by one (`<< 1`).
//
// A frame is a call block followed by a header and the registers:
//
//   argv - 12  newTarget        undefined for [[Call]]
//   argv -  8  callee           the JSFunction (or builtin / bound function for kernel call blocks)
//   argv -  4  receiver         <this>  (register -1)
//   argv +  0  arg 0            a0      (register -2)
//   ...        arg n-1          n = max(argc, parameterCount): missing formals are undefined
//   fp   +  0  callerFp         raw address of the caller's header (0: none)
//   fp   +  4  pc               Smi: offset of the instruction this frame executes (saved before
//                               anything that may call out, allocate or throw)
//   fp   +  8  bytecode         the BytecodeArray (re-read after a GC: it may move)
//   fp   + 12  context          the current context
//   fp   + 16  argv             raw address of arg 0
//   fp   + 20  argc             Smi: the actual argument count
//   fp   + 24  flags            Smi: FrameFlag bits
//   fp   + 28  feedback         the closure's FeedbackVector, or undefined
//   fp   + 32  accumulator      acc spilled around slow operations (so that a GC updates it)
//   fp   + 36  r0 ... r(k-1)    k = BytecodeArray.frameSize, all undefined on entry
//
// vmStackTop is the end of the top frame's registers. A kernel call block (vmArgsReserve) is a
// call block without header; it sits at the top of the stack until vmArgsRelease.
import type { i32 } from './types.ts';
import { H32 } from './host/host.ts';

export const FrameSlot = {
  callerFp: 0, pc: 4, bytecode: 8, context: 12, argv: 16, argc: 20, flags: 24, feedback: 28, accumulator: 32,
  /** Bytes of the header; r0 is at fp + registers. */
  registers: 36,
} as const;

/** Call-block words below argv. */
export const CallBlock = { newTarget: -12, callee: -8, receiver: -4, header: 12 } as const;

export const FrameFlag = {
  /** The frame was entered from kernel code (vmCall/vmConstruct/vmRunScript): Return leaves the loop. */
  entry: 2,
  /** [[Construct]] of a base constructor: a non-object result is replaced by the receiver. */
  construct: 4,
  /** [[Construct]] of a derived constructor: hole -> ReferenceError, non-object -> TypeError. */
  constructDerived: 8,
  /** A resumed generator frame: the result goes back to generatorResume. */
  generator: 16,
  /**
   * The frame's function belongs to another realm than its caller: framePush entered the callee's
   * realm, and popping the frame (Return, unwinding) enters realm `flags >> realmShift` again
   * (runtime/realm.ts realmEnter).
   */
  realm: 32,
  realmShift: 8,
} as const;

export function frameCallerFp(fp: i32): i32 {
  return H32[(fp + FrameSlot.callerFp) >> 2];
}
export function framePc(fp: i32): i32 {
  return H32[(fp + FrameSlot.pc) >> 2] >> 1;
}
export function frameBytecode(fp: i32): i32 {
  return H32[(fp + FrameSlot.bytecode) >> 2];
}
export function frameContext(fp: i32): i32 {
  return H32[(fp + FrameSlot.context) >> 2];
}
export function frameArgv(fp: i32): i32 {
  return H32[(fp + FrameSlot.argv) >> 2];
}
export function frameArgc(fp: i32): i32 {
  return H32[(fp + FrameSlot.argc) >> 2] >> 1;
}
export function frameFlags(fp: i32): i32 {
  return H32[(fp + FrameSlot.flags) >> 2] >> 1;
}
export function frameCallee(fp: i32): i32 {
  return H32[(frameArgv(fp) + CallBlock.callee) >> 2];
}
export function frameReceiver(fp: i32): i32 {
  return H32[(frameArgv(fp) + CallBlock.receiver) >> 2];
}
export function frameNewTarget(fp: i32): i32 {
  return H32[(frameArgv(fp) + CallBlock.newTarget) >> 2];
}

/** Address of register operand `v` (r<v> for v >= 0, <this> for -1, a<i> for -2 - i). */
export function registerAddress(fp: i32, v: i32): i32 {
  if (v >= 0) return (fp + FrameSlot.registers + (v << 2)) | 0;
  return (H32[(fp + FrameSlot.argv) >> 2] - 8 - (v << 2)) | 0;
}
export function registerGet(fp: i32, v: i32): i32 {
  return H32[registerAddress(fp, v) >> 2];
}
export function registerSet(fp: i32, v: i32, value: i32): void {
  H32[registerAddress(fp, v) >> 2] = value;
}
