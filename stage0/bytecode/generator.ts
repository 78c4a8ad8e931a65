// The bytecode generator's core: one FunctionGenerator per function (V8's BytecodeGenerator).
// It owns the builder, the register and context bookkeeping, variable access by Location (from
// the scope analysis, docs/scopes.md), the control-flow stack (break/continue/return through
// finally blocks, context pops, iterator closing), the function prologue and the dispatch to the
// family files:
//
//   generator-expressions.ts  literals, operators, calls, property access, templates, optional chains
//   generator-statements.ts   blocks, declarations, control flow, try/catch/finally, with, for-in/of
//   generator-functions.ts    closures, the prologue (parameters, arguments, declaration instantiation)
//   generator-classes.ts      classes, fields, private names, super
//   generator-patterns.ts     destructuring (binding and assignment), iterator protocol helpers
//   generator-async.ts        generators, async functions, async generators, yield*, await
//   generator-modules.ts      import/export, import.meta, dynamic import
//   generator-util.ts         pure helpers (the bottom of the import graph)
//
// Family files import this file's types only and call each other through the FunctionGenerator's
// delegating methods below (only expressions → calls is a direct import), so the generator's
// import graph has no cycles.
import type { Binding, EsNode, FunctionInfo, Reference, Scope, ScopeAnalysis } from '../scope/types.ts';
import { BytecodeArrayBuilder, Label } from './builder.ts';
import type { BytecodeFunction, BytecodeFunctionKind, ScopeInfoDescriptor } from './function.ts';
import { Register } from './opcodes.ts';
import { RuntimeId, type RuntimeFunctionName } from './runtime-functions.ts';
import { functionSourceRange } from './generator-util.ts';
import * as asyncFamily from './generator-async.ts';
import * as classes from './generator-classes.ts';
import * as expressions from './generator-expressions.ts';
import * as functions from './generator-functions.ts';
import * as modules from './generator-modules.ts';
import * as patterns from './generator-patterns.ts';
import * as statements from './generator-statements.ts';

/** Raised for a construct the generator does not compile yet; never a crash. */
export class NotSupportedError extends Error {
  readonly construct: string;
  readonly sourceOffset: number;
  constructor(construct: string, sourceOffset: number) {
    super(`not supported yet: ${construct}`);
    this.name = 'SyntaxError';
    this.construct = construct;
    this.sourceOffset = sourceOffset;
  }
}

export interface GeneratorOptions {
  /** Fold constant operands (`1 + 2`) at compile time. Default true. */
  foldConstants?: boolean;
}

/** Shared by every FunctionGenerator of one program. */
export interface ProgramContext {
  analysis: ScopeAnalysis;
  options: GeneratorOptions;
}

/** Entries of the control stack, innermost last. */
export type ControlEntry =
  | { kind: 'breakable'; labels: string[]; breakLabel: Label; continueLabel: Label | null; isLoop: boolean; loopDepth: number }
  /** A pushed context: leaving it restores `savedRegister`. */
  | { kind: 'context'; savedRegister: number }
  /** An open iterator (for-of, destructuring): leaving by break/return closes it. */
  | { kind: 'iterator'; iteratorRegister: number; async: boolean; loop: ControlEntry | null; doneRegister?: number }
  /** A try/finally: abrupt exits record a command and jump to the finally block. */
  | { kind: 'finally'; tokenRegister: number; resultRegister: number; finallyLabel: Label; commands: FinallyCommand[] };

/** A deferred control transfer resumed after a finally block. */
export interface FinallyCommand {
  token: number;
  kind: 'break' | 'continue' | 'return';
  target: ControlEntry | null;
}

export class FunctionGenerator {
  readonly b: BytecodeArrayBuilder;
  readonly control: ControlEntry[] = [];
  /** Script/eval completion value register (null in functions). */
  completionRegister: number | null = null;
  /** Generators, async functions and modules run in resumable frames (generator-async.ts). */
  resumableKind: asyncFamily.ResumableKind | null;
  /** The generator object register (generators and async functions). */
  generatorRegister: number | null = null;
  /** Resume points, indexed by suspend id. */
  readonly resumeLabels: Label[] = [];
  /** Current loop nesting depth (JumpLoop operand). */
  loopDepth = 0;
  /** The DisposeCapability register of the innermost scope with `using` declarations. */
  disposableStack: number | null = null;
  /** Where a nullish optional-chain link jumps (null outside a chain). */
  optionalChainNull: Label | null = null;
  private readonly scopeInfoCache = new Map<Scope, number>();

