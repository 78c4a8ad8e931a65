// The opcode table: the single source of truth for Ouro's bytecode (DESIGN §5).
//
// Everything else is derived from BYTECODES: the Opcode numbering (declaration order), the
// encoder (builder.ts), the decoder (decoder.ts), the disassembler, the verifier and the kernel's
// dispatch tables (runtime/generated/bytecodes.ts, written by gen-runtime-table.ts).
//
// Instruction encoding (docs/bytecode.md draws it in full):
//
//   [prefix]  opcode   operand 0   operand 1  ...
//   0 or 1 B   1 B     s bytes     s bytes        s = operand scale: 1, 2 (Wide) or 4 (ExtraWide)
//
// Scalable operands (registers, immediates, indices, slots, jumps) take `s` bytes each, little
// endian; fixed operands (flag, runtime id) keep their own width whatever the prefix. Signed
// kinds (registers, immediates, jump offsets) are two's complement at their width.
//
// Registers: operand value v >= 0 is the local register r<v>; v == -1 is the receiver <this>;
// v == -2 - i is the argument a<i>. Jump offsets are relative to the first byte of the jumping
// instruction (its prefix, if any).
//
// Transfer rules use: acc (the accumulator), R[a] (the register named by operand a), K[i]
// (constant pool entry i), FB[s] (feedback slot s), ctx (the current context).

/** What an operand denotes; the decoder, verifier and disassembler read operands by kind. */
export type OperandKind =
  /** A register read by the instruction. */
  | 'reg'
  /** A register written by the instruction. */
  | 'regOut'
  /** The first register of a run read by the instruction; the next operand is its 'regCount'. */
  | 'regList'
  /** The first register of a run written by the instruction; the next operand is its 'regCount'. */
  | 'regListOut'
  /** The length of the preceding register list. */
  | 'regCount'
  /** A signed immediate integer. */
  | 'imm'
  /** An unsigned immediate (a slot number inside a context, a count, a suspend id). */
  | 'uimm'
  /** An index into the constant pool. */
  | 'const'
  /** An index into the feedback vector. */
  | 'slot'
  /** How many contexts to walk up from the current one. */
  | 'depth'
  /** A signed jump offset relative to the instruction start. */
  | 'jump'
  /** A flag byte (fixed 1 byte). */
  | 'flag'
  /** A runtime function id (fixed 2 bytes), see RUNTIME_FUNCTIONS. */
  | 'runtime';

export type AccumulatorUse = 'none' | 'read' | 'write' | 'readWrite';

export type BytecodeFlag =
  /** Transfers control to its jump operand (or a constant-pool jump table). */
  | 'jump'
  /** Only sometimes jumps: execution may also fall through. */
  | 'conditional'
  /** Never falls through to the next instruction (return, throw, unconditional jump). */
  | 'terminator'
  /** May throw a JavaScript exception. */
  | 'throws'
  /** Calls JavaScript (or a runtime function that may). */
  | 'call'
  /** Suspends the frame (generators, async functions). */
  | 'suspend'
  /** Neither writes memory outside the frame nor observes anything that can change. */
  | 'noSideEffects'
  /** An operand-scaling prefix, not an instruction. */
  | 'prefix';

/** The kind of inline cache or profile a feedback slot holds. */
export type FeedbackSlotKind =
  | 'none'
  | 'binaryOp'
  | 'compareOp'
  | 'typeOf'
  | 'loadProperty'
  | 'loadKeyed'
  | 'storeProperty'
  | 'storeKeyed'
  | 'defineOwn'
  | 'storeInArrayLiteral'
  | 'loadGlobal'
  | 'loadGlobalInsideTypeof'
  | 'storeGlobal'
  | 'call'
  | 'construct'
  | 'instanceOf'
  | 'hasProperty'
  | 'literal'
  | 'closure'
  | 'forIn'
  | 'cloneObject'
  | 'templateObject';

