// Scope analysis entry point: ESTree Program → ScopeAnalysis (types.ts).
//
//   1. builder.ts    walk: scopes, declarations, unresolved references
//   2. annex-b.ts    B.3.3 block function hoisting
//   3. resolve.ts    arguments / eval implicits, then every reference resolved
//   4. allocate.ts   eval forcing, arguments object, locations, contexts, hops, TDZ
//   5. instantiation.ts  declaration instantiation lists per scope
// Each pass reads only what earlier passes finished; none re-walks the AST.
import { allocateAll, computeHopsAndTdz, finishArguments, finishFunctions, forceContextForEval } from './allocate.ts';
import { applyAnnexBFunctionHoisting } from './annex-b.ts';
import { ScopeBuilder } from './builder.ts';
import { buildInstantiationLists } from './instantiation.ts';
import { Resolver } from './resolve.ts';
import type { EsNode, EvalOptions, ScopeAnalysis } from './types.ts';

export interface AnalyzeOptions {
  /** Analyse the program as eval code (its sourceType must be 'script'). */
  eval?: EvalOptions;
}

export function analyzeScopes(program: EsNode, options: AnalyzeOptions = {}): ScopeAnalysis {
  const evalOptions = options.eval ?? null;
  const builder = new ScopeBuilder();
  const { topScope, topFunction } = builder.build(program, evalOptions);
  const model = builder.model;
  const directTargets = builder.initTargets;

  applyAnnexBFunctionHoisting(model, builder.annexBCandidates, directTargets);

  const resolver = new Resolver(model, directTargets, evalOptions);
  resolver.prepareArguments(model.functions);
  resolver.declareEvalImplicits(model.functions);
  resolver.resolveAll(model.references);

  forceContextForEval(model.scopes);
  finishArguments(model, model.functions);
  allocateAll(model.scopes, builder.module, evalOptions);
  computeHopsAndTdz(model.references, model.bindings);
  buildInstantiationLists(model.scopes);
  finishFunctions(model.functions);
  for (const info of builder.classOf.values()) {
    if (info.constructor) info.constructor.fieldsInitializer = info.instanceFieldsInitializer;
  }

  return {
    program,
    topScope,
    topFunction,
    scopes: model.scopes,
    functions: model.functions,
    references: model.references,
    bindings: model.bindings,
    scopeOf: builder.scopeOf,
    functionOf: builder.functionOf,
    referenceOf: model.referenceOf,
    classOf: builder.classOf,
    module: builder.module,
  };
}
