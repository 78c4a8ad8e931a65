// Object layouts: one `as const` record per object kind (docs/heap.md §3). Offsets are byte
// offsets from the object's start address; every object starts with its map word.
//
//   31                                  3 2 1 0
//  +-------------------------------------+-----+
//  | map: tagged reference (address | 1)       |  word 0 of every heap object
//  +-------------------------------------------+
//  | body: tagged words in [taggedStart, taggedEnd), raw words/bytes elsewhere
//  +-------------------------------------------+
//
// During a GC the map word of an evacuated object holds its new *untagged* address (low bit 0),
// a forwarding pointer; a live map word always has its low bit set.
//
// Each record lists its fields, then `taggedStart`/`taggedEnd` (the range the GC visits; for
// variable-size kinds `taggedEnd` is the start of the variable tail and the tail's kind is given by
// the body descriptor in body.ts) and `size` (the fixed size, or the header size of a
// variable-size kind). test/kernel/layouts.test.ts checks that every record is consistent.

/** Instance types. Strings come first: `type < FIRST_NONSTRING_TYPE`, odd = two-byte. */
export const InstanceType = {
  SEQ_ONE_BYTE_STRING: 0,
  SEQ_TWO_BYTE_STRING: 1,
  CONS_ONE_BYTE_STRING: 2,
  CONS_TWO_BYTE_STRING: 3,
  SLICED_ONE_BYTE_STRING: 4,
  SLICED_TWO_BYTE_STRING: 5,
  INTERNALIZED_ONE_BYTE_STRING: 6,
  INTERNALIZED_TWO_BYTE_STRING: 7,
  FIRST_NONSTRING_TYPE: 16,
  FREE_SPACE: 16,
  MAP: 17,
  ODDBALL: 18,
  HEAP_NUMBER: 19,
  SYMBOL: 20,
  FIXED_ARRAY: 21,
  FIXED_DOUBLE_ARRAY: 22,
  BYTE_ARRAY: 23,
  DESCRIPTOR_ARRAY: 24,
  TRANSITION_ARRAY: 25,
  HASH_TABLE: 26,
  CONTEXT: 27,
  ACCESSOR_PAIR: 28,
  SHARED_FUNCTION_INFO: 29,
  BYTECODE_ARRAY: 30,
  FEEDBACK_VECTOR: 31,
  /** BigInt primitives (BigIntLayout; runtime/bigint.ts): immutable sign + magnitude digits. */
  BIGINT: 32,
  FIRST_JS_OBJECT_TYPE: 40,
  JS_OBJECT: 40,
  JS_ARRAY: 41,
  JS_FUNCTION: 42,
  JS_BOUND_FUNCTION: 43,
  /** String/Number/Boolean/Symbol wrapper objects (ToObject of a primitive); `value` holds the primitive. */
  JS_PRIMITIVE_WRAPPER: 44,
  /** Error objects (the spec's [[ErrorData]]: Object.prototype.toString, stack; runtime/errors.ts). */
  JS_ERROR: 45,
  /** Generator and async-function objects: a suspended interpreter frame (JSGeneratorObjectLayout; runtime/generators.ts). */
  JS_GENERATOR_OBJECT: 46,
  /** Module namespace exotic objects (runtime/modules.ts; JSModuleNamespaceLayout). */
  JS_MODULE_NAMESPACE: 47,
  /** Proxy exotic objects (JSProxyLayout; runtime/builtins-proxy.ts). */
  JS_PROXY: 48,
  /** ArrayBuffer and SharedArrayBuffer objects (JSArrayBufferLayout; runtime/builtins-arraybuffer.ts). */
  JS_ARRAY_BUFFER: 49,
  /** Integer-indexed exotic objects (JSTypedArrayLayout; runtime/builtins-typedarray.ts). */
  JS_TYPED_ARRAY: 50,
  /** DataView objects (JSDataViewLayout). */
  JS_DATA_VIEW: 51,
  /** Mapped arguments exotic objects (JSArgumentsObjectLayout; spec 10.4.4, runtime/interpreter-objects.ts). */
  JS_ARGUMENTS_OBJECT: 52,
  LAST_TYPE: 52,
} as const;

