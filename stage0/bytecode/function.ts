// BytecodeFunction: the host-side descriptor the generator produces for each function (V8's
// SharedFunctionInfo + BytecodeArray + feedback metadata). The image writer turns these into heap
// objects; the disassembler and verifier read them. Plain data: no methods, deterministic.
import type { FeedbackSlotKind } from './opcodes.ts';

export type BytecodeFunctionKind =
  | 'script' | 'module' | 'eval' | 'normal' | 'arrow' | 'method' | 'getter' | 'setter'
  | 'class-constructor' | 'instance-fields-initializer' | 'static-initializer';

/** A scope descriptor (V8 ScopeInfo): what a context created for a scope holds, by name. */
export interface ScopeInfoDescriptor {
  scopeType: string;
  strict: boolean;
  /** Context slot i (after the header) holds the binding named names[i]. */
  names: string[];
  /** Which of those are immutable (const-like) / need a hole check on dynamic lookup. */
  modes: ('var' | 'let' | 'const')[];
  /** A sloppy-eval var target: the context may grow an extension object. */
  hasExtension: boolean;
  /** The parameter scope of a function whose parameters contain expressions (eval there may not declare `arguments`). */
  parameterScope?: boolean;
  /** The scope of a class field initialiser function (eval there may not name `arguments`). */
  fieldInitializer?: boolean;
}

export interface ArrayBoilerplate {
  /** Constant elements; 'computed' slots are filled by stores after the copy; 'hole' is an elision. */
  elements: BoilerplateValue[];
}

export interface ObjectBoilerplate {
  /** The leading plain data properties with literal keys, in order. Values may be 'computed'. */
  properties: { key: string; value: BoilerplateValue }[];
}

export type BoilerplateValue =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'undefined' }
  | { kind: 'hole' }
  | { kind: 'computed' };

export interface GlobalDeclarations {
  /** Names the runtime must declare as global functions (the closures are in `functions`). */
  functions: { name: string; closure: number }[];
  vars: string[];
  /** Annex B.3.2.2 function names declared only when definable. */
  lexicals: { name: string; isConst: boolean }[];
}

/** A method/accessor of a class, as DefineClass installs it (fields and private members are not listed). */
export interface ClassElementDescriptor {
  isStatic: boolean;
  kind: 'method' | 'getter' | 'setter';
  /** The literal key, or null when computed (then the key precedes the closure in the argument list). */
  key: string | null;
}

export type ConstantEntry =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'bigint'; value: string }
  | { kind: 'function'; fn: BytecodeFunction }
  | { kind: 'scopeInfo'; info: ScopeInfoDescriptor }
  | { kind: 'templateObject'; raw: string[]; cooked: (string | null)[] }
  | { kind: 'arrayBoilerplate'; boilerplate: ArrayBoilerplate }
  | { kind: 'objectBoilerplate'; boilerplate: ObjectBoilerplate }
  | { kind: 'regexp'; pattern: string; flags: string }
  | { kind: 'globalDeclarations'; declarations: GlobalDeclarations }
  /**
   * DefineClass's element list. The last `instanceFieldKeys` arguments of DefineClass are the
   * instance initialiser's arguments: non-literal field names (computed keys, private names) in
   * order, then the private method names to brand instances with.
   */
  | { kind: 'classBoilerplate'; elements: ClassElementDescriptor[]; instanceFieldKeys: number }
  /** An entry of a jump table (SwitchOnSmi, SwitchOnGeneratorState): an absolute bytecode offset. */
  | { kind: 'jumpTarget'; offset: number };

/** What a handler catches for (V8's HandlerTable::CatchPrediction). */
export type CatchPrediction = 'caught' | 'uncaught' | 'promise' | 'asyncAwait';

export interface HandlerTableEntry {
  /** [start, end) bytecode offsets of the protected range. */
  start: number;
  end: number;
  handler: number;
  /** Register holding the context to restore before running the handler. */
  contextRegister: number;
  prediction: CatchPrediction;
}

export interface SourcePosition {
  bytecodeOffset: number;
  sourceOffset: number;
  isStatement: boolean;
}

export interface BytecodeFunctionFlags {
  strict: boolean;
  isGenerator: boolean;
  isAsync: boolean;
  isArrow: boolean;
  isClassConstructor: boolean;
  isDerivedConstructor: boolean;
  /** The class constructor runs an instance fields initialiser. */
  requiresInstanceFieldsInitializer: boolean;
  hasSimpleParameterList: boolean;
  hasDirectEval: boolean;
}

export interface BytecodeFunction {
  name: string;
  kind: BytecodeFunctionKind;
  /** Source range of the function in the script. */
  sourceStart: number;
  sourceEnd: number;
  /**
   * Formal parameters before a rest parameter (argument registers a0 .. a(n-1)); the receiver is
   * not counted. CreateRestParameter collects the arguments from this index on.
   */
  parameterCount: number;
  /**
   * Sloppy functions with a simple parameter list and an arguments object: the context slot
   * (of the function context) each formal parameter aliases, -1 when a later duplicate wins.
   * CreateMappedArguments maps index i < length of this list to that slot. Null otherwise.
   */
  mappedParameterSlots: number[] | null;
  /** The function's `length` (ExpectedArgumentCount). */
  length: number;
  /** Local registers r0 .. r(registerCount-1). */
  registerCount: number;
  bytecode: Uint8Array;
  constantPool: ConstantEntry[];
  feedbackSlots: FeedbackSlotKind[];
  handlerTable: HandlerTableEntry[];
  sourcePositions: SourcePosition[];
  /** Scope info of the function's own context (null without a function context). */
  scopeInfo: ScopeInfoDescriptor | null;
  flags: BytecodeFunctionFlags;
}
