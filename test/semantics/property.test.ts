// property-access.ts driven directly over a heap (no realm, no JavaScript): [[Get]]/[[Set]] on
// objects, arrays and strings, prototype chains, attributes, index keys, defining with attributes;
// normally and under --gc-stress.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { freshHeap, key, str, js, setUserRoot, userRoot, prewarmKeys, smiFrom, Thrown } from './helpers.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import { objectNewPlain, objectNew, objectPreventExtensions } from '../../runtime/objects.ts';
import { arrayNew } from '../../runtime/elements.ts';
import { mapNew } from '../../runtime/maps.ts';
import { InstanceType, ElementsKind, JSObjectLayout, PropertyAttr } from '../../runtime/layouts.ts';
import { numberNew, undefinedValue, nullValue } from '../../runtime/values.ts';
import {
  getProperty, getKeyed, setProperty, setKeyed, hasProperty, deletePropertyOperator, defineOwnDataProperty,
  defineOwnPropertyWithAttributes, defineOwnAccessorProperty, getOwnPropertyAttributes,
} from '../../runtime/property-access.ts';
import { toPropertyKey } from '../../runtime/conversions.ts';
import { ownAccessorPair, keyArrayIndex } from '../../runtime/semantics-lookup.ts';
import { accessorPairGetter } from '../../runtime/values.ts';

const A = PropertyAttr;

for (const stress of [false, true]) describe(stress ? 'under --gc-stress' : 'normal', () => {
  beforeEach(() => {
    freshHeap();
    prewarmKeys(['x', 'y', 'length', '0', '7', '4294967295', 'm']);
    flagsSetGcStress(stress);
  });
  afterEach(() => {
    flagsSetGcStress(false);
    heapVerify();
  });

  it('reads along the prototype chain, writes shadow on the receiver', () => {
    setUserRoot(1, objectNewPlain());
    setProperty(userRoot(1), key('m'), smiFrom(5), true);
    setUserRoot(2, objectNew(mapNew(InstanceType.JS_OBJECT, JSObjectLayout.size + 12, 3, userRoot(1), ElementsKind.HOLEY_SMI)));
    expect(js(getProperty(userRoot(2), key('m')))).toBe(5);
    setProperty(userRoot(2), key('m'), smiFrom(6), true);
    expect(js(getProperty(userRoot(2), key('m')))).toBe(6);
    expect(js(getProperty(userRoot(1), key('m')))).toBe(5);
    expect(js(hasProperty(userRoot(2), key('x')))).toBe(false);
    expect(js(hasProperty(userRoot(2), key('m')))).toBe(true);
  });

  it('index keys in every spelling reach the same element; 2^32 - 1 is a name', () => {
    setUserRoot(1, arrayNew(0));
    setUserRoot(5, str('7')); // made first: a key made inside the call's arguments could move the array
    setKeyed(userRoot(1), userRoot(5), smiFrom(70), true);
    expect(js(getKeyed(userRoot(1), smiFrom(7)))).toBe(70);
    expect(js(getProperty(userRoot(1), key('7')))).toBe(70);
    expect(js(getProperty(userRoot(1), key('length')))).toBe(8);
    setUserRoot(6, numberNew(4294967295));
    setKeyed(userRoot(1), userRoot(6), smiFrom(1), true);
    expect(js(getProperty(userRoot(1), key('length')))).toBe(8);
    expect(js(getProperty(userRoot(1), key('4294967295')))).toBe(1);
    expect(keyArrayIndex(toPropertyKey(numberNew(4294967294)))).toBe(4294967294);
    expect(keyArrayIndex(toPropertyKey(numberNew(-0)))).toBe(0);
  });

  it('strict failures throw, sloppy ones return the value', () => {
    setUserRoot(1, objectNewPlain());
    defineOwnPropertyWithAttributes(userRoot(1), key('x'), smiFrom(1), A.ENUMERABLE);
    expect(js(setProperty(userRoot(1), key('x'), smiFrom(2), false))).toBe(2);
    expect(js(getProperty(userRoot(1), key('x')))).toBe(1);
    expect(js(setProperty(userRoot(1), key('x'), smiFrom(2), true))).toBeInstanceOf(Thrown);
    objectPreventExtensions(userRoot(1));
    expect(js(setProperty(userRoot(1), key('y'), smiFrom(2), true))).toBeInstanceOf(Thrown);
    expect(js(defineOwnDataProperty(userRoot(1), key('y'), smiFrom(2)))).toBeInstanceOf(Thrown);
    expect(js(getProperty(undefinedValue(), key('x')))).toBeInstanceOf(Thrown);
    expect(js(setProperty(nullValue(), key('x'), smiFrom(1), false))).toBeInstanceOf(Thrown);
    expect(js(setProperty(str('abc'), key('length'), smiFrom(1), true))).toBeInstanceOf(Thrown);
    expect(js(setProperty(str('abc'), key('x'), smiFrom(1), false))).toBe(1);
  });

  it('strings: length, indices, nothing else own', () => {
    setUserRoot(1, str('h\u00e9llo'));
    expect(js(getProperty(userRoot(1), key('length')))).toBe(5);
    expect(js(getKeyed(userRoot(1), smiFrom(1)))).toBe('\u00e9');
    expect(js(getKeyed(userRoot(1), smiFrom(5)))).toBe(undefined);
  });

  it('defining with attributes routes indices to the elements', () => {
    setUserRoot(1, objectNewPlain());
    expect(defineOwnPropertyWithAttributes(userRoot(1), smiFrom(0), smiFrom(9), A.WRITABLE | A.CONFIGURABLE)).toBe(true);
    expect(getOwnPropertyAttributes(userRoot(1), smiFrom(0))).toBe(A.WRITABLE | A.CONFIGURABLE);
    expect(getOwnPropertyAttributes(userRoot(1), key('0'))).toBe(A.WRITABLE | A.CONFIGURABLE);
    expect(js(getKeyed(userRoot(1), smiFrom(0)))).toBe(9);
    setUserRoot(2, objectNewPlain()); // stands in for a getter function (not called here)
    expect(defineOwnAccessorProperty(userRoot(1), smiFrom(3), userRoot(2), undefinedValue(), A.CONFIGURABLE)).toBe(true);
    expect(getOwnPropertyAttributes(userRoot(1), smiFrom(3))).toBe(A.CONFIGURABLE | A.ACCESSOR);
    expect(accessorPairGetter(ownAccessorPair(userRoot(1), smiFrom(3), 3))).toBe(userRoot(2));
    expect(defineOwnAccessorProperty(userRoot(1), key('x'), userRoot(2), undefinedValue(), A.ENUMERABLE)).toBe(true);
    expect(getOwnPropertyAttributes(userRoot(1), key('x'))).toBe(A.ENUMERABLE | A.ACCESSOR);
    expect(js(deletePropertyOperator(userRoot(1), smiFrom(3), true))).toBe(true);
    expect(getOwnPropertyAttributes(userRoot(1), smiFrom(3))).toBe(-1);
    expect(js(deletePropertyOperator(userRoot(1), key('x'), true))).toBeInstanceOf(Thrown); // not configurable
  });
});