  readonly program: ProgramContext;
  readonly info: FunctionInfo;

  constructor(program: ProgramContext, info: FunctionInfo) {
    this.program = program;
    this.info = info;
    this.b = new BytecodeArrayBuilder(info.registerCount);
    this.resumableKind = asyncFamily.resumableKindOf(info);
  }

  get analysis(): ScopeAnalysis {
    return this.program.analysis;
  }

  unsupported(construct: string, node: EsNode): never {
    throw new NotSupportedError(construct, node.start);
  }

  // ── Registers ──────────────────────────────────────────────────────────────────────────────

  /** Run `body` and release the temporaries it allocated. */
  withTemps<T>(body: () => T): T {
    const mark = this.b.registerMark();
    try {
      return body();
    } finally {
      this.b.releaseRegisters(mark);
    }
  }

  newRegister(): number {
    return this.b.newRegister();
  }

  /** acc → a new temporary register. */
  accToRegister(): number {
    const r = this.b.newRegister();
    this.b.emit('Star', r);
    return r;
  }

  visitExpression(node: EsNode, nameHint: string | null = null): void {
    expressions.visitExpression(this, node, nameHint);
  }

  /**
   * The register already holding `node`'s value, when it is a local or parameter binding that
   * needs no hole check (so the caller can use it as an operand without a copy), else null.
   * Callers must make sure nothing evaluated afterwards can assign the variable.
   */
  registerOf(node: EsNode): number | null {
    if (node.type !== 'Identifier') return null;
    const ref = this.analysis.referenceOf.get(node)?.[0];
    if (!ref || ref.resolution.kind !== 'binding' || ref.resolution.needsTdzCheck) return null;
    const loc = ref.resolution.binding.location;
    if (loc.kind === 'register') return Register.local(loc.index);
    if (loc.kind === 'parameter') return Register.argument(loc.index);
    return null;
  }

  visitForEffect(node: EsNode): void {
    expressions.visitForEffect(this, node);
  }

  /** Evaluate into a register: the variable's own register when `stable` allows, else a temporary. */
  visitToOperandRegister(node: EsNode, stable: boolean): number {
    const own = stable ? this.registerOf(node) : null;
    return own ?? this.visitToRegister(node);
  }

  /** Evaluate into a (new temporary) register. */
  visitToRegister(node: EsNode): number {
    this.visitExpression(node);
    return this.accToRegister();
  }

  visitStatement(node: EsNode): void {
    statements.visitStatement(this, node);
  }

  // ── Cross-family entry points (see the header) ─────────────────────────────────────────────

  visitConditionJumpIfFalse(node: EsNode, target: Label): void {
    expressions.visitConditionJumpIfFalse(this, node, target);
  }
  prepareTarget(node: EsNode): expressions.Target {
    return expressions.prepareTarget(this, node);
  }
  emitSetHomeObjectIfNeeded(fnNode: EsNode, home: number): void {
    expressions.emitSetHomeObjectIfNeeded(this, fnNode, home);
  }
  bindPattern(target: EsNode, mode: 'init' | 'assign'): void {
    patterns.bindPattern(this, target, mode);
  }
  assignPattern(pattern: EsNode, value: number): void {
    patterns.assignPattern(this, pattern, value);
  }
  emitGetIterator(subject: number, async: boolean): statements.IteratorRecord {
    return statements.emitGetIterator(this, subject, async);
  }
  emitIteratorStep(record: statements.IteratorRecord, done: Label): void {
    statements.emitIteratorStep(this, record, done);
  }
  emitDeclarations(scope: Scope): void {
    functions.emitDeclarations(this, scope);
  }
  visitClass(node: EsNode, nameHint: string | null): void {
    classes.visitClass(this, node, nameHint);
  }
  emitClassInitializerBody(): void {
    classes.emitClassInitializerBody(this);
  }
  /** Does this class constructor run InitializeInstanceElements (fields or private methods)? */
  constructorInitializesInstance(info: FunctionInfo): boolean {
    return classes.constructorInitializesInstance(this, info);
  }
  emitFieldsInitializerCall(): void {
    classes.emitFieldsInitializerCall(this);
  }
  emitAwaitAcc(): void {
    asyncFamily.emitAwaitAcc(this);
  }
  emitAwait(node: EsNode): void {
    asyncFamily.emitAwait(this, node);
  }
  emitYield(node: EsNode): void {
    asyncFamily.emitYield(this, node);
  }
  emitYieldStar(node: EsNode): void {
    asyncFamily.emitYieldStar(this, node);
  }
  emitInitialYield(): void {
    asyncFamily.emitInitialYield(this);
  }
  visitModuleDeclaration(node: EsNode): void {
    modules.visitModuleDeclaration(this, node);
  }
  emitImportMeta(): void {
    modules.emitImportMeta(this);
  }
  emitDynamicImport(node: EsNode): void {
    modules.emitDynamicImport(this, node);
  }

