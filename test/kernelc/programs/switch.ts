// switch on i32 constants: fall-through, default in the middle, negative and sparse cases, break.
import type { i32 } from '../../../runtime/types.ts';
import { init, printI32, newline } from './lib/print.ts';

const KIND_A: i32 = 1;
const KIND_B: i32 = 2;
const Op = { add: 10, sub: 11, mul: 12, neg: -1 } as const;

function classify(x: i32): i32 {
  switch (x) {
    case 0: return 100;
    case KIND_A:
    case KIND_B: return 200;
    case -5: return 300;
    default: return 400;
    case 1000000: return 500;
  }
}

function apply(op: i32, a: i32, b: i32): i32 {
  let r: i32 = 0;
  switch (op) {
    case Op.add: r = (a + b) | 0; break;
    case Op.sub: r = (a - b) | 0; break;
    case Op.mul: r = Math.imul(a, b); break;
    // @ts-expect-error TS7029: this case falls through on purpose (the corpus tests fall-through)
    case Op.neg: r = (0 - a) | 0;
    default: r = (r + 1) | 0;
  }
  return r;
}

export function main(): i32 {
  init(65536);
  for (let i: i32 = -6; i < 4; i++) printI32(classify(i));
  printI32(classify(1000000)); newline();
  printI32(apply(Op.add, 3, 4)); printI32(apply(Op.sub, 3, 4)); printI32(apply(Op.mul, 3, 4)); printI32(apply(Op.neg, 3, 4)); printI32(apply(99, 3, 4));
  newline();
  let fallthrough: i32 = 0;
  for (let i: i32 = 0; i < 6; i++) {
    switch (i & 3) {
      // @ts-expect-error TS7029: falls through on purpose
      case 0: fallthrough = (fallthrough + 1) | 0;
      // @ts-expect-error TS7029: falls through on purpose
      case 1: fallthrough = (fallthrough + 10) | 0;
      case 2: fallthrough = (fallthrough + 100) | 0; break;
      case 3: continue;
    }
    fallthrough = (fallthrough + 1000) | 0;
  }
  printI32(fallthrough); newline();
  return classify(-5) & 255;
}
