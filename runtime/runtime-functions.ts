// The runtime functions of CallRuntime (stage0/bytecode/runtime-functions.ts; ids in
// runtime/generated/bytecodes.ts RuntimeFunction). Each reads its arguments from the frame's
// registers R[first .. first+count-1] (re-read after anything that allocates: the frame is a GC
// root) and returns a value or the exception sentinel.
//
// Private names are symbols whose description is a FixedArray [description, method, getter,
// setter] (PrivateNameSlot); private fields and brands are non-enumerable own properties keyed by
// them. (Object.getOwnPropertySymbols may see them: a known deviation until the object model has
// private symbols.)
import type { i32, bool } from './types.ts';
import { H32 } from './host/host.ts';
import { smiFrom } from './memory.ts';
import { rootGet, fieldGet, handleScopeOpen, handleScopeClose, handleNew, handleGet, handleSet } from './heap.ts';
import { RootIndex } from './roots.ts';
import {
  InstanceType, SharedFunctionInfoLayout, BytecodeArrayLayout, PropertyAttr, SymbolLayout, FixedArrayLayout,
} from './layouts.ts';
import { RuntimeFunction } from './generated/bytecodes.ts';
import {
  undefinedValue, nullValue, theHole, trueValue, falseValue, instanceTypeOf, isJSObject, fixedArrayNew, fixedArrayGet,
  fixedArraySet, fixedArrayLength, isSymbol, symbolNew, accessorPairGetter, accessorPairSetter, isHeapObjectOfType, boolValue,
} from './values.ts';
import { functionShared } from './functions.ts';
import {
  objectNewPlain, objectDefineOwnProperty, objectDefineAccessor, objectGetOwn, objectGetOwnAttributes, objectGetPrototype,
  objectSetPrototype,
} from './objects.ts';
import { arrayLength, elementsSet } from './elements.ts';
import { atom } from './atoms.ts';
import { isString, stringConcat } from './strings.ts';
import { intrinsicGet, Intrinsic } from './realm.ts';
import {
  throwErrorLit, throwErrorWith, throwError, errorNew, ErrorKind, isException, pendingException, pendingExceptionClear, throwValue,
} from './errors.ts';
import { toBoolean, toPropertyKey, isCallable, stringToPropertyKey } from './conversions.ts';
import {
  getProperty, getKeyed, getWithReceiver, setWithReceiver, defineOwnDataProperty, defineOwnPropertyWithAttributes,
  defineOwnAccessorProperty, getOwnPropertyAttributes,
} from './property-access.ts';
import { ownAccessorPair, keyArrayIndex } from './semantics-lookup.ts';
import { FrameSlot, registerGet } from './frames.ts';
import { isConstructorObject } from './interpreter-calls.ts';
import { vmCall, vmCall0, vmCall1, vmConstruct, vmArgsReserve, vmArgsRelease, vmArgSet, frameIsStrict } from './interpreter.ts';
import { declareGlobals } from './interpreter-globals.ts';
import {
  copyDataProperties, iterableToArray, functionExtraGet, functionExtraSet, FunctionExtra, getIterator, lookupSlotResolve, lookupHolderLoad,
  lookupHolderStore,
} from './interpreter-objects.ts';
import { hookGet, HookId } from './hooks.ts';
import {
  generatorCreate, generatorResumeMode, generatorClose, iterResultNew, asyncFunctionEnter, asyncFunctionAwait, asyncFunctionSettle,
} from './generators.ts';

import { dynamicImport, importMetaGet, moduleNamespaceGet } from './modules.ts';
import { declareEvalVars, resolvePossiblyDirectEval } from './eval.ts';
import { asyncGeneratorAwait, asyncGeneratorYield, asyncGeneratorResolve, asyncGeneratorReject } from './async-generators.ts';
import { disposableStackCreate, disposableResourceAdd, disposeResources } from './disposal.ts';

export const PrivateNameSlot = { description: 0, method: 1, getter: 2, setter: 3, size: 4 } as const;

function arg(fp: i32, first: i32, i: i32): i32 {
  return registerGet(fp, (first + i) | 0);
}
function closeWith(scope: i32, v: i32): i32 {
  handleScopeClose(scope);
  return v;
}