  /** Enter a block-like scope: its context (if any), then its declaration instantiation. */
  enterBlockScope(scope: Scope | undefined): boolean {
    if (!scope) return false;
    const entered = this.enterScopeContext(scope);
    this.emitDeclarations(scope);
    return entered;
  }

  visitStatements(list: EsNode[]): void {
    for (const s of list) this.visitStatement(s);
  }

  /** A block's / body's statements, inside a disposal scope when they declare `using` bindings. */
  visitStatementList(list: EsNode[]): void {
    statements.visitStatementList(this, list);
  }

  callRuntime(name: RuntimeFunctionName, args: number[]): void {
    this.withTemps(() => {
      if (args.length === 0) {
        this.b.emit('CallRuntime', RuntimeId[name], 0, 0);
        return;
      }
      const first = this.contiguous(args);
      this.b.emit('CallRuntime', RuntimeId[name], first, args.length);
    });
  }

  /** acc := Runtime[name](...leading, acc): the accumulator goes straight into the argument list. */
  callRuntimeWithAcc(name: RuntimeFunctionName, leading: number[]): void {
    this.withTemps(() => {
      const first = this.b.newRegisterList(leading.length + 1);
      this.b.emit('Star', first + leading.length);
      leading.forEach((r, i) => this.b.emit('Mov', r, first + i));
      this.b.emit('CallRuntime', RuntimeId[name], first, leading.length + 1);
    });
  }

  /** The registers as one consecutive list: moved into fresh temporaries unless already consecutive. */
  contiguous(regs: number[]): number {
    const consecutive = regs.every((r, i) => r === regs[0]! + i) && (regs[0]! >= 0 || regs[regs.length - 1]! < 0);
    if (consecutive) return regs[0]!;
    const first = this.b.newRegisterList(regs.length);
    regs.forEach((r, i) => this.b.emit('Mov', r, first + i));
    return first;
  }

  // ── Names and constants ────────────────────────────────────────────────────────────────────

  name(value: string): number {
    return this.b.stringConstant(value);
  }

  referenceOf(node: EsNode): Reference {
    const refs = this.analysis.referenceOf.get(node);
    if (!refs || refs.length === 0) this.unsupported(`unresolved reference ${node.name ?? node.type}`, node);
    return refs[0]!;
  }

  scopeInfoConstant(scope: Scope): number {
    const cached = this.scopeInfoCache.get(scope);
    if (cached !== undefined) return cached;
    const index = this.b.addConstant({ kind: 'scopeInfo', info: scopeInfoOf(scope) });
    this.scopeInfoCache.set(scope, index);
    return index;
  }

  // ── Contexts ───────────────────────────────────────────────────────────────────────────────

  /** Create and enter the context of `scope` if it needs one (pairs with leaveScopeContext). */
  enterScopeContext(scope: Scope | null | undefined): boolean {
    if (!scope || !scope.needsContext) return false;
    const info = this.scopeInfoConstant(scope);
    if (scope.kind === 'function' || scope.kind === 'arrow' || scope.kind === 'body') {
      this.b.emit('CreateFunctionContext', info, scope.contextSlots.length);
    } else if (scope.kind === 'eval') {
      this.b.emit('CreateEvalContext', info, scope.contextSlots.length);
    } else {
      this.b.emit('CreateBlockContext', info);
    }
    this.pushContextFromAcc();
    return true;
  }

  /** acc holds a new context: enter it, remembering the current one. */
  pushContextFromAcc(): void {
    const saved = this.b.newRegister();
    this.b.emit('PushContext', saved);
    this.control.push({ kind: 'context', savedRegister: saved });
  }

