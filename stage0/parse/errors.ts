// The one error type the parser throws. `message` is the bare message; the CLI adds
// "(LINE:COL)" and a code frame. Every failure of the lexer or parser, on any input, surfaces as
// an OuroSyntaxError — a fuzzer checks that nothing else escapes.
export class OuroSyntaxError extends SyntaxError {
  index: number;
  line: number; // 1-based
  column: number; // 0-based, UTF-16 code units
  file?: string;
  constructor(message: string, index: number, line: number, column: number, file?: string) {
    super(message);
    this.name = 'SyntaxError';
    this.index = index;
    this.line = line;
    this.column = column;
    if (file !== undefined) this.file = file;
  }
}

/** Line (1-based) and column (0-based) of `index`, counting every ECMAScript line terminator. */
export function positionOf(source: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(index, source.length);
  for (let i = 0; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    } else if (c === 13) {
      // CR LF: the LF ends the line.
    }
  }
  return { line, column: index - lineStart };
}
