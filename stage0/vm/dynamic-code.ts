// Code made at run time (runtime/eval.ts, host hook hostCompileDynamic): eval code and the
// functions of the Function constructors (ECMA-262 PerformEval and CreateDynamicFunction).
//
// Eval code is parsed as a script with the early-error context of the code around a direct eval
// (new.target, super, arguments in field initialisers), analysed as eval code (free names are
// dynamic lookups through the caller's contexts, sloppy vars are eval-vars declared by
// DeclareEvalVars) and loaded; the kernel creates its context and closure.
//
// A dynamic function is compiled from the synthesized text `(K anonymous(P\n) {\nB\n})`; the spec
// parses P and B on their own, so the parse of the whole is accepted only when it has exactly the
// shape the two parts promise (one function expression whose parameter list ends right before
// `\n) {` and whose body spans `{\nB\n}`): P = "){" or B = "}), (function(){" cannot smuggle code
// outside. The function expression's own name is dropped before scope analysis (the name
// `anonymous` binds nothing inside, as the spec wants) and restored on the function record; its
// source range is `K anonymous(P\n) {\nB\n}`, which is what Function.prototype.toString shows.
import { parse } from '../parse/parser.ts';
import { OuroSyntaxError } from '../parse/errors.ts';
import { analyzeScopes } from '../scope/analyze.ts';
import { hasUseStrictDirective } from '../scope/declarations.ts';
import type { EsNode } from '../scope/types.ts';
import { generateProgram, NotSupportedError } from '../bytecode/generator.ts';
import type { BytecodeFunction } from '../bytecode/function.ts';
import { loadBytecodeFunction } from '../bytecode/load.ts';
import { isString, stringLength, stringGet, stringNewOneByte, stringNewTwoByte, seqSetChar } from '../../runtime/strings.ts';
import { undefinedValue } from '../../runtime/values.ts';
import { throwError, ErrorKind } from '../../runtime/errors.ts';

/** The `mode` word of hostCompileDynamic (the same numbers as DynamicMode in runtime/eval.ts). */
export const DynamicMode = {
  indirectEval: 0, directEval: 1, function: 2, generator: 3, asyncFunction: 4, asyncGenerator: 5, kindMask: 7,
  strict: 8, inFunction: 16, inMethod: 32, inDerivedConstructor: 64, inClassFieldInitializer: 128,
} as const;

const FUNCTION_PREFIX: Record<number, string> = {
  [DynamicMode.function]: 'function',
  [DynamicMode.generator]: 'function*',
  [DynamicMode.asyncFunction]: 'async function',
  [DynamicMode.asyncGenerator]: 'async function*',
};

function hostText(s: number): string {
  const n = stringLength(s);
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(stringGet(s, i));
  return out;
}
function heapText(text: string): number {
  let oneByte = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 255) oneByte = false;
  const s = oneByte ? stringNewOneByte(text.length) : stringNewTwoByte(text.length);
  for (let i = 0; i < text.length; i++) seqSetChar(s, i, text.charCodeAt(i));
  return s;
}

/** hostCompileDynamic(a, b, mode): the SharedFunctionInfo, or the sentinel after throwing a SyntaxError. May GC. */
export function compileDynamic(a: number, b: number, mode: number): number {
  const kind = mode & DynamicMode.kindMask;
  try {
    if (kind === DynamicMode.indirectEval || kind === DynamicMode.directEval) {
      // b: the enclosing classes' private names ("#a,#b"), or undefined.
      const privateNames = b !== undefinedValue() && isString(b) && stringLength(b) > 0 ? hostText(b).split(',').map((n) => n.slice(1)) : [];
      return compileEval(hostText(a), mode, privateNames);
    }
    return compileFunction(hostText(a), hostText(b), mode);
  } catch (e) {
    if (e instanceof OuroSyntaxError || e instanceof NotSupportedError || e instanceof DynamicShapeError) {
      return throwError(ErrorKind.SyntaxError, heapText(e.message));
    }
    throw e;
  }
}

class DynamicShapeError extends Error {}

function compileEval(source: string, mode: number, privateNames: string[]): number {
  const direct = (mode & DynamicMode.kindMask) === DynamicMode.directEval;
  const strict = (mode & DynamicMode.strict) !== 0;
  const program = parse(source, {
    sourceType: 'script', strict, file: '<anonymous>',
    evalContext: direct ? {
      inFunction: (mode & DynamicMode.inFunction) !== 0,
      inMethod: (mode & DynamicMode.inMethod) !== 0,
      inDerivedConstructor: (mode & DynamicMode.inDerivedConstructor) !== 0,
      inClassFieldInitializer: (mode & DynamicMode.inClassFieldInitializer) !== 0,
      privateNames,
    } : undefined,
  }) as unknown as EsNode;
  // Eval code is strict when its caller is or when it has its own directive (then its vars stay in it).
  const evalStrict = strict || hasUseStrictDirective(program.body as EsNode[]);
  const top = generateProgram(analyzeScopes(program, { eval: { direct, strict: evalStrict } }));
  return loadBytecodeFunction(top, { fileName: '<anonymous>', source });
}

function compileFunction(params: string, body: string, mode: number): number {
  const prefix = FUNCTION_PREFIX[mode & DynamicMode.kindMask]!;
  const head = `(${prefix} anonymous(${params}`;
  const source = `${head}\n) {\n${body}\n})`;
  const program = parse(source, { sourceType: 'script', file: 'anonymous' }) as unknown as EsNode;
  const statements = program.body as EsNode[];
  const fn = statements.length === 1 && statements[0]!.type === 'ExpressionStatement' ? statements[0]!.expression as EsNode : null;
  const bodyStart = head.length + '\n) '.length;
  if (!fn || fn.type !== 'FunctionExpression' || fn.start !== 1 || fn.end !== source.length - 1 ||
      (fn.body as EsNode).start !== bodyStart || (fn.body as EsNode).end !== source.length - 1 ||
      !paramsEndBefore(fn, head.length)) {
    throw new DynamicShapeError(bodyShapeMessage(params));
  }
  fn.id = null;
  const top = generateProgram(analyzeScopes(program));
  const entry = top.constantPool.find((c) => c.kind === 'function');
  if (!entry || entry.kind !== 'function') throw new DynamicShapeError('Unexpected token');
  const inner: BytecodeFunction = entry.fn;
  inner.name = 'anonymous';
  // Load the whole tree (the script record covers the text), then hand back the function's SFI:
  // the top-level script is never run.
  return loadBytecodeFunction(inner, { fileName: 'anonymous', source });
}

/** Every parameter (and its default or pattern) ends inside the parameter text. */
function paramsEndBefore(fn: EsNode, end: number): boolean {
  for (const p of fn.params as EsNode[]) if ((p.end as number) > end) return false;
  return true;
}

function bodyShapeMessage(params: string): string {
  return params.includes(')') ? 'Arg string terminates parameters early' : 'Unexpected token \'}\'';
}
