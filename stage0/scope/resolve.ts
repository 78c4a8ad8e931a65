// Pass 2 of scope analysis: resolve every reference against the finished scope tree.
//
//   - Identifiers: ResolveBinding, statically. The walk goes from the reference's scope outwards;
//     a `with` scope, or a scope into which sloppy direct eval may declare vars
//     (sloppyEvalVarTarget), makes the rest of the walk uncertain: the reference becomes
//     'dynamic' and the binding found beyond it (the fallback) is forced into a context so the
//     run-time lookup by name can find it.
//   - `arguments`: declared on demand in the nearest non-arrow function that may have an arguments
//     object (FunctionDeclarationInstantiation steps 15-18), when a lookup reaches its scope.
//   - this / new.target / super: pseudo-bindings of the nearest non-arrow function (GetThisEnvironment),
//     declared on demand; uses from arrows capture them.
//   - #private names: looked up in class scopes only (the PrivateEnvironment chain).
// A binding reached from a different closure than the one owning its scope is `captured`.
import { hasHomeObject, thisFunctionOf, type ScopeModel } from './model.ts';
import type { Binding, BindingKind, EvalOptions, FunctionInfo, Reference, Resolution, Scope } from './types.ts';

// A Map, not an object literal: `valueOf in {}` is true.
const PSEUDO_KINDS: ReadonlyMap<string, BindingKind> = new Map<string, BindingKind>([
  ['this', 'this'],
  ['new.target', 'new.target'],
  ['.home-object', 'home-object'],
  ['.function-object', 'function-object'],
]);

export class Resolver {
  private readonly model: ScopeModel;
  /** References whose binding is fixed by their declaration ('init' refs, Annex B stores). */
  private readonly directTargets: Map<Reference, Binding>;
  private readonly evalOptions: EvalOptions | null;

  constructor(model: ScopeModel, directTargets: Map<Reference, Binding>, evalOptions: EvalOptions | null) {
    this.model = model;
    this.directTargets = directTargets;
    this.evalOptions = evalOptions;
  }

  /** `var arguments` in a function's own scope is the arguments object's binding (not re-created). */
  prepareArguments(functions: FunctionInfo[]): void {
    for (const func of functions) {
      if (!mayHaveArgumentsObject(func)) continue;
      const own = func.scope.bindings.get('arguments');
      if (own && own.kind === 'var') {
        own.kind = 'arguments';
        func.argumentsBinding = own;
      } else if (!own && func.hasParameterExpressions) {
        const bodyVar = func.bodyScope.bindings.get('arguments');
        if (bodyVar && bodyVar.kind === 'var') this.declareArguments(func);
      }
    }
  }

  /**
   * Direct eval code can name anything its caller could: the nearest non-arrow function
   * materialises its pseudo-bindings and arguments object up front.
   */
  declareEvalImplicits(functions: FunctionInfo[]): void {
    for (const f of functions) {
      if (!f.hasDirectEval) continue;
      const func = thisFunctionOf(f);
      if (func.scope.kind !== 'function') continue;
      this.pseudoBinding(func, 'this');
      this.pseudoBinding(func, 'new.target');
      if (hasHomeObject(func)) this.pseudoBinding(func, '.home-object');
      if (func.classConstructorKind === 'derived') this.pseudoBinding(func, '.function-object');
      if (mayHaveArgumentsObject(func) && !func.scope.bindings.has('arguments')) this.declareArguments(func);
      func.usesThis = func.usesNewTarget = true;
      if (func.homeObjectBinding) func.usesSuperProperty = true;
      if (func.functionObjectBinding) func.usesSuperCall = true;
    }
  }

  resolveAll(references: Reference[]): void {
    for (const ref of references) {
      ref.resolution = this.resolve(ref);
      const res = ref.resolution;
      if (res.kind === 'binding') {
        res.binding.references.push(ref);
        if (ref.scope.func !== res.binding.scope.func) res.binding.captured = true;
      } else if (res.kind === 'dynamic' && res.fallback) {
        res.fallback.references.push(ref);
        res.fallback.forcedContext = true;
      }
    }
  }

