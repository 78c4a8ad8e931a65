// Pass 1 of scope analysis: one walk over the AST that creates the scope tree, declares every
// binding in the scope the spec puts it in (VarScopedDeclarations hoisted to the var scope,
// LexicallyScopedDeclarations in their block), and records every reference unresolved.
// Resolution and allocation need the complete tree and happen afterwards (resolve.ts,
// allocate.ts), as in V8 where the parser declares and DeclarationScope::Analyze resolves.
import {
  boundIdentifiers,
  containsExpression,
  expectedArgumentCount,
  hasUseStrictDirective,
  isPlainFunctionDeclaration,
  isPotentialDirectEval,
  isSimpleParameterList,
  isTypeScriptNode,
} from './declarations.ts';
import { ScopeModel, varScopeOf } from './model.ts';
import type {
  Binding,
  BindingKind,
  ClassInfo,
  EsNode,
  EvalOptions,
  FunctionInfo,
  FunctionKind,
  ModuleInfo,
  Reference,
  ReferenceKind,
  Scope,
} from './types.ts';

/** A sloppy FunctionDeclaration in a block, to which Annex B.3.3 may apply (decided in annex-b.ts). */
export interface AnnexBCandidate {
  node: EsNode;
  blockScope: Scope;
  blockBinding: Binding;
}

/** An `export { local as exported }` without `from`, linked after the walk. */
interface LocalExport {
  local: string;
  exported: string;
}

export class ScopeBuilder {
  readonly model = new ScopeModel();
  readonly scopeOf = new Map<EsNode, Scope>();
  readonly functionOf = new Map<EsNode, FunctionInfo>();
  readonly classOf = new Map<EsNode, ClassInfo>();
  readonly annexBCandidates: AnnexBCandidate[] = [];
  /** Init references whose binding is known at declaration (they skip lookup in resolve.ts). */
  readonly initTargets = new Map<Reference, Binding>();
  module: ModuleInfo | null = null;
  private readonly localExports: LocalExport[] = [];
  private current!: Scope;

  build(program: EsNode, evalOptions: EvalOptions | null): { topScope: Scope; topFunction: FunctionInfo } {
    const isModule = program.sourceType === 'module';
    const kind: FunctionKind = evalOptions ? 'eval' : isModule ? 'module' : 'script';
    const strict = isModule || (evalOptions?.strict ?? false) || hasUseStrictDirective(program.body);
    const func = this.model.newFunction(kind, program, null, strict);
    const scope = this.model.newScope(evalOptions ? 'eval' : isModule ? 'module' : 'script', program, null, func, strict);
    scope.isVarScope = true;
    func.scope = scope;
    func.bodyScope = scope;
    this.scopeOf.set(program, scope);
    this.functionOf.set(program, func);
    if (isModule) this.module = { imports: [], cells: [], reexports: [], requestedModules: [] };
    this.current = scope;
    this.visitStatementList(program.body, true);
    this.linkLocalExports(scope);
    return { topScope: scope, topFunction: func };
  }

  // ---- scopes -------------------------------------------------------------------------------

  private enterScope(kind: Scope['kind'], node: EsNode): Scope {
    const parent = this.current;
    const scope = this.model.newScope(kind, node, parent, parent.func, parent.strict);
    this.current = scope;
    return scope;
  }

  private withScope(scope: Scope, body: () => void): void {
    const saved = this.current;
    this.current = scope;
    body();
    this.current = saved;
  }

  private reference(node: EsNode, name: string, kind: ReferenceKind): Reference {
    return this.model.addReference(node, name, this.current, kind);
  }

  /** Declares a binding and records the initialising reference at its identifier. */
  private declareInit(scope: Scope, id: EsNode, kind: BindingKind, initializedAfter: number, name = id.name): Binding {
    const binding = this.model.declare(scope, name, kind, id);
    binding.initializedAfter = Math.min(binding.initializedAfter, initializedAfter);
    const ref = this.model.addReference(id, name, this.current, 'init');
    this.initTargets.set(ref, binding);
    return binding;
  }

  // ---- statements ---------------------------------------------------------------------------

