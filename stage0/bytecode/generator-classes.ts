// Classes (ClassDefinitionEvaluation): the class scope and its private names, the heritage, the
// constructor (explicit, or a synthesised default one), methods and accessors installed by the
// DefineClass runtime function from a class boilerplate, private methods attached to their
// Private Names, the instance fields initialiser (run by InitializeInstanceElements from the
// constructor: at entry in a base class, after super() in a derived one) and the static
// initialiser (static fields and static blocks in order, called with the constructor as this).
import type { ClassInfo, EsNode, FunctionInfo } from '../scope/types.ts';
import { BytecodeArrayBuilder } from './builder.ts';
import type { BytecodeFunction, ClassElementDescriptor } from './function.ts';
import type { FunctionGenerator } from './generator.ts';
import { functionSourceRange, hopsBetween, isAnonymousDefinition, propertyKeyName } from './generator-util.ts';
import { Register } from './opcodes.ts';
import { RuntimeId } from './runtime-functions.ts';

const PRIVATE_KIND = { method: 0, get: 1, set: 2 } as const;

function classElements(node: EsNode): EsNode[] {
  return node.body.body as EsNode[];
}

export function visitClass(g: FunctionGenerator, node: EsNode, nameHint: string | null): void {
  const b = g.b;
  const info = g.analysis.classOf.get(node);
  if (!info) g.unsupported('class without scope info', node);
  const className = node.id?.name ?? nameHint ?? '';
  g.withTemps(() => {
    const entered = g.enterBlockScope(info.scope);
    for (const [name, entry] of info.privateNames) {
      g.withTemps(() => {
        b.emit('LdaConstant', g.name(name));
        const desc = g.accToRegister();
        g.callRuntime('CreatePrivateName', [desc]);
        g.initBindingHere(entry.binding);
      });
    }
    const parent = g.newRegister();
    if (node.superClass) {
      b.setExpressionPosition(node.superClass.start);
      g.visitExpression(node.superClass);
    } else b.emit('LdaTheHole');
    b.emit('Star', parent);

    const ctor = g.newRegister();
    // A class constructor's source text is the whole class.
    if (info.constructor) functionSourceRange.set(info.constructor.node, { start: node.start, end: node.end });
    const ctorIndex = info.constructor
      ? g.compileNested(info.constructor.node, className)
      : g.b.addConstant({ kind: 'function', fn: defaultConstructor(g, info, className) });
    g.emitCreateClosure(ctorIndex);
    b.emit('Star', ctor);

    const initializer = g.newRegister();
    if (info.instanceFieldsInitializer) g.emitCreateClosure(g.compileNestedInfo(info.instanceFieldsInitializer, `<instance_members_initializer>`));
    else if (instancePrivateMethodNames(info).length > 0) g.emitCreateClosure(b.addConstant({ kind: 'function', fn: brandInitializer(info) }));
    else b.emit('LdaUndefined');
    b.emit('Star', initializer);

    // Methods and accessors in order; private ones are attached to their names instead. Computed
    // field keys are evaluated here too, in element order (ClassDefinitionEvaluation step 28),
    // and passed to the initialisers as arguments.
    const descriptors: ClassElementDescriptor[] = [];
    const args: number[] = [];
    const instanceKeys: number[] = [];
    const staticKeys: number[] = [];
    const privateMethods: { closure: number; node: EsNode; isStatic: boolean }[] = [];
    for (const el of classElements(node)) {
      if (el.type === 'AccessorProperty') g.unsupported('accessor fields', el);
      if (el.type === 'PropertyDefinition' && (el.computed || el.key.type === 'PrivateIdentifier')) {
        if (el.computed) {
          g.visitExpression(el.key);
          b.emit('ToName');
        } else {
          g.loadBinding(info.privateNames.get(el.key.name)!.binding, 0);
        }
        (el.static ? staticKeys : instanceKeys).push(g.accToRegister());
        continue;
      }
      if (el.type !== 'MethodDefinition' || el.kind === 'constructor') continue;
      const kind = el.kind === 'get' ? 'getter' : el.kind === 'set' ? 'setter' : 'method';
      setMethodSourceRange(el);
      if (el.key.type === 'PrivateIdentifier') {
        g.emitCreateClosure(g.compileNested(el.value, methodName(el, `#${el.key.name}`)));
        const closure = g.accToRegister();
        g.loadBinding(info.privateNames.get(el.key.name)!.binding, 0);
        const name = g.accToRegister();
        b.emit('LdaSmi', PRIVATE_KIND[el.kind as 'method' | 'get' | 'set']);
        const kindReg = g.accToRegister();
        g.callRuntime('PrivateNameSetMethod', [name, kindReg, closure]);
        privateMethods.push({ closure, node: el.value, isStatic: el.static });
        continue;
      }
      const key = el.computed ? null : propertyKeyName(el.key);
      if (key === null) {
        g.visitExpression(el.key);
        b.emit('ToName');
        args.push(g.accToRegister());
      }
      g.emitCreateClosure(g.compileNested(el.value, key === null ? null : methodName(el, key)));
      args.push(g.accToRegister());
      descriptors.push({ isStatic: el.static, kind, key });
    }
    for (const name of instancePrivateMethodNames(info)) {
      g.loadBinding(info.privateNames.get(name)!.binding, 0);
      instanceKeys.push(g.accToRegister());
    }
    args.push(...instanceKeys);
    const boilerplate = b.addConstant({ kind: 'classBoilerplate', elements: descriptors, instanceFieldKeys: instanceKeys.length });
    g.withTemps(() => {
      const list = b.newRegisterList(4 + args.length);
      b.emit('LdaConstant', boilerplate);
      b.emit('Star', list);
      b.emit('Mov', ctor, list + 1);
      b.emit('Mov', parent, list + 2);
      b.emit('Mov', initializer, list + 3);
      args.forEach((r, i) => b.emit('Mov', r, list + 4 + i));
      b.setExpressionPosition(node.start);
      b.emit('CallRuntime', RuntimeId.DefineClass, list, 4 + args.length);
    });
    b.emit('Star', ctor);
    const prototype = g.newRegister();
    b.emit('GetNamedProperty', ctor, g.name('prototype'), b.addSlot('loadProperty'));
    b.emit('Star', prototype);
    const brandedStatic = new Set<string>();
    for (const m of privateMethods) {
      b.emit('Ldar', m.closure);
      g.emitSetHomeObjectIfNeeded(m.node, m.isStatic ? ctor : prototype);
      // One brand per name (a getter and setter pair shares it): adding it twice is a TypeError.
      const brandName = m.isStatic ? privateKeyOf(node, m.node).name : '';
      if (m.isStatic && !brandedStatic.has(brandName)) {
        brandedStatic.add(brandName);
        g.withTemps(() => {
          const name = g.newRegister();
          g.loadBinding(info.privateNames.get(privateKeyOf(node, m.node).name)!.binding, 0);
          b.emit('Star', name);
          g.callRuntime('PrivateBrandAdd', [ctor, name]);
        });
      }
    }
    if (info.instanceFieldsInitializer?.homeObjectBinding || info.instanceFieldsInitializer?.usesSuperProperty) {
      g.callRuntime('SetHomeObject', [initializer, prototype]);
    }
    if (info.nameBinding) {
      b.emit('Ldar', ctor);
      g.initBindingHere(info.nameBinding);
    }
    if (info.staticInitializer) {
      g.emitCreateClosure(g.compileNestedInfo(info.staticInitializer, '<static_initializer>'));
      const fn = g.accToRegister();
      if (info.staticInitializer.homeObjectBinding || info.staticInitializer.usesSuperProperty) g.callRuntime('SetHomeObject', [fn, ctor]);
      const list = b.newRegisterList(1 + staticKeys.length);
      b.emit('Mov', ctor, list);
      staticKeys.forEach((k, i) => b.emit('Mov', k, list + 1 + i));
      b.emit('CallProperty', fn, list, 1 + staticKeys.length, b.addSlot('call'));
    }
    b.emit('Ldar', ctor);
    g.leaveScopeContext(entered);
  });
}

