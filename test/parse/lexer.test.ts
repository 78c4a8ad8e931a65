// Lexer behaviour observed through the parser: literals, comments, line terminators, positions.
import { describe, expect, it } from 'vitest';
import { parse } from '../../stage0/parse/parser.ts';
import { bare, bothAsts, errorOf, expr } from './helpers.ts';

describe('numeric literals', () => {
  it('decimal, hex, octal, binary, exponent, separators', () => {
    expect(expr('1_000_000').value).toBe(1000000);
    expect(expr('0x1F').value).toBe(31);
    expect(expr('0o17').value).toBe(15);
    expect(expr('0b101').value).toBe(5);
    expect(expr('1.5e3').value).toBe(1500);
    expect(expr('.5').value).toBe(0.5);
    expect(expr('5.').value).toBe(5);
    expect(expr('0x1_0').value).toBe(16);
  });
  it('BigInt literals carry a decimal `bigint` string', () => {
    const n = expr('0x10n');
    expect(n.value).toBe(16n);
    expect(n.bigint).toBe('16');
    expect(n.raw).toBe('0x10n');
  });
  it('legacy octal and leading-zero decimals are sloppy only', () => {
    expect(parse('010', { sourceType: 'script' }).body[0]).toMatchObject({ expression: { value: 8 } });
    expect(parse('09.5', { sourceType: 'script' }).body[0]).toMatchObject({ expression: { value: 9.5 } });
    expect(errorOf('010', { strict: true })?.message).toMatch(/Octal literal/);
    expect(errorOf('"use strict"; 010')?.message).toMatch(/Octal literal/);
    expect(errorOf('08', { sourceType: 'module' })?.message).toMatch(/leading zeros/);
  });
  it('rejects malformed numbers', () => {
    for (const bad of ['1__0', '1_', '0x', '1e', '0_1', '1.0n', '010n', '3in x', '1a', '0b2']) {
      expect(errorOf(bad), bad).not.toBeNull();
    }
  });
});

describe('strings and templates', () => {
  it('cooks escapes', () => {
    expect(expr(String.raw`'\x41\u0042\u{43}\n\0'`).value).toBe('ABC\n\0');
    expect(expr(String.raw`'a\
b'`).value).toBe('ab');
  });
  it('legacy octal escapes only in sloppy code, never in templates', () => {
    expect(expr(String.raw`'\101'`, { sourceType: 'script' }).value).toBe('A');
    expect(errorOf(String.raw`'use strict'; '\101'`)).not.toBeNull();
    expect(errorOf(String.raw`function f() { '\08'; 'use strict'; }`)).not.toBeNull();
    expect(errorOf(String.raw`'\8'`, { strict: true })).not.toBeNull();
    expect(errorOf('`\\01`')).not.toBeNull();
  });
  it('template elements exclude delimiters; raw keeps escapes; CRLF normalised', () => {
    const t = expr('`a${b}\\n${c}\r\nd`');
    expect(t.quasis.map((q: any) => [q.start, q.end, q.value.raw, q.value.cooked, q.tail])).toEqual([
      [1, 2, 'a', 'a', false],
      [6, 8, '\\n', '\n', false],
      [12, 15, '\nd', '\nd', true],
    ]);
  });
  it('invalid escapes: cooked null in tagged templates, error otherwise', () => {
    expect(expr('tag`\\unicode`').quasi.quasis[0].value).toEqual({ raw: '\\unicode', cooked: null });
    expect(errorOf('`\\unicode`')?.message).toMatch(/Bad escape/);
  });
  it('U+2028/2029 are allowed in strings and count as line breaks for positions', () => {
    const p = parse("'a\u2028b'\nx", { sourceType: 'script' }) as any;
    expect(p.body[0].expression.value).toBe('a\u2028b');
    expect(p.body[1].loc.start.line).toBe(3);
  });
});

describe('regular expressions and division', () => {
  it('distinguishes regex from division by context', () => {
    expect(expr('a / b / c').type).toBe('BinaryExpression');
    expect(expr('x = /a/g').right.regex).toEqual({ pattern: 'a', flags: 'g' });
    expect(expr('(1) / 2').type).toBe('BinaryExpression');
    const [ours, acorns] = bothAsts('if (x) /re/.test(y); a\n/b/g; ({}) / 1; x = y / z / w; `${1}` / 2');
    expect(ours).toEqual(acorns);
  });
  it('validates flags and patterns', () => {
    expect(errorOf('/a/gg')).not.toBeNull();
    expect(errorOf('/a/uv')).not.toBeNull();
    expect(errorOf('/a/x')).not.toBeNull();
    expect(errorOf('/(?<n>a)(?<n>b)/')).not.toBeNull();
    expect(errorOf('/(?<n>a)|(?<n>b)/')).toBeNull(); // ES2025 duplicate named groups in alternatives
    expect(errorOf('/[a&&b]/v')).toBeNull();
  });
});

describe('comments, hashbang, HTML-like comments', () => {
  it('skips comments and a hashbang', () => {
    expect(parse('#!/usr/bin/env node\n/* a */ x // b', { sourceType: 'module' }).body).toHaveLength(1);
  });
  it('HTML-like comments in scripts only, `-->` only at line start', () => {
    expect(parse('x <!-- comment\n-->also comment\ny', { sourceType: 'script' }).body).toHaveLength(2);
    expect(errorOf('<!-- c', { sourceType: 'module' })).not.toBeNull();
    expect(expr('x <!-- c', { sourceType: 'module' }).type).toBe('BinaryExpression'); // x < !(--c)
    expect(bare(expr('a --> b', { sourceType: 'script' })).type).toBe('BinaryExpression');
    expect(parse('/*\n*/ --> c', { sourceType: 'script' }).body).toHaveLength(0);
  });
  it('a multi-line comment counts as a line break for ASI', () => {
    expect(parse('a /*\n*/ b', { sourceType: 'script' }).body).toHaveLength(2);
    expect(errorOf('a /* */ b')).not.toBeNull();
  });
});

describe('identifiers and positions', () => {
  it('decodes unicode escapes and astral identifiers', () => {
    expect(expr('\\u0061b').name).toBe('ab');
    expect(expr('𝑥').name).toBe('𝑥');
    expect(expr('a\\u{62}').name).toBe('ab');
  });
  it('columns are UTF-16 based and lines 1-based', () => {
    const p = parse('𝑥;\r\n  y', { sourceType: 'script' }) as any;
    expect(p.body[0].loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 1, column: 3 } });
    expect(p.body[1].loc.start).toEqual({ line: 2, column: 2 });
    expect(p.loc.end).toEqual({ line: 2, column: 3 });
  });
  it('errors carry index, 1-based line and 0-based column, bare message', () => {
    const e = errorOf('a\n  b c');
    expect(e).toMatchObject({ index: 6, line: 2, column: 4, name: 'SyntaxError' });
    expect(e!.message).not.toMatch(/\(\d+:\d+\)/);
    expect(errorOf('x', { file: 'f.js', sourceType: 'module' })).toBeNull();
    expect(errorOf('@', { file: 'f.js' })?.file).toBe('f.js');
  });
});
