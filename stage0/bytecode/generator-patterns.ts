// Destructuring: binding patterns (declarations, parameters, catch, for-in/of heads) and
// assignment patterns share one path. Object patterns read properties by name or computed key
// (RequireObjectCoercible first), with rest via CopyDataPropertiesExcluding; array patterns drive
// the iterator protocol and close the iterator when the pattern finishes before the iterator is
// done, or when binding throws (IteratorClose on abrupt completion, ignoring the close's own
// error then).
//
// Evaluation order: a member-expression target in an assignment pattern has its object and key
// evaluated before the value is fetched (the iterator stepped, the property read), and its key
// converted when the value is stored, as the spec orders them.
import type { EsNode } from '../scope/types.ts';
import { Label } from './builder.ts';
import type { FunctionGenerator } from './generator.ts';
import { isAnonymousDefinition, propertyKeyName } from './generator-util.ts';
import { RuntimeId, type RuntimeFunctionName } from './runtime-functions.ts';

/** Bind or assign the value in acc to `target` ('init': declarations; 'assign': assignment/var). */
export function bindPattern(g: FunctionGenerator, target: EsNode, _mode: 'init' | 'assign'): void {
  const b = g.b;
  switch (target.type) {
    case 'Identifier':
      g.storeReference(g.referenceOf(target));
      return;
    case 'ObjectPattern': case 'ObjectExpression':
    case 'ArrayPattern': case 'ArrayExpression':
      g.withTemps(() => {
        const value = g.accToRegister();
        g.assignPattern(target, value);
      });
      return;
    case 'MemberExpression': case 'ParenthesizedExpression': case 'TSAsExpression': case 'TSNonNullExpression':
      g.withTemps(() => {
        const value = g.accToRegister();
        const t = g.prepareTarget(target);
        b.emit('Ldar', value);
        t.store();
      });
      return;
    case 'AssignmentPattern': {
      const done = new Label();
      b.emit('JumpIfNotUndefined', done);
      g.visitExpression(target.right, target.left.type === 'Identifier' && isAnonymousDefinition(target.right) ? target.left.name : null);
      b.bind(done);
      g.bindPattern(target.left, _mode);
      return;
    }
    case 'CallExpression':
      // Annex B: `for (f() in o)` / `for (f() of a)`: the call runs, then a ReferenceError.
      g.withTemps(() => {
        g.accToRegister();
        g.visitExpression(target);
        g.callRuntime('ThrowInvalidAssignmentTarget', []);
      });
      return;
    default:
      g.unsupported(`binding target ${target.type}`, target);
  }
}

/** A member-expression target (possibly parenthesised), whose reference is evaluated before its value. */
function memberTarget(target: EsNode | null): boolean {
  let t = target;
  while (t && (t.type === 'ParenthesizedExpression' || t.type === 'TSAsExpression' || t.type === 'TSNonNullExpression')) t = t.expression;
  return !!t && t.type === 'MemberExpression';
}

/** The target of an element (the left side of a default). */
function elementTarget(e: EsNode): EsNode {
  return e.type === 'AssignmentPattern' ? e.left : e;
}

/** Stores acc (after the element's default, if any) through a target prepared earlier. */
function storePrepared(g: FunctionGenerator, e: EsNode, t: { store(): void }): void {
  if (e.type === 'AssignmentPattern') {
    const done = new Label();
    g.b.emit('JumpIfNotUndefined', done);
    g.visitExpression(e.right);
    g.b.bind(done);
  }
  t.store();
}

/** Destructure the value in register `value` into `pattern`. */
export function assignPattern(g: FunctionGenerator, pattern: EsNode, value: number): void {
  if (pattern.type === 'ObjectPattern' || pattern.type === 'ObjectExpression') emitObjectPattern(g, pattern, value);
  else if (pattern.type === 'ArrayPattern' || pattern.type === 'ArrayExpression') emitArrayPattern(g, pattern, value);
  else {
    g.b.emit('Ldar', value);
    g.bindPattern(pattern, 'assign');
  }
}

function emitRequireObjectCoercible(g: FunctionGenerator, value: number): void {
  const b = g.b;
  const bad = new Label();
  const ok = new Label();
  b.emit('Ldar', value);
  b.emit('JumpIfUndefinedOrNull', bad);
  b.emit('Jump', ok);
  b.bind(bad);
  g.callRuntime('ThrowPatternNotCoercible', [value]);
  b.bind(ok);
}

