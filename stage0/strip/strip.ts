// TypeScript erasure: `ouro strip`. The parser, in TypeScript mode, records on the Program every
// source range that holds type-only syntax (`Program.erasures`). Erasing is then a pure deletion:
// each range is overwritten with spaces, keeping its line terminators, so every remaining token
// stays at its original line and column and the source map is the identity. An erasure may carry
// a short `replacement` (for example `;` where deleting a statement would let automatic semicolon
// insertion join two lines differently); it is written at the start of the range and padded.
import MagicString from 'magic-string';
import { parse } from '../parse/parser.ts';
import type { Erasure } from '../parse/ast.ts';

export interface StripOptions {
  file?: string;
  /** Produce a source map v3 (identity mapping at token granularity). */
  sourceMap?: boolean;
  sourceType?: 'script' | 'module';
}

export interface StripResult {
  code: string;
  map?: string;
}

/** What replaces one erased range: its replacement (if any), then spaces, keeping line terminators. */
function erasedText(source: string, e: Erasure): string {
  const text = source.slice(e.start, e.end).replace(/[^\n\r\u2028\u2029]/g, ' ');
  return e.replacement ? e.replacement + text.slice(e.replacement.length) : text;
}

/** Applies a parse's `Program.erasures` to its source: the erased JavaScript, positions kept. */
export function applyErasures(source: string, erasures: readonly Erasure[]): string {
  let out = '';
  let pos = 0;
  for (const e of erasures) {
    out += source.slice(pos, e.start) + erasedText(source, e);
    pos = e.end;
  }
  return out + source.slice(pos);
}

export function stripTypes(source: string, options: StripOptions = {}): StripResult {
  const program = parse(source, {
    sourceType: options.sourceType ?? 'module',
    typescript: true,
    file: options.file,
  });
  const erasures = program.erasures ?? [];
  const code = applyErasures(source, erasures);
  if (!options.sourceMap) return { code };
  const ms = new MagicString(source);
  for (const e of erasures) if (e.end > e.start) ms.overwrite(e.start, e.end, erasedText(source, e));
  const file = options.file ?? 'input.ts';
  const map = ms.generateMap({ source: file, file: file.replace(/\.([cm]?)ts$/, '.$1js'), includeContent: true, hires: true });
  return { code, map: map.toString() };
}
