// Array indices up to 2^32 - 2 through the elements API: indices at and above 2^31 (and 2^30, where
// keys stop being Smis) go to dictionary elements, length follows them up to 2^32 - 1 and is
// truncated across the 2^31 boundary, 2^32 - 1 is a named property, and property-key strings are
// classified as the spec's array indices. The verifier runs after every collection (freshHeap).
import { describe, it, expect, beforeEach } from 'vitest';
import { freshHeap, str, key, setUserRoot, userRoot, prewarmKeys, withScope, handleNew, handleGet } from './helpers.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import { objectSet, objectGet, objectNewPlain } from '../../runtime/objects.ts';
import {
  elementsKindOf, elementsSet, elementsGet, elementsGetAttributes, elementsDelete, elementsDefine, arrayNew, arrayLength,
  arrayPush, arraySetLength, isArrayIndex, MAX_ARRAY_INDEX,
} from '../../runtime/elements.ts';
import { stringToArrayIndex, NOT_ARRAY_INDEX } from '../../runtime/number-conversions.ts';
import { ElementsKind, PropertyAttr } from '../../runtime/layouts.ts';
import { smiFrom, smiValue } from '../../runtime/memory.ts';
import { theHole, isHeapNumber, numberValue, numberNew } from '../../runtime/values.ts';
import { fieldGet } from '../../runtime/heap.ts';
import { JSArrayLayout } from '../../runtime/layouts.ts';
import { collectYoung, collectFull } from '../../runtime/gc.ts';

const A = PropertyAttr;
const B31 = 2 ** 31;
const B30 = 2 ** 30;
const MAX_INDEX = 2 ** 32 - 2;
const MAX_LENGTH = 2 ** 32 - 1;

