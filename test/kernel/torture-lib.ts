// GC torture: a live graph of records (objects with in-object and out-of-line properties, arrays
// of numbers and strings, ropes, cycles through `next`, maps shared by construction order and
// dictionary-mode records), mutated so that old objects keep pointing at new young ones, until a
// given number of bytes has been allocated. The verifier runs after every collection.
import { heapSetup } from '../../runtime/bootstrap.ts';
import {
  flagsSetVerifyHeap, flagsSetPromotionAge, flagsSetTraceGc, statAllocatedBytes, statScavenges, statMarkCompacts,
  statPauseMaxMs, statScavengePauseTotalMs, statMarkCompactPauseTotalMs, flagsSetGcStress,
} from '../../runtime/flags.ts';
import { rootGet, rootSet, handleScopeOpen, handleScopeClose, handleNew, handleGet, oldUsedBytes, largeUsedBytes } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { fixedArrayNew, fixedArrayGet, fixedArraySet, numberNew } from '../../runtime/values.ts';
import { objectNewPlain, objectSet, objectGet, objectDeleteProperty } from '../../runtime/objects.ts';
import { arrayNew, arrayPush, elementsGet, arrayLength } from '../../runtime/elements.ts';
import { stringNewOneByte, seqSetChar, stringConcat, stringInternalize, stringLength, stringFlatten } from '../../runtime/strings.ts';
import { smiFrom, smiValue, MB } from '../../runtime/memory.ts';
import { collectFull, heapUsedBytes } from '../../runtime/gc.ts';
import { heapVerify } from '../../runtime/verifier.ts';

const R = RootIndex.firstUser;
const TABLE = R, K_ID = R + 1, K_NAME = R + 2, K_NEXT = R + 3, K_DATA = R + 4, K_EXTRA = R + 5, TMP = R + 6;

let seed = 12345;
function rand(n: number): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
}

function makeString(n: number): number {
  const s = stringNewOneByte(n);
  for (let i = 0; i < n; i++) seqSetChar(s, i, 97 + ((i * 7 + n) % 26));
  return s;
}

function keyOf(text: string): number {
  const s = stringNewOneByte(text.length);
  for (let i = 0; i < text.length; i++) seqSetChar(s, i, text.charCodeAt(i));
  return stringInternalize(s);
}

/** A record {id, name, data: [numbers, strings, the record], next: the record}; some in dictionary mode. */
function makeRecord(id: number): number {
  const scope = handleScopeOpen();
  const hObj = handleNew(objectNewPlain());
  objectSet(handleGet(hObj), rootGet(K_ID), smiFrom(id));
  const name = id % 3 === 0
    ? (() => { const h = handleNew(makeString(8)); const t = makeString(12); return stringConcat(handleGet(h), t); })()
    : makeString(6 + (id % 20));
  objectSet(handleGet(hObj), rootGet(K_NAME), name);
  const hArr = handleNew(arrayNew(0));
  const n = 2 + (id % 6);
  for (let i = 0; i < n; i++) {
    const v = i % 3 === 0 ? numberNew(id + i / 4) : i % 3 === 1 ? smiFrom(i) : makeString(5);
    arrayPush(handleGet(hArr), v);
  }
  objectSet(handleGet(hObj), rootGet(K_DATA), handleGet(hArr));
  // Cycles: the record points at itself through `next` and through its data array.
  objectSet(handleGet(hObj), rootGet(K_NEXT), handleGet(hObj));
  arrayPush(handleGet(hArr), handleGet(hObj));
  if (id % 11 === 0) {
    objectSet(handleGet(hObj), rootGet(K_EXTRA), smiFrom(1));
    objectDeleteProperty(handleGet(hObj), rootGet(K_EXTRA)); // dictionary mode
  }
  const r = handleGet(hObj);
  handleScopeClose(scope);
  return r;
}

export interface TortureResult {
  allocatedMB: number;
  scavenges: number;
  fullGcs: number;
  liveAfterFullMB: number[];
  maxPauseMs: number;
  scavengePauseTotalMs: number;
  fullPauseTotalMs: number;
  seconds: number;
}

