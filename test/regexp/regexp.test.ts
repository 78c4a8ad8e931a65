import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { test262Dir } from '../support/test262.ts';
import {
  MAX_CLASS_NESTING, parseRegExp, RegExpErrors, RegExpSyntaxError, validateRegExpLiteral,
  type CharacterClass, type Disjunction, type Term,
} from '../../stage0/parse/regexp.ts';

/** The terms of a pattern with a single alternative. */
function terms(pattern: string, flags = '', annexB = true): Term[] {
  const ast = parseRegExp(pattern, flags, annexB);
  expect(ast.body.alternatives).toHaveLength(1);
  return ast.body.alternatives[0].terms;
}

function only(pattern: string, flags = '', annexB = true): Term {
  const t = terms(pattern, flags, annexB);
  expect(t).toHaveLength(1);
  return t[0];
}

function errorOf(pattern: string, flags = '', annexB = true): string | null {
  return validateRegExpLiteral(pattern, flags, annexB)?.message ?? null;
}

describe('AST shapes', () => {
  it('disjunction, alternatives and characters with offsets', () => {
    const ast = parseRegExp('ab|c', '', true);
    expect(ast.type).toBe('Pattern');
    expect(ast.body).toMatchObject({
      type: 'Disjunction', start: 0, end: 4,
      alternatives: [
        { type: 'Alternative', start: 0, end: 2, terms: [{ type: 'Character', value: 0x61, start: 0, end: 1 }, { type: 'Character', value: 0x62, start: 1, end: 2 }] },
        { type: 'Alternative', start: 3, end: 4, terms: [{ type: 'Character', value: 0x63 }] },
      ],
    });
  });

  it('quantifiers: min, max (Infinity), greedy', () => {
    expect(terms('a*b+?c?d{2}e{3,}f{4,5}?')).toMatchObject([
      { type: 'Quantifier', min: 0, max: Infinity, greedy: true, start: 0, end: 2, body: { type: 'Character', value: 0x61 } },
      { type: 'Quantifier', min: 1, max: Infinity, greedy: false },
      { type: 'Quantifier', min: 0, max: 1, greedy: true },
      { type: 'Quantifier', min: 2, max: 2 },
      { type: 'Quantifier', min: 3, max: Infinity },
      { type: 'Quantifier', min: 4, max: 5, greedy: false },
    ]);
    // Digits beyond a double saturate; the order check is exact.
    expect(only('a{99999999999999999999999}')).toMatchObject({ min: 1e23 });
    expect(errorOf('a{100000000000000000001,100000000000000000000}')).toBe(RegExpErrors.quantifierOutOfOrder);
  });

  it('assertions and lookarounds', () => {
    expect(terms('^$\\b\\B')).toMatchObject([
      { type: 'Assertion', kind: 'start' }, { type: 'Assertion', kind: 'end' },
      { type: 'Assertion', kind: 'wordBoundary' }, { type: 'Assertion', kind: 'nonWordBoundary' },
    ]);
    expect(terms('(?=a)(?!b)(?<=c)(?<!d)')).toMatchObject([
      { type: 'Lookaround', kind: 'lookahead', negate: false },
      { type: 'Lookaround', kind: 'lookahead', negate: true },
      { type: 'Lookaround', kind: 'lookbehind', negate: false },
      { type: 'Lookaround', kind: 'lookbehind', negate: true, start: 16, end: 22 },
    ]);
  });

  it('groups: capturing, named, non-capturing, modifiers', () => {
    const ast = parseRegExp('(a)(?<year>b)(?:c)(?i-ms:d)(?s:e)', '', true);
    expect(ast.groupCount).toBe(2);
    expect([...ast.groupNames]).toEqual([['year', [2]]]);
    expect(ast.body.alternatives[0].terms).toMatchObject([
      { type: 'CapturingGroup', index: 1, name: null, start: 0, end: 3 },
      { type: 'CapturingGroup', index: 2, name: 'year' },
      { type: 'Group', modifiers: null },
      { type: 'Group', modifiers: { add: 'i', remove: 'ms' } },
      { type: 'Group', modifiers: { add: 's', remove: '' } },
    ]);
  });

  it('group names: escapes and surrogate pairs', () => {
    expect(parseRegExp('(?<\\u0061\\u{62}c>x)', '', true).groupNames.has('abc')).toBe(true);
    expect(parseRegExp('(?<\\ud835\\udc9c>x)', '', true).groupNames.has('\u{1d49c}')).toBe(true);
    expect(parseRegExp('(?<\u{1d49c}>x)', '', true).groupNames.has('\u{1d49c}')).toBe(true);
    expect(parseRegExp('(?<$_\u200c\u200d>x)', 'u', true).groupNames.has('$_\u200c\u200d')).toBe(true);
    expect(errorOf('(?<\\ud835>x)', 'u')).toBe(RegExpErrors.invalidCaptureGroupName);
    expect(errorOf('(?<1a>x)')).toBe(RegExpErrors.invalidCaptureGroupName);
    expect(errorOf('(?<>x)')).toBe(RegExpErrors.invalidCaptureGroupName);
  });

  it('backreferences: numbered, named, duplicate names resolve to every group', () => {
    expect(terms('(a)\\1')[1]).toMatchObject({ type: 'Backreference', name: null, indices: [1], start: 3, end: 5 });
    expect(terms('\\k<x>(?<x>a)', 'u')[0]).toMatchObject({ type: 'Backreference', name: 'x', indices: [1] });
    const ast = parseRegExp('(?:(?<x>a)|(?<x>b))\\k<x>', '', true);
    expect(ast.body.alternatives[0].terms[1]).toMatchObject({ type: 'Backreference', name: 'x', indices: [1, 2] });
  });

  it('characters: code points in u mode, code units otherwise', () => {
    expect(terms('\u{1f600}', '')).toMatchObject([{ value: 0xd83d }, { value: 0xde00 }]);
    expect(only('\u{1f600}', 'u')).toMatchObject({ type: 'Character', value: 0x1f600, start: 0, end: 2 });
    expect(only('\\ud83d\\ude00', 'u')).toMatchObject({ value: 0x1f600 });
    expect(terms('\\ud83d\\ude00', '')).toMatchObject([{ value: 0xd83d }, { value: 0xde00 }]);
    expect(only('\\u{1F600}', 'u')).toMatchObject({ value: 0x1f600 });
    expect(terms('\\t\\n\\v\\f\\r\\0\\x41\\cJ\\/')).toMatchObject(
      [9, 10, 11, 12, 13, 0, 0x41, 10, 0x2f].map((value) => ({ type: 'Character', value })));
  });

  it('dot, class escapes, property escapes', () => {
    expect(terms('.\\d\\D\\s\\W')).toMatchObject([
      { type: 'Dot' }, { type: 'CharacterClassEscape', kind: 'digit', negate: false },
      { type: 'CharacterClassEscape', kind: 'digit', negate: true }, { type: 'CharacterClassEscape', kind: 'space' },
      { type: 'CharacterClassEscape', kind: 'word', negate: true },
    ]);
    expect(terms('\\p{Lu}\\P{gc=Letter}\\p{sc=Grek}\\p{Script_Extensions=Latin}\\p{ASCII}', 'u')).toMatchObject([
      { type: 'UnicodePropertyEscape', kind: 'generalCategory', name: 'Lu', value: null, negate: false },
      { kind: 'generalCategory', name: 'gc', value: 'Letter', negate: true },
      { kind: 'script', name: 'sc', value: 'Grek' },
      { kind: 'scriptExtensions', value: 'Latin' },
      { kind: 'binary', name: 'ASCII' },
    ]);
    expect(only('\\p{RGI_Emoji}', 'v')).toMatchObject({ kind: 'strings', name: 'RGI_Emoji' });
  });

  it('classes: negation, ranges, escapes', () => {
    expect(only('[^a-c\\d\\b-]')).toMatchObject({
      type: 'CharacterClass', negate: true, kind: 'union', mayContainStrings: false,
      elements: [
        { type: 'ClassRange', min: { value: 0x61 }, max: { value: 0x63 }, start: 2, end: 5 },
        { type: 'CharacterClassEscape', kind: 'digit' },
        { type: 'Character', value: 8 },
        { type: 'Character', value: 0x2d },
      ],
    });
    expect(only('[\u{1f600}-\u{1f64f}]', 'u')).toMatchObject({ elements: [{ type: 'ClassRange', min: { value: 0x1f600 }, max: { value: 0x1f64f } }] });
  });

  it('v-mode classes: nesting, set operations, string disjunctions', () => {
    expect(only('[\\p{L}--[a-z]]', 'v')).toMatchObject({
      kind: 'subtraction', elements: [{ type: 'UnicodePropertyEscape' }, { type: 'CharacterClass', kind: 'union', elements: [{ type: 'ClassRange' }] }],
    });
    expect(only('[[a-z]&&\\w&&[^x]]', 'v')).toMatchObject({ kind: 'intersection', elements: [{}, {}, { negate: true }] });
    const q = only('[\\q{abc|d|}x]', 'v') as CharacterClass;
    expect(q).toMatchObject({
      kind: 'union', mayContainStrings: true,
      elements: [{ type: 'ClassStringDisjunction', alternatives: [{ characters: [{ value: 0x61 }, {}, {}] }, { characters: [{ value: 0x64 }] }, { characters: [] }] }, { type: 'Character' }],
    });
    expect(only('[\\q{a|b}]', 'v')).toMatchObject({ mayContainStrings: false });
    expect(only('[\\p{RGI_Emoji}&&\\q{a}]', 'v')).toMatchObject({ mayContainStrings: false });
    expect(only('[\\p{RGI_Emoji}--a]', 'v')).toMatchObject({ mayContainStrings: true });
    expect(only('[\\&\\-\\!a&b]', 'v')).toMatchObject({ elements: [{ value: 0x26 }, { value: 0x2d }, { value: 0x21 }, { value: 0x61 }, { value: 0x26 }, { value: 0x62 }] });
  });

  it('Annex B values: octal, identity, \\c, literal brackets, quantified lookahead', () => {
    expect(terms('\\1\\18\\377\\400\\8')).toMatchObject([{ value: 1 }, { value: 1 }, { value: 0x38 }, { value: 0o377 }, { value: 0o40 }, { value: 0x30 }, { value: 0x38 }]);
    expect(terms('(a)\\18')).toMatchObject([{ type: 'CapturingGroup' }, { type: 'Character', value: 1 }, { value: 0x38 }]);
    expect(terms('\\c1')).toMatchObject([{ value: 0x5c }, { value: 0x63 }, { value: 0x31 }]);
    expect(only('[\\c1\\c_]')).toMatchObject({ elements: [{ value: 0x11 }, { value: 0x1f }] });
    expect(only('[\\c*]')).toMatchObject({ elements: [{ value: 0x5c }, { value: 0x63 }, { value: 0x2a }] });
    expect(terms(']{}a{')).toMatchObject([{ value: 0x5d }, { value: 0x7b }, { value: 0x7d }, { value: 0x61 }, { value: 0x7b }]);
    expect(only('(?=a)*')).toMatchObject({ type: 'Quantifier', body: { type: 'Lookaround' } });
    expect(terms('\\k<a>')).toMatchObject([{ value: 0x6b }, { value: 0x3c }, { value: 0x61 }, { value: 0x3e }]);
    expect(only('[\\d-a]')).toMatchObject({ elements: [{ type: 'CharacterClassEscape' }, { value: 0x2d }, { value: 0x61 }] });
    expect(terms('\\u{2}')).toMatchObject([{ type: 'Quantifier', min: 2, body: { value: 0x75 } }]);
  });
});

