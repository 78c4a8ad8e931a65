// Output helpers shared by the corpus programs (a kernel module imported by others).
import type { i32, f64, bool } from '../../../../runtime/types.ts';
import { hostWriteI32, hostWriteLit, hostWriteF64, hostMemoryReserve, hostFatal } from '../../../../runtime/host/host.ts';

export function init(bytes: i32): void {
  if (!hostMemoryReserve(bytes)) hostFatal('cannot reserve the heap');
}

export function printI32(x: i32): void {
  hostWriteI32(1, x);
  hostWriteLit(1, ' ');
}

export function printF64(x: f64, digits: i32): void {
  hostWriteF64(1, x, digits);
  hostWriteLit(1, ' ');
}

export function printBool(b: bool): void {
  if (b) hostWriteLit(1, 'T ');
  else hostWriteLit(1, 'F ');
}

export function newline(): void {
  hostWriteLit(1, '\n');
}
