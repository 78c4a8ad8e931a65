// Generators and async functions: resumable interpreter frames (docs/bytecode.md, "Resumable
// frames"; docs/interpreter.md, "Generators").
//
// A generator object (InstanceType.JS_GENERATOR_OBJECT, JSGeneratorObjectLayout) holds a
// suspended frame: the function, its context, the receiver, the arguments and registers
// (`registers`: a FixedArray of the `argc` argument slots then the registers SuspendGenerator
// names), the state and the resume mode/input. `generatorResume` pushes a fresh frame of the
// function with R[gen] = the generator and enters the loop at offset 0, where
// SwitchOnGeneratorState restores the context and jumps to the resume point; ResumeGenerator
// restores the registers. The frame is an entry frame: its Return / SuspendGenerator leaves the
// loop back to generatorResume.
//
// Async functions use the same object (never exposed to user code) plus the function's promise.
// `await v` is promiseThen(v, gen.next bound, gen.throw bound) through the library's hooks: the
// reactions are %GeneratorPrototype%.next / .throw bound to the internal object.
import type { i32, bool } from './types.ts';
import { H8, H32 } from './host/host.ts';
import { smiFrom } from './memory.ts';
import { rootGet, fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import {
  InstanceType, JSGeneratorObjectLayout, BytecodeArrayLayout, FixedArrayLayout, SharedFunctionInfoLayout, SfiFlag, ElementsKind,
  PropertyAttr,
} from './layouts.ts';
import { undefinedValue, nullValue, instanceTypeOf, isJSObject, fixedArrayNew, fixedArrayGet, fixedArraySet, trueValue, falseValue, boolValue } from './values.ts';
import { functionShared } from './functions.ts';
import { objectNew, objectNewPlain, objectDefineOwnProperty, objectGetOwn, objectGetOwnAttributes } from './objects.ts';
import { mapNew, mapPrototype } from './maps.ts';
import { atom } from './atoms.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import { throwErrorLit, throwValue, ErrorKind, isException } from './errors.ts';
import { getProperty } from './property-access.ts';
import { hookGet, HookId } from './hooks.ts';
import { FrameSlot, FrameFlag, CallBlock, registerGet, registerSet, frameArgv } from './frames.ts';
import { callBlockPush, callCompletedValue, framePush, throwStackOverflow, interpreterTopFp } from './interpreter-calls.ts';
import { interpreterRunEntry, vmCall0, vmCall1, vmCall2, vmArgsReserve, vmArgsRelease, vmArgSet, vmCall } from './interpreter.ts';
import { functionExtraGet, functionExtraSet, FunctionExtra } from './interpreter-objects.ts';
import { boundFunctionNew } from './functions.ts';

/** Generator states other than "suspended at resume point n >= 0". */
export const GeneratorState = { executing: -2, completed: -1 } as const;
/** Resume modes (GeneratorGetResumeMode). */
export const ResumeMode = { next: 0, return: 1, throw: 2 } as const;

export function isGeneratorObject(v: i32): bool {
  return (v & 1) !== 0 && instanceTypeOf(v) === InstanceType.JS_GENERATOR_OBJECT;
}
function genState(gen: i32): i32 {
  return fieldGet(gen, JSGeneratorObjectLayout.state) >> 1;
}
function genSetState(gen: i32, state: i32): void {
  fieldSet(gen, JSGeneratorObjectLayout.state, smiFrom(state));
}

/**
 * A generator object for `closure` (CreateGeneratorObject / AsyncFunctionEnter): prototype
 * closure.prototype when an object (generators), else `fallbackProto`. The map is cached per
 * closure. May GC.
 */
function generatorObjectNew(closure: i32, receiver: i32, fallbackProto: i32, useClosurePrototype: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hClosure: i32 = handleNew(closure);
  const hReceiver: i32 = handleNew(receiver);
  const hFallback: i32 = handleNew(fallbackProto);
  let proto: i32 = fallbackProto;
  if (useClosurePrototype) {
    const kPrototype: i32 = atom('prototype');
    const p: i32 = getProperty(handleGet(hClosure), kPrototype);
    if (isException(p)) {
      handleScopeClose(scope);
      return p;
    }
    proto = isJSObject(p) ? p : handleGet(hFallback);
  }
  if (!isJSObject(proto)) proto = nullValue();
  const hProto: i32 = handleNew(proto);
  let map: i32 = functionExtraGet(handleGet(hClosure), FunctionExtra.initialMap);
  if (map === undefinedValue() || mapPrototype(map) !== handleGet(hProto)) {
    map = mapNew(InstanceType.JS_GENERATOR_OBJECT, JSGeneratorObjectLayout.size, 0, handleGet(hProto), ElementsKind.HOLEY_SMI);
    const hMap: i32 = handleNew(map);
    functionExtraSet(handleGet(hClosure), FunctionExtra.initialMap, map);
    map = handleGet(hMap);
  }
  const gen: i32 = objectNew(map);
  fieldSet(gen, JSGeneratorObjectLayout.function, handleGet(hClosure));
  fieldSet(gen, JSGeneratorObjectLayout.receiver, handleGet(hReceiver));
  fieldSet(gen, JSGeneratorObjectLayout.state, smiFrom(GeneratorState.executing));
  fieldSet(gen, JSGeneratorObjectLayout.resumeMode, smiFrom(ResumeMode.next));
  fieldSet(gen, JSGeneratorObjectLayout.argc, 0);
  handleScopeClose(scope);
  return gen;
}

/** CreateGeneratorObject(closure, receiver). May GC. */
export function generatorCreate(closure: i32, receiver: i32): i32 {
  const async: bool = (H32[(functionShared(closure) - 1 + SharedFunctionInfoLayout.flags) >> 2] & SfiFlag.isAsync) !== 0;
  return generatorObjectNew(closure, receiver, intrinsicGet(async ? Intrinsic.AsyncGeneratorPrototype : Intrinsic.GeneratorPrototype), true);
}

/** SuspendGenerator: saves receiver, arguments, R[first..first+count-1], the context and the state. May GC. */
export function generatorSuspend(fp: i32, genReg: i32, first: i32, count: i32, state: i32): void {
  const argv: i32 = frameArgv(fp);
  const argSlots: i32 = (fp - argv) >> 2;
  const saved: i32 = fixedArrayNew((argSlots + count) | 0);
  for (let i: i32 = 0; i < argSlots; i++) fixedArraySet(saved, i, H32[(argv + (i << 2)) >> 2]);
  for (let i: i32 = 0; i < count; i++) fixedArraySet(saved, (argSlots + i) | 0, registerGet(fp, (first + i) | 0));
  const gen: i32 = registerGet(fp, genReg);
  fieldSet(gen, JSGeneratorObjectLayout.registers, saved);
  fieldSet(gen, JSGeneratorObjectLayout.argc, smiFrom(argSlots));
  fieldSet(gen, JSGeneratorObjectLayout.context, H32[(fp + FrameSlot.context) >> 2]);
  fieldSet(gen, JSGeneratorObjectLayout.receiver, H32[(argv + CallBlock.receiver) >> 2]);
  genSetState(gen, state);
}

/** ResumeGenerator: restores what SuspendGenerator saved; returns the input value. No GC. */
export function generatorResumeRegisters(fp: i32, gen: i32, first: i32, count: i32): i32 {
  const saved: i32 = fieldGet(gen, JSGeneratorObjectLayout.registers);
  const argSlots: i32 = fieldGet(gen, JSGeneratorObjectLayout.argc) >> 1;
  const argv: i32 = frameArgv(fp);
  const have: i32 = (fp - argv) >> 2;
  for (let i: i32 = 0; i < argSlots && i < have; i++) H32[(argv + (i << 2)) >> 2] = fixedArrayGet(saved, i);
  for (let i: i32 = 0; i < count; i++) registerSet(fp, (first + i) | 0, fixedArrayGet(saved, (argSlots + i) | 0));
  H32[(argv + CallBlock.receiver) >> 2] = fieldGet(gen, JSGeneratorObjectLayout.receiver);
  return fieldGet(gen, JSGeneratorObjectLayout.input);
}

/**
 * SwitchOnGeneratorState: when `gen` is a generator suspended at state s, restores its context,
 * marks it executing and returns the jump target K[tableIndex + s]; else -1. No GC.
 */
export function generatorSwitchTarget(fp: i32, gen: i32, base: i32, tableIndex: i32): i32 {
  if (!isGeneratorObject(gen)) return -1;
  const state: i32 = genState(gen);
  if (state < 0) return -1;
  H32[(fp + FrameSlot.context) >> 2] = fieldGet(gen, JSGeneratorObjectLayout.context);
  genSetState(gen, GeneratorState.executing);
  const pool: i32 = H32[(base - BytecodeArrayLayout.bytes + BytecodeArrayLayout.constantPool) >> 2];
  return H32[(pool - 1 + FixedArrayLayout.elements + ((tableIndex + state) << 2)) >> 2] >> 1;
}

export function generatorResumeMode(gen: i32): i32 {
  if (!isGeneratorObject(gen)) return smiFrom(0);
  return fieldGet(gen, JSGeneratorObjectLayout.resumeMode);
}
export function generatorClose(gen: i32): void {
  if (isGeneratorObject(gen)) genSetState(gen, GeneratorState.completed);
}

/** CreateIterResultObject(value, done). May GC. */
export function iterResultNew(value: i32, done: bool): i32 {
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  const hObj: i32 = handleNew(objectNewPlain());
  // Each atom before the object is read from its handle: atom() allocates on first use.
  const kValue: i32 = atom('value');
  objectDefineOwnProperty(handleGet(hObj), kValue, handleGet(hValue), PropertyAttr.ALL);
  const kDone: i32 = atom('done');
  objectDefineOwnProperty(handleGet(hObj), kDone, boolValue(done), PropertyAttr.ALL);
  const r: i32 = handleGet(hObj);
  handleScopeClose(scope);
  return r;
}

/**
 * Resumes generator `gen` with `mode` (ResumeMode) and `value`: the generator prototype's
 * next/return/throw builtins call this. Returns the iterator result the frame returns (or the
 * value of the next suspension), or the exception sentinel. May GC.
 */
export function generatorResume(gen: i32, mode: i32, value: i32): i32 {
  if (!isGeneratorObject(gen)) return throwErrorLit(ErrorKind.TypeError, 'next method called on incompatible receiver');
  const state: i32 = genState(gen);
  if (state === GeneratorState.executing) return throwErrorLit(ErrorKind.TypeError, 'Generator is already running');
  if (state === GeneratorState.completed) {
    if (mode === ResumeMode.throw) return throwValue(value);
    return iterResultNew(mode === ResumeMode.return ? value : undefinedValue(), true);
  }
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  fieldSet(gen, JSGeneratorObjectLayout.resumeMode, smiFrom(mode));
  fieldSet(gen, JSGeneratorObjectLayout.input, value);
  const argc: i32 = fieldGet(gen, JSGeneratorObjectLayout.argc) >> 1;
  const argv: i32 = callBlockPush(undefinedValue(), fieldGet(gen, JSGeneratorObjectLayout.function),
    fieldGet(gen, JSGeneratorObjectLayout.receiver), argc);
  if (argv === 0) {
    handleScopeClose(scope);
    return throwStackOverflow();
  }
  const fp: i32 = framePush(argv, argc, interpreterTopFp, FrameFlag.entry | FrameFlag.generator);
  if (fp === 0) {
    handleScopeClose(scope);
    return callCompletedValue;
  }
  // R[gen] is the first operand of the SwitchOnGeneratorState at offset 0.
  const base: i32 = (H32[(fp + FrameSlot.bytecode) >> 2] - 1 + BytecodeArrayLayout.bytes) | 0;
  let genReg: i32 = (H8[(base + 1) | 0] << 24) >> 24;
  if (H8[base] === 0) genReg = ((H8[(base + 2) | 0] | (H8[(base + 3) | 0] << 8)) << 16) >> 16;
  registerSet(fp, genReg, handleGet(hGen));
  const r: i32 = interpreterRunEntry(fp);
  if (isException(r)) genSetState(handleGet(hGen), GeneratorState.completed);
  handleScopeClose(scope);
  return r;
}

// ---- async functions ---------------------------------------------------------------------------

function hookMissing(): i32 {
  return throwErrorLit(ErrorKind.TypeError, 'async functions need the library\'s promise hooks');
}

/** AsyncFunctionEnter(closure, receiver): the internal generator object with a new promise. May GC. */
export function asyncFunctionEnter(closure: i32, receiver: i32): i32 {
  const create: i32 = hookGet(HookId.promiseCreate);
  if (create === undefinedValue()) return hookMissing();
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(generatorObjectNew(closure, receiver, nullValue(), false));
  const promise: i32 = vmCall0(hookGet(HookId.promiseCreate), undefinedValue());
  if (isException(promise)) {
    handleScopeClose(scope);
    return promise;
  }
  fieldSet(handleGet(hGen), JSGeneratorObjectLayout.promise, promise);
  const gen: i32 = handleGet(hGen);
  handleScopeClose(scope);
  return gen;
}

/** The bound function proto[name] bound to gen (the await reactions). May GC. */
function boundResumer(gen: i32, name: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const method: i32 = getProperty(intrinsicGet(Intrinsic.GeneratorPrototype), name);
  if (isException(method)) {
    handleScopeClose(scope);
    return method;
  }
  const hMethod: i32 = handleNew(method);
  const noArgs: i32 = fixedArrayNew(0);
  const f: i32 = boundFunctionNew(handleGet(hMethod), handleGet(hGen), noArgs);
  handleScopeClose(scope);
  return f;
}

/** AsyncFunctionAwait(gen, value): schedules the resumption; returns the function's promise. May GC. */
export function asyncFunctionAwait(gen: i32, value: i32): i32 {
  if (hookGet(HookId.promiseThen) === undefinedValue()) return hookMissing();
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  const hValue: i32 = handleNew(value);
  const kNext: i32 = atom('next');
  const onFulfilled: i32 = boundResumer(handleGet(hGen), kNext);
  if (isException(onFulfilled)) return closeWith(scope, onFulfilled);
  const hF: i32 = handleNew(onFulfilled);
  const kThrow: i32 = atom('throw');
  const onRejected: i32 = boundResumer(handleGet(hGen), kThrow);
  if (isException(onRejected)) return closeWith(scope, onRejected);
  const hR: i32 = handleNew(onRejected);
  const argv: i32 = vmArgsReserve(3);
  vmArgSet(argv, 0, handleGet(hValue));
  vmArgSet(argv, 1, handleGet(hF));
  vmArgSet(argv, 2, handleGet(hR));
  const r: i32 = vmCall(hookGet(HookId.promiseThen), undefinedValue(), argv, 3);
  vmArgsRelease(argv);
  if (isException(r)) return closeWith(scope, r);
  return closeWith(scope, fieldGet(handleGet(hGen), JSGeneratorObjectLayout.promise));
}

/** AsyncFunctionResolve / AsyncFunctionReject: settles the function's promise; returns it. May GC. */
export function asyncFunctionSettle(gen: i32, value: i32, reject: bool): i32 {
  const hook: i32 = hookGet(reject ? HookId.promiseReject : HookId.promiseResolve);
  if (hook === undefinedValue()) return hookMissing();
  const scope: i32 = handleScopeOpen();
  const hGen: i32 = handleNew(gen);
  genSetState(gen, GeneratorState.completed);
  const r: i32 = vmCall2(hook, undefinedValue(), fieldGet(gen, JSGeneratorObjectLayout.promise), value);
  if (isException(r)) return closeWith(scope, r);
  return closeWith(scope, fieldGet(handleGet(hGen), JSGeneratorObjectLayout.promise));
}

function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}
