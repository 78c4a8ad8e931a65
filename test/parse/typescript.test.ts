// TypeScript mode: typescript-estree-shaped nodes, the erasure contract of `ouro strip`
// (blanking the recorded ranges leaves the same JavaScript program esbuild produces), and the
// rejection of syntax that is not erasable.
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse } from '../../stage0/parse/parser.ts';
import { applyErasures } from '../../stage0/strip/strip.ts';
import { bare, errorOf } from './helpers.ts';

const ts = (code: string): any => parse(code, { sourceType: 'module', typescript: true });
const strip = (code: string): string => applyErasures(code, ts(code).erasures);

/** Same program as esbuild's TypeScript transform (both printed by esbuild, empty statements dropped). */
function sameAsEsbuild(code: string): void {
  const shape = (js: string): string => JSON.stringify(acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'module' }), (k, v) =>
    k === 'start' || k === 'end' || k === 'raw' ? undefined : Array.isArray(v) ? v.filter((n) => n?.type !== 'EmptyStatement') : v);
  const mine = transformSync(strip(code), { loader: 'js', format: 'esm' }).code;
  const theirs = transformSync(code, { loader: 'ts', format: 'esm', tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } } }).code;
  expect(shape(mine)).toBe(shape(theirs));
}

describe('TypeScript AST', () => {
  it('annotations on variables, parameters, returns', () => {
    const p = ts('let x: number = 1; function f(a?: string, ...r: T[]): void {}');
    expect(bare(p.body[0].declarations[0].id.typeAnnotation)).toEqual({ type: 'TSTypeAnnotation', typeAnnotation: { type: 'TSNumberKeyword' } });
    const f = p.body[1];
    expect(f.params[0]).toMatchObject({ type: 'Identifier', name: 'a', optional: true, typeAnnotation: { typeAnnotation: { type: 'TSStringKeyword' } } });
    expect(bare(f.params[1].typeAnnotation.typeAnnotation)).toEqual({ type: 'TSArrayType', elementType: { type: 'TSTypeReference', typeName: { type: 'Identifier', name: 'T' } } });
    expect(f.returnType.typeAnnotation.type).toBe('TSVoidKeyword');
    // The identifier keeps its own range (not widened to the annotation).
    expect([f.params[0].start, f.params[0].end]).toEqual([30, 31]);
  });
  it('type grammar', () => {
    const alias = (t: string): any => bare(ts(`type X = ${t};`).body[0].typeAnnotation);
    expect(alias('A | B & C').type).toBe('TSUnionType');
    expect(alias('A | B & C').types[1].type).toBe('TSIntersectionType');
    expect(alias('T extends U ? X : Y').type).toBe('TSConditionalType');
    expect(alias('T extends (infer U)[] ? U : never').extendsType.elementType.type).toBe('TSInferType');
    expect(alias('{ readonly [K in keyof T]?: T[K] }')).toMatchObject({ type: 'TSMappedType', readonly: true, optional: true, key: { name: 'K' } });
    expect(alias('T["a"]').type).toBe('TSIndexedAccessType');
    expect(alias('keyof T')).toMatchObject({ type: 'TSTypeOperator', operator: 'keyof' });
    expect(alias('typeof a.b')).toMatchObject({ type: 'TSTypeQuery', exprName: { type: 'TSQualifiedName' } });
    expect(alias('typeof import("m")').exprName.type).toBe('TSImportType');
    expect(alias('`a${B}`').type).toBe('TSTemplateLiteralType');
    expect(alias('[a: string, b?: number, ...c: D[]]').elementTypes.map((e: any) => e.type)).toEqual(['TSNamedTupleMember', 'TSNamedTupleMember', 'TSRestType']);
    expect(alias('[string, number?]').elementTypes[1].type).toBe('TSOptionalType');
    expect(alias('(a: number) => void').type).toBe('TSFunctionType');
    expect(alias('new () => X').type).toBe('TSConstructorType');
    expect(alias("'a' | 1 | -1 | true | null")).toMatchObject({ types: [{ type: 'TSLiteralType' }, { type: 'TSLiteralType' }, { literal: { type: 'UnaryExpression' } }, { type: 'TSLiteralType' }, { type: 'TSNullKeyword' }] });
    expect(alias('{ a: number; b?(): void; [k: string]: any; (): void; new (): X }').members.map((m: any) => m.type)).toEqual([
      'TSPropertySignature', 'TSMethodSignature', 'TSIndexSignature', 'TSCallSignatureDeclaration', 'TSConstructSignatureDeclaration']);
    expect(alias('Map<string, Array<number>>').typeArguments.params[1].typeArguments.params[0].type).toBe('TSNumberKeyword');
  });
  it('type predicates', () => {
    const p = ts('function f(x): x is string {} function g(x): asserts x {} function h(this: A): asserts this is B {}');
    expect(p.body[0].returnType.typeAnnotation).toMatchObject({ type: 'TSTypePredicate', asserts: false, parameterName: { name: 'x' } });
    expect(p.body[1].returnType.typeAnnotation).toMatchObject({ type: 'TSTypePredicate', asserts: true, typeAnnotation: null });
    expect(p.body[2].returnType.typeAnnotation.parameterName.type).toBe('TSThisType');
  });
  it('expressions', () => {
    const e = (c: string): any => ts(c).body[0].expression;
    expect(e('a as T').type).toBe('TSAsExpression');
    expect(e('a satisfies T').type).toBe('TSSatisfiesExpression');
    expect(e('a!').type).toBe('TSNonNullExpression');
    expect(e('f<T>(x)')).toMatchObject({ type: 'CallExpression', typeArguments: { params: [{ type: 'TSTypeReference' }] } });
    expect(e('f<T>')).toMatchObject({ type: 'TSInstantiationExpression' });
    expect(e('a < b > c').type).toBe('BinaryExpression');
    expect(e('new C<T>()').typeArguments.params).toHaveLength(1);
    expect(e('<T>x').type).toBe('TSTypeAssertion');
    expect(e('<T,>(x: T) => x')).toMatchObject({ type: 'ArrowFunctionExpression', typeParameters: { params: [{ name: { name: 'T' } }] } });
    expect(e('async (x: number): Promise<void> => {}')).toMatchObject({ async: true, returnType: { type: 'TSTypeAnnotation' } });
    expect(e('a ? (b): c => d : e').consequent.type).toBe('ArrowFunctionExpression');
    expect(e('a ? (b) : c').consequent.type).toBe('Identifier');
  });
  it('declarations and classes', () => {
    const p = ts('interface I<T> extends J { x: T } type A = B; declare const c: number; abstract class K<T> extends L<T> implements M { private readonly x?: number; abstract m(): void; declare y: string; z!: number; static [k: string]: any; }');
    expect(p.body.map((s: any) => s.type)).toEqual(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'VariableDeclaration', 'ClassDeclaration']);
    expect(p.body[2].declare).toBe(true);
    const k = p.body[3];
    expect(k).toMatchObject({ abstract: true, superTypeArguments: { type: 'TSTypeParameterInstantiation' }, implements: [{ type: 'TSClassImplements' }] });
    expect(k.body.body.map((m: any) => m.type)).toEqual(['PropertyDefinition', 'TSAbstractMethodDefinition', 'PropertyDefinition', 'PropertyDefinition', 'TSIndexSignature']);
    expect(k.body.body[0]).toMatchObject({ accessibility: 'private', readonly: true, optional: true });
    expect(k.body.body[2].declare).toBe(true);
    expect(k.body.body[3].definite).toBe(true);
  });
  it('type-only imports and exports', () => {
    const p = ts('import type A from "a"; import { type B, c } from "b"; export type { D } from "d"; export { type E }; interface E {}');
    expect(p.body[0].importKind).toBe('type');
    expect(p.body[1].specifiers.map((s: any) => s.importKind)).toEqual(['type', undefined]);
    expect(p.body[2].exportKind).toBe('type');
    expect(p.body[3].specifiers[0].exportKind).toBe('type');
  });
});

