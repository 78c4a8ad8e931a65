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

// ---- ESTree node types (what `parse` produces for JavaScript) ---------------------------------
// The parser builds nodes generically; these interfaces describe the result for consumers that
// want to narrow on `type`. TypeScript-only nodes are typed loosely (AnyNode) — see the header.

export type Pattern = Identifier | MemberExpression | ObjectPattern | ArrayPattern | RestElement | AssignmentPattern;
export type Expression =
  | Identifier | Literal | ThisExpression | ArrayExpression | ObjectExpression | FunctionExpression
  | ArrowFunctionExpression | ClassExpression | TemplateLiteral | TaggedTemplateExpression | MemberExpression
  | Super | MetaProperty | NewExpression | CallExpression | UpdateExpression | AwaitExpression | UnaryExpression
  | BinaryExpression | LogicalExpression | ConditionalExpression | YieldExpression | AssignmentExpression
  | SequenceExpression | ChainExpression | ImportExpression | PrivateIdentifier | AnyNode;
export type Statement =
  | ExpressionStatement | BlockStatement | EmptyStatement | DebuggerStatement | WithStatement | ReturnStatement
  | LabeledStatement | BreakStatement | ContinueStatement | IfStatement | SwitchStatement | ThrowStatement
  | TryStatement | WhileStatement | DoWhileStatement | ForStatement | ForInStatement | ForOfStatement
  | FunctionDeclaration | VariableDeclaration | ClassDeclaration | AnyNode;
export type ModuleDeclaration =
  | ImportDeclaration | ExportNamedDeclaration | ExportDefaultDeclaration | ExportAllDeclaration;

export interface Program extends Node {
  type: 'Program';
  body: (Statement | ModuleDeclaration)[];
  sourceType: 'script' | 'module';
  /** TypeScript mode only. */
  erasures?: Erasure[];
}

export interface Identifier extends Node {
  type: 'Identifier';
  name: string;
  /** TypeScript: on bindings and parameters. */
  typeAnnotation?: AnyNode;
  /** TypeScript: optional parameter `x?`. */
  optional?: boolean;
}
export interface PrivateIdentifier extends Node {
  type: 'PrivateIdentifier';
  name: string;
}
export interface Literal extends Node {
  type: 'Literal';
  value: string | number | boolean | null | bigint | RegExp;
  raw: string;
  regex?: { pattern: string; flags: string };
  bigint?: string;
}

// Statements
export interface ExpressionStatement extends Node {
  type: 'ExpressionStatement';
  expression: Expression;
  /** Directive prologue entries: the raw text between the quotes. */
  directive?: string;
}
export interface BlockStatement extends Node { type: 'BlockStatement'; body: Statement[] }
export interface StaticBlock extends Node { type: 'StaticBlock'; body: Statement[] }
export interface EmptyStatement extends Node { type: 'EmptyStatement' }
export interface DebuggerStatement extends Node { type: 'DebuggerStatement' }
export interface WithStatement extends Node { type: 'WithStatement'; object: Expression; body: Statement }
export interface ReturnStatement extends Node { type: 'ReturnStatement'; argument: Expression | null }
export interface LabeledStatement extends Node { type: 'LabeledStatement'; label: Identifier; body: Statement }
export interface BreakStatement extends Node { type: 'BreakStatement'; label: Identifier | null }
export interface ContinueStatement extends Node { type: 'ContinueStatement'; label: Identifier | null }
export interface IfStatement extends Node {
  type: 'IfStatement';
  test: Expression;
  consequent: Statement;
  alternate: Statement | null;
}
export interface SwitchStatement extends Node { type: 'SwitchStatement'; discriminant: Expression; cases: SwitchCase[] }
export interface SwitchCase extends Node { type: 'SwitchCase'; test: Expression | null; consequent: Statement[] }
export interface ThrowStatement extends Node { type: 'ThrowStatement'; argument: Expression }
export interface TryStatement extends Node {
  type: 'TryStatement';
  block: BlockStatement;
  handler: CatchClause | null;
  finalizer: BlockStatement | null;
}
export interface CatchClause extends Node { type: 'CatchClause'; param: Pattern | null; body: BlockStatement }
export interface WhileStatement extends Node { type: 'WhileStatement'; test: Expression; body: Statement }
export interface DoWhileStatement extends Node { type: 'DoWhileStatement'; body: Statement; test: Expression }
export interface ForStatement extends Node {
  type: 'ForStatement';
  init: VariableDeclaration | Expression | null;
  test: Expression | null;
  update: Expression | null;
  body: Statement;
}
export interface ForInStatement extends Node {
  type: 'ForInStatement';
  left: VariableDeclaration | Pattern;
  right: Expression;
  body: Statement;
}
export interface ForOfStatement extends Node {
  type: 'ForOfStatement';
  await: boolean;
  left: VariableDeclaration | Pattern;
  right: Expression;
  body: Statement;
}
export interface VariableDeclaration extends Node {
  type: 'VariableDeclaration';
  kind: 'var' | 'let' | 'const' | 'using' | 'await using';
  declarations: VariableDeclarator[];
  /** TypeScript `declare var ...` (type world only). */
  declare?: boolean;
}
export interface VariableDeclarator extends Node {
  type: 'VariableDeclarator';
  id: Pattern;
  init: Expression | null;
  /** TypeScript `let x!: T`. */
  definite?: boolean;
}

