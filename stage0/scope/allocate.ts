// Pass 3 of scope analysis: decide where every binding lives, which scopes need a context, the
// context depth (hops) of every reference, and which references need a TDZ hole check.
//
// Allocation rules (V8's Scope::AllocateVariablesRecursively, simplified):
//   - script level: var/function → global object property; let/const/class → script context;
//   - module level: named imports → module-import, exported bindings → module-cell;
//   - sloppy direct eval level: var/function → eval-var (declared by name at run time);
//     sloppy indirect eval level: var/function → global object property;
//   - otherwise a binding goes to a context slot of its scope when it is captured (used from
//     another closure), or forced (direct eval in this scope or an inner one; a dynamic lookup
//     can reach it; a mapped arguments object aliases the parameters); else to the incoming
//     argument slot (simple parameter lists without a mapped arguments object) or a register.
// Invariant: a binding is never both captured and in a register or parameter slot.
import { mayHaveArgumentsObject } from './resolve.ts';
import type { ScopeModel } from './model.ts';
import type { Binding, EvalOptions, FunctionInfo, Location, ModuleInfo, Reference, Scope } from './types.ts';

export function forceContextForEval(scopes: Scope[]): void {
  for (const scope of scopes) {
    if (!scope.innerHasDirectEval) continue;
    for (const b of scope.bindings.values()) b.forcedContext = true;
  }
}

/**
 * Decides each function's arguments object once references are known: an implicit binding
 * that nothing reads is dropped (an explicit `var arguments` goes back to being a var).
 */
export function finishArguments(model: ScopeModel, functions: FunctionInfo[]): void {
  for (const func of functions) {
    const b = func.argumentsBinding;
    if (!b || !mayHaveArgumentsObject(func)) continue;
    const bodyVar = func.bodyScope !== func.scope ? func.bodyScope.bindings.get('arguments') : undefined;
    const used =
      b.references.length > 0 || b.forcedContext || (!!bodyVar && bodyVar.kind === 'var' && bodyVar.references.length > 0);
    if (!used) {
      func.argumentsBinding = null;
      if (b.declarations[0] === func.node) model.undeclare(b);
      else b.kind = 'var';
      continue;
    }
    const mapped = !func.strict && func.hasSimpleParameterList;
    func.argumentsObject = mapped ? 'mapped' : 'unmapped';
    // A mapped arguments object aliases the parameters: they live in the function context.
    if (mapped) for (const p of func.paramBindings) p.forcedContext = true;
  }
}

export function allocateAll(
  scopes: Scope[],
  module: ModuleInfo | null,
  evalOptions: EvalOptions | null,
): void {
  for (const scope of scopes) {
    for (const b of scope.bindings.values()) {
      b.location = locate(b, module, evalOptions);
      if (b.location.kind === 'context' || b.location.kind === 'script-context') scope.contextSlots.push(b);
    }
    scope.needsContext =
      scope.contextSlots.length > 0 || scope.kind === 'with' || scope.kind === 'module' || scope.sloppyEvalVarTarget;
  }
}

function locate(b: Binding, module: ModuleInfo | null, evalOptions: EvalOptions | null): Location {
  const scope = b.scope;
  const varLike = b.kind === 'var' || b.kind === 'function';
  switch (scope.kind) {
    case 'script':
      if (b.kind === 'this') return { kind: 'global-this' };
      if (varLike) return { kind: 'global' };
      return { kind: 'script-context', slot: scope.contextSlots.length };
    case 'module':
      if (b.kind === 'this') return { kind: 'undefined' };
      if (b.kind === 'import' && b.importFrom?.imported != null) {
        return { kind: 'module-import', index: module!.imports.findIndex((i) => i.binding === b) };
      }
      if (b.exportNames.length > 0) return { kind: 'module-cell', index: module!.cells.indexOf(b) };
      break;
    case 'eval':
      if (b.kind === 'this') return { kind: 'global-this' };
      if (varLike && !scope.strict) return evalOptions?.direct ? { kind: 'eval-var' } : { kind: 'global' };
      break;
    default:
      break;
  }
  if (b.captured || b.forcedContext) return { kind: 'context', slot: scope.contextSlots.length };
  const func = scope.func;
  if (b.kind === 'param' && func.hasSimpleParameterList && scope === func.scope) {
    return { kind: 'parameter', index: b.parameterIndex };
  }
  return { kind: 'register', index: func.registerCount++ };
}

/** Locations reached through the context chain, whose references need hops. */
function isContextLocation(location: Location): boolean {
  const k = location.kind;
  return k === 'context' || k === 'script-context' || k === 'module-cell' || k === 'module-import';
}

/** The number of contexts between the reference's scope and the binding's scope. */
export function contextHops(from: Scope, to: Scope): number {
  let hops = 0;
  for (let s: Scope | null = from; s && s !== to; s = s.parent) if (s.needsContext) hops++;
  return hops;
}

export function computeHopsAndTdz(references: Reference[], bindings: Binding[]): void {
  for (const ref of references) {
    const res = ref.resolution;
    if (res.kind !== 'binding') continue;
    const b = res.binding;
    if (isContextLocation(b.location)) res.hops = contextHops(ref.scope, b.scope);
    res.needsTdzCheck = needsTdzCheck(ref, b);
  }
  for (const b of bindings) {
    // An import's cell belongs to the exporting module, which creates it holding the hole.
    if (!b.hasTdz || b.kind === 'import') continue;
    b.needsHoleInit =
      b.forcedContext ||
      b.exportNames.length > 0 ||
      b.location.kind === 'script-context' || // other scripts (evalScript) may read it early
      b.kind === 'this' ||
      b.references.some((r) => r.resolution.kind !== 'binding' || r.resolution.needsTdzCheck);
  }
}

/**
 * TDZ elision, deliberately conservative. A use can skip the hole check only when
 *   - it runs in the same closure as the binding's scope (another closure may run at any time),
 *   - it starts at or after binding.initializedAfter (the end of the declarator, class, for-in/of
 *     head or parameter that initialises it): within one closure, code of a scope runs in text
 *     order, because every loop re-enters the scopes inside it and a jump never goes backwards
 *     within a scope's statement list,
 *   - the binding's scope is not a switch block (a case can be entered past a declaration),
 *   - and it is not the initialisation itself ('init' references never check).
 * Imports (other modules may not have run yet) and derived-constructor `this` always check.
 * Independently of these checks, script-context and exported bindings are always created holding
 * the hole (other scripts or modules can observe them before initialisation).
 */
function needsTdzCheck(ref: Reference, b: Binding): boolean {
  if (!b.hasTdz || ref.kind === 'init') return false;
  if (b.kind === 'import' || b.kind === 'this') return true;
  if (ref.scope.func !== b.scope.func) return true;
  if (b.scope.node.type === 'SwitchStatement') return true;
  return ref.node.start < b.initializedAfter;
}

export function finishFunctions(functions: FunctionInfo[]): void {
  for (const func of functions) {
    func.needsFunctionContext = func.scope.needsContext;
    func.contextSlotCount = func.scope.contextSlots.length;
  }
}