  leaveScopeContext(entered: boolean): void {
    if (!entered) return;
    const top = this.control.pop();
    if (top?.kind !== 'context') throw new Error('context stack out of step');
    this.b.emit('PopContext', top.savedRegister);
  }

  /** The register to save the current context into (for handler entries). */
  saveContextToRegister(): number {
    const r = this.b.newRegister();
    this.b.emit('LdaContext');
    this.b.emit('Star', r);
    return r;
  }

  // ── Variables ──────────────────────────────────────────────────────────────────────────────

  /** acc := value of the reference (with TDZ check and typeof semantics). */
  loadReference(ref: Reference): void {
    const res = ref.resolution;
    if (res.kind === 'global') {
      const slot = this.b.addSlot(ref.isTypeofOperand ? 'loadGlobalInsideTypeof' : 'loadGlobal');
      this.b.emit(ref.isTypeofOperand ? 'LdaGlobalInsideTypeof' : 'LdaGlobal', this.name(ref.name), slot);
      return;
    }
    if (res.kind === 'dynamic') {
      this.b.emit(ref.isTypeofOperand ? 'LdaLookupSlotInsideTypeof' : 'LdaLookupSlot', this.name(ref.name));
      return;
    }
    if (res.kind !== 'binding') throw new Error(`unresolved reference ${ref.name}`);
    this.loadBinding(res.binding, res.hops);
    if (res.needsTdzCheck) this.emitHoleCheck(res.binding);
  }

  emitHoleCheck(binding: Binding): void {
    if (binding.kind === 'this') this.b.emit('ThrowSuperNotCalledIfHole');
    else this.b.emit('ThrowReferenceErrorIfHole', this.name(binding.name));
  }

  /** acc := the binding's value, `hops` contexts up for context-like locations. */
  loadBinding(binding: Binding, hops: number): void {
    const loc = binding.location;
    this.checkFrameLocal(binding);
    switch (loc.kind) {
      case 'register': this.b.emit('Ldar', Register.local(loc.index)); return;
      case 'parameter': this.b.emit('Ldar', Register.argument(loc.index)); return;
      case 'context': case 'script-context':
        if (hops === 0) this.b.emit('LdaCurrentContextSlot', loc.slot);
        else this.b.emit('LdaContextSlot', loc.slot, hops);
        return;
      case 'global': {
        const slot = this.b.addSlot('loadGlobal');
        this.b.emit('LdaGlobal', this.name(binding.name), slot);
        return;
      }
      case 'module-cell': this.b.emit('LdaModuleVariable', loc.index + 1, hops); return;
      case 'module-import': this.b.emit('LdaModuleVariable', -(loc.index + 1), hops); return;
      case 'eval-var': this.b.emit('LdaLookupSlot', this.name(binding.name)); return;
      case 'global-this': this.b.emit('LdaGlobalThis'); return;
      case 'undefined': this.b.emit('LdaUndefined'); return;
      case 'unallocated': throw new Error(`unallocated binding ${binding.name}`);
    }
  }

  /** A register or argument binding can only be reached from its own function's frame. */
  private checkFrameLocal(binding: Binding): void {
    const k = binding.location.kind;
    if ((k === 'register' || k === 'parameter') && binding.scope.func !== this.info) {
      this.unsupported(`a ${binding.kind} binding used from another function but not context-allocated by the scope analysis`, this.info.node);
    }
  }

  /** binding := acc (no checks). */
  storeBinding(binding: Binding, hops: number): void {
    const loc = binding.location;
    this.checkFrameLocal(binding);
    switch (loc.kind) {
      case 'register': this.b.emit('Star', Register.local(loc.index)); return;
      case 'parameter': this.b.emit('Star', Register.argument(loc.index)); return;
      case 'context': case 'script-context':
        if (hops === 0) this.b.emit('StaCurrentContextSlot', loc.slot);
        else this.b.emit('StaContextSlot', loc.slot, hops);
        return;
      case 'global': {
        const slot = this.b.addSlot('storeGlobal');
        this.b.emit('StaGlobal', this.name(binding.name), slot);
        return;
      }
      case 'module-cell': this.b.emit('StaModuleVariable', loc.index + 1, hops); return;
      case 'eval-var': this.b.emit('StaLookupSlot', this.name(binding.name), binding.scope.strict ? 1 : 0); return;
      default: throw new Error(`cannot store to ${loc.kind} binding ${binding.name}`);
    }
  }

