// Heap set-up: reserves memory, creates the read-only roots (the meta map and the maps of all
// non-JS kinds, oddballs, empty arrays and strings) and the old-space roots (string table, the
// basic JS prototypes and maps, the global object).
import type { i32, bool, Lit } from './types.ts';
import { H8, H32, hostFatal, hostAtomSlot, hostAtomLength, hostAtomCharCode } from './host/host.ts';
import { memoryInit } from './memory.ts';
import { heapReset, roAllocateRaw, rootGet, rootSet, fieldSet } from './heap.ts';
import {
  InstanceType, MapLayout, OddballLayout, OddballKind, FixedArrayLayout, SeqStringLayout, HeapNumberLayout,
  SymbolLayout, AccessorPairLayout, SharedFunctionInfoLayout, ConsStringLayout, SlicedStringLayout, ElementsKind,
  JSObjectLayout, JSArrayLayout, JSFunctionLayout, JSBoundFunctionLayout, MapBit,
} from './layouts.ts';
import { RootIndex } from './roots.ts';
import { stringTableNew, stringHash, stringTableAddInternalized } from './strings.ts';
import { mapNew, mapSetBit } from './maps.ts';
import { objectNew, objectNormalize } from './objects.ts';
import { statsReset } from './flags.ts';

/** In-object property slots of `{}`-created objects. */
export const OBJECT_INOBJECT_PROPERTIES: i32 = 5;

function roMap(rootIndex: i32, type: i32, size: i32): void {
  const addr: i32 = roAllocateRaw(MapLayout.size);
  H32[addr >> 2] = rootGet(RootIndex.metaMap);
  H32[(addr + MapLayout.instanceType) >> 2] = type;
  H32[(addr + MapLayout.instanceSize) >> 2] = size;
  rootSet(rootIndex, addr | 1);
}

function roOddball(rootIndex: i32, kind: i32): void {
  const addr: i32 = roAllocateRaw(OddballLayout.size);
  H32[addr >> 2] = rootGet(RootIndex.oddballMap);
  H32[(addr + OddballLayout.kind) >> 2] = kind;
  rootSet(rootIndex, addr | 1);
}

/** A read-only internalized one-byte string of a literal, entered in the string table. */
function roString(text: Lit): i32 {
  const slot: i32 = hostAtomSlot(text);
  const length: i32 = hostAtomLength(slot);
  const addr: i32 = roAllocateRaw((SeqStringLayout.chars + length + 7) & ~7);
  H32[addr >> 2] = rootGet(RootIndex.internalizedOneByteStringMap);
  H32[(addr + SeqStringLayout.length) >> 2] = length;
  H32[(addr + SeqStringLayout.hash) >> 2] = 0;
  for (let i: i32 = 0; i < length; i++) H8[(addr + SeqStringLayout.chars + i) | 0] = hostAtomCharCode(slot, i);
  stringHash(addr | 1);
  stringTableAddInternalized(addr | 1);
  return addr | 1;
}