/** The `name` of a method closure: the key, with a get/set prefix for accessors. */
function methodName(el: EsNode, key: string): string {
  return el.kind === 'get' || el.kind === 'set' ? `${el.kind} ${key}` : key;
}

function privateKeyOf(classNode: EsNode, methodValue: EsNode): EsNode {
  for (const el of classElements(classNode)) if (el.value === methodValue) return el.key;
  throw new Error('private method not found');
}

/** The implicit constructor: `constructor() {}` or `constructor(...args) { super(...args); }`. */
function defaultConstructor(g: FunctionGenerator, info: ClassInfo, name: string): BytecodeFunction {
  const b = new BytecodeArrayBuilder(0);
  const derived = info.hasHeritage;
  const hasFields = needsInstanceInitialization(info);
  let thisReg: number = Register.receiver;
  if (derived) {
    // super(...args) without iterating: the spec's default constructor passes its arguments list
    // as it is, so a patched Array.prototype[Symbol.iterator] is never called.
    const list = b.newRegisterList(3);
    b.emit('LdaCurrentClosure');
    b.emit('GetSuperConstructor', list);
    b.emit('ThrowIfNotSuperConstructor', list);
    b.emit('CreateRestParameter');
    b.emit('Star', list + 1);
    b.emit('LdaNewTarget');
    b.emit('Star', list + 2);
    b.emit('CallRuntime', RuntimeId.ConstructWithArrayLike, list, 3);
    thisReg = b.newRegister();
    b.emit('Star', thisReg);
  }
  if (hasFields) {
    const list = b.newRegisterList(2);
    b.emit('Mov', thisReg, list);
    b.emit('LdaCurrentClosure');
    b.emit('Star', list + 1);
    b.emit('CallRuntime', RuntimeId.InitializeInstanceElements, list, 2);
  }
  if (derived) b.emit('Ldar', thisReg);
  else b.emit('LdaUndefined');
  b.emit('Return');
  return syntheticFunction(b, info, name, 'class-constructor', 0, { isClassConstructor: true, isDerivedConstructor: derived, requiresInstanceFieldsInitializer: hasFields });
}

