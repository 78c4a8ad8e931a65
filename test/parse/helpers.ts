// Small helpers shared by the parser unit tests.
import * as acorn from 'acorn';
import { parse, type ParseOptions } from '../../stage0/parse/parser.ts';
import { OuroSyntaxError } from '../../stage0/parse/errors.ts';
import { normalize } from './acorn-diff.ts';

/** The first statement's expression (or the statement) of `code`, parsed as a module. */
export function expr(code: string, options: Partial<ParseOptions> = {}): any {
  const program = parse(code, { sourceType: 'module', ...options }) as any;
  const stmt = program.body[0];
  return stmt.type === 'ExpressionStatement' ? stmt.expression : stmt;
}

/** Strips positions so that tests can state expected shapes compactly. */
export function bare(node: unknown): any {
  return JSON.parse(JSON.stringify(node, (k, v) => (k === 'start' || k === 'end' || k === 'loc' || k === 'range' ? undefined : typeof v === 'bigint' ? `${v}n` : v)));
}

/** Ouro's AST and acorn's, both normalized, for `toEqual`. */
export function bothAsts(code: string, sourceType: 'script' | 'module' = 'script'): [unknown, unknown] {
  const ours = parse(code, { sourceType });
  const theirs = acorn.parse(code, { ecmaVersion: 'latest', sourceType, locations: true, ranges: true, allowHashBang: true });
  return [JSON.parse(JSON.stringify(normalize(ours), big)), JSON.parse(JSON.stringify(normalize(theirs), big))];
}
function big(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? `${v}n` : v;
}

/** The OuroSyntaxError thrown for `code`, or null if it parses. */
export function errorOf(code: string, options: Partial<ParseOptions> = {}): OuroSyntaxError | null {
  try {
    parse(code, { sourceType: 'script', ...options });
    return null;
  } catch (e) {
    if (e instanceof OuroSyntaxError) return e;
    throw e;
  }
}
