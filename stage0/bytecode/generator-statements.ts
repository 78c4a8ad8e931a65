// Statements: blocks and declarations, if/loops/switch/labels, break/continue/return, throw,
// try/catch/finally (completion values, finally entered through break/continue/return), with,
// for-in and for-of/for-await (iterator closing on break, return and throw).
//
// Completion values (script and eval code only, `g.completionRegister`): expression statements
// store their value; if, loops, switch, try and with first store undefined (UpdateEmpty), and a
// finally block's own values are discarded unless it completes abruptly.
import type { EsNode, Scope } from '../scope/types.ts';
import { Label } from './builder.ts';
import type { ControlEntry, FunctionGenerator } from './generator.ts';
import { FinallyToken, isAnonymousDefinition } from './generator-util.ts';

export function visitStatement(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  if (b.isDead && node.type !== 'FunctionDeclaration') {
    // Unreachable code still needs no bytecode; declarations were hoisted already.
    return;
  }
  switch (node.type) {
    case 'ExpressionStatement':
      b.setStatementPosition(node.start);
      if (g.completionRegister === null) return g.visitForEffect(node.expression);
      g.visitExpression(node.expression);
      b.emit('Star', g.completionRegister);
      return;
    case 'VariableDeclaration': return visitVariableDeclaration(g, node);
    case 'FunctionDeclaration': return visitFunctionDeclaration(g, node);
    case 'ClassDeclaration':
      b.setStatementPosition(node.start);
      g.visitClass(node, node.id?.name ?? 'default');
      if (node.id) for (const ref of g.analysis.referenceOf.get(node.id) ?? []) if (ref.kind === 'init' && ref.resolution.kind === 'binding' && ref.resolution.binding.kind === 'class') g.storeReference(ref);
      return;
    case 'ReturnStatement':
      b.setStatementPosition(node.start);
      if (node.argument) {
        g.visitExpression(node.argument);
        // `return v` in an async generator awaits v first (ReturnStatement evaluation step 3).
        if (g.resumableKind === 'async-generator') g.emitAwaitAcc();
      } else b.emit('LdaUndefined');
      g.emitJump('return', null);
      return;
    case 'IfStatement': return visitIf(g, node);
    case 'BlockStatement': return visitBlock(g, node);
    case 'EmptyStatement': return;
    case 'DebuggerStatement':
      b.setStatementPosition(node.start);
      b.emit('Debugger');
      return;
    case 'ThrowStatement':
      b.setStatementPosition(node.start);
      g.visitExpression(node.argument);
      b.emit('Throw');
      return;
    case 'WhileStatement': case 'DoWhileStatement': case 'ForStatement': case 'ForInStatement': case 'ForOfStatement':
      return visitLoop(g, node, []);
    case 'LabeledStatement': return visitLabeled(g, node);
    case 'BreakStatement':
      b.setStatementPosition(node.start);
      return g.emitJump('break', g.findBreakTarget(node.label?.name ?? null, node));
    case 'ContinueStatement':
      b.setStatementPosition(node.start);
      return g.emitJump('continue', g.findContinueTarget(node.label?.name ?? null, node));
    case 'SwitchStatement': return visitSwitch(g, node, []);
    case 'TryStatement': return visitTry(g, node);
    case 'WithStatement': return visitWith(g, node);
    case 'ImportDeclaration': case 'ExportNamedDeclaration': case 'ExportDefaultDeclaration': case 'ExportAllDeclaration':
      return g.visitModuleDeclaration(node);
    case 'TSTypeAliasDeclaration': case 'TSInterfaceDeclaration': case 'TSDeclareFunction': return;
    default:
      g.unsupported(`statement ${node.type}`, node);
  }
}

function setCompletionUndefined(g: FunctionGenerator): void {
  if (g.completionRegister === null) return;
  const [load, store] = g.b.recentInstructions(2);
  if (load?.name === 'LdaUndefined' && store?.name === 'Star' && store.operands[0] === g.completionRegister) return;
  g.b.emit('LdaUndefined');
  g.b.emit('Star', g.completionRegister);
}

