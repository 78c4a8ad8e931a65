// Error messages of the semantics with two values in them, worded as V8 words them:
//   Cannot assign to read only property 'x' of object '#<Object>'
//   Cannot create property 'x' on string 'abc'
//   Cannot use 'in' operator to search for 'x' in 1
// errors.ts throwErrorWith takes one value; these build the message string here. Values are
// rendered without running JavaScript: primitives as ToString would (symbols as Symbol(desc)),
// objects as V8's short forms (#<Ctor> from the constructor's name data property, [object Array]).
import { isBigInt, bigIntToString } from './bigint.ts';
import type { i32, bool, Lit } from './types.ts';
import { smiValue } from './memory.ts';
import { fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import {
  InstanceType, OddballLayout, SymbolLayout, JSPrimitiveWrapperLayout, JSBoundFunctionLayout, SharedFunctionInfoLayout, SfiKind,
} from './layouts.ts';
import { ScriptSlot } from './stack-trace.ts';
import { functionShared, sharedFunctionInfoKind, sharedFunctionInfoSourceStart, sharedFunctionInfoSourceEnd } from './functions.ts';
import {
  isHeapNumber, heapNumberValue, isSymbol, isJSObject, instanceTypeOf, nullValue, theHole, trueValue, falseValue, fixedArrayGet,
  fixedArrayLength,
} from './values.ts';
import { isString, stringConcat, stringLength, stringSlice } from './strings.ts';
import { numberToString } from './number-conversions.ts';
import { objectGetOwn, objectGetPrototype } from './objects.ts';
import { throwError, ErrorKind } from './errors.ts';
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
  if (isBigInt(v)) return bigIntToString(v, 10); // V8 shows 5n as 5
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
    if (isBigInt(p)) return atom('[object BigInt]');
    return atom('[object Boolean]');
  }
  if (isCallableValue(v)) return functionSourceText(v);
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hS: i32 = handleNew(atom('#<'));
  const name: i32 = constructorName(hV);
  if (name === 0) {
    handleScopeClose(scope);
    return atom('[object Object]');
  }
  const hName: i32 = handleNew(name);
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
  if (isBigInt(v)) return atom('bigint');
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

/**
 * Throws V8's TypeError for calling a non-callable method value (a @@toPrimitive or
 * @@hasInstance that is not a function): `number 1 is not a function`, `string "s" is not a
 * function`, `object is not a function`. May GC.
 */
export function throwNotAFunction(v: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hV: i32 = handleNew(v);
  const hS: i32 = handleNew(messageTypeWord(v));
  const x: i32 = handleGet(hV);
  const withValue: bool = (x & 1) === 0 || isHeapNumber(x) || isString(x) || x === trueValue() || x === falseValue();
  if (withValue) {
    if (isString(x)) appendLit(hS, ' "');
    else appendLit(hS, ' ');
    appendDisplay(hS, hV);
    if (isString(handleGet(hV))) appendLit(hS, '"');
  }
  appendLit(hS, ' is not a function');
  const r: i32 = throwError(ErrorKind.TypeError, handleGet(hS));
  handleScopeClose(scope);
  return r;
}

/**
 * How V8 shows a function in messages: its source text when the script is known, else
 * `function name() { [native code] }`. May GC.
 */
function functionSourceText(f: i32): i32 {
  let g: i32 = f;
  while (instanceTypeOf(g) === InstanceType.JS_BOUND_FUNCTION) g = fieldGet(g, JSBoundFunctionLayout.target);
  if (instanceTypeOf(g) === InstanceType.JS_FUNCTION) {
    const sfi: i32 = functionShared(g);
    if (sharedFunctionInfoKind(sfi) !== SfiKind.builtin) {
      let source: i32 = fieldGet(sfi, SharedFunctionInfoLayout.script);
      if ((source & 1) !== 0 && !isString(source) && instanceTypeOf(source) === InstanceType.FIXED_ARRAY && fixedArrayLength(source) > ScriptSlot.source) {
        source = fixedArrayGet(source, ScriptSlot.source);
      }
      const start: i32 = sharedFunctionInfoSourceStart(sfi);
      const end: i32 = sharedFunctionInfoSourceEnd(sfi);
      if (isString(source) && start >= 0 && end > start && end <= stringLength(source)) return stringSlice(source, start, end);
    }
  }
  const scope: i32 = handleScopeOpen();
  const hF: i32 = handleNew(g);
  const hS: i32 = handleNew(atom('function '));
  const nameKey: i32 = atom('name');
  const name: i32 = instanceTypeOf(handleGet(hF)) === InstanceType.JS_FUNCTION ? objectGetOwn(handleGet(hF), nameKey) : 0;
  if (name !== 0 && isString(name)) {
    const hName: i32 = handleNew(name);
    appendHandle(hS, hName);
  }
  appendLit(hS, '() { [native code] }');
  const r: i32 = handleGet(hS);
  handleScopeClose(scope);
  return r;
}
