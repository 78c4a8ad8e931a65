// The declaration instantiation lists of each scope, in the order the spec's
// GlobalDeclarationInstantiation, FunctionDeclarationInstantiation, BlockDeclarationInstantiation,
// EvalDeclarationInstantiation and InitializeEnvironment (modules) create bindings, so that the
// generator emits scope entry without re-deriving any of it. See DeclarationInstantiation in
// types.ts for the emission order.
import { isLexicalKind } from './model.ts';
import type { Binding, FunctionToInitialize, Scope } from './types.ts';

export function buildInstantiationLists(scopes: Scope[]): void {
  for (const scope of scopes) {
    const d = scope.declarations;
    for (const b of scope.bindings.values()) {
      if (isLexicalKind(b.kind) || b.kind === 'class-name') d.lexicals.push(b);
    }
    if (!scope.isVarScope) continue; // block scopes: every function declaration, in source order
    d.functions = lastDeclarationOfEachName(d.functions);
    const functionNames = new Set(d.functions.map((f) => f.binding.name));
    for (const b of scope.bindings.values()) {
      if (b.kind !== 'var' && b.kind !== 'function') continue;
      const loc = b.location.kind;
      if (loc === 'global' || loc === 'eval-var') {
        if (!functionNames.has(b.name)) d.globalVarNames.push(b.name);
        continue;
      }
      d.vars.push({ binding: b, initialValueFrom: parameterValueFor(scope, b) });
    }
    for (const f of d.functions) {
      const loc = f.binding.location.kind;
      if (loc === 'global' || loc === 'eval-var') d.globalFunctionNames.push(f.binding.name);
    }
  }
}

/**
 * FunctionDeclarationInstantiation step 36: walking the var-scoped declarations backwards, the
 * first (i.e. last in source) declaration of each name is inserted at the front; the result is
 * ordered by the position of each name's last declaration.
 */
function lastDeclarationOfEachName(functions: FunctionToInitialize[]): FunctionToInitialize[] {
  const seen = new Set<string>();
  const out: FunctionToInitialize[] = [];
  for (let i = functions.length - 1; i >= 0; i--) {
    const f = functions[i]!;
    if (seen.has(f.binding.name)) continue;
    seen.add(f.binding.name);
    out.unshift(f);
  }
  return out;
}

/**
 * Step 28.f.i.4: in a separate body scope, a var named like a parameter (or `arguments`) starts
 * with that binding's value, unless a function declaration of that name initialises it.
 */
function parameterValueFor(scope: Scope, b: Binding): Binding | null {
  if (scope.kind !== 'body' || b.kind === 'function') return null;
  const outer = scope.func.scope.bindings.get(b.name);
  if (!outer || (outer.kind !== 'param' && outer.kind !== 'arguments')) return null;
  return outer;
}