export function visitVariableDeclaration(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const declared: string = node.kind;
  const using = declared === 'using' || declared === 'await using';
  if (using && g.disposableStack === null) g.unsupported(`${node.kind} declarations outside a block, function body or module`, node);
  for (const d of node.declarations as EsNode[]) {
    if (!d.init) {
      if (node.kind === 'var') continue;
      b.setStatementPosition(d.start);
      b.emit('LdaUndefined');
      g.bindPattern(d.id, 'init');
      continue;
    }
    b.setStatementPosition(d.start);
    g.visitExpression(d.init, d.id.type === 'Identifier' && isAnonymousDefinition(d.init) ? d.id.name : null);
    g.bindPattern(d.id, node.kind === 'var' ? 'assign' : 'init');
    if (using) emitAddDisposable(g, declared === 'await using');
  }
}

/** AddDisposableResource(stack, acc, hint) for a `using` binding just initialised. */
function emitAddDisposable(g: FunctionGenerator, async: boolean): void {
  const b = g.b;
  g.withTemps(() => {
    const value = g.accToRegister();
    b.emit('LdaSmi', async ? 1 : 0);
    const hint = g.accToRegister();
    g.callRuntime('AddDisposableResource', [g.disposableStack!, value, hint]);
  });
}

function visitFunctionDeclaration(g: FunctionGenerator, node: EsNode): void {
  // `if (x) function f() {}` (B.3.4): the declaration is the only statement of its own block.
  const ownScope = g.analysis.scopeOf.get(node);
  const entered = ownScope && !g.b.isDead ? g.enterBlockScope(ownScope) : false;
  // Hoisted; only Annex B.3.3 copies the block binding to the var binding here.
  const entry = g.info.annexBFunctions.find((a) => a.node === node);
  if (entry && !g.b.isDead) {
    g.loadBinding(entry.blockBinding, 0);
    const res = entry.store.resolution;
    const dynamic = res.kind === 'dynamic' || (res.kind === 'binding' && res.binding.location.kind === 'eval-var');
    const blockContext = entry.blockBinding.location.kind === 'context' ? innermostContextEntry(g) : null;
    if (dynamic && blockContext) {
      // The copy goes to the var binding (B.3.3.3: varEnv.SetMutableBinding), which a lookup from
      // inside the block would not reach (the block's own binding has the name): look it up from
      // the context outside the block.
      g.withTemps(() => {
        const value = g.accToRegister();
        const inner = g.newRegister();
        g.b.emit('Ldar', blockContext.savedRegister);
        g.b.emit('PushContext', inner);
        g.b.emit('Ldar', value);
        g.storeReference(entry.store);
        g.b.emit('PopContext', inner);
      });
    } else {
      g.storeReference(entry.store);
    }
  }
  g.leaveScopeContext(entered);
}

/** The innermost pushed context on the control stack (the declaring block's, for a block function). */
function innermostContextEntry(g: FunctionGenerator): { savedRegister: number } | null {
  for (let i = g.control.length - 1; i >= 0; i--) {
    const e = g.control[i]!;
    if (e.kind === 'context') return e;
  }
  return null;
}

function visitIf(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  setCompletionUndefined(g);
  b.setStatementPosition(node.start);
  const elseLabel = new Label();
  g.visitConditionJumpIfFalse(node.test, elseLabel);
  g.visitStatement(node.consequent);
  if (node.alternate) {
    const done = new Label();
    b.emit('Jump', done);
    b.bind(elseLabel);
    g.visitStatement(node.alternate);
    b.bind(done);
  } else {
    b.bind(elseLabel);
  }
}


function visitBlock(g: FunctionGenerator, node: EsNode): void {
  const scope = g.analysis.scopeOf.get(node);
  const entered = g.enterBlockScope(scope);
  visitStatementList(g, node.body);
  g.leaveScopeContext(entered);
}

function visitLabeled(g: FunctionGenerator, node: EsNode): void {
  const labels: string[] = [];
  let body = node;
  while (body.type === 'LabeledStatement') {
    labels.push(body.label.name);
    body = body.body;
  }
  if (/^(While|DoWhile|For|ForIn|ForOf)Statement$/.test(body.type)) return visitLoop(g, body, labels);
  if (body.type === 'SwitchStatement') return visitSwitch(g, body, labels);
  g.breakable(labels, false, null, () => g.visitStatement(body));
}

function visitLoop(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  const head = node.type === 'ForStatement' ? node.init : node.left;
  const using = head?.type === 'VariableDeclaration' && (head.kind === 'using' || head.kind === 'await using');
  if (using && node.type === 'ForStatement') {
    // for (using x = …; …; …): the resources live until the loop completes.
    return withDisposalScope(g, head.kind === 'await using' ? 'async' : 'sync', () => visitLoopStatement(g, node, labels));
  }
  if (using && node.type !== 'ForOfStatement') g.unsupported(`${head.kind} declarations in a for-in head`, head);
  visitLoopStatement(g, node, labels);
}

