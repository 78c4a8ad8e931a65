// Expressions: literals, identifiers, operators (with binary/compare feedback and constant
// folding), assignment (simple, compound, logical), update, conditional and logical operators,
// object and array literals, templates. Property access, calls and optional chains are in
// generator-calls.ts.
import type { EsNode } from '../scope/types.ts';
import { Label } from './builder.ts';
import type { BoilerplateValue } from './function.ts';
import type { FunctionGenerator } from './generator.ts';
import { emitOptionalChain, loadSuperBase, superBase, visitCall, visitMemberLoad, visitNew, visitTaggedTemplate } from './generator-calls.ts';
import { cannotAssign, functionSourceRange, isAnonymousDefinition, isSmi, memberKeyName, producesBoolean, propertyKeyName } from './generator-util.ts';
import type { BytecodeName } from './opcodes.ts';
import { TYPEOF_LITERALS } from './opcodes.ts';

const BINARY_OPS: Record<string, BytecodeName> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Mod', '**': 'Exp',
  '|': 'BitwiseOr', '^': 'BitwiseXor', '&': 'BitwiseAnd', '<<': 'ShiftLeft', '>>': 'ShiftRight', '>>>': 'ShiftRightLogical',
};
const SMI_OPS: Record<string, BytecodeName> = {
  '+': 'AddSmi', '-': 'SubSmi', '*': 'MulSmi', '/': 'DivSmi', '%': 'ModSmi', '**': 'ExpSmi',
  '|': 'BitwiseOrSmi', '^': 'BitwiseXorSmi', '&': 'BitwiseAndSmi', '<<': 'ShiftLeftSmi', '>>': 'ShiftRightSmi', '>>>': 'ShiftRightLogicalSmi',
};
const COMPARE_OPS: Record<string, BytecodeName> = {
  '==': 'TestEqual', '!=': 'TestEqual', '===': 'TestEqualStrict', '!==': 'TestEqualStrict',
  '<': 'TestLessThan', '>': 'TestGreaterThan', '<=': 'TestLessThanOrEqual', '>=': 'TestGreaterThanOrEqual',
};


export function emitNumber(g: FunctionGenerator, v: number): void {
  if (v === 0 && !Object.is(v, -0)) g.b.emit('LdaZero');
  else if (isSmi(v)) g.b.emit('LdaSmi', v);
  else g.b.emit('LdaConstant', g.b.addConstant({ kind: 'number', value: v }));
}

function numericLiteral(node: EsNode): number | null {
  if (node.type === 'Literal' && typeof node.value === 'number') return node.value;
  if (node.type === 'UnaryExpression' && node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
  return null;
}

/** The value of a numeric expression made of literals and arithmetic operators, else null. */
function constantNumber(node: EsNode): number | null {
  const n = numericLiteral(node);
  if (n !== null) return n;
  if (node.type === 'ParenthesizedExpression') return constantNumber(node.expression);
  if (node.type === 'BinaryExpression' && node.operator in BINARY_OPS) {
    const l = constantNumber(node.left);
    const r = l === null ? null : constantNumber(node.right);
    return l === null || r === null ? null : foldBinary(node.operator, l, r);
  }
  return null;
}

function foldBinary(op: string, a: number, b: number): number | null {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return a / b;
    case '%': return a % b;
    case '**': return a ** b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '&': return a & b;
    case '<<': return a << b;
    case '>>': return a >> b;
    case '>>>': return a >>> b;
    default: return null;
  }
}