// Functions and classes
interface FunctionBase extends Node {
  id: Identifier | null;
  params: Pattern[];
  generator: boolean;
  async: boolean;
  /** true for a concise arrow body. */
  expression: boolean;
  returnType?: AnyNode;
  typeParameters?: AnyNode;
}
export interface FunctionDeclaration extends FunctionBase {
  type: 'FunctionDeclaration';
  body: BlockStatement;
  /** Annex B.3.3 candidate (see the header comment). */
  annexB?: boolean;
}
export interface FunctionExpression extends FunctionBase { type: 'FunctionExpression'; body: BlockStatement }
export interface ArrowFunctionExpression extends FunctionBase {
  type: 'ArrowFunctionExpression';
  body: BlockStatement | Expression;
}
export type FunctionNode = FunctionDeclaration | FunctionExpression | ArrowFunctionExpression;
interface ClassBase extends Node {
  id: Identifier | null;
  superClass: Expression | null;
  body: ClassBody;
}
export interface ClassDeclaration extends ClassBase { type: 'ClassDeclaration' }
export interface ClassExpression extends ClassBase { type: 'ClassExpression' }
export interface ClassBody extends Node {
  type: 'ClassBody';
  body: (MethodDefinition | PropertyDefinition | StaticBlock | AnyNode)[];
}
export interface MethodDefinition extends Node {
  type: 'MethodDefinition';
  static: boolean;
  computed: boolean;
  key: Expression | PrivateIdentifier;
  kind: 'constructor' | 'method' | 'get' | 'set';
  /** TypeScript overloads have a TSEmptyBodyFunctionExpression here. */
  value: FunctionExpression | AnyNode;
}
export interface PropertyDefinition extends Node {
  type: 'PropertyDefinition';
  static: boolean;
  computed: boolean;
  key: Expression | PrivateIdentifier;
  value: Expression | null;
}

