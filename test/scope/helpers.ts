// Shared helpers for the scope tests. analyse() parses with acorn and with Ouro's own parser,
// analyses both, checks the invariants on both, and requires the two scope dumps to be equal:
// every unit test is also a differential test of the parser's AST as far as scopes can see.
import * as acorn from 'acorn';
import { analyzeScopes, type AnalyzeOptions } from '../../stage0/scope/analyze.ts';
import { printScopes } from '../../stage0/scope/print.ts';
import type { Binding, EsNode, FunctionInfo, Reference, ScopeAnalysis } from '../../stage0/scope/types.ts';
import { findUnreferencedIdentifiers, verifyScopes } from '../../stage0/scope/verify.ts';
import { parse as ouroParse } from '../../stage0/parse/parser.ts';

export type Parse = (source: string, sourceType: 'script' | 'module') => EsNode;

export const parseWithAcorn: Parse = (source, sourceType) =>
  acorn.parse(source, { ecmaVersion: 'latest', sourceType, locations: true, ranges: true }) as unknown as EsNode;

export const parseWithOuro: Parse = (source, sourceType) => ouroParse(source, { sourceType }) as unknown as EsNode;

export interface TestOptions extends AnalyzeOptions {
  module?: boolean;
}

/** Analyses an AST and returns the invariant violations (empty when consistent). */
export function checkedAnalysis(ast: EsNode, options: AnalyzeOptions = {}): { analysis: ScopeAnalysis; errors: string[] } {
  const analysis = analyzeScopes(ast, options);
  const errors = verifyScopes(analysis);
  for (const id of findUnreferencedIdentifiers(analysis)) errors.push(`identifier ${id.name}@${id.start} has no reference`);
  return { analysis, errors };
}

/** Parses and analyses `source` with both parsers; fails on invariant violations or a difference. */
export function analyse(source: string, options: TestOptions = {}): ScopeAnalysis {
  const sourceType = options.module ? 'module' : 'script';
  const viaAcorn = checkedAnalysis(parseWithAcorn(source, sourceType), options);
  const viaOuro = checkedAnalysis(parseWithOuro(source, sourceType), options);
  const errors = [...viaAcorn.errors, ...viaOuro.errors.map((e) => 'ouro parser: ' + e)];
  if (errors.length) throw new Error('scope invariants violated:\n' + errors.join('\n'));
  const dumpAcorn = printScopes(viaAcorn.analysis);
  const dumpOuro = printScopes(viaOuro.analysis);
  if (dumpAcorn !== dumpOuro) {
    throw new Error(`scope analysis differs between acorn and Ouro's parser:\n${dumpAcorn}\n---\n${dumpOuro}`);
  }
  return viaAcorn.analysis;
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