function visitLoopStatement(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  setCompletionUndefined(g);
  g.b.setStatementPosition(node.start);
  g.loopDepth++;
  switch (node.type) {
    case 'WhileStatement': visitWhile(g, node, labels); break;
    case 'DoWhileStatement': visitDoWhile(g, node, labels); break;
    case 'ForStatement': visitFor(g, node, labels); break;
    case 'ForInStatement': visitForIn(g, node, labels); break;
    case 'ForOfStatement': visitForOf(g, node, labels); break;
  }
  g.loopDepth--;
}

function visitWhile(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  const b = g.b;
  const header = new Label();
  b.bind(header);
  g.breakable(labels, true, header, (entry) => {
    g.visitConditionJumpIfFalse(node.test, breakLabelOf(entry));
    g.visitStatement(node.body);
    b.emit('JumpLoop', header, g.loopDepth);
  });
}

function breakLabelOf(entry: ControlEntry): Label {
  if (entry.kind !== 'breakable') throw new Error('not breakable');
  return entry.breakLabel;
}

function visitDoWhile(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  const b = g.b;
  const header = new Label();
  const cont = new Label();
  b.bind(header);
  g.breakable(labels, true, cont, () => {
    g.visitStatement(node.body);
    b.bind(cont);
    b.setStatementPosition(node.test.start);
    const exit = new Label();
    g.visitConditionJumpIfFalse(node.test, exit);
    b.emit('JumpLoop', header, g.loopDepth);
    b.bind(exit);
  });
}

/** CreatePerIterationEnvironment: copy the loop's let bindings into a fresh context. */
function emitPerIterationCopy(g: FunctionGenerator, scope: Scope, top: ControlEntry | null): void {
  if (!scope.needsContext || scope.perIterationBindings.length === 0) return;
  if (top?.kind !== 'context') throw new Error('for scope context expected');
  const b = g.b;
  g.withTemps(() => {
    const regs = scope.perIterationBindings.map((binding) => {
      g.loadBinding(binding, 0);
      return g.accToRegister();
    });
    b.emit('PopContext', top.savedRegister);
    b.emit('CreateBlockContext', g.scopeInfoConstant(scope));
    b.emit('PushContext', top.savedRegister);
    scope.perIterationBindings.forEach((binding, i) => {
      b.emit('Ldar', regs[i]!);
      g.storeBinding(binding, 0);
    });
  });
}

function visitFor(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  const b = g.b;
  const scope = g.analysis.scopeOf.get(node);
  const entered = g.enterBlockScope(scope);
  const contextEntry = entered ? g.control[g.control.length - 1]! : null;
  if (node.init) {
    if (node.init.type === 'VariableDeclaration') visitVariableDeclaration(g, node.init);
    else {
      g.visitExpression(node.init);
    }
  }
  if (scope) emitPerIterationCopy(g, scope, contextEntry);
  const header = new Label();
  const cont = new Label();
  b.bind(header);
  g.breakable(labels, true, cont, (entry) => {
    if (node.test) {
      b.setExpressionPosition(node.test.start);
      g.visitConditionJumpIfFalse(node.test, breakLabelOf(entry));
    }
    g.visitStatement(node.body);
    b.bind(cont);
    if (scope) emitPerIterationCopy(g, scope, contextEntry);
    if (node.update) {
      b.setStatementPosition(node.update.start);
      g.visitForEffect(node.update);
    }
    b.emit('JumpLoop', header, g.loopDepth);
  });
  g.leaveScopeContext(entered);
}

/** The for-in/of head: evaluate the iterated expression in the TDZ scope of the loop bindings. */
function evaluateLoopSubject(g: FunctionGenerator, node: EsNode, scope: Scope | undefined): number {
  const b = g.b;
  const left = node.left;
  if (left.type === 'VariableDeclaration' && left.kind === 'var' && left.declarations[0].init) {
    // Annex B.3.5: for (var x = init in o)
    g.visitExpression(left.declarations[0].init);
    g.bindPattern(left.declarations[0].id, 'assign');
  }
  const entered = g.enterBlockScope(scope);
  const subject = g.newRegister();
  b.setExpressionPosition(node.right.start);
  g.visitExpression(node.right);
  b.emit('Star', subject);
  g.leaveScopeContext(entered);
  return subject;
}