/** Elements kinds; transitions only go to a larger kind along the lattice of elements.ts. */
export const ElementsKind = {
  PACKED_SMI: 0,
  HOLEY_SMI: 1,
  PACKED_DOUBLE: 2,
  HOLEY_DOUBLE: 3,
  PACKED: 4,
  HOLEY: 5,
  DICTIONARY: 6,
} as const;

/** Bits of Map.bitField. */
export const MapBit = {
  DICTIONARY: 1,
  EXTENSIBLE: 2,
  CALLABLE: 4,
  PROTOTYPE_MAP: 8,
  STABLE: 16,
  /** [[IsHTMLDDA]] (Annex B, $262.IsHTMLDDA): typeof 'undefined', ToBoolean false, == null and undefined. */
  UNDETECTABLE: 32,
  /**
   * An array whose `length` is not writable (Object.defineProperty / freeze). Its elements are
   * dictionary elements, so no fast path or IC handler meets it; elements.ts refuses elements at
   * or above the length and semantics-lookup.ts reports `length` read-only.
   */
  READ_ONLY_LENGTH: 64,
} as const;

/** Property attributes (spec: [[Writable]], [[Enumerable]], [[Configurable]]) and kinds. */
export const PropertyAttr = {
  WRITABLE: 1,
  ENUMERABLE: 2,
  CONFIGURABLE: 4,
  ALL: 7,
  /** The property is an accessor (value is an AccessorPair), not a data field. */
  ACCESSOR: 8,
} as const;

export const HeapObjectLayout = { map: 0, taggedStart: 4, taggedEnd: 4, size: 4 } as const;

/** A hole in the old generation: never reached from a live object. */
export const FreeSpaceLayout = { map: 0, blockSize: 4, next: 8, taggedStart: 4, taggedEnd: 4, minSizeForList: 16, size: 12 } as const;

export const MapLayout = {
  map: 0,
  prototype: 4,
  /** The map this one was transitioned from (undefined for a root map). */
  backPointer: 8,
  /** DescriptorArray of own named properties (owned by this map; not shared). */
  descriptors: 12,
  /** undefined or a TransitionArray. */
  transitions: 16,
  taggedStart: 4,
  taggedEnd: 20,
  instanceType: 20,
  /** Bytes; 0 for variable-size kinds. */
  instanceSize: 24,
  inobjectProperties: 28,
  bitField: 32,
  /** Number of descriptors of this map (descriptor array may be longer? no: exact). */
  ownDescriptors: 36,
  elementsKind: 40,
  /** Number of field slots used (in-object + out-of-line). */
  usedFields: 44,
  size: 48,
} as const;

export const OddballLayout = { map: 0, toString: 4, typeOf: 8, taggedStart: 4, taggedEnd: 12, kind: 12, size: 16 } as const;

export const OddballKind = { UNDEFINED: 0, NULL: 1, TRUE: 2, FALSE: 3, THE_HOLE: 4, EXCEPTION: 5 } as const;

export const HeapNumberLayout = { map: 0, taggedStart: 4, taggedEnd: 4, value: 8, size: 16 } as const;

/** FixedArray and every kind shaped like it (contexts, descriptor/transition arrays, hash tables). */
export const FixedArrayLayout = { map: 0, length: 4, taggedStart: 8, taggedEnd: 8, elements: 8, size: 8 } as const;

export const FixedDoubleArrayLayout = { map: 0, length: 4, taggedStart: 8, taggedEnd: 8, elements: 8, size: 8 } as const;

export const ByteArrayLayout = { map: 0, length: 4, taggedStart: 8, taggedEnd: 8, bytes: 8, size: 8 } as const;

/** Sequential strings: `length` code units follow the header (1 or 2 bytes each). */
export const SeqStringLayout = { map: 0, length: 4, hash: 8, taggedStart: 12, taggedEnd: 12, chars: 12, size: 12 } as const;

export const ConsStringLayout = { map: 0, length: 4, hash: 8, first: 12, second: 16, taggedStart: 12, taggedEnd: 20, size: 24 } as const;

export const SlicedStringLayout = { map: 0, length: 4, hash: 8, parent: 12, taggedStart: 12, taggedEnd: 16, offset: 16, size: 24 } as const;

