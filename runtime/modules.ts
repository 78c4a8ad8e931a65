// ES modules in the interpreter: module records, linking, live bindings (cells), namespace objects,
// dynamic import(), import.meta, top-level await. The bytecode side is stage0/bytecode/
// generator-modules.ts; the loader (resolution, reading files, parsing) lives on the host side
// (stage0/vm). Owner: the modules work (docs/interpreter.md). Entry points called from the
// interpreter's dispatch and from runtimeCall; each returns a value or the exception sentinel.
import type { i32 } from './types.ts';
import { throwErrorLit, ErrorKind } from './errors.ts';

/** LdaModuleVariable a, depth: the value of module cell a (a > 0: import, a < 0: export) `depth` contexts up. */
export function moduleVariableLoad(fp: i32, index: i32, depth: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'modules are not supported by the interpreter yet');
}
/** StaModuleVariable a, depth: store acc into export cell a; returns acc or the exception sentinel. */
export function moduleVariableStore(fp: i32, acc: i32, index: i32, depth: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'modules are not supported by the interpreter yet');
}
/** Runtime DynamicImport(specifier, options): a promise. */
export function dynamicImport(fp: i32, specifier: i32, options: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'import() is not supported by the interpreter yet');
}
/** Runtime GetImportMeta: the running module's import.meta object. */
export function importMetaGet(fp: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'import.meta is not supported by the interpreter yet');
}
/** Runtime GetModuleNamespace(requested module index): its namespace object. */
export function moduleNamespaceGet(fp: i32, index: i32): i32 {
  return throwErrorLit(ErrorKind.SyntaxError, 'modules are not supported by the interpreter yet');
}
