// Output that does not end in a newline: the Node host buffers by line and must still write the
// last partial line at exit, as the native executable (which does not buffer) does.
import type { i32 } from '../../../runtime/types.ts';
import { hostWriteI32, hostWriteLit } from '../../../runtime/host/host.ts';

export function main(): i32 {
  hostWriteLit(1, 'first line\n');
  hostWriteLit(1, 'no newline after ');
  hostWriteI32(1, 42);
  return 0;
}
