// Module-level state across modules: imported constants, constant records, live bindings of
// another module's `let` variables (i32, u32, f64, bool) that only their module assigns.
import type { i32, f64 } from '../../../runtime/types.ts';
import { init, printI32, printF64, printBool, newline } from './lib/print.ts';
import { ENABLED, Layout, SCALE, SEED, STEP, bump, count, flag, state, total } from './lib/counter.ts';

let local: f64 = -2.5;
const LIMIT: i32 = STEP * 5 + Layout.field;

export function main(): i32 {
  init(65536);
  printI32(STEP); printF64(SCALE, 2); printI32(SEED | 0); printBool(ENABLED); printI32(Layout.header); printI32(Layout.field); printI32(Layout.end); printI32(LIMIT);
  newline();
  for (let i: i32 = 0; i < 5; i++) {
    bump();
    printI32(count); printF64(total, 1); printI32(state | 0); printBool(flag);
    local = local * -2;
  }
  newline();
  printF64(local, 1); printI32(count > LIMIT ? 1 : 0); newline();
  return count;
}
