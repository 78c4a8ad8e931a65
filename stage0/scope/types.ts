// Scope analysis: the contract between the parser's ESTree AST and the bytecode generator.
//
// analyzeScopes(program) (analyze.ts) returns a ScopeAnalysis: a tree of Scopes (one per
// environment the spec creates, V8's Scope/DeclarationScope), the Bindings they declare with
// their allocation (register, parameter, context slot, global, module cell), every Reference in
// the program resolved to a binding with a context depth, or to a global or dynamic lookup, and
// per-function facts (FunctionInfo, V8's ScopeInfo/SharedFunctionInfo flags). docs/scopes.md
// describes how the generator is expected to read it.
//
// Invariants (checked by verify.ts, run over test262 by test/scope/test262-scopes.test.ts):
//   - every Identifier in reference position has exactly one Reference;
//   - a Binding whose `captured` is true never has a register or parameter location;
//   - a Reference resolved to a context binding has hops == the number of scopes with
//     needsContext on the path from ref.scope (inclusive) to binding.scope (exclusive);
//   - context slots of a scope are 0..contextSlotCount-1, each used by exactly one binding;
//   - registers of a function are 0..registerCount-1, each used by exactly one binding.

/**
 * An ESTree node as acorn 8 builds it (and as Ouro's parser builds it). Typed structurally so
 * that both producers fit; kind-specific fields are read by name after narrowing on `type`.
 */
export type EsNode = { type: string; start: number; end: number; [field: string]: any };

export type ScopeKind =
  /** A Script: var/function go to the global object, let/const/class to the script context. */
  | 'script'
  /** A Module: the module environment (imports, exports, module-level declarations). */
  | 'module'
  /** The top of eval code (direct or indirect). See EvalOptions. */
  | 'eval'
  /**
   * A non-arrow function's outer scope: parameters and `arguments`, and also its vars and
   * top-level lexicals unless FunctionInfo.bodyScope is a separate 'body' scope.
   */
  | 'function'
  /** An arrow function's outer scope (the same roles as 'function'; binds no this/arguments). */
  | 'arrow'
  /**
   * The var and lexical scope of a function whose parameters contain expressions
   * (FunctionDeclarationInstantiation step 28: varEnv separate from the parameter env).
   */
  | 'body'
  /** Block, switch case block (node: SwitchStatement) or a for-in/of body that is a block. */
  | 'block'
  /** The scope of a catch clause's parameter; its body block is a child 'block' scope. */
  | 'catch'
  /**
   * A for / for-in / for-of head with a let/const/using declaration. For a classic for with
   * `let`, perIterationBindings are copied to a fresh environment per iteration
   * (CreatePerIterationEnvironment); for-in/of create a fresh environment per iteration and
   * evaluate the iterated expression in a TDZ environment (the same scope, uninitialised).
   */
  | 'for'
  /** A class: the inner class-name binding and the private names (bindings of kind 'private-name'). */
  | 'class'
  /** A class static block: a var scope that is not a function (V8's varblock scope). */
  | 'static-block'
  /** with (o) body: an object environment. Every lookup that passes through it is dynamic. */
  | 'with'
  /** The self binding of a named function expression, materialised by that function. */
  | 'function-name';

export type BindingKind =
  | 'var'
  /** A function declaration: var-like at function/script top level, lexical in blocks. */
  | 'function'
  | 'let'
  | 'const'
  /** `using` / `await using` declarations (const-like). */
  | 'using'
  /** A class declaration's outer binding (let-like). */
  | 'class'
  /** The inner, immutable class-name binding in the class scope. */
  | 'class-name'
  | 'param'
  | 'catch-param'
  | 'import'
  /** The immutable self binding of a named function expression (sloppy writes are ignored). */
  | 'function-self-name'
  | 'arguments'
  /** A private name (#x) declared by a class: holds the Private Name (or the private method). */
  | 'private-name'
  /** The synthetic `*default*` binding of `export default <expression>` / anonymous declarations. */
  | 'default-export'
  // Pseudo-bindings of non-arrow functions, captured by inner arrows (and eval):
  /** The receiver. In a derived constructor it starts in TDZ until super() returns. */
  | 'this'
  | 'new.target'
  /** The function's [[HomeObject]], for super.x in inner arrows. */
  | 'home-object'
  /** The function object itself, for super() in arrows inside a derived constructor. */
  | 'function-object';