export function visitExpression(g: FunctionGenerator, node: EsNode, nameHint: string | null): void {
  const b = g.b;
  switch (node.type) {
    case 'Literal': return visitLiteral(g, node);
    case 'Identifier': {
      const ref = g.referenceOf(node);
      if (node.name === 'undefined' && ref.resolution.kind === 'global') b.emit('LdaUndefined');
      else {
        b.setExpressionPosition(node.start);
        g.loadReference(ref);
      }
      return;
    }
    case 'ThisExpression': return g.loadReference(g.referenceOf(node));
    case 'TemplateLiteral': return visitTemplateLiteral(g, node);
    case 'TaggedTemplateExpression': return visitTaggedTemplate(g, node);
    case 'ArrayExpression': return visitArrayLiteral(g, node);
    case 'ObjectExpression': return visitObjectLiteral(g, node);
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return g.emitCreateClosure(g.compileNested(node, nameHint));
    case 'ClassExpression': return g.visitClass(node, nameHint);
    case 'UnaryExpression': return visitUnary(g, node);
    case 'UpdateExpression': return visitUpdate(g, node);
    case 'BinaryExpression': return visitBinary(g, node);
    case 'LogicalExpression': return visitLogical(g, node);
    case 'ConditionalExpression': {
      const elseLabel = new Label();
      const done = new Label();
      visitConditionJumpIfFalse(g, node.test, elseLabel);
      g.visitExpression(node.consequent);
      b.emit('Jump', done);
      b.bind(elseLabel);
      g.visitExpression(node.alternate);
      b.bind(done);
      return;
    }
    case 'AssignmentExpression': return visitAssignment(g, node);
    case 'SequenceExpression':
      node.expressions.forEach((e: EsNode, i: number) => (i < node.expressions.length - 1 ? visitForEffect(g, e) : g.visitExpression(e)));
      return;
    case 'MemberExpression': return visitMemberLoad(g, node);
    case 'ChainExpression': return emitOptionalChain(g, node.expression);
    case 'CallExpression': return visitCall(g, node);
    case 'NewExpression': return visitNew(g, node);
    case 'YieldExpression': return node.delegate ? g.emitYieldStar(node) : g.emitYield(node);
    case 'AwaitExpression': return g.emitAwait(node);
    case 'MetaProperty':
      if (node.meta.name === 'new') return g.loadReference(g.referenceOf(node));
      return g.emitImportMeta();
    case 'ImportExpression': return g.emitDynamicImport(node);
    case 'ParenthesizedExpression': return g.visitExpression(node.expression, nameHint);
    case 'TSAsExpression': case 'TSNonNullExpression': case 'TSSatisfiesExpression': case 'TSTypeAssertion':
      return g.visitExpression(node.expression, nameHint);
    default:
      g.unsupported(`expression ${node.type}`, node);
  }
}

function visitLiteral(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  if (node.regex) {
    const k = b.addConstant({ kind: 'regexp', pattern: node.regex.pattern, flags: node.regex.flags });
    b.emit('CreateRegExpLiteral', k, b.addSlot('literal'), 0);
    return;
  }
  if (node.bigint !== undefined) {
    b.emit('LdaConstant', b.addConstant({ kind: 'bigint', value: String(node.bigint) }));
    return;
  }
  const v = node.value;
  if (typeof v === 'number') emitNumber(g, v);
  else if (typeof v === 'string') b.emit('LdaConstant', b.stringConstant(v));
  else if (v === true) b.emit('LdaTrue');
  else if (v === false) b.emit('LdaFalse');
  else if (v === null) b.emit('LdaNull');
  else g.unsupported('literal', node);
}

function visitTemplateLiteral(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const quasis = node.quasis as EsNode[];
  const cooked = (q: EsNode) => q.value.cooked as string;
  if (node.expressions.length === 0) {
    b.emit('LdaConstant', b.stringConstant(cooked(quasis[0]!)));
    return;
  }
  g.withTemps(() => {
    const acc = g.newRegister();
    let started = false;
    const append = () => {
      if (started) b.emit('Add', acc, b.addSlot('binaryOp'));
      b.emit('Star', acc);
      started = true;
    };
    // Left to right: "q0" + ToString(e0) + "q1" + ... (empty quasis skipped).
    if (cooked(quasis[0]!) !== '') {
      b.emit('LdaConstant', b.stringConstant(cooked(quasis[0]!)));
      b.emit('Star', acc);
      started = true;
    }
    (node.expressions as EsNode[]).forEach((e, i) => {
      g.visitExpression(e);
      b.emit('ToString');
      if (started) {
        b.emit('Add', acc, b.addSlot('binaryOp'));
      }
      b.emit('Star', acc);
      started = true;
      const q = cooked(quasis[i + 1]!);
      if (q !== '') {
        b.emit('LdaConstant', b.stringConstant(q));
        append();
      }
    });
    b.emit('Ldar', acc);
  });
}