export const SymbolLayout = { map: 0, hash: 4, description: 8, taggedStart: 8, taggedEnd: 12, size: 16 } as const;

export const AccessorPairLayout = { map: 0, getter: 4, setter: 8, taggedStart: 4, taggedEnd: 12, size: 16 } as const;

/** JS objects: in-object property slots follow the header up to the map's instance size. */
export const JSObjectLayout = { map: 0, properties: 4, elements: 8, taggedStart: 4, taggedEnd: 12, size: 12 } as const;

/** `length` is a Smi or a HeapNumber (spec: a uint32). */
export const JSArrayLayout = { map: 0, properties: 4, elements: 8, length: 12, taggedStart: 4, taggedEnd: 16, size: 16 } as const;

/**
 * `realm`: the id (a Smi) of the function's realm, [[Realm]] (runtime/realm.ts); `spare`: undefined,
 * padding to a multiple of 8 bytes (every heap object's size is).
 */
export const JSFunctionLayout = {
  map: 0, properties: 4, elements: 8, shared: 12, context: 16, feedbackVector: 20, realm: 24, spare: 28,
  taggedStart: 4, taggedEnd: 32, size: 32,
} as const;

export const JSBoundFunctionLayout = {
  map: 0, properties: 4, elements: 8, target: 12, boundThis: 16, boundArguments: 20,
  taggedStart: 4, taggedEnd: 24, size: 24,
} as const;

/** Primitive wrapper objects: the wrapped primitive after the JSObject header (maps have no in-object slots). */
export const JSPrimitiveWrapperLayout = { map: 0, properties: 4, elements: 8, value: 12, taggedStart: 4, taggedEnd: 16, size: 16 } as const;

/** Context slots (a FixedArray-shaped object); variables start at `firstVariable`. */
export const ContextSlot = { scopeInfo: 0, previous: 1, extension: 2, firstVariable: 3 } as const;

/**
 * SharedFunctionInfo. Tagged: name (internalized string), bytecode (BytecodeArray or undefined),
 * scopeInfo, script, feedbackMetadata (ByteArray of FeedbackSlotKind, one byte per feedback slot,
 * or undefined). Raw i32: parameterCount (formals incl. rest: the register count of the
 * parameters), length (the spec's "length": formals before the first default or rest), flags
 * (SfiFlag bits | kind << SfiKind.shift), functionLiteralId, sourceStart/sourceEnd (source
 * offsets of the function's text).
 */
export const SharedFunctionInfoLayout = {
  map: 0, name: 4, bytecode: 8, scopeInfo: 12, script: 16, feedbackMetadata: 20,
  taggedStart: 4, taggedEnd: 24,
  parameterCount: 24, length: 28, flags: 32, functionLiteralId: 36, sourceStart: 40, sourceEnd: 44, size: 48,
} as const;

/** Bits 0..10 of SharedFunctionInfo.flags. */
export const SfiFlag = {
  strict: 1, isGenerator: 2, isAsync: 4, isArrow: 8, isClassConstructor: 16, isDerivedConstructor: 32,
  requiresInstanceFieldsInitializer: 64, hasSimpleParameterList: 128, hasDirectEval: 256,
  /** A builtin with [[Construct]] (Object, Array, Error, ...; stage0/vm/builtins-table.ts `ctor`). */
  builtinConstructor: 512,
  /** Function.prototype.toString gives `function name() { [native code] }` (builtins, __ouro.markBuiltin). */
  nativeCode: 1024,
} as const;

/**
 * The function kind, bits 16..23 of SharedFunctionInfo.flags: `(flags >> shift) & mask`. Values are
 * the indices of FUNCTION_KINDS in stage0/bytecode/load.ts (the host BytecodeFunctionKind names).
 */
export const SfiKind = {
  shift: 16, mask: 255,
  script: 0, module: 1, eval: 2, normal: 3, arrow: 4, method: 5, getter: 6, setter: 7, classConstructor: 8,
  instanceFieldsInitializer: 9, staticInitializer: 10,
  /** A kernel builtin: no bytecode; SharedFunctionInfo.functionLiteralId holds its builtin id (runtime/builtins.ts). */
  builtin: 11,
} as const;

