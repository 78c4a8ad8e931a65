// Constructors for the scope model (types.ts) and small queries on it, shared by the passes.
import type {
  Binding,
  BindingKind,
  DeclarationInstantiation,
  EsNode,
  FunctionInfo,
  FunctionKind,
  Reference,
  ReferenceKind,
  Scope,
  ScopeKind,
} from './types.ts';

/** Id counters and the flat lists of everything created, owned by one analysis. */
export class ScopeModel {
  readonly scopes: Scope[] = [];
  readonly functions: FunctionInfo[] = [];
  readonly bindings: Binding[] = [];
  readonly references: Reference[] = [];
  readonly referenceOf = new Map<EsNode, Reference[]>();

  newScope(kind: ScopeKind, node: EsNode, parent: Scope | null, func: FunctionInfo, strict: boolean): Scope {
    const scope: Scope = {
      id: this.scopes.length,
      kind,
      node,
      parent,
      children: [],
      func,
      strict,
      bindings: new Map(),
      isVarScope: false,
      hasDirectEval: false,
      innerHasDirectEval: false,
      sloppyEvalVarTarget: false,
      needsContext: false,
      contextSlots: [],
      declarations: emptyDeclarations(),
      perIterationBindings: [],
      classInfo: null,
    };
    if (parent) parent.children.push(scope);
    this.scopes.push(scope);
    return scope;
  }

  /**
   * A FunctionInfo whose scopes are filled in by the caller right after (the placeholder scope
   * fields are overwritten before any pass reads them).
   */
  newFunction(kind: FunctionKind, node: EsNode, parent: FunctionInfo | null, strict: boolean): FunctionInfo {
    const isArrow = kind === 'arrow';
    const func: FunctionInfo = {
      id: this.functions.length,
      kind,
      node,
      name: node.id && node.id.type === 'Identifier' ? node.id.name : null,
      parent,
      children: [],
      strict,
      isArrow,
      isGenerator: !!node.generator,
      isAsync: !!node.async,
      scope: null as unknown as Scope,
      bodyScope: null as unknown as Scope,
      functionNameScope: null,
      params: [],
      paramBindings: [],
      hasSimpleParameterList: true,
      hasParameterExpressions: false,
      expectedArgumentCount: 0,
      hasRestParameter: false,
      argumentsObject: 'none',
      argumentsBinding: null,
      usesThis: false,
      usesNewTarget: false,
      usesSuperProperty: false,
      usesSuperCall: false,
      thisBinding: null,
      newTargetBinding: null,
      homeObjectBinding: null,
      functionObjectBinding: null,
      hasDirectEval: false,
      innerHasDirectEval: false,
      classConstructorKind: null,
      fieldsInitializer: null,
      registerCount: 0,
      needsFunctionContext: false,
      contextSlotCount: 0,
      annexBFunctions: [],
    };
    if (parent) parent.children.push(func);
    this.functions.push(func);
    return func;
  }

  /**
   * Declares `name` in `scope`, or returns the existing binding with this declaration added
   * (var redeclarations, sloppy duplicate parameters and block functions). A function
   * declaration upgrades a var binding to kind 'function'.
   */
  declare(scope: Scope, name: string, kind: BindingKind, declNode: EsNode): Binding {
    const existing = scope.bindings.get(name);
    if (existing) {
      existing.declarations.push(declNode);
      if (kind === 'function' && existing.kind === 'var') existing.kind = 'function';
      return existing;
    }
    const binding: Binding = {
      id: this.bindings.length,
      name,
      kind,
      scope,
      declarations: [declNode],
      hasTdz: kindHasTdz(kind),
      initializedAfter: Infinity,
      needsHoleInit: false,
      immutable: kindIsImmutable(kind),
      captured: false,
      forcedContext: false,
      location: { kind: 'unallocated' },
      parameterIndex: -1,
      exportNames: [],
      importFrom: null,
      references: [],
    };
    scope.bindings.set(name, binding);
    this.bindings.push(binding);
    return binding;
  }

  /** Removes a binding that turned out to be unneeded (an unused implicit `arguments`). */
  undeclare(binding: Binding): void {
    binding.scope.bindings.delete(binding.name);
    const i = this.bindings.indexOf(binding);
    if (i >= 0) this.bindings.splice(i, 1);
  }

  addReference(node: EsNode, name: string, scope: Scope, kind: ReferenceKind): Reference {
    const ref: Reference = {
      node,
      name,
      scope,
      kind,
      isTypeofOperand: false,
      isCallee: false,
      isDeleteOperand: false,
      strict: scope.strict,
      resolution: { kind: 'unresolved' },
    };
    this.references.push(ref);
    const list = this.referenceOf.get(node);
    if (list) list.push(ref);
    else this.referenceOf.set(node, [ref]);
    return ref;
  }
}

function emptyDeclarations(): DeclarationInstantiation {
  return { lexicals: [], vars: [], functions: [], globalFunctionNames: [], globalVarNames: [] };
}

export function kindHasTdz(kind: BindingKind): boolean {
  switch (kind) {
    case 'let':
    case 'const':
    case 'using':
    case 'class':
    case 'class-name':
    case 'import':
    case 'default-export':
      return true;
    default:
      return false;
  }
}

function kindIsImmutable(kind: BindingKind): boolean {
  switch (kind) {
    case 'const':
    case 'using':
    case 'class-name':
    case 'function-self-name':
    case 'import':
    case 'private-name':
    case 'new.target':
    case 'home-object':
    case 'function-object':
      return true;
    default:
      return false;
  }
}

/** Lexically scoped kinds (LexicallyScopedDeclarations, excluding block functions). */
export function isLexicalKind(kind: BindingKind): boolean {
  return kind === 'let' || kind === 'const' || kind === 'using' || kind === 'class' || kind === 'default-export';
}

/** The nearest var scope at or above `scope` (VariableEnvironment). */
export function varScopeOf(scope: Scope): Scope {
  let s: Scope | null = scope;
  while (s && !s.isVarScope) s = s.parent;
  if (!s) throw new Error('scope analysis: no var scope above scope ' + scope.id);
  return s;
}

/** The nearest non-arrow function (the one whose this/new.target/super an arrow inherits). */
export function thisFunctionOf(func: FunctionInfo): FunctionInfo {
  let f = func;
  while (f.isArrow && f.parent) f = f.parent;
  return f;
}

/** Functions with a [[HomeObject]]: methods, accessors, constructors and class initialisers. */
export function hasHomeObject(func: FunctionInfo): boolean {
  switch (func.kind) {
    case 'method':
    case 'getter':
    case 'setter':
    case 'class-constructor':
    case 'instance-fields-initializer':
    case 'static-initializer':
      return true;
    default:
      return false;
  }
}
