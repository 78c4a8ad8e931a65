// Generators, async functions and async generators as resumable frames (V8's scheme).
//
//   offset 0:  SwitchOnGeneratorState gen, K[table], n   ; resuming? restore ctx, jump to K[table+state]
//              <generator object / async function object creation into gen>
//              <prologue, declarations>
//              (generators) initial SuspendGenerator: the call returns the generator object
//   resume k:  ResumeGenerator gen, r0-rN                 ; registers back, acc := the sent value
//              <dispatch on GeneratorGetResumeMode: next → continue, return → return, throw → throw>
//
// On the first call R[gen] is undefined (locals start undefined) and SwitchOnGeneratorState falls
// through. On a resume the runtime enters at offset 0 with R[gen] = the generator object, where
// `gen` is the first operand of that first instruction. Every suspend saves all registers
// (r0 .. frame size - 1).
//
// Async functions (not generators) run their whole body inside a handler that rejects the
// function's promise; `return v` resolves it (AsyncFunctionResolve) and returns the promise.
import type { EsNode, FunctionInfo } from '../scope/types.ts';
import { Label } from './builder.ts';
import type { FunctionGenerator } from './generator.ts';
import { Register } from './opcodes.ts';

const ResumeMode = { next: 0, return: 1, throw: 2 } as const;

/**
 * How a resumable frame starts, awaits and ends. Modules are resumable too (as in V8): the
 * first run instantiates hoisted declarations and suspends (InitializeEnvironment at link time);
 * the evaluation resumes it. A module with top-level await is an async module.
 */
export type ResumableKind = 'generator' | 'async-function' | 'async-generator' | 'module' | 'async-module';

export function resumableKindOf(info: FunctionInfo): ResumableKind | null {
  if (info.kind === 'module') return hasTopLevelAwait(info.node) ? 'async-module' : 'module';
  if (info.isGenerator) return info.isAsync ? 'async-generator' : 'generator';
  return info.isAsync ? 'async-function' : null;
}

function isAsyncKind(kind: ResumableKind | null): boolean {
  return kind === 'async-function' || kind === 'async-generator' || kind === 'async-module';
}

/** Does module code await outside any function (await, for await, await using)? */
export function hasTopLevelAwait(node: EsNode): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const e = n as EsNode;
    if (typeof e.type !== 'string') return;
    if (e.type === 'AwaitExpression' || (e.type === 'ForOfStatement' && e.await) || (e.type === 'VariableDeclaration' && e.kind === 'await using')) {
      found = true;
      return;
    }
    if (/Function/.test(e.type) || e.type === 'StaticBlock') return;
    for (const key of Object.keys(e)) {
      if (key === 'loc' || key === 'range' || key === 'parent') continue;
      if ((e.type === 'MethodDefinition' || e.type === 'PropertyDefinition') && key === 'value') continue;
      visit(e[key]);
    }
  };
  visit(node);
  return found;
}

interface AsyncState {
  tryStart: Label | null;
  context: number;
}
const asyncStates = new WeakMap<FunctionGenerator, AsyncState>();

export function emitGeneratorPrologue(g: FunctionGenerator): void {
  const b = g.b;
  const kind = g.resumableKind;
  const gen = g.newRegister();
  g.generatorRegister = gen;
  const labels = g.resumeLabels;
  // The jump table's size is known only when the function is finished: both operands deferred.
  let tableIndex = -1;
  const table = { deferred: () => (tableIndex < 0 ? (tableIndex = b.addJumpTable(labels)) : tableIndex) };
  b.emit('SwitchOnGeneratorState', gen, table, { deferred: () => labels.length });
  const state: AsyncState = { tryStart: null, context: -1 };
  asyncStates.set(g, state);
  // Generators make their object after FunctionDeclarationInstantiation (EvaluateGeneratorBody:
  // parameter errors throw from the call, and `prototype` is read after the defaults ran): at the
  // initial yield (emitInitialYield).
  if (kind === 'generator' || kind === 'async-generator') return;
  emitCreateResumableObject(g);
}

/** gen := the generator / async function object; async kinds then open the body's rejecting handler. */
function emitCreateResumableObject(g: FunctionGenerator): void {
  const b = g.b;
  const kind = g.resumableKind;
  g.withTemps(() => {
    const args = b.newRegisterList(2);
    b.emit('LdaCurrentClosure');
    b.emit('Star', args);
    b.emit('Ldar', Register.receiver);
    b.emit('Star', args + 1);
    g.callRuntime(kind === 'async-function' || kind === 'async-module' ? 'AsyncFunctionEnter' : 'CreateGeneratorObject', [args, args + 1]);
  });
  b.emit('Star', g.generatorRegister!);
  const state = asyncStates.get(g)!;
  if (isAsyncKind(kind)) {
    state.context = g.saveContextToRegister();
    state.tryStart = new Label();
    b.bind(state.tryStart);
  }
}

