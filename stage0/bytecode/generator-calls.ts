// Property access, calls, `new`, `super`, optional chains and tagged templates.
//
// Calls put the receiver (when there is one) and the arguments in one consecutive register list,
// as the Call* bytecodes expect. A spread that is the last argument uses CallWithSpread /
// ConstructWithSpread; any other spread builds an array and calls CallWithArrayLike.
import type { EsNode } from '../scope/types.ts';
import { Label } from './builder.ts';
import type { FunctionGenerator } from './generator.ts';
import { cannotAssign, memberKeyName, thisFunction } from './generator-util.ts';
import { RuntimeId } from './runtime-functions.ts';


/** Evaluate an optional chain; a nullish link short-circuits the whole chain to undefined. */
export function emitOptionalChain(g: FunctionGenerator, expr: EsNode): void {
  const b = g.b;
  const saved = g.optionalChainNull;
  const nullish = new Label();
  g.optionalChainNull = nullish;
  g.visitExpression(expr);
  g.optionalChainNull = saved;
  const done = new Label();
  b.emit('Jump', done);
  b.bind(nullish);
  b.emit('LdaUndefined');
  b.bind(done);
}

function jumpIfNullishLink(g: FunctionGenerator, reg: number): void {
  if (!g.optionalChainNull) throw new Error('optional link outside a chain');
  g.b.emit('Ldar', reg);
  g.b.emit('JumpIfUndefinedOrNull', g.optionalChainNull);
}

/** Load home object and receiver of `super.x` into registers (temporaries of the caller). */
export function loadSuperBase(g: FunctionGenerator, member: EsNode): { home: number; receiver: number } {
  const refs = g.analysis.referenceOf.get(member.object) ?? [];
  const homeRef = refs.find((r) => r.name === '.home-object');
  const thisRef = refs.find((r) => r.name === 'this');
  if (!homeRef || !thisRef) g.unsupported('super property outside a method', member);
  g.loadReference(thisRef);
  const receiver = g.accToRegister();
  g.loadReference(homeRef);
  const home = g.accToRegister();
  return { home, receiver };
}

/** acc := the property `node` (a MemberExpression) of an already evaluated object register. */
function loadProperty(g: FunctionGenerator, node: EsNode, obj: number): void {
  const b = g.b;
  b.setExpressionPosition(node.property.start);
  if (node.property.type === 'PrivateIdentifier') {
    g.withTemps(() => {
      g.loadReference(g.referenceOf(node.property));
      const name = g.accToRegister();
      g.callRuntime('PrivateGet', [obj, name]);
    });
    return;
  }
  if (!node.computed) {
    b.emit('GetNamedProperty', obj, g.name(memberKeyName(node)), b.addSlot('loadProperty'));
    return;
  }
  g.visitExpression(node.property);
  b.emit('GetKeyedProperty', obj, b.addSlot('loadKeyed'));
}

/**
 * GetSuperBase: replaces the home object in `base.home` by its [[GetPrototypeOf]]() (an ordinary
 * object's, so unobservable) — the base of a super property reference, taken when the reference is
 * made, before its key is converted (LoadSuperKeyed/StoreSuperKeyed take the base).
 */
export function superBase(g: FunctionGenerator, base: { home: number; receiver: number }): void {
  g.b.emit('Ldar', base.home);
  g.b.emit('GetSuperConstructor', base.home);
}

function loadSuperProperty(g: FunctionGenerator, node: EsNode, base: { home: number; receiver: number }): void {
  const b = g.b;
  if (node.computed) {
    g.withTemps(() => {
      g.visitExpression(node.property);
      const key = g.accToRegister();
      superBase(g, base);
      g.callRuntime('LoadSuperKeyed', [base.receiver, base.home, key]);
    });
    return;
  }
  b.emit('Ldar', base.home);
  b.emit('GetNamedPropertyFromSuper', base.receiver, g.name(memberKeyName(node)), b.addSlot('loadProperty'));
}