function createReadOnlyRoots(): void {
  const meta: i32 = roAllocateRaw(MapLayout.size);
  H32[meta >> 2] = meta | 1;
  H32[(meta + MapLayout.instanceType) >> 2] = InstanceType.MAP;
  H32[(meta + MapLayout.instanceSize) >> 2] = MapLayout.size;
  rootSet(RootIndex.metaMap, meta | 1);
  roMap(RootIndex.freeSpaceMap, InstanceType.FREE_SPACE, 0);
  roMap(RootIndex.oddballMap, InstanceType.ODDBALL, OddballLayout.size);
  roMap(RootIndex.heapNumberMap, InstanceType.HEAP_NUMBER, HeapNumberLayout.size);
  roMap(RootIndex.symbolMap, InstanceType.SYMBOL, SymbolLayout.size);
  roMap(RootIndex.fixedArrayMap, InstanceType.FIXED_ARRAY, 0);
  roMap(RootIndex.fixedDoubleArrayMap, InstanceType.FIXED_DOUBLE_ARRAY, 0);
  roMap(RootIndex.byteArrayMap, InstanceType.BYTE_ARRAY, 0);
  roMap(RootIndex.descriptorArrayMap, InstanceType.DESCRIPTOR_ARRAY, 0);
  roMap(RootIndex.transitionArrayMap, InstanceType.TRANSITION_ARRAY, 0);
  roMap(RootIndex.hashTableMap, InstanceType.HASH_TABLE, 0);
  roMap(RootIndex.contextMap, InstanceType.CONTEXT, 0);
  roMap(RootIndex.accessorPairMap, InstanceType.ACCESSOR_PAIR, AccessorPairLayout.size);
  roMap(RootIndex.sharedFunctionInfoMap, InstanceType.SHARED_FUNCTION_INFO, SharedFunctionInfoLayout.size);
  roMap(RootIndex.bytecodeArrayMap, InstanceType.BYTECODE_ARRAY, 0);
  roMap(RootIndex.feedbackVectorMap, InstanceType.FEEDBACK_VECTOR, 0);
  roMap(RootIndex.seqOneByteStringMap, InstanceType.SEQ_ONE_BYTE_STRING, 0);
  roMap(RootIndex.seqTwoByteStringMap, InstanceType.SEQ_TWO_BYTE_STRING, 0);
  roMap(RootIndex.consOneByteStringMap, InstanceType.CONS_ONE_BYTE_STRING, ConsStringLayout.size);
  roMap(RootIndex.consTwoByteStringMap, InstanceType.CONS_TWO_BYTE_STRING, ConsStringLayout.size);
  roMap(RootIndex.slicedOneByteStringMap, InstanceType.SLICED_ONE_BYTE_STRING, SlicedStringLayout.size);
  roMap(RootIndex.slicedTwoByteStringMap, InstanceType.SLICED_TWO_BYTE_STRING, SlicedStringLayout.size);
  roMap(RootIndex.internalizedOneByteStringMap, InstanceType.INTERNALIZED_ONE_BYTE_STRING, 0);
  roMap(RootIndex.internalizedTwoByteStringMap, InstanceType.INTERNALIZED_TWO_BYTE_STRING, 0);
  roOddball(RootIndex.undefinedValue, OddballKind.UNDEFINED);
  roOddball(RootIndex.nullValue, OddballKind.NULL);
  roOddball(RootIndex.trueValue, OddballKind.TRUE);
  roOddball(RootIndex.falseValue, OddballKind.FALSE);
  roOddball(RootIndex.theHole, OddballKind.THE_HOLE);
  roOddball(RootIndex.exceptionSentinel, OddballKind.EXCEPTION);
  let addr: i32 = roAllocateRaw(8);
  H32[addr >> 2] = rootGet(RootIndex.fixedArrayMap);
  H32[(addr + FixedArrayLayout.length) >> 2] = 0;
  rootSet(RootIndex.emptyFixedArray, addr | 1);
  addr = roAllocateRaw(8);
  H32[addr >> 2] = rootGet(RootIndex.descriptorArrayMap);
  H32[(addr + FixedArrayLayout.length) >> 2] = 0;
  rootSet(RootIndex.emptyDescriptorArray, addr | 1);
  addr = roAllocateRaw(16);
  H32[addr >> 2] = rootGet(RootIndex.internalizedOneByteStringMap);
  H32[(addr + SeqStringLayout.length) >> 2] = 0;
  H32[(addr + SeqStringLayout.hash) >> 2] = 0;
  rootSet(RootIndex.emptyString, addr | 1);
  stringHash(addr | 1);
  // The maps' tagged fields: every read-only map has prototype null and no descriptors.
  const nul: i32 = rootGet(RootIndex.nullValue);
  const undef: i32 = rootGet(RootIndex.undefinedValue);
  for (let r: i32 = RootIndex.metaMap; r <= RootIndex.internalizedTwoByteStringMap; r++) {
    const m: i32 = rootGet(r);
    H32[(m - 1 + MapLayout.prototype) >> 2] = nul;
    H32[(m - 1 + MapLayout.backPointer) >> 2] = undef;
    H32[(m - 1 + MapLayout.descriptors) >> 2] = rootGet(RootIndex.emptyDescriptorArray);
    H32[(m - 1 + MapLayout.transitions) >> 2] = undef;
  }
  for (let r: i32 = RootIndex.undefinedValue; r <= RootIndex.theHole; r++) {
    H32[(rootGet(r) - 1 + OddballLayout.toString) >> 2] = 0;
    H32[(rootGet(r) - 1 + OddballLayout.typeOf) >> 2] = 0;
  }
  H32[(rootGet(RootIndex.exceptionSentinel) - 1 + OddballLayout.toString) >> 2] = 0;
  H32[(rootGet(RootIndex.exceptionSentinel) - 1 + OddballLayout.typeOf) >> 2] = 0;
  // The BigInt map (outside the contiguous run of maps above): variable size, prototype null.
  roMap(RootIndex.bigIntMap, InstanceType.BIGINT, 0);
  const bigIntMap: i32 = rootGet(RootIndex.bigIntMap);
  H32[(bigIntMap - 1 + MapLayout.prototype) >> 2] = nul;
  H32[(bigIntMap - 1 + MapLayout.backPointer) >> 2] = undef;
  H32[(bigIntMap - 1 + MapLayout.descriptors) >> 2] = rootGet(RootIndex.emptyDescriptorArray);
  H32[(bigIntMap - 1 + MapLayout.transitions) >> 2] = undef;
}

function setOddballStrings(rootIndex: i32, toString: i32, typeOf: i32): void {
  H32[(rootGet(rootIndex) - 1 + OddballLayout.toString) >> 2] = toString;
  H32[(rootGet(rootIndex) - 1 + OddballLayout.typeOf) >> 2] = typeOf;
}