/** Builds ~liveMB of records, then mutates until totalMB have been allocated. */
export function torture(totalMB: number, liveMB: number, log: (s: string) => void = () => {}): TortureResult {
  const t0 = performance.now();
  heapSetup(Math.max(256, liveMB * 6) * MB, 8 * MB);
  flagsSetGcStress(false);
  flagsSetTraceGc(false);
  flagsSetVerifyHeap(true);
  flagsSetPromotionAge(2);
  seed = 12345;
  rootSet(K_ID, keyOf('id'));
  rootSet(K_NAME, keyOf('name'));
  rootSet(K_NEXT, keyOf('next'));
  rootSet(K_DATA, keyOf('data'));
  rootSet(K_EXTRA, keyOf('extra'));
  // About 330 bytes per record with its name and data.
  const count = Math.floor((liveMB * MB) / 330);
  rootSet(TABLE, fixedArrayNew(count));
  for (let i = 0; i < count; i++) fixedArraySet(rootGet(TABLE), i, makeRecord(i));
  collectFull(true);
  const liveAfterFull: number[] = [(oldUsedBytes + largeUsedBytes) / MB];
  log(`built ${count} records, live ${liveAfterFull[0]!.toFixed(1)} MB, heap used ${(heapUsedBytes() / MB).toFixed(1)} MB`);
  let lastFulls = 0;
  let id = count;
  while (statAllocatedBytes < totalMB * MB) {
    const i = rand(count);
    switch (rand(4)) {
      case 0: // replace a whole record (the old one becomes garbage in the old generation)
        fixedArraySet(rootGet(TABLE), i, makeRecord(id++));
        break;
      case 1: { // an old record gets a new young name
        const name = makeString(10 + rand(30));
        objectSet(fixedArrayGet(rootGet(TABLE), i), rootGet(K_NAME), name);
        break;
      }
      case 2: { // an old array gets a new young element
        const arr = objectGet(fixedArrayGet(rootGet(TABLE), i), rootGet(K_DATA));
        const len = arrayLength(arr);
        rootSet(TMP, arr);
        const v = makeString(4 + rand(8));
        if (len > 0) {
          // overwrite element 0 (keeps the live size stable)
          const scope = handleScopeOpen();
          const hv = handleNew(v);
          objectSet(fixedArrayGet(rootGet(TABLE), i), rootGet(K_DATA), rootGet(TMP));
          setElement0(rootGet(TMP), handleGet(hv));
          handleScopeClose(scope);
        }
        break;
      }
      default: // garbage that dies young
        for (let k = 0; k < 8; k++) makeString(20 + rand(40));
    }
    if (statMarkCompacts !== lastFulls) {
      lastFulls = statMarkCompacts;
      liveAfterFull.push((oldUsedBytes + largeUsedBytes) / MB);
      log(`  allocated ${(statAllocatedBytes / MB).toFixed(0)} MB, full GC #${statMarkCompacts}: old+large ${liveAfterFull[liveAfterFull.length - 1]!.toFixed(1)} MB`);
    }
  }
  // Check the graph is intact.
  for (let i = 0; i < count; i += 97) {
    const r = fixedArrayGet(rootGet(TABLE), i);
    if ((smiValue(objectGet(r, rootGet(K_ID))) | 0) < 0) throw new Error('bad id');
    if (stringLength(stringFlatten(objectGet(fixedArrayGet(rootGet(TABLE), i), rootGet(K_NAME)))) <= 0) throw new Error('bad name');
  }
  collectFull(true);
  liveAfterFull.push((oldUsedBytes + largeUsedBytes) / MB);
  heapVerify();
  return {
    allocatedMB: statAllocatedBytes / MB,
    scavenges: statScavenges,
    fullGcs: statMarkCompacts,
    liveAfterFullMB: liveAfterFull,
    maxPauseMs: statPauseMaxMs,
    scavengePauseTotalMs: statScavengePauseTotalMs,
    fullPauseTotalMs: statMarkCompactPauseTotalMs,
    seconds: (performance.now() - t0) / 1000,
  };
}

import { elementsSet } from '../../runtime/elements.ts';
function setElement0(arr: number, v: number): void {
  elementsSet(arr, 0, v);
}
export { elementsGet };
