// How a source file's name decides its goal and dialect, and how a file is parsed when the name
// leaves the goal open (.js and .ts may be classic scripts or modules). Used by every command.
import { parse, type ParseOptions, type Program } from './parser.ts';
import { OuroSyntaxError } from './errors.ts';

export type Goal = 'script' | 'module' | 'auto';

export function isTypeScriptFile(file: string): boolean {
  return /\.(ts|mts|cts)$/.test(file);
}

/** The goal a file name implies: .mjs/.mts are modules, .cjs/.cts scripts, the rest is open. */
export function goalOfFile(file: string): Goal {
  if (/\.m[jt]s$/.test(file)) return 'module';
  if (/\.c[jt]s$/.test(file)) return 'script';
  return 'auto';
}

/**
 * Parses `source` in the requested goal. With 'auto' the file is a classic script unless it has
 * module syntax: it is parsed as a script first, then as a module; when both fail, the error that
 * got further into the file is reported, since that parse understood more of it.
 */
export function parseFile(source: string, file: string, goal: Goal = goalOfFile(file)): Program {
  const base: Omit<ParseOptions, 'sourceType'> = { typescript: isTypeScriptFile(file), file };
  if (goal !== 'auto') return parse(source, { ...base, sourceType: goal });
  let scriptError: unknown;
  try {
    return parse(source, { ...base, sourceType: 'script' });
  } catch (e) {
    if (!(e instanceof OuroSyntaxError)) throw e;
    scriptError = e;
  }
  try {
    return parse(source, { ...base, sourceType: 'module' });
  } catch (e) {
    if (!(e instanceof OuroSyntaxError)) throw e;
    throw e.index > (scriptError as OuroSyntaxError).index ? e : scriptError;
  }
}
