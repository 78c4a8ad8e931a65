// AST node types: ESTree as acorn 8 produces it with {ecmaVersion: 'latest', locations: true,
// ranges: true}, plus the additions listed in test/parse/acorn-differences.md:
//   - FunctionDeclaration.annexB: true on a sloppy-mode function declaration directly in a block,
//     switch case or labelled statement (not at function/script top level), i.e. the
//     declarations to which Annex B.3.3 "block-level function declarations web legacy
//     compatibility semantics" may apply. Absent elsewhere.
//   - Program.erasures (TypeScript mode only), see Erasure below.
//   - TypeScript nodes (typescript-estree shapes: TSTypeAnnotation, TSInterfaceDeclaration, ...)
//     on `typeAnnotation`, `returnType`, `typeParameters`, `typeArguments`, `implements` fields.
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
 * A source range that `ouro strip` blanks to erase TypeScript. Offsets are UTF-16; `end` is
 * exclusive. Blanking means replacing every character except line terminators by a space.
 * When `replacement` is present the range is replaced by that text instead, padded with spaces
 * to the same length (so positions of everything else are unchanged). It is used for:
 *   - ';' at the start of an erased statement that could otherwise let the next line continue
 *     the previous statement (ASI hazard, e.g. `a\ninterface I {}\n(b)`): the first character of
 *     the erased statement becomes `;`.
 *   - '(' / ')' pairs are never needed: every erasure keeps the surrounding expression valid.
 * Entries are sorted by start and do not overlap.
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