  /** `topLevel`: the statement list of a var scope (functions there are var-scoped). */
  private visitStatementList(body: EsNode[], topLevel: boolean): void {
    for (const stmt of body) this.visitStatement(stmt, topLevel);
  }

  private visitStatement(node: EsNode, topLevel: boolean): void {
    if (isTypeScriptNode(node)) return;
    switch (node.type) {
      case 'ExpressionStatement':
        this.visitExpression(node.expression);
        return;
      case 'BlockStatement':
        this.visitBlock(node);
        return;
      case 'EmptyStatement':
      case 'DebuggerStatement':
      case 'BreakStatement':
      case 'ContinueStatement':
        return;
      case 'VariableDeclaration':
        this.visitVariableDeclaration(node, false);
        return;
      case 'FunctionDeclaration':
        this.visitFunctionDeclaration(node, topLevel);
        return;
      case 'ClassDeclaration':
        this.visitClass(node);
        return;
      case 'IfStatement':
        this.visitExpression(node.test);
        this.visitSubStatement(node.consequent);
        if (node.alternate) this.visitSubStatement(node.alternate);
        return;
      case 'WhileStatement':
        this.visitExpression(node.test);
        this.visitSubStatement(node.body);
        return;
      case 'DoWhileStatement':
        this.visitSubStatement(node.body);
        this.visitExpression(node.test);
        return;
      case 'ForStatement':
        this.visitFor(node);
        return;
      case 'ForInStatement':
      case 'ForOfStatement':
        this.visitForInOf(node);
        return;
      case 'ReturnStatement':
      case 'ThrowStatement':
        if (node.argument) this.visitExpression(node.argument);
        return;
      case 'LabeledStatement':
        // LabelledItem is transparent for declarations: a labelled function declaration is
        // declared where the labelled statement stands.
        this.visitStatement(node.body, topLevel);
        return;
      case 'SwitchStatement':
        this.visitSwitch(node);
        return;
      case 'TryStatement':
        this.visitTry(node);
        return;
      case 'WithStatement':
        this.visitExpression(node.object);
        this.enterScope('with', node);
        this.scopeOf.set(node, this.current);
        this.visitSubStatement(node.body);
        this.current = this.current.parent!;
        return;
      case 'ImportDeclaration':
        this.visitImport(node);
        return;
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportAllDeclaration':
        this.visitExport(node);
        return;
      default:
        throw new Error(`scope analysis: unexpected statement ${node.type}`);
    }
  }

  /**
   * The Statement of if/while/for/with/labelled: a FunctionDeclaration there (sloppy only,
   * Annex B.3.4) behaves as if it were the only statement of a block.
   */
  private visitSubStatement(node: EsNode): void {
    if (node.type === 'FunctionDeclaration') {
      const scope = this.enterScope('block', node);
      this.scopeOf.set(node, scope);
      this.visitFunctionDeclaration(node, false);
      this.current = scope.parent!;
      return;
    }
    this.visitStatement(node, false);
  }

  private visitBlock(node: EsNode): void {
    const scope = this.enterScope('block', node);
    this.scopeOf.set(node, scope);
    this.visitStatementList(node.body, false);
    this.current = scope.parent!;
  }

  private visitFunctionDeclaration(node: EsNode, topLevel: boolean): void {
    if (!node.body) return; // a TypeScript overload signature
    const scope = this.current;
    const binding = this.model.declare(scope, node.id.name, 'function', node.id);
    const func = this.visitFunction(node, 'normal');
    scope.declarations.functions.push({ node, func, binding });
    if (!topLevel && !scope.strict && isPlainFunctionDeclaration(node)) {
      this.annexBCandidates.push({ node, blockScope: scope, blockBinding: binding });
    }
  }