/** Runs runtime function `id` on R[first .. first+count-1] of the frame at fp. May GC. */
export function runtimeCall(id: i32, fp: i32, first: i32, count: i32): i32 {
  switch (id) {
    case RuntimeFunction.ThrowConstAssignError:
      return throwErrorLit(ErrorKind.TypeError, 'Assignment to constant variable.');
    case RuntimeFunction.ThrowTypeError:
      return throwError(ErrorKind.TypeError, arg(fp, first, 0));
    case RuntimeFunction.ThrowReferenceError:
      return throwErrorWith(ErrorKind.ReferenceError, '', arg(fp, first, 0), ' is not defined');
    case RuntimeFunction.ThrowSyntaxError:
      return throwError(ErrorKind.SyntaxError, arg(fp, first, 0));
    case RuntimeFunction.ThrowIteratorResultNotAnObject:
      return throwErrorWith(ErrorKind.TypeError, 'Iterator result ', arg(fp, first, 0), ' is not an object');
    case RuntimeFunction.ThrowPatternNotCoercible: {
      const v: i32 = arg(fp, first, 0);
      if (v === nullValue()) return throwErrorLit(ErrorKind.TypeError, 'Cannot destructure \'null\' as it is null.');
      return throwErrorLit(ErrorKind.TypeError, 'Cannot destructure \'undefined\' as it is undefined.');
    }
    case RuntimeFunction.ThrowNotConstructor:
      return throwErrorWith(ErrorKind.TypeError, '', arg(fp, first, 0), ' is not a constructor');
    case RuntimeFunction.ThrowUnsupportedSuperError:
      return throwErrorLit(ErrorKind.ReferenceError, 'Unsupported reference to \'super\'');
    case RuntimeFunction.DeclareGlobals: {
      const closure: i32 = arg(fp, first, 1);
      const bytecode: i32 = fieldGet(functionShared(closure), SharedFunctionInfoLayout.bytecode);
      return declareGlobals(arg(fp, first, 0), fieldGet(bytecode, BytecodeArrayLayout.constantPool), H32[(fp + FrameSlot.context) >> 2]);
    }
    case RuntimeFunction.DefineClass:
      return defineClass(fp, first, count);
    case RuntimeFunction.CreatePrivateName: {
      const scope: i32 = handleScopeOpen();
      const info: i32 = fixedArrayNew(PrivateNameSlot.size);
      fixedArraySet(info, PrivateNameSlot.description, arg(fp, first, 0));
      return closeWith(scope, symbolNew(info));
    }
    case RuntimeFunction.PrivateGet:
      return privateGet(arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.PrivateSet:
      return privateSet(arg(fp, first, 0), arg(fp, first, 1), arg(fp, first, 2));
    case RuntimeFunction.PrivateIn: {
      const obj: i32 = arg(fp, first, 0);
      if (!isJSObject(obj)) return throwErrorLit(ErrorKind.TypeError, 'Cannot use \'in\' operator to search for a private field in a non-object');
      return boolValue(objectGetOwnAttributes(obj, arg(fp, first, 1)) >= 0);
    }
    case RuntimeFunction.PrivateFieldAdd: {
      const obj: i32 = arg(fp, first, 0);
      if (!isJSObject(obj)) return throwErrorLit(ErrorKind.TypeError, 'Cannot define private field on a non-object');
      if (objectGetOwnAttributes(obj, arg(fp, first, 1)) >= 0) {
        return throwErrorWith(ErrorKind.TypeError, 'Cannot initialize ', privateDescription(arg(fp, first, 1)), ' twice on the same object');
      }
      objectDefineOwnProperty(obj, arg(fp, first, 1), arg(fp, first, 2), PropertyAttr.WRITABLE);
      return undefinedValue();
    }
    case RuntimeFunction.PrivateNameSetMethod: {
      const info: i32 = fieldGet(arg(fp, first, 0), SymbolLayout.description);
      fixedArraySet(info, (PrivateNameSlot.method + (arg(fp, first, 1) >> 1)) | 0, arg(fp, first, 2));
      return undefinedValue();
    }
    case RuntimeFunction.PrivateBrandAdd: {
      // The brand of one private method name (the bytecode adds each name once per
      // initialisation): a second add means the constructor ran twice on the object (a
      // constructor returning an existing object to a subclass).
      const obj: i32 = arg(fp, first, 0);
      if (!isJSObject(obj)) return throwErrorLit(ErrorKind.TypeError, 'Cannot define private method on a non-object');
      if (objectGetOwnAttributes(obj, arg(fp, first, 1)) >= 0) {
        return throwErrorWith(ErrorKind.TypeError, 'Cannot initialize ', privateDescription(arg(fp, first, 1)), ' twice on the same object');
      }
      objectDefineOwnProperty(obj, arg(fp, first, 1), 0, 0);
      return undefinedValue();
    }
    case RuntimeFunction.InitializeInstanceElements: {
      const fields: i32 = functionExtraGet(arg(fp, first, 1), FunctionExtra.classFields);
      if ((fields & 1) === 0 || fields === undefinedValue()) return undefinedValue();
      const initializer: i32 = fixedArrayGet(fields, 0);
      if (initializer === undefinedValue()) return undefinedValue();
      const n: i32 = (fixedArrayLength(fields) - 1) | 0;
      const argv: i32 = vmArgsReserve(n);
      const f2: i32 = functionExtraGet(arg(fp, first, 1), FunctionExtra.classFields);
      for (let i: i32 = 0; i < n; i++) vmArgSet(argv, i, fixedArrayGet(f2, (i + 1) | 0));
      const r: i32 = vmCall(fixedArrayGet(f2, 0), arg(fp, first, 0), argv, n);
      vmArgsRelease(argv);
      return isException(r) ? r : undefinedValue();
    }
    case RuntimeFunction.DefineAccessor: {
      const scope: i32 = handleScopeOpen();
      const key: i32 = canonicalKey(arg(fp, first, 1));
      return closeWith(scope, defineAccessor(arg(fp, first, 0), key, arg(fp, first, 2), arg(fp, first, 3),
        PropertyAttr.ENUMERABLE | PropertyAttr.CONFIGURABLE));
    }
    case RuntimeFunction.SetPrototypeInLiteral: {
      const v: i32 = arg(fp, first, 1);
      if (isJSObject(v) || v === nullValue()) objectSetPrototype(arg(fp, first, 0), v);
      return undefinedValue();
    }
    case RuntimeFunction.CopyDataProperties:
      return copyDataProperties(arg(fp, first, 0), arg(fp, first, 1), 0);
    case RuntimeFunction.CopyDataPropertiesExcluding: {
      const scope: i32 = handleScopeOpen();
      const hEx: i32 = handleNew(fixedArrayNew((count - 1) | 0));
      for (let i: i32 = 1; i < count; i++) fixedArraySet(handleGet(hEx), (i - 1) | 0, arg(fp, first, i));
      const hObj: i32 = handleNew(objectNewPlain());
      const r: i32 = copyDataProperties(handleGet(hObj), arg(fp, first, 0), handleGet(hEx));
      return closeWith(scope, isException(r) ? r : handleGet(hObj));
    }
    case RuntimeFunction.AppendSpread: {
      const scope: i32 = handleScopeOpen();
      const items: i32 = iterableToArray(arg(fp, first, 1));
      if (isException(items)) return closeWith(scope, items);
      const hItems: i32 = handleNew(items);
      const n: i32 = arrayLength(items) | 0;
      for (let i: i32 = 0; i < n; i++) {
        const v: i32 = getKeyed(handleGet(hItems), smiFrom(i));
        const target: i32 = arg(fp, first, 0);
        elementsSet(target, arrayLength(target) >>> 0, v);
      }
      return closeWith(scope, arg(fp, first, 0));
    }
    case RuntimeFunction.CallWithArrayLike:
      return callWithArrayLike(arg(fp, first, 0), arg(fp, first, 1), arg(fp, first, 2), false, undefinedValue());
    case RuntimeFunction.ConstructWithArrayLike:
      return callWithArrayLike(arg(fp, first, 0), undefinedValue(), arg(fp, first, 1), true, arg(fp, first, 2));
    case RuntimeFunction.SetFunctionName:
      return setFunctionName(arg(fp, first, 0), arg(fp, first, 1), arg(fp, first, 2));
    case RuntimeFunction.SetHomeObject:
      functionExtraSet(arg(fp, first, 0), FunctionExtra.homeObject, arg(fp, first, 1));
      return arg(fp, first, 0);
    case RuntimeFunction.LoadSuperKeyed:
    case RuntimeFunction.StoreSuperNamed:
    case RuntimeFunction.StoreSuperKeyed: {
      // Argument 1 is the reference's base: GetSuperBase, the home object's prototype, taken by
      // the bytecode when the reference was made (before ToPropertyKey of the key, here).
      const scope: i32 = handleScopeOpen();
      const hProto: i32 = handleNew(arg(fp, first, 1));
      const key: i32 = toPropertyKey(arg(fp, first, 2));
      if (isException(key)) return closeWith(scope, key);
      if (id === RuntimeFunction.LoadSuperKeyed) {
        if (handleGet(hProto) === nullValue()) return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot read properties of null (reading \'', key, '\')'));
        return closeWith(scope, getWithReceiver(handleGet(hProto), key, arg(fp, first, 0)));
      }
      if (handleGet(hProto) === nullValue()) return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot set properties of null (setting \'', key, '\')'));
      const strict: bool = frameIsStrict(fp);
      return closeWith(scope, setWithReceiver(handleGet(hProto), key, arg(fp, first, 3), arg(fp, first, 0), strict));
    }
    case RuntimeFunction.CreateIterResultObject:
      return iterResultNew(arg(fp, first, 0), toBoolean(arg(fp, first, 1)));
    case RuntimeFunction.IteratorClose:
    case RuntimeFunction.IteratorCloseOnThrow: {
      const onThrow: bool = id === RuntimeFunction.IteratorCloseOnThrow;
      const saved: i32 = onThrow ? pendingException() : 0;
      const scope: i32 = handleScopeOpen();
      const hSaved: i32 = handleNew(saved);
      const kReturn: i32 = atom('return');
      const it: i32 = arg(fp, first, 0);
      const ret: i32 = getProperty(it, kReturn);
      let r: i32 = undefinedValue();
      if (isException(ret)) r = ret;
      else if (ret !== undefinedValue() && ret !== nullValue()) {
        r = vmCall0(ret, arg(fp, first, 0));
        if (!isException(r) && !isJSObject(r)) r = throwErrorWith(ErrorKind.TypeError, 'Iterator result ', r, ' is not an object');
      }
      if (onThrow) {
        pendingExceptionClear();
        return closeWith(scope, undefinedValue());
      }
      handleSet(hSaved, 0);
      return closeWith(scope, isException(r) ? r : undefinedValue());
    }
    case RuntimeFunction.GetAsyncIterator:
      return asyncIteratorOf(arg(fp, first, 0));
    case RuntimeFunction.AsyncIteratorClose: {
      const scope: i32 = handleScopeOpen();
      const key: i32 = atom('return');
      const ret: i32 = getProperty(arg(fp, first, 0), key);
      if (isException(ret)) return closeWith(scope, ret);
      if (ret === undefinedValue() || ret === nullValue()) return closeWith(scope, theHole());
      return closeWith(scope, vmCall0(ret, arg(fp, first, 0)));
    }
    case RuntimeFunction.CreateGeneratorObject:
      return generatorCreate(arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.GeneratorGetResumeMode:
      return generatorResumeMode(arg(fp, first, 0));
    case RuntimeFunction.GeneratorClose:
      generatorClose(arg(fp, first, 0));
      return undefinedValue();
    case RuntimeFunction.AsyncFunctionEnter:
      return asyncFunctionEnter(arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.AsyncFunctionAwait:
      return asyncFunctionAwait(arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.AsyncFunctionResolve:
      return asyncFunctionSettle(arg(fp, first, 0), arg(fp, first, 1), false);
    case RuntimeFunction.AsyncFunctionReject:
      return asyncFunctionSettle(arg(fp, first, 0), arg(fp, first, 1), true);
    case RuntimeFunction.ToPropertyKeyForClass:
      return toPropertyKey(arg(fp, first, 0));
    case RuntimeFunction.NewTypeErrorWithMessage:
      return errorNew(ErrorKind.TypeError, arg(fp, first, 0));
    case RuntimeFunction.ThrowInvalidAssignmentTarget:
      return throwErrorLit(ErrorKind.ReferenceError, 'Invalid left-hand side in assignment');
    case RuntimeFunction.ResolveLookupSlot:
      return lookupSlotResolve(fp, arg(fp, first, 0));
    case RuntimeFunction.LoadLookupHolder:
      return lookupHolderLoad(arg(fp, first, 0), arg(fp, first, 1), arg(fp, first, 2) === trueValue());
    case RuntimeFunction.StoreLookupHolder:
      return lookupHolderStore(arg(fp, first, 0), arg(fp, first, 1), arg(fp, first, 2), arg(fp, first, 3) === trueValue());
    case RuntimeFunction.DeclareEvalVars:
      return declareEvalVars(fp, arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.ResolvePossiblyDirectEval:
      return resolvePossiblyDirectEval(fp, first);
    case RuntimeFunction.AsyncGeneratorAwait:
      return asyncGeneratorAwait(arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.AsyncGeneratorYield:
      return asyncGeneratorYield(arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.AsyncGeneratorResolve:
      return asyncGeneratorResolve(arg(fp, first, 0), arg(fp, first, 1), arg(fp, first, 2));
    case RuntimeFunction.AsyncGeneratorReject:
      return asyncGeneratorReject(arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.DynamicImport:
      return dynamicImport(fp, arg(fp, first, 0), arg(fp, first, 1));
    case RuntimeFunction.GetImportMeta:
      return importMetaGet(fp);
    case RuntimeFunction.GetModuleNamespace:
      return moduleNamespaceGet(fp, arg(fp, first, 0));
    case RuntimeFunction.AddDisposableResource:
      return disposableResourceAdd(arg(fp, first, 0), arg(fp, first, 1), arg(fp, first, 2));
    case RuntimeFunction.CreateDisposableStack:
      return disposableStackCreate();
    case RuntimeFunction.DisposeResources:
      return disposeResources(arg(fp, first, 0), arg(fp, first, 1));
    default:
      return throwErrorLit(ErrorKind.SyntaxError, 'unknown runtime function');
  }
}

// ---- classes -------------------------------------------------------------------------------------

/**
 * DefineClass [boilerplate, constructor, parent (hole: none), instance initialiser, (computed key,)
 * closure per element, instance initialiser arguments...] (ECMA-262 ClassDefinitionEvaluation,
 * steps after the closures exist). Returns the constructor. May GC.
 */
function defineClass(fp: i32, first: i32, count: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const parent: i32 = arg(fp, first, 2);
  let protoParent: i32 = rootGet(RootIndex.objectPrototype);
  let ctorParent: i32 = 0;
  if (parent !== theHole()) {
    if (parent === nullValue()) {
      protoParent = nullValue();
      ctorParent = rootGet(RootIndex.functionPrototype);
    } else {
      if (!isConstructorObject(parent)) return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Class extends value ', parent, ' is not a constructor or null'));
      // atom() may allocate (first use after an image load): make the key, then re-read the parent.
      const prototypeKey: i32 = atom('prototype');
      const p: i32 = getProperty(arg(fp, first, 2), prototypeKey);
      if (isException(p)) return closeWith(scope, p);
      if (!isJSObject(p) && p !== nullValue()) {
        return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Class extends value does not have valid prototype property ', p, ''));
      }
      protoParent = p;
      ctorParent = arg(fp, first, 2);
    }
  }
  const hProtoParent: i32 = handleNew(protoParent);
  const hProto: i32 = handleNew(objectNewPlain());
  if (handleGet(hProtoParent) !== rootGet(RootIndex.objectPrototype)) objectSetPrototype(handleGet(hProto), handleGet(hProtoParent));
  let key: i32 = atom('constructor');
  objectDefineOwnProperty(handleGet(hProto), key, arg(fp, first, 1), PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE);
  key = atom('prototype');
  objectDefineOwnProperty(arg(fp, first, 1), key, handleGet(hProto), 0);
  if (ctorParent !== 0) objectSetPrototype(arg(fp, first, 1), arg(fp, first, 2) === nullValue() ? rootGet(RootIndex.functionPrototype) : arg(fp, first, 2));
  functionExtraSet(arg(fp, first, 1), FunctionExtra.homeObject, handleGet(hProto));
  const elements: i32 = (fixedArrayLength(arg(fp, first, 0)) - 1) >> 1;
  let i: i32 = 4;
  for (let e: i32 = 0; e < elements; e++) {
    const bits: i32 = fixedArrayGet(arg(fp, first, 0), (1 + (e << 1)) | 0) >> 1;
    let key: i32 = fixedArrayGet(arg(fp, first, 0), (2 + (e << 1)) | 0);
    const computed: bool = key === nullValue();
    if (computed) {
      key = arg(fp, first, i);
      i = (i + 1) | 0;
    }
    const hKey: i32 = handleNew(canonicalKey(key));
    const closureIndex: i32 = i;
    i = (i + 1) | 0;
    const isStatic: bool = (bits & 1) !== 0;
    const kind: i32 = bits >> 1;
    const target: i32 = isStatic ? arg(fp, first, 1) : handleGet(hProto);
    const hTarget: i32 = handleNew(target);
    functionExtraSet(arg(fp, first, closureIndex), FunctionExtra.homeObject, handleGet(hTarget));
    // Names: "get x" / "set x" for accessors, the key for computed method names ("[desc]" for symbols).
    if (kind !== 0) {
      const prefix: i32 = kind === 1 ? atom('get') : atom('set');
      const named: i32 = setFunctionName(arg(fp, first, closureIndex), handleGet(hKey), prefix);
      if (isException(named)) return closeWith(scope, named);
    } else if (computed) {
      const named: i32 = setFunctionName(arg(fp, first, closureIndex), handleGet(hKey), undefinedValue());
      if (isException(named)) return closeWith(scope, named);
    }
    if (kind === 0) {
      const r: i32 = defineMethodProperty(handleGet(hTarget), handleGet(hKey), arg(fp, first, closureIndex));
      if (isException(r)) return closeWith(scope, r);
    } else {
      const getter: i32 = kind === 1 ? arg(fp, first, closureIndex) : undefinedValue();
      const setter: i32 = kind === 2 ? arg(fp, first, closureIndex) : undefinedValue();
      const r: i32 = defineAccessor(handleGet(hTarget), handleGet(hKey), getter, setter, PropertyAttr.CONFIGURABLE);
      if (isException(r)) return closeWith(scope, r);
    }
  }
  const nFields: i32 = (count - i) | 0;
  const hFields: i32 = handleNew(fixedArrayNew((nFields + 1) | 0));
  fixedArraySet(handleGet(hFields), 0, arg(fp, first, 3));
  for (let k: i32 = 0; k < nFields; k++) fixedArraySet(handleGet(hFields), (k + 1) | 0, arg(fp, first, (i + k) | 0));
  functionExtraSet(arg(fp, first, 1), FunctionExtra.classFields, handleGet(hFields));
  if (arg(fp, first, 3) !== undefinedValue()) functionExtraSet(arg(fp, first, 3), FunctionExtra.homeObject, handleGet(hProto));
  return closeWith(scope, arg(fp, first, 1));
}

/** Defines a method {writable, configurable, non-enumerable}; TypeError when refused. May GC. */
function defineMethodProperty(target: i32, key: i32, closure: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(key);
  if (!defineOwnPropertyWithAttributes(target, key, closure, PropertyAttr.WRITABLE | PropertyAttr.CONFIGURABLE)) {
    return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', handleGet(hKey), ''));
  }
  return closeWith(scope, undefinedValue());
}

/** The canonical property key of a boilerplate key (a string: "1" is the index 1). May GC. */
function canonicalKey(key: i32): i32 {
  if ((key & 1) !== 0 && isString(key)) return stringToPropertyKey(key);
  return key;
}

/**
 * Defines (or completes) an accessor property: a getter or setter given as undefined keeps the
 * existing half; TypeError when refused. May GC.
 */
function defineAccessor(obj: i32, key: i32, getter: i32, setter: i32, attrs: i32): i32 {
  let g: i32 = getter === nullValue() ? undefinedValue() : getter;
  let s2: i32 = setter === nullValue() ? undefinedValue() : setter;
  const attrsNow: i32 = getOwnPropertyAttributes(obj, key);
  if (attrsNow >= 0 && (attrsNow & PropertyAttr.ACCESSOR) !== 0) {
    const existing: i32 = ownAccessorPair(obj, key, keyArrayIndex(key));
    if (isHeapObjectOfType(existing, InstanceType.ACCESSOR_PAIR)) {
      if (g === undefinedValue()) g = accessorPairGetter(existing);
      if (s2 === undefinedValue()) s2 = accessorPairSetter(existing);
    }
  }
  const scope: i32 = handleScopeOpen();
  const hKey: i32 = handleNew(key);
  if (!defineOwnAccessorProperty(obj, key, g, s2, attrs)) {
    return closeWith(scope, throwErrorWith(ErrorKind.TypeError, 'Cannot redefine property: ', handleGet(hKey), ''));
  }
  return closeWith(scope, undefinedValue());
}

// ---- private names -------------------------------------------------------------------------------

function privateInfo(name: i32): i32 {
  return fieldGet(name, SymbolLayout.description);
}
function privateDescription(name: i32): i32 {
  return fixedArrayGet(privateInfo(name), PrivateNameSlot.description);
}

function privateGet(obj: i32, name: i32): i32 {
  if (!isJSObject(obj) || objectGetOwnAttributes(obj, name) < 0) {
    return throwErrorWith(ErrorKind.TypeError, 'Cannot read private member ', privateDescription(name), ' from an object whose class did not declare it');
  }
  const info: i32 = privateInfo(name);
  const method: i32 = fixedArrayGet(info, PrivateNameSlot.method);
  if (method !== undefinedValue()) return method;
  const getter: i32 = fixedArrayGet(info, PrivateNameSlot.getter);
  const setter: i32 = fixedArrayGet(info, PrivateNameSlot.setter);
  if (getter !== undefinedValue()) return vmCall0(getter, obj);
  if (setter !== undefinedValue()) return throwErrorWith(ErrorKind.TypeError, '\'', privateDescription(name), '\' was defined without a getter');
  return objectGetOwn(obj, name);
}

function privateSet(obj: i32, name: i32, value: i32): i32 {
  if (!isJSObject(obj) || objectGetOwnAttributes(obj, name) < 0) {
    return throwErrorWith(ErrorKind.TypeError, 'Cannot write private member ', privateDescription(name), ' to an object whose class did not declare it');
  }
  const info: i32 = privateInfo(name);
  if (fixedArrayGet(info, PrivateNameSlot.method) !== undefinedValue()) {
    return throwErrorWith(ErrorKind.TypeError, 'Private method \'', privateDescription(name), '\' is not writable');
  }
  const setter: i32 = fixedArrayGet(info, PrivateNameSlot.setter);
  const getter: i32 = fixedArrayGet(info, PrivateNameSlot.getter);
  if (setter !== undefinedValue()) {
    const scope: i32 = handleScopeOpen();
    const hValue: i32 = handleNew(value);
    const r: i32 = vmCall1(setter, obj, value);
    return closeWith(scope, isException(r) ? r : handleGet(hValue));
  }
  if (getter !== undefinedValue()) return throwErrorWith(ErrorKind.TypeError, '\'', privateDescription(name), '\' was defined without a setter');
  const scope: i32 = handleScopeOpen();
  const hValue: i32 = handleNew(value);
  objectDefineOwnProperty(obj, name, value, PropertyAttr.WRITABLE);
  return closeWith(scope, handleGet(hValue));
}

// ---- calls with array-likes, function names --------------------------------------------------------

/** Call(callee, receiver, CreateListFromArrayLike(list)) or Construct(callee, list, newTarget). May GC. */
function callWithArrayLike(callee: i32, receiver: i32, list: i32, construct: bool, newTarget: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hCallee: i32 = handleNew(callee);
  const hReceiver: i32 = handleNew(receiver);
  const hList: i32 = handleNew(list);
  const hNewTarget: i32 = handleNew(newTarget);
  if (!isJSObject(list)) return closeWith(scope, throwErrorLit(ErrorKind.TypeError, 'CreateListFromArrayLike called on non-object'));
  const kLength: i32 = atom('length');
  const lengthValue: i32 = getProperty(handleGet(hList), kLength);
  if (isException(lengthValue)) return closeWith(scope, lengthValue);
  const n: i32 = (lengthValue & 1) === 0 ? lengthValue >> 1 : 0;
  const argv: i32 = vmArgsReserve(n);
  for (let i: i32 = 0; i < n; i++) {
    const v: i32 = getKeyed(handleGet(hList), smiFrom(i));
    if (isException(v)) {
      vmArgsRelease(argv);
      return closeWith(scope, v);
    }
    vmArgSet(argv, i, v);
  }
  const r: i32 = construct ? vmConstruct(handleGet(hCallee), argv, n, handleGet(hNewTarget))
    : vmCall(handleGet(hCallee), handleGet(hReceiver), argv, n);
  vmArgsRelease(argv);
  return closeWith(scope, r);
}

/** SetFunctionName(f, key, prefix): `name` := prefix + " " + (key, or "[description]" for symbols). May GC. */
function setFunctionName(f: i32, key: i32, prefix: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hF: i32 = handleNew(f);
  const hPrefix: i32 = handleNew(prefix);
  let name: i32 = key;
  if (isSymbol(key)) {
    const d: i32 = fieldGet(key, SymbolLayout.description);
    if (d === undefinedValue() || !isString(d)) name = rootGet(RootIndex.emptyString);
    else {
      const hD: i32 = handleNew(d);
      const kOpen: i32 = atom('[');
      const open: i32 = stringConcat(kOpen, handleGet(hD));
      const hOpen: i32 = handleNew(open);
      const kClose: i32 = atom(']');
      name = stringConcat(handleGet(hOpen), kClose);
    }
  } else if (!isString(key)) {
    const s: i32 = toPropertyKeyString(key);
    if (isException(s)) return closeWith(scope, s);
    name = s;
  }
  if (handleGet(hPrefix) !== undefinedValue() && isString(handleGet(hPrefix))) {
    const hName: i32 = handleNew(name);
    const kSpace: i32 = atom(' ');
    const withSpace: i32 = stringConcat(handleGet(hPrefix), kSpace);
    name = stringConcat(withSpace, handleGet(hName));
  }
  const hFinal: i32 = handleNew(name);
  const kName: i32 = atom('name');
  objectDefineOwnProperty(handleGet(hF), kName, handleGet(hFinal), PropertyAttr.CONFIGURABLE);
  return closeWith(scope, handleGet(hF));
}
import { toString } from './conversions.ts';
function toPropertyKeyString(key: i32): i32 {
  return toString(key);
}

/**
 * GetIterator(obj, async): obj[@@asyncIterator](), or for a sync iterable the library's
 * CreateAsyncFromSyncIterator (hook asyncFromSyncIterator) over obj[@@iterator](). May GC.
 */
function asyncIteratorOf(obj: i32): i32 {
  const scope: i32 = handleScopeOpen();
  const hObj: i32 = handleNew(obj);
  if (obj === undefinedValue() || obj === nullValue()) {
    return closeWith(scope, throwErrorWith(ErrorKind.TypeError, '', obj, ' is not async iterable'));
  }
  const method: i32 = getProperty(obj, intrinsicGet(Intrinsic.SymbolAsyncIterator));
  if (isException(method)) return closeWith(scope, method);
  if (method !== undefinedValue() && method !== nullValue()) {
    const it: i32 = vmCall0(method, handleGet(hObj));
    if (!isException(it) && !isJSObject(it)) return closeWith(scope, throwErrorLit(ErrorKind.TypeError, 'Result of the Symbol.asyncIterator method is not an object'));
    return closeWith(scope, it);
  }
  const sync: i32 = getIterator(handleGet(hObj));
  if (isException(sync)) return closeWith(scope, sync);
  const wrap: i32 = hookGet(HookId.asyncFromSyncIterator);
  if (wrap === undefinedValue()) return closeWith(scope, throwErrorLit(ErrorKind.TypeError, 'for await over a sync iterable needs the library\'s asyncFromSyncIterator hook'));
  return closeWith(scope, vmCall1(wrap, undefinedValue(), sync));
}