function createOldRoots(): void {
  rootSet(RootIndex.stringTable, stringTableNew(1024));
  rootSet(RootIndex.atomTable, rootGet(RootIndex.undefinedValue));
  rootSet(RootIndex.pendingException, rootGet(RootIndex.theHole));
  stringTableAddInternalized(rootGet(RootIndex.emptyString));
  const undefinedString: i32 = roString('undefined');
  const objectString: i32 = roString('object');
  const booleanString: i32 = roString('boolean');
  setOddballStrings(RootIndex.undefinedValue, undefinedString, undefinedString);
  setOddballStrings(RootIndex.nullValue, roString('null'), objectString);
  setOddballStrings(RootIndex.trueValue, roString('true'), booleanString);
  setOddballStrings(RootIndex.falseValue, roString('false'), booleanString);
  setOddballStrings(RootIndex.theHole, roString('hole'), undefinedString);
  // One realm, id 0, without a record (runtime/realm.ts).
  rootSet(RootIndex.currentRealm, 0);
  rootSet(RootIndex.realms, rootGet(RootIndex.undefinedValue));
  rootSet(RootIndex.libraryScripts, rootGet(RootIndex.undefinedValue));
  realmObjectsCreate();
}

/**
 * The basic objects of a realm (runtime/realm.ts REALM_ROOTS): %Object.prototype%, %Array.prototype%,
 * a provisional Function.prototype, their maps and the global object, stored in the roots. Called
 * for the heap's first realm here and for every realm made later (realmNew). May GC.
 */
export function realmObjectsCreate(): void {
  const nul: i32 = rootGet(RootIndex.nullValue);
  const objectSize: i32 = (JSObjectLayout.size + (OBJECT_INOBJECT_PROPERTIES << 2)) | 0;
  const protoMap: i32 = mapNew(InstanceType.JS_OBJECT, objectSize, OBJECT_INOBJECT_PROPERTIES, nul, ElementsKind.HOLEY_SMI);
  mapSetBit(protoMap, MapBit.PROTOTYPE_MAP);
  rootSet(RootIndex.objectPrototype, objectNew(protoMap));
  objectNormalize(rootGet(RootIndex.objectPrototype));
  rootSet(RootIndex.objectMap, mapNew(InstanceType.JS_OBJECT, objectSize, OBJECT_INOBJECT_PROPERTIES, rootGet(RootIndex.objectPrototype), ElementsKind.HOLEY_SMI));
  const arrayProtoMap: i32 = mapNew(InstanceType.JS_ARRAY, JSArrayLayout.size, 0, rootGet(RootIndex.objectPrototype), ElementsKind.PACKED_SMI);
  rootSet(RootIndex.arrayPrototype, objectNew(arrayProtoMap));
  fieldSet(rootGet(RootIndex.arrayPrototype), JSArrayLayout.length, 0);
  rootSet(RootIndex.arrayMap, mapNew(InstanceType.JS_ARRAY, JSArrayLayout.size, 0, rootGet(RootIndex.arrayPrototype), ElementsKind.PACKED_SMI));
  rootSet(RootIndex.functionPrototype, objectNew(rootGet(RootIndex.objectMap)));
  rootSet(RootIndex.functionMap, mapNew(InstanceType.JS_FUNCTION, JSFunctionLayout.size, 0, rootGet(RootIndex.functionPrototype), ElementsKind.HOLEY_SMI));
  mapSetBit(rootGet(RootIndex.functionMap), MapBit.CALLABLE);
  rootSet(RootIndex.boundFunctionMap, mapNew(InstanceType.JS_BOUND_FUNCTION, JSBoundFunctionLayout.size, 0, rootGet(RootIndex.functionPrototype), ElementsKind.HOLEY_SMI));
  mapSetBit(rootGet(RootIndex.boundFunctionMap), MapBit.CALLABLE);
  rootSet(RootIndex.globalObject, objectNew(rootGet(RootIndex.objectMap)));
  objectNormalize(rootGet(RootIndex.globalObject));
}

/**
 * Creates a fresh heap of `size` bytes with semispaces of `semiSize` bytes (both multiples of
 * 4 KiB; semiSize <= 32 MiB). Fatal when the sizes do not fit or the memory is not available.
 */
export function heapSetup(size: i32, semiSize: i32): void {
  if (!memoryInit(size, semiSize)) hostFatal('heap: cannot reserve the heap (check --max-heap and the young generation size)');
  heapReset();
  statsReset();
  createReadOnlyRoots();
  createOldRoots();
}

/** Reserves memory and resets the spaces without creating roots (image loading). */
export function heapSetupEmpty(size: i32, semiSize: i32): bool {
  if (!memoryInit(size, semiSize)) return false;
  heapReset();
  statsReset();
  return true;
}