  /**
   * reference := acc, with the checks an assignment needs: TDZ, immutable bindings (TypeError in
   * strict code and for const; ignored for a sloppy function self-name), and dynamic/global stores.
   * `init` references initialise without checks. acc is preserved.
   */
  storeReference(ref: Reference): void {
    const res = ref.resolution;
    if (res.kind === 'global') {
      const slot = this.b.addSlot('storeGlobal');
      this.b.emit('StaGlobal', this.name(ref.name), slot);
      return;
    }
    if (res.kind === 'dynamic') {
      this.b.emit('StaLookupSlot', this.name(ref.name), ref.strict ? 1 : 0);
      return;
    }
    if (res.kind !== 'binding') throw new Error(`unresolved reference ${ref.name}`);
    const binding = res.binding;
    if (ref.kind === 'init') {
      this.storeBinding(binding, res.hops);
      return;
    }
    const immutable = binding.immutable || binding.location.kind === 'module-import';
    if (res.needsTdzCheck || immutable) {
      this.withTemps(() => {
        const value = this.accToRegister();
        if (res.needsTdzCheck) {
          this.loadBinding(binding, res.hops);
          this.emitHoleCheck(binding);
        }
        if (immutable) {
          if (binding.kind === 'function-self-name' && !ref.strict) {
            this.b.emit('Ldar', value);
            return;
          }
          const nameReg = this.newRegister();
          this.b.emit('LdaConstant', this.name(binding.name));
          this.b.emit('Star', nameReg);
          this.callRuntime('ThrowConstAssignError', [nameReg]);
          return;
        }
        this.b.emit('Ldar', value);
        this.storeBinding(binding, res.hops);
      });
      return;
    }
    this.storeBinding(binding, res.hops);
  }

  /** Store acc into a binding at its own scope (declaration instantiation, hops 0). */
  initBindingHere(binding: Binding): void {
    this.storeBinding(binding, 0);
  }

  // ── Control flow ───────────────────────────────────────────────────────────────────────────

  /**
   * Leave to `target` (a breakable entry, or null for return): pops contexts, closes iterators
   * and routes through finally blocks on the way. For returns, acc holds the value.
   */
  emitJump(kind: 'break' | 'continue' | 'return', target: ControlEntry | null): void {
    const stop = target === null ? -1 : this.control.indexOf(target);
    let valueRegister: number | null = null;
    for (let i = this.control.length - 1; i > stop; i--) {
      const entry = this.control[i]!;
      if (entry.kind === 'context') {
        // A return discards the frame: only break/continue need the outer context back.
        if (kind !== 'return') this.b.emit('PopContext', entry.savedRegister);
      } else if (entry.kind === 'iterator') {
        if (kind === 'continue' && entry.loop === target) continue;
        if (kind === 'return' && valueRegister === null) valueRegister = this.accToRegister();
        if (entry.doneRegister !== undefined) {
          // A destructuring pattern (left by a generator's return resumption inside it): close
          // only an iterator that is not done, and mark it done first (the pattern's handler
          // must not close it again if return() throws).
          const skip = new Label();
          this.b.emit('Ldar', entry.doneRegister);
          this.b.emit('JumpIfTrue', skip);
          this.b.emit('LdaTrue');
          this.b.emit('Star', entry.doneRegister);
          this.emitIteratorClose(entry.iteratorRegister, entry.async);
          this.b.bind(skip);
        } else {
          this.emitIteratorClose(entry.iteratorRegister, entry.async);
        }
      } else if (entry.kind === 'finally') {
        if (kind === 'return') {
          if (valueRegister !== null) this.b.emit('Ldar', valueRegister);
          this.b.emit('Star', entry.resultRegister);
        }
        const token = entry.commands.length;
        entry.commands.push({ token, kind, target });
        this.b.emit('LdaSmi', token);
        this.b.emit('Star', entry.tokenRegister);
        this.b.emit('Jump', entry.finallyLabel);
        return;
      }
    }
    if (kind === 'return') {
      if (valueRegister !== null) this.b.emit('Ldar', valueRegister);
      this.emitReturnFromFunction();
      return;
    }
    const t = target as Extract<ControlEntry, { kind: 'breakable' }>;
    const label = kind === 'break' ? t.breakLabel : t.continueLabel!;
    this.b.emit('Jump', label);
  }

