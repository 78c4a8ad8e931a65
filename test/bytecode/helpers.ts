// Shared helpers for the bytecode tests: compile a source text to its top-level BytecodeFunction.
import { parse } from '../../stage0/parse/parser.ts';
import { analyzeScopes } from '../../stage0/scope/analyze.ts';
import type { EsNode } from '../../stage0/scope/types.ts';
import type { BytecodeFunction } from '../../stage0/bytecode/function.ts';
import { generateProgram } from '../../stage0/bytecode/generator.ts';

export function compile(source: string, sourceType: 'script' | 'module' = 'script'): BytecodeFunction {
  const program = parse(source, { sourceType }) as unknown as EsNode;
  return generateProgram(analyzeScopes(program));
}
