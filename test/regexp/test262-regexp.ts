// Checks the regular-expression parser against test262 (read-only, $TEST262_DIR or
// ../shared/test262), and against V8 and acorn as oracles:
//
//   node scripts/ts.mjs test/regexp/test262-regexp.ts [--verbose]
//
// 1. Negative tests (`negative: phase: parse`) under the RegExp directories: at least one regex
//    literal of the file must be rejected.
// 2. Positive tests: every regex literal found must be accepted. Files under annexB/ are checked
//    with the Annex B grammar; the others both with and without it.
// 3. `RegExp("...", "...")` calls with string-literal arguments in non-negative files: rejected iff
//    the call sits inside `assert.throws(SyntaxError, ...)` or `throw new Test262Error(...)`.
// 4. V8 oracle (the Node running this): for every pattern found in those files plus generated
//    ones, `new RegExp(p, f)` throws iff validateRegExpLiteral(p, f, true) rejects. Known gaps of the
//    host V8 (ES2025 features it lacks) are verified and reported separately (classifyDisagreement).
// 5. acorn oracle: acorn's regex validator implements ES2025 (modifiers, duplicate named groups,
//    v mode) with Annex B outside u/v; same corpus, where a pattern can be written as a literal.
//
// Exit status 1 if anything is unexplained.
// Files with features listed before "## Standard language features" in features.txt are skipped.
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { parseRegExp, RegExpSyntaxError, validateRegExpLiteral } from '../../stage0/parse/regexp.ts';
import { extractPatterns, type FoundPattern } from './extract-literals.ts';

import { nonStandardFeatures, test262Dir } from '../support/test262.ts';

export const TEST262_DIR = test262Dir();
const DIRS = ['test/built-ins/RegExp', 'test/language/literals/regexp', 'test/annexB/built-ins/RegExp', 'test/annexB/language/literals/regexp'];

interface TestFile {
  file: string;
  annexB: boolean;
  negative: boolean;
  patterns: FoundPattern[];
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.name.endsWith('.js') && !entry.name.includes('_FIXTURE')) out.push(p);
  }
}

export function loadTestFiles(): { files: TestFile[]; skipped: number } {
  const skip = nonStandardFeatures();
  const files: TestFile[] = [];
  let skipped = 0;
  for (const dir of DIRS) {
    const paths: string[] = [];
    walk(path.join(TEST262_DIR, dir), paths);
    for (const p of paths.sort()) {
      const src = fs.readFileSync(p, 'utf8');
      const m = /\/\*---([\s\S]*?)---\*\//.exec(src);
      const meta = m ? m[1] : '';
      const features = /features:\s*\[([^\]]*)\]/.exec(meta)?.[1].split(',').map((s) => s.trim()) ?? [];
      if (features.some((f) => skip.has(f))) { skipped++; continue; }
      const negative = /negative:\s*\n\s*phase:\s*parse/.test(meta);
      const body = m ? src.slice(m.index + m[0].length) : src;
      files.push({ file: path.relative(TEST262_DIR, p), annexB: dir.includes('annexB'), negative, patterns: extractPatterns(body) });
    }
  }
  return { files, skipped };
}

/**
 * Negative tests whose error is in the JavaScript around the literal, not in a pattern or its flags
 * (the JS lexer/parser reports them). Files whose literal cannot even be tokenized (a line
 * terminator or `*` where the body starts) show up as "no regex literal found" instead.
 */
const NOT_PATTERN_ERRORS: Record<string, string> = {
  'test/language/literals/regexp/S7.8.5_A2.2_T2.js': '`/a//.source`: `/a/` then a division with no right operand',
};

/**
 * Constructor calls whose expectation the scanner misreads (it marks every RegExp call inside
 * `throw new Test262Error(...)` as expected to throw); checked by hand.
 */
const MISREAD_EXPECTATIONS: Record<string, string> = {
  'test/built-ins/RegExp/S15.10.3.1_A2_T1.js': 'the outer RegExp(re, "1") throws (bad flag); the inner "\\d" is valid',
  'test/built-ins/RegExp/S15.10.7_A1_T2.js': 'RegExp("a|b", "g")() is a TypeError (calling the result), the pattern is valid',
};