export interface BytecodeSpec {
  readonly operands: readonly OperandKind[];
  readonly acc: AccumulatorUse;
  readonly flags: readonly BytecodeFlag[];
  readonly feedback: FeedbackSlotKind;
  /** The one-line transfer rule. */
  readonly rule: string;
}

// prettier-ignore
export const BYTECODES = {
  // ── Prefixes ──────────────────────────────────────────────────────────────────────────────
  Wide:       { operands: [], acc: 'none', flags: ['prefix'], feedback: 'none', rule: 'scale the next instruction\'s operands to 2 bytes' },
  ExtraWide:  { operands: [], acc: 'none', flags: ['prefix'], feedback: 'none', rule: 'scale the next instruction\'s operands to 4 bytes' },

  // ── Accumulator loads ─────────────────────────────────────────────────────────────────────
  LdaZero:      { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := 0' },
  LdaSmi:       { operands: ['imm'], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := Smi(a)' },
  LdaUndefined: { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := undefined' },
  LdaNull:      { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := null' },
  LdaTheHole:   { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := the hole (uninitialised binding marker)' },
  LdaTrue:      { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := true' },
  LdaFalse:     { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := false' },
  LdaConstant:  { operands: ['const'], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := K[a]' },
  LdaNewTarget: { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := new.target of this frame (undefined for [[Call]])' },
  LdaCurrentClosure: { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := the function object of this frame' },
  LdaContext:   { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := ctx' },
  LdaGlobalThis: { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := the global this value (script top-level this)' },
  LdaHomeObject: { operands: [], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := [[HomeObject]] of this frame\'s function' },

  // ── Register transfers ────────────────────────────────────────────────────────────────────
  Ldar: { operands: ['reg'], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := R[a]' },
  Star: { operands: ['regOut'], acc: 'read', flags: ['noSideEffects'], feedback: 'none', rule: 'R[a] := acc' },
  Mov:  { operands: ['reg', 'regOut'], acc: 'none', flags: ['noSideEffects'], feedback: 'none', rule: 'R[b] := R[a]' },

  // ── Globals (property cells of the global object / script contexts) ──────────────────────
  LdaGlobal:             { operands: ['const', 'slot'], acc: 'write', flags: ['throws'], feedback: 'loadGlobal', rule: 'acc := global K[a] (ReferenceError if unresolvable)' },
  LdaGlobalInsideTypeof: { operands: ['const', 'slot'], acc: 'write', flags: ['throws'], feedback: 'loadGlobalInsideTypeof', rule: 'acc := global K[a], or undefined if unresolvable' },
  StaGlobal:             { operands: ['const', 'slot'], acc: 'read', flags: ['throws'], feedback: 'storeGlobal', rule: 'global K[a] := acc (strictness from the function)' },

  // ── Contexts ──────────────────────────────────────────────────────────────────────────────
  PushContext:            { operands: ['regOut'], acc: 'read', flags: ['noSideEffects'], feedback: 'none', rule: 'R[a] := ctx; ctx := acc' },
  PopContext:             { operands: ['reg'], acc: 'none', flags: ['noSideEffects'], feedback: 'none', rule: 'ctx := R[a]' },
  LdaCurrentContextSlot:  { operands: ['uimm'], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := ctx.slot[a]' },
  LdaContextSlot:         { operands: ['uimm', 'depth'], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := ctx.previous^b.slot[a]' },
  StaCurrentContextSlot:  { operands: ['uimm'], acc: 'read', flags: [], feedback: 'none', rule: 'ctx.slot[a] := acc' },
  StaContextSlot:         { operands: ['uimm', 'depth'], acc: 'read', flags: [], feedback: 'none', rule: 'ctx.previous^b.slot[a] := acc' },
  LdaModuleVariable:      { operands: ['imm', 'depth'], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := module cell a (a > 0: export cell a-1; a < 0: import -a-1) of the module context b up' },
  StaModuleVariable:      { operands: ['imm', 'depth'], acc: 'read', flags: [], feedback: 'none', rule: 'module export cell a-1 of the module context b up := acc' },
  CreateFunctionContext:  { operands: ['const', 'uimm'], acc: 'write', flags: [], feedback: 'none', rule: 'acc := new function context (scope info K[a], b slots) whose previous is ctx' },
  CreateBlockContext:     { operands: ['const'], acc: 'write', flags: [], feedback: 'none', rule: 'acc := new block context (scope info K[a]) whose previous is ctx' },
  CreateWithContext:      { operands: ['reg', 'const'], acc: 'write', flags: ['throws'], feedback: 'none', rule: 'acc := new with context over ToObject(R[a]) (scope info K[b])' },
  CreateEvalContext:      { operands: ['const', 'uimm'], acc: 'write', flags: [], feedback: 'none', rule: 'acc := new eval-var context (scope info K[a], b slots)' },

  // ── Dynamic lookups (with, sloppy direct eval) ────────────────────────────────────────────
  LdaLookupSlot:             { operands: ['const'], acc: 'write', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := lookup K[a] through the context chain (ReferenceError if unresolvable)' },
  LdaLookupSlotInsideTypeof: { operands: ['const'], acc: 'write', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := lookup K[a], or undefined if unresolvable' },
  LdaLookupCallee:           { operands: ['const', 'regOut'], acc: 'write', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := lookup K[a]; R[b] := its with-base object or undefined (the call receiver)' },
  StaLookupSlot:             { operands: ['const', 'flag'], acc: 'read', flags: ['throws', 'call'], feedback: 'none', rule: 'lookup K[a] := acc (b: 1 = strict)' },
  DeleteLookupSlot:          { operands: ['const'], acc: 'write', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := delete K[a] from the binding object found by lookup' },

  // ── Property access ───────────────────────────────────────────────────────────────────────
  GetNamedProperty:          { operands: ['reg', 'const', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'loadProperty', rule: 'acc := R[a][K[b]]' },
  GetKeyedProperty:          { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'loadKeyed', rule: 'acc := R[a][acc]' },
  SetNamedProperty:          { operands: ['reg', 'const', 'slot'], acc: 'read', flags: ['throws', 'call'], feedback: 'storeProperty', rule: 'R[a][K[b]] := acc' },
  SetKeyedProperty:          { operands: ['reg', 'reg', 'slot'], acc: 'read', flags: ['throws', 'call'], feedback: 'storeKeyed', rule: 'R[a][R[b]] := acc' },
  DefineNamedOwnProperty:    { operands: ['reg', 'const', 'slot'], acc: 'read', flags: ['throws'], feedback: 'defineOwn', rule: 'CreateDataPropertyOrThrow(R[a], K[b], acc)' },
  DefineKeyedOwnProperty:    { operands: ['reg', 'reg', 'slot'], acc: 'read', flags: ['throws'], feedback: 'defineOwn', rule: 'CreateDataPropertyOrThrow(R[a], R[b], acc)' },
  StaInArrayLiteral:         { operands: ['reg', 'reg', 'slot'], acc: 'read', flags: [], feedback: 'storeInArrayLiteral', rule: 'array literal R[a][R[b]] := acc' },
  GetNamedPropertyFromSuper: { operands: ['reg', 'const', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'loadProperty', rule: 'acc := (acc.[[GetPrototypeOf]]())[K[b]] with receiver R[a] (acc = home object)' },
  DeletePropertyStrict:      { operands: ['reg'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := delete R[a][acc] (TypeError if non-configurable)' },
  DeletePropertySloppy:      { operands: ['reg'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := delete R[a][acc]' },

  // ── Binary operators: acc := R[a] op acc ──────────────────────────────────────────────────
  Add:               { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] + acc' },
  Sub:               { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] - acc' },
  Mul:               { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] * acc' },
  Div:               { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] / acc' },
  Mod:               { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] % acc' },
  Exp:               { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] ** acc' },
  BitwiseOr:         { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] | acc' },
  BitwiseXor:        { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] ^ acc' },
  BitwiseAnd:        { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] & acc' },
  ShiftLeft:         { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] << acc' },
  ShiftRight:        { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] >> acc' },
  ShiftRightLogical: { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := R[a] >>> acc' },

  // ── Binary operators with a Smi right operand: acc := acc op imm ──────────────────────────
  AddSmi:               { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc + a' },
  SubSmi:               { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc - a' },
  MulSmi:               { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc * a' },
  DivSmi:               { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc / a' },
  ModSmi:               { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc % a' },
  ExpSmi:               { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc ** a' },
  BitwiseOrSmi:         { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc | a' },
  BitwiseXorSmi:        { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc ^ a' },
  BitwiseAndSmi:        { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc & a' },
  ShiftLeftSmi:         { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc << a' },
  ShiftRightSmi:        { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc >> a' },
  ShiftRightLogicalSmi: { operands: ['imm', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := acc >>> a' },

  // ── Unary operators ───────────────────────────────────────────────────────────────────────
  Inc:                 { operands: ['slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := ToNumeric(acc) + 1' },
  Dec:                 { operands: ['slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := ToNumeric(acc) - 1' },
  Negate:              { operands: ['slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := -acc' },
  BitwiseNot:          { operands: ['slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := ~acc' },
  ToBooleanLogicalNot: { operands: [], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := !ToBoolean(acc)' },
  LogicalNot:          { operands: [], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := !acc (acc is a boolean)' },
  TypeOf:              { operands: ['slot'], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'typeOf', rule: 'acc := typeof acc' },

  // ── Comparisons: acc := R[a] op acc ───────────────────────────────────────────────────────
  TestEqual:              { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'compareOp', rule: 'acc := R[a] == acc' },
  TestEqualStrict:        { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'compareOp', rule: 'acc := R[a] === acc' },
  TestLessThan:           { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'compareOp', rule: 'acc := R[a] < acc' },
  TestGreaterThan:        { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'compareOp', rule: 'acc := R[a] > acc' },
  TestLessThanOrEqual:    { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'compareOp', rule: 'acc := R[a] <= acc' },
  TestGreaterThanOrEqual: { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'compareOp', rule: 'acc := R[a] >= acc' },
  TestReferenceEqual:     { operands: ['reg'], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := R[a] is the same value as acc (no conversion, SameValue for pointers)' },
  TestInstanceOf:         { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'instanceOf', rule: 'acc := R[a] instanceof acc' },
  TestIn:                 { operands: ['reg', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'hasProperty', rule: 'acc := R[a] in acc' },
  TestUndetectable:       { operands: [], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := acc == null' },
  TestNull:               { operands: [], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := acc === null' },
  TestUndefined:          { operands: [], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := acc === undefined' },
  TestTypeOf:             { operands: ['flag'], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'acc := typeof acc === TYPEOF_LITERALS[a]' },

  // ── Conversions ───────────────────────────────────────────────────────────────────────────
  ToName:    { operands: [], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := ToPropertyKey(acc)' },
  ToNumber:  { operands: ['slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := ToNumber(acc)' },
  ToNumeric: { operands: ['slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'binaryOp', rule: 'acc := ToNumeric(acc)' },
  ToObject:  { operands: ['regOut'], acc: 'read', flags: ['throws'], feedback: 'none', rule: 'R[a] := ToObject(acc)' },
  ToString:  { operands: [], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := ToString(acc)' },

  // ── Literals ──────────────────────────────────────────────────────────────────────────────
  CreateRegExpLiteral:        { operands: ['const', 'slot', 'flag'], acc: 'write', flags: [], feedback: 'literal', rule: 'acc := new RegExp(K[a], flags c)' },
  CreateArrayLiteral:         { operands: ['const', 'slot', 'flag'], acc: 'write', flags: [], feedback: 'literal', rule: 'acc := copy of the array boilerplate K[a]' },
  CreateEmptyArrayLiteral:    { operands: ['slot'], acc: 'write', flags: [], feedback: 'literal', rule: 'acc := []' },
  CreateArrayFromIterable:    { operands: [], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := [...acc]' },
  CreateObjectLiteral:        { operands: ['const', 'slot', 'flag'], acc: 'write', flags: [], feedback: 'literal', rule: 'acc := copy of the object boilerplate K[a]' },
  CreateEmptyObjectLiteral:   { operands: [], acc: 'write', flags: [], feedback: 'none', rule: 'acc := {}' },
  CloneObject:                { operands: ['reg', 'flag', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'cloneObject', rule: 'acc := {...R[a]}' },
  GetTemplateObject:          { operands: ['const', 'slot'], acc: 'write', flags: [], feedback: 'templateObject', rule: 'acc := the cached template object for site K[a]' },

  // ── Closures and frames ───────────────────────────────────────────────────────────────────
  CreateClosure:            { operands: ['const', 'slot', 'flag'], acc: 'write', flags: [], feedback: 'closure', rule: 'acc := new closure of K[a] in ctx' },
  CreateMappedArguments:    { operands: [], acc: 'write', flags: [], feedback: 'none', rule: 'acc := mapped arguments object (index i aliases context slot mappedParameterSlots[i] of ctx)' },
  CreateUnmappedArguments:  { operands: [], acc: 'write', flags: [], feedback: 'none', rule: 'acc := unmapped arguments object' },
  CreateRestParameter:      { operands: [], acc: 'write', flags: [], feedback: 'none', rule: 'acc := array of the arguments from index parameterCount on' },

  // ── Calls ─────────────────────────────────────────────────────────────────────────────────
  CallAnyReceiver:       { operands: ['reg', 'regList', 'regCount', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'call', rule: 'acc := R[a](receiver R[b], args R[b+1..b+c-1])' },
  CallProperty:          { operands: ['reg', 'regList', 'regCount', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'call', rule: 'acc := R[a](receiver R[b] (an object), args R[b+1..b+c-1])' },
  CallUndefinedReceiver: { operands: ['reg', 'regList', 'regCount', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'call', rule: 'acc := R[a](receiver undefined, args R[b..b+c-1])' },
  CallWithSpread:        { operands: ['reg', 'regList', 'regCount', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'call', rule: 'acc := R[a](receiver R[b], args R[b+1..], the last one spread)' },
  CallRuntime:           { operands: ['runtime', 'regList', 'regCount'], acc: 'write', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := Runtime[a](R[b..b+c-1])' },
  Construct:             { operands: ['reg', 'regList', 'regCount', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'construct', rule: 'acc := new R[a](args R[b..b+c-1]) with new.target acc' },
  ConstructWithSpread:   { operands: ['reg', 'regList', 'regCount', 'slot'], acc: 'readWrite', flags: ['throws', 'call'], feedback: 'construct', rule: 'acc := new R[a](args R[b..], the last spread) with new.target acc' },
  GetSuperConstructor:   { operands: ['regOut'], acc: 'read', flags: [], feedback: 'none', rule: 'R[a] := acc.[[GetPrototypeOf]]() (acc = the active function, or a home object: the super base)' },
  ThrowIfNotSuperConstructor: { operands: ['reg'], acc: 'none', flags: ['throws'], feedback: 'none', rule: 'throw TypeError unless IsConstructor(R[a])' },

  // ── Iteration ─────────────────────────────────────────────────────────────────────────────
  GetIterator:    { operands: ['reg', 'slot', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'loadProperty', rule: 'acc := R[a][@@iterator]() (TypeError unless an object)' },
  ForInEnumerate: { operands: ['reg'], acc: 'write', flags: ['throws', 'call'], feedback: 'none', rule: 'acc := for-in iterator over the enumerable keys of R[a]' },
  ForInNext:      { operands: ['reg', 'slot'], acc: 'write', flags: ['throws', 'call'], feedback: 'forIn', rule: 'acc := next key of for-in iterator R[a] still present, or undefined when done' },

  // ── Control flow ──────────────────────────────────────────────────────────────────────────
  Jump:                   { operands: ['jump'], acc: 'none', flags: ['jump', 'terminator', 'noSideEffects'], feedback: 'none', rule: 'pc += a' },
  JumpLoop:               { operands: ['jump', 'imm'], acc: 'none', flags: ['jump', 'terminator', 'throws'], feedback: 'none', rule: 'pc += a (backwards; b = loop depth; interrupt/stack check, OSR point)' },
  JumpIfTrue:             { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc === true: pc += a' },
  JumpIfFalse:            { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc === false: pc += a' },
  JumpIfToBooleanTrue:    { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if ToBoolean(acc): pc += a' },
  JumpIfToBooleanFalse:   { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if !ToBoolean(acc): pc += a' },
  JumpIfNull:             { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc === null: pc += a' },
  JumpIfNotNull:          { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc !== null: pc += a' },
  JumpIfUndefined:        { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc === undefined: pc += a' },
  JumpIfNotUndefined:     { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc !== undefined: pc += a' },
  JumpIfUndefinedOrNull:  { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc == null: pc += a' },
  JumpIfJSReceiver:       { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc is an object: pc += a' },
  JumpIfHole:             { operands: ['jump'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc is the hole: pc += a' },
  SwitchOnSmi:            { operands: ['const', 'uimm', 'imm'], acc: 'read', flags: ['jump', 'conditional', 'noSideEffects'], feedback: 'none', rule: 'if acc - c in [0, b): pc += K[a + acc - c] (a jump table in the pool)' },
  Return:                 { operands: [], acc: 'read', flags: ['terminator'], feedback: 'none', rule: 'return acc' },
  Throw:                  { operands: [], acc: 'read', flags: ['terminator', 'throws'], feedback: 'none', rule: 'throw acc' },
  ReThrow:                { operands: [], acc: 'read', flags: ['terminator', 'throws'], feedback: 'none', rule: 'throw acc, keeping its pending message' },
  ThrowReferenceErrorIfHole:        { operands: ['const'], acc: 'read', flags: ['throws'], feedback: 'none', rule: 'if acc is the hole: throw ReferenceError(K[a] is not initialized)' },
  ThrowSuperNotCalledIfHole:        { operands: [], acc: 'read', flags: ['throws'], feedback: 'none', rule: 'if acc is the hole: throw ReferenceError(super not called)' },
  ThrowSuperAlreadyCalledIfNotHole: { operands: [], acc: 'read', flags: ['throws'], feedback: 'none', rule: 'if acc is not the hole: throw ReferenceError(super called twice)' },
  SetPendingMessage:      { operands: [], acc: 'readWrite', flags: ['noSideEffects'], feedback: 'none', rule: 'swap acc and the pending message (around finally blocks)' },
  Debugger:               { operands: [], acc: 'none', flags: ['call'], feedback: 'none', rule: 'debugger statement (a no-op without a debugger)' },

  // ── Generators and async functions ────────────────────────────────────────────────────────
  SuspendGenerator:       { operands: ['reg', 'regList', 'regCount', 'uimm'], acc: 'read', flags: ['suspend', 'terminator'], feedback: 'none', rule: 'save <this>, the arguments, R[b..b+c-1] and ctx into generator R[a], state := d; return acc' },
  ResumeGenerator:        { operands: ['reg', 'regListOut', 'regCount'], acc: 'write', flags: ['noSideEffects'], feedback: 'none', rule: '<this>, arguments, R[b..b+c-1] := those saved in generator R[a]; acc := its input value' },
  SwitchOnGeneratorState: { operands: ['reg', 'const', 'uimm'], acc: 'none', flags: ['jump', 'conditional'], feedback: 'none', rule: 'if R[a] is suspended at state s: ctx := its context; state := executing; pc := K[b + s] (jump table of c entries)' },
} as const satisfies Record<string, BytecodeSpec>;

export type BytecodeName = keyof typeof BYTECODES;

/** Every bytecode name in table order; the index is the opcode byte. */
export const BYTECODE_NAMES: readonly BytecodeName[] = Object.keys(BYTECODES) as BytecodeName[];

/** Opcode byte of each bytecode (derived from the table order). */
export const Opcode: { readonly [K in BytecodeName]: number } = Object.fromEntries(
  BYTECODE_NAMES.map((name, i) => [name, i]),
) as { [K in BytecodeName]: number };

export function bytecodeSpec(name: BytecodeName): BytecodeSpec {
  return BYTECODES[name];
}

export function specOfOpcode(opcode: number): BytecodeSpec | null {
  const name = BYTECODE_NAMES[opcode];
  return name === undefined ? null : BYTECODES[name];
}

export function hasFlag(name: BytecodeName, flag: BytecodeFlag): boolean {
  return (BYTECODES[name].flags as readonly BytecodeFlag[]).includes(flag);
}

/** Operand scale of the prefix bytecodes. */
export const OperandScale = { single: 1, double: 2, quadruple: 4 } as const;
export type OperandScaleValue = 1 | 2 | 4;

/** Fixed-width operand kinds keep this many bytes whatever the scale. */
const FIXED_WIDTH: Partial<Record<OperandKind, number>> = { flag: 1, runtime: 2 };

export function isSignedOperand(kind: OperandKind): boolean {
  return kind === 'reg' || kind === 'regOut' || kind === 'regList' || kind === 'regListOut' || kind === 'imm' || kind === 'jump';
}

export function isRegisterOperand(kind: OperandKind): boolean {
  return kind === 'reg' || kind === 'regOut' || kind === 'regList' || kind === 'regListOut';
}

/** Byte width of an operand of `kind` under `scale`. */
export function operandWidth(kind: OperandKind, scale: OperandScaleValue): number {
  return FIXED_WIDTH[kind] ?? scale;
}

/** The byte size of an instruction of `name` at `scale`, including its prefix. */
export function instructionSize(name: BytecodeName, scale: OperandScaleValue): number {
  let size = scale === 1 ? 1 : 2;
  for (const kind of BYTECODES[name].operands) size += operandWidth(kind, scale);
  return size;
}

/** The smallest scale at which `value` fits an operand of `kind`. */
export function scaleForOperand(kind: OperandKind, value: number): OperandScaleValue {
  if (FIXED_WIDTH[kind] !== undefined) return 1;
  if (isSignedOperand(kind)) {
    if (value >= -128 && value <= 127) return 1;
    if (value >= -32768 && value <= 32767) return 2;
    return 4;
  }
  if (value < 0) throw new Error(`negative value ${value} for unsigned operand ${kind}`);
  if (value <= 0xff) return 1;
  if (value <= 0xffff) return 2;
  return 4;
}

/**
 * The operand value of a register: locals are r0, r1, ... (>= 0); the receiver is -1; argument
 * i is -2 - i.
 */
export const Register = {
  local: (index: number): number => index,
  receiver: -1,
  argument: (index: number): number => -2 - index,
  name(value: number): string {
    if (value >= 0) return `r${value}`;
    if (value === -1) return '<this>';
    return `a${-2 - value}`;
  },
} as const;

/** TestTypeOf's flag operand indexes this list. */
export const TYPEOF_LITERALS = ['number', 'string', 'symbol', 'boolean', 'bigint', 'undefined', 'function', 'object'] as const;

/** CreateClosure's flag byte. */
export const ClosureFlag = { none: 0, pretenure: 1 } as const;
/** CreateObjectLiteral / CreateArrayLiteral flag byte. */
export const LiteralFlag = { none: 0, fastShallowClone: 1, hasNullPrototype: 2 } as const;
