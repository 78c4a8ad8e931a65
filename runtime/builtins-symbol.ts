// Symbol (ECMA-262 §20.4): the constructor, the registry of Symbol.for/keyFor (a FixedArray of
// (key, symbol) pairs in Intrinsic.SymbolRegistry) and Symbol.prototype.
import type { i32 } from './types.ts';
import { fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet } from './heap.ts';
import { InstanceType, SymbolLayout } from './layouts.ts';
import {
  undefinedValue, isSymbol, isJSObject, instanceTypeOf, symbolNew, fixedArrayNew, fixedArrayGet, fixedArraySet,
  fixedArrayLength,
} from './values.ts';
import { isString, stringEquals, stringInternalize, stringFlatten } from './strings.ts';
import { isException, throwErrorLit, throwErrorWith, ErrorKind, valueDisplay, exceptionSentinel } from './errors.ts';
import { toString, primitiveWrapperValue } from './conversions.ts';
import { agentIntrinsicGet, agentIntrinsicSet, Intrinsic } from './realm.ts';
import { arg, argThis, argNewTarget, argToString } from './builtins-util.ts';

/** Symbol([description]): `new Symbol()` is a TypeError. */
export function symbolConstructor(argv: i32, argc: i32): i32 {
  if (argNewTarget(argv) !== undefinedValue()) return throwErrorLit(ErrorKind.TypeError, 'Symbol is not a constructor');
  let desc: i32 = arg(argv, argc, 0);
  if (desc !== undefinedValue()) {
    desc = toString(desc);
    if (isException(desc)) return desc;
  }
  return symbolNew(desc);
}

/** The registry pair index of `key`, or -1. No GC. */
function registryFind(key: i32): i32 {
  const reg: i32 = agentIntrinsicGet(Intrinsic.SymbolRegistry);
  if (reg === undefinedValue()) return -1;
  const n: i32 = fixedArrayLength(reg);
  for (let i: i32 = 0; i < n; i = (i + 2) | 0) {
    const k: i32 = fixedArrayGet(reg, i);
    if (k === undefinedValue()) return -1;
    if (k === key || stringEquals(k, key)) return i;
  }
  return -1;
}

export function symbolFor(argv: i32, argc: i32): i32 {
  const s: i32 = argToString(argv, argc, 0);
  if (isException(s)) return s;
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(stringInternalize(stringFlatten(s)));
  const at: i32 = registryFind(handleGet(hKey));
  if (at >= 0) {
    const found: i32 = fixedArrayGet(agentIntrinsicGet(Intrinsic.SymbolRegistry), (at + 1) | 0);
    handleScopeClose(scope);
    return found;
  }
  const hSym: i32 = handleNew(symbolNew(handleGet(hKey)));
  let reg: i32 = agentIntrinsicGet(Intrinsic.SymbolRegistry);
  let used: i32 = 0;
  if (reg !== undefinedValue()) {
    const n: i32 = fixedArrayLength(reg);
    while (used < n && fixedArrayGet(reg, used) !== undefinedValue()) used = (used + 2) | 0;
  }
  if (reg === undefinedValue() || used >= fixedArrayLength(reg)) {
    const n: i32 = reg === undefinedValue() ? 0 : fixedArrayLength(reg);
    const grown: i32 = fixedArrayNew(n === 0 ? 32 : n << 1);
    const old: i32 = agentIntrinsicGet(Intrinsic.SymbolRegistry);
    for (let i: i32 = 0; i < n; i++) fixedArraySet(grown, i, fixedArrayGet(old, i));
    agentIntrinsicSet(Intrinsic.SymbolRegistry, grown);
    reg = agentIntrinsicGet(Intrinsic.SymbolRegistry);
  }
  fixedArraySet(reg, used, handleGet(hKey));
  fixedArraySet(reg, (used + 1) | 0, handleGet(hSym));
  const r: i32 = handleGet(hSym);
  handleScopeClose(scope);
  return r;
}

export function symbolKeyFor(argv: i32, argc: i32): i32 {
  const sym: i32 = arg(argv, argc, 0);
  if (!isSymbol(sym)) return throwErrorWith(ErrorKind.TypeError, '', sym, ' is not a symbol');
  const reg: i32 = agentIntrinsicGet(Intrinsic.SymbolRegistry);
  if (reg === undefinedValue()) return undefinedValue();
  const n: i32 = fixedArrayLength(reg);
  for (let i: i32 = 1; i < n; i = (i + 2) | 0) if (fixedArrayGet(reg, i) === sym) return fixedArrayGet(reg, (i - 1) | 0);
  return undefinedValue();
}

/** thisSymbolValue(this) or the sentinel. */
function thisSymbol(argv: i32): i32 {
  const v: i32 = argThis(argv);
  if (isSymbol(v)) return v;
  if (isJSObject(v) && instanceTypeOf(v) === InstanceType.JS_PRIMITIVE_WRAPPER && isSymbol(primitiveWrapperValue(v))) {
    return primitiveWrapperValue(v);
  }
  return throwErrorLit(ErrorKind.TypeError, 'Symbol.prototype.valueOf requires that \'this\' be a Symbol');
}

export function symbolProtoToString(argv: i32, argc: i32): i32 {
  const s: i32 = thisSymbol(argv);
  if (isException(s) || argc < 0) return s;
  return valueDisplay(s);
}
export function symbolProtoValueOf(argv: i32, argc: i32): i32 {
  if (argc < 0) return exceptionSentinel();
  return thisSymbol(argv);
}
export function symbolProtoDescription(argv: i32, argc: i32): i32 {
  const s: i32 = thisSymbol(argv);
  if (isException(s) || argc < 0) return s;
  const d: i32 = fieldGet(s, SymbolLayout.description);
  return isString(d) ? d : undefinedValue();
}