/**
 * Bytecodes follow the header; the handler table is a ByteArray of HandlerTableEntry records.
 * `frameSize` is the register count (in registers, not bytes).
 */
export const BytecodeArrayLayout = {
  map: 0, length: 4, constantPool: 8, handlerTable: 12, sourcePositions: 16,
  taggedStart: 8, taggedEnd: 20,
  frameSize: 20, parameterCount: 24, bytes: 28, size: 28,
} as const;

/**
 * One handler-table entry (in a ByteArray): a try range, its handler, the context register and the
 * catch prediction (a CatchPrediction value).
 */
export const HandlerTableEntry = { start: 0, end: 4, handler: 8, contextRegister: 12, prediction: 16, size: 20 } as const;

/** Catch predictions of handler-table entries (V8's HandlerTable::CatchPrediction). */
export const CatchPrediction = { caught: 0, uncaught: 1, promise: 2, asyncAwait: 3 } as const;

/** Feedback slots (tagged) follow the header. */
export const FeedbackVectorLayout = { map: 0, length: 4, shared: 8, taggedStart: 8, taggedEnd: 12, slots: 12, size: 12 } as const;

/** Slots of hash tables (in FixedArray elements): header, then entries of `entrySize` slots. */
export const HashTableSlot = { count: 0, deleted: 1, capacity: 2, firstEntry: 3 } as const;
/** Slots of property and element dictionaries: header, then `entrySize`-slot entries. */
export const DictionarySlot = { count: 0, deleted: 1, capacity: 2, nextIndex: 3, firstEntry: 4 } as const;
export const NameDictionaryEntry = { key: 0, value: 1, details: 2, entrySize: 3 } as const;
export const NumberDictionaryEntry = { key: 0, value: 1, details: 2, entrySize: 3 } as const;
export const StringTableEntry = { key: 0, entrySize: 1 } as const;

/** DescriptorArray / TransitionArray entries (FixedArray elements). */
export const DescriptorEntry = { key: 0, details: 1, value: 2, entrySize: 3 } as const;
export const TransitionEntry = { key: 0, attributes: 1, target: 2, entrySize: 3 } as const;

/**
 * Property details, a Smi in descriptor and dictionary entries:
 *   bits 0..3  attributes (PropertyAttr)
 *   bits 4..5  location: 0 field (value is the field index), 1 constant/accessor (value in entry)
 *   bits 6..   field index (for fields) or dictionary enumeration index
 */
export const PropertyDetails = { attrMask: 15, locationShift: 4, locationField: 0, locationDescriptor: 1, indexShift: 6 } as const;

/**
 * Generator objects (also the internal object of async functions): the JSObject header, then the
 * suspended frame (runtime/generators.ts). `state` is a Smi: >= 0 the suspend id to resume at,
 * GeneratorState.executing or GeneratorState.completed. `registers` is a FixedArray holding the
 * arguments then the registers saved by SuspendGenerator. No in-object properties.
 */
export const JSGeneratorObjectLayout = {
  map: 0, properties: 4, elements: 8, function: 12, context: 16, receiver: 20, state: 24, resumeMode: 28,
  input: 32, registers: 36, argc: 40, promise: 44,
  taggedStart: 4, taggedEnd: 48, size: 48,
} as const;

/**
 * A module namespace object (runtime/modules.ts): a null-prototype, non-extensible,
 * dictionary-mode object whose export properties mirror the module's bindings; `module` is the
 * module record (a FixedArray) whose cells [[Get]] reads (live bindings, TDZ).
 */
export const JSModuleNamespaceLayout = {
  map: 0, properties: 4, elements: 8, module: 12,
  taggedStart: 4, taggedEnd: 16, size: 16,
} as const;

/**
 * BigInt primitives (runtime/bigint.ts, docs/bigint.md): `length` 32-bit digits of the magnitude
 * follow the header, least significant first, the top digit nonzero; `sign` is 1 for negative
 * values. Zero has length 0 and sign 0. Immutable once made; no tagged words after the map.
 */
export const BigIntLayout = { map: 0, length: 4, sign: 8, taggedStart: 4, taggedEnd: 4, digits: 12, size: 12 } as const;

