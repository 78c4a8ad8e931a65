// Function-related heap objects and the VM stack region as a root set.
import { it, expect, beforeEach } from 'vitest';
import { freshHeap, str, jsString, setUserRoot, userRoot } from './helpers.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import {
  sharedFunctionInfoNew, bytecodeArrayNew, bytecodeSet, bytecodeGet, bytecodeArrayLength, constantPoolNew, handlerTableNew,
  handlerTableSet, handlerTableGet, feedbackVectorNew, feedbackSet, feedbackGet, contextNew, contextSet, contextGet,
  contextPrevious, functionNew, functionShared, functionContext, boundFunctionNew, boundFunctionTarget, handlerTableCount,
  sharedFunctionInfoParameterCount, sharedFunctionInfoLength, sharedFunctionInfoSetLength, sharedFunctionInfoFlags,
  sharedFunctionInfoSetFlags, sharedFunctionInfoKind, sharedFunctionInfoSourceStart, sharedFunctionInfoSourceEnd,
  sharedFunctionInfoSetSourceRange, sharedFunctionInfoFeedbackMetadata, sharedFunctionInfoSetFeedbackMetadata,
} from '../../runtime/functions.ts';
import {
  fixedArraySet, fixedArrayGet, undefinedValue, nullValue, symbolNew, isSymbol, byteArrayNew, byteArrayLength,
} from '../../runtime/values.ts';
import {
  HandlerTableEntry, SharedFunctionInfoLayout, BytecodeArrayLayout, CatchPrediction, SfiFlag, SfiKind,
} from '../../runtime/layouts.ts';
import { collectYoung, collectFull, gcPrintStats } from '../../runtime/gc.ts';
import { fieldGet, fieldSet, vmStackSetTop, vmStackTop } from '../../runtime/heap.ts';
import { STACK_START, smiFrom, smiValue } from '../../runtime/memory.ts';
import { H32 } from '../../runtime/host/host.ts';
import { objectMap } from '../../runtime/objects.ts';
import { mapBitField } from '../../runtime/maps.ts';
import { MapBit } from '../../runtime/layouts.ts';
import { nodeCaptureOutput } from '../../runtime/host/node.ts';
import { statScavenges, statMarkCompacts, statPauseTotalMs, statPauseMaxMs, statAllocatedBytes } from '../../runtime/flags.ts';

beforeEach(() => freshHeap());