/** Bind the iteration value (acc) to the loop's left side, in a fresh iteration scope. */
function bindLoopLeft(g: FunctionGenerator, node: EsNode): void {
  const left = node.left;
  if (left.type === 'VariableDeclaration') g.bindPattern(left.declarations[0].id, left.kind === 'var' ? 'assign' : 'init');
  else g.bindPattern(left, 'assign');
}

/** for (using x of …): each iteration's binding is disposed when the iteration ends. */
function bindLoopLeftAndRunBody(g: FunctionGenerator, node: EsNode): void {
  const left = node.left;
  if (left.type === 'VariableDeclaration' && (left.kind === 'using' || left.kind === 'await using')) {
    g.withTemps(() => {
      // The iteration value (acc) survives CreateDisposableStack in a register.
      const value = g.accToRegister();
      withDisposalScope(g, left.kind === 'await using' ? 'async' : 'sync', () => {
        g.b.emit('Ldar', value);
        bindLoopLeft(g, node);
        g.b.emit('Ldar', value);
        emitAddDisposable(g, left.kind === 'await using');
        g.visitStatement(node.body);
      });
    });
    return;
  }
  bindLoopLeft(g, node);
  g.visitStatement(node.body);
}

function visitForIn(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  const b = g.b;
  const scope = g.analysis.scopeOf.get(node);
  g.withTemps(() => {
    const subject = evaluateLoopSubject(g, node, scope);
    const done = new Label();
    b.emit('Ldar', subject);
    b.emit('JumpIfUndefinedOrNull', done);
    b.emit('ForInEnumerate', subject);
    const iterator = g.accToRegister();
    const header = new Label();
    b.bind(header);
    g.breakable(labels, true, header, (entry) => {
      b.emit('ForInNext', iterator, b.addSlot('forIn'));
      b.emit('JumpIfUndefined', breakLabelOf(entry));
      g.withTemps(() => {
        const key = g.accToRegister();
        const entered = g.enterBlockScope(scope);
        b.emit('Ldar', key);
        bindLoopLeft(g, node);
        g.visitStatement(node.body);
        g.leaveScopeContext(entered);
      });
      b.emit('JumpLoop', header, g.loopDepth);
    });
    b.bind(done);
  });
}

/** The iterator record of an open iteration: iterator object and its next method. */
export interface IteratorRecord {
  iterator: number;
  next: number;
  async: boolean;
}

/** GetIterator(acc-less: subject register) → a new iterator record in temporaries. */
export function emitGetIterator(g: FunctionGenerator, subject: number, async: boolean): IteratorRecord {
  const b = g.b;
  if (async) g.callRuntime('GetAsyncIterator', [subject]);
  else b.emit('GetIterator', subject, b.addSlot('loadProperty'), b.addSlot('call'));
  const iterator = g.accToRegister();
  b.emit('GetNamedProperty', iterator, g.name('next'), b.addSlot('loadProperty'));
  const next = g.accToRegister();
  return { iterator, next, async };
}

/** result := IteratorNext(record) checked to be an object; jumps to `done` when done; acc := value. */
export function emitIteratorStep(g: FunctionGenerator, record: IteratorRecord, done: Label): void {
  const b = g.b;
  g.withTemps(() => {
    const list = b.newRegisterList(1);
    b.emit('Mov', record.iterator, list);
    b.emit('CallProperty', record.next, list, 1, b.addSlot('call'));
    if (record.async) g.emitAwaitAcc();
    const result = g.accToRegister();
    const ok = new Label();
    b.emit('JumpIfJSReceiver', ok);
    g.callRuntime('ThrowIteratorResultNotAnObject', [result]);
    b.bind(ok);
    b.emit('GetNamedProperty', result, g.name('done'), b.addSlot('loadProperty'));
    b.emit('JumpIfToBooleanTrue', done);
    b.emit('GetNamedProperty', result, g.name('value'), b.addSlot('loadProperty'));
  });
}