/** Where a binding lives at run time. */
export type Location =
  /** Not yet allocated (only during analysis; never in a finished ScopeAnalysis). */
  | { kind: 'unallocated' }
  /** A local register of scope.func (indices 0..func.registerCount-1). */
  | { kind: 'register'; index: number }
  /** The incoming argument slot `index` of scope.func (simple, uncaptured, unmapped params only). */
  | { kind: 'parameter'; index: number }
  /** Slot `slot` of the context of binding.scope (0-based after the runtime's context header). */
  | { kind: 'context'; slot: number }
  /** A property of the global object (script-level var/function, sloppy indirect eval vars). */
  | { kind: 'global' }
  /** A slot of this script's script context (top-level let/const/class), visible to later scripts by name. */
  | { kind: 'script-context'; slot: number }
  /** A module-local exported binding: a cell of this module (index into ModuleInfo.cells). */
  | { kind: 'module-cell'; index: number }
  /** A named import: a live binding to another module's cell (index into ModuleInfo.imports). */
  | { kind: 'module-import'; index: number }
  /** Declared by sloppy direct eval code in the caller's variable environment, by name, at run time. */
  | { kind: 'eval-var' }
  /** The script's top-level `this`: the global this value. */
  | { kind: 'global-this' }
  /** A module's top-level `this`: undefined. */
  | { kind: 'undefined' };

export interface Binding {
  /** Unique within one analysis, in declaration order. */
  id: number;
  name: string;
  kind: BindingKind;
  scope: Scope;
  /** The binding identifiers (or class/function nodes for pseudo and synthetic bindings). */
  declarations: EsNode[];
  /** let/const/class/class-name/import/non-simple params/pattern catch params/derived `this`. */
  hasTdz: boolean;
  /**
   * Source offset from which, in the closure that owns `scope`, the binding is known to be
   * initialised (see tdz.ts). Infinity when no reference may skip the check.
   */
  initializedAfter: number;
  /** True when some reference (or possible eval code) needs the hole check: the generator must store the hole at scope entry. */
  needsHoleInit: boolean;
  /** const, using, class-name, function-self-name, import, private-name, default-export after init. */
  immutable: boolean;
  /** Referenced from a function other than scope.func. */
  captured: boolean;
  /** Forced into a context because direct eval or a dynamic (with/eval) lookup may reach it by name. */
  forcedContext: boolean;
  location: Location;
  /** For params: index of the formal parameter that binds it (the last one for sloppy duplicates). */
  parameterIndex: number;
  /** For module bindings: the export names under which it is exported. */
  exportNames: string[];
  /** For imports: where from. `imported` is the import name, or null for a namespace import. */
  importFrom: { source: string; imported: string | null } | null;
  references: Reference[];
}

export type ReferenceKind =
  | 'read'
  | 'write'
  /** Compound assignment (x += 1), update (x++), logical assignment: read then write. */
  | 'readwrite'
  /**
   * Initialisation of a declared binding at its declaration (let/const/class/param/catch param,
   * the class-name binding). Resolved to the declared binding directly, never through `with`.
   * var initialisers are 'write' references resolved by lookup (they may hit a with object or a
   * catch parameter, Annex B.3.5).
   */
  | 'init';

export type Resolution =
  /** Not yet resolved (only during analysis). */
  | { kind: 'unresolved' }
  /**
   * A statically known binding. For context locations, `hops` is how many contexts to walk up
   * from the current context at the reference; for other locations it is 0.
   */
  | { kind: 'binding'; binding: Binding; hops: number; needsTdzCheck: boolean }
  /** No binding in any enclosing scope: a global lookup (script contexts, then the global object). */
  | { kind: 'global' }
  /**
   * A lookup by name through the runtime context chain, because a `with` object or sloppy direct
   * eval between the reference and the binding may shadow it. `fallback` is the static answer
   * when nothing dynamic intervenes (null = global).
   */
  | { kind: 'dynamic'; fallback: Binding | null };

export interface Reference {
  /** Identifier, PrivateIdentifier, ThisExpression, Super, MetaProperty, or the declaration node for synthetic refs. */
  node: EsNode;
  name: string;
  scope: Scope;
  kind: ReferenceKind;
  /** Operand of `typeof`: an unresolvable global reads as undefined instead of throwing. */
  isTypeofOperand: boolean;
  /** Callee of a call: under `with` the base object becomes the this value. */
  isCallee: boolean;
  /** Operand of `delete` (sloppy only). */
  isDeleteOperand: boolean;
  /** Strictness of the code containing the reference (assignments to immutable bindings throw; unresolvable writes throw). */
  strict: boolean;
  resolution: Resolution;
}