function visitUnary(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const arg = node.argument;
  switch (node.operator) {
    case '-': {
      const n = numericLiteral(node);
      if (n !== null && g.program.options.foldConstants !== false) return emitNumber(g, n);
      g.visitExpression(arg);
      b.emit('Negate', b.addSlot('binaryOp'));
      return;
    }
    case '+':
      g.visitExpression(arg);
      b.emit('ToNumber', b.addSlot('binaryOp'));
      return;
    case '~':
      g.visitExpression(arg);
      b.emit('BitwiseNot', b.addSlot('binaryOp'));
      return;
    case '!':
      g.visitExpression(arg);
      b.emit(producesBoolean(arg) ? 'LogicalNot' : 'ToBooleanLogicalNot');
      return;
    case 'void':
      if (arg.type !== 'Literal') g.visitExpression(arg);
      b.emit('LdaUndefined');
      return;
    case 'typeof':
      g.visitExpression(arg);
      b.emit('TypeOf', b.addSlot('typeOf'));
      return;
    case 'delete': return visitDelete(g, node, arg);
  }
  g.unsupported(`unary ${node.operator}`, node);
}

function visitDelete(g: FunctionGenerator, node: EsNode, arg: EsNode): void {
  const b = g.b;
  while (arg.type === 'ParenthesizedExpression') arg = arg.expression;
  if (arg.type === 'ChainExpression' && arg.expression.type === 'MemberExpression') {
    // delete a?.b: a nullish base short-circuits the whole chain to true.
    const member = arg.expression;
    const nullish = new Label();
    const done = new Label();
    const saved = g.optionalChainNull;
    g.optionalChainNull = nullish;
    g.withTemps(() => {
      const obj = g.visitToRegister(member.object);
      if (member.optional) b.emit('JumpIfUndefinedOrNull', nullish);
      emitDeleteProperty(g, node, member, obj);
    });
    g.optionalChainNull = saved;
    b.emit('Jump', done);
    b.bind(nullish);
    b.emit('LdaTrue');
    b.bind(done);
    return;
  }
  if (arg.type === 'MemberExpression') {
    if (arg.object.type === 'Super') {
      loadSuperBase(g, arg);
      if (arg.computed) g.visitExpression(arg.property);
      g.callRuntime('ThrowUnsupportedSuperError', []);
      return;
    }
    g.withTemps(() => emitDeleteProperty(g, node, arg, g.visitToRegister(arg.object)));
    return;
  }
  if (arg.type === 'Identifier') {
    const ref = g.referenceOf(arg);
    const res = ref.resolution;
    if (res.kind === 'global' || res.kind === 'dynamic' || (res.kind === 'binding' && (res.binding.location.kind === 'global' || res.binding.location.kind === 'eval-var'))) {
      b.emit('DeleteLookupSlot', g.name(arg.name));
    } else {
      b.emit('LdaFalse');
    }
    return;
  }
  g.visitExpression(arg);
  b.emit('LdaTrue');
}

/** acc := delete obj[key of member] (strict: TypeError on a non-configurable property). */
function emitDeleteProperty(g: FunctionGenerator, node: EsNode, member: EsNode, obj: number): void {
  const b = g.b;
  if (member.computed) g.visitExpression(member.property);
  else b.emit('LdaConstant', g.name(memberKeyName(member)));
  b.setExpressionPosition(node.start);
  b.emit(g.info.strict ? 'DeletePropertyStrict' : 'DeletePropertySloppy', obj);
}



