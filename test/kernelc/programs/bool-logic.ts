// Booleans: &&, ||, ! with short-circuit (side effects counted), ?: on every type, bool returns and
// parameters, comparisons producing values.
import type { i32, f64, bool } from '../../../runtime/types.ts';
import { init, printI32, printBool, printF64, newline } from './lib/print.ts';

let calls: i32 = 0;

function yes(): bool { calls = (calls + 1) | 0; return true; }
function no(): bool { calls = (calls + 1) | 0; return false; }
function xor(a: bool, b: bool): bool { return a !== b; }
function pick(c: bool, a: f64, b: f64): f64 { return c ? a : b; }
function inRange(x: i32, lo: i32, hi: i32): bool { return x >= lo && x < hi; }

export function main(): i32 {
  init(65536);
  printBool(yes() || no()); printI32(calls);
  printBool(no() && yes()); printI32(calls);
  printBool(yes() && no() || yes()); printI32(calls);
  printBool(!(no() || no())); printI32(calls);
  newline();
  let t: i32 = 0;
  for (let i: i32 = 0; i < 16; i++) {
    const a: bool = (i & 1) !== 0;
    const b: bool = (i & 2) !== 0;
    const c: bool = (i & 4) !== 0;
    const v: bool = (a && b) || (!c && xor(a, b));
    if (v) t = (t + (1 << i)) | 0;
    printBool(v === (a ? b || !c && !b : !c && b));
  }
  newline();
  printI32(t); printF64(pick(t > 100, 1.25, -1.25), 2); printBool(inRange(5, 0, 5)); printBool(inRange(-1, -1, 0));
  const flags: bool = inRange(3, 0, 10) && !inRange(30, 0, 10);
  printBool(flags); printI32(flags ? 7 : -7); newline();
  return calls;
}