  /** The actual function exit for a return value in acc (generators/async resolve first). */
  emitReturnFromFunction(): void {
    if (this.resumableKind !== null) asyncFamily.emitGeneratorReturn(this);
    else if (this.info.kind === 'class-constructor' && this.info.classConstructorKind === 'derived') this.emitDerivedReturn();
    else this.b.emit('Return');
  }

  /** Derived constructors return `this` (checked) unless the value is an object. */
  /**
   * A derived constructor returns its value, except that undefined becomes the this binding
   * (possibly still the hole). The [[Construct]] sequence, outside this frame and its handlers,
   * then throws: ReferenceError for the hole, TypeError for a non-object (spec [[Construct]]
   * steps 10-12), so a try/catch in the constructor cannot catch those errors.
   */
  private emitDerivedReturn(): void {
    const done = new Label();
    this.b.emit('JumpIfNotUndefined', done);
    // Without a this binding nothing can have called super(): `this` is still uninitialised.
    const thisBinding = this.info.thisBinding;
    if (thisBinding) this.loadBinding(thisBinding, this.contextsAboveFunctionContext());
    else this.b.emit('LdaTheHole');
    this.b.bind(done);
    this.b.emit('Return');
  }

  /** The control-stack entry of the function's own context (set by the prologue). */
  functionContextEntry: ControlEntry | null = null;

  /** Contexts pushed since the function's own context (its hops from the current context). */
  private contextsAboveFunctionContext(): number {
    const from = this.functionContextEntry ? this.control.indexOf(this.functionContextEntry) + 1 : 0;
    return this.control.slice(from).filter((e) => e.kind === 'context').length;
  }

  /** IteratorClose / AsyncIteratorClose for a normal completion (break, continue out, return). */
  emitIteratorClose(iteratorRegister: number, async: boolean): void {
    if (!async) {
      this.callRuntime('IteratorClose', [iteratorRegister]);
      return;
    }
    // AsyncIteratorClose: the runtime calls return() (the hole when there is none); await it.
    const done = new Label();
    this.callRuntime('AsyncIteratorClose', [iteratorRegister]);
    this.b.emit('JumpIfHole', done);
    this.emitAwaitAcc();
    this.b.emit('JumpIfJSReceiver', done);
    this.withTemps(() => {
      const result = this.accToRegister();
      this.callRuntime('ThrowIteratorResultNotAnObject', [result]);
    });
    this.b.bind(done);
  }

  findBreakTarget(label: string | null, node: EsNode): ControlEntry {
    for (let i = this.control.length - 1; i >= 0; i--) {
      const e = this.control[i]!;
      if (e.kind !== 'breakable') continue;
      if (label === null ? e.isLoop || e.labels.includes('<switch>') : e.labels.includes(label)) return e;
    }
    this.unsupported(`break target ${label ?? ''}`, node);
  }

  findContinueTarget(label: string | null, node: EsNode): ControlEntry {
    for (let i = this.control.length - 1; i >= 0; i--) {
      const e = this.control[i]!;
      if (e.kind === 'breakable' && e.isLoop && (label === null || e.labels.includes(label))) return e;
    }
    this.unsupported(`continue target ${label ?? ''}`, node);
  }

  /** Run `body` inside a breakable entry; binds the break label after it. */
  breakable(labels: string[], isLoop: boolean, continueLabel: Label | null, body: (entry: ControlEntry) => void): void {
    const entry: ControlEntry = { kind: 'breakable', labels, breakLabel: new Label(), continueLabel, isLoop, loopDepth: this.loopDepth };
    this.control.push(entry);
    body(entry);
    this.control.pop();
    this.b.bind(entry.breakLabel);
  }

  // ── Functions ──────────────────────────────────────────────────────────────────────────────

  /** Compile a nested function node; returns its constant-pool index. */
  compileNested(node: EsNode, nameHint: string | null): number {
    const info = this.analysis.functionOf.get(node);
    if (!info) this.unsupported(`function without scope info (${node.type})`, node);
    const fn = generateFunction(this.program, info, nameHint);
    return this.b.addConstant({ kind: 'function', fn });
  }