describe('erasures', () => {
  it('blank exactly the type syntax', () => {
    expect(strip('let x: number = 1;')).toBe('let x         = 1;');
    expect(strip('function f(this: T, a?: A): R {}')).toBe('function f(         a    )    {}');
    expect(strip('a!.b as C;')).toBe('a .b     ;');
    expect(strip('f<T>(x);')).toBe('f   (x);');
    expect(strip('class C implements I { private x!: T; }')).toBe('class C              {         x    ; }');
    expect(strip('import { type A, b } from "m";')).toBe('import {         b } from "m";');
  });
  it('are sorted and disjoint', () => {
    const { erasures } = ts(fs.readFileSync(path.join(__dirname, 'fixtures/ts-features.ts.txt'), 'utf8'));
    for (let i = 1; i < erasures.length; i++) expect(erasures[i].start).toBeGreaterThanOrEqual(erasures[i - 1].end);
  });
  it('guard against ASI hazards with a `;` replacement', () => {
    expect(strip('a\ninterface I {}\n(b)')).toBe('a\n;' + ' '.repeat(13) + '\n(b)');
    expect(strip('a;\ninterface I {}\n(b)')).toBe('a;\n              \n(b)');
    expect(strip('class A { x = a\n declare [k]: T\n [m]() {} }').includes(';')).toBe(true);
  });
  it('end the statement after `as T` when the next line would continue it in JavaScript', () => {
    expect(strip('y = x as T\n(z)')).toBe('y = x ;   \n(z)');
    expect(strip('y = x as T\n+ 1')).toBe('y = x     \n+ 1');
    sameAsEsbuild('y = x as T\n(z)\nw = v satisfies U\n[1].length');
  });
  it('move `=>` when a return type spans lines', () => {
    const out = strip('let f = (a): {\n x: number\n} => a;');
    expect(out).toBe('let f = (a)=> \n          \n     a;');
    expect(() => acorn.parse(out, { ecmaVersion: 'latest' })).not.toThrow();
  });
  it('leave the same program as esbuild (feature fixture)', () => {
    sameAsEsbuild(fs.readFileSync(path.join(__dirname, 'fixtures/ts-features.ts.txt'), 'utf8'));
  });
  it('leave the same program as esbuild (parser sources)', () => {
    const dir = path.join(__dirname, '../../stage0/parse');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) sameAsEsbuild(fs.readFileSync(path.join(dir, f), 'utf8'));
  });
});