function emitObjectPattern(g: FunctionGenerator, pattern: EsNode, value: number): void {
  const b = g.b;
  const props = pattern.properties as EsNode[];
  const hasRest = props.some((p) => p.type === 'RestElement' || p.type === 'SpreadElement');
  emitRequireObjectCoercible(g, value);
  g.withTemps(() => {
    const keys: number[] = [];
    for (const p of props) {
      if (p.type === 'RestElement' || p.type === 'SpreadElement') {
        g.withTemps(() => {
          const list = b.newRegisterList(keys.length + 1);
          b.emit('Mov', value, list);
          keys.forEach((k, i) => b.emit('Mov', k, list + 1 + i));
          b.emit('CallRuntime', runtimeId('CopyDataPropertiesExcluding'), list, keys.length + 1);
        });
        g.bindPattern(p.argument, 'assign');
        continue;
      }
      const staticKey = p.computed ? null : propertyKeyName(p.key);
      let key = -1;
      if (staticKey !== null) {
        if (hasRest) {
          b.emit('LdaConstant', g.name(staticKey));
          keys.push(g.accToRegister());
        }
      } else {
        g.visitExpression(p.key);
        b.emit('ToName');
        key = g.accToRegister();
        if (hasRest) keys.push(key);
      }
      // A member target's reference comes after the property name, before the property is read.
      const prepared = memberTarget(elementTarget(p.value)) ? g.prepareTarget(elementTarget(p.value)) : null;
      if (staticKey !== null) b.emit('GetNamedProperty', value, g.name(staticKey), b.addSlot('loadProperty'));
      else {
        b.emit('Ldar', key);
        b.emit('GetKeyedProperty', value, b.addSlot('loadKeyed'));
      }
      if (prepared) storePrepared(g, p.value, prepared);
      else g.bindPattern(p.value, 'assign');
    }
  });
}

function runtimeId(name: RuntimeFunctionName): number {
  return RuntimeId[name];
}

function emitArrayPattern(g: FunctionGenerator, pattern: EsNode, value: number): void {
  const b = g.b;
  g.withTemps(() => {
    const record = g.emitGetIterator(value, false);
    const done = g.newRegister();
    const context = g.saveContextToRegister();
    const element = g.newRegister();
    b.emit('LdaFalse');
    b.emit('Star', done);
    const tryStart = new Label();
    const tryEnd = new Label();
    const handler = new Label();
    const finished = new Label();
    b.bind(tryStart);
    // A return resumption of a `yield` inside the pattern closes the iterator (emitJump).
    const control = { kind: 'iterator' as const, iteratorRegister: record.iterator, async: false, loop: null, doneRegister: done };
    g.control.push(control);
    for (const e of pattern.elements as (EsNode | null)[]) {
      if (e && e.type === 'RestElement') {
        emitArrayRest(g, record, done, e);
        continue;
      }
      // A member target's reference is evaluated before the iterator is stepped.
      const prepared = e && memberTarget(elementTarget(e)) ? g.prepareTarget(elementTarget(e)) : null;
      // element := done ? undefined : IteratorStepValue (done := true while stepping).
      const skip = new Label();
      const exhausted = new Label();
      b.emit('LdaUndefined');
      b.emit('Star', element);
      b.emit('Ldar', done);
      b.emit('JumpIfTrue', skip);
      b.emit('LdaTrue');
      b.emit('Star', done);
      g.emitIteratorStep(record, exhausted);
      b.emit('Star', element);
      b.emit('LdaFalse');
      b.emit('Star', done);
      b.bind(exhausted);
      b.bind(skip);
      if (e) {
        b.emit('Ldar', element);
        if (prepared) storePrepared(g, e, prepared);
        else g.bindPattern(e, 'assign');
      }
    }
    if (g.control.pop() !== control) throw new Error('control stack out of step');
    b.bind(tryEnd);
    b.emit('Jump', finished);
    b.bind(handler);
    b.addHandler(tryStart, tryEnd, handler, context, 'caught');
    const exception = g.accToRegister();
    const rethrow = new Label();
    b.emit('Ldar', done);
    b.emit('JumpIfTrue', rethrow);
    g.callRuntime('IteratorCloseOnThrow', [record.iterator]);
    b.bind(rethrow);
    b.emit('Ldar', exception);
    b.emit('ReThrow');
    b.bind(finished);
    const closed = new Label();
    b.emit('Ldar', done);
    b.emit('JumpIfTrue', closed);
    g.callRuntime('IteratorClose', [record.iterator]);
    b.bind(closed);
  });
}

function emitArrayRest(g: FunctionGenerator, record: { iterator: number; next: number; async: boolean }, done: number, rest: EsNode): void {
  const b = g.b;
  g.withTemps(() => {
    const prepared = memberTarget(rest.argument) ? g.prepareTarget(rest.argument) : null;
    b.emit('CreateEmptyArrayLiteral', b.addSlot('literal'));
    const array = g.accToRegister();
    const index = g.newRegister();
    b.emit('LdaZero');
    b.emit('Star', index);
    const header = new Label();
    const end = new Label();
    b.bind(header);
    b.emit('Ldar', done);
    b.emit('JumpIfTrue', end);
    b.emit('LdaTrue');
    b.emit('Star', done);
    g.emitIteratorStep(record, end);
    b.emit('StaInArrayLiteral', array, index, b.addSlot('storeInArrayLiteral'));
    b.emit('LdaFalse');
    b.emit('Star', done);
    b.emit('Ldar', index);
    b.emit('Inc', b.addSlot('binaryOp'));
    b.emit('Star', index);
    b.emit('JumpLoop', header, g.loopDepth + 1);
    b.bind(end);
    b.emit('Ldar', array);
    if (prepared) prepared.store();
    else g.bindPattern(rest.argument, 'assign');
  });
}
