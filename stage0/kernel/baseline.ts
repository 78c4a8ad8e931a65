// Known reports of the rules known-type, sign-mix and gc-safety over runtime/ (see
// docs/kernel-ts.md §10): `ouro check-kernel` accepts exactly these, so that new code is held to
// the rules while the owners fix the old reports. Each entry is baselineKey() of a report:
// `file function rule message` (no line numbers). test/kernel/check.test.ts fails when an entry no
// longer occurs: the list only shrinks. Regenerate with `node scripts/...` is deliberately not
// offered: add an entry only for a report you have looked at.
export const KERNEL_BASELINE: readonly string[] = [
];