describe('non-erasable syntax is rejected with the construct named', () => {
  const cases: [string, RegExp][] = [
    ['enum E { A }', /TypeScript enum is not erasable syntax \(use a const object\)/],
    ['const enum E { A }', /TypeScript enum is not erasable syntax/],
    ['namespace N { export const x = 1; }', /namespace with values is not erasable/],
    ['class A { constructor(private x: number) {} }', /parameter property is not erasable/],
    ['import x = require("y");', /import-equals declaration/],
    ['export = x;', /export assignment/],
    ['@dec class A {}', /Decorators/],
    ['class A { @dec m() {} }', /Decorators/],
  ];
  for (const [code, message] of cases) it(code, () => {
    const e = errorOf(code, { sourceType: 'module', typescript: true });
    expect(e?.message).toMatch(message);
    expect(e?.line).toBe(1);
  });
  it('rejects angle-bracket assertions that blanking would change', () => {
    for (const code of ['f = () => <T>{ a: 1 };', '<T>function () {}();', 'function f() { return <T>\nx; }']) {
      expect(errorOf(code, { sourceType: 'module', typescript: true })?.message).toMatch(/use `expr as T`/);
    }
    expect(errorOf('x = <T>y;', { sourceType: 'module', typescript: true })).toBeNull();
  });
  it('accepts the erasable relatives', () => {
    for (const code of ['declare enum E { A }', 'namespace N { export interface I {} }', 'declare namespace N { const x: number; }', 'import type X = require("y");'.slice(0, 0) + 'let a = 1;']) {
      expect(errorOf(code, { sourceType: 'module', typescript: true })?.message ?? null).toBeNull();
    }
  });
  it('TypeScript syntax is an error in JavaScript mode', () => {
    expect(errorOf('let x: number;', { sourceType: 'module' })).not.toBeNull();
    expect(errorOf('interface I {}', { sourceType: 'module' })).not.toBeNull();
  });
});