export function visitMemberLoad(g: FunctionGenerator, node: EsNode): void {
  g.withTemps(() => {
    if (node.object.type === 'Super') {
      loadSuperProperty(g, node, loadSuperBase(g, node));
      return;
    }
    const obj = g.visitToOperandRegister(node.object, !node.computed || cannotAssign(node.property));
    if (node.optional) jumpIfNullishLink(g, obj);
    loadProperty(g, node, obj);
  });
}

function hasSpread(args: EsNode[]): boolean {
  return args.some((a) => a.type === 'SpreadElement');
}

function onlyLastSpread(args: EsNode[]): boolean {
  return args.findIndex((a) => a.type === 'SpreadElement') === args.length - 1;
}

/** Evaluate arguments into registers first.. (the spread argument's iterable, unspread). */
function emitArguments(g: FunctionGenerator, args: EsNode[], first: number): void {
  args.forEach((a, i) => {
    g.visitExpression(a.type === 'SpreadElement' ? a.argument : a);
    g.b.emit('Star', first + i);
  });
}

/** acc := a new array of the arguments, spreads expanded (for calls with a non-final spread). */
function emitArgumentsArray(g: FunctionGenerator, args: EsNode[]): void {
  const b = g.b;
  g.withTemps(() => {
    b.emit('CreateEmptyArrayLiteral', b.addSlot('literal'));
    const array = g.accToRegister();
    const one = g.newRegister();
    for (const a of args) {
      if (a.type === 'SpreadElement') {
        g.visitExpression(a.argument);
        b.emit('Star', one);
        g.callRuntime('AppendSpread', [array, one]);
      } else {
        b.emit('GetNamedProperty', array, g.name('length'), b.addSlot('loadProperty'));
        b.emit('Star', one);
        g.visitExpression(a);
        b.emit('StaInArrayLiteral', array, one, b.addSlot('storeInArrayLiteral'));
      }
    }
    b.emit('Ldar', array);
  });
}

export function visitCall(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const callee = node.callee;
  const args = node.arguments as EsNode[];
  if (callee.type === 'Super') return visitSuperCall(g, node);
  g.withTemps(() => {
    const fn = g.newRegister();
    let receiver: number | null = null;
    let anyReceiver = false;
    if (callee.type === 'MemberExpression') {
      if (callee.object.type === 'Super') {
        const base = loadSuperBase(g, callee);
        loadSuperProperty(g, callee, base);
        receiver = base.receiver;
      } else {
        receiver = g.visitToOperandRegister(callee.object, !callee.computed || cannotAssign(callee.property));
        if (callee.optional) jumpIfNullishLink(g, receiver);
        loadProperty(g, callee, receiver);
      }
      b.emit('Star', fn);
    } else if (callee.type === 'ChainExpression' && callee.expression.type === 'MemberExpression' && callee.expression.object.type !== 'Super') {
      // (a?.b)(): still a property call with receiver a; a nullish link makes the callee undefined.
      const member = callee.expression;
      const saved = g.optionalChainNull;
      const nullish = new Label();
      const done = new Label();
      g.optionalChainNull = nullish;
      receiver = g.visitToRegister(member.object);
      if (member.optional) jumpIfNullishLink(g, receiver);
      loadProperty(g, member, receiver);
      b.emit('Star', fn);
      b.emit('Jump', done);
      b.bind(nullish);
      b.emit('LdaUndefined');
      b.emit('Star', fn);
      b.bind(done);
      g.optionalChainNull = saved;
    } else if (callee.type === 'Identifier' && g.referenceOf(callee).resolution.kind === 'dynamic') {
      receiver = g.newRegister();
      b.emit('LdaLookupCallee', g.name(callee.name), receiver);
      b.emit('Star', fn);
      anyReceiver = true;
    } else {
      g.visitExpression(callee);
      b.emit('Star', fn);
    }
    if (node.optional) jumpIfNullishLink(g, fn);
    const isDirectEval = callee.type === 'Identifier' && callee.name === 'eval' && !node.optional;
    b.setExpressionPosition(callPosition(node));
    if (hasSpread(args) && !(onlyLastSpread(args) && !isDirectEval)) {
      const array = g.newRegister();
      const recv = receiver ?? g.newRegister();
      if (receiver === null) b.emit('LdaUndefined'), b.emit('Star', recv);
      emitArgumentsArray(g, args);
      b.emit('Star', array);
      if (isDirectEval) {
        // eval(...args) is still a direct eval of the first spread-out argument.
        const first = g.newRegister();
        b.emit('LdaZero');
        b.emit('GetKeyedProperty', array, b.addSlot('loadKeyed'));
        b.emit('Star', first);
        emitResolveDirectEval(g, node, fn, first, 1);
      }
      g.callRuntime('CallWithArrayLike', [fn, recv, array]);
      return;
    }
    const withReceiver = receiver !== null || hasSpread(args);
    const count = args.length + (withReceiver ? 1 : 0);
    const list = b.newRegisterList(count);
    if (withReceiver) {
      if (receiver !== null) b.emit('Mov', receiver, list);
      else {
        b.emit('LdaUndefined');
        b.emit('Star', list);
      }
    }
    emitArguments(g, args, withReceiver ? list + 1 : list);
    if (isDirectEval) emitResolveDirectEval(g, node, fn, withReceiver ? list + 1 : list, args.length);
    b.setExpressionPosition(callPosition(node));
    const slot = b.addSlot('call');
    if (hasSpread(args)) b.emit('CallWithSpread', fn, list, count, slot);
    else if (anyReceiver) b.emit('CallAnyReceiver', fn, list, count, slot);
    else if (receiver !== null) b.emit('CallProperty', fn, list, count, slot);
    else b.emit('CallUndefinedReceiver', fn, list, count, slot);
  });
}

