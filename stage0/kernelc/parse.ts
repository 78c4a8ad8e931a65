// The kernel compiler's parser entry: Ouro's own parser (stage0/parse), producing ESTree with
// typescript-estree annotations. Syntax errors become KernelcError with file:line:column.
import { parse } from '../parse/parser.ts';
import type { AstNode } from './modules.ts';
import { KernelcError } from './modules.ts';

export function parseKernelSource(source: string, file: string): AstNode {
  try {
    return parse(source, { sourceType: 'module', typescript: true, file }) as unknown as AstNode;
  } catch (e) {
    const err = e as { line?: unknown; column?: unknown; message: string };
    if (typeof err.line === 'number') throw new KernelcError(file, err.line, typeof err.column === 'number' ? err.column : 0, `SyntaxError: ${err.message}`);
    throw e;
  }
}
