// Shared helpers for the scope tests: parse with acorn (or, when OURO_SCOPE_PARSER=ouro and
// stage0/parse/parser.ts exists, with Ouro's own parser), analyse, and find things by name.
import * as acorn from 'acorn';
import { analyzeScopes, type AnalyzeOptions } from '../../stage0/scope/analyze.ts';
import type { Binding, EsNode, FunctionInfo, Reference, ScopeAnalysis } from '../../stage0/scope/types.ts';
import { findUnreferencedIdentifiers, verifyScopes } from '../../stage0/scope/verify.ts';

export type Parse = (source: string, sourceType: 'script' | 'module') => EsNode;

export const parseWithAcorn: Parse = (source, sourceType) =>
  acorn.parse(source, { ecmaVersion: 'latest', sourceType, locations: true, ranges: true }) as unknown as EsNode;

let currentParse: Parse = parseWithAcorn;

/** Selects the parser used by analyse() (the suites run once per available parser). */
export function useParser(parse: Parse): void {
  currentParse = parse;
}

export interface TestOptions extends AnalyzeOptions {
  module?: boolean;
}

/** Parses and analyses `source`, failing on any invariant violation. */
export function analyse(source: string, options: TestOptions = {}): ScopeAnalysis {
  const ast = currentParse(source, options.module ? 'module' : 'script');
  const analysis = analyzeScopes(ast, options);
  const errors = verifyScopes(analysis);
  for (const id of findUnreferencedIdentifiers(analysis)) errors.push(`identifier ${id.name}@${id.start} has no reference`);
  if (errors.length) throw new Error('scope invariants violated:\n' + errors.join('\n'));
  return analysis;
}

/** References to `name` in source order (pseudo names: 'this', 'new.target', '.home-object'). */
export function refs(a: ScopeAnalysis, name: string): Reference[] {
  return a.references.filter((r) => r.name === name).sort((x, y) => x.node.start - y.node.start);
}

/** The only binding named `name` (optionally of a kind); throws when there are several. */
export function binding(a: ScopeAnalysis, name: string, kind?: Binding['kind']): Binding {
  const found = a.bindings.filter((b) => b.name === name && (!kind || b.kind === kind));
  if (found.length !== 1) throw new Error(`expected one binding ${name}${kind ? ' ' + kind : ''}, found ${found.length}`);
  return found[0]!;
}

export function bindings(a: ScopeAnalysis, name: string): Binding[] {
  return a.bindings.filter((b) => b.name === name);
}

/** The function with this name (from its id or method key). */
export function func(a: ScopeAnalysis, name: string): FunctionInfo {
  const found = a.functions.filter((f) => f.name === name);
  if (found.length !== 1) throw new Error(`expected one function ${name}, found ${found.length}`);
  return found[0]!;
}

/** What a reference resolves to, as a short string: 'global', 'dynamic', 'dynamic(x#3)', 'x#3'. */
export function target(r: Reference): string {
  const res = r.resolution;
  if (res.kind === 'binding') return `${res.binding.kind}:${res.binding.name}`;
  if (res.kind === 'dynamic') return res.fallback ? `dynamic(${res.fallback.kind}:${res.fallback.name})` : 'dynamic';
  return res.kind;
}

export function hops(r: Reference): number {
  if (r.resolution.kind !== 'binding') throw new Error('not a binding resolution');
  return r.resolution.hops;
}

export function tdz(r: Reference): boolean {
  if (r.resolution.kind !== 'binding') throw new Error('not a binding resolution');
  return r.resolution.needsTdzCheck;
}
