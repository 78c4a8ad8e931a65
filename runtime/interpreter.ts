// The bytecode interpreter (docs/interpreter.md): frames in the VM stack region (frames.ts), one
// dispatch loop over the opcode table of runtime/generated/bytecodes.ts, exceptions through the
// handler tables of the BytecodeArrays.
//
// JS -> JS calls push a frame and continue in the same loop; Return pops it. Only kernel -> JS
// calls (vmCall & co., used by builtins, getters, runtime functions) recurse on the host stack:
// each one enters `interpreterRun` with an *entry frame* whose Return leaves the loop.
//
// Calls from kernel code into JavaScript (getters, valueOf, callbacks of builtins) go through a
// *call block* on the VM stack: [newTarget, callee, receiver, arg0 .. argN-1]. `vmArgsReserve(n)`
// pushes a block of n arguments (all undefined) and returns `argv`, the address of arg0;
// the caller fills the arguments with `vmArgSet` (allocation between filling and the call is
// fine: the block is a GC root), calls, and pops the block with `vmArgsRelease(argv)`.
//
// The case labels are opcode numbers with the mnemonic in a comment (`case 2 /* LdaZero */:`):
// V8 turns a switch into a jump table only when every label is a literal, and a chain of ~100
// compares per instruction would cost more than the instruction. test/interpreter/dispatch.test.ts
// checks every label against runtime/generated/bytecodes.ts.
//
// The loop is two switches. The first handles the frequent instructions that cannot allocate,
// call or throw (register moves, Smi arithmetic, context slots, jumps) and `continue`s; anything
// else (or a fast instruction whose operands are not Smis) falls through to the second, which
// first saves pc and the accumulator in the frame (so that a GC updates acc and a stack trace
// sees the pc), runs the instruction, and ends in a common tail: unwinding when the accumulator
// holds the exception sentinel, else re-reading the bytecode base (a full GC may have moved it).
//
// A Star right after an instruction that set the accumulator (a load of a constant, a global, a
// property or an element on the fast paths, a return, any instruction of the second switch) runs
// in place, without a dispatch of its own: Star is a third of all instructions executed, and the
// indirect jump of the dispatch is the loop's largest cost. (Not under --trace/--stats, which see
// every instruction.)
import type { i32, f64, bool } from './types.ts';
import { moduleVariableLoad, moduleVariableStore } from './modules.ts';
import { H8, H32, HF64, hostFatal } from './host/host.ts';
import { STACK_START, STACK_SIZE } from './memory.ts';
import { arrayLength, elementsGet } from './elements.ts';
import { youngAllocateRaw, rootGet, rootSet, vmStackTop, vmStackSetTop, fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import {
  InstanceType, BytecodeArrayLayout, SharedFunctionInfoLayout, SfiFlag, SfiKind, ContextSlot, FixedArrayLayout,
  HandlerTableEntry, JSFunctionLayout, HeapNumberLayout, JSObjectLayout, JSArrayLayout, ElementsKind, PropertyAttr,
} from './layouts.ts';
import {
  Bytecode, BytecodeSizeSingle, BytecodeSizeWide, BytecodeSizeExtraWide, RuntimeFunction,
} from './generated/bytecodes.ts';
import {
  undefinedValue, nullValue, trueValue, falseValue, theHole, instanceTypeOf, isJSObject, fixedArrayGet, fixedArraySet,
  fixedArrayLength, byteArrayLength, byteArrayAddress, numberNew, isHeapNumber, heapNumberValue, fixedDoubleArrayNew,
  fixedDoubleArrayGet, fixedDoubleArraySet, fixedDoubleArrayLength, boolValue, fixedArrayNewWithMap, fixedDoubleArrayIsHole,
  fixedArrayCopyResize,
} from './values.ts';
import { functionShared, contextNew, feedbackGet, feedbackSet } from './functions.ts';
import { objectGetPrototype, objectNew, objectFieldOffsetForIC } from './objects.ts';
import {
  mapIsDictionary, mapOwnDescriptors, mapInobjectProperties, mapElementsKind, descriptorKey, descriptorDetails, detailsAttributes,
} from './maps.ts';
import { exceptionSentinel, isException, pendingException, pendingExceptionClear, throwValue, throwErrorLit, throwErrorWith, ErrorKind } from './errors.ts';
import { toBoolean, toNumber, toNumeric, toString, toPropertyKey, toObject, typeOf, isUndetectable } from './conversions.ts';
import {
  binaryOperation, compareOperation, looseEquals, strictEquals, increment, decrement, negate, bitwiseNot, instanceOf,
  hasPropertyOperator, CompareOp,
} from './operators.ts';
import { getWithReceiver, defineOwnDataProperty, deletePropertyOperator } from './property-access.ts';
import {
  icLoadNamed, icLoadKeyed, icStoreNamed, icStoreKeyed, icFirstHandler, icFieldInOffset, icFieldOutIndex1, icProtoLoadInPlace, icDefineInPlace, icDefineNamedOwn, icStoreFieldInOffset,
  icFirstElementHandler, icElementLoadKind, icElementStoreKind,
} from './ic.ts';
import { FrameSlot, FrameFlag, CallBlock, registerGet, registerSet, frameCallerFp, frameArgv, frameFlags, framePc } from './frames.ts';
import {
  callBlockPush, callBlockPop, callEnter, callCompletedValue, throwStackOverflow, isConstructorObject, framePush,
  interpreterTopFp, interpreterSetTopFp, callBlockPushReserve, frameRealmLeave,
} from './interpreter-calls.ts';
import { interpreterCallsSetStackLimit } from './interpreter-calls.ts';
import { globalLoad, globalStore, globalCacheGet } from './interpreter-globals.ts';
import {
  closureCreate, objectLiteralCreate, arrayLiteralCreate, emptyArrayLiteral, emptyObjectLiteral, templateObjectGet,
  argumentsObjectCreate, restParameterCreate, iterableToArray, cloneObject, regExpLiteralCreate, withContextCreate,
  forInEnumerate, forInNext, getIteratorAt, typeOfTest, lookupSlotLoad, lookupSlotStore, lookupSlotDelete, superConstructorOf,
} from './interpreter-objects.ts';
import { runtimeCall } from './runtime-functions.ts';
import { functionHomeObject, interpreterAtomsMaterialize, throwNotSuperConstructor } from './interpreter-objects.ts';
import { generatorSuspend, generatorResumeRegisters, generatorSwitchTarget } from './generators.ts';
import { interpreterTraceInstruction } from './interpreter-trace.ts';
import { gcSafepoint, gcFullRequested, collectYoung } from './gc.ts';
import { flagGcStress } from './flags.ts';

// ---- tracing and statistics (set by the embedder) --------------------------------------------

/** --trace: every instruction is printed (offset, mnemonic, accumulator) to stderr. */
export let interpreterTrace: bool = false;
/** --stats: per-opcode execution counts (RootIndex.interpreterOpcodeCounts) and the total. */
export let interpreterStats: bool = false;
let instrumented: bool = false;
let bytecodesExecuted: f64 = 0;

/** --stack-size: the usable VM stack in bytes (interpreter-calls.ts). */
export function interpreterSetStackLimit(bytes: i32): void {
  interpreterCallsSetStackLimit(bytes);
}
export function interpreterSetTrace(on: bool): void {
  interpreterTrace = on;
  instrumented = interpreterTrace || interpreterStats;
}
/** Turns --stats counting on (and creates the count table; may GC). */
export function interpreterSetStats(on: bool): void {
  interpreterStats = on;
  instrumented = interpreterTrace || interpreterStats;
  if (on && !isCountTable(rootGet(RootIndex.interpreterOpcodeCounts))) {
    const t: i32 = fixedDoubleArrayNew(256);
    for (let i: i32 = 0; i < 256; i++) fixedDoubleArraySet(t, i, 0);
    rootSet(RootIndex.interpreterOpcodeCounts, t);
  }
}
function isCountTable(v: i32): bool {
  return (v & 1) !== 0 && v !== undefinedValue() && instanceTypeOf(v) === InstanceType.FIXED_DOUBLE_ARRAY;
}
/** Bytecodes executed while --stats or --trace was on. */
export function interpreterBytecodesExecuted(): f64 {
  return bytecodesExecuted;
}
/** Executions of opcode `op` counted under --stats. */
export function interpreterOpcodeCount(op: i32): f64 {
  const t: i32 = rootGet(RootIndex.interpreterOpcodeCounts);
  if (!isCountTable(t) || op < 0 || op >= fixedDoubleArrayLength(t)) return 0;
  return fixedDoubleArrayGet(t, op);
}
export function interpreterStatsReset(): void {
  bytecodesExecuted = 0;
  const t: i32 = rootGet(RootIndex.interpreterOpcodeCounts);
  if (isCountTable(t)) for (let i: i32 = 0; i < fixedDoubleArrayLength(t); i++) fixedDoubleArraySet(t, i, 0);
}

function instrument(fp: i32, pc: i32, op: i32, acc: i32): void {
  bytecodesExecuted += 1;
  if (interpreterStats) {
    const t: i32 = rootGet(RootIndex.interpreterOpcodeCounts);
    if (isCountTable(t)) fixedDoubleArraySet(t, op, fixedDoubleArrayGet(t, op) + 1);
  }
  if (interpreterTrace) interpreterTraceInstruction(fp, pc, op, acc);
}

// ---- kernel -> JavaScript calls ------------------------------------------------------------------

/** Depth of kernel -> JS re-entries (host recursion); bounded so that the host stack never overflows. */
let entryDepth: i32 = 0;
export const MAX_ENTRY_DEPTH: i32 = 400;

export function vmArgsReserve(argc: i32): i32 {
  const argv: i32 = callBlockPushReserve(argc);
  if (argv === 0) hostFatal('interpreter: VM stack exhausted by a kernel call block');
  return argv;
}
export function vmArgsRelease(argv: i32): void {
  callBlockPop(argv);
}
export function vmArgSet(argv: i32, i: i32, value: i32): void {
  H32[(argv + (i << 2)) >> 2] = value;
}
export function vmArgGet(argv: i32, i: i32): i32 {
  return H32[(argv + (i << 2)) >> 2];
}

/**
 * Calls through a copy of the block at argv (the caller's block stays intact, as its owner pops
 * it): enters the callee, runs the loop to the entry frame's return. May GC.
 */
function vmInvoke(newTarget: i32, callee: i32, receiver: i32, argv: i32, argc: i32, construct: bool): i32 {
  if (entryDepth >= MAX_ENTRY_DEPTH) return throwStackOverflow();
  const block: i32 = callBlockPush(newTarget, callee, receiver, argc);
  if (block === 0) return throwStackOverflow();
  for (let i: i32 = 0; i < argc; i++) H32[(block + (i << 2)) >> 2] = H32[(argv + (i << 2)) >> 2];
  const fp: i32 = callEnter(block, argc, construct, interpreterTopFp, FrameFlag.entry);
  if (fp === 0) return callCompletedValue;
  return interpreterRunEntry(fp);
}

/** Runs the entry frame at fp (pushed by callEnter/framePush) to its return, counting the re-entry depth. May GC. */
export function interpreterRunEntry(fp: i32): i32 {
  if (entryDepth >= MAX_ENTRY_DEPTH) {
    const caller: i32 = frameCallerFp(fp);
    const flags: i32 = frameFlags(fp);
    vmStackSetTop((frameArgv(fp) - 12) | 0);
    interpreterSetTopFp(caller);
    if ((flags & FrameFlag.realm) !== 0) frameRealmLeave(flags);
    return throwStackOverflow();
  }
  entryDepth = (entryDepth + 1) | 0;
  const r: i32 = interpreterRun(fp);
  entryDepth = (entryDepth - 1) | 0;
  return r;
}

/** [[Call]] of any value with the arguments of the block at argv; TypeError if not callable. */
export function vmCall(callee: i32, receiver: i32, argv: i32, argc: i32): i32 {
  return vmInvoke(undefinedValue(), callee, receiver, argv, argc, false);
}

/** [[Construct]] of any value; TypeError if not a constructor. */
export function vmConstruct(callee: i32, argv: i32, argc: i32, newTarget: i32): i32 {
  if (!isConstructorObject(callee)) return throwErrorWith(ErrorKind.TypeError, '', callee, ' is not a constructor');
  return vmInvoke(newTarget, callee, undefinedValue(), argv, argc, true);
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
 * `this` = the global object in a new script context (appended to the global lexical
 * environment, RootIndex.scriptContextTable). Returns the completion value or the exception
 * sentinel. May GC.
 */
export function vmRunScript(sfi: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hSfi: i32 = handleNew(sfi);
  interpreterAtomsMaterialize();
  const info: i32 = fieldGet(handleGet(hSfi), SharedFunctionInfoLayout.scopeInfo);
  let slots: i32 = 0;
  if (info !== undefinedValue()) slots = fixedArrayLength(fixedArrayGet(info, 2));
  const context: i32 = contextNew(undefinedValue(), info, slots);
  const hContext: i32 = handleNew(context);
  scriptContextTableAdd(context);
  const closure: i32 = closureCreate(handleGet(hSfi), handleGet(hContext));
  handleScopeClose(scope);
  return vmCall0(closure, rootGet(RootIndex.globalObject));
}

/** Appends a script context to RootIndex.scriptContextTable ([count, ctx0, ctx1, ...]). May GC. */
function scriptContextTableAdd(context: i32): void {
  const scope: i32 = handleScopeOpen();
  const hContext: i32 = handleNew(context);
  let table: i32 = rootGet(RootIndex.scriptContextTable);
  if ((table & 1) === 0 || table === undefinedValue() || instanceTypeOf(table) !== InstanceType.FIXED_ARRAY) {
    table = fixedArrayNewSmi(8);
    fixedArraySet(table, 0, 0);
    rootSet(RootIndex.scriptContextTable, table);
  }
  const count: i32 = fixedArrayGet(table, 0) >> 1;
  if (((count + 1) | 0) >= fixedArrayLength(table)) {
    const bigger: i32 = fixedArrayNewSmi(fixedArrayLength(table) << 1);
    const old: i32 = rootGet(RootIndex.scriptContextTable);
    for (let i: i32 = 0; i <= count; i++) fixedArraySet(bigger, i, fixedArrayGet(old, i));
    rootSet(RootIndex.scriptContextTable, bigger);
  }
  table = rootGet(RootIndex.scriptContextTable);
  fixedArraySet(table, (count + 1) | 0, handleGet(hContext));
  fixedArraySet(table, 0, (count + 1) << 1);
  handleScopeClose(scope);
}

/** A FixedArray of Smi zeros. May GC. */
function fixedArrayNewSmi(length: i32): i32 {
  return fixedArrayNewWithMap(RootIndex.fixedArrayMap, length, 0, false);
}

// ---- operand decoding --------------------------------------------------------------------------

/** Unsigned operand of `scale` bytes at address a. */
function opU(a: i32, scale: i32): i32 {
  if (scale === 1) return H8[a];
  if (scale === 2) return H8[a] | (H8[(a + 1) | 0] << 8);
  return H8[a] | (H8[(a + 1) | 0] << 8) | (H8[(a + 2) | 0] << 16) | (H8[(a + 3) | 0] << 24);
}
/** Signed operand of `scale` bytes at address a. */
function opS(a: i32, scale: i32): i32 {
  if (scale === 1) return (H8[a] << 24) >> 24;
  if (scale === 2) return ((H8[a] | (H8[(a + 1) | 0] << 8)) << 16) >> 16;
  return H8[a] | (H8[(a + 1) | 0] << 8) | (H8[(a + 2) | 0] << 16) | (H8[(a + 3) | 0] << 24);
}
/** Byte size of the instruction `op` at `scale`, prefix included. */
function instructionSize(op: i32, scale: i32): i32 {
  if (scale === 1) return BytecodeSizeSingle[op];
  if (scale === 2) return BytecodeSizeWide[op];
  return BytecodeSizeExtraWide[op];
}
/** The address of byte 0 of the bytecode of the frame at fp. */
function bytecodeBase(fp: i32): i32 {
  return (H32[(fp + FrameSlot.bytecode) >> 2] - 1 + BytecodeArrayLayout.bytes) | 0;
}
/** Constant pool entry `index` of the bytecode whose bytes start at `base`. */
function constantAt(base: i32, index: i32): i32 {
  const pool: i32 = H32[(base - BytecodeArrayLayout.bytes + BytecodeArrayLayout.constantPool) >> 2];
  return H32[(pool - 1 + FixedArrayLayout.elements + (index << 2)) >> 2];
}
/** The offset after the instruction at `pc` in the frame's bytecode (a caller's saved call instruction). */
function nextInstruction(base: i32, pc: i32): i32 {
  const op: i32 = H8[(base + pc) | 0];
  if (op === Bytecode.Wide) return (pc + BytecodeSizeWide[H8[(base + pc + 1) | 0]]) | 0;
  if (op === Bytecode.ExtraWide) return (pc + BytecodeSizeExtraWide[H8[(base + pc + 1) | 0]]) | 0;
  return (pc + BytecodeSizeSingle[op]) | 0;
}
/** The context `depth` links up from `ctx`. */
function contextAtDepth(ctx: i32, depth: i32): i32 {
  let c: i32 = ctx;
  for (let i: i32 = 0; i < depth; i++) c = H32[(c - 1 + FixedArrayLayout.elements + (ContextSlot.previous << 2)) >> 2];
  return c;
}
function contextSlotAddress(ctx: i32, slot: i32): i32 {
  return (ctx - 1 + FixedArrayLayout.elements + ((ContextSlot.firstVariable + slot) << 2)) | 0;
}
function contextSlotStore(ctx: i32, slot: i32, value: i32): void {
  fixedArraySet(ctx, (ContextSlot.firstVariable + slot) | 0, value);
}
/** Strictness of the function running in the frame. */
export function frameIsStrict(fp: i32): bool {
  const sfi: i32 = functionShared(H32[(H32[(fp + FrameSlot.argv) >> 2] + CallBlock.callee) >> 2]);
  return (H32[(sfi - 1 + SharedFunctionInfoLayout.flags) >> 2] & SfiFlag.strict) !== 0;
}
function frameFeedback(fp: i32): i32 {
  return H32[(fp + FrameSlot.feedback) >> 2];
}

/** The handler offset for the pc saved in the frame, restoring the context; -1 when none covers it. */
function handlerFind(fp: i32): i32 {
  const bytecode: i32 = H32[(fp + FrameSlot.bytecode) >> 2];
  const table: i32 = fieldGet(bytecode, BytecodeArrayLayout.handlerTable);
  if ((table & 1) === 0 || table === undefinedValue()) return -1;
  const count: i32 = (byteArrayLength(table) / HandlerTableEntry.size) | 0;
  const pc: i32 = framePc(fp);
  for (let i: i32 = 0; i < count; i++) {
    const at: i32 = byteArrayAddress(table, Math.imul(i, HandlerTableEntry.size));
    if (pc >= H32[(at + HandlerTableEntry.start) >> 2] && pc < H32[(at + HandlerTableEntry.end) >> 2]) {
      const ctxReg: i32 = H32[(at + HandlerTableEntry.contextRegister) >> 2];
      const handler: i32 = H32[(at + HandlerTableEntry.handler) >> 2];
      H32[(fp + FrameSlot.context) >> 2] = registerGet(fp, ctxReg);
      return handler;
    }
  }
  return -1;
}

/** The argument registers of a call: copies R[first .. first+count-1] into the block at argv. */
function copyArguments(fp: i32, first: i32, count: i32, argv: i32): void {
  for (let i: i32 = 0; i < count; i++) H32[(argv + (i << 2)) >> 2] = registerGet(fp, (first + i) | 0);
}

/**
 * Spreads the last argument of the call block at argv (at the top of the VM stack): replaces it by
 * the values it iterates. Returns the new argument count, -1 on an exception, -2 when the stack
 * is exhausted. May GC.
 */
function spreadLastArgument(argv: i32, argc: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const last: i32 = (argv + ((argc - 1) << 2)) | 0;
  const array: i32 = iterableToArray(H32[last >> 2]);
  if (isException(array)) {
    handleScopeClose(scope);
    return -1;
  }
  const hArray: i32 = handleNew(array);
  const n: i32 = arrayLength(array) | 0;
  const end: i32 = (last + (n << 2)) | 0;
  if (end > ((STACK_START + STACK_SIZE - 4096) | 0)) {
    handleScopeClose(scope);
    return -2;
  }
  const undef: i32 = undefinedValue();
  for (let a: i32 = last; a < end; a = (a + 4) | 0) H32[a >> 2] = undef;
  vmStackSetTop(end);
  for (let i: i32 = 0; i < n; i++) {
    const v: i32 = elementsGet(handleGet(hArray), i);
    H32[(last + (i << 2)) >> 2] = v === theHole() ? undef : v;
  }
  handleScopeClose(scope);
  return (argc - 1 + n) | 0;
}

/** ToBoolean with the common cases inline (an object is true unless it has [[IsHTMLDDA]]). */
function truthy(v: i32): bool {
  if ((v & 1) === 0) return v !== 0;
  if (v === rootGet(RootIndex.trueValue)) return true;
  if (v === rootGet(RootIndex.falseValue) || v === rootGet(RootIndex.undefinedValue) || v === rootGet(RootIndex.nullValue)) return false;
  if (instanceTypeOf(v) >= InstanceType.FIRST_JS_OBJECT_TYPE) return !isUndetectable(v);
  return toBoolean(v);
}

// ---- number fast paths (Smis and HeapNumbers, without the generic operator code) ----------------

function isNumberValue(v: i32): bool {
  return (v & 1) === 0 || H32[(v - 1) >> 2] === rootGet(RootIndex.heapNumberMap);
}
function numberF64(v: i32): f64 {
  if ((v & 1) === 0) return +(v >> 1);
  return HF64[(v - 1 + HeapNumberLayout.value) >> 3];
}
/**
 * The canonical number for x: a Smi when integral (not -0) and in range, else a HeapNumber
 * bump-allocated in the young generation without a GC; 0 when the semispace is full (or under
 * --gc-stress), and the caller takes the slow path.
 */
function numberResult(x: f64): i32 {
  const n: i32 = x | 0;
  if (n === x && n >= -1073741824 && n <= 1073741823 && (n !== 0 || 1 / x > 0)) return n << 1;
  if (flagGcStress) return 0;
  const addr: i32 = youngAllocateRaw(HeapNumberLayout.size);
  if (addr === 0) return 0;
  H32[addr >> 2] = rootGet(RootIndex.heapNumberMap);
  H32[(addr + 4) >> 2] = 0;
  HF64[(addr + HeapNumberLayout.value) >> 3] = x;
  return addr | 1;
}
/** x op y for op 0..3: add, sub, mul, div (the order of Add..Div in the opcode table). */
function arithF64(op: i32, x: f64, y: f64): f64 {
  return op === 0 ? x + y : op === 1 ? x - y : op === 2 ? x * y : x / y;
}
/** The pc after the instructions the last numberChain folded in. */
let chainEnd: i32 = 0;
/**
 * z as a number (numberResult), after the Add/Sub/Mul/Div instructions at `pc` (no prefix: `r op
 * acc`) whose register holds a number are applied to it in turn, when `fuse`: one HeapNumber for
 * `x[i] + y` or `(a + b) * c`, not one per operation, and no dispatch for them. chainEnd := the pc
 * after them. 0 when the result cannot be allocated: the caller takes its slow path. No GC.
 */
function numberChain(z: f64, fp: i32, base: i32, pc: i32, fuse: bool): i32 {
  let x: f64 = z;
  let at: i32 = pc;
  if (fuse) {
    for (;;) {
      const n: i32 = (H8[(base + at) | 0] - Bytecode.Add) | 0;
      if (n < 0 || n > 3) break;
      const l: i32 = registerGet(fp, (H8[(base + at + 1) | 0] << 24) >> 24);
      if (!isNumberValue(l)) break;
      x = arithF64(n, numberF64(l), x);
      at = (at + 3) | 0;
    }
  }
  chainEnd = at;
  return numberResult(x);
}
/**
 * a op b for op 0..3 (add, sub, mul, div) on two numbers, then the chain after it (numberChain, from
 * `pc`, the instruction after); 0 when the slow path must run.
 */
function numberArith(op: i32, a: i32, b: i32, fp: i32, base: i32, pc: i32, fuse: bool): i32 {
  if (!isNumberValue(a) || !isNumberValue(b)) return 0;
  return numberChain(arithF64(op, numberF64(a), numberF64(b)), fp, base, pc, fuse);
}
/** Relational comparison of two numbers: 1 true, 0 false, -1 when not both numbers. */
function numberCompare(op: i32, a: i32, b: i32): i32 {
  if (!isNumberValue(a) || !isNumberValue(b)) return -1;
  const x: f64 = numberF64(a);
  const y: f64 = numberF64(b);
  if (op === CompareOp.lessThan) return x < y ? 1 : 0;
  if (op === CompareOp.greaterThan) return x > y ? 1 : 0;
  if (op === CompareOp.lessThanOrEqual) return x <= y ? 1 : 0;
  return x >= y ? 1 : 0;
}

/**
 * Whether [[Call]] of `callee` with `receiver` is the plain case of callEnter: a bytecode function
 * that may be called (not a builtin or a class constructor) and needs no receiver conversion
 * (strict, an arrow, or an object receiver). No GC.
 */
function callIsPlain(callee: i32, receiver: i32): bool {
  if ((callee & 1) === 0 || instanceTypeOf(callee) !== InstanceType.JS_FUNCTION) return false;
  const flags: i32 = H32[(functionShared(callee) - 1 + SharedFunctionInfoLayout.flags) >> 2];
  const kind: i32 = (flags >> SfiKind.shift) & SfiKind.mask;
  if (kind === SfiKind.builtin || kind === SfiKind.classConstructor) return false;
  return (flags & (SfiFlag.strict | SfiFlag.isArrow)) !== 0 || isJSObject(receiver);
}

/**
 * `l === r` (strict) or `l == r` for two heap values when no conversion can run: 1 equal, 0 not,
 * -1 when the operator must decide (numbers, strings, BigInts, an object against a primitive).
 */
function identityEquality(strict: bool, l: i32, r: i32, undef: i32, nul: i32): i32 {
  const tl: i32 = instanceTypeOf(l);
  const tr: i32 = instanceTypeOf(r);
  const objectL: bool = tl >= InstanceType.FIRST_JS_OBJECT_TYPE;
  const objectR: bool = tr >= InstanceType.FIRST_JS_OBJECT_TYPE;
  if (strict) {
    if ((objectL || tl === InstanceType.ODDBALL) && (objectR || tr === InstanceType.ODDBALL)) return l === r ? 1 : 0;
    return -1;
  }
  const nilL: bool = l === undef || l === nul;
  const nilR: bool = r === undef || r === nul;
  if ((objectL && objectR) || (tl === InstanceType.ODDBALL && tr === InstanceType.ODDBALL)) return l === r || (nilL && nilR) ? 1 : 0;
  // An object with [[IsHTMLDDA]] (Annex B) equals null and undefined.
  if ((objectL && nilR) || (nilL && objectR)) return isUndetectable(objectL ? l : r) ? 1 : 0;
  return -1;
}

/**
 * CreateObjectLiteral with the map of the literal's objects cached in its feedback slot: once an
 * object made by objectLiteralCreate has exactly the boilerplate's names as in-object fields in
 * order with all attributes, the next ones are allocated with that map and their fields filled
 * from the boilerplate (no definition per property). Boilerplate: [names, values], a value of the
 * empty FixedArray stands for undefined (computed later). Objects with a null prototype are not
 * cached. May GC.
 */
function objectLiteralCached(boilerplate: i32, nullPrototype: bool, feedback: i32, slot: i32): i32 {
  const undef: i32 = undefinedValue();
  if (nullPrototype || feedback === undef) return objectLiteralCreate(boilerplate, nullPrototype);
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(boilerplate);
  const hFeedback: i32 = handleNew(feedback);
  const cached: i32 = feedbackGet(feedback, slot);
  let obj: i32 = 0;
  if (cached !== undef) {
    obj = objectNew(cached);
    const values: i32 = fixedArrayGet(handleGet(hB), 1);
    const n: i32 = fixedArrayLength(values);
    const empty: i32 = rootGet(RootIndex.emptyFixedArray);
    for (let i: i32 = 0; i < n; i++) {
      const v: i32 = fixedArrayGet(values, i);
      fieldSet(obj, (JSObjectLayout.size + (i << 2)) | 0, v === empty ? undef : v);
    }
  } else {
    obj = objectLiteralCreate(handleGet(hB), false);
    if (!isException(obj) && literalMapCacheable(obj, fixedArrayGet(handleGet(hB), 0))) {
      const hObj: i32 = handleNew(obj);
      feedbackSet(handleGet(hFeedback), slot, H32[(obj - 1) >> 2]);
      obj = handleGet(hObj);
    }
  }
  handleScopeClose(scope);
  return obj;
}
/** Whether `obj`'s own properties are `names`, in order, as in-object fields with all attributes. No GC. */
function literalMapCacheable(obj: i32, names: i32): bool {
  const map: i32 = H32[(obj - 1) >> 2];
  const n: i32 = fixedArrayLength(names);
  if (mapIsDictionary(map) || mapOwnDescriptors(map) !== n || mapInobjectProperties(map) < n) return false;
  for (let i: i32 = 0; i < n; i++) {
    if (descriptorKey(map, i) !== fixedArrayGet(names, i) || detailsAttributes(descriptorDetails(map, i)) !== PropertyAttr.ALL) return false;
    if (objectFieldOffsetForIC(obj, fixedArrayGet(names, i)) !== ((JSObjectLayout.size + (i << 2)) | 0)) return false;
  }
  return true;
}

/**
 * CreateArrayLiteral with the map of the literal's arrays cached in its feedback slot: once an
 * array made by arrayLiteralCreate from a boilerplate without holes or computed elements has Smi
 * or tagged elements (not doubles), the next ones get that map and a copy of the boilerplate as
 * their elements (no store per element). May GC.
 */
function arrayLiteralCached(boilerplate: i32, feedback: i32, slot: i32): i32 {
  const undef: i32 = undefinedValue();
  if (feedback === undef) return arrayLiteralCreate(boilerplate);
  const scope: i32 = handleScopeOpen();
  const hB: i32 = handleNew(boilerplate);
  const hFeedback: i32 = handleNew(feedback);
  const hMap: i32 = handleNew(feedbackGet(feedback, slot));
  let arr: i32 = 0;
  if (handleGet(hMap) !== undef) {
    const n: i32 = fixedArrayLength(boilerplate);
    const hStore: i32 = handleNew(fixedArrayCopyResize(boilerplate, n, theHole()));
    arr = objectNew(handleGet(hMap));
    fieldSet(arr, JSArrayLayout.length, n << 1);
    fieldSet(arr, JSObjectLayout.elements, handleGet(hStore));
  } else {
    arr = arrayLiteralCreate(handleGet(hB));
    const kind: i32 = mapElementsKind(H32[(arr - 1) >> 2]);
    if ((kind === ElementsKind.PACKED_SMI || kind === ElementsKind.PACKED) && literalElementsPlain(handleGet(hB))) {
      feedbackSet(handleGet(hFeedback), slot, H32[(arr - 1) >> 2]);
    }
  }
  handleScopeClose(scope);
  return arr;
}
/** Whether an array boilerplate has neither holes nor computed elements (the empty FixedArray). No GC. */
function literalElementsPlain(boilerplate: i32): bool {
  const n: i32 = fixedArrayLength(boilerplate);
  const empty: i32 = rootGet(RootIndex.emptyFixedArray);
  for (let i: i32 = 0; i < n; i++) {
    const v: i32 = fixedArrayGet(boilerplate, i);
    if (v === theHole() || v === empty) return false;
  }
  return n > 0;
}

/**
 * The instructions that only produce the accumulator (some also write a register) and then go on
 * to the next instruction, out of interpreterRun so that the hot loop stays small: quicker for V8
 * to optimize, and no deoptimization of the loop when a rare instruction runs for the first time.
 * pc and acc are saved in the frame. Returns the new accumulator or the exception sentinel. May GC.
 */
function interpreterSlowInstruction(op: i32, fp: i32, base: i32, ob: i32, scale: i32, acc0: i32): i32 {
  let acc: i32 = acc0;
  const nul: i32 = nullValue();
  const hole: i32 = theHole();
  switch (op) {
    case 14 /* LdaHomeObject */:
      acc = functionHomeObject(H32[(H32[(fp + FrameSlot.argv) >> 2] + CallBlock.callee) >> 2]);
      break;
    case 20 /* StaGlobal */: {
      const r: i32 = globalStore(constantAt(base, opU(ob, scale)), acc, frameIsStrict(fp), frameFeedback(fp), opU((ob + scale) | 0, scale));
      acc = isException(r) ? r : H32[(fp + FrameSlot.accumulator) >> 2];
      break;
    }
    case 27 /* LdaModuleVariable */:
      acc = moduleVariableLoad(fp, opS(ob, scale), opU((ob + scale) | 0, scale));
      break;
    case 28 /* StaModuleVariable */:
      acc = moduleVariableStore(fp, acc, opS(ob, scale), opU((ob + scale) | 0, scale));
      break;
    case 29 /* CreateFunctionContext */:
    case 32 /* CreateEvalContext */:
      acc = contextNew(H32[(fp + FrameSlot.context) >> 2], constantAt(base, opU(ob, scale)), opU((ob + scale) | 0, scale));
      break;
    case 30 /* CreateBlockContext */: {
      const info: i32 = constantAt(base, opU(ob, scale));
      acc = contextNew(H32[(fp + FrameSlot.context) >> 2], info, fixedArrayLength(fixedArrayGet(info, 2)));
      break;
    }
    case 31 /* CreateWithContext */:
      acc = withContextCreate(fp, opS(ob, scale), constantAt(base, opU((ob + scale) | 0, scale)));
      break;
    case 33 /* LdaLookupSlot */:
    case 34 /* LdaLookupSlotInsideTypeof */:
      acc = lookupSlotLoad(fp, constantAt(base, opU(ob, scale)), op === Bytecode.LdaLookupSlotInsideTypeof, -2147483648);
      break;
    case 35 /* LdaLookupCallee */:
      acc = lookupSlotLoad(fp, constantAt(base, opU(ob, scale)), false, opS((ob + scale) | 0, scale));
      break;
    case 36 /* StaLookupSlot */: {
      const r: i32 = lookupSlotStore(fp, constantAt(base, opU(ob, scale)), acc, H8[(ob + scale) | 0] !== 0);
      acc = isException(r) ? r : H32[(fp + FrameSlot.accumulator) >> 2];
      break;
    }
    case 37 /* DeleteLookupSlot */:
      acc = lookupSlotDelete(fp, constantAt(base, opU(ob, scale)));
      break;
    case 42 /* DefineNamedOwnProperty */: {
      const r: i32 = icDefineNamedOwn(registerGet(fp, opS(ob, scale)), constantAt(base, opU((ob + scale) | 0, scale)), acc,
        frameFeedback(fp), opU((ob + (scale << 1)) | 0, scale));
      acc = isException(r) ? r : H32[(fp + FrameSlot.accumulator) >> 2];
      break;
    }
    case 43 /* DefineKeyedOwnProperty */:
    case 44 /* StaInArrayLiteral */: {
      const r: i32 = defineOwnDataProperty(registerGet(fp, opS(ob, scale)), registerGet(fp, opS((ob + scale) | 0, scale)), acc);
      acc = isException(r) ? r : H32[(fp + FrameSlot.accumulator) >> 2];
      break;
    }
    case 45 /* GetNamedPropertyFromSuper */: {
      const proto: i32 = isJSObject(acc) ? objectGetPrototype(acc) : nul;
      if (proto === nul) {
        acc = throwErrorLit(ErrorKind.TypeError, 'Cannot read properties of null');
        break;
      }
      acc = getWithReceiver(proto, constantAt(base, opU((ob + scale) | 0, scale)), registerGet(fp, opS(ob, scale)));
      break;
    }
    case 46 /* DeletePropertyStrict */:
    case 47 /* DeletePropertySloppy */:
      acc = deletePropertyOperator(registerGet(fp, opS(ob, scale)), acc, op === Bytecode.DeletePropertyStrict);
      break;
    case 48 /* Add */:
    case 49 /* Sub */:
    case 50 /* Mul */:
    case 51 /* Div */:
    case 52 /* Mod */:
    case 53 /* Exp */:
    case 54 /* BitwiseOr */:
    case 55 /* BitwiseXor */:
    case 56 /* BitwiseAnd */:
    case 57 /* ShiftLeft */:
    case 58 /* ShiftRight */:
    case 59 /* ShiftRightLogical */:
      acc = binaryOperation((op - Bytecode.Add) | 0, registerGet(fp, opS(ob, scale)), acc);
      break;
    case 60 /* AddSmi */:
    case 61 /* SubSmi */:
    case 62 /* MulSmi */:
    case 63 /* DivSmi */:
    case 64 /* ModSmi */:
    case 65 /* ExpSmi */:
    case 66 /* BitwiseOrSmi */:
    case 67 /* BitwiseXorSmi */:
    case 68 /* BitwiseAndSmi */:
    case 69 /* ShiftLeftSmi */:
    case 70 /* ShiftRightSmi */:
    case 71 /* ShiftRightLogicalSmi */:
      acc = binaryOperation((op - Bytecode.AddSmi) | 0, acc, opS(ob, scale) << 1);
      break;
    case 72 /* Inc */:
      acc = increment(acc);
      break;
    case 73 /* Dec */:
      acc = decrement(acc);
      break;
    case 74 /* Negate */:
      acc = negate(acc);
      break;
    case 75 /* BitwiseNot */:
      acc = bitwiseNot(acc);
      break;
    case 78 /* TypeOf */:
      acc = typeOf(acc);
      break;
    case 79 /* TestEqual */:
      acc = looseEquals(registerGet(fp, opS(ob, scale)), acc);
      break;
    case 80 /* TestEqualStrict */:
      acc = boolValue(strictEquals(registerGet(fp, opS(ob, scale)), acc));
      break;
    case 81 /* TestLessThan */:
      acc = compareOperation(CompareOp.lessThan, registerGet(fp, opS(ob, scale)), acc);
      break;
    case 82 /* TestGreaterThan */:
      acc = compareOperation(CompareOp.greaterThan, registerGet(fp, opS(ob, scale)), acc);
      break;
    case 83 /* TestLessThanOrEqual */:
      acc = compareOperation(CompareOp.lessThanOrEqual, registerGet(fp, opS(ob, scale)), acc);
      break;
    case 84 /* TestGreaterThanOrEqual */:
      acc = compareOperation(CompareOp.greaterThanOrEqual, registerGet(fp, opS(ob, scale)), acc);
      break;
    case 86 /* TestInstanceOf */:
      acc = instanceOf(registerGet(fp, opS(ob, scale)), acc);
      break;
    case 87 /* TestIn */:
      acc = hasPropertyOperator(registerGet(fp, opS(ob, scale)), acc);
      break;
    case 91 /* TestTypeOf */:
      acc = boolValue(typeOfTest(acc, H8[ob]));
      break;
    case 92 /* ToName */:
      acc = toPropertyKey(acc);
      break;
    case 93 /* ToNumber */:
      acc = toNumber(acc);
      break;
    case 94 /* ToNumeric */:
      acc = toNumeric(acc);
      break;
    case 96 /* ToString */:
      acc = toString(acc);
      break;
    case 95 /* ToObject */: {
      const target: i32 = opS(ob, scale);
      const r: i32 = toObject(H32[(fp + FrameSlot.accumulator) >> 2]);
      if (isException(r)) acc = r;
      else {
        registerSet(fp, target, r);
        acc = H32[(fp + FrameSlot.accumulator) >> 2];
      }
      break;
    }
    case 97 /* CreateRegExpLiteral */:
      acc = regExpLiteralCreate(constantAt(base, opU(ob, scale)));
      break;
    case 98 /* CreateArrayLiteral */:
      acc = arrayLiteralCached(constantAt(base, opU(ob, scale)), frameFeedback(fp), opU((ob + scale) | 0, scale));
      break;
    case 99 /* CreateEmptyArrayLiteral */:
      acc = emptyArrayLiteral();
      break;
    case 100 /* CreateArrayFromIterable */:
      acc = iterableToArray(acc);
      break;
    case 101 /* CreateObjectLiteral */:
      acc = objectLiteralCached(constantAt(base, opU(ob, scale)), (H8[(ob + (scale << 1)) | 0] & 2) !== 0, frameFeedback(fp),
        opU((ob + scale) | 0, scale));
      break;
    case 102 /* CreateEmptyObjectLiteral */:
      acc = emptyObjectLiteral();
      break;
    case 103 /* CloneObject */:
      acc = cloneObject(registerGet(fp, opS(ob, scale)));
      break;
    case 104 /* GetTemplateObject */:
      acc = templateObjectGet(fp, opU(ob, scale));
      break;
    case 105 /* CreateClosure */:
      acc = closureCreate(constantAt(base, opU(ob, scale)), H32[(fp + FrameSlot.context) >> 2]);
      break;
    case 106 /* CreateMappedArguments */:
    case 107 /* CreateUnmappedArguments */:
      acc = argumentsObjectCreate(fp, op === Bytecode.CreateMappedArguments);
      break;
    case 108 /* CreateRestParameter */:
      acc = restParameterCreate(fp);
      break;
    case 113 /* CallRuntime */: {
      const id: i32 = H8[ob] | (H8[(ob + 1) | 0] << 8);
      acc = runtimeCall(id, fp, opS((ob + 2) | 0, scale), opU((ob + 2 + scale) | 0, scale));
      break;
    }
    case 116 /* GetSuperConstructor */:
      registerSet(fp, opS(ob, scale), superConstructorOf(acc));
      break;
    case 117 /* ThrowIfNotSuperConstructor */: {
      const c: i32 = registerGet(fp, opS(ob, scale));
      if (!isConstructorObject(c)) acc = throwNotSuperConstructor(c, H32[(H32[(fp + FrameSlot.argv) >> 2] + CallBlock.callee) >> 2]);
      break;
    }
    case 118 /* GetIterator */:
      acc = getIteratorAt(registerGet(fp, opS(ob, scale)), fp);
      break;
    case 119 /* ForInEnumerate */:
      acc = forInEnumerate(registerGet(fp, opS(ob, scale)));
      break;
    case 120 /* ForInNext */:
      acc = forInNext(registerGet(fp, opS(ob, scale)));
      break;
    case 136 /* Throw */:
      acc = throwValue(acc);
      break;
    case 137 /* ReThrow */:
      acc = throwValue(acc);
      break;
    case 138 /* ThrowReferenceErrorIfHole */:
      if (acc === hole) acc = throwErrorWith(ErrorKind.ReferenceError, 'Cannot access \'', constantAt(base, opU(ob, scale)), '\' before initialization');
      break;
    case 139 /* ThrowSuperNotCalledIfHole */:
      if (acc === hole) acc = throwErrorLit(ErrorKind.ReferenceError, 'Must call super constructor in derived class before accessing \'this\' or returning from derived constructor');
      break;
    case 140 /* ThrowSuperAlreadyCalledIfNotHole */:
      if (acc !== hole) acc = throwErrorLit(ErrorKind.ReferenceError, 'Super constructor may only be called once');
      break;
    case 141 /* SetPendingMessage */: {
      const m: i32 = rootGet(RootIndex.interpreterPendingMessage);
      rootSet(RootIndex.interpreterPendingMessage, acc);
      acc = m === 0 ? hole : m;
      break;
    }
    case 142 /* Debugger */:
      break;
    case 144 /* ResumeGenerator */:
      acc = generatorResumeRegisters(fp, registerGet(fp, opS(ob, scale)), opS((ob + scale) | 0, scale), opU((ob + (scale << 1)) | 0, scale));
      break;
    default:
      hostFatal('interpreter: unknown bytecode');
  }
  return acc;
}

// ---- the dispatch loop ---------------------------------------------------------------------------

/**
 * Runs from the frame at `startFp` (its pc and accumulator as saved in the header) until that
 * entry frame returns; returns its result, or the exception sentinel when an exception leaves it.
 * May GC.
 */
export function interpreterRun(startFp: i32): i32 {
  let fp: i32 = startFp;
  let base: i32 = bytecodeBase(fp);
  let pc: i32 = framePc(fp);
  let acc: i32 = H32[(fp + FrameSlot.accumulator) >> 2];
  const undef: i32 = undefinedValue();
  // --trace/--stats, read once per entry (the embedder sets them before running code).
  const counting: bool = instrumented;
  // The frame's feedback vector for the in-place fast paths (undefined: none, or counting, when
  // the IC must see every access), re-read with `base` (it moves in a GC).
  let fv: i32 = counting ? undef : frameFeedback(fp);
  const nul: i32 = nullValue();
  const hole: i32 = theHole();
  const tru: i32 = trueValue();
  const fls: i32 = falseValue();
  const sentinel: i32 = exceptionSentinel();
  for (;;) {
    let op: i32 = H8[(base + pc) | 0];
    let scale: i32 = 1;
    let ob: i32 = (base + pc + 1) | 0;
    if (op < 2) {
      scale = op === 0 ? 2 : 4;
      op = H8[(base + pc + 1) | 0];
      ob = (base + pc + 2) | 0;
    }
    if (counting) instrument(fp, pc, op, acc);

    // Every instruction but a call, a return to a caller and an unwinding leaves this block to the
    // register moves and conditional jumps after it (`break produced`).
    produced: {
      // ---- fast instructions: no allocation, no calls, no exceptions --------------------------
      switch (op) {
        case 2 /* LdaZero */:
          acc = 0;
          pc = (pc + 1) | 0;
          break produced;
        case 3 /* LdaSmi */:
          acc = opS(ob, scale) << 1;
          pc = (ob + scale - base) | 0;
          break produced;
        case 4 /* LdaUndefined */:
          acc = undef;
          pc = (ob - base) | 0;
          break produced;
        case 5 /* LdaNull */:
          acc = nul;
          pc = (ob - base) | 0;
          break produced;
        case 6 /* LdaTheHole */:
          acc = hole;
          pc = (ob - base) | 0;
          break produced;
        case 7 /* LdaTrue */:
          acc = tru;
          pc = (ob - base) | 0;
          break produced;
        case 8 /* LdaFalse */:
          acc = fls;
          pc = (ob - base) | 0;
          break produced;
        case 9 /* LdaConstant */:
          acc = constantAt(base, opU(ob, scale));
          pc = (ob + scale - base) | 0;
          break produced;
        case 15 /* Ldar */:
          acc = registerGet(fp, opS(ob, scale));
          pc = (ob + scale - base) | 0;
          break produced;
        case 16 /* Star */:
          registerSet(fp, opS(ob, scale), acc);
          pc = (ob + scale - base) | 0;
          break produced;
        case 17 /* Mov */:
          registerSet(fp, opS((ob + scale) | 0, scale), registerGet(fp, opS(ob, scale)));
          pc = (ob + (scale << 1) - base) | 0;
          break produced;
        case 12 /* LdaContext */:
          acc = H32[(fp + FrameSlot.context) >> 2];
          pc = (ob - base) | 0;
          break produced;
        case 11 /* LdaCurrentClosure */:
          acc = H32[(H32[(fp + FrameSlot.argv) >> 2] + CallBlock.callee) >> 2];
          pc = (ob - base) | 0;
          break produced;
        case 10 /* LdaNewTarget */:
          acc = H32[(H32[(fp + FrameSlot.argv) >> 2] + CallBlock.newTarget) >> 2];
          pc = (ob - base) | 0;
          break produced;
        case 18 /* LdaGlobal */: {
          // A cached global-object hit needs no call-out (interpreter-globals.ts globalCacheGet).
          const hit: i32 = globalCacheGet(rootGet(RootIndex.globalObject), constantAt(base, opU(ob, scale)), H32[(fp + FrameSlot.feedback) >> 2],
            opU((ob + scale) | 0, scale));
          if (hit !== 0) {
            acc = hit;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 13 /* LdaGlobalThis */:
          acc = rootGet(RootIndex.globalObject);
          pc = (ob - base) | 0;
          break produced;
        case 92 /* ToName */:
          // A Smi is its own property key (`o[i] += v` converts its key before the load).
          if ((acc & 1) === 0) {
            pc = (ob - base) | 0;
            break produced;
          }
          break;
        case 21 /* PushContext */:
          registerSet(fp, opS(ob, scale), H32[(fp + FrameSlot.context) >> 2]);
          H32[(fp + FrameSlot.context) >> 2] = acc;
          pc = (ob + scale - base) | 0;
          break produced;
        case 22 /* PopContext */:
          H32[(fp + FrameSlot.context) >> 2] = registerGet(fp, opS(ob, scale));
          pc = (ob + scale - base) | 0;
          break produced;
        case 23 /* LdaCurrentContextSlot */:
          acc = H32[contextSlotAddress(H32[(fp + FrameSlot.context) >> 2], opU(ob, scale)) >> 2];
          pc = (ob + scale - base) | 0;
          break produced;
        case 24 /* LdaContextSlot */:
          acc = H32[contextSlotAddress(contextAtDepth(H32[(fp + FrameSlot.context) >> 2], opU((ob + scale) | 0, scale)), opU(ob, scale)) >> 2];
          pc = (ob + (scale << 1) - base) | 0;
          break produced;
        case 25 /* StaCurrentContextSlot */:
          contextSlotStore(H32[(fp + FrameSlot.context) >> 2], opU(ob, scale), acc);
          pc = (ob + scale - base) | 0;
          break produced;
        case 26 /* StaContextSlot */:
          contextSlotStore(contextAtDepth(H32[(fp + FrameSlot.context) >> 2], opU((ob + scale) | 0, scale)), opU(ob, scale), acc);
          pc = (ob + (scale << 1) - base) | 0;
          break produced;

        // Monomorphic named loads and stores of fields, in place (ic.ts, "the interpreter's in-place
        // fast paths"); every other state, and --stats (which counts IC hits), calls the IC.
        case 38 /* GetNamedProperty */: {
          const obj: i32 = registerGet(fp, opS(ob, scale));
          if ((obj & 1) !== 0 && fv !== undef) {
            const h: i32 = icFirstHandler(feedbackGet(fv, opU((ob + (scale << 1)) | 0, scale)), H32[(obj - 1) >> 2]);
            const offset: i32 = icFieldInOffset(h);
            if (offset !== 0) {
              acc = H32[(obj - 1 + offset) >> 2];
              pc = (ob + Math.imul(3, scale) - base) | 0;
              break produced;
            }
            const index1: i32 = icFieldOutIndex1(h);
            if (index1 !== 0) {
              acc = fixedArrayGet(H32[(obj - 1 + JSObjectLayout.properties) >> 2], (index1 - 1) | 0);
              pc = (ob + Math.imul(3, scale) - base) | 0;
              break produced;
            }
            // A method or constant of a prototype (`this.m()`).
            const inherited: i32 = icProtoLoadInPlace(h, obj);
            if (inherited !== hole) {
              acc = inherited;
              pc = (ob + Math.imul(3, scale) - base) | 0;
              break produced;
            }
          }
          break;
        }
        case 40 /* SetNamedProperty */: {
          const obj: i32 = registerGet(fp, opS(ob, scale));
          if ((obj & 1) !== 0 && fv !== undef) {
            const offset: i32 = icStoreFieldInOffset(icFirstHandler(feedbackGet(fv, opU((ob + (scale << 1)) | 0, scale)), H32[(obj - 1) >> 2]));
            if (offset !== 0) {
              fieldSet(obj, offset, acc);
              pc = (ob + Math.imul(3, scale) - base) | 0;
              break produced;
            }
          }
          break;
        }

        case 42 /* DefineNamedOwnProperty */: {
        // A property an object literal adds along a cached map transition (ic.ts icDefineInPlace).
        const obj: i32 = registerGet(fp, opS(ob, scale));
        if ((obj & 1) !== 0 && fv !== undef &&
          icDefineInPlace(obj, icFirstHandler(feedbackGet(fv, opU((ob + (scale << 1)) | 0, scale)), H32[(obj - 1) >> 2]), acc)) {
          pc = (ob + Math.imul(3, scale) - base) | 0;
          break produced;
        }
        break;
      }

      // Monomorphic element loads and stores at a Smi index, in place: present elements only (a
        // hole, an index out of bounds or a value of another kind takes the IC's path).
        case 39 /* GetKeyedProperty */: {
          const obj: i32 = registerGet(fp, opS(ob, scale));
          if ((obj & 1) !== 0 && (acc & 1) === 0 && acc >= 0 && fv !== undef) {
            const kind: i32 = icElementLoadKind(icFirstElementHandler(feedbackGet(fv, opU((ob + scale) | 0, scale)), H32[(obj - 1) >> 2]));
            const index: i32 = acc >> 1;
            if (kind === ElementsKind.PACKED_DOUBLE || kind === ElementsKind.HOLEY_DOUBLE) {
              const e: i32 = H32[(obj - 1 + JSObjectLayout.elements) >> 2];
              if (index < fixedDoubleArrayLength(e)) {
                const r: i32 = fixedDoubleArrayIsHole(e, index) ? 0
                  : numberChain(fixedDoubleArrayGet(e, index), fp, base, (ob + (scale << 1) - base) | 0, !counting);
                if (r !== 0) {
                  acc = r;
                  pc = chainEnd;
                  break produced;
                }
              }
            } else if (kind >= 0) {
              const e: i32 = H32[(obj - 1 + JSObjectLayout.elements) >> 2];
              if (index < fixedArrayLength(e)) {
                const x: i32 = fixedArrayGet(e, index);
                if (x !== hole) {
                  acc = x;
                  pc = (ob + (scale << 1) - base) | 0;
                  break produced;
                }
              }
            }
          }
          break;
        }
        case 41 /* SetKeyedProperty */: {
          const obj: i32 = registerGet(fp, opS(ob, scale));
          const key: i32 = registerGet(fp, opS((ob + scale) | 0, scale));
          if ((obj & 1) !== 0 && (key & 1) === 0 && key >= 0 && fv !== undef) {
            const kind: i32 = icElementStoreKind(icFirstElementHandler(feedbackGet(fv, opU((ob + (scale << 1)) | 0, scale)), H32[(obj - 1) >> 2]));
            const index: i32 = key >> 1;
            if (kind === ElementsKind.PACKED_DOUBLE || kind === ElementsKind.HOLEY_DOUBLE) {
              const e: i32 = H32[(obj - 1 + JSObjectLayout.elements) >> 2];
              if (isNumberValue(acc) && index < fixedDoubleArrayLength(e) && !fixedDoubleArrayIsHole(e, index)) {
                fixedDoubleArraySet(e, index, numberF64(acc));
                pc = (ob + Math.imul(3, scale) - base) | 0;
                break produced;
              }
            } else if (kind >= 0 && ((acc & 1) === 0 || (kind !== ElementsKind.PACKED_SMI && kind !== ElementsKind.HOLEY_SMI))) {
              const e: i32 = H32[(obj - 1 + JSObjectLayout.elements) >> 2];
              if (index < fixedArrayLength(e) && fixedArrayGet(e, index) !== hole) {
                fixedArraySet(e, index, acc);
                pc = (ob + Math.imul(3, scale) - base) | 0;
                break produced;
              }
            }
          }
          break;
        }

        // Smi fast paths: tagged Smis are n << 1, so +, -, &, |, ^ and comparisons work on the tags.
        case 48 /* Add */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            const r: i32 = (l + acc) | 0;
            if (((r ^ l) & (r ^ acc)) >= 0) {
              acc = r;
              pc = (ob + (scale << 1) - base) | 0;
              break produced;
            }
          }
          const r2: i32 = numberArith(0, l, acc, fp, base, (ob + (scale << 1) - base) | 0, !counting);
          if (r2 !== 0) {
            acc = r2;
            pc = chainEnd;
            break produced;
          }
          break;
        }
        case 49 /* Sub */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            const r: i32 = (l - acc) | 0;
            if (((l ^ acc) & (l ^ r)) >= 0) {
              acc = r;
              pc = (ob + (scale << 1) - base) | 0;
              break produced;
            }
          }
          const r2: i32 = numberArith(1, l, acc, fp, base, (ob + (scale << 1) - base) | 0, !counting);
          if (r2 !== 0) {
            acc = r2;
            pc = chainEnd;
            break produced;
          }
          break;
        }
        case 50 /* Mul */:
        case 51 /* Div */: {
          const r: i32 = numberArith((op - Bytecode.Add) | 0, registerGet(fp, opS(ob, scale)), acc, fp, base, (ob + (scale << 1) - base) | 0, !counting);
          if (r !== 0) {
            acc = r;
            pc = chainEnd;
            break produced;
          }
          break;
        }
        case 54 /* BitwiseOr */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l | acc;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 56 /* BitwiseAnd */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l & acc;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 55 /* BitwiseXor */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l ^ acc;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 60 /* AddSmi */: {
          if ((acc & 1) === 0) {
            const k: i32 = opS(ob, scale) << 1;
            const r: i32 = (acc + k) | 0;
            if (((r ^ acc) & (r ^ k)) >= 0) {
              acc = r;
              pc = (ob + (scale << 1) - base) | 0;
              break produced;
            }
          }
          const r2: i32 = numberArith(0, acc, opS(ob, scale) << 1, fp, base, (ob + (scale << 1) - base) | 0, !counting);
          if (r2 !== 0) {
            acc = r2;
            pc = chainEnd;
            break produced;
          }
          break;
        }
        case 61 /* SubSmi */: {
          if ((acc & 1) === 0) {
            const k: i32 = opS(ob, scale) << 1;
            const r: i32 = (acc - k) | 0;
            if (((acc ^ k) & (acc ^ r)) >= 0) {
              acc = r;
              pc = (ob + (scale << 1) - base) | 0;
              break produced;
            }
          }
          const r2: i32 = numberArith(1, acc, opS(ob, scale) << 1, fp, base, (ob + (scale << 1) - base) | 0, !counting);
          if (r2 !== 0) {
            acc = r2;
            pc = chainEnd;
            break produced;
          }
          break;
        }
        case 68 /* BitwiseAndSmi */:
          if ((acc & 1) === 0) {
            acc = acc & (opS(ob, scale) << 1);
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        case 66 /* BitwiseOrSmi */:
          if ((acc & 1) === 0) {
            acc = acc | (opS(ob, scale) << 1);
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        case 70 /* ShiftRightSmi */:
          if ((acc & 1) === 0) {
            acc = ((acc >> 1) >> (opS(ob, scale) & 31)) << 1;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        case 72 /* Inc */:
          if ((acc & 1) === 0 && acc !== 2147483646) {
            acc = (acc + 2) | 0;
            pc = (ob + scale - base) | 0;
            break produced;
          }
          break;
        case 73 /* Dec */:
          if ((acc & 1) === 0 && acc !== -2147483648) {
            acc = (acc - 2) | 0;
            pc = (ob + scale - base) | 0;
            break produced;
          }
          break;
        case 94 /* ToNumeric */:
        case 93 /* ToNumber */:
          if (isNumberValue(acc)) {
            pc = (ob + scale - base) | 0;
            // `i++` and `++i` are ToNumeric, Inc: a Smi is incremented here.
            if ((acc & 1) === 0 && !counting) {
              const n: i32 = H8[(base + pc) | 0];
              if (n === Bytecode.Inc && acc !== 2147483646) {
                acc = (acc + 2) | 0;
                pc = (pc + 2) | 0;
              } else if (n === Bytecode.Dec && acc !== -2147483648) {
                acc = (acc - 2) | 0;
                pc = (pc + 2) | 0;
              }
            }
            break produced;
          }
          break;
        case 81 /* TestLessThan */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l < acc ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          const c2: i32 = numberCompare(CompareOp.lessThan, l, acc);
          if (c2 >= 0) {
            acc = c2 !== 0 ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 82 /* TestGreaterThan */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l > acc ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          const c2: i32 = numberCompare(CompareOp.greaterThan, l, acc);
          if (c2 >= 0) {
            acc = c2 !== 0 ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 83 /* TestLessThanOrEqual */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l <= acc ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          const c2: i32 = numberCompare(CompareOp.lessThanOrEqual, l, acc);
          if (c2 >= 0) {
            acc = c2 !== 0 ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 84 /* TestGreaterThanOrEqual */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l >= acc ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          const c2: i32 = numberCompare(CompareOp.greaterThanOrEqual, l, acc);
          if (c2 >= 0) {
            acc = c2 !== 0 ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          break;
        }
        case 79 /* TestEqual */:
        case 80 /* TestEqualStrict */: {
          const l: i32 = registerGet(fp, opS(ob, scale));
          if (((l | acc) & 1) === 0) {
            acc = l === acc ? tru : fls;
            pc = (ob + (scale << 1) - base) | 0;
            break produced;
          }
          // Objects and oddballs compare by identity (plus null == undefined) when no conversion can run.
          if ((l & 1) !== 0 && (acc & 1) !== 0) {
            const eq: i32 = identityEquality(op === Bytecode.TestEqualStrict, l, acc, undef, nul);
            if (eq >= 0) {
              acc = eq !== 0 ? tru : fls;
              pc = (ob + (scale << 1) - base) | 0;
              break produced;
            }
          }
          break;
        }
        case 85 /* TestReferenceEqual */:
          acc = registerGet(fp, opS(ob, scale)) === acc ? tru : fls;
          pc = (ob + scale - base) | 0;
          break produced;
        case 89 /* TestNull */:
          acc = acc === nul ? tru : fls;
          pc = (ob - base) | 0;
          break produced;
        case 90 /* TestUndefined */:
          acc = acc === undef ? tru : fls;
          pc = (ob - base) | 0;
          break produced;
        case 88 /* TestUndetectable */:
          acc = acc === undef || acc === nul ? tru : fls;
          pc = (ob - base) | 0;
          break produced;
        case 77 /* LogicalNot */:
          acc = acc === tru ? fls : tru;
          pc = (ob - base) | 0;
          break produced;
        case 76 /* ToBooleanLogicalNot */:
          acc = truthy(acc) ? fls : tru;
          pc = (ob - base) | 0;
          break produced;

        case 121 /* Jump */:
          pc = (pc + opS(ob, scale)) | 0;
          break produced;
        case 122 /* JumpLoop */:
          pc = (pc + opS(ob, scale)) | 0;
          if (gcFullRequested || flagGcStress) {
            H32[(fp + FrameSlot.accumulator) >> 2] = acc;
            H32[(fp + FrameSlot.pc) >> 2] = pc << 1;
            if (flagGcStress) collectYoung();
            gcSafepoint();
            acc = H32[(fp + FrameSlot.accumulator) >> 2];
            base = bytecodeBase(fp);
            fv = counting ? undef : frameFeedback(fp);
          }
          break produced;
        case 123 /* JumpIfTrue */:
          pc = acc === tru ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 124 /* JumpIfFalse */:
          pc = acc === fls ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 125 /* JumpIfToBooleanTrue */:
          pc = truthy(acc) ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 126 /* JumpIfToBooleanFalse */:
          pc = !truthy(acc) ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 127 /* JumpIfNull */:
          pc = acc === nul ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 128 /* JumpIfNotNull */:
          pc = acc !== nul ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 129 /* JumpIfUndefined */:
          pc = acc === undef ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 130 /* JumpIfNotUndefined */:
          pc = acc !== undef ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 131 /* JumpIfUndefinedOrNull */:
          pc = acc === undef || acc === nul ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 132 /* JumpIfJSReceiver */:
          pc = isJSObject(acc) ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 133 /* JumpIfHole */:
          pc = acc === hole ? ((pc + opS(ob, scale)) | 0) : ((ob + scale - base) | 0);
          break produced;
        case 134 /* SwitchOnSmi */: {
          const next: i32 = (ob + Math.imul(3, scale) - base) | 0;
          if ((acc & 1) === 0) {
            const i: i32 = ((acc >> 1) - opS((ob + (scale << 1)) | 0, scale)) | 0;
            if (i >= 0 && i < opU((ob + scale) | 0, scale)) {
              pc = constantAt(base, (opU(ob, scale) + i) | 0) >> 1;
              break produced;
            }
          }
          pc = next;
          break produced;
        }
        default:
          break;
      }

      // ---- everything else: pc and acc saved in the frame ------------------------------------
      H32[(fp + FrameSlot.pc) >> 2] = pc << 1;
      H32[(fp + FrameSlot.accumulator) >> 2] = acc;
      const next: i32 = (pc + instructionSize(op, scale)) | 0;
      switch (op) {
        case 18 /* LdaGlobal */:
        case 19 /* LdaGlobalInsideTypeof */:
          acc = globalLoad(constantAt(base, opU(ob, scale)), op === Bytecode.LdaGlobalInsideTypeof, frameFeedback(fp), opU((ob + scale) | 0, scale));
          break;
        case 38 /* GetNamedProperty */:
          acc = icLoadNamed(registerGet(fp, opS(ob, scale)), constantAt(base, opU((ob + scale) | 0, scale)), frameFeedback(fp),
            opU((ob + (scale << 1)) | 0, scale));
          break;
        case 39 /* GetKeyedProperty */:
          acc = icLoadKeyed(registerGet(fp, opS(ob, scale)), acc, frameFeedback(fp), opU((ob + scale) | 0, scale));
          break;
        case 40 /* SetNamedProperty */: {
          const r: i32 = icStoreNamed(registerGet(fp, opS(ob, scale)), constantAt(base, opU((ob + scale) | 0, scale)), acc,
            frameIsStrict(fp), frameFeedback(fp), opU((ob + (scale << 1)) | 0, scale));
          acc = isException(r) ? r : H32[(fp + FrameSlot.accumulator) >> 2];
          break;
        }
        case 41 /* SetKeyedProperty */: {
          const r: i32 = icStoreKeyed(registerGet(fp, opS(ob, scale)), registerGet(fp, opS((ob + scale) | 0, scale)), acc,
            frameIsStrict(fp), frameFeedback(fp), opU((ob + (scale << 1)) | 0, scale));
          acc = isException(r) ? r : H32[(fp + FrameSlot.accumulator) >> 2];
          break;
        }
        case 109 /* CallAnyReceiver */:
        case 110 /* CallProperty */:
        case 111 /* CallUndefinedReceiver */:
        case 112 /* CallWithSpread */:
        case 114 /* Construct */:
        case 115 /* ConstructWithSpread */: {
          const callee: i32 = registerGet(fp, opS(ob, scale));
          const first: i32 = opS((ob + scale) | 0, scale);
          const count: i32 = opU((ob + (scale << 1)) | 0, scale);
          const construct: bool = op === Bytecode.Construct || op === Bytecode.ConstructWithSpread;
          let argv: i32 = 0;
          let argc: i32 = 0;
          if (construct) {
            argc = count;
            argv = callBlockPush(acc, callee, undef, argc);
            if (argv !== 0) copyArguments(fp, first, argc, argv);
          } else if (op === Bytecode.CallUndefinedReceiver) {
            argc = count;
            argv = callBlockPush(undef, callee, undef, argc);
            if (argv !== 0) copyArguments(fp, first, argc, argv);
          } else {
            argc = (count - 1) | 0;
            argv = callBlockPush(undef, callee, registerGet(fp, first), argc);
            if (argv !== 0) copyArguments(fp, (first + 1) | 0, argc, argv);
          }
          if (argv === 0) {
            acc = throwStackOverflow();
            break;
          }
          if (op === Bytecode.CallWithSpread || op === Bytecode.ConstructWithSpread) {
            argc = spreadLastArgument(argv, argc);
            if (argc < 0) {
              callBlockPop(argv);
              acc = argc === -2 ? throwStackOverflow() : sentinel;
              break;
            }
          }
          // A plain [[Call]] of a bytecode function goes straight to its frame; callEnter does the
          // rest (builtins, bound functions, proxies, [[Construct]], class constructors, receivers
          // that sloppy functions convert).
          const newFp: i32 = !construct && callIsPlain(H32[(argv + CallBlock.callee) >> 2], H32[(argv + CallBlock.receiver) >> 2])
            ? framePush(argv, argc, fp, 0) : callEnter(argv, argc, construct, fp, 0);
          if (newFp === 0) {
            acc = callCompletedValue;
            break;
          }
          fp = newFp;
          base = bytecodeBase(fp);
          fv = counting ? undef : frameFeedback(fp);
          pc = 0;
          acc = undef;
          continue;
        }
        case 135 /* Return */:
        case 143 /* SuspendGenerator */: {
          if (op === Bytecode.SuspendGenerator) {
            generatorSuspend(fp, opS(ob, scale), opS((ob + scale) | 0, scale), opU((ob + (scale << 1)) | 0, scale),
              opU((ob + Math.imul(3, scale)) | 0, scale));
            acc = H32[(fp + FrameSlot.accumulator) >> 2];
          }
          let result: i32 = acc;
          const flags: i32 = frameFlags(fp);
          const argv: i32 = frameArgv(fp);
          // 1: `this` never bound, 2: a non-object returned (a separate code: -1/-2 are Smi values).
          let derivedError: i32 = 0;
          if ((flags & FrameFlag.construct) !== 0) {
            if (!isJSObject(result)) result = H32[(argv + CallBlock.receiver) >> 2];
          } else if ((flags & FrameFlag.constructDerived) !== 0) {
            if (result === hole) {
              derivedError = 1;
            } else if (!isJSObject(result)) {
              derivedError = 2;
            }
          }
          const callerFp: i32 = frameCallerFp(fp);
          vmStackSetTop((argv - 12) | 0);
          interpreterSetTopFp(callerFp);
          if ((flags & FrameFlag.realm) !== 0) frameRealmLeave(flags);
          if (derivedError === 1) result = throwErrorLit(ErrorKind.ReferenceError,
            'Must call super constructor in derived class before accessing \'this\' or returning from derived constructor');
          else if (derivedError === 2) result = throwErrorLit(ErrorKind.TypeError, 'Derived constructors may only return object or undefined');
          if ((flags & FrameFlag.entry) !== 0) return result;
          fp = callerFp;
          base = bytecodeBase(fp);
          fv = counting ? undef : frameFeedback(fp);
          pc = nextInstruction(base, framePc(fp));
          acc = result;
          if (acc === sentinel) break;
          break produced;
        }
        case 145 /* SwitchOnGeneratorState */: {
          const target: i32 = generatorSwitchTarget(fp, registerGet(fp, opS(ob, scale)), base, opU((ob + scale) | 0, scale));
          if (target >= 0) {
            pc = target;
            continue;
          }
          break;
        }
        default:
          acc = interpreterSlowInstruction(op, fp, base, ob, scale, acc);
          break;
      }
      // ---- the common tail ------------------------------------------------------------------------
      if (acc === sentinel) {
        for (;;) {
          const handler: i32 = handlerFind(fp);
          if (handler >= 0) {
            acc = pendingException();
            pendingExceptionClear();
            pc = handler;
            break;
          }
          const flags: i32 = frameFlags(fp);
          const callerFp: i32 = frameCallerFp(fp);
          vmStackSetTop((frameArgv(fp) - 12) | 0);
          interpreterSetTopFp(callerFp);
          if ((flags & FrameFlag.realm) !== 0) frameRealmLeave(flags);
          if ((flags & FrameFlag.entry) !== 0) return sentinel;
          fp = callerFp;
        }
        base = bytecodeBase(fp);
        fv = counting ? undef : frameFeedback(fp);
        continue;
      }
      base = bytecodeBase(fp);
      fv = counting ? undef : frameFeedback(fp);
      pc = next;
    }
    // ---- without a dispatch: the Star, Ldar, Mov and conditional jumps (one-byte operands) after -
    // A third of the instructions executed are Star and a quarter Ldar (navier-stokes, richards):
    // the indirect jump of the dispatch is the loop's largest single cost. Off under --stats and
    // --trace, which see every instruction.
    if (!counting) {
      for (;;) {
        const n: i32 = H8[(base + pc) | 0];
        if (n === Bytecode.Star) {
          registerSet(fp, (H8[(base + pc + 1) | 0] << 24) >> 24, acc);
        } else if (n === Bytecode.Ldar) {
          acc = registerGet(fp, (H8[(base + pc + 1) | 0] << 24) >> 24);
        } else if (n === Bytecode.Mov) {
          registerSet(fp, (H8[(base + pc + 2) | 0] << 24) >> 24, registerGet(fp, (H8[(base + pc + 1) | 0] << 24) >> 24));
          pc = (pc + 3) | 0;
          continue;
        } else if (n === Bytecode.JumpIfFalse || n === Bytecode.JumpIfTrue) {
          if (acc === (n === Bytecode.JumpIfFalse ? fls : tru)) {
            pc = (pc + ((H8[(base + pc + 1) | 0] << 24) >> 24)) | 0;
            continue;
          }
        } else {
          break;
        }
        pc = (pc + 2) | 0;
      }
    }
  }
}
