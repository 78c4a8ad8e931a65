// Module-level mutable state and constants, read from another module through imports.
import type { i32, u32, f64, bool } from '../../../../runtime/types.ts';

export const STEP: i32 = 3;
export const SCALE: f64 = 0.5;
export const SEED: u32 = 0xdeadbeef;
export const ENABLED: bool = true;
export const Layout = { header: 8, field: STEP + 1, end: 8 + (STEP + 1) * 4 } as const;

export let count: i32 = 10;
export let total: f64 = 1.5;
export let state: u32 = SEED;
export let flag: bool = false;

export function bump(): i32 {
  count = (count + STEP) | 0;
  total = total + count * SCALE;
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  flag = !flag;
  return count;
}
