import { describe, it, expect } from 'vitest';
import { freshHeap, str, key, jsString, setUserRoot, userRoot, setProp, getProp, MB } from './helpers.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import { imageWrite, imageLoad, ImageHeader, IMAGE_MAGIC } from '../../runtime/image.ts';
import { nodeTakeBlob, nodeSetInputBlob } from '../../runtime/host/node.ts';
import { fixedArrayNew, fixedArraySet, fixedArrayGet, numberNew, numberValue } from '../../runtime/values.ts';
import { objectNewPlain } from '../../runtime/objects.ts';
import { arrayNew, arrayPush, elementsGet } from '../../runtime/elements.ts';
import { stringConcat } from '../../runtime/strings.ts';
import { smiFrom, smiValue } from '../../runtime/memory.ts';
import { collectYoung } from '../../runtime/gc.ts';

function buildGraph(): void {
  setUserRoot(0, arrayNew(0));
  for (let i = 0; i < 2000; i++) {
    setUserRoot(1, objectNewPlain());
    setProp(1, 'id', () => smiFrom(i));
    setProp(1, 'name', () => str('object #' + i));
    setProp(1, 'weight', () => numberNew(i / 7));
    setProp(1, 'self', () => userRoot(1));
    arrayPush(userRoot(0), userRoot(1));
    if (i % 500 === 0) collectYoung();
  }
  setUserRoot(2, fixedArrayNew(70000)); // a large object
  fixedArraySet(userRoot(2), 69999, userRoot(0));
  setUserRoot(3, stringConcat(str('rope: left side, long enough'), str(' / right side')));
}

function checkGraph(): void {
  for (let i = 0; i < 2000; i += 97) {
    setUserRoot(1, elementsGet(userRoot(0), i));
    expect(smiValue(getProp(1, 'id'))).toBe(i);
    expect(jsString(getProp(1, 'name'))).toBe('object #' + i);
    expect(numberValue(getProp(1, 'weight'))).toBe(i / 7);
    expect(getProp(1, 'self')).toBe(userRoot(1));
  }
  expect(fixedArrayGet(userRoot(2), 69999)).toBe(userRoot(0));
  expect(jsString(userRoot(3))).toBe('rope: left side, long enough / right side');
}

describe('heap images', () => {
  it('round-trips: written, loaded and written again, the bytes are identical', () => {
    freshHeap(128, 1);
    buildGraph();
    imageWrite();
    const first = nodeTakeBlob().slice();
    const header = new Int32Array(first.buffer, 0, 16);
    expect(header[ImageHeader.magic / 4]).toBe(IMAGE_MAGIC);
    expect(header[ImageHeader.largeBytes / 4]).toBeGreaterThan(0);
    checkGraph();
    heapVerify();

    // Load into a heap of a different size: the image does not depend on it.
    nodeSetInputBlob(first);
    expect(imageLoad(192 * MB, 2 * MB)).toBe(true);
    heapVerify();
    checkGraph();
    expect(key('object #5')).toBe(key('object #5'));
    nodeSetInputBlob(first);
    expect(imageLoad(160 * MB, 1 * MB)).toBe(true);
    imageWrite();
    const second = nodeTakeBlob().slice();
    expect(second.length).toBe(first.length);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('is deterministic: the same program gives the same bytes', () => {
    freshHeap(128, 1);
    buildGraph();
    imageWrite();
    const a = nodeTakeBlob().slice();
    freshHeap(128, 1);
    buildGraph();
    imageWrite();
    const b = nodeTakeBlob().slice();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it('rejects corrupt images', () => {
    freshHeap(128, 1);
    buildGraph();
    imageWrite();
    const good = nodeTakeBlob().slice();
    const flipped = good.slice();
    flipped[ImageHeader.size + 5000] ^= 1;
    nodeSetInputBlob(flipped);
    expect(imageLoad(128 * MB, 1 * MB)).toBe(false);
    const badMagic = good.slice();
    badMagic[0] ^= 0xff;
    nodeSetInputBlob(badMagic);
    expect(imageLoad(128 * MB, 1 * MB)).toBe(false);
    nodeSetInputBlob(good.slice(0, good.length - 8));
    expect(imageLoad(128 * MB, 1 * MB)).toBe(false);
  });
});
