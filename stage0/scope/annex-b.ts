// Annex B.3.3 (block-level function declarations, web legacy semantics), applied after the
// declaring walk: FunctionDeclarationInstantiation changes (B.3.2.1), GlobalDeclarationInstantiation
// changes (B.3.2.2) and EvalDeclarationInstantiation changes (B.3.2.3).
//
// For each sloppy plain FunctionDeclaration f in a block (the builder's candidates), with name F:
// if replacing f by `var F` would produce no early error, and F is not a parameter name, then the
// var scope gets a var binding F (unless it already has a var-like one) and, when f is evaluated,
// the block binding's value is copied into it. "No early error" means no enclosing scope between
// the block and the var scope (inclusive) declares F lexically, except that a simple catch
// parameter does not conflict (B.3.5). Several function declarations of F in the same block do
// not block each other (V8 and SpiderMonkey hoist them; the last evaluated wins).
//
// At script and eval level the runtime must also check that F is definable (no lexical
// declaration of another script / enclosing environment, CanDeclareGlobalVar): such entries
// carry runtimeCheck.
import type { AnnexBCandidate } from './builder.ts';
import { isLexicalKind, varScopeOf, type ScopeModel } from './model.ts';
import type { Binding, Reference, Scope } from './types.ts';

export function applyAnnexBFunctionHoisting(
  model: ScopeModel,
  candidates: AnnexBCandidate[],
  directTargets: Map<Reference, Binding>,
): void {
  for (const candidate of candidates) {
    const name = candidate.blockBinding.name;
    const varScope = varScopeOf(candidate.blockScope);
    if (varScope.strict || wouldConflict(candidate.blockScope, varScope, name)) continue;
    const func = varScope.func;
    if (func.paramBindings.some((b) => b.name === name)) continue;
    // B.3.2.1: in function code a block function named `arguments` is not hoisted (the
    // arguments object keeps the name).
    if (name === 'arguments' && varScope.kind !== 'script' && varScope.kind !== 'eval') continue;
    let varBinding = varScope.bindings.get(name);
    if (!varBinding) varBinding = model.declare(varScope, name, 'var', candidate.node.id);
    const store = model.addReference(candidate.node, name, candidate.blockScope, 'write');
    directTargets.set(store, varBinding);
    func.annexBFunctions.push({
      node: candidate.node,
      blockBinding: candidate.blockBinding,
      varBinding,
      store,
      runtimeCheck: varScope.kind === 'script' || varScope.kind === 'eval',
    });
  }
}

function wouldConflict(blockScope: Scope, varScope: Scope, name: string): boolean {
  for (let s: Scope | null = blockScope.parent; s && s !== varScope; s = s.parent) {
    const b = s.bindings.get(name);
    if (!b) continue;
    // B.3.5: `catch (e) { var e }` is allowed for a simple catch parameter.
    if (s.kind === 'catch' && b.kind === 'catch-param' && s.node.param.type === 'Identifier') continue;
    return true;
  }
  const top = varScope.bindings.get(name);
  return !!top && (isLexicalKind(top.kind) || top.kind === 'import');
}
