// Public entry point of the parser: parse(source, options) -> ESTree Program.
//
// Contract (used by the CLI, scopes, the bytecode compiler, `ouro strip`, the kernel checker):
//   parse(source, { sourceType, typescript?, strict?, file?, annexB? }) returns a Program as
//   acorn 8 builds it with {ecmaVersion: 'latest', locations: true, ranges: true}, plus the
//   additions documented in ast.ts. Every failure is thrown as an OuroSyntaxError (errors.ts);
//   nothing else escapes, whatever the input.
import type { Program } from './ast.ts';
import { OuroSyntaxError, positionOf } from './errors.ts';
import { TSDeclarationParser } from './typescript-declarations.ts';
import type { ParseOptions } from './parser-base.ts';

export type { ParseOptions } from './parser-base.ts';
export type { Program, Node, AnyNode, Erasure, Position, SourceLocation } from './ast.ts';
export { OuroSyntaxError } from './errors.ts';

class Parser extends TSDeclarationParser {
  parseProgram(): Program {
    this.skipHashbang();
    this.next();
    const program = this.startNode();
    // The Program spans the whole input (acorn: start 0, end = input length).
    program.start = 0;
    program.range[0] = 0;
    program.loc.start = { line: 1, column: 0 };
    this.parseTopLevel(program);
    program.type = 'Program';
    program.end = this.length;
    program.range[1] = this.length;
    const end = positionOf(this.input, this.length);
    program.loc.end = end;
    if (this.typescript) program.erasures = this.finishErasures();
    return program as unknown as Program;
  }

  private finishErasures() {
    const list = this.erasures.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const out: typeof list = [];
    for (const e of list) {
      const last = out[out.length - 1];
      if (last && e.start < last.end) {
        // Nested or overlapping ranges merge; a replacement survives only at the range start.
        if (e.end > last.end) last.end = e.end;
        continue;
      }
      out.push({ ...e });
    }
    return out;
  }
}

export function parse(source: string, options: ParseOptions): Program {
  try {
    return new Parser(source, options).parseProgram();
  } catch (e) {
    if (e instanceof OuroSyntaxError) throw e;
    // Safety net: the host stack (deep nesting the depth limit missed) or an internal bug.
    const overflow = e instanceof RangeError && /call stack/i.test(e.message);
    const message = overflow ? 'Code is too deeply nested' : `Internal parser error: ${String((e as Error)?.message ?? e)}`;
    const index = source.length;
    const { line, column } = positionOf(source, index);
    throw new OuroSyntaxError(message, index, line, column, options.file);
  }
}