export interface Test262Result {
  skipped: number;
  negative: { total: number; rejected: number; noLiteral: string[]; notPatternErrors: string[]; accepted: string[] };
  positive: { total: number; accepted: number; rejected: string[]; rejectedWithoutAnnexB: string[]; literals: number };
  /**
   * `RegExp("p", "f")` calls with string-literal arguments in non-negative files: inside
   * `assert.throws(SyntaxError, ...)` they must be rejected, elsewhere accepted.
   */
  constructed: { total: number; agree: number; misread: string[]; wrong: string[] };
}

export function runTest262(files: TestFile[], skipped: number): Test262Result {
  const r: Test262Result = {
    skipped,
    negative: { total: 0, rejected: 0, noLiteral: [], notPatternErrors: [], accepted: [] },
    positive: { total: 0, accepted: 0, rejected: [], rejectedWithoutAnnexB: [], literals: 0 },
    constructed: { total: 0, agree: 0, misread: [], wrong: [] },
  };
  for (const t of files) {
    const literals = t.patterns.filter((p) => p.origin === 'literal');
    if (t.negative) {
      r.negative.total++;
      if (literals.length === 0) { r.negative.noLiteral.push(t.file); continue; }
      if (literals.some((l) => validateRegExpLiteral(l.pattern, l.flags, true) !== null)) r.negative.rejected++;
      else if (Object.hasOwn(NOT_PATTERN_ERRORS, t.file)) r.negative.notPatternErrors.push(`${t.file}: ${NOT_PATTERN_ERRORS[t.file]}`);
      else r.negative.accepted.push(`${t.file}: ${literals.map((l) => `/${l.pattern}/${l.flags}`).join(' ')}`);
      continue;
    }
    for (const c of t.patterns) {
      if (c.origin !== 'constructor') continue;
      r.constructed.total++;
      const err = validateRegExpLiteral(c.pattern, c.flags, t.annexB || !c.expectsSyntaxError);
      if ((err !== null) === c.expectsSyntaxError) r.constructed.agree++;
      else if (Object.hasOwn(MISREAD_EXPECTATIONS, t.file)) r.constructed.misread.push(`${t.file}: ${MISREAD_EXPECTATIONS[t.file]}`);
      else r.constructed.wrong.push(`${t.file}:${c.line}: ${JSON.stringify(c.pattern)} flags=${JSON.stringify(c.flags)}: ${err ? `rejected (${err.message})` : 'accepted'}, test expects ${c.expectsSyntaxError ? 'SyntaxError' : 'success'}`);
    }
    if (literals.length === 0) continue;
    r.positive.total++;
    r.positive.literals += literals.length;
    let ok = true;
    for (const l of literals) {
      const err = validateRegExpLiteral(l.pattern, l.flags, true);
      if (err) {
        ok = false;
        r.positive.rejected.push(`${t.file}:${l.line}: /${l.pattern}/${l.flags}: ${err.message} at ${err.index}`);
      } else if (!t.annexB) {
        const strict = validateRegExpLiteral(l.pattern, l.flags, false);
        if (strict) r.positive.rejectedWithoutAnnexB.push(`${t.file}:${l.line}: /${l.pattern}/${l.flags}: ${strict.message}`);
      }
    }
    if (ok) r.positive.accepted++;
  }
  return r;
}

// ---- V8 oracle --------------------------------------------------------------------------------

/** Script names added in Unicode 16 and 17: unknown to Node builds with an older ICU (20.20 has ICU 78, Unicode 17). */
const NEW_SCRIPTS = /\b(Garay|Gara|Gurung_Khema|Gukh|Kirat_Rai|Krai|Ol_Onal|Onao|Sunuwar|Sunu|Todhri|Todr|Tulu_Tigalari|Tutg|Beria_Erfe|Berf|Sidetic|Sidt|Tai_Yo|Tayo|Tolong_Siki|Tols)\b/;

