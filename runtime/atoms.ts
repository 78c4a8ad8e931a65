// Atoms: internalized heap strings named by string literals in kernel code
// (docs/kernel-ts.md §7). `atom('length')` is a root-table load once materialised.
import type { i32, bool, Lit } from './types.ts';
import { hostAtomSlot, hostAtomLength, hostAtomCharCode } from './host/host.ts';
import { rootGet, rootSet } from './heap.ts';
import { noGcEnter, noGcExit } from './gc.ts';
import { RootIndex } from './roots.ts';
import { fixedArrayNew, fixedArrayGet, fixedArraySet, fixedArrayLength, fixedArrayCopyResize, undefinedValue } from './values.ts';
import { stringNewOneByte, stringNewTwoByte, seqSetChar, stringInternalize } from './strings.ts';

/**
 * The internalized string of a literal. Never collects: the first use of a literal (after a
 * bootstrap or an image load) materialises it inside a no-GC scope, so callers may hold heap
 * pointers in locals across `atom('x')` (docs/kernel-ts.md §7).
 */
export function atom(text: Lit): i32 {
  const slot: i32 = hostAtomSlot(text);
  const table: i32 = rootGet(RootIndex.atomTable);
  if (table !== undefinedValue() && slot < fixedArrayLength(table)) {
    const v: i32 = fixedArrayGet(table, slot);
    if (v !== undefinedValue()) return v;
  }
  return atomMaterialize(slot);
}

/** Makes the atom of `slot` and records it in the atom table, without ever collecting. */
function atomMaterialize(slot: i32): i32 {
  noGcEnter();
  const length: i32 = hostAtomLength(slot);
  let oneByte: bool = true;
  for (let i: i32 = 0; i < length; i++) if (hostAtomCharCode(slot, i) > 255) oneByte = false;
  const s: i32 = oneByte ? stringNewOneByte(length) : stringNewTwoByte(length);
  for (let i: i32 = 0; i < length; i++) seqSetChar(s, i, hostAtomCharCode(slot, i));
  const internal: i32 = stringInternalize(s);
  let table: i32 = rootGet(RootIndex.atomTable);
  if (table === undefinedValue()) {
    table = fixedArrayNew((slot + 64) | 0);
    rootSet(RootIndex.atomTable, table);
  } else if (slot >= fixedArrayLength(table)) {
    table = fixedArrayCopyResize(table, (slot + 64) | 0, undefinedValue());
    rootSet(RootIndex.atomTable, table);
  }
  fixedArraySet(table, slot, internal);
  noGcExit();
  return internal;
}