function visitForOf(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  const b = g.b;
  const scope = g.analysis.scopeOf.get(node);
  const async = node.await === true;
  g.withTemps(() => {
    const subject = evaluateLoopSubject(g, node, scope);
    // The subject's position on GetIterator: "o is not iterable" shows its source text (V8).
    b.setExpressionPosition(node.right.start);
    const record = g.emitGetIterator(subject, async);
    const context = g.saveContextToRegister();
    const header = new Label();
    b.bind(header);
    g.breakable(labels, true, header, (entry) => {
      g.emitIteratorStep(record, breakLabelOf(entry));
      const tryStart = new Label();
      const tryEnd = new Label();
      const handler = new Label();
      const after = new Label();
      g.control.push({ kind: 'iterator', iteratorRegister: record.iterator, async, loop: entry });
      b.bind(tryStart);
      g.withTemps(() => {
        const value = g.accToRegister();
        const entered = g.enterBlockScope(scope);
        b.emit('Ldar', value);
        bindLoopLeftAndRunBody(g, node);
        g.leaveScopeContext(entered);
      });
      b.bind(tryEnd);
      g.control.pop();
      b.emit('JumpLoop', header, g.loopDepth);
      b.bind(handler);
      g.withTemps(() => {
        const exception = g.accToRegister();
        g.callRuntime('IteratorCloseOnThrow', [record.iterator]);
        b.emit('Ldar', exception);
        b.emit('ReThrow');
      });
      b.bind(after);
      b.addHandler(tryStart, tryEnd, handler, context, 'caught');
    });
  });
}

function visitSwitch(g: FunctionGenerator, node: EsNode, labels: string[]): void {
  const b = g.b;
  setCompletionUndefined(g);
  b.setStatementPosition(node.start);
  g.withTemps(() => {
    const discriminant = g.visitToRegister(node.discriminant);
    const scope = g.analysis.scopeOf.get(node);
    g.breakable(['<switch>', ...labels], false, null, (entry) => {
      const entered = g.enterBlockScope(scope);
      const cases = node.cases as EsNode[];
      const caseLabels = cases.map(() => new Label());
      cases.forEach((c, i) => {
        if (!c.test) return;
        g.visitExpression(c.test);
        b.emit('TestEqualStrict', discriminant, b.addSlot('compareOp'));
        b.emit('JumpIfTrue', caseLabels[i]!);
      });
      const defaultIndex = cases.findIndex((c) => !c.test);
      if (defaultIndex >= 0) b.emit('Jump', caseLabels[defaultIndex]!);
      else g.emitJump('break', entry);
      cases.forEach((c, i) => {
        b.bind(caseLabels[i]!);
        g.visitStatements(c.consequent);
      });
      g.leaveScopeContext(entered);
    });
  });
}

function visitWith(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  setCompletionUndefined(g);
  b.setStatementPosition(node.start);
  g.withTemps(() => {
    const object = g.visitToRegister(node.object);
    const scope = g.analysis.scopeOf.get(node);
    if (!scope) g.unsupported('with without scope', node);
    b.emit('CreateWithContext', object, g.scopeInfoConstant(scope));
    g.pushContextFromAcc();
    g.visitStatement(node.body);
    g.leaveScopeContext(true);
  });
}

function visitTry(g: FunctionGenerator, node: EsNode): void {
  setCompletionUndefined(g);
  g.b.setStatementPosition(node.start);
  if (node.finalizer) visitTryFinally(g, node);
  else visitTryCatch(g, node.block, node.handler);
}

function visitTryCatch(g: FunctionGenerator, block: EsNode, clause: EsNode): void {
  const b = g.b;
  g.withTemps(() => {
    const context = g.saveContextToRegister();
    const start = new Label();
    const end = new Label();
    const handler = new Label();
    const done = new Label();
    b.bind(start);
    g.visitStatement(block);
    b.bind(end);
    b.emit('Jump', done);
    b.bind(handler);
    b.addHandler(start, end, handler, context, 'caught');
    const exception = g.accToRegister();
    const scope = g.analysis.scopeOf.get(clause);
    const entered = g.enterBlockScope(scope);
    if (clause.param) {
      b.emit('Ldar', exception);
      g.bindPattern(clause.param, 'init');
    }
    g.visitStatement(clause.body);
    g.leaveScopeContext(entered);
    b.bind(done);
  });
}

function visitTryFinally(g: FunctionGenerator, node: EsNode): void {
  emitTryFinally(
    g,
    () => (node.handler ? visitTryCatch(g, node.block, node.handler) : g.visitStatement(node.block)),
    () => g.visitStatement(node.finalizer),
    node.handler ? 'caught' : 'uncaught',
  );
}

/**
 * try { body } finally { finalizer }: abrupt exits from the body (break, continue, return,
 * throw) record a token and run the finalizer, then resume. The finalizer may read
 * `state.token` / `state.result` (the exception when the token is FinallyToken.rethrow).
 */