const MODIFIERS_GROUP = /\(\?(?:[ims]+(?:-[ims]*)?|-[ims]*):/g;

/**
 * Why V8 (Node 20) may legitimately disagree with an ES2025 parser that accepts `pattern`; null if
 * no known reason. A reason counts only if it is verified: with the ES2025 feature rewritten away
 * (modifier groups made plain `(?:`, duplicate group names made unique), V8 must accept.
 */
export function classifyDisagreement(pattern: string, flags: string, weReject: boolean): string | null {
  if (weReject) return null;
  let rewritten = pattern;
  const reasons: string[] = [];
  if (MODIFIERS_GROUP.test(pattern)) {
    rewritten = rewritten.replace(MODIFIERS_GROUP, '(?:');
    reasons.push('regexp-modifiers (ES2025) not in Node 20');
  }
  MODIFIERS_GROUP.lastIndex = 0;
  if (hasDuplicateGroupNames(rewritten)) {
    // The first group of each name keeps it (so `\k<name>` still resolves); later ones get `$`s.
    const seen = new Map<string, number>();
    rewritten = rewritten.replace(/\(\?<([^>=!][^>]*)>/g, (_m, raw: string) => {
      const name = decodeGroupName(raw);
      const n = seen.get(name) ?? 0;
      seen.set(name, n + 1);
      return `(?<${raw}${'$'.repeat(n)}>`;
    });
    reasons.push('duplicate named groups (ES2025) not in Node 20');
  }
  if (NEW_SCRIPTS.test(pattern) && /[uv]/.test(flags)) {
    rewritten = rewritten.replace(new RegExp(NEW_SCRIPTS.source, 'g'), 'Latin');
    reasons.push('Unicode 16/17 script names unknown to this Node build');
  }
  if (reasons.length === 0 || v8Rejects(rewritten, flags)) return null;
  return reasons.join(' + ');
}

/** A group name's text with its `\uXXXX` / `\u{X}` escapes decoded (surrogate escapes left as code units). */
function decodeGroupName(raw: string): string {
  return raw.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_m, braced?: string, four?: string) =>
    braced ? String.fromCodePoint(Math.min(parseInt(braced, 16), 0x10ffff)) : String.fromCharCode(parseInt(four!, 16)));
}

function hasDuplicateGroupNames(pattern: string): boolean {
  const names = [...pattern.matchAll(/\(\?<([^>=!][^>]*)>/g)].map((m) => decodeGroupName(m[1]));
  return new Set(names).size !== names.length;
}

function v8Rejects(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return false;
  } catch {
    return true;
  }
}

/** A deterministic xorshift generator, so the generated corpus is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

const PIECES = [
  'a', 'b', 'z', '0', '1', '2', '8', '_', '$', '^', '.', '|', '(', ')', '[', ']', '[^', '{', '}', '{1}', '{2,}', '{1,3}',
  '{3,1}', '*', '+', '?', '-', ',', '<', '>', '=', '!', ':', '&', '&&', '--', '!!', '\\', '\\d', '\\W', '\\b', '\\B',
  '\\c', '\\cA', '\\c1', '\\k', '\\k<a>', '\\0', '\\1', '\\2', '\\8', '\\01', '\\u', '\\u0041', '\\u{41}', '\\uD83D\\uDE00',
  '\\x4', '\\x41', '\\p{L}', '\\P{Lu}', '\\p{Script=Greek}', '\\p{RGI_Emoji}', '\\p{Foo}', '\\q{a|bc}', '\\q{', '\\-', '\\/',
  '\\a', '\\e', '(?:', '(?=', '(?!', '(?<=', '(?<!', '(?<a>', '(?<b>', '(?i:', '(?-m:', '(?i-s:', '(?ii:', '(?-:', '(?x:',
  '\u00e9', '\ud83d\ude00', '\ud83d',
  // Whole constructs, so that classes and groups are often closed.
  '[a-z]', '[z-a]', '[\\d-z]', '[a-\\d]', '[\\d--a]', '[[a]&&[b]]', '[a&&&b]', '[a&&b--c]', '[\\q{ab}]', '[^\\q{ab}]',
  '[^\\q{a|b}]', '[^\\p{RGI_Emoji}]', '[\\p{RGI_Emoji}--\\q{a}]', '[\\p{RGI_Emoji}&&a]', '[^[\\p{RGI_Emoji}&&a]]', '[(]',
  '[\\(]', '[!!]', '[a!b]', '[-]', '[\\-]', '[a--]', '[\\b]', '[\\B]', '[\\c_]', '[\\c]', '[\\1]', '[\\k]', '[\\0]',
  '[\\q{}]', '[a-\\q{b}]', '[]', '[^]', '[\\]]', '(a)', '(?<a>x)', '(?<a>x)|(?<a>y)', '(?<\\u0061>x)', '(?<\\u{62}>x)',
  '(?<a\\uD83D\\uDE00>x)', '(?<1a>x)', '(?=a)*', '(?<=a)*', '(?!a){2}', 'a{99999999999999999999}', 'a{2,99999999999999}',
  '\\p{gc=Lu}', '\\p{General_Category=L}', '\\p{scx=Grek}', '\\p{Script_Extensions=Latin}', '\\p{ASCII=Y}', '\\p{lu}',
  '\\p{Any}', '\\P{Any}', '\\p{}', '\\p{=L}', '\\p{gc=}', '\\p{Block=Basic_Latin}', '\\P{RGI_Emoji}', '\\p{Basic_Emoji}',
];
const FLAG_CHOICES = ['', 'u', 'v', 'i', 'gu', 'uv', 'ss'];

export function generatedCorpus(count: number, seed = 20251123): { pattern: string; flags: string }[] {
  const next = rng(seed);
  const out: { pattern: string; flags: string }[] = [];
  for (let n = 0; n < count; n++) {
    let p = '';
    const len = 1 + Math.floor(next() * 10);
    for (let k = 0; k < len; k++) p += PIECES[Math.floor(next() * PIECES.length)];
    out.push({ pattern: p, flags: FLAG_CHOICES[Math.floor(next() * FLAG_CHOICES.length)] });
  }
  return out;
}

/** acorn's verdict on `/pattern/flags` as a literal; null if the pattern cannot be written as one. */
function acornRejects(pattern: string, flags: string): boolean | null {
  if (pattern === '' || pattern.startsWith('*') || /[\/\n\r\u2028\u2029]/.test(pattern) || /(^|[^\\])(\\\\)*\\$/.test(pattern)) return null;
  try {
    acorn.parse(`/${pattern}/${flags}`, { ecmaVersion: 'latest' });
    return false;
  } catch {
    return true;
  }
}

