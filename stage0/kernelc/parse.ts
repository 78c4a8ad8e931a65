// The kernel compiler's parser entry: Ouro's own parser (stage0/parse), producing ESTree with
// typescript-estree annotations.
//
// Interim measure, to be deleted: while stage0/parse does not yet parse TypeScript annotations
// (checked once with a probe), the oxc parser bundled with the toolchain's build dependencies
// (`rolldown/parseAst`, the same ESTree + TS-ESTree shape) stands in, and `activeParser` says so.
import { parseAst } from 'rolldown/parseAst';
import { parse as ouroParse } from '../parse/parser.ts';
import type { AstNode } from './modules.ts';
import { KernelcError } from './modules.ts';

const PROBE = "import type { i32 } from './types.ts';\nexport function f(x: i32): i32 { return (x + 1) | 0; }\n";

function ouroParsesTypeScript(): boolean {
  try {
    ouroParse(PROBE, { sourceType: 'module', typescript: true, file: 'probe.ts' });
    return true;
  } catch {
    return false;
  }
}

export const activeParser: 'ouro' | 'oxc' = process.env.OURO_KERNELC_PARSER === 'oxc' || !ouroParsesTypeScript() ? 'oxc' : 'ouro';

/** Parses a kernel-TS module; syntax errors become KernelcError with file:line:column. */
export function parseKernelSource(source: string, file: string): AstNode {
  if (activeParser === 'ouro') {
    try {
      return ouroParse(source, { sourceType: 'module', typescript: true, file }) as unknown as AstNode;
    } catch (e) {
      const err = e as { line?: number; column?: number; message: string };
      if (typeof err.line === 'number') throw new KernelcError(file, err.line, err.column ?? 0, `SyntaxError: ${err.message}`);
      throw e;
    }
  }
  try {
    return parseAst(source, { lang: 'ts', sourceType: 'module' }, file) as unknown as AstNode;
  } catch (e) {
    const message = (e as Error).message;
    const line = /^(\d+): /m.exec(message);
    throw new KernelcError(file, line ? Number(line[1]) : 1, 0, `SyntaxError: ${message.split('\n')[1] ?? message}`);
  }
}
