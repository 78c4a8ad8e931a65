// Inline caches driven directly: a feedback vector, objects of several shapes, and the state of
// the site after each access (uninitialized -> monomorphic -> polymorphic -> megamorphic), with
// the loaded values checked against the generic path; also under --gc-stress.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { freshHeap, key, js, setUserRoot, userRoot, prewarmKeys, smiFrom } from './helpers.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import { feedbackVectorNew } from '../../runtime/functions.ts';
import { undefinedValue } from '../../runtime/values.ts';
import { objectNewPlain, objectSet, objectMap, objectNew } from '../../runtime/objects.ts';
import { arrayNew, elementsSet } from '../../runtime/elements.ts';
import { mapNew } from '../../runtime/maps.ts';
import { InstanceType, ElementsKind, JSObjectLayout } from '../../runtime/layouts.ts';
import { rootGet } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import {
  icLoadNamed, icLoadKeyed, icStoreNamed, icStoreKeyed, icState, IcState, icStatsReset, statIcLoadHits, statIcLoadMisses,
  statIcStoreHits, statIcKeyedLoadHits, statIcKeyedStoreHits, statIcToMegamorphic,
} from '../../runtime/ic.ts';
import { getProperty } from '../../runtime/property-access.ts';
import { icSetTraceIc, icSetTraceShapes } from '../../runtime/ic.ts';
import { sharedFunctionInfoNew } from '../../runtime/functions.ts';
import { nodeCaptureOutput } from '../../runtime/host/node.ts';

const FV = 0; // user root of the feedback vector

function vector(slots = 8): void {
  setUserRoot(FV, feedbackVectorNew(undefinedValue(), slots));
}

/** An object {names[0]: values[0], ...} in user root `r`. */
function makeObject(r: number, names: string[], values: number[]): void {
  setUserRoot(r, objectNewPlain());
  names.forEach((n, i) => objectSet(userRoot(r), key(n), smiFrom(values[i]!)));
}

