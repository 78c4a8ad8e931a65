// Body descriptors: the size of an object and which of its words are tagged, derived from the
// layout records. The GC, the verifier and the image writer see objects only through these.
import type { i32 } from './types.ts';
import { H32 } from './host/host.ts';
import {
  InstanceType, MapLayout, FreeSpaceLayout, FixedArrayLayout, FixedDoubleArrayLayout, ByteArrayLayout,
  SeqStringLayout, ConsStringLayout, SlicedStringLayout, SymbolLayout, OddballLayout, AccessorPairLayout,
  SharedFunctionInfoLayout, BytecodeArrayLayout, FeedbackVectorLayout, JSObjectLayout, BigIntLayout,
} from './layouts.ts';

export function mapInstanceType(mapRef: i32): i32 {
  return H32[(mapRef - 1 + MapLayout.instanceType) >> 2];
}

/** Size in bytes of the object at `addr` whose map is `mapRef` (a tagged map, not a forwarding word). */
export function objectSizeWithMap(addr: i32, mapRef: i32): i32 {
  const fixed: i32 = H32[(mapRef - 1 + MapLayout.instanceSize) >> 2];
  if (fixed !== 0) return fixed;
  const length: i32 = H32[(addr + 4) >> 2];
  switch (H32[(mapRef - 1 + MapLayout.instanceType) >> 2]) {
    case InstanceType.SEQ_ONE_BYTE_STRING:
    case InstanceType.INTERNALIZED_ONE_BYTE_STRING:
      return (SeqStringLayout.chars + length + 7) & ~7;
    case InstanceType.SEQ_TWO_BYTE_STRING:
    case InstanceType.INTERNALIZED_TWO_BYTE_STRING:
      return (SeqStringLayout.chars + (length << 1) + 7) & ~7;
    case InstanceType.FREE_SPACE:
      return H32[(addr + FreeSpaceLayout.blockSize) >> 2];
    case InstanceType.FIXED_DOUBLE_ARRAY:
      return (FixedDoubleArrayLayout.elements + (length << 3)) | 0;
    case InstanceType.BYTE_ARRAY:
      return (ByteArrayLayout.bytes + length + 7) & ~7;
    case InstanceType.BYTECODE_ARRAY:
      return (BytecodeArrayLayout.bytes + length + 7) & ~7;
    case InstanceType.FEEDBACK_VECTOR:
      return (FeedbackVectorLayout.slots + (length << 2) + 7) & ~7;
    case InstanceType.BIGINT:
      return (BigIntLayout.digits + (length << 2) + 7) & ~7;
    default:
      // FixedArray-shaped kinds: FIXED_ARRAY, DESCRIPTOR_ARRAY, TRANSITION_ARRAY, HASH_TABLE, CONTEXT.
      return (FixedArrayLayout.elements + (length << 2) + 7) & ~7;
  }
}

export function objectSize(addr: i32): i32 {
  return objectSizeWithMap(addr, H32[addr >> 2]);
}

/** First tagged body offset (after the map word) of an instance type. */
export function bodyTaggedStart(type: i32): i32 {
  switch (type) {
    case InstanceType.CONS_ONE_BYTE_STRING:
    case InstanceType.CONS_TWO_BYTE_STRING:
      return ConsStringLayout.taggedStart;
    case InstanceType.SLICED_ONE_BYTE_STRING:
    case InstanceType.SLICED_TWO_BYTE_STRING:
      return SlicedStringLayout.taggedStart;
    case InstanceType.MAP:
      return MapLayout.taggedStart;
    case InstanceType.ODDBALL:
      return OddballLayout.taggedStart;
    case InstanceType.SYMBOL:
      return SymbolLayout.taggedStart;
    case InstanceType.ACCESSOR_PAIR:
      return AccessorPairLayout.taggedStart;
    case InstanceType.SHARED_FUNCTION_INFO:
      return SharedFunctionInfoLayout.taggedStart;
    case InstanceType.BYTECODE_ARRAY:
      return BytecodeArrayLayout.taggedStart;
    case InstanceType.FEEDBACK_VECTOR:
      return FeedbackVectorLayout.taggedStart;
    case InstanceType.FIXED_ARRAY:
    case InstanceType.DESCRIPTOR_ARRAY:
    case InstanceType.TRANSITION_ARRAY:
    case InstanceType.HASH_TABLE:
    case InstanceType.CONTEXT:
      return FixedArrayLayout.taggedStart;
    default:
      if (type >= InstanceType.FIRST_JS_OBJECT_TYPE) return JSObjectLayout.taggedStart;
      return 4;
  }
}

/** End (exclusive) of the tagged body of an object of `type` and `size` bytes. */
export function bodyTaggedEnd(type: i32, size: i32): i32 {
  switch (type) {
    case InstanceType.CONS_ONE_BYTE_STRING:
    case InstanceType.CONS_TWO_BYTE_STRING:
      return ConsStringLayout.taggedEnd;
    case InstanceType.SLICED_ONE_BYTE_STRING:
    case InstanceType.SLICED_TWO_BYTE_STRING:
      return SlicedStringLayout.taggedEnd;
    case InstanceType.MAP:
      return MapLayout.taggedEnd;
    case InstanceType.ODDBALL:
      return OddballLayout.taggedEnd;
    case InstanceType.SYMBOL:
      return SymbolLayout.taggedEnd;
    case InstanceType.ACCESSOR_PAIR:
      return AccessorPairLayout.taggedEnd;
    case InstanceType.SHARED_FUNCTION_INFO:
      return SharedFunctionInfoLayout.taggedEnd;
    case InstanceType.BYTECODE_ARRAY:
      return BytecodeArrayLayout.taggedEnd;
    case InstanceType.FEEDBACK_VECTOR:
    case InstanceType.FIXED_ARRAY:
    case InstanceType.DESCRIPTOR_ARRAY:
    case InstanceType.TRANSITION_ARRAY:
    case InstanceType.HASH_TABLE:
    case InstanceType.CONTEXT:
      return size;
    default:
      if (type >= InstanceType.FIRST_JS_OBJECT_TYPE) return size;
      return 4;
  }
}
