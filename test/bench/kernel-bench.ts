// npm run bench:kernel [alloc|scavenge|compact|load|string] — kernel figures: allocation rate, scavenge pause (16 MB young generation,
// 10% survivors), mark-compact pause per live MB, monomorphic property load through the map check,
// string concatenation + flattening. The heap verifier is off here.
import { heapSetup } from '../../runtime/bootstrap.ts';
import { flagsSetVerifyHeap, flagsSetPromotionAge } from '../../runtime/flags.ts';
import { rootGet, rootSet, youngTop, youngSpaceStart } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { MB, smiFrom } from '../../runtime/memory.ts';
import { fixedArrayNew, fixedArraySet, fixedArrayGet, heapNumberNew, numberNew } from '../../runtime/values.ts';
import { collectYoung, collectFull } from '../../runtime/gc.ts';
import { objectNewPlain, objectSet, objectLoadIC, objectFieldOffsetForIC, objectMap } from '../../runtime/objects.ts';
import { stringNewOneByte, seqSetChar, stringConcat, stringFlatten, stringInternalize, stringLength } from '../../runtime/strings.ts';
import { oldUsedBytes } from '../../runtime/heap.ts';

const R = RootIndex.firstUser;
const results: Record<string, string> = {};
function report(name: string, value: string): void {
  results[name] = value;
  console.log(`${name.padEnd(48)} ${value}`);
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function keyOf(text: string): number {
  const s = stringNewOneByte(text.length);
  for (let i = 0; i < text.length; i++) seqSetChar(s, i, text.charCodeAt(i));
  return stringInternalize(s);
}

const only = process.argv[2];
function wanted(section: string): boolean {
  return !only || only === section;
}
function setup(): void {
  heapSetup(512 * MB, 16 * MB);
  flagsSetVerifyHeap(false);
  flagsSetPromotionAge(2);
}

// 1. Allocation rate: short-lived 32-byte arrays and heap numbers, scavenges included.
if (wanted('alloc')) {
  setup();
  const t0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < 4_000_000; i++) {
    fixedArrayNew(6);
    heapNumberNew(i + 0.5);
    bytes += 32 + 16;
  }
  const s = (performance.now() - t0) / 1000;
  report('allocation rate (small objects, with scavenges)', `${(bytes / MB / s).toFixed(0)} MB/s, ${(8_000_000 / s / 1e6).toFixed(1)} M objects/s`);
}

// 2. Scavenge pause: a full 16 MB young generation, 10% of it surviving.
if (wanted('scavenge')) {
  setup();
  const pauses: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 31; round++) {
    // Survivors: every 10th 64-byte array is linked from a rooted list; the rest is garbage.
    rootSet(R, fixedArrayNew(1));
    collectYoung();
    collectYoung(); // the list head is now old: survivors are reached through the remembered set too
    let survivors = 0;
    while (((youngTop - youngSpaceStart) | 0) < 16 * MB - 256) {
      const a = fixedArrayNew(14); // 64 bytes
      if ((survivors++ % 10) === 0) {
        fixedArraySet(a, 0, fixedArrayGet(rootGet(R), 0));
        fixedArraySet(rootGet(R), 0, a);
      }
    }
    flagsSetPromotionAge(2);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    collectYoung();
    pauses.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    rootSet(R, smiFrom(0));
    collectFull(true);
  }
  report('scavenge pause, 16 MB young gen, 10% survivors', `31 runs: wall median ${median(pauses).toFixed(2)} ms (min ${Math.min(...pauses).toFixed(2)}, max ${Math.max(...pauses).toFixed(2)}); CPU median ${median(cpu).toFixed(2)} ms`);
}

// 3. Mark-compact pause per live MB: ~28 MB live in the old generation after half of it died.
if (wanted('compact')) {
  setup();
  const n = 400_000;
  rootSet(R, fixedArrayNew(n));
  for (let i = 0; i < n; i++) {
    const a = fixedArrayNew(30); // 128 bytes
    fixedArraySet(a, 0, numberNew(i + 0.5));
    fixedArraySet(rootGet(R), i, a);
  }
  collectFull(true);
  for (let i = 0; i < n; i += 2) fixedArraySet(rootGet(R), i, smiFrom(0));
  const pauses: number[] = [];
  let live = 0;
  const cpu: number[] = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    collectFull(true);
    pauses.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    live = oldUsedBytes / MB;
  }
  const p = median(pauses);
  const c = median(cpu);
  report('mark-compact pause per live MB', `${(p / live).toFixed(2)} ms/MB wall, ${(c / live).toFixed(2)} ms/MB CPU (${p.toFixed(1)} ms for ${live.toFixed(1)} MB live)`);
}

// 4. Monomorphic property load through the map check.
if (wanted('load')) {
  setup();
  rootSet(R + 1, keyOf('x'));
  rootSet(R + 2, keyOf('y'));
  rootSet(R, objectNewPlain());
  objectSet(rootGet(R), rootGet(R + 1), smiFrom(1));
  objectSet(rootGet(R), rootGet(R + 2), smiFrom(2));
  const obj = rootGet(R);
  const key = rootGet(R + 2);
  const map = objectMap(obj);
  const offset = objectFieldOffsetForIC(obj, key);
  const N = 50_000_000;
  let sum = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < N; i++) sum = (sum + objectLoadIC(obj, map, offset, key)) | 0;
  const ns = ((performance.now() - t0) * 1e6) / N;
  const c1 = process.cpuUsage(c0);
  const cpuNs = ((c1.user + c1.system) * 1e3) / N;
  if (sum !== ((N * 4) | 0)) console.log('bad sum', sum);
  report('monomorphic property load (map check + field)', `${ns.toFixed(2)} ns/load wall, ${cpuNs.toFixed(2)} ns CPU`);
}

// 5. String concatenation and flattening.
if (wanted('string')) {
  setup();
  rootSet(R + 1, stringNewOneByte(32));
  for (let i = 0; i < 32; i++) seqSetChar(rootGet(R + 1), i, 97 + i % 26);
  const times: number[] = [];
  let length = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    rootSet(R, rootGet(R + 1));
    for (let i = 0; i < 100_000; i++) rootSet(R, stringConcat(rootGet(R), rootGet(R + 1)));
    const flat = stringFlatten(rootGet(R));
    length = stringLength(flat);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  report('string concat x100k + flatten (3.2 MB result)', `${ms.toFixed(1)} ms (${(length / MB / (ms / 1000)).toFixed(0)} MB/s)`);
}
