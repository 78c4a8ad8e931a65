// The system-call intrinsics the native host (native-host.ts) is written with. The kernel compiler
// recognizes imports from this file by path and lowers each call to LIR (`syscall`, `heapptr`,
// `startup`, constants); these TypeScript bodies exist only so that the native host type-checks,
// and throw if anything ever runs them on Node. Addresses are heap offsets, as everywhere in
// kernel TS; the compiler turns them into host pointers (heap base + offset).
import type { i32 } from '../../runtime/types.ts';

function nativeOnly(name: string): never {
  throw new Error(`${name}: a native-only intrinsic of the kernel compiler, not callable on Node`);
}

/** write(fd, heap + addr, length) -> bytes written or -errno. */
export function sysWrite(fd: i32, addr: i32, length: i32): i32 { return nativeOnly(`sysWrite ${fd} ${addr} ${length}`); }
/** read(fd, heap + addr, length) -> bytes read or -errno. */
export function sysRead(fd: i32, addr: i32, length: i32): i32 { return nativeOnly(`sysRead ${fd} ${addr} ${length}`); }
/** openat(AT_FDCWD, heap + pathAddr (NUL-terminated), flags, 0644) -> fd or -errno. */
export function sysOpen(pathAddr: i32, flags: i32): i32 { return nativeOnly(`sysOpen ${pathAddr} ${flags}`); }
/** close(fd) -> 0 or -errno. */
export function sysClose(fd: i32): i32 { return nativeOnly(`sysClose ${fd}`); }
/** exit_group(status); never returns. */
export function sysExit(status: i32): never { return nativeOnly(`sysExit ${status}`); }
/** clock_gettime(CLOCK_MONOTONIC, heap + addr): a 16-byte timespec (i64 seconds, i64 nanoseconds). */
export function sysClockMonotonic(addr: i32): i32 { return nativeOnly(`sysClockMonotonic ${addr}`); }
/** The most heap the native executable maps for the kernel (a compile-time constant). */
export function sysHeapLimit(): i32 { return nativeOnly('sysHeapLimit'); }
/** Heap offset of the native host's 64 KiB scratch area, just above the kernel's heap limit. */
export function sysScratch(): i32 { return nativeOnly('sysScratch'); }
/** The process's argc, and byte `j` of argv[i] (NUL at the end of each argument). */
export function sysArgCount(): i32 { return nativeOnly('sysArgCount'); }
export function sysArgByte(i: i32, j: i32): i32 { return nativeOnly(`sysArgByte ${i} ${j}`); }
/** Length and UTF-16 code unit `index` of the literal of atom slot `slot` (read-only tables). */
export function sysAtomLength(slot: i32): i32 { return nativeOnly(`sysAtomLength ${slot}`); }
export function sysAtomCharCode(slot: i32, index: i32): i32 { return nativeOnly(`sysAtomCharCode ${slot} ${index}`); }
