// The object model through the kernel API: map sharing, dictionary fallback, elements kinds,
// attributes, arrays. The verifier runs after every collection (freshHeap) and at the end.
import { describe, it, expect, beforeEach } from 'vitest';
import { freshHeap, str, key, jsString, setUserRoot, userRoot, prewarmKeys } from './helpers.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import {
  objectNewPlain, objectSet, objectGet, objectGetOwn, objectMap, objectIsDictionaryMode, objectDeleteProperty,
  objectDefineOwnProperty, objectDefineAccessor, objectGetOwnAttributes, objectPreventExtensions, objectOwnKeys,
  objectSetPrototype, objectGetPrototype,
} from '../../runtime/objects.ts';
import {
  elementsKindOf, elementsSet, elementsGet, elementsDelete, elementsDefine, arrayNew, arrayLength, arrayPush, arraySetLength,
} from '../../runtime/elements.ts';
import { mapBackPointer, mapOwnDescriptors } from '../../runtime/maps.ts';
import { ElementsKind, PropertyAttr } from '../../runtime/layouts.ts';
import { smiFrom, smiValue } from '../../runtime/memory.ts';
import {
  theHole, undefinedValue, numberNew, numberValue, isHeapNumber, fixedArrayGet, accessorPairGetter, symbolNew,
  nullValue,
} from '../../runtime/values.ts';
import { collectYoung, collectFull } from '../../runtime/gc.ts';

const A = PropertyAttr;