/**
 * The source text of a method is its MethodDefinition without `static` (Ouro's parser records
 * where the text after `static` starts, `afterStatic`; with acorn's AST only plain static methods
 * can be placed, from the key).
 */
function setMethodSourceRange(el: EsNode): void {
  if (!el.static) functionSourceRange.set(el.value, { start: el.start, end: el.end });
  else if (typeof el.afterStatic === 'number') functionSourceRange.set(el.value, { start: el.afterStatic, end: el.end });
  else if (el.kind === 'method' && !el.computed && !el.value.async && !el.value.generator) {
    functionSourceRange.set(el.value, { start: el.key.start, end: el.end });
  }
}

/** A BytecodeFunction written directly with a builder (no FunctionInfo): strict, simple parameters. */
function syntheticFunction(
  b: BytecodeArrayBuilder, info: ClassInfo, name: string, kind: BytecodeFunction['kind'], parameterCount: number,
  flags: Partial<BytecodeFunction['flags']>,
): BytecodeFunction {
  const built = b.finish();
  return {
    name, kind, sourceStart: info.node.start, sourceEnd: info.node.end,
    parameterCount, mappedParameterSlots: null, length: 0, registerCount: built.registerCount, bytecode: built.bytecode,
    constantPool: b.constantPool, feedbackSlots: b.feedbackSlots, handlerTable: built.handlerTable,
    sourcePositions: built.sourcePositions, scopeInfo: null,
    flags: {
      strict: true, isGenerator: false, isAsync: false, isArrow: false, isClassConstructor: false, isDerivedConstructor: false,
      requiresInstanceFieldsInitializer: false, hasSimpleParameterList: true, hasDirectEval: false, ...flags,
    },
  };
}

/** Instance fields or private methods: the constructor must run InitializeInstanceElements. */
function needsInstanceInitialization(info: ClassInfo): boolean {
  return info.instanceFieldsInitializer !== null || instancePrivateMethodNames(info).length > 0;
}

export function constructorInitializesInstance(g: FunctionGenerator, ctor: FunctionInfo): boolean {
  if (ctor.kind !== 'class-constructor') return false;
  for (const ci of g.analysis.classOf.values()) if (ci.constructor === ctor) return needsInstanceInitialization(ci);
  return ctor.fieldsInitializer !== null;
}

/** The instance initialiser of a class with private methods but no fields: brand `this` only. */
function brandInitializer(info: ClassInfo): BytecodeFunction {
  const names = instancePrivateMethodNames(info);
  const b = new BytecodeArrayBuilder(0);
  const list = b.newRegisterList(2);
  names.forEach((_, i) => {
    b.emit('Mov', Register.receiver, list);
    b.emit('Mov', Register.argument(i), list + 1);
    b.emit('CallRuntime', RuntimeId.PrivateBrandAdd, list, 2);
  });
  b.emit('LdaUndefined');
  b.emit('Return');
  return syntheticFunction(b, info, '<instance_members_initializer>', 'instance-fields-initializer', names.length, {});
}

