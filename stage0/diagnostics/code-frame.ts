// Formats errors for people: `file:line:col: Name: message`, followed by a code frame that shows
// the offending line with two lines of context and a caret under the column. Colour is used only
// when the stream is a terminal (chalk decides from the stream's TTY-ness and NO_COLOR/FORCE_COLOR).
import { Chalk } from 'chalk';

export interface SourcePosition {
  line: number; // 1-based
  column: number; // 0-based, in UTF-16 code units
}

const CONTEXT_LINES = 2;

/** Splits on every ECMAScript line terminator, so line numbers agree with the parser's. */
export function splitLines(source: string): string[] {
  return source.split(/\r\n|[\n\r\u2028\u2029]/);
}

export function codeFrame(source: string, pos: SourcePosition, colour: boolean): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const lines = splitLines(source);
  // A final line terminator does not start a line worth showing (unless the error is there).
  if (lines.length > 1 && lines[lines.length - 1] === '' && pos.line < lines.length) lines.pop();
  const first = Math.max(1, pos.line - CONTEXT_LINES);
  const last = Math.min(lines.length, pos.line + CONTEXT_LINES);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const gutter = String(n).padStart(width) + ' | ';
    if (n === pos.line) {
      out.push(c.red('> ') + c.bold(gutter) + text);
      const caretCol = Math.min(pos.column, text.length);
      out.push('  ' + ' '.repeat(width) + ' | ' + ' '.repeat(caretCol) + c.red('^'));
    } else {
      out.push('  ' + c.dim(gutter + text));
    }
  }
  return out.join('\n');
}

/** `file:line:col: SyntaxError: message` plus the code frame (column printed 1-based, like editors). */
export function formatSourceError(
  file: string, source: string, name: string, message: string, pos: SourcePosition, colour: boolean,
): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const head = `${c.bold(`${file}:${pos.line}:${pos.column + 1}`)}: ${c.red(name)}: ${message}`;
  return head + '\n' + codeFrame(source, pos, colour) + '\n';
}

/** Line:column (1-based both) of every source offset, for position markers. */
export function lineColumnMapper(source: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo]! + 1}`;
  };
}