/**
 * Patterns built from the grammar (nested groups, alternatives, classes, v-mode set operations,
 * named groups and references), mostly valid, with a small chance of a mutation at each step so
 * that near-misses are covered too.
 */
export function grammarCorpus(count: number, seed = 7): { pattern: string; flags: string }[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const chars = ['a', 'b', 'Z', '0', '9', '_', '-', ',', '=', '!', ':', '&', '<', '>', '\\u0041', '\\x41', '\\n', '\\.', '\\*', '\\/', '\\0', '\\u{1F600}', '\\cJ', '\\ud83d\\ude00', '\u00e9'];
  const setChars = ['a', 'b', 'z', '0', '_', '\\-', '\\&', '\\!', '\\[', '\\]', '\\\\', '\\u0041', '\\x41', '\\n', '\\b', '\\u{1F600}', '!', '#', '&'];
  const mutations = ['(', ')', '[', ']', '{', '}', '*', '?', '|', '\\', '-', '--', '&&', '\\k<z>', '\\9', '(?<a>)', '{2,1}', '\\p{Nope}'];
  let names: string[] = [];
  const gen = (depth: number, flags: string): string => {
    if (next() < 0.03) return pick(mutations);
    const v = flags.includes('v');
    const u = v || flags.includes('u');
    const atom = (): string => {
      const r = next();
      if (depth > 0 && r < 0.25) {
        const kind = pick(['(', '(', '(?:', '(?:', '(?=', '(?!', '(?<=', '(?<!', '(?<n>', '(?<n>', next() < 0.2 ? '(?i-s:' : '(']);
        let open = kind;
        if (kind === '(?<n>') {
          const name = pick(['a', 'b', 'c', '\\u0064']);
          names.push(name);
          open = `(?<${name}>`;
        }
        return `${open}${gen(depth - 1, flags)})`;
      }
      if (r < 0.45) return cls(depth, v);
      if (r < 0.5) return pick(['.', '\\d', '\\W', '\\s']);
      if (r < 0.55 && u) return pick(['\\p{L}', '\\P{Lu}', '\\p{sc=Greek}', '\\p{scx=Latn}', '\\p{ASCII}', ...(v ? ['\\p{RGI_Emoji}'] : [])]);
      if (r < 0.6 && names.length > 0) return `\\k<${pick(names)}>`;
      if (r < 0.63) return `\\${1 + Math.floor(next() * 3)}`;
      return pick(chars);
    };
    const quant = () => (next() < 0.7 ? '' : pick(['*', '+', '?', '{2}', '{1,}', '{0,3}', '*?', '{2,5}?']));
    const term = () => {
      const r = next();
      if (r < 0.08) return pick(['^', '$', '\\b', '\\B']);
      return atom() + quant();
    };
    const alternatives: string[] = [];
    const nAlt = next() < 0.7 ? 1 : 2 + Math.floor(next() * 2);
    for (let a = 0; a < nAlt; a++) {
      let alt = '';
      const nTerms = Math.floor(next() * 4);
      for (let t = 0; t < nTerms; t++) alt += term();
      alternatives.push(alt);
    }
    return alternatives.join('|');
  };
  const cls = (depth: number, v: boolean): string => {
    const neg = next() < 0.2 ? '^' : '';
    if (!v) {
      let body = '';
      const n = Math.floor(next() * 4);
      for (let k = 0; k < n; k++) body += next() < 0.3 ? `${pick(setChars.slice(0, 5))}-${pick(['z', '9', '_'])}` : pick([...setChars, '\\d', '\\s']);
      return `[${neg}${body}]`;
    }
    const operand = (): string => {
      const r = next();
      if (depth > 0 && r < 0.25) return cls(depth - 1, v);
      if (r < 0.4) return pick(['\\q{ab|c}', '\\q{a}', '\\q{}', '\\p{L}', '\\p{RGI_Emoji}', '\\d']);
      return pick(setChars);
    };
    const r = next();
    let body: string;
    if (r < 0.2) body = `${operand()}&&${operand()}`;
    else if (r < 0.4) body = `${operand()}--${operand()}`;
    else {
      body = '';
      const n = Math.floor(next() * 4);
      for (let k = 0; k < n; k++) body += next() < 0.25 ? 'a-z' : operand();
    }
    return `[${neg}${body}]`;
  };
  const out: { pattern: string; flags: string }[] = [];
  for (let n = 0; n < count; n++) {
    names = [];
    const flags = pick(['', '', 'u', 'v', 'i', 'v']);
    out.push({ pattern: gen(3, flags), flags });
  }
  return out;
}