  private visitVariableDeclaration(node: EsNode, inForInOfHead: boolean): void {
    const kind = node.kind as string;
    if (node.declare) return; // TypeScript `declare var`
    if (kind === 'var') {
      const varScope = varScopeOf(this.current);
      for (const decl of node.declarations) {
        if (decl.init) this.visitExpression(decl.init);
        for (const id of boundIdentifiers(decl.id)) this.model.declare(varScope, id.name, 'var', id);
        // A var initialiser is a PutValue through ResolveBinding: a lookup from here.
        this.visitPattern(decl.id, decl.init || inForInOfHead ? 'write' : null);
      }
      return;
    }
    const bindingKind: BindingKind = kind === 'let' ? 'let' : kind === 'const' ? 'const' : 'using';
    const scope = this.current;
    for (const decl of node.declarations) {
      if (decl.init) this.visitExpression(decl.init);
      // In a for-in/of head the binding is initialised only at the start of the body.
      const after = inForInOfHead ? -1 : decl.end;
      this.visitBindingPattern(decl.id, scope, bindingKind, after);
    }
  }

  private visitFor(node: EsNode): void {
    const init = node.init;
    const lexical = init && init.type === 'VariableDeclaration' && init.kind !== 'var';
    const scope = lexical ? this.enterScope('for', node) : null;
    if (scope) this.scopeOf.set(node, scope);
    if (init) {
      if (init.type === 'VariableDeclaration') this.visitVariableDeclaration(init, false);
      else this.visitExpression(init);
    }
    if (scope && init.kind === 'let') {
      for (const b of scope.bindings.values()) scope.perIterationBindings.push(b);
    }
    if (node.test) this.visitExpression(node.test);
    if (node.update) this.visitExpression(node.update);
    this.visitSubStatement(node.body);
    if (scope) this.current = scope.parent!;
  }

  private visitForInOf(node: EsNode): void {
    const left = node.left;
    const lexical = left.type === 'VariableDeclaration' && left.kind !== 'var';
    const scope = lexical ? this.enterScope('for', node) : null;
    if (scope) {
      this.scopeOf.set(node, scope);
      // The iterated expression runs in a TDZ environment holding the same names
      // (ForIn/OfHeadEvaluation with uninitializedBoundNames): analysed inside the scope.
      this.visitVariableDeclaration(left, true);
      for (const b of scope.bindings.values()) b.initializedAfter = node.right.end;
    } else if (left.type === 'VariableDeclaration') {
      this.visitVariableDeclaration(left, true);
    } else {
      this.visitAssignmentTarget(left, 'write');
    }
    this.visitExpression(node.right);
    this.visitSubStatement(node.body);
    if (scope) this.current = scope.parent!;
  }

  private visitSwitch(node: EsNode): void {
    this.visitExpression(node.discriminant);
    const scope = this.enterScope('block', node);
    this.scopeOf.set(node, scope);
    for (const c of node.cases) {
      if (c.test) this.visitExpression(c.test);
      this.visitStatementList(c.consequent, false);
    }
    this.current = scope.parent!;
  }

  private visitTry(node: EsNode): void {
    this.visitBlock(node.block);
    const handler = node.handler;
    if (handler) {
      const scope = this.enterScope('catch', handler);
      this.scopeOf.set(handler, scope);
      if (handler.param) {
        // CatchClauseEvaluation: bindings created uninitialised, then BindingInitialization;
        // only a destructuring parameter can observe the TDZ (a default reading a later name).
        const simple = handler.param.type === 'Identifier';
        this.visitBindingPattern(handler.param, scope, 'catch-param', simple ? -1 : handler.param.end);
        if (!simple) for (const b of scope.bindings.values()) b.hasTdz = true;
      }
      this.visitBlock(handler.body);
      this.current = scope.parent!;
    }
    if (node.finalizer) this.visitBlock(node.finalizer);
  }

  // ---- modules ------------------------------------------------------------------------------

  private visitImport(node: EsNode): void {
    if (node.importKind === 'type') return;
    const module = this.module!;
    const source = String(node.source.value);
    if (!module.requestedModules.includes(source)) module.requestedModules.push(source);
    for (const spec of node.specifiers) {
      if (spec.importKind === 'type') continue;
      const imported =
        spec.type === 'ImportNamespaceSpecifier'
          ? null
          : spec.type === 'ImportDefaultSpecifier'
            ? 'default'
            : spec.imported.type === 'Identifier'
              ? spec.imported.name
              : String(spec.imported.value);
      const binding = this.model.declare(this.current, spec.local.name, 'import', spec.local);
      binding.importFrom = { source, imported };
      // A namespace object is created during linking: never observable uninitialised.
      if (imported === null) binding.hasTdz = false;
      else module.imports.push({ binding, source, imported });
    }
  }

