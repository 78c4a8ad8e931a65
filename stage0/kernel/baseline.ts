// Known reports of the rules known-type, sign-mix and gc-safety (docs/kernel-ts.md §10), taken
// from the tree when the rules became errors: `ouro check-kernel` (and kernelc's check) accepts
// exactly these, so that new code is held to the rules while the owners fix the old reports.
// Each entry is baselineKey() of a report: `file function rule message`, without line numbers.
// The list only shrinks: test/kernel/check.test.ts fails when an entry no longer occurs, so
// whoever fixes a report deletes its entry in the same commit. Entries not marked otherwise are
// believed to be real bugs (gc-safety: a pointer that a collection at that call would leave stale;
// sign-mix: a conversion the rule asks for).
export const KERNEL_BASELINE: readonly string[] = [
  "runtime/builtins-array.ts fastGet sign-mix i32 `i` where a u32 is expected: write (x >>> 0)",
  "runtime/builtins-array.ts arrayProtoUnshift gc-safety `o` may be moved by the GC at the call to lengthOf; keep it in a handle or re-load it",
  "runtime/builtins-array.ts arrayProtoJoin sign-mix u32 `k >>> 0` where an i32 is expected: write (x | 0)",
  "runtime/builtins-function.ts pushArrayLike gc-safety `handleGet(hList)` is passed before the call to numberResult and may be moved by it; read it after the call",
  "runtime/builtins-function.ts pushArrayLike gc-safety `handleGet(hList)` is passed before the call to numberResult and may be moved by it; read it after the call",
  "runtime/generators.ts generatorObjectNew gc-safety `proto` may be moved by the GC at the call to getProperty; keep it in a handle or re-load it",
  "runtime/generators.ts boundResumer gc-safety `method` is passed before the call to fixedArrayNew and may be moved by it; read it after the call",
  "runtime/generators.ts boundResumer gc-safety `handleGet(hGen)` is passed before the call to fixedArrayNew and may be moved by it; read it after the call",
  "runtime/interpreter-calls.ts throwNotCallable gc-safety `callee` may be moved by the GC at the call to callSiteCalleeText; keep it in a handle or re-load it",
  "runtime/interpreter-objects.ts closureCreate gc-safety `gp` may be moved by the GC at the call to objectNewPlain; keep it in a handle or re-load it",
  "runtime/interpreter-objects.ts objectLiteralCreate gc-safety `boilerplate` may be moved by the GC at the call to objectSetPrototype; keep it in a handle or re-load it",
  "runtime/interpreter-objects.ts forInEnumerate gc-safety `handleGet(hState)` is passed before the call to fixedArrayNew and may be moved by it; read it after the call",
  "runtime/interpreter-objects.ts forInEnumerate gc-safety `v` may be moved by the GC at the call to fixedArrayNew; keep it in a handle or re-load it",
  "runtime/interpreter-objects.ts forInEnumerate gc-safety `obj` may be moved by the GC at the call to fixedArrayNew; keep it in a handle or re-load it",
  "runtime/interpreter-objects.ts lookupSlotLoad gc-safety `name` may be moved by the GC at the call to lookupFind; keep it in a handle or re-load it",
  "runtime/interpreter-objects.ts lookupSlotStore gc-safety `name` may be moved by the GC at the call to lookupFind; keep it in a handle or re-load it",
  "runtime/interpreter-objects.ts lookupSlotDelete gc-safety `name` may be moved by the GC at the call to lookupFind; keep it in a handle or re-load it",
  // false positive: after objectNormalize the object is in dictionary mode and the function returns
  "runtime/objects.ts addProperty gc-safety `obj` may be moved by the GC at the call to objectNormalize; keep it in a handle or re-load it",
  // deliberate: the program checks that mixed u32/i32 division computes what JavaScript does
  "test/kernelc/programs/int-divide.ts main sign-mix / of u32 and i32 (`m`, `n`): convert one side with | 0 or >>> 0",
  "test/kernelc/programs/int-divide.ts main sign-mix % of u32 and i32 (`m`, `n`): convert one side with | 0 or >>> 0",
];