/**
 * The source position a call reports (stack traces): as V8, the property name of a method call
 * (`a.b.c()` points at `c`), else the start of the call expression.
 */
function callPosition(node: EsNode): number {
  let callee = node.callee;
  if (callee.type === 'ChainExpression') callee = callee.expression;
  if (callee.type === 'MemberExpression' && !callee.computed) return callee.property.start;
  return node.start;
}

/** fn := ResolvePossiblyDirectEval(fn, first argument, closure, strict, position, end). */
function emitResolveDirectEval(g: FunctionGenerator, node: EsNode, fn: number, firstArg: number, argc: number): void {
  const b = g.b;
  const done = new Label();
  if (argc === 0) return;
  g.withTemps(() => {
    const r = b.newRegisterList(6);
    b.emit('Mov', fn, r);
    b.emit('Mov', firstArg, r + 1);
    b.emit('LdaCurrentClosure');
    b.emit('Star', r + 2);
    b.emit('LdaSmi', g.info.strict ? 1 : 0);
    b.emit('Star', r + 3);
    b.emit('LdaSmi', node.start);
    b.emit('Star', r + 4);
    b.emit('LdaSmi', node.end);
    b.emit('Star', r + 5);
    b.emit('CallRuntime', runtimeIdOf('ResolvePossiblyDirectEval'), r, 6);
    b.emit('Star', fn);
  });
  b.bind(done);
}

function runtimeIdOf(name: keyof typeof RuntimeId): number {
  return RuntimeId[name];
}

export function visitNew(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const args = node.arguments as EsNode[];
  g.withTemps(() => {
    const ctor = g.visitToRegister(node.callee);
    b.setExpressionPosition(node.start);
    if (hasSpread(args) && !onlyLastSpread(args)) {
      const array = g.newRegister();
      emitArgumentsArray(g, args);
      b.emit('Star', array);
      g.callRuntime('ConstructWithArrayLike', [ctor, array, ctor]);
      return;
    }
    const list = b.newRegisterList(args.length);
    emitArguments(g, args, list);
    b.emit('Ldar', ctor);
    b.setExpressionPosition(node.start);
    b.emit(hasSpread(args) ? 'ConstructWithSpread' : 'Construct', ctor, list, args.length, b.addSlot('construct'));
  });
}