describe('character values agree with V8', () => {
  // For every escape `\X`, `\cX`, `\xXA`, octal sequences and a few Unicode escapes, in and out of
  // classes: the string built from our Character values must be matched by V8's RegExp (Annex B, non-u
  // and u). This checks the values, not just acceptance.
  const patterns: string[] = [];
  for (let c = 0x20; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    patterns.push(`\\${ch}`, `\\c${ch}`, `[\\c${ch}]`, `\\x${ch}A`, `\\u00${ch}A`, `[\\${ch}]`);
  }
  for (const a of '01234567') for (const b of '0123456789') patterns.push(`\\${a}${b}`, `\\${a}${b}7`, `[\\${a}${b}1]`);
  patterns.push('\\u{41}', '\\ud83d\\ude00', '[\\ud83d\\ude00]', '\\u{1F600}', '[\\u{1F600}]');
  it.each(['', 'u'])('flags %j', (flags) => {
    let checked = 0;
    for (const p of patterns) {
      let terms: Term[];
      try {
        terms = parseRegExp(p, flags, true).body.alternatives[0].terms;
      } catch {
        continue;
      }
      if (terms.length === 1 && terms[0].type === 'CharacterClass' && !terms[0].negate) {
        for (const e of terms[0].elements) {
          if (e.type === 'Character') expect(new RegExp(`^${p}$`, flags).test(String.fromCodePoint(e.value)), p).toBe(true);
        }
        checked++;
        continue;
      }
      let s = '';
      let onlyCharacters = true;
      for (const t of terms) {
        if (t.type === 'Character') s += String.fromCodePoint(t.value);
        else if (t.type === 'Quantifier' && t.body.type === 'Character') s += String.fromCodePoint(t.body.value).repeat(t.min);
        else onlyCharacters = false;
      }
      if (!onlyCharacters) continue;
      expect(new RegExp(`^(?:${p})$`, flags).test(s), `${p} ~ ${JSON.stringify(s)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(flags === '' ? 500 : 40);
  });
});

describe('early errors', () => {
  const E = RegExpErrors;
  const cases: [pattern: string, flags: string, annexB: boolean, message: string][] = [
    ['a)', '', true, E.unmatchedParen],
    ['(a', '', true, E.unterminatedGroup],
    ['(?a)', '', true, E.invalidGroup],
    ['*a', '', true, E.nothingToRepeat],
    ['a**', '', true, E.nothingToRepeat],
    ['^*', '', true, E.nothingToRepeat],
    ['\\b+', '', true, E.nothingToRepeat],
    ['(?<=a)?', '', true, E.nothingToRepeat],
    ['(?=a)?', 'u', true, E.nothingToRepeat],
    ['{1}', '', true, E.nothingToRepeat],
    ['a|{1,2}', '', true, E.nothingToRepeat],
    ['{', 'u', true, E.loneQuantifierBrackets],
    ['}', 'u', true, E.loneQuantifierBrackets],
    [']', 'u', true, E.loneQuantifierBrackets],
    ['a{', 'u', true, E.incompleteQuantifier],
    ['a{2,1}', '', true, E.quantifierOutOfOrder],
    ['\\', '', true, E.escapeAtEnd],
    ['\\a', 'u', true, E.invalidEscape],
    ['\\-', 'u', true, E.invalidEscape],
    ['\\c1', 'u', true, E.invalidEscape],
    ['\\x4', 'u', true, E.invalidEscape],
    ['\\u{110000}', 'u', true, E.invalidUnicodeEscape],
    ['\\u12', 'u', true, E.invalidUnicodeEscape],
    ['\\01', 'u', true, E.invalidDecimalEscape],
    ['[\\z]', 'u', true, E.invalidClassEscape],
    ['\\2(a)', 'u', true, E.invalidBackreference],
    ['\\k', 'u', true, E.invalidNamedReference],
    ['\\k<b>(?<a>x)', '', true, E.invalidNamedCaptureReferenced],
    ['\\k<a>', 'u', true, E.invalidNamedCaptureReferenced],
    ['(?<a.>x)', '', true, E.invalidCaptureGroupName],
    ['(?<a>x)(?<a>y)', '', true, E.duplicateCaptureGroupName],
    ['(?<a>x)|(?:(?<a>y)|z)(?<a>w)', '', true, E.duplicateCaptureGroupName],
    ['(?:(?<a>x)|(?<a>y))(?<a>z)', '', true, E.duplicateCaptureGroupName],
    ['\\p{Lowercase_letter}', 'u', true, E.invalidPropertyName],
    ['\\p{Script=}', 'u', true, E.invalidPropertyName],
    ['\\p{ASCII=Yes}', 'u', true, E.invalidPropertyName],
    ['\\p{Block=Basic_Latin}', 'u', true, E.invalidPropertyName],
    ['\\p{sc=Latin', 'u', true, E.invalidPropertyName],
    ['\\p{RGI_Emoji}', 'u', true, E.invalidPropertyName],
    ['\\P{RGI_Emoji}', 'v', true, E.invalidPropertyName],
    ['[a', '', true, E.unterminatedClass],
    ['[[a]', 'v', true, E.unterminatedClass],
    ['[b-a]', '', true, E.rangeOutOfOrder],
    ['[\\d-a]', 'u', true, E.classEscapeInRange],
    ['[a-\\w]', '', false, E.classEscapeInRange],
    ['[a-\\d]', 'v', true, E.classEscapeInRange],
    ['[a&&b--c]', 'v', true, E.invalidSetOperation],
    ['[a-z&&b]', 'v', true, E.invalidSetOperation],
    ['[ab&&c]', 'v', true, E.invalidSetOperation],
    ['[a&&&b]', 'v', true, E.invalidSetOperation],
    ['[a!!b]', 'v', true, E.invalidSetOperation],
    ['[(]', 'v', true, E.invalidClassSetCharacter],
    ['[a-]', 'v', true, E.invalidClassSetCharacter],
    ['[{]', 'v', true, E.invalidClassSetCharacter],
    ['[^\\p{RGI_Emoji}]', 'v', true, E.negatedClassMayContainStrings],
    ['[^\\q{ab}]', 'v', true, E.negatedClassMayContainStrings],
    ['[^[\\q{}]]', 'v', true, E.negatedClassMayContainStrings],
    ['\\q{a}', 'v', true, E.invalidEscape],
    ['[\\q{a}]', 'u', true, E.invalidClassEscape],
    ['(?i)', '', true, E.invalidModifiers],
    ['(?ii:a)', '', true, E.repeatedModifier],
    ['(?i-i:a)', '', true, E.repeatedModifier],
    ['(?-:a)', '', true, E.emptyModifiers],
    ['(?u:a)', '', true, E.invalidGroup],
    ['(?i-u:a)', '', true, E.invalidModifiers],
  ];
  it.each(cases)('/%s/%s (annexB=%s): %s', (pattern, flags, annexB, message) => {
    expect(errorOf(pattern, flags, annexB)).toBe(message);
    expect(() => parseRegExp(pattern, flags, annexB)).toThrow(RegExpSyntaxError);
  });

  it('flag errors point into the flags after the closing slash', () => {
    expect(validateRegExpLiteral('ab', 'gx', true)).toEqual({ message: E.invalidFlag, index: 2 + 1 + 1 });
    expect(validateRegExpLiteral('ab', 'gig', true)).toEqual({ message: E.duplicateFlag, index: 2 + 1 + 2 });
    expect(validateRegExpLiteral('a', 'uv', true)).toEqual({ message: E.unicodeAndSets, index: 1 + 1 + 1 });
    expect(validateRegExpLiteral('a', 'G', true)?.message).toBe(E.invalidFlag);
    expect(validateRegExpLiteral('a', '\\u0067', true)?.message).toBe(E.invalidFlag);
    expect(validateRegExpLiteral('a', 'dgimsuy', true)).toBeNull();
    expect(validateRegExpLiteral('a', 'dgimsvy', true)).toBeNull();
  });

  it('pattern errors carry an index into the pattern', () => {
    expect(validateRegExpLiteral('ab(?<x>c)(?<x>d)', '', true)).toEqual({ message: E.duplicateCaptureGroupName, index: 12 });
    expect(validateRegExpLiteral('abc)', '', true)).toEqual({ message: E.unmatchedParen, index: 3 });
    const e = (() => { try { parseRegExp('x[b-a]', '', true); } catch (err) { return err; } })();
    expect(e).toBeInstanceOf(SyntaxError);
    expect(e).toMatchObject({ name: 'SyntaxError', index: 2, message: E.rangeOutOfOrder });
  });

  it('duplicate named groups are allowed in different alternatives (ES2025)', () => {
    for (const p of ['(?<a>x)|(?<a>y)', '(?:(?<a>x)|(?<a>y))\\k<a>', '(?<a>x)|(?:(?<a>y)|(?<a>z))', '((?<a>x)|(?<b>y))|(?<a>z)(?<b>w)']) {
      expect(errorOf(p, '')).toBeNull();
      expect(errorOf(p, 'u')).toBeNull();
    }
  });

  it('duplicate-name check agrees with a brute-force MightBothParticipate on random nestings', () => {
    // Random balanced patterns over (?<a> (?<b> (?: ( ) | x; the names are made unique to get an
    // AST, then every same-name pair is judged from its (disjunction, alternative) path.
    let seed = 99;
    const rand = (m: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % m; };
    let rejectedCount = 0;
    for (let n = 0; n < 3000; n++) {
      let p = '';
      let open = 0;
      const len = 4 + rand(20);
      for (let i = 0; i < len; i++) {
        const r = rand(7);
        if (r === 0) { p += rand(2) ? '(?<a>' : '(?<b>'; open++; }
        else if (r === 1) { p += rand(2) ? '(?:' : '('; open++; }
        else if (r === 2 && open > 0) { p += ')'; open--; }
        else if (r === 3) p += '|';
        else p += 'x';
      }
      p += ')'.repeat(open);
      let k = 0;
      const unique = p.replace(/\(\?<([ab])>/g, (_m, name: string) => `(?<${name}${k++}>`);
      const ast = parseRegExp(unique, '', true);
      type Path = { disjunction: Disjunction; alternative: number }[];
      const groups: { name: string; path: Path }[] = [];
      const walk = (d: Disjunction, path: Path) => {
        d.alternatives.forEach((alt, index) => {
          const here = [...path, { disjunction: d, alternative: index }];
          for (const t of alt.terms) {
            const node = t.type === 'Quantifier' ? t.body : t;
            if (node.type === 'CapturingGroup' || node.type === 'Group' || node.type === 'Lookaround') {
              if (node.type === 'CapturingGroup' && node.name) groups.push({ name: node.name[0], path: here });
              walk(node.body, here);
            }
          }
        });
      };
      walk(ast.body, []);
      const separated = (x: Path, y: Path) => x.some((step, i) => y[i] && y[i].disjunction === step.disjunction && y[i].alternative !== step.alternative);
      let conflict = false;
      for (let i = 0; i < groups.length; i++) {
        for (let j = i + 1; j < groups.length; j++) {
          if (groups[i].name === groups[j].name && !separated(groups[i].path, groups[j].path)) conflict = true;
        }
      }
      const ours = errorOf(p, '');
      expect(ours, p).toBe(conflict ? E.duplicateCaptureGroupName : null);
      if (conflict) rejectedCount++;
    }
    expect(rejectedCount).toBeGreaterThan(300);
  });

  it('backreference numbers count every capturing group, including later ones', () => {
    expect(errorOf('\\2(a)(b)', 'u')).toBeNull();
    expect(errorOf('\\3(a)(b)', 'u')).toBe(E.invalidBackreference);
    expect(errorOf('[(](a)\\2', 'u')).toBe(E.invalidBackreference);
    expect(errorOf('[[a]](a)\\2', 'v')).toBe(E.invalidBackreference);
    expect(errorOf('[[a]\\(](a)\\1', 'v')).toBeNull();
    expect(errorOf('\\(\\2(?<a>x)(?:y)(?=z)(?<=w)', 'u')).toBe(E.invalidBackreference);
    expect(errorOf('\\1(?<a>x)', 'u')).toBeNull();
  });

  it('property names: every kind, exact case, no loose matching', () => {
    for (const p of ['L', 'Letter', 'gc=L', 'General_Category=Lu', 'Script=Latin', 'sc=Latn', 'scx=Zyyy', 'Script_Extensions=Hira', 'Any', 'ASCII_Hex_Digit', 'AHex', 'punct', 'digit', 'Script=Tulu_Tigalari']) {
      expect(errorOf(`\\p{${p}}`, 'u'), p).toBeNull();
      expect(errorOf(`\\P{${p}}`, 'v'), p).toBeNull();
    }
    for (const p of ['sc=Hrkt', 'Script_Extensions=Katakana_Or_Hiragana', 'l', 'letter', 'gc=l', 'Script=latin', 'General_Category', 'Script', 'InLatin', 'IsLatin', 'Other_Alphabetic', 'Latin', 'ascii', 'Any=Yes', 'sc=Zzzz=Zyyy', ' L', 'L ', 'Line_Break=Alphabetic', 'Hyphen', 'Emoji_Keycap_Sequence=Yes']) {
      expect(errorOf(`\\p{${p}}`, 'u'), p).toBe(E.invalidPropertyName);
    }
    for (const p of ['Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji', 'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Modifier_Sequence', 'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence']) {
      expect(errorOf(`\\p{${p}}`, 'v')).toBeNull();
      expect(errorOf(`[\\p{${p}}]`, 'v')).toBeNull();
      expect(errorOf(`\\p{${p}}`, 'u')).toBe(E.invalidPropertyName);
      expect(errorOf(`\\P{${p}}`, 'v')).toBe(E.invalidPropertyName);
      expect(errorOf(`[^\\p{${p}}]`, 'v')).toBe(E.negatedClassMayContainStrings);
    }
  });

  it('v mode: every reserved double punctuator is an error, escaped or single is fine', () => {
    for (const c of '&!#$%*+,.:;<=>?@^`~') {
      const single = c === '^' ? `[a${c}]` : `[${c}]`;
      // `[a&&b]` is an intersection; `&&` as a character is covered by '[a&&&b]' above.
      if (c !== '&') expect(errorOf(`[a${c}${c}b]`, 'v'), c).toBe(E.invalidSetOperation);
      expect(errorOf(single, 'v'), c).toBeNull();
    }
    for (const c of '()[]{}/-\\|') {
      if (c === '[' || c === ']' || c === '\\') continue;
      expect(errorOf(`[a${c}]`, 'v'), c).toBe(E.invalidClassSetCharacter);
      expect(errorOf(`[a\\${c}]`, 'v'), c).toBeNull();
    }
  });
});

describe('Annex B grammar only in sloppy non-u mode', () => {
  const annexBOnly = [
    '\\1', '\\8', '\\01', '[\\1]', '\\a', '\\c', '\\c1', '[\\c1]', '[\\c_]', '[\\c]', '\\x4', '\\u12', ']', '{', '}',
    'a{', 'a{1', '(?=a)*', '(?!a){2}', '[\\d-a]', '[a-\\s]', '[\\w-\\d]', '\\k', '\\k<a>', '[\\B]', '\\_',
  ];
  it.each(annexBOnly)('/%s/ is accepted with Annex B, rejected without it and with u or v', (p) => {
    expect(errorOf(p, '', true)).toBeNull();
    expect(errorOf(p, '', false)).not.toBeNull();
    expect(errorOf(p, 'u', true)).not.toBeNull();
    expect(errorOf(p, 'v', true)).not.toBeNull();
  });

  it('u/v syntax read as Annex B identity escapes without u/v', () => {
    for (const [p, f] of [['\\u{41}', 'u'], ['\\p{L}', 'u'], ['[\\q{a}]', 'v'], ['\\-', '']]) {
      expect(errorOf(p, '', true), p).toBeNull();
      expect(errorOf(p, f, true), p).toBeNull();
    }
    expect(errorOf('\\u{41}', '', false)).toBe(RegExpErrors.invalidUnicodeEscape);
    expect(errorOf('\\p{L}', '', false)).toBe(RegExpErrors.invalidEscape);
    expect(errorOf('[\\q{a}]', '', false)).toBe(RegExpErrors.invalidClassEscape);
    expect(errorOf('\\-', '', false)).toBeNull();
  });

  it('a named group turns \\k into a backreference even with Annex B', () => {
    expect(errorOf('\\k(?<a>x)', '', true)).toBe(RegExpErrors.invalidNamedReference);
    expect(errorOf('\\k<b>(?<a>x)', '', true)).toBe(RegExpErrors.invalidNamedCaptureReferenced);
    expect(errorOf('[\\k](?<a>x)', '', true)).toBe(RegExpErrors.invalidEscape);
  });

  it('InvalidBracedQuantifier stays an error under Annex B', () => {
    expect(errorOf('{2}', '', true)).toBe(RegExpErrors.nothingToRepeat);
    expect(errorOf('(?<=a){2}', '', true)).toBe(RegExpErrors.nothingToRepeat);
    expect(errorOf('a{2,1}', '', true)).toBe(RegExpErrors.quantifierOutOfOrder);
  });
});

describe('robustness', () => {
  it('deep group nesting needs no host stack; deep class nesting fails cleanly', () => {
    const n = 200_000;
    const deep = parseRegExp('('.repeat(n) + 'a' + ')'.repeat(n), '', true);
    expect(deep.groupCount).toBe(n);
    let d: Disjunction = deep.body;
    for (let i = 0; i < 3; i++) d = (d.alternatives[0].terms[0] as { body: Disjunction }).body;
    expect(errorOf('('.repeat(n), '')).toBe(RegExpErrors.unterminatedGroup);
    expect(errorOf('(?:'.repeat(n) + ')'.repeat(n + 1), '')).toBe(RegExpErrors.unmatchedParen);
    const k = MAX_CLASS_NESTING;
    expect(errorOf('['.repeat(k) + ']'.repeat(k), 'v')).toBeNull();
    expect(errorOf('['.repeat(k + 1) + ']'.repeat(k + 1), 'v')).toBe(RegExpErrors.tooDeep);
    expect(errorOf('['.repeat(n) + ']'.repeat(n), 'v')).toBe(RegExpErrors.tooDeep);
  });

  it('throws only RegExpSyntaxError on random input', () => {
    const alphabet = ['\\', '(', ')', '[', ']', '{', '}', '?', '<', '>', '=', '!', ':', '-', '&', '|', '^', '$', '*', '+', ',', 'a',
      'k', 'p', 'P', 'q', 'u', 'x', 'c', '0', '1', '9', 'D', 'L', '_', '\ud83d', '\ude00', '\u{1f600}', '\u200d', 'i', 'm', 's'];
    let seed = 12345;
    const rand = (m: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % m; };
    for (let n = 0; n < 20000; n++) {
      let p = '';
      const len = rand(16);
      for (let i = 0; i < len; i++) p += alphabet[rand(alphabet.length)];
      const flags = ['', 'u', 'v', 'i'][rand(4)];
      for (const annexB of [true, false]) {
        try {
          parseRegExp(p, flags, annexB);
        } catch (e) {
          if (!(e instanceof RegExpSyntaxError)) throw new Error(`/${p}/${flags} threw ${String(e)}`);
          expect(e.index).toBeGreaterThanOrEqual(0);
          expect(e.index).toBeLessThanOrEqual(p.length + 1 + flags.length);
        }
      }
    }
  });

  // Their speed (linear time: the duplicate-name check must not revisit names per nesting level) is
  // measured by `npm run bench:parse`, not here.
  it('parses long inputs: 100,000 groups, names, classes and escapes', () => {
    const n = 100_000;
    const deepNames = '(?:'.repeat(n / 10) + Array.from({ length: n / 10 }, (_, i) => `(?<n${i}>x)`).join('') + '|y)'.repeat(n / 10);
    expect(parseRegExp('a'.repeat(n), '', true).groupCount).toBe(0);
    expect(parseRegExp('(a)'.repeat(n), 'u', true).groupCount).toBe(n);
    const dup = parseRegExp('(?<a>x)|'.repeat(n), '', true);
    expect(dup.groupNames.get('a')!.length).toBe(n);
    expect(parseRegExp('[a-z\\d]'.repeat(n), 'v', true).groupCount).toBe(0);
    expect(parseRegExp('{1'.repeat(n), '', true).groupCount).toBe(0);
    expect(parseRegExp('\\1'.repeat(n), '', true).groupCount).toBe(0);
    const deep = parseRegExp(deepNames, '', true);
    expect(deep.groupCount).toBe(n / 10);
    expect(deep.groupNames.size).toBe(n / 10);
  });
});

describe('generated Unicode name tables', () => {
  const test262 = test262Dir();
  it.skipIf(!fs.existsSync(path.join(test262, 'test/built-ins/RegExp/property-escapes/generated')))('are up to date with test262', async () => {
    const { generateUnicodeNames } = await import('./gen-unicode-names.ts');
    const current = fs.readFileSync(path.resolve('stage0/parse/regexp-unicode-names.ts'), 'utf8');
    expect(current).toBe(generateUnicodeNames());
  });
});
