// Monomorphic load IC vs the uncached [[Get]]: `node scripts/ts.mjs test/semantics/ic-bench.ts [N]`.
// Loads property p (own field number `depth` of an object, or a method on its prototype) N times
// through icLoadNamed with a feedback vector and through getProperty, and prints CPU ns per load.
import { heapSetup } from '../../runtime/bootstrap.ts';
import { MB, smiFrom } from '../../runtime/memory.ts';
import { rootGet, rootSet } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { stringInternalize, stringNewOneByte, seqSetChar } from '../../runtime/strings.ts';
import { objectNewPlain, objectSet, objectNew } from '../../runtime/objects.ts';
import { mapNew } from '../../runtime/maps.ts';
import { feedbackVectorNew } from '../../runtime/functions.ts';
import { undefinedValue } from '../../runtime/values.ts';
import { InstanceType, ElementsKind, JSObjectLayout } from '../../runtime/layouts.ts';
import { icLoadNamed, statIcLoadHits } from '../../runtime/ic.ts';
import { getProperty } from '../../runtime/property-access.ts';

const N = Number(process.argv[2] ?? 3_000_000);
heapSetup(128 * MB, 1 * MB);
const U = RootIndex.firstUser;
function name(s: string): number {
  const h = stringNewOneByte(s.length);
  for (let i = 0; i < s.length; i++) seqSetChar(h, i, s.charCodeAt(i));
  return stringInternalize(h);
}
const keys: number[] = [];
for (let i = 0; i < 8; i++) { rootSet(U + 10 + i, name('p' + i)); }
for (let i = 0; i < 8; i++) keys.push(rootGet(U + 10 + i));
// An object with 8 fields (5 in-object, 3 out-of-line) and a prototype with a method-like field.
rootSet(U + 1, objectNewPlain());
objectSet(rootGet(U + 1), name('m'), smiFrom(99));
rootSet(U + 2, objectNew(mapNew(InstanceType.JS_OBJECT, JSObjectLayout.size + 20, 5, rootGet(U + 1), ElementsKind.HOLEY_SMI)));
for (let i = 0; i < 8; i++) objectSet(rootGet(U + 2), rootGet(U + 10 + i), smiFrom(i));
rootSet(U + 3, feedbackVectorNew(undefinedValue(), 4));
const mKey = name('m');
rootSet(U + 20, mKey);

function time(label: string, f: () => number): number {
  for (let i = 0; i < 3; i++) f(); // warm up
  // CPU time, not wall time: the figures stay comparable on a busy machine.
  const t0 = process.cpuUsage();
  const s = f();
  const used = process.cpuUsage(t0);
  const ns = ((used.user + used.system) * 1000) / N;
  console.log(`${label.padEnd(44)} ${ns.toFixed(1).padStart(6)} ns/load  (checksum ${s})`);
  return ns;
}
const obj = rootGet(U + 2);
const fv = rootGet(U + 3);
const field = keys[6]!; // out-of-line field
const first = keys[0]!; // in-object field
const m = rootGet(U + 20);
const results: [string, number, number][] = [];
for (const [label, k, slot] of [['own in-object field p0', first, 0], ['own out-of-line field p6', field, 1], ['prototype field m', m, 2]] as const) {
  const ic = time(`IC   ${label}`, () => { let s = 0; for (let i = 0; i < N; i++) s += icLoadNamed(obj, k, fv, slot); return s; });
  const generic = time(`[[Get]] ${label}`, () => { let s = 0; for (let i = 0; i < N; i++) s += getProperty(obj, k); return s; });
  results.push([label, ic, generic]);
}
for (const [label, ic, generic] of results) console.log(`${label}: IC ${(generic / ic).toFixed(2)}x faster than uncached`);
console.log(`IC hits: ${statIcLoadHits}`);
import { fieldGet } from '../../runtime/heap.ts';
time('baseline: one fieldGet per iteration', () => { let s = 0; for (let i = 0; i < N; i++) s += fieldGet(obj, 12); return s; });