for (const stress of [false, true]) describe(stress ? 'under --gc-stress' : 'normal', () => {
  beforeEach(() => {
    freshHeap();
    prewarmKeys(['x', 'y', 'z', 'm', 'a', 'b', 'c', 'd', 'e', 'f', 'length', 'missing', 'p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    icStatsReset();
    flagsSetGcStress(stress);
  });
  afterEach(() => {
    flagsSetGcStress(false);
    heapVerify();
  });

  it('a named load goes monomorphic, then hits', () => {
    vector();
    makeObject(1, ['x', 'y'], [1, 2]);
    expect(icState(userRoot(FV), 0)).toBe(IcState.uninitialized);
    expect(js(icLoadNamed(userRoot(1), key('y'), userRoot(FV), 0))).toBe(2);
    expect(icState(userRoot(FV), 0)).toBe(IcState.monomorphic);
    const misses = statIcLoadMisses;
    for (let i = 0; i < 10; i++) expect(js(icLoadNamed(userRoot(1), key('y'), userRoot(FV), 0))).toBe(2);
    expect(statIcLoadHits).toBe(10);
    expect(statIcLoadMisses).toBe(misses);
  });

  it('different shapes: polymorphic up to 4 maps, then megamorphic; values stay right', () => {
    vector();
    const shapes = [['x'], ['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'x'], ['e', 'x']];
    shapes.forEach((names, i) => makeObject(10 + i, names, names.map((n) => (n === 'x' ? 100 + i : 0))));
    const states: number[] = [];
    for (let round = 0; round < 2; round++) {
      shapes.forEach((_, i) => {
        expect(js(icLoadNamed(userRoot(10 + i), key('x'), userRoot(FV), 1))).toBe(100 + i);
        if (round === 0) states.push(icState(userRoot(FV), 1));
      });
    }
    expect(states).toEqual([IcState.monomorphic, IcState.polymorphic, IcState.polymorphic, IcState.polymorphic,
      IcState.megamorphic, IcState.megamorphic]);
    expect(statIcToMegamorphic).toBe(1);
    expect(statIcLoadHits).toBeGreaterThanOrEqual(5); // the second round hits (stub cache)
  });

  it('loads from the prototype and of absent properties are cached and follow prototype changes', () => {
    vector();
    makeObject(1, ['m'], [7]);               // the prototype
    setUserRoot(2, objectNew(mapNew(InstanceType.JS_OBJECT, JSObjectLayout.size + 12, 3, userRoot(1), ElementsKind.HOLEY_SMI)));
    objectSet(userRoot(2), key('x'), smiFrom(1));
    for (let i = 0; i < 3; i++) expect(js(icLoadNamed(userRoot(2), key('m'), userRoot(FV), 0))).toBe(7);
    for (let i = 0; i < 3; i++) expect(js(icLoadNamed(userRoot(2), key('missing'), userRoot(FV), 1))).toBe(undefined);
    expect(statIcLoadHits).toBe(4);
    // A value change on the prototype is seen (the handler re-reads the holder).
    objectSet(userRoot(1), key('m'), smiFrom(8));
    expect(js(icLoadNamed(userRoot(2), key('m'), userRoot(FV), 0))).toBe(8);
    // Adding the missing property to the prototype through [[Set]] invalidates the cached "absent".
    const { setProperty } = await_setProperty();
    setProperty(userRoot(1), key('missing'), smiFrom(5), true);
    expect(js(icLoadNamed(userRoot(2), key('missing'), userRoot(FV), 1))).toBe(5);
  });

  it('array length, string length and elements', () => {
    vector();
    setUserRoot(1, arrayNew(0));
    for (let i = 0; i < 5; i++) elementsSet(userRoot(1), i, smiFrom(i * 10));
    for (let i = 0; i < 3; i++) expect(js(icLoadNamed(userRoot(1), key('length'), userRoot(FV), 0))).toBe(5);
    for (let i = 0; i < 5; i++) expect(js(icLoadKeyed(userRoot(1), smiFrom(i), userRoot(FV), 1))).toBe(i * 10);
    expect(js(icLoadKeyed(userRoot(1), smiFrom(7), userRoot(FV), 1))).toBe(undefined);
    expect(icState(userRoot(FV), 1)).toBe(IcState.monomorphic);
    expect(statIcKeyedLoadHits).toBe(4);
  });

  it('stores: existing fields, transitions, element stores and appends', () => {
    vector();
    makeObject(1, ['x'], [1]);
    for (let i = 0; i < 4; i++) icStoreNamed(userRoot(1), key('x'), smiFrom(i), true, userRoot(FV), 0);
    expect(js(getProperty(userRoot(1), key('x')))).toBe(3);
    // Transitions: fresh objects get y added through the same site.
    for (let i = 0; i < 4; i++) {
      setUserRoot(2 + i, objectNewPlain());
      icStoreNamed(userRoot(2 + i), key('y'), smiFrom(i), true, userRoot(FV), 1);
    }
    for (let i = 0; i < 4; i++) expect(js(getProperty(userRoot(2 + i), key('y')))).toBe(i);
    expect(objectMap(userRoot(2))).toBe(objectMap(userRoot(5)));
    expect(statIcStoreHits).toBe(3 + 3);
    // Appending elements with arr[arr.length] = v, then overwriting.
    setUserRoot(8, arrayNew(16));
    for (let i = 0; i < 10; i++) icStoreKeyed(userRoot(8), smiFrom(i), smiFrom(i + 1), true, userRoot(FV), 2);
    for (let i = 0; i < 10; i++) icStoreKeyed(userRoot(8), smiFrom(i), smiFrom(2 * i), true, userRoot(FV), 2);
    expect(js(getProperty(userRoot(8), key('length')))).toBe(10);
    for (let i = 0; i < 10; i++) expect(js(icLoadKeyed(userRoot(8), smiFrom(i), userRoot(FV), 3))).toBe(2 * i);
    expect(statIcKeyedStoreHits).toBeGreaterThanOrEqual(18);
  });

  it('no feedback vector means the generic path', () => {
    makeObject(1, ['x'], [4]);
    expect(js(icLoadNamed(userRoot(1), key('x'), undefinedValue(), 0))).toBe(4);
    expect(statIcLoadHits + statIcLoadMisses).toBe(0);
    expect(rootGet(RootIndex.icStubCache)).toBe(0);
  });
});

describe('--trace-ic and --trace-shapes', () => {
  it('prints one line per state change and per map transition made by a store', () => {
    freshHeap();
    prewarmKeys(['x', 'a', 'b', 'c', 'd', 'fn']);
    setUserRoot(0, feedbackVectorNew(sharedFunctionInfoNew(key('fn'), 0, 0), 2));
    const shapes = [['x'], ['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'x']];
    shapes.forEach((names, i) => makeObject(10 + i, names, names.map(() => i)));
    const lines: string[] = [];
    nodeCaptureOutput(lines);
    icSetTraceIc(true);
    icSetTraceShapes(true);
    try {
      for (let round = 0; round < 2; round++) shapes.forEach((_, i) => icLoadNamed(userRoot(10 + i), key('x'), userRoot(0), 1));
      setUserRoot(20, objectNewPlain());
      icStoreNamed(userRoot(20), key('a'), smiFrom(1), true, userRoot(0), 0);
    } finally {
      icSetTraceIc(false);
      icSetTraceShapes(false);
      nodeCaptureOutput(null);
    }
    const ic = lines.filter((l) => l.startsWith('[LoadIC'));
    expect(ic.map((l) => l.replace(/map=-?\d+/, 'map=M'))).toEqual([
      '[LoadIC fn:slot 1] uninitialized -> monomorphic map=M key=x',
      '[LoadIC fn:slot 1] monomorphic -> polymorphic map=M key=x',
      '[LoadIC fn:slot 1] polymorphic -> megamorphic map=M key=x',
    ]);
    expect(lines.filter((l) => l.startsWith('[shape]')).map((l) => l.replace(/map=-?\d+/g, 'map=M'))).toEqual(['[shape] map=M -> map=M add a']);
    expect(lines.filter((l) => l.startsWith('[StoreIC')).length).toBe(1);
  });
});

// property-access is imported statically above; this keeps the test body free of a second import line.
import * as PA from '../../runtime/property-access.ts';
function await_setProperty() {
  return PA;
}
