import { describe, it, expect, beforeEach } from 'vitest';
import { withScope, freshHeap, str, key, jsString, setUserRoot, userRoot, MB, setProp, getProp } from './helpers.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import { collectYoung, collectFull, heapUsedBytes, gcProgramClockMs } from '../../runtime/gc.ts';
import { fixedArrayNew, fixedArrayGet, fixedArraySet, numberNew, numberValue } from '../../runtime/values.ts';
import { objectNewPlain, objectSet, objectGet } from '../../runtime/objects.ts';
import {
  isInYoung, isInOld, oldTop, oldUsedBytes, largeUsedBytes, handleScopeOpen, handleScopeClose, handleNew, handleGet,
  rememberedOverflowed, rememberedCount,
} from '../../runtime/heap.ts';
import {
  flagsSetGcStress, flagsSetTraceGc, flagsSetPromotionAge, statScavenges, statMarkCompacts, statPauseTotalMs, STRESS_FIRST_FULL,
  STRESS_FULL_BYTES,
} from '../../runtime/flags.ts';
import { smiFrom, smiValue, PAGED_START } from '../../runtime/memory.ts';
import { heapSetup } from '../../runtime/bootstrap.ts';
import { markOverflows } from '../../runtime/gc-mark-compact.ts';
import { nodeCaptureOutput, nodeNowMs, OuroFatalError } from '../../runtime/host/node.ts';
import { stringConcat } from '../../runtime/strings.ts';
import { arrayNew, arrayPush, elementsGet } from '../../runtime/elements.ts';

beforeEach(() => freshHeap());

describe('scavenger', () => {
  it('keeps what roots and handles reach, promotes by age', () => {
    flagsSetPromotionAge(2);
    setUserRoot(0, fixedArrayNew(3));
    const scope = handleScopeOpen();
    const h = handleNew(str('held by a handle'));
    fixedArraySet(userRoot(0), 0, str('in the array'));
    collectYoung();
    expect(isInYoung(userRoot(0) - 1)).toBe(true); // age 1 < 2
    collectYoung();
    expect(isInOld(userRoot(0) - 1)).toBe(true); // promoted
    expect(jsString(fixedArrayGet(userRoot(0), 0))).toBe('in the array');
    expect(jsString(handleGet(h))).toBe('held by a handle');
    handleScopeClose(scope);
    heapVerify();
  });

  it('records old-to-young stores in the remembered set (verified)', () => {
    setUserRoot(0, fixedArrayNew(100));
    collectYoung();
    collectYoung();
    expect(isInOld(userRoot(0) - 1)).toBe(true);
    for (let i = 0; i < 100; i++) fixedArraySet(userRoot(0), i, str('young ' + i));
    heapVerify(); // checks that every old->young slot is remembered
    collectYoung();
    for (let i = 0; i < 100; i++) expect(jsString(fixedArrayGet(userRoot(0), i))).toBe('young ' + i);
    collectYoung();
    collectYoung();
    for (let i = 0; i < 100; i++) expect(jsString(fixedArrayGet(userRoot(0), i))).toBe('young ' + i);
  });

  it('overflows the remembered list into a scan of the dirty pages, and rebuilds the list', () => {
    const n = 300_000; // more slots than the remembered list of a 1 MB semispace holds (256 K)
    setUserRoot(0, fixedArrayNew(n)); // 1.2 MB: large-object space
    setUserRoot(1, str('one young string'));
    for (let i = 0; i < n; i++) fixedArraySet(userRoot(0), i, userRoot(1));
    expect(rememberedOverflowed).toBe(true);
    heapVerify(); // every old->young slot is still in the bitmap
    collectYoung(); // the string survives young (age 1): every slot is kept, the list overflows again
    expect(isInYoung(userRoot(1) - 1)).toBe(true);
    for (let i = 0; i < n; i += 997) expect(fixedArrayGet(userRoot(0), i)).toBe(userRoot(1));
    collectYoung(); // promoted: no slot points young any more
    expect(isInOld(userRoot(1) - 1)).toBe(true);
    expect(rememberedOverflowed).toBe(false);
    expect(rememberedCount).toBe(0);
    for (let i = 0; i < n; i += 997) expect(fixedArrayGet(userRoot(0), i)).toBe(userRoot(1));
    // Back to the list: a few young stores are listed, scavenged and kept while young.
    for (let i = 0; i < 3; i++) fixedArraySet(userRoot(0), i, str('young ' + i));
    expect(rememberedCount).toBe(3);
    collectYoung();
    expect(rememberedCount).toBe(3);
    for (let i = 0; i < 3; i++) expect(jsString(fixedArrayGet(userRoot(0), i))).toBe('young ' + i);
    heapVerify();
  });

  it('runs when the young generation fills, many times over', () => {
    setUserRoot(0, arrayNew(0));
    for (let i = 0; i < 60000; i++) {
      const o = objectNewPlain();
      setUserRoot(1, o);
      setProp(1, 'i', () => smiFrom(i));
      setProp(1, 's', () => str('x'.repeat(i % 50)));
      if (i % 10 === 0) arrayPush(userRoot(0), userRoot(1));
    }
    expect(statScavenges).toBeGreaterThan(3);
    for (let i = 0; i < 6000; i++) {
      setUserRoot(2, elementsGet(userRoot(0), i));
      expect(smiValue(getProp(2, 'i'))).toBe(i * 10);
    }
    heapVerify();
  });
});