export function emitTryFinally(
  g: FunctionGenerator,
  body: () => void,
  finalizer: (state: { token: number; result: number }) => void,
  prediction: 'caught' | 'uncaught',
): void {
  const b = g.b;
  g.withTemps(() => {
    const context = g.saveContextToRegister();
    const token = g.newRegister();
    const result = g.newRegister();
    const finallyLabel = new Label();
    const entry: ControlEntry = { kind: 'finally', tokenRegister: token, resultRegister: result, finallyLabel, commands: [] };
    const start = new Label();
    const end = new Label();
    const handler = new Label();
    g.control.push(entry);
    b.bind(start);
    body();
    b.bind(end);
    g.control.pop();
    b.emit('LdaSmi', FinallyToken.fallThrough);
    b.emit('Star', token);
    b.emit('Jump', finallyLabel);
    b.bind(handler);
    b.addHandler(start, end, handler, context, prediction);
    b.emit('Star', result);
    b.emit('LdaSmi', FinallyToken.rethrow);
    b.emit('Star', token);
    b.bind(finallyLabel);
    const savedCompletion = g.completionRegister !== null ? g.newRegister() : -1;
    if (savedCompletion >= 0) {
      // The finally block starts from an empty value: a break or continue out of it completes
      // the try statement with the block's own value, or undefined (UpdateEmpty(F, undefined)).
      b.emit('Mov', g.completionRegister!, savedCompletion);
      b.emit('LdaUndefined');
      b.emit('Star', g.completionRegister!);
    }
    finalizer({ token, result });
    if (savedCompletion >= 0) b.emit('Mov', savedCompletion, g.completionRegister!);
    const after = new Label();
    for (const command of entry.commands) {
      const next = new Label();
      b.emit('LdaSmi', command.token);
      b.emit('TestReferenceEqual', token);
      b.emit('JumpIfFalse', next);
      if (command.kind === 'return') b.emit('Ldar', result);
      g.emitJump(command.kind, command.target);
      b.bind(next);
    }
    b.emit('LdaSmi', FinallyToken.rethrow);
    b.emit('TestReferenceEqual', token);
    b.emit('JumpIfFalse', after);
    b.emit('Ldar', result);
    b.emit('ReThrow');
    b.bind(after);
  });
}

/** Does this statement list declare `using` / `await using` bindings directly? */
function usingKind(list: EsNode[]): 'sync' | 'async' | null {
  let kind: 'sync' | 'async' | null = null;
  for (const s of list) {
    const d = s.type === 'ExportNamedDeclaration' ? s.declaration : s;
    if (d?.type !== 'VariableDeclaration') continue;
    if (d.kind === 'await using') return 'async';
    if (d.kind === 'using') kind = 'sync';
  }
  return kind;
}

/**
 * Statements of a block, function body or module: with `using` declarations they run inside a
 * disposal scope (a DisposeCapability in a register; DisposeResources on every exit, with the
 * exception when there is one, awaited for `await using`).
 */
export function visitStatementList(g: FunctionGenerator, list: EsNode[]): void {
  const kind = usingKind(list);
  if (kind === null) g.visitStatements(list);
  else withDisposalScope(g, kind, () => g.visitStatements(list));
}

/** Run `body` with a fresh DisposeCapability; DisposeResources on every exit (awaited if async). */
function withDisposalScope(g: FunctionGenerator, kind: 'sync' | 'async', body: () => void): void {
  const b = g.b;
  g.withTemps(() => {
    g.callRuntime('CreateDisposableStack', []);
    const stack = g.accToRegister();
    const saved = g.disposableStack;
    g.disposableStack = stack;
    emitTryFinally(
      g,
      body,
      ({ token, result }) => {
        const error = g.newRegister();
        const normal = new Label();
        b.emit('LdaTheHole');
        b.emit('Star', error);
        b.emit('LdaSmi', FinallyToken.rethrow);
        b.emit('TestReferenceEqual', token);
        b.emit('JumpIfFalse', normal);
        b.emit('Mov', result, error);
        b.bind(normal);
        g.callRuntime('DisposeResources', [stack, error]);
        if (kind === 'async') {
          // Only resources that need it are awaited: DisposeResources gives undefined when none
          // does (an unevaluated `await using` implies no await).
          const noAwait = new Label();
          b.emit('JumpIfUndefined', noAwait);
          g.emitAwaitAcc();
          b.bind(noAwait);
        }
      },
      'uncaught',
    );
    g.disposableStack = saved;
  });
}

