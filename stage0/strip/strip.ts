// TypeScript erasure: `ouro strip`. The parser, in TypeScript mode, records on the Program every
// source range that holds type-only syntax (`Program.erasures`). Erasing is then a pure deletion:
// each range is overwritten with spaces, keeping its line terminators, so every remaining token
// stays at its original line and column and the source map is the identity. An erasure may carry
// a short `replacement` (for example `;` where deleting a statement would let automatic semicolon
// insertion join two lines differently); it is written at the start of the range and padded.
import MagicString from 'magic-string';
import { parse } from '../parse/parser.ts';

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

interface Erasure {
  start: number;
  end: number;
  replacement?: string;
}

/** Spaces for every character of `text` except line terminators, which are kept. */
function blank(text: string): string {
  return text.replace(/[^\n\r\u2028\u2029]/g, ' ');
}

export function stripTypes(source: string, options: StripOptions = {}): StripResult {
  const program = parse(source, {
    sourceType: options.sourceType ?? 'module',
    typescript: true,
    file: options.file,
  }) as unknown as { erasures?: Erasure[] };
  const erasures = program.erasures ?? [];
  const ms = new MagicString(source);
  for (const e of erasures) {
    if (e.end <= e.start) continue;
    let text = blank(source.slice(e.start, e.end));
    if (e.replacement) {
      text = e.replacement + text.slice(e.replacement.length);
    }
    ms.overwrite(e.start, e.end, text);
  }
  const code = ms.toString();
  if (!options.sourceMap) return { code };
  const file = options.file ?? 'input.ts';
  const map = ms.generateMap({ source: file, file: file.replace(/\.([cm]?)ts$/, '.$1js'), includeContent: true, hires: true });
  return { code, map: map.toString() };
}