  private visitExport(node: EsNode): void {
    const module = this.module!;
    const scope = this.current;
    if (node.exportKind === 'type') return;
    if (node.type === 'ExportAllDeclaration') {
      const source = String(node.source.value);
      if (!module.requestedModules.includes(source)) module.requestedModules.push(source);
      const exported = node.exported ? exportName(node.exported) : null;
      module.reexports.push({ source, imported: null, exported });
      return;
    }
    if (node.type === 'ExportDefaultDeclaration') {
      const decl = node.declaration;
      if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id) {
        this.visitStatement(decl, true);
        this.localExports.push({ local: decl.id.name, exported: 'default' });
      } else if (decl.type === 'FunctionDeclaration') {
        const binding = this.model.declare(scope, '*default*', 'function', decl);
        const func = this.visitFunction(decl, 'normal');
        scope.declarations.functions.push({ node: decl, func, binding });
        this.localExports.push({ local: '*default*', exported: 'default' });
      } else if (decl.type === 'ClassDeclaration') {
        this.visitClass(decl);
        // `export default class {}`: the class is the *default* binding's value (its own cell).
        this.declareInit(scope, node, 'default-export', node.end, '*default*');
        this.localExports.push({ local: '*default*', exported: 'default' });
      } else if (!isTypeScriptNode(decl)) {
        this.visitExpression(decl);
        this.declareInit(scope, node, 'default-export', node.end, '*default*');
        this.localExports.push({ local: '*default*', exported: 'default' });
      }
      return;
    }
    if (node.declaration) {
      const decl = node.declaration;
      if (isTypeScriptNode(decl) || decl.declare) return;
      this.visitStatement(decl, true);
      const ids =
        decl.type === 'VariableDeclaration'
          ? decl.declarations.flatMap((d: EsNode) => boundIdentifiers(d.id))
          : decl.id
            ? [decl.id]
            : [];
      for (const id of ids) this.localExports.push({ local: id.name, exported: id.name });
      return;
    }
    if (node.source) {
      const source = String(node.source.value);
      if (!module.requestedModules.includes(source)) module.requestedModules.push(source);
      for (const spec of node.specifiers) {
        if (spec.exportKind === 'type') continue;
        module.reexports.push({ source, imported: exportName(spec.local), exported: exportName(spec.exported) });
      }
      return;
    }
    for (const spec of node.specifiers) {
      if (spec.exportKind === 'type') continue;
      this.localExports.push({ local: exportName(spec.local), exported: exportName(spec.exported) });
    }
  }

  /** Module-level ExportedBindings: cells for local bindings, re-exports for imported ones. */
  private linkLocalExports(scope: Scope): void {
    const module = this.module;
    if (!module) return;
    for (const { local, exported } of this.localExports) {
      const binding = scope.bindings.get(local);
      if (!binding) continue; // an early error in valid input
      if (binding.kind === 'import' && binding.importFrom) {
        module.reexports.push({ source: binding.importFrom.source, imported: binding.importFrom.imported, exported });
        continue;
      }
      if (binding.exportNames.length === 0) module.cells.push(binding);
      binding.exportNames.push(exported);
    }
  }

  // ---- patterns -----------------------------------------------------------------------------

  /**
   * A binding pattern that declares into `scope` (let/const/class/param/catch-param): each name
   * is declared and gets an 'init' reference; defaults and computed keys are expressions.
   * `initializedAfter` -1 means "decided by the caller" (left at Infinity until set).
   */
  private visitBindingPattern(pattern: EsNode, scope: Scope, kind: BindingKind, initializedAfter: number): void {
    switch (pattern.type) {
      case 'Identifier':
        this.declareInit(scope, pattern, kind, initializedAfter < 0 ? Infinity : initializedAfter);
        return;
      case 'ObjectPattern':
        for (const p of pattern.properties) {
          if (p.type === 'RestElement') {
            this.visitBindingPattern(p.argument, scope, kind, initializedAfter);
          } else {
            if (p.computed) this.visitExpression(p.key);
            this.visitBindingPattern(p.value, scope, kind, initializedAfter);
          }
        }
        return;
      case 'ArrayPattern':
        for (const e of pattern.elements) if (e) this.visitBindingPattern(e, scope, kind, initializedAfter);
        return;
      case 'AssignmentPattern':
        this.visitExpression(pattern.right);
        this.visitBindingPattern(pattern.left, scope, kind, initializedAfter);
        return;
      case 'RestElement':
        this.visitBindingPattern(pattern.argument, scope, kind, initializedAfter);
        return;
      default:
        throw new Error(`scope analysis: unexpected binding pattern ${pattern.type}`);
    }
  }

  /**
   * A var pattern: names were declared in the var scope; with an initialiser each name is a
   * 'write' reference resolved by lookup (`refKind` null: no initialiser, only expressions).
   */
  private visitPattern(pattern: EsNode, refKind: ReferenceKind | null): void {
    switch (pattern.type) {
      case 'Identifier':
        if (refKind) this.reference(pattern, pattern.name, refKind);
        return;
      case 'ObjectPattern':
        for (const p of pattern.properties) {
          if (p.type === 'RestElement') this.visitPattern(p.argument, refKind);
          else {
            if (p.computed) this.visitExpression(p.key);
            this.visitPattern(p.value, refKind);
          }
        }
        return;
      case 'ArrayPattern':
        for (const e of pattern.elements) if (e) this.visitPattern(e, refKind);
        return;
      case 'AssignmentPattern':
        this.visitExpression(pattern.right);
        this.visitPattern(pattern.left, refKind);
        return;
      case 'RestElement':
        this.visitPattern(pattern.argument, refKind);
        return;
      default:
        // A member expression in an assignment pattern.
        this.visitExpression(pattern);
        return;
    }
  }

  /** An assignment target (simple or destructuring): identifiers are write references. */
  private visitAssignmentTarget(node: EsNode, kind: ReferenceKind): void {
    if (isTypeScriptNode(node) && node.expression) return this.visitAssignmentTarget(node.expression, kind);
    if (node.type === 'ParenthesizedExpression') return this.visitAssignmentTarget(node.expression, kind);
    this.visitPattern(node, kind);
  }

  // ---- functions ----------------------------------------------------------------------------

  /**
   * Creates the function's scopes (function-name, function/arrow, separate body) and walks
   * parameters and body. The caller declares a FunctionDeclaration's own name.
   */
  visitFunction(node: EsNode, kind: FunctionKind, parentOverride?: Scope): FunctionInfo {
    const outer = parentOverride ?? this.current;
    const isArrow = node.type === 'ArrowFunctionExpression';
    const body = node.body;
    const bodyIsBlock = body && body.type === 'BlockStatement';
    const strict = outer.strict || (bodyIsBlock && hasUseStrictDirective(body.body));
    const func = this.model.newFunction(isArrow ? 'arrow' : kind, node, outer.func, strict);
    this.functionOf.set(node, func);
    const saved = this.current;
    this.current = outer;

    if (node.type === 'FunctionExpression' && node.id && kind === 'normal') {
      // The self binding of a named function expression (FunctionExpression evaluation, funcEnv).
      const nameScope = this.model.newScope('function-name', node, outer, func, strict);
      this.model.declare(nameScope, node.id.name, 'function-self-name', node.id);
      func.functionNameScope = nameScope;
      this.current = nameScope;
    }
    const scope = this.model.newScope(isArrow ? 'arrow' : 'function', node, this.current, func, strict);
    func.scope = scope;
    this.current = scope;

    // TypeScript's `this` parameter is a type annotation, not a formal.
    const params: EsNode[] = node.params.filter(
      (p: EsNode) => !isTypeScriptNode(p) && !(p.type === 'Identifier' && p.name === 'this'),
    );
    func.params = params;
    func.hasSimpleParameterList = isSimpleParameterList(params);
    func.hasParameterExpressions = containsExpression(params);
    func.expectedArgumentCount = expectedArgumentCount(params);
    func.hasRestParameter = params.some((p) => p.type === 'RestElement');

    // Parameters: with expressions they are TDZ until their own initialisation (IteratorBindingInitialization
    // on an environment whose bindings start uninitialised, FunctionDeclarationInstantiation step 21).
    params.forEach((p, index) => {
      this.visitBindingPattern(p, scope, 'param', func.hasParameterExpressions ? p.end : Infinity);
      for (const id of boundIdentifiers(p)) {
        const b = scope.bindings.get(id.name)!;
        b.parameterIndex = index; // sloppy duplicates: the last formal wins
        if (!func.paramBindings.includes(b)) func.paramBindings.push(b);
        if (func.hasParameterExpressions) b.hasTdz = true;
      }
    });

    let bodyScope = scope;
    if (func.hasParameterExpressions) {
      bodyScope = this.model.newScope('body', node, scope, func, strict);
      this.current = bodyScope;
    }
    bodyScope.isVarScope = true;
    func.bodyScope = bodyScope;
    if (bodyIsBlock) this.visitStatementList(body.body, true);
    else if (body) this.visitExpression(body);
    this.current = saved;
    return func;
  }

  // ---- classes ------------------------------------------------------------------------------

  private visitClass(node: EsNode): void {
    const outer = this.current;
    let declarationBinding: Binding | null = null;
    if (node.type === 'ClassDeclaration') {
      const name = node.id ? node.id.name : '*default*';
      // An anonymous `export default class {}` binds *default*; the class node is the declaration.
      declarationBinding = this.declareInit(outer, node.id ?? node, 'class', node.end, name);
    }
    const scope = this.enterScope('class', node);
    scope.strict = true;
    this.scopeOf.set(node, scope);
    const info: ClassInfo = {
      node,
      scope,
      nameBinding: null,
      declarationBinding,
      hasHeritage: !!node.superClass,
      constructor: null,
      instanceFieldsInitializer: null,
      staticInitializer: null,
      privateNames: new Map(),
    };
    scope.classInfo = info;
    this.classOf.set(node, info);
    if (node.id) {
      info.nameBinding = this.model.declare(scope, node.id.name, 'class-name', node.id);
      info.nameBinding.initializedAfter = node.end;
    }
    // Private names are visible to the whole body, heritage excluded (spec: the outer
    // PrivateEnvironment is used for ClassHeritage), so they are declared before walking.
    for (const member of node.body.body) {
      const key = member.key;
      if (!key || key.type !== 'PrivateIdentifier') continue;
      const existing = info.privateNames.get(key.name);
      if (existing) continue; // the other half of a getter/setter pair
      const kind = member.type === 'MethodDefinition' ? (member.kind === 'method' ? 'method' : 'accessor') : 'field';
      const binding = this.model.declare(scope, '#' + key.name, 'private-name', key);
      info.privateNames.set(key.name, { kind, isStatic: !!member.static, binding });
    }
    if (node.superClass) this.visitExpression(node.superClass);
    for (const member of node.body.body) this.visitClassMember(member, info);
    this.current = outer;
  }

  private visitClassMember(member: EsNode, info: ClassInfo): void {
    if (isTypeScriptNode(member) || member.declare || member.abstract) return;
    if (member.computed) this.visitExpression(member.key);
    switch (member.type) {
      case 'MethodDefinition': {
        if (!member.value.body) return; // an overload signature
        const kind: FunctionKind =
          member.kind === 'constructor'
            ? 'class-constructor'
            : member.kind === 'get'
              ? 'getter'
              : member.kind === 'set'
                ? 'setter'
                : 'method';
        const func = this.visitFunction(member.value, kind);
        func.name = propertyKeyName(member);
        if (kind === 'class-constructor') {
          func.classConstructorKind = info.hasHeritage ? 'derived' : 'base';
          info.constructor = func;
        }
        return;
      }
      case 'PropertyDefinition':
      case 'AccessorProperty': {
        // Created even for `x;`: the initialiser defines every field, with or without a value.
        const init = this.classInitializer(info, !!member.static);
        if (member.value) this.withScope(init.bodyScope, () => this.visitExpression(member.value));
        return;
      }
      case 'StaticBlock': {
        const init = this.classInitializer(info, true);
        this.withScope(init.bodyScope, () => {
          const scope = this.enterScope('static-block', member);
          scope.isVarScope = true;
          this.scopeOf.set(member, scope);
          this.visitStatementList(member.body, true);
        });
        return;
      }
      default:
        throw new Error(`scope analysis: unexpected class member ${member.type}`);
    }
  }

  /** The synthetic function that runs a class's instance (or static) initialisers, created on demand. */
  private classInitializer(info: ClassInfo, isStatic: boolean): FunctionInfo {
    const existing = isStatic ? info.staticInitializer : info.instanceFieldsInitializer;
    if (existing) return existing;
    const kind: FunctionKind = isStatic ? 'static-initializer' : 'instance-fields-initializer';
    const func = this.model.newFunction(kind, info.node.body, info.scope.func, true);
    func.name = isStatic ? '<static_initializer>' : '<instance_members_initializer>';
    const scope = this.model.newScope('function', info.node.body, info.scope, func, true);
    scope.isVarScope = true;
    func.scope = scope;
    func.bodyScope = scope;
    if (isStatic) info.staticInitializer = func;
    else info.instanceFieldsInitializer = func;
    return func;
  }

  // ---- expressions --------------------------------------------------------------------------

  private visitExpression(node: EsNode): void {
    switch (node.type) {
      case 'Identifier':
        this.reference(node, node.name, 'read');
        return;
      case 'Literal':
      case 'TemplateElement':
        return;
      case 'ThisExpression':
        this.reference(node, 'this', 'read');
        return;
      case 'MetaProperty':
        if (node.meta.name === 'new') this.reference(node, 'new.target', 'read');
        return;
      case 'ArrayExpression':
        for (const e of node.elements) if (e) this.visitExpression(e);
        return;
      case 'ObjectExpression':
        for (const p of node.properties) this.visitObjectProperty(p);
        return;
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        this.visitFunction(node, 'normal');
        return;
      case 'ClassExpression':
        this.visitClass(node);
        return;
      case 'UnaryExpression':
        this.visitUnary(node);
        return;
      case 'UpdateExpression':
        this.visitAssignmentTarget(node.argument, 'readwrite');
        return;
      case 'BinaryExpression':
        if (node.left.type === 'PrivateIdentifier') this.reference(node.left, '#' + node.left.name, 'read');
        else this.visitExpression(node.left);
        this.visitExpression(node.right);
        return;
      case 'LogicalExpression':
        this.visitExpression(node.left);
        this.visitExpression(node.right);
        return;
      case 'AssignmentExpression':
        this.visitAssignmentTarget(node.left, node.operator === '=' ? 'write' : 'readwrite');
        this.visitExpression(node.right);
        return;
      case 'ConditionalExpression':
        this.visitExpression(node.test);
        this.visitExpression(node.consequent);
        this.visitExpression(node.alternate);
        return;
      case 'SequenceExpression':
        for (const e of node.expressions) this.visitExpression(e);
        return;
      case 'CallExpression':
      case 'NewExpression':
        this.visitCall(node);
        return;
      case 'MemberExpression':
        this.visitMember(node);
        return;
      case 'ChainExpression':
      case 'ParenthesizedExpression':
        this.visitExpression(node.expression);
        return;
      case 'TemplateLiteral':
        for (const e of node.expressions) this.visitExpression(e);
        return;
      case 'TaggedTemplateExpression':
        this.visitCallee(node.tag);
        this.visitExpression(node.quasi);
        return;
      case 'SpreadElement':
        this.visitExpression(node.argument);
        return;
      case 'YieldExpression':
      case 'AwaitExpression':
        if (node.argument) this.visitExpression(node.argument);
        return;
      case 'ImportExpression':
        this.visitExpression(node.source);
        if (node.options) this.visitExpression(node.options);
        return;
      default:
        if (isTypeScriptNode(node)) {
          // `x as T`, `x!`, `x satisfies T`, `<T>x`, `f<T>`: the expression survives erasure.
          if (node.expression) this.visitExpression(node.expression);
          return;
        }
        throw new Error(`scope analysis: unexpected expression ${node.type}`);
    }
  }

  private visitObjectProperty(p: EsNode): void {
    if (p.type === 'SpreadElement') {
      this.visitExpression(p.argument);
      return;
    }
    if (p.computed) this.visitExpression(p.key);
    if (p.kind === 'get' || p.kind === 'set' || p.method) {
      const kind = p.kind === 'get' ? 'getter' : p.kind === 'set' ? 'setter' : 'method';
      this.visitFunction(p.value, kind).name = propertyKeyName(p);
    } else {
      this.visitExpression(p.value);
    }
  }

  private visitUnary(node: EsNode): void {
    const arg = node.argument;
    if ((node.operator === 'typeof' || node.operator === 'delete') && arg.type === 'Identifier') {
      const ref = this.reference(arg, arg.name, 'read');
      if (node.operator === 'typeof') ref.isTypeofOperand = true;
      else ref.isDeleteOperand = true;
      return;
    }
    this.visitExpression(arg);
  }

  private visitCallee(callee: EsNode): void {
    if (callee.type === 'Identifier') this.reference(callee, callee.name, 'read').isCallee = true;
    else this.visitExpression(callee);
  }

  private visitCall(node: EsNode): void {
    const callee = node.callee;
    if (callee.type === 'Super') {
      // super(...): GetNewTarget, GetSuperConstructor (the active function), then BindThisValue.
      this.reference(callee, 'new.target', 'read');
      this.reference(callee, '.function-object', 'read');
      this.reference(callee, 'this', 'init');
    } else if (node.type === 'CallExpression') {
      this.visitCallee(callee);
    } else {
      this.visitExpression(callee);
    }
    for (const a of node.arguments) this.visitExpression(a);
    if (node.type === 'CallExpression' && isPotentialDirectEval(node)) this.noteDirectEval();
  }

  private visitMember(node: EsNode): void {
    if (node.object.type === 'Super') {
      // super.x: the [[HomeObject]]'s prototype, with this as the receiver.
      this.reference(node.object, '.home-object', 'read');
      this.reference(node.object, 'this', 'read');
    } else {
      this.visitExpression(node.object);
    }
    if (node.property.type === 'PrivateIdentifier') this.reference(node.property, '#' + node.property.name, 'read');
    else if (node.computed) this.visitExpression(node.property);
  }

  private noteDirectEval(): void {
    const scope = this.current;
    scope.hasDirectEval = true;
    scope.func.hasDirectEval = true;
    for (let s: Scope | null = scope; s; s = s.parent) s.innerHasDirectEval = true;
    for (let f: FunctionInfo | null = scope.func; f; f = f.parent) f.innerHasDirectEval = true;
    if (!scope.strict) {
      // EvalDeclarationInstantiation puts sloppy eval vars in the caller's VariableEnvironment.
      // Script level: they become global object properties, which global lookups see anyway.
      const target = evalVarTargetOf(scope);
      if (target.kind !== 'script') target.sloppyEvalVarTarget = true;
    }
  }
}

/**
 * The scope whose VariableEnvironment a sloppy direct eval here declares into: the var scope,
 * except in parameter expressions, where FunctionDeclarationInstantiation step 20 gives eval
 * its own environment outside the parameters (modelled as the parameter scope itself, so
 * lookups that leave it become dynamic).
 */
function evalVarTargetOf(scope: Scope): Scope {
  for (let s: Scope | null = scope; s; s = s.parent) {
    if (s.isVarScope || s.kind === 'function' || s.kind === 'arrow') return s;
  }
  throw new Error('scope analysis: no var scope above scope ' + scope.id);
}

/** A debugging name for a method: its key when it is not computed. */
function propertyKeyName(member: EsNode): string | null {
  const key = member.key;
  if (member.computed) return null;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return '#' + key.name;
  return key.type === 'Literal' ? String(key.value) : null;
}

function exportName(node: EsNode): string {
  return node.type === 'Identifier' ? node.name : String(node.value);
}