/** After the body: the handler that turns an exception into a rejection (async functions). */
export function emitGeneratorEpilogue(g: FunctionGenerator): void {
  const state = asyncStates.get(g);
  if (!state?.tryStart) return;
  const b = g.b;
  const end = new Label();
  const handler = new Label();
  b.bind(end);
  b.bind(handler);
  b.addHandler(state.tryStart, end, handler, state.context, 'asyncAwait');
  g.withTemps(() => {
    const reason = g.accToRegister();
    g.callRuntime(g.resumableKind === 'async-generator' ? 'AsyncGeneratorReject' : 'AsyncFunctionReject', [g.generatorRegister!, reason]);
  });
  b.emit('Return');
}

/** Return the value in acc from a generator/async frame. */
export function emitGeneratorReturn(g: FunctionGenerator): void {
  const b = g.b;
  const kind = g.resumableKind;
  const gen = g.generatorRegister!;
  if (kind === 'module') {
    b.emit('Return');
    return;
  }
  if (kind === 'async-function' || kind === 'async-module') {
    g.callRuntimeWithAcc('AsyncFunctionResolve', [gen]);
    b.emit('Return');
    return;
  }
  g.withTemps(() => {
    const value = g.accToRegister();
    if (kind === 'async-generator') {
      const done = g.newRegister();
      b.emit('LdaTrue');
      b.emit('Star', done);
      g.callRuntime('AsyncGeneratorResolve', [gen, value, done]);
    } else {
      g.callRuntime('GeneratorClose', [gen]);
      const done = g.newRegister();
      b.emit('LdaTrue');
      b.emit('Star', done);
      g.callRuntime('CreateIterResultObject', [value, done]);
    }
  });
  b.emit('Return');
}

/** Suspend with acc as the frame's result; on resume the sent value and the resume mode are in registers. */
function emitSuspend(g: FunctionGenerator): { mode: number; input: number } {
  const b = g.b;
  const gen = g.generatorRegister;
  if (gen === null) g.unsupported('await or yield outside an async function or generator (top-level await)', g.info.node);
  const id = g.resumeLabels.length;
  const resume = new Label();
  g.resumeLabels.push(resume);
  b.emit('SuspendGenerator', gen, Register.local(0), b.frameSizeOperand, id);
  b.bind(resume);
  b.emit('ResumeGenerator', gen, Register.local(0), b.frameSizeOperand);
  const input = g.accToRegister();
  g.callRuntime('GeneratorGetResumeMode', [gen]);
  const mode = g.accToRegister();
  return { mode, input };
}

/** Dispatch after a yield: next → acc is the sent value; return → return it; throw → throw it. */
function emitResumeDispatch(g: FunctionGenerator, mode: number, input: number, initial = false): void {
  const b = g.b;
  const notReturn = new Label();
  const notThrow = new Label();
  b.emit('LdaSmi', ResumeMode.return);
  b.emit('TestReferenceEqual', mode);
  b.emit('JumpIfFalse', notReturn);
  b.emit('Ldar', input);
  // Async generators: AsyncGeneratorUnwrapYieldResumption awaits a return resumption's value.
  // (Never at the initial suspend: a return request before the start completes the generator.)
  if (g.resumableKind === 'async-generator' && !initial) emitAwaitAcc(g);
  g.emitJump('return', null);
  b.bind(notReturn);
  b.emit('LdaSmi', ResumeMode.throw);
  b.emit('TestReferenceEqual', mode);
  b.emit('JumpIfFalse', notThrow);
  b.emit('Ldar', input);
  b.emit('Throw');
  b.bind(notThrow);
  b.emit('Ldar', input);
}

export function emitInitialYield(g: FunctionGenerator): void {
  const b = g.b;
  if (g.resumableKind === 'async-function') return;
  if (g.resumableKind === 'generator' || g.resumableKind === 'async-generator') emitCreateResumableObject(g);
  b.emit('Ldar', g.generatorRegister!);
  g.withTemps(() => {
    const { mode, input } = emitSuspend(g);
    emitResumeDispatch(g, mode, input, true);
  });
}

/** acc := Await(acc). */
export function emitAwaitAcc(g: FunctionGenerator): void {
  const b = g.b;
  if (!isAsyncKind(g.resumableKind)) g.unsupported('await outside an async function', g.info.node);
  g.withTemps(() => {
    g.callRuntimeWithAcc(g.resumableKind === 'async-generator' ? 'AsyncGeneratorAwait' : 'AsyncFunctionAwait', [g.generatorRegister!]);
    const { mode, input } = emitSuspend(g);
    const ok = new Label();
    b.emit('LdaSmi', ResumeMode.throw);
    b.emit('TestReferenceEqual', mode);
    b.emit('JumpIfFalse', ok);
    b.emit('Ldar', input);
    b.emit('ReThrow');
    b.bind(ok);
    b.emit('Ldar', input);
  });
}

export function emitAwait(g: FunctionGenerator, node: EsNode): void {
  g.visitExpression(node.argument);
  g.b.setExpressionPosition(node.start);
  g.emitAwaitAcc();
}

