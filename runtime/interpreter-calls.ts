// Calls and frames: call blocks on the VM stack, entering a function for [[Call]] and
// [[Construct]] (bytecode functions get a frame the dispatch loop continues in; builtins run at
// once; bound functions are unwrapped in place), and the frame push with its stack check.
// docs/interpreter.md, "Frames" and "Calls".
import type { i32, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { STACK_START, STACK_SIZE, memoryCopy } from './memory.ts';
import { rootGet, vmStackTop, vmStackSetTop, fieldGet, fieldSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { RootIndex } from './roots.ts';
import {
  InstanceType, JSFunctionLayout, JSBoundFunctionLayout, SharedFunctionInfoLayout, BytecodeArrayLayout, SfiFlag, SfiKind,
  FeedbackVectorLayout,
} from './layouts.ts';
import { undefinedValue, instanceTypeOf, isJSObject, fixedArrayLength, fixedArrayGet, byteArrayLength } from './values.ts';
import { functionShared, functionContext, feedbackVectorNew, feedbackGet, feedbackSet } from './functions.ts';
import { objectNew, objectGetOwn, objectGetOwnAttributes } from './objects.ts';
import { mapCopyWithPrototype, mapPrototype } from './maps.ts';
import { atom } from './atoms.ts';
import { PropertyAttr } from './layouts.ts';
import { builtinCall } from './builtins.ts';
import { throwErrorLit, throwErrorWith, throwError, ErrorKind, isException } from './errors.ts';
import { callSiteCalleeText } from './stack-trace.ts';
import { stringConcat } from './strings.ts';
import { toObject } from './conversions.ts';
import { getProperty } from './property-access.ts';
import { FrameSlot, FrameFlag } from './frames.ts';
import { gcSafepoint } from './gc.ts';
import { collectYoung } from './gc.ts';
import { flagGcStress } from './flags.ts';
import { proxyCallBlock, proxyIsConstructor, proxyIsCallable } from './builtins-proxy.ts';
import {
  realmEnter, realmCurrent, functionRealmOf, functionRealm, realmIntrinsicGet, realmGlobalObject, realmIntrinsicKnown, realmTranslate,
  Intrinsic,
} from './realm.ts';

/** The end of the VM stack region; frames never reach into the last STACK_RESERVE bytes. */
const STACK_RESERVE: i32 = 4096;

/**
 * The innermost interpreter frame (0: none). Entry frames link to the frame that was running when
 * kernel code called into JavaScript, so stack traces cross host recursion (stack-trace.ts).
 */
export let interpreterTopFp: i32 = 0;
export function interpreterSetTopFp(fp: i32): void {
  interpreterTopFp = fp;
}

/** The result of a call that completed without a frame (builtins, errors): read right after callEnter. */
export let callCompletedValue: i32 = 0;

/** The usable VM stack in bytes (--stack-size; at most STACK_SIZE). */
let stackSizeBytes: i32 = STACK_SIZE;
/** Sets the usable VM stack (--stack-size), clamped to [64 KiB, STACK_SIZE]. */
export function interpreterCallsSetStackLimit(bytes: i32): void {
  stackSizeBytes = bytes < 65536 ? 65536 : bytes > STACK_SIZE ? STACK_SIZE : bytes;
}

function stackLimit(): i32 {
  return (STACK_START + stackSizeBytes - STACK_RESERVE) | 0;
}

/**
 * Pushes a call block [newTarget, callee, receiver, argc × undefined] at the top of the VM stack;
 * returns argv (the address of argument 0), or 0 when the stack is exhausted. No GC.
 */
export function callBlockPush(newTarget: i32, callee: i32, receiver: i32, argc: i32): i32 {
  return callBlockPushWithin(newTarget, callee, receiver, argc, stackLimit());
}

/**
 * A call block for kernel code (vmArgsReserve): may use the reserve at the end of the stack, so
 * that a builtin can still build the block whose call then fails with a RangeError. No GC.
 */
export function callBlockPushReserve(argc: i32): i32 {
  const undef: i32 = undefinedValue();
  return callBlockPushWithin(undef, undef, undef, argc, (STACK_START + STACK_SIZE) | 0);
}

function callBlockPushWithin(newTarget: i32, callee: i32, receiver: i32, argc: i32, limit: i32): i32 {
  const start: i32 = vmStackTop;
  const argv: i32 = (start + 12) | 0;
  const end: i32 = (argv + (argc << 2)) | 0;
  if (end > limit || argc < 0) return 0;
  H32[start >> 2] = newTarget;
  H32[(start + 4) >> 2] = callee;
  H32[(start + 8) >> 2] = receiver;
  const undef: i32 = undefinedValue();
  for (let a: i32 = argv; a < end; a = (a + 4) | 0) H32[a >> 2] = undef;
  vmStackSetTop(end);
  return argv;
}

/** Pops the call block at argv (and everything above it). No GC. */
export function callBlockPop(argv: i32): void {
  vmStackSetTop((argv - 12) | 0);
}

/** Throws RangeError "Maximum call stack size exceeded". May GC. */
export function throwStackOverflow(): i32 {
  return throwErrorLit(ErrorKind.RangeError, 'Maximum call stack size exceeded');
}

/** True for values [[Call]] accepts here: JS functions (bytecode or builtin) and bound functions. No GC. */
export function isCallableObject(v: i32): bool {
  if ((v & 1) === 0) return false;
  const t: i32 = instanceTypeOf(v);
  return t === InstanceType.JS_FUNCTION || t === InstanceType.JS_BOUND_FUNCTION;
}

/** True when `sfi` describes a function with a [[Construct]] method. No GC. */
export function sharedIsConstructor(sfi: i32): bool {
  const flags: i32 = H32[(sfi - 1 + SharedFunctionInfoLayout.flags) >> 2];
  const kind: i32 = (flags >> SfiKind.shift) & SfiKind.mask;
  if (kind === SfiKind.classConstructor) return true;
  if (kind === SfiKind.builtin) return (flags & SfiFlag.builtinConstructor) !== 0;
  if (kind !== SfiKind.normal) return false;
  return (flags & (SfiFlag.isGenerator | SfiFlag.isAsync | SfiFlag.isArrow)) === 0;
}

/** IsConstructor(v) for the interpreter's callee kinds. No GC. */
export function isConstructorObject(v: i32): bool {
  if ((v & 1) === 0) return false;
  const t: i32 = instanceTypeOf(v);
  if (t === InstanceType.JS_FUNCTION) return sharedIsConstructor(functionShared(v));
  if (t === InstanceType.JS_BOUND_FUNCTION) return isConstructorObject(fieldGet(v, JSBoundFunctionLayout.target));
  if (t === InstanceType.JS_PROXY) return proxyIsConstructor(v);
  return false;
}

/** The feedback vector of closure `f`, created on first use: the metadata's slots plus FEEDBACK_EXTRA_SLOTS. May GC. */
export function functionFeedbackVector(f: i32): i32 {
  const v: i32 = fieldGet(f, JSFunctionLayout.feedbackVector);
  if (v !== undefinedValue()) return v;
  const scope: i32 = handleScopeOpen();
  const hF: i32 = handleNew(f);
  const sfi: i32 = functionShared(f);
  const metadata: i32 = fieldGet(sfi, SharedFunctionInfoLayout.feedbackMetadata);
  const slots: i32 = metadata === undefinedValue() ? 0 : byteArrayLength(metadata);
  const vector: i32 = feedbackVectorNew(sfi, (slots + FEEDBACK_EXTRA_SLOTS) | 0);
  fieldSet(handleGet(hF), JSFunctionLayout.feedbackVector, vector);
  handleScopeClose(scope);
  return vector;
}

/**
 * Slots after the metadata's in every feedback vector the interpreter creates, counted from the
 * end (FunctionExtra in interpreter-objects.ts): 1 the initial map of objects constructed with
 * this function as new.target (its prototype is checked on use), 2 the [[HomeObject]], 3 the
 * class [[Fields]] record of DefineClass.
 */
export const FEEDBACK_EXTRA_SLOTS: i32 = 3;

function initialMapSlot(vector: i32): i32 {
  return (H32[(vector - 1 + FeedbackVectorLayout.length) >> 2] - 1) | 0;
}

/**
 * Get(newTarget, "prototype") when it is an object; 0 when it is not; the sentinel on an abrupt
 * completion. May GC; may run JavaScript (a `prototype` getter).
 */
function newTargetPrototype(newTarget: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hTarget: i32 = handleNew(newTarget);
  const key: i32 = atom('prototype');
  let proto: i32 = 0;
  if (instanceTypeOf(handleGet(hTarget)) === InstanceType.JS_FUNCTION) {
    const attrs: i32 = objectGetOwnAttributes(handleGet(hTarget), key);
    if (attrs >= 0 && (attrs & PropertyAttr.ACCESSOR) === 0) proto = objectGetOwn(handleGet(hTarget), key);
  }
  if (proto === 0) proto = getProperty(handleGet(hTarget), key);
  handleScopeClose(scope);
  return isException(proto) || isJSObject(proto) ? proto : 0;
}

/**
 * GetPrototypeFromConstructor(newTarget, intrinsicDefaultProto) (spec 10.1.14): newTarget.prototype
 * when it is an object, else intrinsic `defaultIndex` of newTarget's realm (GetFunctionRealm: a
 * cross-realm new.target takes its own realm's intrinsic; a revoked proxy throws). May GC; may run
 * JavaScript (a `prototype` getter); returns the sentinel on an abrupt completion.
 */
export function prototypeFromConstructor(newTarget: i32, defaultIndex: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hTarget: i32 = handleNew(newTarget);
  const proto: i32 = newTargetPrototype(newTarget);
  const realm: i32 = functionRealm(handleGet(hTarget));
  handleScopeClose(scope);
  if (proto !== 0) return proto;
  if (realm === -1) return throwErrorLit(ErrorKind.TypeError, 'Cannot perform \'construct\' on a proxy that has been revoked');
  return realmIntrinsicGet(realm, defaultIndex < 0 ? Intrinsic.ObjectPrototype : defaultIndex);
}

/**
 * GetPrototypeFromConstructor(newTarget, fallback) where `fallback` is an intrinsic prototype
 * object of realm `fallbackRealm` (the library's constructors: %Map.prototype%, %DataView.prototype%
 * ...): newTarget.prototype when an object, else the same intrinsic of newTarget's realm
 * (realmTranslate; `fallback` itself when newTarget is of this realm or it is no intrinsic). May
 * GC; may run JavaScript; returns the sentinel on an abrupt completion.
 */
export function prototypeFromConstructorObject(newTarget: i32, fallback: i32, fallbackRealm: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hTarget: i32 = handleNew(newTarget);
  const hFallback: i32 = handleNew(fallback);
  const proto: i32 = newTargetPrototype(newTarget);
  const realm: i32 = functionRealm(handleGet(hTarget));
  let r: i32 = proto;
  if (proto === 0) {
    const translated: i32 = realm === -1 ? 0 : realmTranslate(handleGet(hFallback), fallbackRealm, realm);
    r = translated === 0 ? handleGet(hFallback) : translated;
  }
  handleScopeClose(scope);
  if (proto === 0 && realm === -1) return throwErrorLit(ErrorKind.TypeError, 'Cannot perform \'construct\' on a proxy that has been revoked');
  return r;
}

/**
 * OrdinaryCreateFromConstructor(newTarget, %Object.prototype%) for [[Construct]] of the bytecode
 * function `callee`: a new ordinary object whose prototype is newTarget.prototype (when an object).
 * The default prototype is %Object.prototype% of newTarget's realm — or, for the library's
 * constructors (Map, WeakRef, Date, ...: a class or a function marked as built-in whose `prototype`
 * is an intrinsic), that intrinsic of newTarget's realm. The map is cached per new.target. May GC; may run JavaScript (a `prototype` getter);
 * returns the sentinel on an abrupt completion.
 */
export function ordinaryCreateFromConstructor(newTarget: i32, callee: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hTarget: i32 = handleNew(newTarget);
  const hCallee: i32 = handleNew(callee);
  const key: i32 = atom('prototype');
  const f: i32 = handleGet(hCallee);
  let proto: i32 = 0;
  if (f !== handleGet(hTarget) && instanceTypeOf(f) === InstanceType.JS_FUNCTION && (sharedKindOf(functionShared(f)) ===
      SfiKind.classConstructor || (H32[(functionShared(f) - 1 + SharedFunctionInfoLayout.flags) >> 2] & SfiFlag.nativeCode) !== 0)) {
    const own: i32 = objectGetOwn(f, key);
    const calleeRealm: i32 = functionRealmOf(f);
    if (realmIntrinsicKnown(calleeRealm, own)) proto = prototypeFromConstructorObject(handleGet(hTarget), own, calleeRealm);
  }
  if (proto === 0) proto = prototypeFromConstructor(handleGet(hTarget), Intrinsic.ObjectPrototype);
  if (isException(proto)) {
    handleScopeClose(scope);
    return proto;
  }
  const hProto: i32 = handleNew(proto);
  let map: i32 = 0;
  let hVector: i32 = 0;
  if (instanceTypeOf(handleGet(hTarget)) === InstanceType.JS_FUNCTION &&
      sharedKindOf(functionShared(handleGet(hTarget))) !== SfiKind.builtin) {
    hVector = handleNew(functionFeedbackVector(handleGet(hTarget)));
    const cached: i32 = feedbackGet(handleGet(hVector), initialMapSlot(handleGet(hVector)));
    if (cached !== undefinedValue() && mapPrototype(cached) === handleGet(hProto)) map = cached;
  }
  if (map === 0) {
    if (handleGet(hProto) === rootGet(RootIndex.objectPrototype)) map = rootGet(RootIndex.objectMap);
    else map = mapCopyWithPrototype(rootGet(RootIndex.objectMap), handleGet(hProto));
    if (hVector !== 0) feedbackSet(handleGet(hVector), initialMapSlot(handleGet(hVector)), map);
  }
  const obj: i32 = objectNew(map);
  handleScopeClose(scope);
  return obj;
}

function sharedKindOf(sfi: i32): i32 {
  return (H32[(sfi - 1 + SharedFunctionInfoLayout.flags) >> 2] >> SfiKind.shift) & SfiKind.mask;
}

function completed(value: i32): i32 {
  callCompletedValue = value;
  return 0;
}

/**
 * Enters [[Call]] (construct false: newTarget is undefined) or [[Construct]] (newTarget in the
 * block) of the callee of the call block at argv with `argc` arguments, on top of the frame
 * `callerFp`. Returns the fp of the interpreter frame it pushed (the dispatch loop continues
 * there; `frameFlags` are stored in it), or 0 when the call already completed: the result (or the
 * exception sentinel) is in callCompletedValue and the block is popped. May GC.
 */
export function callEnter(argv: i32, argc: i32, construct: bool, callerFp: i32, frameFlags: i32): i32 {
  let n: i32 = argc;
  for (;;) {
    const callee: i32 = H32[(argv - 8) >> 2];
    const type: i32 = (callee & 1) !== 0 ? instanceTypeOf(callee) : -1;
    if (type === InstanceType.JS_FUNCTION) {
      const sfi: i32 = functionShared(callee);
      const flags: i32 = H32[(sfi - 1 + SharedFunctionInfoLayout.flags) >> 2];
      const kind: i32 = (flags >> SfiKind.shift) & SfiKind.mask;
      if (kind === SfiKind.builtin) {
        if (construct && !sharedIsConstructor(sfi)) {
          callBlockPop(argv);
          return completed(throwNotCallable(callee, construct, callerFp, frameFlags));
        }
        const realm: i32 = functionRealmOf(callee);
        const caller: i32 = realmCurrent();
        if (realm === caller) {
          const r: i32 = builtinCall(H32[(sfi - 1 + SharedFunctionInfoLayout.functionLiteralId) >> 2], argv, n);
          callBlockPop(argv);
          return completed(r);
        }
        // A builtin of another realm runs in its realm (its errors and objects are that realm's).
        realmEnter(realm);
        const r: i32 = builtinCall(H32[(sfi - 1 + SharedFunctionInfoLayout.functionLiteralId) >> 2], argv, n);
        realmEnter(caller);
        callBlockPop(argv);
        return completed(r);
      }
      let flagsOut: i32 = frameFlags;
      if (construct) {
        if (!sharedIsConstructor(sfi)) {
          callBlockPop(argv);
          return completed(throwNotCallable(callee, construct, callerFp, frameFlags));
        }
        if ((flags & SfiFlag.isDerivedConstructor) !== 0) {
          H32[(argv - 4) >> 2] = rootGet(RootIndex.theHole);
          flagsOut = flagsOut | FrameFlag.constructDerived;
        } else {
          const obj: i32 = ordinaryCreateFromConstructor(H32[(argv - 12) >> 2], callee);
          if (isException(obj)) {
            callBlockPop(argv);
            return completed(obj);
          }
          H32[(argv - 4) >> 2] = obj;
          flagsOut = flagsOut | FrameFlag.construct;
        }
      } else {
        const realm: i32 = functionRealmOf(callee);
        const caller: i32 = realmCurrent();
        if (kind === SfiKind.classConstructor) {
          // The TypeError is made in the callee's realm (spec 10.2.1 step 2).
          callBlockPop(argv);
          realmEnter(realm);
          const error: i32 = throwErrorWith(ErrorKind.TypeError, 'Class constructor ', fieldGet(sfi, SharedFunctionInfoLayout.name),
            ' cannot be invoked without \'new\'');
          realmEnter(caller);
          return completed(error);
        }
        if ((flags & (SfiFlag.strict | SfiFlag.isArrow)) === 0) {
          // OrdinaryCallBindThis: the callee's realm's global object, and wrappers of its realm.
          const receiver: i32 = H32[(argv - 4) >> 2];
          if (receiver === undefinedValue() || receiver === rootGet(RootIndex.nullValue)) {
            H32[(argv - 4) >> 2] = realmGlobalObject(realm);
          } else if (!isJSObject(receiver)) {
            realmEnter(realm);
            const boxed: i32 = toObject(receiver);
            realmEnter(caller);
            if (isException(boxed)) {
              callBlockPop(argv);
              return completed(boxed);
            }
            H32[(argv - 4) >> 2] = boxed;
          }
        }
      }
      return framePush(argv, n, callerFp, flagsOut);
    }
    if (type === InstanceType.JS_BOUND_FUNCTION) {
      const boundArgs: i32 = fieldGet(callee, JSBoundFunctionLayout.boundArguments);
      const k: i32 = boundArgs === undefinedValue() ? 0 : fixedArrayLength(boundArgs);
      if (k > 0) {
        const end: i32 = (argv + ((n + k) << 2)) | 0;
        if (end > stackLimit()) {
          callBlockPop(argv);
          return completed(throwStackOverflow());
        }
        vmStackSetTop(end);
        memoryCopy((argv + (k << 2)) | 0, argv, n << 2);
        for (let i: i32 = 0; i < k; i++) H32[(argv + (i << 2)) >> 2] = fixedArrayGet(boundArgs, i);
        n = (n + k) | 0;
      }
      const target: i32 = fieldGet(callee, JSBoundFunctionLayout.target);
      H32[(argv - 8) >> 2] = target;
      if (construct) {
        if (H32[(argv - 12) >> 2] === callee) H32[(argv - 12) >> 2] = target;
      } else {
        H32[(argv - 4) >> 2] = fieldGet(callee, JSBoundFunctionLayout.boundThis);
      }
      continue;
    }
    if (type === InstanceType.JS_PROXY && (construct ? proxyIsConstructor(callee) : proxyIsCallable(callee))) {
      // Proxies: the apply / construct trap (builtins-proxy.ts) on this block.
      const r: i32 = proxyCallBlock(argv, n, construct);
      callBlockPop(argv);
      return completed(r);
    }
    callBlockPop(argv);
    return completed(throwNotCallable(callee, construct, callerFp, frameFlags));
  }
}

/**
 * Pushes the interpreter frame of the bytecode function in the call block at argv (layout in
 * frames.ts): pads the arguments to the parameter count, writes the header, clears the
 * registers. A safepoint (function entry). Returns fp, or 0 with the RangeError pending in
 * callCompletedValue when the VM stack is exhausted. May GC.
 */
export function framePush(argv: i32, argc: i32, callerFp: i32, flags0: i32): i32 {
  let flags: i32 = flags0;
  if (fieldGet(H32[(argv - 8) >> 2], JSFunctionLayout.feedbackVector) === undefinedValue()) {
    functionFeedbackVector(H32[(argv - 8) >> 2]);
  }
  const callee: i32 = H32[(argv - 8) >> 2];
  const sfi: i32 = functionShared(callee);
  const bytecode: i32 = fieldGet(sfi, SharedFunctionInfoLayout.bytecode);
  const parameterCount: i32 = H32[(bytecode - 1 + BytecodeArrayLayout.parameterCount) >> 2];
  const frameSize: i32 = H32[(bytecode - 1 + BytecodeArrayLayout.frameSize) >> 2];
  const n: i32 = argc > parameterCount ? argc : parameterCount;
  const fp: i32 = (argv + (n << 2)) | 0;
  const top: i32 = (fp + FrameSlot.registers + (frameSize << 2)) | 0;
  if (top > stackLimit()) {
    callBlockPop(argv);
    return completed(throwStackOverflow());
  }
  // A function of another realm: enter its realm; popping the frame enters the caller's again.
  const realm: i32 = H32[(callee - 1 + JSFunctionLayout.realm) >> 2];
  if (realm !== rootGet(RootIndex.currentRealm)) {
    flags = flags | FrameFlag.realm | ((rootGet(RootIndex.currentRealm) >> 1) << FrameFlag.realmShift);
    realmEnter(realm >> 1);
  }
  const undef: i32 = undefinedValue();
  for (let a: i32 = (argv + (argc << 2)) | 0; a < fp; a = (a + 4) | 0) H32[a >> 2] = undef;
  H32[(fp + FrameSlot.callerFp) >> 2] = callerFp;
  H32[(fp + FrameSlot.pc) >> 2] = 0;
  H32[(fp + FrameSlot.bytecode) >> 2] = bytecode;
  H32[(fp + FrameSlot.context) >> 2] = functionContext(callee);
  H32[(fp + FrameSlot.argv) >> 2] = argv;
  H32[(fp + FrameSlot.argc) >> 2] = argc << 1;
  H32[(fp + FrameSlot.flags) >> 2] = flags << 1;
  H32[(fp + FrameSlot.feedback) >> 2] = fieldGet(callee, JSFunctionLayout.feedbackVector);
  H32[(fp + FrameSlot.accumulator) >> 2] = undef;
  for (let a: i32 = (fp + FrameSlot.registers) | 0; a < top; a = (a + 4) | 0) H32[a >> 2] = undef;
  vmStackSetTop(top);
  interpreterTopFp = fp;
  if (flagGcStress) collectYoung();
  else gcSafepoint();
  return fp;
}

/**
 * TypeError "<callee> is not a function" / "... is not a constructor": for calls made by bytecode
 * the callee's source text (as V8 prints it), else the value. May GC.
 */
function throwNotCallable(callee: i32, construct: bool, callerFp: i32, frameFlags: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hCallee: i32 = handleNew(callee);
  if (callerFp !== 0 && (frameFlags & FrameFlag.entry) === 0) {
    const text: i32 = callSiteCalleeText(callerFp);
    if (text !== 0) {
      const message: i32 = stringConcat(text, construct ? atom(' is not a constructor') : atom(' is not a function'));
      const r: i32 = throwError(ErrorKind.TypeError, message);
      handleScopeClose(scope);
      return r;
    }
  }
  const r: i32 = construct
    ? throwErrorWith(ErrorKind.TypeError, '', handleGet(hCallee), ' is not a constructor')
    : throwErrorWith(ErrorKind.TypeError, '', handleGet(hCallee), ' is not a function');
  handleScopeClose(scope);
  return r;
}

/**
 * Leaves a frame that framePush marked FrameFlag.realm: enters the realm that was running when it
 * was pushed (`flags` is the frame's FrameFlag word). No GC.
 */
export function frameRealmLeave(flags: i32): void {
  realmEnter(flags >> FrameFlag.realmShift);
}
