// Known reports of the rules known-type, sign-mix and gc-safety (docs/kernel-ts.md §10), taken
// from the tree when the rules became errors: `ouro check-kernel` (and kernelc's check) accepts
// exactly these, so that new code is held to the rules while the owners fix the old reports.
// Each entry is baselineKey() of a report: `file function rule message`, without line numbers.
// The list only shrinks: test/kernel/check.test.ts fails when an entry no longer occurs, so
// whoever fixes a report deletes its entry in the same commit. Entries not marked otherwise are
// believed to be real bugs (gc-safety: a pointer that a collection at that call would leave stale;
// sign-mix: a conversion the rule asks for).
export const KERNEL_BASELINE: readonly string[] = [
  // deliberate: the program checks that mixed u32/i32 division computes what JavaScript does
  "test/kernelc/programs/int-divide.ts main sign-mix / of u32 and i32 (`m`, `n`): convert one side with | 0 or >>> 0",
  "test/kernelc/programs/int-divide.ts main sign-mix % of u32 and i32 (`m`, `n`): convert one side with | 0 or >>> 0",
];
