// Applies Program.erasures to TypeScript source the way `ouro strip` is specified to: every
// erased character becomes a space except line terminators; a `replacement` is written at the
// start of its range. Used by the TypeScript tests to check that erasure leaves valid JavaScript.
import type { Erasure } from '../../stage0/parse/ast.ts';

export function applyErasures(source: string, erasures: readonly Erasure[]): string {
  let out = '';
  let pos = 0;
  for (const e of erasures) {
    out += source.slice(pos, e.start);
    let blank = '';
    for (let i = e.start; i < e.end; i++) {
      const c = source.charCodeAt(i);
      blank += c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? source[i] : ' ';
    }
    if (e.replacement) blank = e.replacement + blank.slice(e.replacement.length);
    out += blank;
    pos = e.end;
  }
  return out + source.slice(pos);
}