export function emitYield(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  if (node.argument) g.visitExpression(node.argument);
  else b.emit('LdaUndefined');
  b.setExpressionPosition(node.start);
  // Yield in an async generator: AsyncGeneratorYield(? Await(value)).
  if (g.resumableKind === 'async-generator') emitAwaitAcc(g);
  g.withTemps(() => {
    const value = g.accToRegister();
    if (g.resumableKind === 'async-generator') g.callRuntime('AsyncGeneratorYield', [g.generatorRegister!, value]);
    else {
      const done = g.newRegister();
      b.emit('LdaFalse');
      b.emit('Star', done);
      g.callRuntime('CreateIterResultObject', [value, done]);
    }
    const { mode, input } = emitSuspend(g);
    emitResumeDispatch(g, mode, input);
  });
}

/** yield* iterable: forward next/throw/return to the inner iterator until it is done. */
export function emitYieldStar(g: FunctionGenerator, node: EsNode): void {
  const b = g.b;
  const async = g.resumableKind === 'async-generator';
  g.withTemps(() => {
    const subject = g.visitToRegister(node.argument);
    const record = g.emitGetIterator(subject, async);
    const received = g.newRegister();
    const mode = g.newRegister();
    const result = g.newRegister();
    const method = g.newRegister();
    b.emit('LdaUndefined');
    b.emit('Star', received);
    b.emit('LdaSmi', ResumeMode.next);
    b.emit('Star', mode);
    const header = new Label();
    const call = new Label();
    const exit = new Label();
    b.bind(header);
    // method := next / throw / return of the inner iterator.
    const notNext = new Label();
    const notThrow = new Label();
    b.emit('LdaSmi', ResumeMode.next);
    b.emit('TestReferenceEqual', mode);
    b.emit('JumpIfFalse', notNext);
    b.emit('Mov', record.next, method);
    b.emit('Jump', call);
    b.bind(notNext);
    b.emit('LdaSmi', ResumeMode.throw);
    b.emit('TestReferenceEqual', mode);
    b.emit('JumpIfFalse', notThrow);
    b.emit('GetNamedProperty', record.iterator, g.name('throw'), b.addSlot('loadProperty'));
    b.emit('Star', method);
    // GetMethod: null counts as absent.
    const noThrow = new Label();
    b.emit('JumpIfUndefinedOrNull', noThrow);
    b.emit('Jump', call);
    b.bind(noThrow);
    g.emitIteratorClose(record.iterator, async);
    b.emit('LdaConstant', g.name('The iterator does not provide a \'throw\' method'));
    b.emit('Star', result);
    g.callRuntime('ThrowTypeError', [result]);
    b.bind(notThrow);
    b.emit('GetNamedProperty', record.iterator, g.name('return'), b.addSlot('loadProperty'));
    b.emit('Star', method);
    const hasReturn = new Label();
    const noReturn = new Label();
    b.emit('JumpIfUndefinedOrNull', noReturn);
    b.emit('Jump', hasReturn);
    b.bind(noReturn);
    b.emit('Ldar', received);
    if (async) g.emitAwaitAcc();
    g.emitJump('return', null);
    b.bind(hasReturn);
    b.bind(call);
    g.withTemps(() => {
      const list = b.newRegisterList(2);
      b.emit('Mov', record.iterator, list);
      b.emit('Mov', received, list + 1);
      b.emit('CallProperty', method, list, 2, b.addSlot('call'));
    });
    if (async) g.emitAwaitAcc();
    b.emit('Star', result);
    const isObject = new Label();
    b.emit('JumpIfJSReceiver', isObject);
    g.callRuntime('ThrowIteratorResultNotAnObject', [result]);
    b.bind(isObject);
    b.emit('GetNamedProperty', result, g.name('done'), b.addSlot('loadProperty'));
    const notDone = new Label();
    b.emit('JumpIfToBooleanFalse', notDone);
    b.emit('GetNamedProperty', result, g.name('value'), b.addSlot('loadProperty'));
    b.emit('Star', received);
    b.emit('LdaSmi', ResumeMode.return);
    b.emit('TestReferenceEqual', mode);
    b.emit('JumpIfFalse', exit);
    b.emit('Ldar', received);
    if (async) g.emitAwaitAcc();
    g.emitJump('return', null);
    b.bind(notDone);
    if (async) {
      b.emit('GetNamedProperty', result, g.name('value'), b.addSlot('loadProperty'));
      b.emit('Star', method);
      g.callRuntime('AsyncGeneratorYield', [g.generatorRegister!, method]);
    } else {
      b.emit('Ldar', result);
    }
    const resumed = emitSuspend(g);
    if (async) {
      // AsyncGeneratorUnwrapYieldResumption: a return resumption's value is awaited.
      const notReturn = new Label();
      b.emit('LdaSmi', ResumeMode.return);
      b.emit('TestReferenceEqual', resumed.mode);
      b.emit('JumpIfFalse', notReturn);
      b.emit('Ldar', resumed.input);
      g.emitAwaitAcc();
      b.emit('Star', resumed.input);
      b.bind(notReturn);
    }
    b.emit('Mov', resumed.input, received);
    b.emit('Mov', resumed.mode, mode);
    b.emit('JumpLoop', header, g.loopDepth + 1);
    b.bind(exit);
    b.emit('Ldar', received);
  });
}