/** Base constructors run the instance fields initialiser at entry. */
export function emitFieldsInitializerCall(g: FunctionGenerator): void {
  const b = g.b;
  g.withTemps(() => {
    const list = b.newRegisterList(2);
    b.emit('Mov', Register.receiver, list);
    b.emit('LdaCurrentClosure');
    b.emit('Star', list + 1);
    b.emit('CallRuntime', RuntimeId.InitializeInstanceElements, list, 2);
  });
}

/** Body of the synthetic instance/static initialiser functions (info.node is the ClassBody). */
export function emitClassInitializerBody(g: FunctionGenerator): void {
  const b = g.b;
  const info: FunctionInfo = g.info;
  const isStatic = info.kind === 'static-initializer';
  const classNode = findClassNode(g, info);
  const classInfo = g.analysis.classOf.get(classNode)!;
  // Arguments: the field names that are not literal keys (computed keys, private names) in
  // order, then (instance initialiser) the names of private methods and accessors to brand with.
  let nextArgument = 0;
  const fieldNames = (info.node.body as EsNode[]).filter((el) => el.type === 'PropertyDefinition' && el.static === isStatic && (el.computed || el.key.type === 'PrivateIdentifier')).length;
  if (!isStatic) {
    // Private methods and accessors first (PrivateMethodOrAccessorAdd), then fields in order.
    instancePrivateMethodNames(classInfo).forEach((_, i) => {
      g.callRuntime('PrivateBrandAdd', [Register.receiver, Register.argument(fieldNames + i)]);
    });
  }
  for (const el of info.node.body as EsNode[]) {
    if (el.type === 'StaticBlock') {
      if (!isStatic) continue;
      const scope = g.analysis.scopeOf.get(el);
      const entered = g.enterBlockScope(scope);
      g.visitStatementList(el.body);
      g.leaveScopeContext(entered);
      continue;
    }
    if (el.type !== 'PropertyDefinition' || el.static !== isStatic) continue;
    b.setStatementPosition(el.start);
    g.withTemps(() => {
      const key = el.key.type === 'PrivateIdentifier' || el.computed ? null : propertyKeyName(el.key);
      if (el.value) g.visitExpression(el.value, isAnonymousDefinition(el.value) ? (key ?? `#${el.key.name}`) : null);
      else b.emit('LdaUndefined');
      if (el.key.type === 'PrivateIdentifier') {
        const value = g.accToRegister();
        g.callRuntime('PrivateFieldAdd', [Register.receiver, Register.argument(nextArgument++), value]);
        return;
      }
      if (key === null) {
        // A computed key, evaluated at class definition: the initialiser's next argument.
        b.emit('DefineKeyedOwnProperty', Register.receiver, Register.argument(nextArgument++), b.addSlot('defineOwn'));
        return;
      }
      b.emit('DefineNamedOwnProperty', Register.receiver, g.name(key), b.addSlot('defineOwn'));
    });
  }
}

function findClassNode(g: FunctionGenerator, info: FunctionInfo): EsNode {
  for (const [node, ci] of g.analysis.classOf) {
    if (ci.instanceFieldsInitializer === info || ci.staticInitializer === info) return node;
  }
  throw new Error('initializer without class');
}

/** Names of the instance private methods and accessors (each once), in declaration order. */
function instancePrivateMethodNames(classInfo: ClassInfo): string[] {
  const out: string[] = [];
  for (const [name, entry] of classInfo.privateNames) if (entry.kind !== 'field' && !entry.isStatic) out.push(name);
  return out;
}

/**
 * The arguments an initialiser receives (its parameter count): field names that are not literal
 * keys, then for the instance initialiser the private method names to brand the object with.
 */
export function initializerArgumentCount(g: FunctionGenerator, info: FunctionInfo): number {
  const isStatic = info.kind === 'static-initializer';
  const fields = (info.node.body as EsNode[]).filter((el) => el.type === 'PropertyDefinition' && el.static === isStatic && (el.computed || el.key.type === 'PrivateIdentifier')).length;
  return isStatic ? fields : fields + instancePrivateMethodNames(g.analysis.classOf.get(findClassNode(g, info))!).length;
}