  /** Compile a nested synthetic function (class initialisers) from its FunctionInfo. */
  compileNestedInfo(info: FunctionInfo, nameHint: string | null): number {
    const fn = generateFunction(this.program, info, nameHint);
    return this.b.addConstant({ kind: 'function', fn });
  }

  /** acc := a new closure of the function constant `index`. */
  emitCreateClosure(index: number): void {
    this.b.emit('CreateClosure', index, this.b.addSlot('closure'), 0);
  }

  finish(name: string): BytecodeFunction {
    const built = this.b.finish();
    const info = this.info;
    return {
      name,
      kind: info.kind as BytecodeFunctionKind,
      sourceStart: functionSourceRange.get(info.node)?.start ?? info.node.start,
      sourceEnd: functionSourceRange.get(info.node)?.end ?? info.node.end,
      parameterCount: info.kind === 'instance-fields-initializer' || info.kind === 'static-initializer'
        ? classes.initializerArgumentCount(this, info)
        : info.kind === 'script' || info.kind === 'module' || info.kind === 'eval' ? 0 : info.params.length - (info.hasRestParameter ? 1 : 0),
      mappedParameterSlots: info.argumentsObject === 'mapped' ? mappedParameterSlots(info) : null,
      length: info.expectedArgumentCount,
      registerCount: built.registerCount,
      bytecode: built.bytecode,
      constantPool: this.b.constantPool,
      feedbackSlots: this.b.feedbackSlots,
      handlerTable: built.handlerTable,
      sourcePositions: built.sourcePositions,
      scopeInfo: info.scope.needsContext ? scopeInfoOf(info.scope) : null,
      flags: {
        strict: info.strict,
        isGenerator: info.isGenerator,
        isAsync: info.isAsync || this.resumableKind === 'async-module',
        isArrow: info.isArrow,
        isClassConstructor: info.kind === 'class-constructor',
        isDerivedConstructor: info.classConstructorKind === 'derived',
        requiresInstanceFieldsInitializer: this.constructorInitializesInstance(info),
        hasSimpleParameterList: info.hasSimpleParameterList,
        hasDirectEval: info.hasDirectEval,
      },
    };
  }
}

/** For a mapped arguments object: the context slot aliased by each formal parameter (-1: none). */
function mappedParameterSlots(info: FunctionInfo): number[] {
  return info.params.map((_, i) => {
    const binding = info.paramBindings.find((p) => p.parameterIndex === i);
    return binding && binding.location.kind === 'context' ? binding.location.slot : -1;
  });
}

export function scopeInfoOf(scope: Scope): ScopeInfoDescriptor {
  return {
    scopeType: scope.kind,
    strict: scope.strict,
    names: scope.contextSlots.map((b) => b.name),
    modes: scope.contextSlots.map((b) => (b.immutable ? 'const' : b.hasTdz ? 'let' : 'var')),
    hasExtension: scope.sloppyEvalVarTarget || scope.kind === 'with',
    ...(scope.kind === 'function' && scope.func.hasParameterExpressions ? { parameterScope: true } : {}),
    ...(scope.kind === 'function' && (scope.func.kind === 'instance-fields-initializer' || scope.func.kind === 'static-initializer')
      ? { fieldInitializer: true } : {}),
  };
}

/** Generate one function (recursively its nested functions). */
export function generateFunction(program: ProgramContext, info: FunctionInfo, nameHint: string | null): BytecodeFunction {
  const g = new FunctionGenerator(program, info);
  if (g.resumableKind !== null) asyncFamily.emitGeneratorPrologue(g);
  functions.emitPrologue(g);
  if (g.resumableKind !== null) asyncFamily.emitGeneratorEpilogue(g);
  // The hint is the NamedEvaluation / method name (only passed for anonymous definitions and
  // methods, with get/set prefixes), so it wins over the scope analysis's own name.
  return g.finish(nameHint ?? info.name ?? '');
}

/** Generate the top-level function of a program (script, module or eval code). */
export function generateProgram(analysis: ScopeAnalysis, options: GeneratorOptions = {}): BytecodeFunction {
  const program: ProgramContext = { analysis, options };
  return generateFunction(program, analysis.topFunction, analysis.topFunction.kind === 'module' ? '<module>' : analysis.topFunction.kind === 'eval' ? '<eval>' : '<script>');
}
