// The root table: tagged words at a fixed heap address (memory.ts ROOTS_START). Roots are the
// GC's starting points together with the handle stack and the VM stack region, and they are the
// "roots" recorded in a heap image. Indices never change meaning: the image format depends on them.
export const RootIndex = {
  metaMap: 0,
  freeSpaceMap: 1,
  oddballMap: 2,
  heapNumberMap: 3,
  symbolMap: 4,
  fixedArrayMap: 5,
  fixedDoubleArrayMap: 6,
  byteArrayMap: 7,
  descriptorArrayMap: 8,
  transitionArrayMap: 9,
  hashTableMap: 10,
  contextMap: 11,
  accessorPairMap: 12,
  sharedFunctionInfoMap: 13,
  bytecodeArrayMap: 14,
  feedbackVectorMap: 15,
  seqOneByteStringMap: 16,
  seqTwoByteStringMap: 17,
  consOneByteStringMap: 18,
  consTwoByteStringMap: 19,
  slicedOneByteStringMap: 20,
  slicedTwoByteStringMap: 21,
  internalizedOneByteStringMap: 22,
  internalizedTwoByteStringMap: 23,
  undefinedValue: 24,
  nullValue: 25,
  trueValue: 26,
  falseValue: 27,
  theHole: 28,
  emptyFixedArray: 29,
  emptyString: 30,
  emptyDescriptorArray: 31,
  stringTable: 32,
  atomTable: 33,
  objectPrototype: 34,
  arrayPrototype: 35,
  functionPrototype: 36,
  objectMap: 37,
  arrayMap: 38,
  functionMap: 39,
  boundFunctionMap: 40,
  globalObject: 41,
  pendingException: 42,
  exceptionSentinel: 43,
  /** The bytecode loader's side table (stage0/bytecode/load.ts; docs/bytecode.md, Loading into the heap). */
  bytecodeLoaderTable: 44,
  /** FixedArray of the library's hook functions, indexed by HookId (runtime/hooks.ts). */
  hooks: 45,
  /** The global lexical environment: the script contexts of the scripts run so far (interpreter). */
  scriptContextTable: 46,
  /** FixedArray of the realm's intrinsics, indexed by Intrinsic (runtime/realm.ts). */
  intrinsics: 47,
  /** The map of BigInt primitives (read-only, made by bootstrap.ts; runtime/bigint.ts). */
  bigIntMap: 48,
  /** 49..51: unused (were wrapper maps; those are intrinsics, runtime/realm.ts). */
  /** The megamorphic stub cache of the inline caches (runtime/ic.ts): a FixedArray, or 0/undefined until first use. */
  icStubCache: 52,
  /** Interpreter --stats: a FixedDoubleArray of per-opcode execution counts (runtime/interpreter.ts), or undefined. */
  interpreterOpcodeCounts: 53,
  /** The pending message swapped by SetPendingMessage around finally blocks (runtime/interpreter.ts). */
  interpreterPendingMessage: 54,
  /** The module registry (runtime/modules.ts): a FixedArray of module records, or undefined. */
  moduleRegistry: 55,
  /**
   * The running realm's id (a Smi; 0 = the first realm of the heap). The realm-specific roots above
   * (REALM_ROOTS in runtime/realm.ts) always hold this realm's values.
   */
  currentRealm: 56,
  /** The realm records (runtime/realm.ts), indexed by realm id: a FixedArray, or undefined/0 while the heap has one realm. */
  realms: 57,
  /** The library's compiled top-level scripts (stage0/vm/realm.ts): a FixedArray of script SFIs run again in every new realm. */
  libraryScripts: 58,
  /** Roots from here to `count` are free for embedders (interpreter, tests). */
  firstUser: 64,
  count: 1024,
} as const;