/**
 * Proxy exotic objects (runtime/builtins-proxy.ts, docs/exotic-objects.md): `target` and `handler`
 * are null once revoked; `flags` is a Smi of ProxyFlag bits fixed at creation. The map is a
 * dictionary-mode map with a null prototype and DICTIONARY elements (so inline caches never cache
 * a proxy receiver), CALLABLE when the target was callable.
 */
export const JSProxyLayout = {
  map: 0, properties: 4, elements: 8, target: 12, handler: 16, flags: 20,
  taggedStart: 4, taggedEnd: 24, size: 24,
} as const;
export const ProxyFlag = { callable: 1, constructor: 2 } as const;

/**
 * ArrayBuffer / SharedArrayBuffer: `store` is a ByteArray of maxByteLength bytes (undefined once
 * detached), or for a SharedArrayBuffer the Smi id of a host shared block outside the heap (its
 * length is the block's: agents may grow it), `byteLength` and `maxByteLength` Smis (maxByteLength -1 for fixed-length buffers),
 * `flags` a Smi of ArrayBufferFlag bits. All fields tagged; `pad` keeps the size a multiple of 8.
 */
export const JSArrayBufferLayout = {
  map: 0, properties: 4, elements: 8, store: 12, byteLength: 16, maxByteLength: 20, flags: 24, pad: 28,
  taggedStart: 4, taggedEnd: 32, size: 32,
} as const;
export const ArrayBufferFlag = { shared: 1, resizable: 2, detached: 4 } as const;

/**
 * Typed arrays (integer-indexed exotic objects) and DataViews: the viewed `buffer`, `byteOffset`
 * and `length` Smis (element count for typed arrays, byte length for DataViews; -1 when the view
 * tracks a resizable buffer's length), `flags` a Smi: the TypedArrayKind in bits 0..3. Elements
 * are an empty NumberDictionary with DICTIONARY kind (integer keys never reach them).
 */
export const JSTypedArrayLayout = {
  map: 0, properties: 4, elements: 8, buffer: 12, byteOffset: 16, length: 20, flags: 24, pad: 28,
  taggedStart: 4, taggedEnd: 32, size: 32,
} as const;

/**
 * Mapped arguments exotic objects (spec 10.4.4; made by CreateMappedArguments in
 * runtime/interpreter-objects.ts, element semantics in runtime/elements.ts): the arguments object
 * of a sloppy function with a simple parameter list, whose indices below min(argc, formals) alias
 * the parameters. `context` is the function context that holds the parameters; `parameterMap` is
 * a FixedArray with one entry per such index: the context slot (a Smi, counted from
 * ContextSlot.firstVariable) the index aliases, or the hole once the index is unmapped (deleted,
 * redefined as an accessor or non-writable) or when a later duplicate formal shadows it. The
 * elements are DICTIONARY (a NumberDictionary with every index's attributes; the value of a mapped
 * index is the context slot's), so keyed inline caches never handle them. In-object property
 * slots (`length`, @@iterator, `callee`) follow the header.
 */
export const JSArgumentsObjectLayout = {
  map: 0, properties: 4, elements: 8, context: 12, parameterMap: 16,
  taggedStart: 4, taggedEnd: 20, size: 20,
} as const;

/**
 * A FunctionExtras record: what a SharedFunctionInfo made by the bytecode loader
 * (stage0/bytecode/load.ts) keeps outside its layout, a FixedArray at slot functionLiteralId + 1
 * of the loader's side table (RootIndex.bytecodeLoaderTable; slot 0 is the record count).
 * `mappedParameterSlots`: null, or a FixedArray of Smis, the context slot of each formal parameter
 * for a mapped arguments object (-1 for one shadowed by a later duplicate). `constantKinds`: a
 * ByteArray, the ConstantKind of each constant-pool entry.
 */
export const FunctionExtrasSlot = { mappedParameterSlots: 0, constantKinds: 1, size: 2 } as const;

/** Element types of typed arrays (and DataView accessors), in the order of stage1/35-typedarray.js. */
export const TypedArrayKind = {
  Int8: 0, Uint8: 1, Uint8Clamped: 2, Int16: 3, Uint16: 4, Int32: 5, Uint32: 6, Float16: 7, Float32: 8, Float64: 9,
  BigInt64: 10, BigUint64: 11, count: 12,
} as const;
