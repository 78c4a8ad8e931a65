// Inline caches (docs/interpreter.md, "Inline caches"): the interpreter's property-access
// bytecodes call these with the function's feedback vector and the slot of the site. States per
// slot: uninitialized -> monomorphic -> polymorphic (<= 4 maps) -> megamorphic (global stub cache
// keyed by map and name). A feedback vector of `undefined` means no feedback (plain access).
//
// CONTRACT STUB (seeded by the lead): signatures fixed; the semantics owner implements.
import type { i32, bool } from './types.ts';
import { getProperty, getKeyed, setProperty, setKeyed } from './property-access.ts';

export function icLoadNamed(v: i32, name: i32, feedback: i32, slot: i32): i32 {
  if (feedback === slot) return getProperty(v, name);
  return getProperty(v, name);
}
export function icLoadKeyed(v: i32, key: i32, feedback: i32, slot: i32): i32 {
  if (feedback === slot) return getKeyed(v, key);
  return getKeyed(v, key);
}
export function icStoreNamed(v: i32, name: i32, value: i32, strict: bool, feedback: i32, slot: i32): i32 {
  if (feedback === slot) return setProperty(v, name, value, strict);
  return setProperty(v, name, value, strict);
}
export function icStoreKeyed(v: i32, key: i32, value: i32, strict: bool, feedback: i32, slot: i32): i32 {
  if (feedback === slot) return setKeyed(v, key, value, strict);
  return setKeyed(v, key, value, strict);
}
