// Error messages of the semantics with two values in them, worded as V8 words them:
//   Cannot assign to read only property 'x' of object '#<Object>'
//   Cannot create property 'x' on string 'abc'
//   Cannot use 'in' operator to search for 'x' in 1
// errors.ts throwErrorWith takes one value; these build the message string here. Values are
// rendered without running JavaScript: primitives as ToString would (symbols as Symbol(desc)),
// objects as V8's short forms (#<Ctor> from the constructor's name data property, [object Array]).
import type { i32, Lit } from './types.ts';
import { smiValue } from './memory.ts';
import { fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { InstanceType, OddballLayout, SymbolLayout, JSPrimitiveWrapperLayout } from './layouts.ts';
import { isHeapNumber, heapNumberValue, isSymbol, isJSObject, instanceTypeOf, nullValue, theHole } from './values.ts';
import { isString, stringConcat } from './strings.ts';
import { numberToString } from './number-conversions.ts';
import { objectGetOwn, objectGetPrototype } from './objects.ts';
import { throwError } from './errors.ts';
import { atom } from './atoms.ts';
import { isAccessorPair, isCallableValue } from './semantics-lookup.ts';

/** The constructor name of the object in handle hObj from data properties only (no getters run), or 0. May GC (atoms, first use). */
function constructorName(hObj: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hCtorKey: i32 = handleNew(atom('constructor'));
  const nameKey: i32 = atom('name');
  const ctorKey: i32 = handleGet(hCtorKey);
  const obj: i32 = handleGet(hObj);
  handleScopeClose(scope);
  const hole: i32 = theHole();
  const nul: i32 = nullValue();
  for (let o: i32 = obj; o !== nul; o = objectGetPrototype(o)) {
    const c: i32 = objectGetOwn(o, ctorKey);
    if (c === hole) continue;
    if (isAccessorPair(c) || !isJSObject(c)) return 0;
    const name: i32 = objectGetOwn(c, nameKey);
    return isString(name) && !isAccessorPair(name) ? name : 0;
  }
  return 0;
}

/** A short rendering of any value for a message. May GC. */
export function messageDisplay(v: i32): i32 {
  if ((v & 1) === 0) return numberToString(+smiValue(v));
  if (isHeapNumber(v)) return numberToString(heapNumberValue(v));
  if (isString(v)) return v;
  if (isSymbol(v)) {
    const scope: i32 = handleScopeOpen();
    const hDesc: i32 = handleNew(fieldGet(v, SymbolLayout.description));
    const hS: i32 = handleNew(atom('Symbol('));
    if (isString(handleGet(hDesc))) appendHandle(hS, hDesc);
    appendLit(hS, ')');
    const r: i32 = handleGet(hS);
    handleScopeClose(scope);
    return r;
  }
  if (!isJSObject(v)) {
    const s: i32 = fieldGet(v, OddballLayout.toString);
    return isString(s) ? s : atom('');
  }
  if (instanceTypeOf(v) === InstanceType.JS_ARRAY) return atom('[object Array]');
  if (instanceTypeOf(v) === InstanceType.JS_PRIMITIVE_WRAPPER) {
    const p: i32 = fieldGet(v, JSPrimitiveWrapperLayout.value);
    if (isString(p)) return atom('[object String]');
    if ((p & 1) === 0 || isHeapNumber(p)) return atom('[object Number]');
    if (isSymbol(p)) return atom('[object Symbol]');
    return atom('[object Boolean]');
  }
  if (isCallableValue(v)) return atom('function');
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hS: i32 = handleNew(atom('#<'));
  const name: i32 = constructorName(hV);
  const hName: i32 = handleNew(name !== 0 ? name : atom('Object'));
  appendHandle(hS, hName);
  appendLit(hS, '>');
  const r: i32 = handleGet(hS);
  handleScopeClose(scope);
  return r;
}

/** The kind word V8 puts before a value in messages: object, string, number, boolean, symbol... No GC after the first use. */
export function messageTypeWord(v: i32): i32 {
  if ((v & 1) === 0 || isHeapNumber(v)) return atom('number');
  if (isString(v)) return atom('string');
  if (isSymbol(v)) return atom('symbol');
  if (isCallableValue(v)) return atom('function');
  if (isJSObject(v)) return atom('object');
  return fieldGet(v, OddballLayout.typeOf);
}

/** hS := hS + atom(text). May GC. */
function appendLit(hS: i32, text: Lit): void {
  const t: i32 = atom(text);
  handleSet(hS, stringConcat(handleGet(hS), t));
}
/** hS := hS + s, for s a string in handle hT. May GC. */
function appendHandle(hS: i32, hT: i32): void {
  handleSet(hS, stringConcat(handleGet(hS), handleGet(hT)));
}
/** hS := hS + messageDisplay(value in hV). May GC. */
function appendDisplay(hS: i32, hV: i32): void {
  const scope: i32 = handleScopeOpen();
  const hT: i32 = handleNew(messageDisplay(handleGet(hV)));
  appendHandle(hS, hT);
  handleScopeClose(scope);
}

/** Throws `kind` with the message a + display(v1) + b + display(v2) + c. May GC. */
export function throwErrorWith2(kind: i32, a: Lit, v1: i32, b: Lit, v2: i32, c: Lit): i32 {
  const scope: i32 = handleScopeOpen();
  const hV1: i32 = handleNew(v1);
  const hV2: i32 = handleNew(v2);
  const hS: i32 = handleNew(atom(a));
  appendDisplay(hS, hV1);
  appendLit(hS, b);
  appendDisplay(hS, hV2);
  appendLit(hS, c);
  const r: i32 = throwError(kind, handleGet(hS));
  handleScopeClose(scope);
  return r;
}

/** Throws `kind` with a + display(v1) + b + typeWord(v2) + " '" + display(v2) + "'". May GC. */
export function throwErrorWithTyped(kind: i32, a: Lit, v1: i32, b: Lit, v2: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hV1: i32 = handleNew(v1);
  const hV2: i32 = handleNew(v2);
  const hS: i32 = handleNew(atom(a));
  appendDisplay(hS, hV1);
  appendLit(hS, b);
  const hW: i32 = handleNew(messageTypeWord(handleGet(hV2)));
  appendHandle(hS, hW);
  appendLit(hS, " '");
  appendDisplay(hS, hV2);
  appendLit(hS, "'");
  const r: i32 = throwError(kind, handleGet(hS));
  handleScopeClose(scope);
  return r;
}