describe('full collections', () => {
  it('sweeps, and compacts a fragmented old generation', () => {
    flagsSetPromotionAge(1);
    setUserRoot(0, fixedArrayNew(20000));
    for (let i = 0; i < 20000; i++) fixedArraySet(userRoot(0), i, numberNew(i + 0.5));
    collectYoung();
    const topBefore = oldTop;
    // Drop 90% of the numbers; the survivors are spread out.
    for (let i = 0; i < 20000; i++) if (i % 10 !== 0) fixedArraySet(userRoot(0), i, smiFrom(0));
    collectFull(false);
    expect(statMarkCompacts).toBe(1);
    for (let i = 0; i < 20000; i += 10) expect(numberValue(fixedArrayGet(userRoot(0), i))).toBe(i + 0.5);
    collectFull(true);
    expect(oldTop).toBeLessThanOrEqual(topBefore);
    for (let i = 0; i < 20000; i += 10) expect(numberValue(fixedArrayGet(userRoot(0), i))).toBe(i + 0.5);
    heapVerify();
  });

  it('recovers from a marking worklist overflow by rescanning', () => {
    freshHeap(256, 1);
    const n = 300_000; // more children than the 1 MB worklist of a 1 MB semispace holds
    setUserRoot(0, fixedArrayNew(n));
    for (let i = 0; i < n; i++) {
      const v = numberNew(i + 0.5);
      fixedArraySet(userRoot(0), i, v);
    }
    const before = markOverflows;
    collectFull(true);
    expect(markOverflows).toBeGreaterThan(before);
    for (let i = 0; i < n; i += 9973) expect(numberValue(fixedArrayGet(userRoot(0), i))).toBe(i + 0.5);
    heapVerify();
  });

  it('handles cycles and large objects', () => {
    setUserRoot(0, fixedArrayNew(100000)); // 400 KB: large-object space
    expect(largeUsedBytes).toBeGreaterThan(0);
    const a = objectNewPlain();
    setUserRoot(1, a);
    const b = objectNewPlain();
    objectSet(b, key('other'), userRoot(1));
    objectSet(userRoot(1), key('other'), b);
    fixedArraySet(userRoot(0), 99999, userRoot(1));
    collectFull(true);
    const x = fixedArrayGet(userRoot(0), 99999);
    expect(objectGet(objectGet(x, key('other')), key('other'))).toBe(x);
    setUserRoot(0, smiFrom(0));
    collectFull(false);
    expect(largeUsedBytes).toBe(0);
    heapVerify();
  });

  it('survives --gc-stress (a collection at every allocation)', () => {
    flagsSetGcStress(true);
    setUserRoot(0, arrayNew(0));
    for (let i = 0; i < 300; i++) {
      setUserRoot(1, objectNewPlain());
      setProp(1, 'n', () => numberNew(i + 0.25));
      setProp(1, 's', () => withScope(() => {
        const h = handleNew(str('value number '));
        const t = str(String(i));
        return stringConcat(handleGet(h), t);
      }));
      arrayPush(userRoot(0), userRoot(1));
    }
    flagsSetGcStress(false);
    for (let i = 0; i < 300; i++) {
      setUserRoot(2, elementsGet(userRoot(0), i));
      expect(numberValue(getProp(2, 'n'))).toBe(i + 0.25);
      expect(jsString(getProp(2, 's'))).toBe('value number ' + i);
    }
    expect(statScavenges + statMarkCompacts).toBeGreaterThan(1000);
    heapVerify();
  });

  it('--gc-stress: the 16th stress collection is a full one, then one per live old bytes / STRESS_FULL_BYTES', () => {
    setUserRoot(0, str('kept'));
    flagsSetGcStress(true);
    const fullsBefore = statMarkCompacts;
    for (let i = 0; i < 15; i++) numberNew(i + 0.5);
    expect(statMarkCompacts).toBe(fullsBefore);
    numberNew(0.5); // the 16th
    expect(statMarkCompacts).toBe(fullsBefore + 1);
    const interval = Math.max(STRESS_FIRST_FULL, Math.floor((oldUsedBytes + largeUsedBytes) / STRESS_FULL_BYTES));
    for (let i = 0; i < interval - 1; i++) numberNew(i + 0.5);
    expect(statMarkCompacts).toBe(fullsBefore + 1);
    numberNew(0.5);
    expect(statMarkCompacts).toBe(fullsBefore + 2);
    flagsSetGcStress(false);
    expect(jsString(userRoot(0))).toBe('kept');
  });

  it('--gc-stress: the program clock leaves out the time of stress collections', () => {
    const host0 = nodeNowMs();
    const clock0 = gcProgramClockMs();
    const pauses0 = statPauseTotalMs;
    flagsSetGcStress(true);
    for (let i = 0; i < 200; i++) numberNew(i + 0.5);
    flagsSetGcStress(false);
    const clock1 = gcProgramClockMs();
    const host1 = nodeNowMs();
    const paused = statPauseTotalMs - pauses0;
    expect(paused).toBeGreaterThan(0);
    // The host clock advanced by the program clock's advance plus the stress pauses (plus the
    // moments between the paired readings).
    const left = (host1 - host0) - (clock1 - clock0);
    expect(left).toBeGreaterThanOrEqual(paused - 1e-6);
    expect(left).toBeLessThan(paused + 50);
  });

  it('prints one --trace-gc line per collection', () => {
    const lines: string[] = [];
    nodeCaptureOutput(lines);
    flagsSetTraceGc(true);
    collectYoung();
    collectFull(true);
    flagsSetTraceGc(false);
    nodeCaptureOutput(null);
    expect(lines.length).toBe(2);
    expect(lines[0]).toMatch(/^\[gc\] scavenge \d+\.\dMB -> \d+\.\dMB, \d+\.\d{3} ms$/);
    expect(lines[1]).toMatch(/^\[gc\] mark-compact /);
  });

  it('fails cleanly when --max-heap is exhausted', () => {
    heapSetup(96 * MB, 1 * MB);
    setUserRoot(0, arrayNew(0));
    expect(() => {
      for (let i = 0; ; i++) arrayPush(userRoot(0), fixedArrayNew(1000));
    }).toThrow(OuroFatalError);
    expect(() => heapSetup(96 * MB, 1 * MB)).not.toThrow();
    expect(heapUsedBytes()).toBeLessThan(MB);
    expect(PAGED_START).toBeGreaterThan(0);
  });
});
