// Functions: the prologue (FunctionDeclarationInstantiation, GlobalDeclarationInstantiation,
// EvalDeclarationInstantiation as far as bytecode does them), parameters, the arguments object,
// declaration instantiation per scope, and the function body with its implicit return.
//
// Frame conventions the interpreter follows (docs/bytecode.md §Frames):
//   - locals r0.. start as undefined; argument registers a0.. hold the actual arguments (missing
//     ones undefined); <this> holds the receiver, already coerced for sloppy functions;
//   - script, module and eval code run with the context of their top scope already current (the
//     runtime creates script/eval/module contexts from BytecodeFunction.scopeInfo); every other
//     function starts in its closure's context and pushes its own;
//   - new contexts' variable slots start as undefined, so `var`s need no explicit store.
import type { Binding, EsNode, Scope } from '../scope/types.ts';
import { Label } from './builder.ts';
import type { FunctionGenerator } from './generator.ts';
import { hopsBetween, isAnonymousDefinition } from './generator-util.ts';
import { emitNamespaceImports } from './generator-modules.ts';
import { Register } from './opcodes.ts';


export function emitPrologue(g: FunctionGenerator): void {
  const info = g.info;
  const b = g.b;
  const isTop = info.kind === 'script' || info.kind === 'module' || info.kind === 'eval';
  b.setStatementPosition(info.node.start);

  if (info.functionNameScope) {
    g.enterScopeContext(info.functionNameScope);
    for (const binding of info.functionNameScope.bindings.values()) {
      if (binding.kind !== 'function-self-name') continue;
      b.emit('LdaCurrentClosure');
      g.initBindingHere(binding);
    }
  }
  if (!isTop && g.enterScopeContext(info.scope)) g.functionContextEntry = g.control[g.control.length - 1]!;

  if (info.thisBinding && info.thisBinding.location.kind !== 'global-this' && info.thisBinding.location.kind !== 'undefined') {
    if (info.classConstructorKind === 'derived') b.emit('LdaTheHole');
    else b.emit('Ldar', Register.receiver);
    g.initBindingHere(info.thisBinding);
  }
  if (info.newTargetBinding) {
    b.emit('LdaNewTarget');
    g.initBindingHere(info.newTargetBinding);
  }
  if (info.homeObjectBinding) {
    b.emit('LdaHomeObject');
    g.initBindingHere(info.homeObjectBinding);
  }
  if (info.functionObjectBinding) {
    b.emit('LdaCurrentClosure');
    g.initBindingHere(info.functionObjectBinding);
  }
  if (info.argumentsBinding && info.argumentsObject !== 'none') {
    b.emit(info.argumentsObject === 'mapped' ? 'CreateMappedArguments' : 'CreateUnmappedArguments');
    g.initBindingHere(info.argumentsBinding);
  }
  if (!isTop) emitParameters(g);

  if (isTop) emitTopLevelDeclarations(g, info.scope);
  else emitDeclarations(g, info.scope);
  if (info.bodyScope !== info.scope) {
    g.enterScopeContext(info.bodyScope);
    emitDeclarations(g, info.bodyScope);
  }
  if (g.resumableKind !== null && g.resumableKind !== 'async-function') g.emitInitialYield();
  if (info.classConstructorKind === 'base' && g.constructorInitializesInstance(info)) {
    g.emitFieldsInitializerCall();
  }
  emitBody(g);
}

function emitParameters(g: FunctionGenerator): void {
  const info = g.info;
  const b = g.b;
  if (info.hasParameterExpressions) {
    for (const binding of info.paramBindings) {
      if (!binding.needsHoleInit) continue;
      b.emit('LdaTheHole');
      g.initBindingHere(binding);
    }
  }
  info.params.forEach((param, i) => {
    if (param.type === 'Identifier') {
      const ref = g.referenceOf(param);
      if (ref.resolution.kind === 'binding') {
        const binding = ref.resolution.binding;
        if (binding.parameterIndex !== i) return;
        if (binding.location.kind === 'parameter' && binding.location.index === i) return;
      }
      b.emit('Ldar', Register.argument(i));
      g.storeReference(ref);
      return;
    }
    if (param.type === 'RestElement') {
      b.emit('CreateRestParameter');
      g.bindPattern(param.argument, 'init');
      return;
    }
    if (param.type === 'AssignmentPattern') {
      b.emit('Ldar', Register.argument(i));
      const done = new Label();
      b.emit('JumpIfNotUndefined', done);
      g.visitExpression(param.right, param.left.type === 'Identifier' && isAnonymousDefinition(param.right) ? param.left.name : null);
      b.bind(done);
      g.bindPattern(param.left, 'init');
      return;
    }
    b.emit('Ldar', Register.argument(i));
    g.bindPattern(param, 'init');
  });
}

