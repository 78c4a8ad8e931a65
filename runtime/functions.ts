// Function-related heap objects: shared function infos, bytecode arrays with constant pools and
// handler tables, feedback vectors, contexts, closures (JSFunction) and bound functions. The
// interpreter and compiler (later issues) fill them; here are their constructors and accessors.
import type { i32 } from './types.ts';
import { H32, H8 } from './host/host.ts';
import { rawGet, rawSet } from './memory.ts';
import { rootGet, fieldSet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { allocate, allocateOld } from './alloc.ts';
import {
  SharedFunctionInfoLayout, BytecodeArrayLayout, FeedbackVectorLayout, JSFunctionLayout, JSBoundFunctionLayout,
  ContextSlot, HandlerTableEntry, SfiKind,
} from './layouts.ts';
import { RootIndex } from './roots.ts';
import { fixedArrayNewWithMap, fixedArrayGet, fixedArraySet, fixedArrayLength, undefinedValue, byteArrayNew, byteArrayAddress, byteArrayLength } from './values.ts';
import { objectNew } from './objects.ts';

/** A SharedFunctionInfo (old space: it lives as long as its code). May GC. */
export function sharedFunctionInfoNew(name: i32, parameterCount: i32, functionLiteralId: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hName: i32 = handleNew(name);
  const addr: i32 = allocateOld(SharedFunctionInfoLayout.size);
  const sfi: i32 = addr | 1;
  H32[addr >> 2] = rootGet(RootIndex.sharedFunctionInfoMap);
  fieldSet(sfi, SharedFunctionInfoLayout.name, handleGet(hName));
  fieldSet(sfi, SharedFunctionInfoLayout.bytecode, undefinedValue());
  fieldSet(sfi, SharedFunctionInfoLayout.scopeInfo, undefinedValue());
  fieldSet(sfi, SharedFunctionInfoLayout.script, undefinedValue());
  fieldSet(sfi, SharedFunctionInfoLayout.feedbackMetadata, undefinedValue());
  rawSet(sfi, SharedFunctionInfoLayout.parameterCount, parameterCount);
  rawSet(sfi, SharedFunctionInfoLayout.length, parameterCount);
  rawSet(sfi, SharedFunctionInfoLayout.flags, 0);
  rawSet(sfi, SharedFunctionInfoLayout.functionLiteralId, functionLiteralId);
  rawSet(sfi, SharedFunctionInfoLayout.sourceStart, 0);
  rawSet(sfi, SharedFunctionInfoLayout.sourceEnd, 0);
  handleScopeClose(scope);
  return sfi;
}
export function sharedFunctionInfoParameterCount(sfi: i32): i32 {
  return rawGet(sfi, SharedFunctionInfoLayout.parameterCount);
}
/** The spec's "length" of the function (formals before the first default or rest parameter). */
export function sharedFunctionInfoLength(sfi: i32): i32 {
  return rawGet(sfi, SharedFunctionInfoLayout.length);
}
export function sharedFunctionInfoSetLength(sfi: i32, length: i32): void {
  rawSet(sfi, SharedFunctionInfoLayout.length, length);
}
/** SfiFlag bits | kind << SfiKind.shift (layouts.ts). */
export function sharedFunctionInfoFlags(sfi: i32): i32 {
  return rawGet(sfi, SharedFunctionInfoLayout.flags);
}
export function sharedFunctionInfoSetFlags(sfi: i32, flags: i32): void {
  rawSet(sfi, SharedFunctionInfoLayout.flags, flags);
}
/** The function kind (an SfiKind value). */
export function sharedFunctionInfoKind(sfi: i32): i32 {
  return (rawGet(sfi, SharedFunctionInfoLayout.flags) >> SfiKind.shift) & SfiKind.mask;
}
export function sharedFunctionInfoSourceStart(sfi: i32): i32 {
  return rawGet(sfi, SharedFunctionInfoLayout.sourceStart);
}
export function sharedFunctionInfoSourceEnd(sfi: i32): i32 {
  return rawGet(sfi, SharedFunctionInfoLayout.sourceEnd);
}
export function sharedFunctionInfoSetSourceRange(sfi: i32, start: i32, end: i32): void {
  rawSet(sfi, SharedFunctionInfoLayout.sourceStart, start);
  rawSet(sfi, SharedFunctionInfoLayout.sourceEnd, end);
}
/** The feedback metadata (ByteArray of FeedbackSlotKind) or undefined. No GC. */
export function sharedFunctionInfoFeedbackMetadata(sfi: i32): i32 {
  return fieldGet(sfi, SharedFunctionInfoLayout.feedbackMetadata);
}
export function sharedFunctionInfoSetFeedbackMetadata(sfi: i32, metadata: i32): void {
  fieldSet(sfi, SharedFunctionInfoLayout.feedbackMetadata, metadata);
}

/** A BytecodeArray of `length` bytes (zeroed) with constant pool and handler table. May GC. */
export function bytecodeArrayNew(length: i32, frameSize: i32, parameterCount: i32, constantPool: i32, handlerTable: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hPool: i32 = handleNew(constantPool);
  const hTable: i32 = handleNew(handlerTable);
  const addr: i32 = allocateOld((BytecodeArrayLayout.bytes + length + 7) & ~7);
  const b: i32 = addr | 1;
  H32[addr >> 2] = rootGet(RootIndex.bytecodeArrayMap);
  rawSet(b, BytecodeArrayLayout.length, length);
  fieldSet(b, BytecodeArrayLayout.constantPool, handleGet(hPool));
  fieldSet(b, BytecodeArrayLayout.handlerTable, handleGet(hTable));
  fieldSet(b, BytecodeArrayLayout.sourcePositions, undefinedValue());
  rawSet(b, BytecodeArrayLayout.frameSize, frameSize);
  rawSet(b, BytecodeArrayLayout.parameterCount, parameterCount);
  for (let i: i32 = 0; i < length; i++) H8[(addr + BytecodeArrayLayout.bytes + i) | 0] = 0;
  handleScopeClose(scope);
  return b;
}
export function bytecodeArrayLength(b: i32): i32 {
  return rawGet(b, BytecodeArrayLayout.length);
}
export function bytecodeGet(b: i32, offset: i32): i32 {
  return H8[(b - 1 + BytecodeArrayLayout.bytes + offset) | 0];
}
export function bytecodeSet(b: i32, offset: i32, value: i32): void {
  H8[(b - 1 + BytecodeArrayLayout.bytes + offset) | 0] = value;
}

/** A constant pool: a FixedArray. May GC. */
export function constantPoolNew(length: i32): i32 {
  return fixedArrayNewWithMap(RootIndex.fixedArrayMap, length, undefinedValue(), true);
}

/** A handler table of `count` entries (a ByteArray of HandlerTableEntry records). May GC. */
export function handlerTableNew(count: i32): i32 {
  return byteArrayNew(Math.imul(count, HandlerTableEntry.size));
}
/** Stores entry `index`; `prediction` is a CatchPrediction value (layouts.ts). No GC. */
export function handlerTableSet(
  t: i32, index: i32, start: i32, end: i32, handler: i32, contextRegister: i32, prediction: i32,
): void {
  const at: i32 = byteArrayAddress(t, Math.imul(index, HandlerTableEntry.size));
  H32[(at + HandlerTableEntry.start) >> 2] = start;
  H32[(at + HandlerTableEntry.end) >> 2] = end;
  H32[(at + HandlerTableEntry.handler) >> 2] = handler;
  H32[(at + HandlerTableEntry.contextRegister) >> 2] = contextRegister;
  H32[(at + HandlerTableEntry.prediction) >> 2] = prediction;
}
/** Number of entries of a handler table. No GC. */
export function handlerTableCount(t: i32): i32 {
  return (byteArrayLength(t) / HandlerTableEntry.size) | 0;
}
export function handlerTableGet(t: i32, index: i32, field: i32): i32 {
  return H32[(byteArrayAddress(t, Math.imul(index, HandlerTableEntry.size)) + field) >> 2];
}

/** A feedback vector of `slots` tagged slots (undefined = uninitialized). May GC. */
export function feedbackVectorNew(shared: i32, slots: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hShared: i32 = handleNew(shared);
  const addr: i32 = allocate((FeedbackVectorLayout.slots + (slots << 2) + 7) & ~7);
  const v: i32 = addr | 1;
  H32[addr >> 2] = rootGet(RootIndex.feedbackVectorMap);
  rawSet(v, FeedbackVectorLayout.length, slots);
  fieldSet(v, FeedbackVectorLayout.shared, handleGet(hShared));
  const undef: i32 = undefinedValue();
  for (let i: i32 = 0; i < slots; i++) H32[(addr + FeedbackVectorLayout.slots + (i << 2)) >> 2] = undef;
  handleScopeClose(scope);
  return v;
}
export function feedbackGet(v: i32, slot: i32): i32 {
  return fieldGet(v, (FeedbackVectorLayout.slots + (slot << 2)) | 0);
}
export function feedbackSet(v: i32, slot: i32, value: i32): void {
  fieldSet(v, (FeedbackVectorLayout.slots + (slot << 2)) | 0, value);
}

/** A function context with `variables` slots after the fixed ones. May GC. */
export function contextNew(previous: i32, scopeInfo: i32, variables: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hPrev: i32 = handleNew(previous);
  const hInfo: i32 = handleNew(scopeInfo);
  const c: i32 = fixedArrayNewWithMap(RootIndex.contextMap, (ContextSlot.firstVariable + variables) | 0, undefinedValue(), false);
  fixedArraySet(c, ContextSlot.previous, handleGet(hPrev));
  fixedArraySet(c, ContextSlot.scopeInfo, handleGet(hInfo));
  handleScopeClose(scope);
  return c;
}
export function contextGet(c: i32, index: i32): i32 {
  return fixedArrayGet(c, (ContextSlot.firstVariable + index) | 0);
}
export function contextSet(c: i32, index: i32, value: i32): void {
  fixedArraySet(c, (ContextSlot.firstVariable + index) | 0, value);
}
export function contextPrevious(c: i32): i32 {
  return fixedArrayGet(c, ContextSlot.previous);
}
export function contextLength(c: i32): i32 {
  return (fixedArrayLength(c) - ContextSlot.firstVariable) | 0;
}

/**
 * A closure: shared info + context (+ feedback vector, set later), of the running realm (its
 * [[Realm]], runtime/realm.ts). May GC.
 */
export function functionNew(shared: i32, context: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hShared: i32 = handleNew(shared);
  const hContext: i32 = handleNew(context);
  const f: i32 = objectNew(rootGet(RootIndex.functionMap));
  fieldSet(f, JSFunctionLayout.shared, handleGet(hShared));
  fieldSet(f, JSFunctionLayout.context, handleGet(hContext));
  fieldSet(f, JSFunctionLayout.feedbackVector, undefinedValue());
  rawSet(f, JSFunctionLayout.realm, rootGet(RootIndex.currentRealm));
  handleScopeClose(scope);
  return f;
}
export function functionShared(f: i32): i32 {
  return fieldGet(f, JSFunctionLayout.shared);
}
export function functionContext(f: i32): i32 {
  return fieldGet(f, JSFunctionLayout.context);
}

/** A bound function (spec BoundFunctionCreate): target, this and the bound arguments. May GC. */
export function boundFunctionNew(target: i32, boundThis: i32, boundArguments: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hT: i32 = handleNew(target);
  const hThis: i32 = handleNew(boundThis);
  const hArgs: i32 = handleNew(boundArguments);
  const f: i32 = objectNew(rootGet(RootIndex.boundFunctionMap));
  fieldSet(f, JSBoundFunctionLayout.target, handleGet(hT));
  fieldSet(f, JSBoundFunctionLayout.boundThis, handleGet(hThis));
  fieldSet(f, JSBoundFunctionLayout.boundArguments, handleGet(hArgs));
  handleScopeClose(scope);
  return f;
}
export function boundFunctionTarget(f: i32): i32 {
  return fieldGet(f, JSBoundFunctionLayout.target);
}