export interface Scope {
  id: number;
  kind: ScopeKind;
  /** The node that opens the scope (Program, function, BlockStatement, SwitchStatement, ForStatement, CatchClause, Class*, StaticBlock, WithStatement). */
  node: EsNode;
  parent: Scope | null;
  children: Scope[];
  /** The function (closure) whose frame executes this scope's code. */
  func: FunctionInfo;
  strict: boolean;
  bindings: Map<string, Binding>;
  /** A var scope: script, module, eval, function/arrow (without a separate body), body, static-block. */
  isVarScope: boolean;
  /** A direct eval call occurs directly in this scope. */
  hasDirectEval: boolean;
  /** This scope or a descendant (across functions) contains a direct eval: all bindings go to contexts. */
  innerHasDirectEval: boolean;
  /** Sloppy direct eval code may declare vars in this scope at run time (V8's calls_sloppy_eval on the declaration scope). */
  sloppyEvalVarTarget: boolean;
  /** True when the generator must push a context for this scope on entry. */
  needsContext: boolean;
  /** Context-allocated bindings, by slot. */
  contextSlots: Binding[];
  /** Declaration instantiation, in spec order, for the generator to emit mechanically. */
  declarations: DeclarationInstantiation;
  /** For 'for' scopes: the let bindings copied per iteration (CreatePerIterationEnvironment). */
  perIterationBindings: Binding[];
  /** For 'class' scopes. */
  classInfo: ClassInfo | null;
}

export interface FunctionToInitialize {
  /** The FunctionDeclaration. */
  node: EsNode;
  func: FunctionInfo;
  binding: Binding;
}

export interface VarToCreate {
  binding: Binding;
  /** FunctionDeclarationInstantiation 28.f.i.4: a var of the separate body scope starts with the value of the same-named parameter (or `arguments`). */
  initialValueFrom: Binding | null;
}

/**
 * What the generator emits at scope entry, in this order:
 *   1. lexicals: create; store the hole if binding.needsHoleInit (BlockDeclarationInstantiation,
 *      GlobalDeclarationInstantiation step 16, FunctionDeclarationInstantiation step 34);
 *   2. vars: create, initialise to undefined or initialValueFrom (skipped for 'global' / 'eval-var'
 *      locations, which the runtime declares from globalVarNames / evalVarNames);
 *   3. functions: InstantiateFunctionObject and store, in list order (later duplicates win).
 * Parameters are bound by the function prologue (FunctionInfo.params), not listed here.
 */
export interface DeclarationInstantiation {
  lexicals: Binding[];
  vars: VarToCreate[];
  functions: FunctionToInitialize[];
  /**
   * Script and sloppy eval only: names the runtime must declare (CanDeclareGlobalVar /
   * CanDeclareGlobalFunction checks, GlobalDeclarationInstantiation steps 5-15), functions
   * first. Includes Annex B.3.2.2 names, which the runtime skips when not definable.
   */
  globalFunctionNames: string[];
  globalVarNames: string[];
}

/** An Annex B.3.3 function declaration in a block: at its evaluation, copy the block binding to the var binding. */
export interface AnnexBFunction {
  node: EsNode;
  blockBinding: Binding;
  varBinding: Binding;
  /** Reference used to store into varBinding from the block (direct, never through with). */
  store: Reference;
  /** Script or eval level: applies only if the runtime finds the name definable (B.3.2.2 / B.3.2.3). */
  runtimeCheck: boolean;
}

export type FunctionKind =
  | 'script'
  | 'module'
  | 'eval'
  | 'normal'
  | 'arrow'
  /** Object literal or class method (has a [[HomeObject]]). */
  | 'method'
  | 'getter'
  | 'setter'
  | 'class-constructor'
  /** The synthetic function running instance field initialisers (V8 <instance_members_initializer>). */
  | 'instance-fields-initializer'
  /** The synthetic function running static field initialisers and static blocks in order. */
  | 'static-initializer';