  private resolve(ref: Reference): Resolution {
    const direct = this.directTargets.get(ref);
    if (direct) return bound(direct);
    if (PSEUDO_KINDS.has(ref.name)) return this.resolvePseudo(ref);
    if (ref.name.startsWith('#')) return this.resolvePrivate(ref);
    let dynamic = false;
    for (let s: Scope | null = ref.scope; s; s = s.parent) {
      let b = s.bindings.get(ref.name);
      if (!b && ref.name === 'arguments' && s === s.func.scope && mayHaveArgumentsObject(s.func)) {
        b = this.declareArguments(s.func);
      }
      if (b) {
        if (this.isEvalVar(b)) return { kind: 'dynamic', fallback: null };
        return dynamic ? { kind: 'dynamic', fallback: b } : bound(b);
      }
      if (s.kind === 'with' || s.sloppyEvalVarTarget) dynamic = true;
    }
    if (dynamic || this.evalOptions?.direct) return { kind: 'dynamic', fallback: null };
    return { kind: 'global' };
  }

  /** A var of sloppy direct eval code: created by name in the caller's VariableEnvironment. */
  private isEvalVar(b: Binding): boolean {
    const o = this.evalOptions;
    return !!o && o.direct && !o.strict && b.scope.kind === 'eval' && (b.kind === 'var' || b.kind === 'function');
  }

  private resolvePseudo(ref: Reference): Resolution {
    let func = ref.scope.func;
    markUse(func, ref.name);
    while (func.isArrow && func.parent) {
      func = func.parent;
      markUse(func, ref.name);
    }
    if (func.scope.kind === 'function') return bound(this.pseudoBinding(func, ref.name));
    // Top level: script `this` is the global this value, module `this` is undefined; in eval
    // code GetThisEnvironment runs at run time.
    if (func.kind === 'eval' && this.evalOptions?.direct) return { kind: 'dynamic', fallback: null };
    if (ref.name === 'this') return bound(this.pseudoBinding(func, 'this'));
    return { kind: 'global' }; // new.target/super outside functions: an early error in valid input
  }

  private resolvePrivate(ref: Reference): Resolution {
    for (let s: Scope | null = ref.scope; s; s = s.parent) {
      if (s.kind !== 'class') continue;
      // ClassHeritage is evaluated with the outer PrivateEnvironment: a class's own private
      // names are not visible in its extends clause.
      const heritage = s.node.superClass;
      if (heritage && ref.node.start >= heritage.start && ref.node.end <= heritage.end) continue;
      const b = s.bindings.get(ref.name);
      if (b) return bound(b);
    }
    // Only eval code inside a class can name a private name it does not declare.
    return { kind: 'dynamic', fallback: null };
  }

  private pseudoBinding(func: FunctionInfo, name: string): Binding {
    const existing = func.scope.bindings.get(name);
    if (existing) return existing;
    const kind = PSEUDO_KINDS.get(name)!;
    const b = this.model.declare(func.scope, name, kind, func.node);
    if (kind === 'this' && func.classConstructorKind === 'derived') {
      // Uninitialised until super() returns (BindThisValue); no use can prove it initialised.
      b.hasTdz = true;
    }
    if (kind === 'this') func.thisBinding = b;
    else if (kind === 'new.target') func.newTargetBinding = b;
    else if (kind === 'home-object') func.homeObjectBinding = b;
    else func.functionObjectBinding = b;
    return b;
  }

  private declareArguments(func: FunctionInfo): Binding {
    const b = this.model.declare(func.scope, 'arguments', 'arguments', func.node);
    func.argumentsBinding = b;
    return b;
  }
}

function bound(binding: Binding): Resolution {
  return { kind: 'binding', binding, hops: 0, needsTdzCheck: false };
}

function markUse(func: FunctionInfo, name: string): void {
  if (name === 'this') func.usesThis = true;
  else if (name === 'new.target') func.usesNewTarget = true;
  else if (name === '.home-object') func.usesSuperProperty = true;
  else func.usesSuperCall = true;
}

/**
 * Functions whose FunctionDeclarationInstantiation may create an arguments object: not arrows,
 * not class field initialisers or static blocks (where `arguments` is an early error), not top
 * level code. A parameter or body-level function/lexical named `arguments` is found by the
 * lookup before this is asked, which gives the rest of spec step 18.
 */
export function mayHaveArgumentsObject(func: FunctionInfo): boolean {
  switch (func.kind) {
    case 'normal':
    case 'method':
    case 'getter':
    case 'setter':
    case 'class-constructor':
      return true;
    default:
      return false;
  }
}