function visitBinary(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const op: string = node.operator;
  if (node.left.type === 'PrivateIdentifier') {
    // #x in o
    g.withTemps(() => {
      const obj = g.visitToRegister(node.right);
      g.loadReference(g.referenceOf(node.left));
      const name = g.accToRegister();
      g.callRuntime('PrivateIn', [obj, name]);
    });
    return;
  }
  const fold = g.program.options.foldConstants !== false;
  if (fold && op in BINARY_OPS) {
    const v = constantNumber(node);
    if (v !== null) return emitNumber(g, v);
    if (op === '+' && node.left.type === 'Literal' && node.right.type === 'Literal' && typeof node.left.value === 'string' && typeof node.right.value === 'string') {
      b.emit('LdaConstant', b.stringConstant(node.left.value + node.right.value));
      return;
    }
  }
  // typeof x === 'literal' → TestTypeOf.
  if ((op === '===' || op === '!==') && node.left.type === 'UnaryExpression' && node.left.operator === 'typeof' && node.right.type === 'Literal') {
    const index = (TYPEOF_LITERALS as readonly unknown[]).indexOf(node.right.value);
    if (index >= 0) {
      g.visitExpression(node.left.argument);
      b.emit('TestTypeOf', index);
      if (op === '!==') b.emit('LogicalNot');
      return;
    }
  }
  if (op in BINARY_OPS) {
    const r = numericLiteral(node.right);
    if (r !== null && isSmi(r) && node.right.type === 'Literal') {
      g.visitExpression(node.left);
      b.setExpressionPosition(node.start);
      b.emit(SMI_OPS[op]!, r, b.addSlot('binaryOp'));
      return;
    }
    g.withTemps(() => {
      const left = g.visitToOperandRegister(node.left, cannotAssign(node.right));
      g.visitExpression(node.right);
      b.setExpressionPosition(node.start);
      b.emit(BINARY_OPS[op]!, left, b.addSlot('binaryOp'));
    });
    return;
  }
  if ((op === '===' || op === '!==') && node.right.type === 'Literal' && (node.right.value === null || node.right.raw === 'undefined')) {
    g.visitExpression(node.left);
    b.emit(node.right.value === null ? 'TestNull' : 'TestUndefined');
    if (op === '!==') b.emit('LogicalNot');
    return;
  }
  g.withTemps(() => {
    const left = g.visitToOperandRegister(node.left, cannotAssign(node.right));
    g.visitExpression(node.right);
    b.setExpressionPosition(node.start);
    if (op in COMPARE_OPS) {
      b.emit(COMPARE_OPS[op]!, left, b.addSlot('compareOp'));
      if (op === '!=' || op === '!==') b.emit('LogicalNot');
    } else if (op === 'instanceof') b.emit('TestInstanceOf', left, b.addSlot('instanceOf'));
    else if (op === 'in') b.emit('TestIn', left, b.addSlot('hasProperty'));
    else g.unsupported(`binary ${op}`, node);
  });
}

function visitLogical(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const done = new Label();
  g.visitExpression(node.left);
  if (node.operator === '&&') b.emit(producesBoolean(node.left) ? 'JumpIfFalse' : 'JumpIfToBooleanFalse', done);
  else if (node.operator === '||') b.emit(producesBoolean(node.left) ? 'JumpIfTrue' : 'JumpIfToBooleanTrue', done);
  else {
    const right = new Label();
    b.emit('JumpIfUndefinedOrNull', right);
    b.emit('Jump', done);
    b.bind(right);
  }
  g.visitExpression(node.right);
  b.bind(done);
}