for (const stress of [false, true]) describe(stress ? 'under --gc-stress' : 'normal', () => {
  beforeEach(() => {
    freshHeap();
    prewarmKeys(['4294967295', '4294967296', 'x']);
    flagsSetGcStress(stress);
  });

  const arr = () => userRoot(0);

  it('set and get at 2^31 and 2^32 - 2; length becomes 2^32 - 1', () => {
    setUserRoot(0, arrayNew(0));
    expect(elementsSet(arr(), B31, smiFrom(31))).toBe(true);
    expect(elementsKindOf(arr())).toBe(ElementsKind.DICTIONARY);
    expect(arrayLength(arr())).toBe(B31 + 1);
    expect(isHeapNumber(fieldGet(arr(), JSArrayLayout.length))).toBe(true);
    expect(smiValue(elementsGet(arr(), B31))).toBe(31);
    expect(elementsGetAttributes(arr(), B31)).toBe(A.ALL);
    expect(elementsSet(arr(), MAX_INDEX, smiFrom(32))).toBe(true);
    expect(arrayLength(arr())).toBe(MAX_LENGTH);
    expect(smiValue(elementsGet(arr(), MAX_INDEX))).toBe(32);
    expect(smiValue(elementsGet(arr(), B31))).toBe(31);
    // Overwrite in place; neighbours are absent.
    expect(elementsSet(arr(), B31, smiFrom(310))).toBe(true);
    expect(smiValue(elementsGet(arr(), B31))).toBe(310);
    for (const i of [B31 - 1, B31 + 1, MAX_INDEX - 1, 0, 1, 2]) {
      expect(elementsGet(arr(), i)).toBe(theHole());
      expect(elementsGetAttributes(arr(), i)).toBe(-1);
    }
    // 2^32 - 1 is not an element: absent, and refused by the elements API as a named property.
    expect(isArrayIndex(MAX_LENGTH)).toBe(false);
    expect(isArrayIndex(MAX_INDEX)).toBe(true);
    expect(elementsGet(arr(), MAX_LENGTH)).toBe(theHole());
    expect(() => elementsSet(arr(), MAX_LENGTH, smiFrom(1))).toThrow(/not an array index/);
    expect(arrayLength(arr())).toBe(MAX_LENGTH);
    // Push at length 2^32 - 1 is refused (the caller throws RangeError).
    expect(arrayPush(arr(), smiFrom(1))).toBe(-1);
    expect(arrayLength(arr())).toBe(MAX_LENGTH);
    heapVerify();
  });

  it('indices in [2^30, 2^31) have HeapNumber keys and are found by value', () => {
    setUserRoot(0, arrayNew(0));
    for (const i of [B30 - 1, B30, B30 + 7, B31 - 1]) expect(elementsSet(arr(), i, smiFrom(i & 0xffff))).toBe(true);
    expect(arrayLength(arr())).toBe(B31);
    collectYoung();
    for (const i of [B30 - 1, B30, B30 + 7, B31 - 1]) expect(smiValue(elementsGet(arr(), i))).toBe(i & 0xffff);
    expect(elementsGet(arr(), B30 + 1)).toBe(theHole());
    expect(elementsDelete(arr(), B30)).toBe(true);
    expect(elementsGet(arr(), B30)).toBe(theHole());
    expect(arrayLength(arr())).toBe(B31);
  });

  it('2^32 - 1 and 2^32 are named properties: length unchanged', () => {
    setUserRoot(0, arrayNew(0));
    arrayPush(arr(), smiFrom(1));
    expect(stringToArrayIndex(key('4294967295'))).toBe(NOT_ARRAY_INDEX);
    withScope(() => {
      const hk = handleNew(key('4294967295'));
      objectSet(arr(), handleGet(hk), smiFrom(7));
      const hk2 = handleNew(key('4294967296'));
      objectSet(arr(), handleGet(hk2), smiFrom(8));
    });
    expect(arrayLength(arr())).toBe(1);
    expect(smiValue(objectGet(arr(), key('4294967295')))).toBe(7);
    expect(smiValue(objectGet(arr(), key('4294967296')))).toBe(8);
    expect(elementsGet(arr(), MAX_LENGTH)).toBe(theHole());
    expect(elementsKindOf(arr())).toBe(ElementsKind.PACKED_SMI);
    heapVerify();
  });

  it('holes below a large index', () => {
    setUserRoot(0, arrayNew(0));
    for (let i = 0; i < 5; i++) arrayPush(arr(), smiFrom(i));
    expect(elementsKindOf(arr())).toBe(ElementsKind.PACKED_SMI);
    expect(elementsSet(arr(), B31 + 5, smiFrom(99))).toBe(true);
    expect(elementsKindOf(arr())).toBe(ElementsKind.DICTIONARY);
    expect(arrayLength(arr())).toBe(B31 + 6);
    for (let i = 0; i < 5; i++) expect(smiValue(elementsGet(arr(), i))).toBe(i);
    for (const i of [5, 6, 1000, B30, B31, B31 + 4, B31 + 6]) expect(elementsGet(arr(), i)).toBe(theHole());
    // A dense store far below still works in dictionary mode and does not lower length.
    expect(elementsSet(arr(), 5, smiFrom(5))).toBe(true);
    expect(arrayLength(arr())).toBe(B31 + 6);
    // Plain objects take large indices too (no length).
    setUserRoot(1, objectNewPlain());
    expect(elementsSet(userRoot(1), MAX_INDEX, smiFrom(3))).toBe(true);
    expect(smiValue(elementsGet(userRoot(1), MAX_INDEX))).toBe(3);
    expect(elementsKindOf(userRoot(1))).toBe(ElementsKind.DICTIONARY);
  });

  it('a fast array with length >= 2^31: stores, pushes and truncation stay in range', () => {
    setUserRoot(0, arrayNew(0));
    for (let i = 0; i < 10; i++) arrayPush(arr(), smiFrom(i));
    expect(arraySetLength(arr(), B31 + 3)).toBe(true);
    expect(elementsKindOf(arr())).toBe(ElementsKind.HOLEY_SMI);
    expect(arrayLength(arr())).toBe(B31 + 3);
    expect(elementsSet(arr(), 12, smiFrom(12))).toBe(true); // fast store, length stays
    expect(arrayLength(arr())).toBe(B31 + 3);
    expect(elementsKindOf(arr())).toBe(ElementsKind.HOLEY_SMI);
    // Truncating to a length still above the store clears nothing.
    expect(arraySetLength(arr(), B31)).toBe(true);
    expect(smiValue(elementsGet(arr(), 9))).toBe(9);
    expect(smiValue(elementsGet(arr(), 12))).toBe(12);
    // Across the boundary into the store.
    expect(arraySetLength(arr(), 5)).toBe(true);
    expect(arrayLength(arr())).toBe(5);
    expect(smiValue(elementsGet(arr(), 4))).toBe(4);
    expect(elementsGet(arr(), 5)).toBe(theHole());
    expect(elementsGet(arr(), 12)).toBe(theHole());
    expect(arrayPush(arr(), smiFrom(50))).toBe(6);
    heapVerify();
  });

  it('truncation across 2^31 in dictionary elements, stopping at a non-configurable index', () => {
    setUserRoot(0, arrayNew(0));
    for (let i = 0; i < 4; i++) arrayPush(arr(), smiFrom(i));
    for (const i of [B31 - 1, B31, B31 + 1, MAX_INDEX]) expect(elementsSet(arr(), i, smiFrom(i % 1000))).toBe(true);
    expect(arrayLength(arr())).toBe(MAX_LENGTH);
    // Shrink to just above 2^31: MAX_INDEX and 2^31 + 1 go, 2^31 stays.
    expect(arraySetLength(arr(), B31 + 1)).toBe(true);
    expect(arrayLength(arr())).toBe(B31 + 1);
    expect(elementsGet(arr(), MAX_INDEX)).toBe(theHole());
    expect(elementsGet(arr(), B31 + 1)).toBe(theHole());
    expect(smiValue(elementsGet(arr(), B31))).toBe(B31 % 1000);
    // A non-configurable element at 2^31 stops a truncation to below it.
    expect(elementsSet(arr(), B31 + 100, smiFrom(1))).toBe(true);
    expect(elementsDefine(arr(), B31, smiFrom(77), A.WRITABLE | A.ENUMERABLE)).toBe(true);
    expect(elementsGetAttributes(arr(), B31)).toBe(A.WRITABLE | A.ENUMERABLE);
    expect(arraySetLength(arr(), 2)).toBe(false);
    expect(arrayLength(arr())).toBe(B31 + 1);
    expect(smiValue(elementsGet(arr(), B31))).toBe(77);
    expect(elementsGet(arr(), B31 + 100)).toBe(theHole());
    expect(smiValue(elementsGet(arr(), B31 - 1))).toBe((B31 - 1) % 1000); // below the blocker: kept
    expect(smiValue(elementsGet(arr(), 3))).toBe(3);
    expect(elementsDelete(arr(), B31)).toBe(false);
    // Non-configurable elements refuse redefinition; configurable ones can be deleted.
    expect(elementsDefine(arr(), B31, smiFrom(1), A.WRITABLE)).toBe(false);
    expect(elementsDelete(arr(), B31 - 1)).toBe(true);
    expect(elementsGet(arr(), B31 - 1)).toBe(theHole());
    // A read-only element at 2^32 - 2 refuses stores.
    expect(elementsDefine(arr(), MAX_INDEX, smiFrom(5), A.CONFIGURABLE)).toBe(true);
    expect(arrayLength(arr())).toBe(MAX_LENGTH);
    expect(elementsSet(arr(), MAX_INDEX, smiFrom(6))).toBe(false);
    expect(smiValue(elementsGet(arr(), MAX_INDEX))).toBe(5);
    // Growing length again only changes length.
    expect(arraySetLength(arr(), MAX_LENGTH)).toBe(true);
    expect(arrayLength(arr())).toBe(MAX_LENGTH);
    expect(arraySetLength(arr(), B31 + 1)).toBe(true);
    expect(elementsGet(arr(), MAX_INDEX)).toBe(theHole());
    heapVerify();
  });

  it('the heap verifier passes after GCs with large-index elements (young and old keys)', () => {
    setUserRoot(0, arrayNew(0));
    for (let k = 0; k < 200; k++) {
      const i = B31 + k * 9973;
      withScope(() => {
        const hv = handleNew(str('v' + k));
        expect(elementsSet(arr(), i, handleGet(hv))).toBe(true);
      });
      if (k === 50) collectYoung();
      if (k === 100) collectFull(true);
    }
    expect(elementsSet(arr(), MAX_INDEX, numberNew(0.5))).toBe(true);
    collectYoung();
    collectFull(true);
    heapVerify();
    expect(arrayLength(arr())).toBe(MAX_LENGTH);
    for (let k = 0; k < 200; k++) {
      const v = elementsGet(arr(), B31 + k * 9973);
      expect(v).not.toBe(theHole());
    }
    expect(numberValue(elementsGet(arr(), MAX_INDEX))).toBe(0.5);
    expect(arraySetLength(arr(), B31 + 100 * 9973)).toBe(true);
    collectFull(false);
    heapVerify();
    expect(elementsGet(arr(), B31 + 100 * 9973)).toBe(theHole());
    expect(elementsGet(arr(), B31 + 99 * 9973)).not.toBe(theHole());
  });
});

