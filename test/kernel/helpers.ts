// Test helpers: build and read kernel values from JavaScript. Tests drive the kernel API directly;
// values that must survive an allocation are kept in handles or user roots, as kernel code does.
import { heapSetup } from '../../runtime/bootstrap.ts';
import { flagsSetVerifyHeap, flagsSetGcStress, flagsSetTraceGc, flagsSetPromotionAge } from '../../runtime/flags.ts';
import { stringNewOneByte, stringNewTwoByte, seqSetChar, stringLength, stringGet, stringInternalize } from '../../runtime/strings.ts';
import { rootGet, rootSet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../runtime/heap.ts';
import { RootIndex } from '../../runtime/roots.ts';
import { objectSet, objectGet } from '../../runtime/objects.ts';
import { MB } from '../../runtime/memory.ts';

export { MB };

/** A fresh heap with the verifier on after every collection. */
export function freshHeap(sizeMB = 128, semiMB = 1): void {
  flagsSetGcStress(false);
  flagsSetTraceGc(false);
  flagsSetPromotionAge(2);
  flagsSetVerifyHeap(true);
  heapSetup(sizeMB * MB, semiMB * MB);
  keyRoots.clear();
}

/** A heap string with the contents of `s` (one-byte when possible). May GC. */
export function str(s: string): number {
  let oneByte = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) oneByte = false;
  const h = oneByte ? stringNewOneByte(s.length) : stringNewTwoByte(s.length);
  for (let i = 0; i < s.length; i++) seqSetChar(h, i, s.charCodeAt(i));
  return h;
}

/**
 * An internalized heap string (a property key), kept in a user root: the first call for a name
 * may GC, later calls only read the root, so `objectSet(userRoot(0), key('x'), v)` is GC-safe
 * once the name has been seen (see prewarmKeys).
 */
const keyRoots = new Map<string, number>();
const KEY_ROOT_BASE = 200;
export function key(s: string): number {
  const slot = keyRoots.get(s);
  if (slot !== undefined) return rootGet(RootIndex.firstUser + slot);
  const k = stringInternalize(str(s));
  if (KEY_ROOT_BASE + keyRoots.size >= RootIndex.count - RootIndex.firstUser) return k;
  const newSlot = KEY_ROOT_BASE + keyRoots.size;
  keyRoots.set(s, newSlot);
  rootSet(RootIndex.firstUser + newSlot, k);
  return k;
}
export function prewarmKeys(names: string[]): void {
  for (const n of names) key(n);
}

/** The JavaScript string of a heap string. */
export function jsString(h: number): string {
  const n = stringLength(h);
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(stringGet(h, i));
  return out;
}

/** User roots: slots of the root table that tests may use. */
export function userRoot(i: number): number {
  return rootGet(RootIndex.firstUser + i);
}
export function setUserRoot(i: number, v: number): void {
  rootSet(RootIndex.firstUser + i, v);
}

export function withScope<T>(f: () => T): T {
  const s = handleScopeOpen();
  try {
    return f();
  } finally {
    handleScopeClose(s);
  }
}
export { handleNew, handleGet };

/**
 * obj[name] = make(), GC-safe: the key and value are made (and may move things) before the object
 * is read from its root. Plain `objectSet(userRoot(i), key('x'), str('y'))` would read the object
 * first and hold a stale pointer if key() or str() collected.
 */
export function setProp(objRoot: number, name: string, make: () => number): void {
  withScope(() => {
    const hk = handleNew(key(name));
    const hv = handleNew(make());
    objectSet(userRoot(objRoot), handleGet(hk), handleGet(hv));
  });
}
/** obj[name], GC-safe. */
export function getProp(objRoot: number, name: string): number {
  const k = key(name);
  return objectGet(userRoot(objRoot), k);
}
