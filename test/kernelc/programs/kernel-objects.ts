// The real kernel, compiled natively: runtime/bootstrap.ts builds the heap (read-only roots, maps,
// the string table, atoms from string literals), then strings are created, concatenated, sliced,
// internalized and hashed, and objects get properties, all through the kernel's own API.
import type { i32, Lit } from '../../../runtime/types.ts';
import { hostWriteLit, hostWriteI32 } from '../../../runtime/host/host.ts';
import { MB } from '../../../runtime/memory.ts';
import { heapSetup } from '../../../runtime/bootstrap.ts';
import { atom } from '../../../runtime/atoms.ts';
import { stringLength, stringGet, stringConcat, stringSlice, stringInternalize, stringNewOneByte, seqSetChar, stringHash } from '../../../runtime/strings.ts';
import { objectNewPlain, objectSet, objectGet } from '../../../runtime/objects.ts';
import { smiFrom, smiValue } from '../../../runtime/memory.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../../runtime/heap.ts';

function show(label: Lit, s: i32): void {
  hostWriteLit(1, label);
  hostWriteLit(1, ': ');
  const n: i32 = stringLength(s);
  for (let i: i32 = 0; i < n; i++) hostWriteI32(1, stringGet(s, i));
  hostWriteLit(1, ' (length ');
  hostWriteI32(1, n);
  hostWriteLit(1, ')\n');
}

function digits(n: i32): i32 {
  const s: i32 = stringNewOneByte(n);
  for (let i: i32 = 0; i < n; i++) seqSetChar(s, i, (48 + ((i % 10) | 0)) | 0);
  return s;
}

export function main(): i32 {
  heapSetup(128 * MB, 1 * MB);
  // Atoms never collect, but they are ordinary strings that move: re-read after allocations.
  show('hello', atom('hello'));
  const left: i32 = stringConcat(atom('hello'), atom(', '));
  const both: i32 = stringConcat(left, atom('world'));
  show('concat', both);
  show('slice', stringSlice(both, 3, 9));
  const hel: i32 = atom('hel');
  const again: i32 = stringInternalize(stringConcat(hel, atom('lo')));
  hostWriteLit(1, 'internalized twice is identical: ');
  hostWriteI32(1, again === atom('hello') ? 1 : 0);
  hostWriteLit(1, '\n');
  hostWriteLit(1, 'atom is stable: ');
  const hello: i32 = atom('hello');
  hostWriteI32(1, atom('hello') === hello ? 1 : 0);
  hostWriteLit(1, '\nhash equal: ');
  hostWriteI32(1, stringHash(digits(12)) === stringHash(digits(12)) ? 1 : 0);
  hostWriteLit(1, '\n');
  // The object lives in a handle: every allocation below may move it (docs/kernel-ts.md §9).
  const scope: i32 = handleScopeOpen();
  const h: i32 = handleNew(objectNewPlain());
  for (let i: i32 = 0; i < 20; i++) {
    const tail: i32 = digits((((i % 7) | 0) + 1) | 0);
    const key: i32 = stringInternalize(stringConcat(atom('key'), tail));
    objectSet(handleGet(h), key, smiFrom(Math.imul(i, i)));
  }
  let sum: i32 = 0;
  for (let i: i32 = 0; i < 7; i++) {
    const tail: i32 = digits((i + 1) | 0);
    const key: i32 = stringInternalize(stringConcat(atom('key'), tail));
    sum = (sum + smiValue(objectGet(handleGet(h), key))) | 0;
  }
  handleScopeClose(scope);
  hostWriteLit(1, 'object property sum: ');
  hostWriteI32(1, sum);
  hostWriteLit(1, '\n');
  return 0;
}
