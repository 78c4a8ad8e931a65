// AST node types: ESTree as acorn 8 produces it with {ecmaVersion: 'latest', locations: true,
// ranges: true}, plus the additions listed in test/parse/acorn-differences.md:
//   - FunctionDeclaration.annexB: true on a sloppy-mode function declaration directly in a block,
//     switch case or labelled statement (not at function/script top level), i.e. the
//     declarations to which Annex B.3.3 "block-level function declarations web legacy
//     compatibility semantics" may apply. Absent elsewhere.
//   - Program.erasures (TypeScript mode only), see Erasure below.
//   - TypeScript nodes (typescript-estree shapes: TSTypeAnnotation, TSInterfaceDeclaration, ...)
//     on `typeAnnotation`, `returnType`, `typeParameters`, `typeArguments`, `implements` fields.
//     Consumers that compile JavaScript must skip what exists only in the type world:
//     TSInterfaceDeclaration, TSTypeAliasDeclaration, TSDeclareFunction (overloads),
//     TSModuleDeclaration, TSEnumDeclaration (ambient only), anything with `declare: true`,
//     TSIndexSignature and TSAbstract* class members, MethodDefinition whose value is a
//     TSEmptyBodyFunctionExpression, and import/export declarations or specifiers with
//     importKind/exportKind 'type'. Expression wrappers (TSAsExpression, TSSatisfiesExpression,
//     TSNonNullExpression, TSTypeAssertion, TSInstantiationExpression) evaluate their
//     `expression`. Differences from typescript-estree: a pattern with a `typeAnnotation` keeps
//     its own range (not widened over the annotation); on declarations, class members and
//     patterns the boolean modifier fields (`declare`, `readonly`, `optional`, `definite`,
//     `override`, `abstract`) are present only when true.
//
// Every node has type, start, end (UTF-16 offsets), loc (1-based lines, 0-based UTF-16 columns)
// and range [start, end].

export interface Position {
  line: number;
  column: number;
}
export interface SourceLocation {
  start: Position;
  end: Position;
}

/**
 * The common node record. Specific node kinds are described by the interfaces below; the parser
 * builds nodes generically (`AnyNode`) and the consumers narrow on `type`.
 */
export class Node {
  type: string;
  start: number;
  end: number;
  loc: SourceLocation;
  range: [number, number];
  constructor(start: number, line: number, column: number) {
    this.type = '';
    this.start = start;
    this.end = start;
    this.loc = { start: { line, column }, end: { line, column } };
    this.range = [start, start];
  }
}

/** A node whose kind-specific fields are accessed by name (the parser's working type). */
export type AnyNode = Node & { [field: string]: any };

/**
 * A source range that `ouro strip` blanks to erase TypeScript (TypeScript mode only;
 * `Program.erasures`). Offsets are UTF-16; `end` is exclusive. Entries are sorted by start and
 * do not overlap.
 *
 * Blanking: every character of [start, end) becomes a space, except line terminators (LF, CR,
 * U+2028, U+2029), which are kept, so every position and line number of the remaining code is
 * unchanged. When `replacement` is present it is written over the first characters of the range
 * (it is never longer than the range) and the rest is blanked as above. Two replacements exist:
 *   - ';' — ASI guard on an erased statement or class member (interface, type alias, declare,
 *     overload, abstract member, index signature, ...) whose preceding token is not `;` or `{`:
 *     `a\ninterface I {}\n(b)` must not become `a(b)`. Extra `;` are empty statements (or
 *     empty class elements), which change no meaning.
 *     Also on `as T` / `satisfies T` at the end of a statement when the next line starts
 *     with `(`, `[` or a template (TypeScript ends the statement there; blank JavaScript
 *     would continue it): `x as T\n(y)` becomes `x ;   \n(y)`.
 *   - '=>' — an arrow function whose return type spans lines, `(a): {\n x: T\n} => a`: blanking
 *     would leave a line break before `=>`, which JavaScript forbids, so the return type's
 *     erasure writes `=>` right after the `)` and the original `=>` is erased.
 * Old-style assertions `<T>expr` blank to `expr` (they bind like a unary operator, so removing
 * them never regroups the expression); where the blank would let `expr` start a statement or a
 * block (`() => <T>{}`, `<T>function(){}`) or follow a line break, the parser rejects them.
 * Erased `import type`/`export type` statements and inline `type X` specifiers (with the
 * following comma) follow TypeScript's verbatimModuleSyntax semantics: `import { type A } from 'm'` keeps the side-effect import `import { } from 'm'`.
 */
export interface Erasure {
  start: number;
  end: number;
  replacement?: string;
}

export interface Program extends Node {
  type: 'Program';
  body: AnyNode[];
  sourceType: 'script' | 'module';
  /** TypeScript mode only. */
  erasures?: Erasure[];
}

export interface Identifier extends Node {
  type: 'Identifier';
  name: string;
  typeAnnotation?: AnyNode;
  optional?: boolean;
}

export interface Literal extends Node {
  type: 'Literal';
  value: string | number | boolean | null | bigint | RegExp;
  raw: string;
  regex?: { pattern: string; flags: string };
  bigint?: string;
}

export interface TemplateElement extends Node {
  type: 'TemplateElement';
  value: { raw: string; cooked: string | null };
  tail: boolean;
}

export interface FunctionNode extends Node {
  type: 'FunctionDeclaration' | 'FunctionExpression' | 'ArrowFunctionExpression';
  id: Identifier | null;
  expression: boolean;
  generator: boolean;
  async: boolean;
  params: AnyNode[];
  body: AnyNode;
  /** Annex B.3.3 candidate (see the header comment). */
  annexB?: boolean;
  returnType?: AnyNode;
  typeParameters?: AnyNode;
}
