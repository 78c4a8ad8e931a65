// Token kinds. One table (TOKEN_TABLE) defines every kind once: its label (for messages), its
// binary-operator precedence and whether it is an assignment operator or a reserved word; the
// numeric kind constants `T`, the keyword map and the precedence array are derived from it.
//
// Contextual words (let, static, yield, await, async, of, get, set, as, ...) are not keywords:
// they lex as T.Name and the parser checks their spelling where the grammar gives them meaning.

interface TokenInfo {
  readonly label: string;
  /** Binary operator precedence (1 = lowest: `||`/`??`), 0 if not a binary operator. */
  readonly binop?: number;
  readonly assign?: boolean;
  /** Reserved word: lexes as its own kind rather than T.Name. */
  readonly keyword?: boolean;
  /** A following `/` starts a regular expression (used only for messages and re-scanning). */
  readonly prefix?: boolean;
}

const TOKEN_TABLE = {
  EOF: { label: 'end of input' },
  Name: { label: 'name' },
  PrivateName: { label: 'private name' },
  Num: { label: 'number' },
  BigInt: { label: 'bigint' },
  String: { label: 'string' },
  Template: { label: 'template' }, // `...` without substitutions
  TemplateHead: { label: 'template' }, // `...${
  TemplateMiddle: { label: 'template' }, // }...${
  TemplateTail: { label: 'template' }, // }...`
  Regex: { label: 'regular expression' },
  BraceL: { label: '{' },
  BraceR: { label: '}' },
  ParenL: { label: '(' },
  ParenR: { label: ')' },
  BracketL: { label: '[' },
  BracketR: { label: ']' },
  Semi: { label: ';' },
  Comma: { label: ',' },
  Colon: { label: ':' },
  Dot: { label: '.' },
  Ellipsis: { label: '...' },
  Question: { label: '?' },
  QuestionDot: { label: '?.' },
  Arrow: { label: '=>' },
  At: { label: '@' },
  Bang: { label: '!' },
  Tilde: { label: '~' },
  Incr: { label: '++' },
  Decr: { label: '--' },
  Eq: { label: '=', assign: true },
  AddAssign: { label: '+=', assign: true },
  SubAssign: { label: '-=', assign: true },
  MulAssign: { label: '*=', assign: true },
  DivAssign: { label: '/=', assign: true },
  ModAssign: { label: '%=', assign: true },
  ExpAssign: { label: '**=', assign: true },
  ShlAssign: { label: '<<=', assign: true },
  ShrAssign: { label: '>>=', assign: true },
  UShrAssign: { label: '>>>=', assign: true },
  AndAssign: { label: '&=', assign: true },
  OrAssign: { label: '|=', assign: true },
  XorAssign: { label: '^=', assign: true },
  LogAndAssign: { label: '&&=', assign: true },
  LogOrAssign: { label: '||=', assign: true },
  NullishAssign: { label: '??=', assign: true },
  Nullish: { label: '??', binop: 1 },
  LogOr: { label: '||', binop: 1 },
  LogAnd: { label: '&&', binop: 2 },
  BitOr: { label: '|', binop: 3 },
  BitXor: { label: '^', binop: 4 },
  BitAnd: { label: '&', binop: 5 },
  EqEq: { label: '==', binop: 6 },
  NotEq: { label: '!=', binop: 6 },
  EqEqEq: { label: '===', binop: 6 },
  NotEqEq: { label: '!==', binop: 6 },
  Lt: { label: '<', binop: 7 },
  Gt: { label: '>', binop: 7 },
  LtEq: { label: '<=', binop: 7 },
  GtEq: { label: '>=', binop: 7 },
  Shl: { label: '<<', binop: 8 },
  Shr: { label: '>>', binop: 8 },
  UShr: { label: '>>>', binop: 8 },
  Plus: { label: '+', binop: 9 },
  Minus: { label: '-', binop: 9 },
  Star: { label: '*', binop: 10 },
  Slash: { label: '/', binop: 10 },
  Percent: { label: '%', binop: 10 },
  StarStar: { label: '**', binop: 11 },
  // Reserved words.
  Break: { label: 'break', keyword: true },
  Case: { label: 'case', keyword: true },
  Catch: { label: 'catch', keyword: true },
  Class: { label: 'class', keyword: true },
  Const: { label: 'const', keyword: true },
  Continue: { label: 'continue', keyword: true },
  Debugger: { label: 'debugger', keyword: true },
  Default: { label: 'default', keyword: true },
  Delete: { label: 'delete', keyword: true },
  Do: { label: 'do', keyword: true },
  Else: { label: 'else', keyword: true },
  Enum: { label: 'enum', keyword: true },
  Export: { label: 'export', keyword: true },
  Extends: { label: 'extends', keyword: true },
  False: { label: 'false', keyword: true },
  Finally: { label: 'finally', keyword: true },
  For: { label: 'for', keyword: true },
  Function: { label: 'function', keyword: true },
  If: { label: 'if', keyword: true },
  Import: { label: 'import', keyword: true },
  In: { label: 'in', keyword: true, binop: 7 },
  Instanceof: { label: 'instanceof', keyword: true, binop: 7 },
  New: { label: 'new', keyword: true },
  Null: { label: 'null', keyword: true },
  Return: { label: 'return', keyword: true },
  Super: { label: 'super', keyword: true },
  Switch: { label: 'switch', keyword: true },
  This: { label: 'this', keyword: true },
  Throw: { label: 'throw', keyword: true },
  True: { label: 'true', keyword: true },
  Try: { label: 'try', keyword: true },
  Typeof: { label: 'typeof', keyword: true },
  Var: { label: 'var', keyword: true },
  Void: { label: 'void', keyword: true },
  While: { label: 'while', keyword: true },
  With: { label: 'with', keyword: true },
} as const satisfies Record<string, TokenInfo>;

type TokenName = keyof typeof TOKEN_TABLE;
export type TokenType = number;

const names = Object.keys(TOKEN_TABLE) as TokenName[];

/** Token kind constants: T.Name, T.BraceL, T.Function, ... */
export const T = Object.fromEntries(names.map((n, i) => [n, i])) as { readonly [K in TokenName]: number };

const infos: TokenInfo[] = names.map((n) => TOKEN_TABLE[n]);

/** Printable label of a kind, for error messages. */
export const tokenLabel: readonly string[] = infos.map((i) => i.label);
/** Binary precedence by kind (0: not a binary operator). */
export const binaryPrecedence: Int8Array = Int8Array.from(infos.map((i) => i.binop ?? 0));
/** Assignment operator by kind. */
export const isAssignOp: Uint8Array = Uint8Array.from(infos.map((i) => (i.assign ? 1 : 0)));
/** Reserved-word kind by spelling. */
export const keywordKinds: ReadonlyMap<string, number> = new Map(
  names.filter((n) => infos[T[n]]!.keyword).map((n) => [TOKEN_TABLE[n].label, T[n]]),
);
/** First and last reserved-word kinds: kinds in [FIRST_KEYWORD, LAST_KEYWORD] are keywords. */
export const FIRST_KEYWORD = T.Break;
export const LAST_KEYWORD = T.With;

/** Words reserved only in strict mode code (ES2025 12.7.2). */
export const STRICT_RESERVED: ReadonlySet<string> = new Set([
  'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield',
]);