/** Lexical hole stores, var initial values and function declarations of `scope`, in spec order. */
export function emitDeclarations(g: FunctionGenerator, scope: Scope): void {
  const b = g.b;
  const decl = scope.declarations;
  for (const binding of decl.lexicals) {
    if (!binding.needsHoleInit) continue;
    b.emit('LdaTheHole');
    g.initBindingHere(binding);
  }
  for (const v of decl.vars) {
    const loc = v.binding.location.kind;
    if (loc === 'global' || loc === 'eval-var' || !v.initialValueFrom) continue;
    g.loadBinding(v.initialValueFrom, isContextLike(v.initialValueFrom) ? hopsBetween(scope, v.initialValueFrom.scope) : 0);
    g.initBindingHere(v.binding);
  }
  for (const f of decl.functions) {
    const loc = f.binding.location.kind;
    if (loc === 'global' || loc === 'eval-var') continue;
    // `export default function () {}` is named "default" (its binding is *default*).
    g.emitCreateClosure(g.compileNested(f.node, f.binding.name === '*default*' ? 'default' : f.binding.name));
    g.initBindingHere(f.binding);
  }
}

function isContextLike(binding: Binding): boolean {
  const k = binding.location.kind;
  return k === 'context' || k === 'script-context' || k === 'module-cell' || k === 'module-import';
}

/** Script / eval / module top: runtime declarations of global and eval vars, then the rest. */
function emitTopLevelDeclarations(g: FunctionGenerator, scope: Scope): void {
  const decl = scope.declarations;
  const info = g.info;
  const functions: { name: string; closure: number }[] = [];
  for (const f of decl.functions) {
    const loc = f.binding.location.kind;
    if (loc === 'global' || loc === 'eval-var') functions.push({ name: f.binding.name, closure: g.compileNested(f.node, f.binding.name) });
  }
  const functionNames = new Set(functions.map((f) => f.name));
  const vars = decl.globalVarNames.filter((n) => !functionNames.has(n));
  const lexicals = info.kind === 'script' ? decl.lexicals.map((l) => ({ name: l.name, isConst: l.immutable })) : [];
  const needsRuntime = functions.length > 0 || vars.length > 0 || lexicals.length > 0 || decl.globalFunctionNames.length > 0;
  if (needsRuntime && info.kind !== 'module') {
    const k = g.b.addConstant({ kind: 'globalDeclarations', declarations: { functions, vars, lexicals } });
    g.withTemps(() => {
      const args = g.b.newRegisterList(2);
      g.b.emit('LdaConstant', k);
      g.b.emit('Star', args);
      g.b.emit('LdaCurrentClosure');
      g.b.emit('Star', args + 1);
      g.callRuntime(info.kind === 'eval' && !info.strict ? 'DeclareEvalVars' : 'DeclareGlobals', [args, args + 1]);
    });
  }
  if (info.kind === 'module') emitNamespaceImports(g);
  emitDeclarations(g, scope);
}

function emitBody(g: FunctionGenerator): void {
  const info = g.info;
  const node = info.node;
  const b = g.b;
  if (info.kind === 'instance-fields-initializer' || info.kind === 'static-initializer') {
    g.emitClassInitializerBody();
    b.emit('LdaUndefined');
    g.emitReturnFromFunction();
    return;
  }
  if (info.kind === 'script' || info.kind === 'eval') {
    g.completionRegister = g.newRegister();
    b.emit('LdaUndefined');
    b.emit('Star', g.completionRegister);
    g.visitStatements(node.body);
    b.emit('Ldar', g.completionRegister);
    g.emitReturnFromFunction();
    return;
  }
  if (info.kind === 'module') {
    g.visitStatementList(node.body);
    b.emit('LdaUndefined');
    g.emitReturnFromFunction();
    return;
  }
  if (node.type === 'ArrowFunctionExpression' && node.expression) {
    b.setStatementPosition(node.body.start);
    g.visitExpression(node.body);
    g.emitReturnFromFunction();
    return;
  }
  g.visitStatementList(node.body.body);
  b.setStatementPosition(node.end - 1);
  b.emit('LdaUndefined');
  g.emitReturnFromFunction();
}
