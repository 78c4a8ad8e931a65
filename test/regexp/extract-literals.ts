// A small JavaScript scanner that finds the regular-expression literals in a test file, and the
// `RegExp("...", "...")` / `new RegExp(...)` calls whose arguments are plain string literals. It
// knows comments, strings, templates (with `${}` nesting) and the regex-vs-division question by the
// previous significant token, which is enough for test262's files; anything it cannot read cleanly
// (e.g. a literal broken by a line terminator) is not reported.

export interface FoundPattern {
  pattern: string;
  flags: string;
  line: number;
  /** 'literal' for /.../flags, 'constructor' for RegExp("...") with string-literal arguments. */
  origin: 'literal' | 'constructor';
  /**
   * Inside the arguments of `assert.throws(SyntaxError, ...)`, or of `throw new Test262Error(...)`
   * (old tests build the failure message from the RegExp they expect to throw): the test expects an
   * early error.
   */
  expectsSyntaxError: boolean;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await',
]);

function isIdentChar(c: string): boolean {
  return /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
}

function isLineTerminator(c: string): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

/** Evaluates a JS string literal token (quotes included) without running code. */
export function stringLiteralValue(tok: string): string | null {
  try {
    // The token was delimited by the scanner: it is one quoted string, so this only unescapes it.
    const value: unknown = new Function(`"use strict"; return ${tok};`)();
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function extractPatterns(src: string): FoundPattern[] {
  const out: FoundPattern[] = [];
  // Tokens since the last `RegExp` identifier, to recognise RegExp("p", "f").
  type Tok = { kind: 'ident' | 'punct' | 'string' | 'other'; text: string; line: number };
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let regexAllowed = true;
  const templateDepth: number[] = []; // brace depth at which each open `${` resumes its template
  let braceDepth = 0;
  let parenDepth = 0;
  /** Paren depths of the open `assert.throws(SyntaxError, ...)` and `throw new Test262Error(` calls. */
  const throwsDepths: number[] = [];

  const pushTok = (t: Tok) => {
    toks.push(t);
    if (toks.length > 8) toks.shift();
    matchConstructorCall();
  };
  const matchConstructorCall = () => {
    // ... RegExp ( "p" [, "f"] )
    const n = toks.length;
    const last = toks[n - 1];
    if (last.text !== ')') return;
    let k = n - 2;
    let flagsTok: Tok | null = null;
    if (toks[k]?.kind === 'string' && toks[k - 1]?.text === ',') {
      flagsTok = toks[k];
      k -= 2;
    }
    const patTok = toks[k];
    if (patTok?.kind !== 'string' || toks[k - 1]?.text !== '(' || toks[k - 2]?.text !== 'RegExp') return;
    const pattern = stringLiteralValue(patTok.text);
    const flags = flagsTok ? stringLiteralValue(flagsTok.text) : '';
    if (pattern !== null && flags !== null) {
      out.push({ pattern, flags, line: patTok.line, origin: 'constructor', expectsSyntaxError: throwsDepths.length > 0 });
    }
  };
  const matchExpectsThrow = () => {
    const n = toks.length;
    // assert . throws ( SyntaxError
    if (toks[n - 1]?.text === 'SyntaxError' && toks[n - 2]?.text === '(' && toks[n - 3]?.text === 'throws' &&
      toks[n - 4]?.text === '.' && toks[n - 5]?.text === 'assert') throwsDepths.push(parenDepth);
    // throw new Test262Error (
    if (toks[n - 1]?.text === '(' && toks[n - 2]?.text === 'Test262Error' && toks[n - 3]?.text === 'new' &&
      toks[n - 4]?.text === 'throw') throwsDepths.push(parenDepth);
  };

  while (i < src.length) {
    const c = src[i];
    if (isLineTerminator(c)) { line++; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\ufeff' || c === '\u00a0') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && !isLineTerminator(src[i])) i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === '\\') i++;
        else if (src[i] === '\n') break;
        i++;
      }
      i++;
      pushTok({ kind: 'string', text: src.slice(start, i), line });
      regexAllowed = false;
      continue;
    }
    if (c === '`' || (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braceDepth)) {
      if (c === '}') { templateDepth.pop(); }
      i++;
      // Template characters up to the closing backquote or a `${`.
      while (i < src.length && src[i] !== '`') {
        if (src[i] === '\\') { i += 2; continue; }
        if (src[i] === '\n') line++;
        if (src[i] === '$' && src[i + 1] === '{') break;
        i++;
      }
      if (src[i] === '$') {
        i += 2;
        templateDepth.push(braceDepth);
        regexAllowed = true;
      } else {
        i++;
        regexAllowed = false;
      }
      pushTok({ kind: 'other', text: '`', line });
      continue;
    }
    if (c === '/' && regexAllowed) {
      const start = i + 1;
      let k = start;
      let inClass = false;
      let ok = false;
      while (k < src.length) {
        const d = src[k];
        if (isLineTerminator(d)) break;
        if (d === '\\') {
          if (k + 1 < src.length && isLineTerminator(src[k + 1])) break;
          k += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) { ok = true; break; }
        k++;
      }
      if (!ok) { i++; regexAllowed = true; continue; }
      const pattern = src.slice(start, k);
      k++;
      const flagsStart = k;
      // Flags are IdentifierPart characters; an escape there is kept raw, so the caller sees it
      // (it is an early error: flags may not contain escapes).
      while (k < src.length && (isIdentChar(src[k]) || (src[k] === '\\' && src[k + 1] === 'u'))) k += src[k] === '\\' ? 2 : 1;
      out.push({ pattern, flags: src.slice(flagsStart, k), line, origin: 'literal', expectsSyntaxError: throwsDepths.length > 0 });
      i = k;
      pushTok({ kind: 'other', text: 'regex', line });
      regexAllowed = false;
      continue;
    }
    if (isIdentChar(c)) {
      const start = i;
      while (i < src.length && isIdentChar(src[i])) i++;
      const word = src.slice(start, i);
      regexAllowed = KEYWORDS_BEFORE_EXPRESSION.has(word);
      pushTok({ kind: /^[0-9]/.test(word) ? 'other' : 'ident', text: word, line });
      matchExpectsThrow();
      continue;
    }
    // Punctuator (one character is enough for the regex decision).
    if (c === '{') braceDepth++;
    if (c === '}') braceDepth--;
    if (c === '(') parenDepth++;
    if (c === ')') {
      parenDepth--;
      while (throwsDepths.length > 0 && parenDepth < throwsDepths[throwsDepths.length - 1]) throwsDepths.pop();
    }
    i++;
    regexAllowed = c !== ')' && c !== ']';
    pushTok({ kind: 'punct', text: c, line });
    if (c === '(') matchExpectsThrow();
  }
  return out;
}
