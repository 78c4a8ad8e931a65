// The module loader's callback builtin (runtime/modules.ts): promise reactions of async module
// evaluation, dynamic import() jobs and import.meta.resolve call the host through it.
import type { i32 } from './types.ts';
import { arg } from './builtins-util.ts';
import { moduleCallbackCall } from './modules.ts';

/** (op, a, b) → hostModuleRequest(op, a, b); op and a are Smis bound by moduleCallbackNew. */
export function moduleCallbackBuiltin(argv: i32, argc: i32): i32 {
  return moduleCallbackCall(arg(argv, argc, 0), arg(argv, argc, 1), arg(argv, argc, 2));
}