/** Jump to `target` when `node` is falsy; fall through otherwise. */
export function visitConditionJumpIfFalse(g: FunctionGenerator, node: EsNode, target: Label): void {
  const b = g.b;
  if (node.type === 'LogicalExpression' && node.operator === '&&') {
    visitConditionJumpIfFalse(g, node.left, target);
    visitConditionJumpIfFalse(g, node.right, target);
    return;
  }
  if (node.type === 'LogicalExpression' && node.operator === '||') {
    const ok = new Label();
    visitConditionJumpIfTrue(g, node.left, ok);
    visitConditionJumpIfFalse(g, node.right, target);
    b.bind(ok);
    return;
  }
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    visitConditionJumpIfTrue(g, node.argument, target);
    return;
  }
  g.visitExpression(node);
  b.emit(producesBoolean(node) ? 'JumpIfFalse' : 'JumpIfToBooleanFalse', target);
}

/** Jump to `target` when `node` is truthy; fall through otherwise. */
export function visitConditionJumpIfTrue(g: FunctionGenerator, node: EsNode, target: Label): void {
  const b = g.b;
  if (node.type === 'LogicalExpression' && node.operator === '||') {
    visitConditionJumpIfTrue(g, node.left, target);
    visitConditionJumpIfTrue(g, node.right, target);
    return;
  }
  if (node.type === 'LogicalExpression' && node.operator === '&&') {
    const no = new Label();
    visitConditionJumpIfFalse(g, node.left, no);
    visitConditionJumpIfTrue(g, node.right, target);
    b.bind(no);
    return;
  }
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    visitConditionJumpIfFalse(g, node.argument, target);
    return;
  }
  g.visitExpression(node);
  b.emit(producesBoolean(node) ? 'JumpIfTrue' : 'JumpIfToBooleanTrue', target);
}

// ── Assignment targets ─────────────────────────────────────────────────────────────────────

/** A resolved simple assignment target: load/store the current value with the object and key evaluated once. */
export interface Target {
  load(): void;
  /** Store acc; acc is preserved. */
  store(): void;
}

