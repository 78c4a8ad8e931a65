// While the realm owner's runtime/generated/builtins.ts is not there yet, the interpreter tests
// run with a stand-in for runtime/builtins.ts (no builtins; the call-block accessors of the
// contract). Used from each test file's vi.mock factory.
import { H32 } from '../../runtime/host/host.ts';
import { undefinedValue } from '../../runtime/values.ts';

export const builtinsFallback = {
  builtinNewTarget: (argv: number) => H32[(argv - 12) >> 2],
  builtinCallee: (argv: number) => H32[(argv - 8) >> 2],
  builtinReceiver: (argv: number) => H32[(argv - 4) >> 2],
  builtinArg: (argv: number, argc: number, i: number) => (i >= argc ? undefinedValue() : H32[(argv + (i << 2)) >> 2]),
  builtinCall: () => undefinedValue(),
};