function visitSuperCall(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const refs = g.analysis.referenceOf.get(node.callee) ?? [];
  const fnRef = refs.find((r) => r.name === '.function-object');
  const ntRef = refs.find((r) => r.name === 'new.target');
  const thisRef = refs.find((r) => r.name === 'this');
  if (!fnRef || !ntRef || !thisRef) g.unsupported('super() outside a derived constructor', node);
  const args = node.arguments as EsNode[];
  g.withTemps(() => {
    g.loadReference(fnRef);
    const closure = g.accToRegister();
    const ctor = g.newRegister();
    b.emit('GetSuperConstructor', ctor);
    // SuperCall: the arguments are evaluated before IsConstructor(func) is checked.
    b.setExpressionPosition(node.start);
    if (hasSpread(args) && !onlyLastSpread(args)) {
      const array = g.newRegister();
      const nt = g.newRegister();
      emitArgumentsArray(g, args);
      b.emit('Star', array);
      b.emit('ThrowIfNotSuperConstructor', ctor);
      g.loadReference(ntRef);
      b.emit('Star', nt);
      g.callRuntime('ConstructWithArrayLike', [ctor, array, nt]);
    } else {
      const list = b.newRegisterList(args.length);
      emitArguments(g, args, list);
      b.emit('ThrowIfNotSuperConstructor', ctor);
      g.loadReference(ntRef);
      b.emit(hasSpread(args) ? 'ConstructWithSpread' : 'Construct', ctor, list, args.length, b.addSlot('construct'));
    }
    const result = g.accToRegister();
    // BindThisValue: the this binding must still be uninitialised.
    const thisBinding = thisRef.resolution.kind === 'binding' ? thisRef.resolution.binding : null;
    if (thisBinding) {
      g.loadBinding(thisBinding, thisRef.resolution.kind === 'binding' ? thisRef.resolution.hops : 0);
      b.emit('ThrowSuperAlreadyCalledIfNotHole');
    }
    b.emit('Ldar', result);
    g.storeReference(thisRef);
    const owner = thisFunction(g.info);
    if (g.constructorInitializesInstance(owner)) {
      g.callRuntime('InitializeInstanceElements', [result, closure]);
    }
    b.emit('Ldar', result);
  });
}

export function visitTaggedTemplate(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const quasi = node.quasi;
  const raw = (quasi.quasis as EsNode[]).map((q) => q.value.raw as string);
  const cooked = (quasi.quasis as EsNode[]).map((q) => (q.value.cooked ?? null) as string | null);
  const tag = node.tag;
  const exprs = quasi.expressions as EsNode[];
  g.withTemps(() => {
    const fn = g.newRegister();
    let receiver: number | null = null;
    if (tag.type === 'MemberExpression' && tag.object.type !== 'Super') {
      receiver = g.visitToRegister(tag.object);
      loadProperty(g, tag, receiver);
    } else {
      g.visitExpression(tag);
    }
    b.emit('Star', fn);
    const count = exprs.length + 1 + (receiver !== null ? 1 : 0);
    const list = b.newRegisterList(count);
    let at = list;
    if (receiver !== null) b.emit('Mov', receiver, at++);
    b.emit('GetTemplateObject', b.addConstant({ kind: 'templateObject', raw, cooked }), b.addSlot('templateObject'));
    b.emit('Star', at++);
    for (const e of exprs) {
      g.visitExpression(e);
      b.emit('Star', at++);
    }
    b.setExpressionPosition(node.start);
    b.emit(receiver !== null ? 'CallProperty' : 'CallUndefinedReceiver', fn, list, count, b.addSlot('call'));
  });
}
