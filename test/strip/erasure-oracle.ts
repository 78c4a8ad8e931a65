// The differential check of TypeScript erasure: `ouro strip` against esbuild's transform. esbuild
// reprints what it reads (`undefined` as `void 0`, plain templates as strings, shadowed names
// renamed), so our erased JavaScript goes through esbuild's printer too; the two printed programs
// are then compared as ASTs without positions, `raw` spellings or empty statements (the `;` guards
// that erasure adds against automatic semicolon insertion).
import { transformSync } from 'esbuild';
import * as acorn from 'acorn';
import { stripTypes } from '../../stage0/strip/strip.ts';

const IGNORED = new Set(['start', 'end', 'loc', 'range', 'raw']);

function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((n) => (n as { type?: string })?.type !== 'EmptyStatement').map(normalize);
  if (node === null || typeof node !== 'object') return node;
  const n = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(n).sort()) {
    if (IGNORED.has(key)) continue;
    if (key === 'directive') continue;
    out[key] = normalize(n[key]);
  }
  return out;
}

/** Returns null when both erasures give the same program, else the first differing path. */
export function compareErasure(source: string, file: string): string | null {
  const ours = transformSync(stripTypes(source, { file }).code, { loader: 'js', format: 'esm', target: 'esnext', sourcefile: file }).code;
  const theirs = transformSync(source, {
    loader: 'ts', format: 'esm', target: 'esnext', sourcefile: file,
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
  }).code;
  const opts = { ecmaVersion: 'latest', sourceType: 'module' } as const;
  const a = normalize(acorn.parse(ours, opts));
  const b = normalize(acorn.parse(theirs, opts));
  return firstDifference(a, b, '$');
}

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    if (typeof a === 'bigint' || typeof b === 'bigint') return String(a) === String(b) ? null : `${path}: ${String(a)} vs ${String(b)}`;
    if (Number.isNaN(a) && Number.isNaN(b)) return null;
    return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (Array.isArray(a) && ka.length !== kb.length) return `${path}: length ${ka.length} vs ${kb.length}`;
  for (const k of new Set([...ka, ...kb])) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
