// A small kernel-TS module whose LIR (raw and optimized) is checked in as golden text.
import type { i32, f64, bool } from '../../../runtime/types.ts';
import { H32, HF64 } from '../../../runtime/host/host.ts';

const Pair = { first: 0, second: 4, size: 8 } as const;
let total: i32 = 0;

function sumPairs(base: i32, count: i32): i32 {
  let sum: i32 = 0;
  for (let i: i32 = 0; i < count; i++) {
    const p: i32 = (base + (i << 3)) | 0;
    sum = (sum + H32[(p + Pair.first) >> 2] + H32[(p + Pair.second) >> 2]) | 0;
  }
  total = (total + sum) | 0;
  return sum;
}

function scale(addr: i32, k: f64): f64 {
  return HF64[(addr + 8) >> 3] * k + (2 + 3) * 0.5;
}

function classify(x: i32): i32 {
  switch (x) {
    case 1: return 10;
    case 2: return 20;
    default: return (x / 3) | 0;
  }
}

function both(a: bool, b: bool): bool { return a && !b; }

export function main(): i32 {
  const s: i32 = sumPairs(64, 4);
  return (classify(s) + (scale(128, 2) | 0) + (both(true, false) ? 1 : 0)) | 0;
}