export function prepareTarget(g: FunctionGenerator, node: EsNode): Target {
  const b = g.b;
  while (node.type === 'ParenthesizedExpression' || node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression' || node.type === 'TSSatisfiesExpression') node = node.expression;
  if (node.type === 'Identifier') {
    const ref = g.referenceOf(node);
    const res = ref.resolution;
    if (res.kind === 'dynamic' || (res.kind === 'binding' && res.binding.location.kind === 'eval-var')) {
      // A dynamic reference is resolved before the right-hand side runs (which may delete a with
      // object's property or declare an eval var of the same name): the holder is kept.
      const name = g.newRegister();
      b.emit('LdaConstant', g.name(node.name));
      b.emit('Star', name);
      g.callRuntime('ResolveLookupSlot', [name]);
      const holder = g.accToRegister();
      const strict = g.newRegister();
      b.emit(ref.strict ? 'LdaTrue' : 'LdaFalse');
      b.emit('Star', strict);
      return {
        load: () => g.callRuntime('LoadLookupHolder', [holder, name, strict]),
        store: () => {
          const v = g.accToRegister();
          g.callRuntime('StoreLookupHolder', [holder, name, v, strict]);
          b.emit('Ldar', v);
        },
      };
    }
    return { load: () => g.loadReference(ref), store: () => g.storeReference(ref) };
  }
  if (node.type === 'MemberExpression') {
    if (node.object.type === 'Super') {
      const base = loadSuperBase(g, node);
      let key: number;
      if (node.computed) {
        g.visitExpression(node.property);
        key = g.accToRegister();
      } else {
        b.emit('LdaConstant', g.name(memberKeyName(node)));
        key = g.accToRegister();
      }
      // MakeSuperPropertyReference: GetSuperBase now; ToPropertyKey waits for GetValue (a
      // compound assignment converts once, keeping the key) or PutValue (after the right side).
      superBase(g, base);
      return {
        load: () => {
          if (node.computed) {
            b.emit('Ldar', key);
            b.emit('ToName');
            b.emit('Star', key);
          }
          g.callRuntime('LoadSuperKeyed', [base.receiver, base.home, key]);
        },
        store: () => {
          const v = g.accToRegister();
          g.callRuntime('StoreSuperKeyed', [base.receiver, base.home, key, v]);
          b.emit('Ldar', v);
        },
      };
    }
    const obj = g.visitToRegister(node.object);
    if (node.property.type === 'PrivateIdentifier') {
      g.loadReference(g.referenceOf(node.property));
      const name = g.accToRegister();
      return {
        load: () => g.callRuntime('PrivateGet', [obj, name]),
        store: () => {
          const v = g.accToRegister();
          g.callRuntime('PrivateSet', [obj, name, v]);
          b.emit('Ldar', v);
        },
      };
    }
    if (!node.computed) {
      const name = g.name(memberKeyName(node));
      return {
        load: () => b.emit('GetNamedProperty', obj, name, b.addSlot('loadProperty')),
        store: () => b.emit('SetNamedProperty', obj, name, b.addSlot('storeProperty')),
      };
    }
    g.visitExpression(node.property);
    const key = g.accToRegister();
    return {
      // GetValue converts the key once (ToPropertyKey) and the reference keeps it for PutValue:
      // `o[k]++` and `o[k] += v` call k's toString once. A plain `o[k] = v` converts at the store.
      load: () => {
        // (A null or undefined base throws before the key is converted.)
        const nullish = new Label();
        b.emit('Ldar', obj);
        b.emit('JumpIfUndefinedOrNull', nullish);
        b.emit('Ldar', key);
        b.emit('ToName');
        b.emit('Star', key);
        b.bind(nullish);
        b.emit('Ldar', key);
        b.emit('GetKeyedProperty', obj, b.addSlot('loadKeyed'));
      },
      store: () => b.emit('SetKeyedProperty', obj, key, b.addSlot('storeKeyed')),
    };
  }
  if (node.type === 'CallExpression') {
    // Annex B (web compatibility): `f() = v`, `f() += v`, `f()++` parse in sloppy code; the call
    // is evaluated, then the assignment throws a ReferenceError before the value is.
    g.visitExpression(node);
    g.callRuntime('ThrowInvalidAssignmentTarget', []);
    return { load: () => {}, store: () => {} };
  }
  g.unsupported(`assignment target ${node.type}`, node);
}

function visitAssignment(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const op: string = node.operator;
  const left = node.left;
  if (op === '=' && (left.type === 'ObjectPattern' || left.type === 'ArrayPattern')) {
    g.visitExpression(node.right);
    g.withTemps(() => {
      const value = g.accToRegister();
      g.assignPattern(left, value);
      b.emit('Ldar', value);
    });
    return;
  }
  const hint = left.type === 'Identifier' && isAnonymousDefinition(node.right) ? left.name : null;
  g.withTemps(() => {
    const target = prepareTarget(g, left);
    if (op === '=') {
      g.visitExpression(node.right, hint);
      b.setExpressionPosition(node.start);
      target.store();
      return;
    }
    if (op === '&&=' || op === '||=' || op === '??=') {
      const done = new Label();
      target.load();
      if (op === '&&=') b.emit('JumpIfToBooleanFalse', done);
      else if (op === '||=') b.emit('JumpIfToBooleanTrue', done);
      else {
        const assign = new Label();
        b.emit('JumpIfUndefinedOrNull', assign);
        b.emit('Jump', done);
        b.bind(assign);
      }
      g.visitExpression(node.right, hint);
      target.store();
      b.bind(done);
      return;
    }
    const binOp = op.slice(0, -1);
    target.load();
    const r = numericLiteral(node.right);
    if (r !== null && isSmi(r) && node.right.type === 'Literal') {
      b.emit(SMI_OPS[binOp]!, r, b.addSlot('binaryOp'));
    } else {
      const current = g.accToRegister();
      g.visitExpression(node.right);
      b.emit(BINARY_OPS[binOp]!, current, b.addSlot('binaryOp'));
    }
    b.setExpressionPosition(node.start);
    target.store();
  });
}

/** Evaluate `node` for its side effects only (acc is left unspecified): `x++` needs no old value. */
export function visitForEffect(g: FunctionGenerator, node: EsNode): void {
  if (node.type === 'UpdateExpression') return visitUpdate(g, node, true);
  if (node.type === 'SequenceExpression') {
    for (const e of node.expressions) visitForEffect(g, e);
    return;
  }
  g.visitExpression(node);
}

function visitUpdate(g: FunctionGenerator, node: EsNode, resultUnused = false): void {
  const b = g.b;
  g.withTemps(() => {
    const target = prepareTarget(g, node.argument);
    target.load();
    b.emit('ToNumeric', b.addSlot('binaryOp'));
    let old = -1;
    if (!node.prefix && !resultUnused) old = g.accToRegister();
    b.emit(node.operator === '++' ? 'Inc' : 'Dec', b.addSlot('binaryOp'));
    target.store();
    if (old >= 0) b.emit('Ldar', old);
  });
}

// ── Literals with boilerplates ─────────────────────────────────────────────────────────────

function constantValue(node: EsNode | null): BoilerplateValue {
  if (node === null) return { kind: 'hole' };
  if (node.type === 'Literal' && !node.regex && node.bigint === undefined) {
    const v = node.value;
    if (typeof v === 'number') return { kind: 'number', value: v };
    if (typeof v === 'string') return { kind: 'string', value: v };
    if (typeof v === 'boolean') return { kind: 'boolean', value: v };
    if (v === null) return { kind: 'null' };
  }
  const n = constantNumber(node);
  if (n !== null) return { kind: 'number', value: n };
  return { kind: 'computed' };
}

function visitArrayLiteral(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const elements = node.elements as (EsNode | null)[];
  const firstSpread = elements.findIndex((e) => e?.type === 'SpreadElement');
  const prefix = firstSpread < 0 ? elements : elements.slice(0, firstSpread);
  g.withTemps(() => {
    if (prefix.length === 0) b.emit('CreateEmptyArrayLiteral', b.addSlot('literal'));
    else {
      const values = prefix.map(constantValue);
      const k = b.addConstant({ kind: 'arrayBoilerplate', boilerplate: { elements: values } });
      b.emit('CreateArrayLiteral', k, b.addSlot('literal'), 0);
    }
    const array = g.accToRegister();
    const index = g.newRegister();
    prefix.forEach((e, i) => {
      if (!e || constantValue(e).kind !== 'computed') return;
      b.emit('LdaSmi', i);
      b.emit('Star', index);
      g.visitExpression(e);
      b.emit('StaInArrayLiteral', array, index, b.addSlot('storeInArrayLiteral'));
    });
    if (firstSpread >= 0) {
      for (const e of elements.slice(firstSpread)) {
        if (e?.type === 'SpreadElement') {
          const value = g.visitToRegister(e.argument);
          g.callRuntime('AppendSpread', [array, value]);
          continue;
        }
        b.emit('GetNamedProperty', array, g.name('length'), b.addSlot('loadProperty'));
        if (e === null) {
          b.emit('AddSmi', 1, b.addSlot('binaryOp'));
          b.emit('SetNamedProperty', array, g.name('length'), b.addSlot('storeProperty'));
          continue;
        }
        b.emit('Star', index);
        g.visitExpression(e);
        b.emit('StaInArrayLiteral', array, index, b.addSlot('storeInArrayLiteral'));
      }
    }
    b.emit('Ldar', array);
  });
}


function visitObjectLiteral(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const props = node.properties as EsNode[];
  // The boilerplate: leading plain `key: value` properties with literal keys, no duplicates.
  const boiler: { key: string; value: BoilerplateValue }[] = [];
  const seen = new Set<string>();
  let i = 0;
  for (; i < props.length; i++) {
    const p = props[i]!;
    if (p.type !== 'Property' || p.kind !== 'init' || p.computed || p.method) break;
    const key = propertyKeyName(p.key);
    if (key === null || seen.has(key) || (key === '__proto__' && !p.shorthand)) break;
    if (isAnonymousDefinition(p.value)) break;
    seen.add(key);
    boiler.push({ key, value: constantValue(p.value) });
  }
  g.withTemps(() => {
    if (boiler.length === 0) b.emit('CreateEmptyObjectLiteral');
    else b.emit('CreateObjectLiteral', b.addConstant({ kind: 'objectBoilerplate', boilerplate: { properties: boiler } }), b.addSlot('literal'), 0);
    const obj = g.accToRegister();
    props.slice(0, i).forEach((p) => {
      if (constantValue(p.value).kind !== 'computed') return;
      g.visitExpression(p.value);
      b.emit('DefineNamedOwnProperty', obj, g.name(propertyKeyName(p.key)!), b.addSlot('defineOwn'));
    });
    for (const p of props.slice(i)) g.withTemps(() => visitObjectProperty(g, obj, p));
    b.emit('Ldar', obj);
  });
}

function visitObjectProperty(g: FunctionGenerator, obj: number, p: EsNode): void {
  const b = g.b;
  if (p.type === 'SpreadElement') {
    const value = g.visitToRegister(p.argument);
    g.callRuntime('CopyDataProperties', [obj, value]);
    return;
  }
  const staticKey = p.computed ? null : propertyKeyName(p.key);
  if (p.kind === 'init' && !p.computed && !p.shorthand && !p.method && staticKey === '__proto__') {
    const value = g.visitToRegister(p.value);
    g.callRuntime('SetPrototypeInLiteral', [obj, value]);
    return;
  }
  let keyReg = -1;
  if (staticKey === null) {
    g.visitExpression(p.key);
    b.emit('ToName');
    keyReg = g.accToRegister();
  }
  const needsHome = p.method || p.kind !== 'init';
  // Methods and accessors show their whole definition (key and `get`/`async`/`*`) in toString.
  if (p.method || p.kind !== 'init') functionSourceRange.set(p.value, { start: p.start, end: p.end });
  const named = staticKey !== null && (needsHome || isAnonymousDefinition(p.value));
  g.visitExpression(p.value, named ? (p.kind === 'init' ? staticKey : `${p.kind} ${staticKey}`) : null);
  if (needsHome) emitSetHomeObjectIfNeeded(g, p.value, obj);
  if (staticKey === null && (isAnonymousDefinition(p.value) || p.kind !== 'init' || p.method)) {
    const fn = g.accToRegister();
    const prefix = g.newRegister();
    if (p.kind === 'init') b.emit('LdaUndefined');
    else b.emit('LdaConstant', g.name(p.kind));
    b.emit('Star', prefix);
    g.callRuntime('SetFunctionName', [fn, keyReg, prefix]);
  }
  if (p.kind === 'get' || p.kind === 'set') {
    const fn = g.accToRegister();
    if (keyReg < 0) {
      b.emit('LdaConstant', g.name(staticKey!));
      keyReg = g.accToRegister();
    }
    const getter = g.newRegister();
    const setter = g.newRegister();
    b.emit('LdaUndefined');
    b.emit('Star', p.kind === 'get' ? setter : getter);
    b.emit('Mov', fn, p.kind === 'get' ? getter : setter);
    g.callRuntime('DefineAccessor', [obj, keyReg, getter, setter]);
    return;
  }
  if (keyReg < 0) b.emit('DefineNamedOwnProperty', obj, g.name(staticKey!), b.addSlot('defineOwn'));
  else b.emit('DefineKeyedOwnProperty', obj, keyReg, b.addSlot('defineOwn'));
}

/** acc holds a method closure: give it [[HomeObject]] `home` if the method uses super. */
export function emitSetHomeObjectIfNeeded(g: FunctionGenerator, fnNode: EsNode, home: number): void {
  const info = g.analysis.functionOf.get(fnNode);
  if (!info?.homeObjectBinding && !info?.usesSuperProperty) return;
  g.withTemps(() => {
    const fn = g.accToRegister();
    g.callRuntime('SetHomeObject', [fn, home]);
  });
}
