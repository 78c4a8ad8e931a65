// Helper: does not parse.
export const ok = 1;
let broken = ;