it('builds shared function infos, bytecode, constant pools, handler tables, feedback vectors, contexts and closures', () => {
  setUserRoot(0, sharedFunctionInfoNew(str('add'), 2, 7));
  setUserRoot(1, constantPoolNew(3));
  fixedArraySet(userRoot(1), 0, str('a constant'));
  setUserRoot(2, handlerTableNew(2));
  handlerTableSet(userRoot(2), 1, 10, 20, 30, 4, CatchPrediction.promise);
  expect(sharedFunctionInfoFeedbackMetadata(userRoot(0))).toBe(undefinedValue());
  expect(sharedFunctionInfoLength(userRoot(0))).toBe(2);
  sharedFunctionInfoSetFeedbackMetadata(userRoot(0), byteArrayNew(3)); // young, held only by the SFI
  sharedFunctionInfoSetLength(userRoot(0), 1);
  sharedFunctionInfoSetSourceRange(userRoot(0), 12, 40);
  sharedFunctionInfoSetFlags(userRoot(0), SfiFlag.strict | SfiFlag.isArrow | (SfiKind.arrow << SfiKind.shift));
  setUserRoot(3, bytecodeArrayNew(5, 3, 2, userRoot(1), userRoot(2)));
  for (let i = 0; i < 5; i++) bytecodeSet(userRoot(3), i, 100 + i);
  fieldSet(userRoot(0), SharedFunctionInfoLayout.bytecode, userRoot(3));
  setUserRoot(4, contextNew(nullValue(), undefinedValue(), 2));
  contextSet(userRoot(4), 1, str('captured'));
  setUserRoot(5, contextNew(userRoot(4), undefinedValue(), 1));
  setUserRoot(6, functionNew(userRoot(0), userRoot(5)));
  setUserRoot(7, feedbackVectorNew(userRoot(0), 4));
  feedbackSet(userRoot(7), 3, smiFrom(99));
  setUserRoot(8, boundFunctionNew(userRoot(6), undefinedValue(), constantPoolNew(0)));
  setUserRoot(9, symbolNew(str('sym')));
  collectYoung();
  collectYoung();
  collectFull(true);
  const f = userRoot(6);
  expect((mapBitField(objectMap(f)) & MapBit.CALLABLE) !== 0).toBe(true);
  const sfi = functionShared(f);
  expect(jsString(fieldGet(sfi, SharedFunctionInfoLayout.name))).toBe('add');
  const bc = fieldGet(sfi, SharedFunctionInfoLayout.bytecode);
  expect(bytecodeArrayLength(bc)).toBe(5);
  expect([0, 1, 2, 3, 4].map((i) => bytecodeGet(bc, i))).toEqual([100, 101, 102, 103, 104]);
  expect(jsString(fixedArrayGet(fieldGet(bc, BytecodeArrayLayout.constantPool), 0))).toBe('a constant');
  const ht = fieldGet(bc, BytecodeArrayLayout.handlerTable);
  expect(handlerTableGet(ht, 1, HandlerTableEntry.handler)).toBe(30);
  expect(handlerTableGet(ht, 1, HandlerTableEntry.contextRegister)).toBe(4);
  expect(handlerTableGet(ht, 1, HandlerTableEntry.prediction)).toBe(CatchPrediction.promise);
  expect(handlerTableCount(ht)).toBe(2);
  expect(sharedFunctionInfoParameterCount(sfi)).toBe(2);
  expect(sharedFunctionInfoLength(sfi)).toBe(1);
  expect([sharedFunctionInfoSourceStart(sfi), sharedFunctionInfoSourceEnd(sfi)]).toEqual([12, 40]);
  expect(sharedFunctionInfoKind(sfi)).toBe(SfiKind.arrow);
  expect(sharedFunctionInfoFlags(sfi) & SfiFlag.isArrow).toBe(SfiFlag.isArrow);
  expect(byteArrayLength(sharedFunctionInfoFeedbackMetadata(sfi))).toBe(3);
  expect(jsString(contextGet(contextPrevious(functionContext(f)), 1))).toBe('captured');
  expect(smiValue(feedbackGet(userRoot(7), 3))).toBe(99);
  expect(boundFunctionTarget(userRoot(8))).toBe(f);
  expect(isSymbol(userRoot(9))).toBe(true);
  heapVerify();
});

it('scans the VM stack region as roots', () => {
  vmStackSetTop(STACK_START + 16);
  H32[STACK_START >> 2] = str('in a frame');
  H32[(STACK_START + 4) >> 2] = smiFrom(5);
  collectYoung();
  collectFull(true);
  collectYoung();
  expect(jsString(H32[STACK_START >> 2]!)).toBe('in a frame');
  expect(smiValue(H32[(STACK_START + 4) >> 2]!)).toBe(5);
  vmStackSetTop(STACK_START);
  expect(vmStackTop).toBe(STACK_START);
});

it('prints GC figures for --stats', () => {
  collectYoung();
  collectFull(false);
  const lines: string[] = [];
  nodeCaptureOutput(lines);
  gcPrintStats(1, statScavenges, statMarkCompacts, statPauseTotalMs, statPauseMaxMs, statAllocatedBytes);
  nodeCaptureOutput(null);
  expect(lines[0]).toMatch(/^gc: scavenges 1, full collections 1, pause total \d+\.\d\d ms, max \d+\.\d\d ms, allocated \d+\.\d MB, old \d+\.\d MB$/);
});
