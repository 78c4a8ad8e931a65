// The real kernel's garbage collectors, compiled natively: a linked list of objects is built
// while garbage strings churn through a 256 KiB young generation (many scavenges, promotion), then
// full collections with and without compaction run, with the heap verifier after each; the
// surviving list must be intact. Output excludes timings, so native and Node print the same.
import type { i32 } from '../../../runtime/types.ts';
import { hostWriteLit, hostWriteI32 } from '../../../runtime/host/host.ts';
import { KB, MB, smiFrom, smiValue } from '../../../runtime/memory.ts';
import { heapSetup } from '../../../runtime/bootstrap.ts';
import { atom } from '../../../runtime/atoms.ts';
import { stringConcat, stringNewOneByte, seqSetChar, stringInternalize } from '../../../runtime/strings.ts';
import { objectNewPlain, objectSet, objectGet } from '../../../runtime/objects.ts';
import { rootGet, rootSet } from '../../../runtime/heap.ts';
import { RootIndex } from '../../../runtime/roots.ts';
import { collectFull, collectYoung } from '../../../runtime/gc.ts';
import { flagsSetVerifyHeap, flagsSetPromotionAge, statScavenges, statMarkCompacts } from '../../../runtime/flags.ts';
import { heapVerify } from '../../../runtime/verifier.ts';

const LIST: i32 = RootIndex.firstUser;
const COUNT: i32 = 3000;

function garbage(n: i32): i32 {
  const s: i32 = stringNewOneByte((16 + (n & 63)) | 0);
  for (let i: i32 = 0; i < 16; i++) seqSetChar(s, i, (97 + ((((n + i) | 0) % 26) | 0)) | 0);
  return s;
}

function listSum(): i32 {
  let sum: i32 = 0;
  let count: i32 = 0;
  let node: i32 = rootGet(LIST);
  const valueKey: i32 = atom('value');
  const nextKey: i32 = atom('next');
  while ((node & 1) !== 0 && count < 100000) {
    sum = (sum + smiValue(objectGet(node, valueKey))) | 0;
    node = objectGet(node, nextKey);
    count = (count + 1) | 0;
  }
  return (sum ^ Math.imul(count, 65599)) | 0;
}

export function main(): i32 {
  heapSetup(128 * MB, 256 * KB);
  flagsSetVerifyHeap(true);
  flagsSetPromotionAge(2);
  rootSet(LIST, smiFrom(0));
  for (let i: i32 = 0; i < COUNT; i++) {
    garbage(i);
    stringInternalize(stringConcat(garbage(i), atom('-suffix')));
    const node: i32 = objectNewPlain();
    rootSet((LIST + 1) | 0, node); // keep it across the allocations below
    objectSet(rootGet((LIST + 1) | 0), atom('value'), smiFrom(Math.imul(i, 7)));
    objectSet(rootGet((LIST + 1) | 0), atom('next'), rootGet(LIST));
    rootSet(LIST, rootGet((LIST + 1) | 0));
    if (((i % 500) | 0) === 499) collectYoung();
  }
  hostWriteLit(1, 'after allocation: ');
  hostWriteI32(1, listSum());
  if (statScavenges >= 6) hostWriteLit(1, ' (scavenged)\n');
  else hostWriteLit(1, ' (no scavenges?)\n');
  collectYoung();
  collectFull(false);
  heapVerify();
  hostWriteLit(1, 'after mark-sweep: ');
  hostWriteI32(1, listSum());
  collectFull(true);
  heapVerify();
  hostWriteLit(1, '\nafter mark-compact: ');
  hostWriteI32(1, listSum());
  if (statMarkCompacts >= 2) hostWriteLit(1, '\nfull collections ran\n');
  else hostWriteLit(1, '\nfull collections missing\n');
  return 0;
}
