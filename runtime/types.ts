// The value types of kernel TypeScript (docs/kernel-ts.md §1). Declared once; every kernel
// parameter, return and module-level variable is annotated with one of them.

/** Signed 32-bit integer. Also heap byte addresses (the heap is < 2 GiB) and tagged values. */
export type i32 = number;
/** Unsigned 32-bit integer (hashes, bit sets), produced by `x >>> 0`. */
export type u32 = number;
/** IEEE-754 double. */
export type f64 = number;
/** A boolean; never used as a number. */
export type bool = boolean;
/** A string literal, compile-time only: the type of host parameters that accept literals (§7). */
export type Lit = string;
