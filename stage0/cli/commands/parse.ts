// `ouro parse FILE [--json] [--module|--script]` prints the ESTree AST of a file, as JSON or as an
// indented outline; `ouro parse --check [--module] FILES…` prints one line per file for batch use:
// `ok PATH` or `error PATH: SyntaxError: MESSAGE (LINE:COL)`.
import { readFileSync } from 'node:fs';
import { OuroSyntaxError } from '../../parse/errors.ts';
import { parseFile, type Goal } from '../../parse/source-file.ts';
import { formatSourceError } from '../../diagnostics/code-frame.ts';
import { CliError, type Io } from '../io.ts';

interface Node {
  type: string;
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
  [key: string]: unknown;
}

// Positions are printed compactly after the type; `raw` repeats the source text of a literal.
const POSITION_KEYS = new Set(['type', 'start', 'end', 'loc', 'range', 'raw']);

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
}

function scalar(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof RegExp) return String(v);
  return JSON.stringify(v) ?? String(v);
}

/** An indented outline: one line per node with its position, scalar fields inline. */
export function printOutline(node: Node, indent = '', label = ''): string {
  const at = node.loc ? ` @${node.loc.start.line}:${node.loc.start.column + 1}-${node.loc.end.line}:${node.loc.end.column + 1}` : '';
  const scalars: string[] = [];
  const children: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (POSITION_KEYS.has(key) || value === undefined) continue;
    if (isNode(value)) {
      children.push(printOutline(value, indent + '  ', key + ': '));
    } else if (Array.isArray(value)) {
      if (value.length === 0) { scalars.push(`${key}=[]`); continue; }
      if (value.every((v) => !isNode(v))) { scalars.push(`${key}=${scalar(value)}`); continue; }
      children.push(`${indent}  ${key}:`);
      value.forEach((v, i) => {
        children.push(isNode(v) ? printOutline(v, indent + '    ', `[${i}] `) : `${indent}    [${i}] ${scalar(v)}`);
      });
    } else if (value !== null && typeof value === 'object' && !(value instanceof RegExp)) {
      scalars.push(`${key}=${JSON.stringify(value)}`);
    } else {
      scalars.push(`${key}=${scalar(value)}`);
    }
  }
  const head = `${indent}${label}${node.type}${at}${scalars.length ? ' ' + scalars.join(' ') : ''}`;
  return [head, ...children].join('\n');
}

function toJson(ast: unknown): string {
  return JSON.stringify(ast, (_k, v) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof RegExp) return {};
    return v;
  }, 2);
}

export function parseCommand(args: string[], io: Io): number {
  let json = false;
  let check = false;
  let goal: Goal | undefined;
  const files: string[] = [];
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--check') check = true;
    else if (a === '--module') goal = 'module';
    else if (a === '--script') goal = 'script';
    else if (a.startsWith('-')) throw new CliError(`ouro parse: unknown option ${a}`);
    else files.push(a);
  }
  if (files.length === 0) throw new CliError('usage: ouro parse FILE [--json] [--module|--script]\n       ouro parse --check [--module] FILES…');
  if (check) return checkFiles(files, goal, io);
  if (files.length !== 1) throw new CliError('ouro parse: one FILE (use --check for several)');
  const file = files[0];
  const source = io.readFile(file);
  try {
    const ast = parseFile(source, file, goal) as unknown as Node;
    io.stdout(json ? toJson(ast) + '\n' : printOutline(ast) + '\n');
    return 0;
  } catch (e) {
    if (!(e instanceof OuroSyntaxError)) throw e;
    io.stderr(formatSourceError(file, source, 'SyntaxError', e.message, e, io.stderrIsTTY));
    return 1;
  }
}

function checkFiles(files: string[], goal: Goal | undefined, io: Io): number {
  let failed = 0;
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      io.stdout(`error ${file}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    try {
      parseFile(source, file, goal);
      io.stdout(`ok ${file}\n`);
    } catch (e) {
      if (!(e instanceof OuroSyntaxError)) throw e;
      io.stdout(`error ${file}: SyntaxError: ${e.message} (${e.line}:${e.column + 1})\n`);
      failed++;
    }
  }
  return failed === 0 ? 0 : 1;
}
