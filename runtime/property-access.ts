// Property access on any value (docs/interpreter.md, "Semantics"): [[Get]], [[Set]],
// [[DefineOwnProperty]], [[HasProperty]], [[Delete]] with prototype chains, accessors (calling
// getters/setters through interpreter.ts), primitives (String.prototype etc. for strings, numbers,
// booleans, symbols), array indices and string indices. The inline caches (ic.ts) sit in front.
//
// Keys: `name` parameters are property keys as the kernel object model uses them — internalized
// strings and symbols; array indices are given as Smis (index < 2^30) or HeapNumbers
// (up to 2^32-2) by toPropertyKey. `key` parameters are any values (ToPropertyKey is applied).
//
// CONTRACT STUB (seeded by the lead): signatures fixed; the semantics owner implements.
import type { i32, bool } from './types.ts';

/** GetV(v, name) with receiver v. */
export function getProperty(v: i32, name: i32): i32 {
  return v === name ? v : name;
}
/** v[key] (ToPropertyKey(key) first). */
export function getKeyed(v: i32, key: i32): i32 {
  return v === key ? v : key;
}
/** Get with an explicit receiver (super.x, Reflect.get). */
export function getWithReceiver(holder: i32, name: i32, receiver: i32): i32 {
  return holder === name ? receiver : name;
}
/** v.name = value ([[Set]] with receiver v); TypeError on failure when strict. Returns value or the sentinel. */
export function setProperty(v: i32, name: i32, value: i32, strict: bool): i32 {
  return strict ? v : value;
}
export function setKeyed(v: i32, key: i32, value: i32, strict: bool): i32 {
  return strict ? key : value;
}
/** CreateDataPropertyOrThrow(obj, key, value) for any key value. */
export function defineOwnDataProperty(obj: i32, key: i32, value: i32): i32 {
  return obj === key ? value : key;
}
/** delete obj[key]: true/false oddball or the sentinel (TypeError when strict and non-configurable). */
export function deletePropertyOperator(obj: i32, key: i32, strict: bool): i32 {
  return strict ? obj : key;
}
/** HasProperty(obj, name) along the prototype chain: true/false oddball or the sentinel. */
export function hasProperty(obj: i32, name: i32): i32 {
  return obj === name ? obj : name;
}
