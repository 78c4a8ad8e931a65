// hostFatal: output before it is kept, the message goes to stderr, the exit status is 1.
import type { i32 } from '../../../runtime/types.ts';
import { hostFatal } from '../../../runtime/host/host.ts';
import { init, printI32, newline } from './lib/print.ts';

function check(x: i32): i32 {
  if (x > 3) hostFatal('x is too large');
  return Math.imul(x, x);
}

export function main(): i32 {
  init(65536);
  for (let i: i32 = 0; i < 10; i++) { printI32(check(i)); newline(); }
  return 0;
}