export interface FunctionInfo {
  id: number;
  kind: FunctionKind;
  /** Function node, Program, or the ClassBody for synthetic initialisers. */
  node: EsNode;
  name: string | null;
  parent: FunctionInfo | null;
  children: FunctionInfo[];
  strict: boolean;
  isArrow: boolean;
  isGenerator: boolean;
  isAsync: boolean;
  /** The outer scope (kind function/arrow/script/module/eval): parameters live here. */
  scope: Scope;
  /** The var scope: === scope unless hasParameterExpressions (then a separate 'body' scope). */
  bodyScope: Scope;
  /** The self-name scope of a named function expression. */
  functionNameScope: Scope | null;
  /** Formal parameter nodes (params array) and the bindings they bind, in BoundNames order. */
  params: EsNode[];
  paramBindings: Binding[];
  hasSimpleParameterList: boolean;
  hasParameterExpressions: boolean;
  /** ExpectedArgumentCount: params before the first default or rest (the function's `length`). */
  expectedArgumentCount: number;
  hasRestParameter: boolean;
  /** Which arguments object the prologue creates ('mapped' = sloppy + simple parameters). */
  argumentsObject: 'none' | 'mapped' | 'unmapped';
  argumentsBinding: Binding | null;
  /** Own or inherited by inner arrows (arrows themselves report their own use too). */
  usesThis: boolean;
  usesNewTarget: boolean;
  usesSuperProperty: boolean;
  usesSuperCall: boolean;
  /** Pseudo-bindings (non-arrow functions only): null when unused. */
  thisBinding: Binding | null;
  newTargetBinding: Binding | null;
  homeObjectBinding: Binding | null;
  functionObjectBinding: Binding | null;
  /** A direct eval call in this function's own code (not nested functions). */
  hasDirectEval: boolean;
  /** This function or any nested function contains a direct eval. */
  innerHasDirectEval: boolean;
  classConstructorKind: 'base' | 'derived' | null;
  /** For class constructors: the instance fields initialiser to run (after super() in derived ones). */
  fieldsInitializer: FunctionInfo | null;
  /** Local registers used by bindings (temporaries are the generator's, after these). */
  registerCount: number;
  /** scope.needsContext: the prologue creates a function context with scope.contextSlots.length slots. */
  needsFunctionContext: boolean;
  contextSlotCount: number;
  annexBFunctions: AnnexBFunction[];
}

export interface ClassInfo {
  node: EsNode;
  scope: Scope;
  /** Inner class-name binding, null for anonymous classes. */
  nameBinding: Binding | null;
  /** Outer binding of a class declaration. */
  declarationBinding: Binding | null;
  hasHeritage: boolean;
  constructor: FunctionInfo | null;
  instanceFieldsInitializer: FunctionInfo | null;
  staticInitializer: FunctionInfo | null;
  /** Private names declared by this class: kind of member and whether static. */
  privateNames: Map<string, { kind: 'field' | 'method' | 'accessor'; isStatic: boolean; binding: Binding }>;
}

export interface ModuleInfo {
  /** Named imports, in source order (Location module-import indexes this). */
  imports: { binding: Binding; source: string; imported: string }[];
  /** Exported module-level bindings (Location module-cell indexes this). */
  cells: Binding[];
  /** Indirect exports (export {x} from, export * as ns from, export *): for the linker. */
  reexports: { source: string; imported: string | null; exported: string | null }[];
  requestedModules: string[];
}

export interface EvalOptions {
  /** Direct eval: free names are dynamic lookups in the caller's environments. */
  direct: boolean;
  /** Strict eval code (own directive, or a direct eval from strict code). */
  strict: boolean;
}

export interface ScopeAnalysis {
  program: EsNode;
  topScope: Scope;
  topFunction: FunctionInfo;
  scopes: Scope[];
  functions: FunctionInfo[];
  references: Reference[];
  bindings: Binding[];
  /** Scope opened by a node (a function node maps to its FunctionInfo.scope). */
  scopeOf: Map<EsNode, Scope>;
  /** FunctionInfo of function nodes (and of Program). */
  functionOf: Map<EsNode, FunctionInfo>;
  /** The Reference of each referencing node (Identifier, PrivateIdentifier, ThisExpression, Super, MetaProperty new.target). */
  referenceOf: Map<EsNode, Reference[]>;
  classOf: Map<EsNode, ClassInfo>;
  module: ModuleInfo | null;
}