describe('property-key strings: array index classification', () => {
  beforeEach(() => freshHeap());
  const classify = (s: string) => stringToArrayIndex(str(s));

  it('accepts the canonical decimal strings of 0 .. 2^32 - 2', () => {
    for (const s of ['0', '1', '9', '10', '123', '1073741823', '1073741824', '2147483647', '2147483648', '2147483649',
      '3000000000', '4294967293', '4294967294']) {
      expect(classify(s)).toBe(Number(s));
    }
    expect(MAX_ARRAY_INDEX).toBe(2 ** 32 - 2);
  });

  it('rejects 2^32 - 1 and above, leading zeros, signs, and non-canonical forms', () => {
    expect(NOT_ARRAY_INDEX).toBe(2 ** 32 - 1);
    for (const s of ['4294967295', '4294967296', '9999999999', '10000000000', '42949672940', '00', '01', '0001',
      '02147483648', '-0', '-1', '+1', '', ' 1', '1 ', '1.0', '1e3', '0x10', '1.5', 'Infinity', 'NaN', 'a', '１',
      '2147483648a', '4294967294\u0000']) {
      expect(classify(s)).toBe(NOT_ARRAY_INDEX);
    }
  });

  it('agrees with the spec definition on random and boundary values', () => {
    const spec = (s: string) => {
      const n = Number(s) >>> 0;
      return String(n) === s && n !== 2 ** 32 - 1 ? n : 2 ** 32 - 1;
    };
    const samples: string[] = [];
    let seed = 12345;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 300; i++) {
      const n = rnd() * 2 ** 32 + rnd();
      samples.push(String(rnd() >>> (rnd() & 31)), String(n % 2 ** 33), '0' + String(rnd()));
    }
    for (let d = -3; d <= 3; d++) samples.push(String(2 ** 31 + d), String(2 ** 32 + d), String(2 ** 30 + d));
    for (const s of samples) expect(classify(s)).toBe(spec(s));
  });
});
