// `ouro bytecode FILE [--module|--script] [--bytes]`: the disassembly of every function of a file,
// without running it (V8's --print-bytecode). The CLI wires this command in; it is self-contained
// so that tests can call it with an in-memory Io. Exit status: 0 ok, 1 syntax error or a construct
// the generator does not support yet, 2 usage.
import { OuroSyntaxError } from '../parse/errors.ts';
import { parseFile } from '../parse/source-file.ts';
import { formatSourceError, lineColumnMapper } from '../diagnostics/code-frame.ts';
import { analyzeScopes } from '../scope/analyze.ts';
import type { EsNode } from '../scope/types.ts';
import { disassembleAll } from './disassembler.ts';
import { generateProgram, NotSupportedError } from './generator.ts';

export interface BytecodeIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  stderrIsTTY?: boolean;
}

const USAGE = 'usage: ouro bytecode FILE [--module|--script] [--bytes]\n';

export function bytecodeCommand(args: string[], io: BytecodeIo): number {
  let file: string | null = null;
  let forced: 'module' | 'script' | null = null;
  let bytes = false;
  for (const a of args) {
    if (a === '--module') forced = 'module';
    else if (a === '--script') forced = 'script';
    else if (a === '--bytes') bytes = true;
    else if (a.startsWith('-') || file !== null) {
      io.stderr(USAGE);
      return 2;
    } else file = a;
  }
  if (file === null) {
    io.stderr(USAGE);
    return 2;
  }
  let source: string;
  try {
    source = io.readFile(file);
  } catch (e) {
    io.stderr(`ouro bytecode: ${(e as Error).message}\n`);
    return 2;
  }
  const position = lineColumnMapper(source);
  try {
    const program = parseFile(source, file, forced ?? undefined) as unknown as EsNode;
    const top = generateProgram(analyzeScopes(program));
    io.stdout(disassembleAll(top, { bytes, position }));
    return 0;
  } catch (e) {
    if (e instanceof OuroSyntaxError) {
      io.stderr(formatSourceError(file, source, 'SyntaxError', e.message, e, io.stderrIsTTY === true));
      return 1;
    }
    if (e instanceof NotSupportedError) {
      io.stderr(`${file}:${position(e.sourceOffset)}: SyntaxError: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