for (const stress of [false, true]) describe(stress ? 'under --gc-stress' : 'normal', () => {
  beforeEach(() => {
    freshHeap();
    prewarmKeys(['x', 'y', 'a', 'b', 'c', 'd', 'ro', 'fixed', 'acc', 'missing', 'inherited', ...Array.from({ length: 40 }, (_, i) => 'p' + i), ...Array.from({ length: 200 }, (_, i) => 'k' + i)]);
    flagsSetGcStress(stress);
  });

  describe('maps', () => {
    it('objects built in the same order share maps; a different order gives a different map', () => {
      const kx = key('x'), ky = key('y');
      setUserRoot(0, kx); setUserRoot(1, ky);
      const build = (first: number, second: number) => {
        const o = objectNewPlain();
        setUserRoot(9, o);
        objectSet(userRoot(9), userRoot(first), smiFrom(1));
        objectSet(userRoot(9), userRoot(second), smiFrom(2));
        return userRoot(9);
      };
      setUserRoot(2, build(0, 1));
      setUserRoot(3, build(0, 1));
      setUserRoot(4, build(1, 0));
      expect(objectMap(userRoot(2))).toBe(objectMap(userRoot(3)));
      expect(objectMap(userRoot(2))).not.toBe(objectMap(userRoot(4)));
      expect(mapOwnDescriptors(objectMap(userRoot(2)))).toBe(2);
      // The transition tree: the parent of {x, y} is {x}.
      const parent = mapBackPointer(objectMap(userRoot(2)));
      expect(mapOwnDescriptors(parent)).toBe(1);
      collectFull(true);
      expect(objectMap(userRoot(2))).toBe(objectMap(userRoot(3)));
      expect(smiValue(objectGet(userRoot(4), userRoot(0)))).toBe(2);
      heapVerify();
    });

    it('stores beyond the in-object slots use the property backing store', () => {
      setUserRoot(0, objectNewPlain());
      for (let i = 0; i < 40; i++) objectSet(userRoot(0), key('p' + i), smiFrom(i * 3));
      collectYoung();
      for (let i = 0; i < 40; i++) expect(smiValue(objectGet(userRoot(0), key('p' + i)))).toBe(i * 3);
      expect(objectIsDictionaryMode(userRoot(0))).toBe(false);
      heapVerify();
    });

    it('falls back to dictionary mode on delete and on too many properties', () => {
      setUserRoot(0, objectNewPlain());
      objectSet(userRoot(0), key('a'), smiFrom(1));
      objectSet(userRoot(0), key('b'), smiFrom(2));
      objectSet(userRoot(0), key('c'), smiFrom(3));
      expect(objectDeleteProperty(userRoot(0), key('b'))).toBe(true);
      expect(objectIsDictionaryMode(userRoot(0))).toBe(true);
      expect(objectGetOwn(userRoot(0), key('b'))).toBe(theHole());
      expect(smiValue(objectGet(userRoot(0), key('c')))).toBe(3);
      objectSet(userRoot(0), key('d'), smiFrom(4));
      setUserRoot(5, objectOwnKeys(userRoot(0)));
      expect([0, 1, 2].map((i) => jsString(fixedArrayGet(userRoot(5), i)))).toEqual(['a', 'c', 'd']);

      setUserRoot(1, objectNewPlain());
      for (let i = 0; i < 200; i++) objectSet(userRoot(1), key('k' + i), smiFrom(i));
      expect(objectIsDictionaryMode(userRoot(1))).toBe(true);
      collectFull(false);
      for (let i = 0; i < 200; i++) expect(smiValue(objectGet(userRoot(1), key('k' + i)))).toBe(i);
      heapVerify();
    });

    it('follows the prototype chain', () => {
      setUserRoot(0, objectNewPlain());
      setUserRoot(1, objectNewPlain());
      objectSet(userRoot(0), key('inherited'), smiFrom(7));
      objectSetPrototype(userRoot(1), userRoot(0));
      expect(objectGetPrototype(userRoot(1))).toBe(userRoot(0));
      expect(smiValue(objectGet(userRoot(1), key('inherited')))).toBe(7);
      expect(objectGet(userRoot(1), key('missing'))).toBe(undefinedValue());
      expect(objectGetPrototype(objectGetPrototype(userRoot(0)))).toBe(nullValue());
    });
  });

  describe('attributes', () => {
    it('non-writable refuses [[Set]]; non-configurable refuses delete and redefinition', () => {
      setUserRoot(0, objectNewPlain());
      const o = () => userRoot(0);
      expect(objectDefineOwnProperty(o(), key('ro'), smiFrom(1), A.ENUMERABLE | A.CONFIGURABLE)).toBe(true);
      expect(objectSet(o(), key('ro'), smiFrom(2))).toBe(false);
      expect(smiValue(objectGet(o(), key('ro')))).toBe(1);
      expect(objectGetOwnAttributes(o(), key('ro'))).toBe(A.ENUMERABLE | A.CONFIGURABLE);
      // Configurable: can be made writable again.
      expect(objectDefineOwnProperty(o(), key('ro'), smiFrom(3), A.ALL)).toBe(true);
      expect(objectSet(o(), key('ro'), smiFrom(4))).toBe(true);
      expect(smiValue(objectGet(o(), key('ro')))).toBe(4);

      expect(objectDefineOwnProperty(o(), key('fixed'), smiFrom(5), 0)).toBe(true);
      expect(objectDeleteProperty(o(), key('fixed'))).toBe(false);
      expect(objectDefineOwnProperty(o(), key('fixed'), smiFrom(5), 0)).toBe(true); // same value: allowed
      expect(objectDefineOwnProperty(o(), key('fixed'), smiFrom(6), 0)).toBe(false);
      expect(objectDefineOwnProperty(o(), key('fixed'), smiFrom(5), A.CONFIGURABLE)).toBe(false);
      heapVerify();
    });

    it('stores accessor pairs and reports them', () => {
      setUserRoot(0, objectNewPlain());
      setUserRoot(1, str('getter-stand-in'));
      expect(objectDefineAccessor(userRoot(0), key('acc'), userRoot(1), undefinedValue(), A.ENUMERABLE | A.CONFIGURABLE)).toBe(true);
      expect(objectGetOwnAttributes(userRoot(0), key('acc'))).toBe(A.ENUMERABLE | A.CONFIGURABLE | A.ACCESSOR);
      collectFull(true);
      const pair = objectGet(userRoot(0), key('acc'));
      expect(jsString(accessorPairGetter(pair))).toBe('getter-stand-in');
      expect(objectSet(userRoot(0), key('acc'), smiFrom(1))).toBe(false);
    });

    it('preventExtensions refuses new properties but keeps old ones writable', () => {
      setUserRoot(0, objectNewPlain());
      objectSet(userRoot(0), key('a'), smiFrom(1));
      objectPreventExtensions(userRoot(0));
      expect(objectSet(userRoot(0), key('b'), smiFrom(2))).toBe(false);
      expect(objectSet(userRoot(0), key('a'), smiFrom(3))).toBe(true);
      expect(objectDefineOwnProperty(userRoot(0), key('c'), smiFrom(1), A.ALL)).toBe(false);
    });

    it('symbols are property keys', () => {
      setUserRoot(0, objectNewPlain());
      setUserRoot(1, symbolNew(str('desc')));
      objectSet(userRoot(0), userRoot(1), smiFrom(42));
      collectYoung();
      expect(smiValue(objectGet(userRoot(0), userRoot(1)))).toBe(42);
    });
  });

  describe('elements kinds', () => {
    it('transitions one way: packed smi -> double -> object, holey on gaps', () => {
      setUserRoot(0, arrayNew(0));
      const a = () => userRoot(0);
      arrayPush(a(), smiFrom(1));
      arrayPush(a(), smiFrom(2));
      expect(elementsKindOf(a())).toBe(ElementsKind.PACKED_SMI);
      const v15 = numberNew(1.5);
      arrayPush(a(), v15);
      expect(elementsKindOf(a())).toBe(ElementsKind.PACKED_DOUBLE);
      expect(numberValue(elementsGet(a(), 2))).toBe(1.5);
      arrayPush(a(), smiFrom(4)); // a Smi fits in a double array: no transition
      expect(elementsKindOf(a())).toBe(ElementsKind.PACKED_DOUBLE);
      const vs = str('s');
      arrayPush(a(), vs);
      expect(elementsKindOf(a())).toBe(ElementsKind.PACKED);
      expect(numberValue(elementsGet(a(), 0))).toBe(1);
      expect(numberValue(elementsGet(a(), 2))).toBe(1.5);
      elementsSet(a(), 10, smiFrom(0));
      expect(elementsKindOf(a())).toBe(ElementsKind.HOLEY);
      expect(arrayLength(a())).toBe(11);
      expect(elementsGet(a(), 7)).toBe(theHole());
      // Storing a Smi again never goes back down.
      elementsSet(a(), 0, smiFrom(5));
      expect(elementsKindOf(a())).toBe(ElementsKind.HOLEY);
      collectFull(true);
      expect(jsString(elementsGet(a(), 4))).toBe('s');
      heapVerify();
    });

    it('holey smi arrays, deletes, and arrays of the same kind share maps', () => {
      setUserRoot(0, arrayNew(4));
      setUserRoot(1, arrayNew(4));
      elementsSet(userRoot(0), 2, smiFrom(1));
      elementsSet(userRoot(1), 3, smiFrom(1));
      expect(elementsKindOf(userRoot(0))).toBe(ElementsKind.HOLEY_SMI);
      expect(objectMap(userRoot(0))).toBe(objectMap(userRoot(1)));
      setUserRoot(2, arrayNew(0));
      arrayPush(userRoot(2), smiFrom(1));
      arrayPush(userRoot(2), smiFrom(2));
      expect(elementsDelete(userRoot(2), 0)).toBe(true);
      expect(elementsKindOf(userRoot(2))).toBe(ElementsKind.HOLEY_SMI);
      expect(elementsGet(userRoot(2), 0)).toBe(theHole());
      expect(arrayLength(userRoot(2))).toBe(2);
    });

    it('sparse stores go to dictionary elements', () => {
      setUserRoot(0, arrayNew(0));
      elementsSet(userRoot(0), 0, smiFrom(1));
      elementsSet(userRoot(0), 100000, smiFrom(2));
      expect(elementsKindOf(userRoot(0))).toBe(ElementsKind.DICTIONARY);
      expect(arrayLength(userRoot(0))).toBe(100001);
      collectYoung();
      expect(smiValue(elementsGet(userRoot(0), 100000))).toBe(2);
      expect(smiValue(elementsGet(userRoot(0), 0))).toBe(1);
      expect(elementsGet(userRoot(0), 5)).toBe(theHole());
      heapVerify();
    });

    it('double arrays keep values exact and box on read', () => {
      setUserRoot(0, arrayNew(0));
      const vals = [0.1, -0, NaN, Infinity, 1e300, -5e-324];
      for (const v of vals) {
        const n = isFinite(v) && v === (v | 0) && !Object.is(v, -0) ? smiFrom(v) : numberNew(v);
        arrayPush(userRoot(0), n);
      }
      expect(elementsKindOf(userRoot(0))).toBe(ElementsKind.PACKED_DOUBLE);
      vals.forEach((v, i) => expect(Object.is(numberValue(elementsGet(userRoot(0), i)), v)).toBe(true));
      expect(isHeapNumber(elementsGet(userRoot(0), 0))).toBe(true);
    });
  });

  describe('arrays: length', () => {
    it('grows with stores, truncates when set smaller, stops at a non-configurable element', () => {
      setUserRoot(0, arrayNew(0));
      for (let i = 0; i < 10; i++) arrayPush(userRoot(0), smiFrom(i));
      expect(arraySetLength(userRoot(0), 3)).toBe(true);
      expect(arrayLength(userRoot(0))).toBe(3);
      expect(elementsGet(userRoot(0), 5)).toBe(theHole());
      expect(arraySetLength(userRoot(0), 2 ** 32 - 1)).toBe(true);
      expect(arrayLength(userRoot(0))).toBe(2 ** 32 - 1);
      expect(elementsKindOf(userRoot(0))).toBe(ElementsKind.HOLEY_SMI);

      setUserRoot(1, arrayNew(0));
      for (let i = 0; i < 10; i++) arrayPush(userRoot(1), smiFrom(i));
      expect(elementsDefine(userRoot(1), 5, smiFrom(50), A.WRITABLE | A.ENUMERABLE)).toBe(true);
      expect(elementsKindOf(userRoot(1))).toBe(ElementsKind.DICTIONARY);
      expect(arraySetLength(userRoot(1), 2)).toBe(false);
      expect(arrayLength(userRoot(1))).toBe(6);
      expect(smiValue(elementsGet(userRoot(1), 5))).toBe(50);
      expect(smiValue(elementsGet(userRoot(1), 3))).toBe(3); // below the blocker: kept
      expect(elementsGet(userRoot(1), 7)).toBe(theHole());
      heapVerify();
    });
  });
});