export interface AcornResult {
  total: number;
  agree: number;
  /** Disagreements where acorn deviates from ES2025 in a known, verified way. */
  explained: string[];
  disagree: string[];
}

/**
 * acorn 8.19 accepts `[\k]` in a non-u pattern that has a named group. ES2025 B.1.2 rejects it
 * (ClassEscape -> CharacterEscape[+NamedCaptureGroups] -> SourceCharacterIdentityEscape, "but not
 * one of c or k"), and so does V8. Verified: with every `\k` inside a class made `k`, we must accept.
 */
function acornClassKQuirk(pattern: string, flags: string): boolean {
  if (/[uv]/.test(flags)) return false;
  let rewritten = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      rewritten += inClass && next === 'k' ? 'k' : c + next;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    rewritten += c;
  }
  return rewritten !== pattern && validateRegExpLiteral(rewritten, flags, true) === null;
}

export function runAcornOracle(corpus: { pattern: string; flags: string }[]): AcornResult {
  const r: AcornResult = { total: 0, agree: 0, explained: [], disagree: [] };
  const seen = new Set<string>();
  for (const { pattern, flags } of corpus) {
    const key = `${flags}/${pattern}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const theirs = acornRejects(pattern, flags);
    if (theirs === null) continue;
    r.total++;
    const ours = validateRegExpLiteral(pattern, flags, true);
    if ((ours !== null) === theirs) { r.agree++; continue; }
    const line = `${JSON.stringify(pattern)} flags=${JSON.stringify(flags)}: ${ours ? `we reject (${ours.message}), acorn accepts` : 'we accept, acorn rejects'}`;
    if (ours && acornClassKQuirk(pattern, flags)) r.explained.push(line);
    else r.disagree.push(line);
  }
  return r;
}

export interface OracleResult {
  total: number;
  agree: number;
  explained: Map<string, string[]>;
  unexplained: string[];
  /** parseRegExp threw something other than RegExpSyntaxError (must stay empty). */
  crashes: string[];
}

export function runOracle(corpus: { pattern: string; flags: string }[]): OracleResult {
  const r: OracleResult = { total: 0, agree: 0, explained: new Map(), unexplained: [], crashes: [] };
  const seen = new Set<string>();
  for (const { pattern, flags } of corpus) {
    const key = `${flags}/${pattern}`;
    if (seen.has(key)) continue;
    seen.add(key);
    r.total++;
    let weReject: boolean;
    try {
      parseRegExp(pattern, flags, true);
      weReject = false;
    } catch (e) {
      if (!(e instanceof RegExpSyntaxError)) { r.crashes.push(`/${pattern}/${flags}: ${String(e)}`); continue; }
      weReject = true;
    }
    if (weReject === v8Rejects(pattern, flags)) { r.agree++; continue; }
    const why = classifyDisagreement(pattern, flags, weReject);
    const line = `${JSON.stringify(pattern)} flags=${JSON.stringify(flags)}: ${weReject ? 'we reject, V8 accepts' : 'we accept, V8 rejects'}`;
    if (why) {
      const list = r.explained.get(why) ?? [];
      list.push(line);
      r.explained.set(why, list);
    } else {
      r.unexplained.push(line);
    }
  }
  return r;
}

// ---- command line -----------------------------------------------------------------------------

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const show = (title: string, list: string[], limit = verbose ? Infinity : 15) => {
    if (list.length === 0) return;
    console.log(`  ${title} (${list.length}):`);
    for (const s of list.slice(0, limit)) console.log(`    ${s}`);
    if (list.length > limit) console.log(`    ... ${list.length - limit} more (--verbose)`);
  };
  const { files, skipped } = loadTestFiles();
  const r = runTest262(files, skipped);
  console.log(`test262 RegExp files: ${files.length} read, ${skipped} skipped (non-standard features)`);
  console.log(`negative (phase: parse): ${r.negative.rejected}/${r.negative.total} rejected`);
  show('no regex literal found (lexical errors in the literal token: the JS lexer reports them)', r.negative.noLiteral);
  show('errors outside the pattern (the JS parser reports them)', r.negative.notPatternErrors);
  show('all literals accepted (BUG)', r.negative.accepted);
  console.log(`positive files with literals: ${r.positive.accepted}/${r.positive.total} fully accepted (${r.positive.literals} literals)`);
  show('rejected (BUG)', r.positive.rejected);
  show('accepted only with Annex B (main-directory tests)', r.positive.rejectedWithoutAnnexB);
  console.log(`RegExp("...") calls in non-negative files: ${r.constructed.agree}/${r.constructed.total} as the test expects (SyntaxError inside assert.throws, else success)`);
  show('expectation misread by the scanner (checked by hand)', r.constructed.misread);
  show('not as expected (BUG)', r.constructed.wrong);

  const corpus = files.flatMap((f) => f.patterns.map((p) => ({ pattern: p.pattern, flags: p.flags })));
  const fromFiles = runOracle(corpus);
  const generated = runOracle(generatedCorpus(200000));
  const grammar = runOracle(grammarCorpus(100000));
  for (const [title, o] of [['test262 patterns', fromFiles], ['generated patterns', generated], ['grammar-generated patterns', grammar]] as const) {
    console.log(`V8 oracle, ${title}: ${o.agree}/${o.total} agree; ${o.total - o.agree} disagree`);
    for (const [why, list] of o.explained) show(`explained: ${why}`, list, verbose ? Infinity : 3);
    show('UNEXPLAINED', o.unexplained);
    show('CRASH (non-RegExpSyntaxError thrown)', o.crashes);
  }
  let acornUnexplained = 0;
  for (const [title, c] of [['test262 patterns', corpus], ['generated patterns', generatedCorpus(200000)], ['grammar-generated patterns', grammarCorpus(100000)]] as const) {
    const a = runAcornOracle(c);
    acornUnexplained += a.disagree.length;
    console.log(`acorn oracle, ${title}: ${a.agree}/${a.total} agree`);
    show('explained: acorn accepts \\k in a class in a pattern with named groups (ES2025 Annex B and V8 reject)', a.explained, verbose ? Infinity : 3);
    show('UNEXPLAINED', a.disagree);
  }
  const bad = acornUnexplained + r.constructed.wrong.length + r.negative.accepted.length + r.positive.rejected.length + fromFiles.unexplained.length +
    generated.unexplained.length + grammar.unexplained.length + fromFiles.crashes.length + generated.crashes.length + grammar.crashes.length;
  process.exitCode = bad === 0 ? 0 : 1;
}

if (process.argv[1]?.endsWith('test262-regexp.ts')) main();