// Expressions
export interface ThisExpression extends Node { type: 'ThisExpression' }
export interface Super extends Node { type: 'Super' }
export interface ArrayExpression extends Node { type: 'ArrayExpression'; elements: (Expression | SpreadElement | null)[] }
export interface ObjectExpression extends Node { type: 'ObjectExpression'; properties: (Property | SpreadElement)[] }
export interface Property extends Node {
  type: 'Property';
  key: Expression;
  value: Expression | Pattern;
  kind: 'init' | 'get' | 'set';
  method: boolean;
  shorthand: boolean;
  computed: boolean;
}
export interface SpreadElement extends Node { type: 'SpreadElement'; argument: Expression }
export interface TemplateLiteral extends Node {
  type: 'TemplateLiteral';
  quasis: TemplateElement[];
  expressions: Expression[];
}
export interface TemplateElement extends Node {
  type: 'TemplateElement';
  value: { raw: string; cooked: string | null };
  tail: boolean;
}
export interface TaggedTemplateExpression extends Node {
  type: 'TaggedTemplateExpression';
  tag: Expression;
  quasi: TemplateLiteral;
}
export interface MemberExpression extends Node {
  type: 'MemberExpression';
  object: Expression | Super;
  property: Expression | PrivateIdentifier;
  computed: boolean;
  optional: boolean;
}
export interface ChainExpression extends Node { type: 'ChainExpression'; expression: MemberExpression | CallExpression }
export interface CallExpression extends Node {
  type: 'CallExpression';
  callee: Expression | Super;
  arguments: (Expression | SpreadElement)[];
  optional: boolean;
}
export interface NewExpression extends Node {
  type: 'NewExpression';
  callee: Expression;
  arguments: (Expression | SpreadElement)[];
}
export interface MetaProperty extends Node { type: 'MetaProperty'; meta: Identifier; property: Identifier }
export interface ImportExpression extends Node {
  type: 'ImportExpression';
  source: Expression;
  options: Expression | null;
}
export interface UpdateExpression extends Node {
  type: 'UpdateExpression';
  operator: '++' | '--';
  prefix: boolean;
  argument: Expression;
}
export interface UnaryExpression extends Node {
  type: 'UnaryExpression';
  operator: '-' | '+' | '!' | '~' | 'typeof' | 'void' | 'delete';
  prefix: true;
  argument: Expression;
}
export interface BinaryExpression extends Node {
  type: 'BinaryExpression';
  operator: string;
  /** A PrivateIdentifier only as the left operand of `in`. */
  left: Expression | PrivateIdentifier;
  right: Expression;
}
export interface LogicalExpression extends Node {
  type: 'LogicalExpression';
  operator: '||' | '&&' | '??';
  left: Expression;
  right: Expression;
}
export interface ConditionalExpression extends Node {
  type: 'ConditionalExpression';
  test: Expression;
  consequent: Expression;
  alternate: Expression;
}
export interface AssignmentExpression extends Node {
  type: 'AssignmentExpression';
  operator: string;
  left: Pattern;
  right: Expression;
}
export interface SequenceExpression extends Node { type: 'SequenceExpression'; expressions: Expression[] }
export interface YieldExpression extends Node { type: 'YieldExpression'; argument: Expression | null; delegate: boolean }
export interface AwaitExpression extends Node { type: 'AwaitExpression'; argument: Expression }

// Patterns
export interface ObjectPattern extends Node {
  type: 'ObjectPattern';
  properties: (Property | RestElement)[];
  typeAnnotation?: AnyNode;
}
export interface ArrayPattern extends Node {
  type: 'ArrayPattern';
  elements: (Pattern | null)[];
  typeAnnotation?: AnyNode;
}
export interface RestElement extends Node { type: 'RestElement'; argument: Pattern; typeAnnotation?: AnyNode }
export interface AssignmentPattern extends Node { type: 'AssignmentPattern'; left: Pattern; right: Expression }

// Modules
export interface ImportDeclaration extends Node {
  type: 'ImportDeclaration';
  specifiers: (ImportSpecifier | ImportDefaultSpecifier | ImportNamespaceSpecifier)[];
  source: Literal;
  attributes: ImportAttribute[];
  /** TypeScript `import type ...` (erased). */
  importKind?: 'type';
}
export interface ImportSpecifier extends Node {
  type: 'ImportSpecifier';
  imported: Identifier | Literal;
  local: Identifier;
  importKind?: 'type';
}
export interface ImportDefaultSpecifier extends Node { type: 'ImportDefaultSpecifier'; local: Identifier }
export interface ImportNamespaceSpecifier extends Node { type: 'ImportNamespaceSpecifier'; local: Identifier }
export interface ImportAttribute extends Node { type: 'ImportAttribute'; key: Identifier | Literal; value: Literal }
export interface ExportNamedDeclaration extends Node {
  type: 'ExportNamedDeclaration';
  declaration: Statement | null;
  specifiers: ExportSpecifier[];
  source: Literal | null;
  attributes: ImportAttribute[];
  exportKind?: 'type';
}
export interface ExportSpecifier extends Node {
  type: 'ExportSpecifier';
  local: Identifier | Literal;
  exported: Identifier | Literal;
  exportKind?: 'type';
}
export interface ExportDefaultDeclaration extends Node {
  type: 'ExportDefaultDeclaration';
  declaration: FunctionDeclaration | ClassDeclaration | Expression;
}
export interface ExportAllDeclaration extends Node {
  type: 'ExportAllDeclaration';
  exported: Identifier | Literal | null;
  source: Literal;
  attributes: ImportAttribute[];
  exportKind?: 'type';
}
