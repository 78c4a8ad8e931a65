#!/usr/bin/env node
// Generates the Unicode data of the regex engine (docs/regexp.md), one file per use:
//   runtime/generated/unicode-properties.ts  code point properties (\p{...}): names and range sets
//   runtime/generated/unicode-strings.ts     properties of strings (v flag)
//   runtime/generated/unicode-case.ts        case orbits for the i flag (with and without u/v)
//   runtime/generated/unicode-case-mapping.ts full case mappings of toUpperCase/toLowerCase
//
//   node scripts/gen-unicode.mjs           (rewrites the file; deterministic for a given Node)
//   node scripts/gen-unicode.mjs --check   (exit 1 when the committed file differs)
//
// Source: the host Node's own ICU, through its regular expressions and case mappings — no data
// files. The Unicode version is Node's (`process.versions.unicode`), written into the file.
//
//   - Unicode properties (\p{…}): every name the pattern parser accepts
//     (stage0/parse/regexp-unicode-names.ts): General_Category values, Script and
//     Script_Extensions values, binary properties. Each set is found by running /\p{Name}+/gu over
//     a string of all code points (surrogates are tested one by one, since a lone lead followed by
//     a trail would pair up). Sets with the same code points are stored once.
//   - Case equivalence for the i flag, as orbits (classes of characters that match each other):
//     without u/v, Canonicalize(ch) is toUpperCase of the one code unit unless that gives several
//     units or maps a non-ASCII unit into ASCII (§22.2.2.7.3); with u/v it is simple case folding,
//     derived as the classes of the relation "/x/iu matches y", seeded with the lower- and
//     upper-case mappings of every code point and verified pair by pair with Node's own /iu.
//   - Full case mappings (String.prototype.toUpperCase/toLowerCase): Node's mapping of every code
//     point on its own, i.e. UnicodeData's simple mappings plus SpecialCasing's unconditional ones
//     ('ß' -> 'SS', 'İ' -> 'i̇', 'ǅ' -> 'ǆ'). Single code point mappings are stored as runs
//     (start, end, delta, stride 1 or 2), the others as sequences. The one conditional mapping
//     that is not language-specific, Final_Sigma, is applied by the runtime with the Cased and
//     Case_Ignorable sets of unicode-properties.ts (UNICODE_SET_CASED, UNICODE_SET_CASE_IGNORABLE).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---- the names (parsed out of the parser's table, which is TypeScript) ------------------------
const namesSource = readFileSync(path.join(root, 'stage0/parse/regexp-unicode-names.ts'), 'utf8');
function namesOf(constName) {
  const m = new RegExp(`export const ${constName}[^=]*=\\s*\\[([\\s\\S]*?)\\];`).exec(namesSource);
  if (!m) throw new Error(`no ${constName} in regexp-unicode-names.ts`);
  return [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]);
}
const GC = namesOf('GENERAL_CATEGORY_VALUES');
const SCRIPTS = namesOf('SCRIPT_VALUES');
const BINARY = namesOf('BINARY_PROPERTIES');

// ---- all code points ---------------------------------------------------------------------------
const cpAt = [];
let all = '';
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const s = String.fromCodePoint(cp);
  for (let k = 0; k < s.length; k++) cpAt.push(cp);
  all += s;
}

function rangesOf(escape) {
  const points = [];
  for (const m of all.matchAll(new RegExp(`${escape}+`, 'gu'))) {
    for (let i = m.index; i < m.index + m[0].length; i++) {
      if (i === m.index || cpAt[i] !== cpAt[i - 1]) points.push(cpAt[i]);
    }
  }
  const single = new RegExp(`^${escape}$`, 'u');
  for (let cp = 0xd800; cp <= 0xdfff; cp++) if (single.test(String.fromCharCode(cp))) points.push(cp);
  points.sort((a, b) => a - b);
  const ranges = [];
  for (const p of points) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === p - 1) ranges[ranges.length - 1] = p;
    else ranges.push(p, p);
  }
  return ranges;
}

// kinds: 0 binary (lone name only), 1 General_Category value (lone or gc=), 2 Script, 3 Script_Extensions
const entries = [];
for (const n of GC) entries.push({ kind: 1, name: n, escape: `\\p{General_Category=${n}}` });
for (const n of BINARY) entries.push({ kind: 0, name: n, escape: `\\p{${n}}` });
for (const n of SCRIPTS) entries.push({ kind: 2, name: n, escape: `\\p{Script=${n}}` });
for (const n of SCRIPTS) entries.push({ kind: 3, name: n, escape: `\\p{Script_Extensions=${n}}` });

const setIndex = new Map();
const sets = [];
for (const e of entries) {
  const ranges = rangesOf(e.escape);
  const key = ranges.join(',');
  let i = setIndex.get(key);
  if (i === undefined) {
    i = sets.length;
    sets.push(ranges);
    setIndex.set(key, i);
  }
  e.set = i;
}

/** The set of a binary property by name. */
function binarySet(name) {
  const e = entries.find((x) => x.kind === 0 && x.name === name);
  if (!e) throw new Error(`no binary property ${name}`);
  return e.set;
}

// ---- full case mappings ----------------------------------------------------------------------------
function caseMapping(map) {
  const runs = [];
  const special = [];
  const sequences = [];
  for (const cp of cpAt.filter((c, i) => i === 0 || cpAt[i - 1] !== c)) {
    const s = String.fromCodePoint(cp);
    const m = [...map(s)].map((c) => c.codePointAt(0));
    if (m.length === 1 && m[0] === cp) continue;
    if (m.length > 1) {
      special.push(cp, sequences.length);
      sequences.push(m.length, ...m);
      continue;
    }
    // Extend the last run (same delta, stride 1 or 2) or start one.
    const delta = m[0] - cp;
    const last = runs.length - 4;
    if (last >= 0 && runs[last + 2] === delta) {
      const stride = cp - runs[last + 1];
      if (runs[last] === runs[last + 1] && (stride === 1 || stride === 2)) {
        runs[last + 1] = cp;
        runs[last + 3] = stride;
        continue;
      }
      if (runs[last] !== runs[last + 1] && stride === runs[last + 3]) {
        runs[last + 1] = cp;
        continue;
      }
    }
    runs.push(cp, cp, delta, 1);
  }
  return { runs, special, sequences };
}
const upperMapping = caseMapping((s) => s.toUpperCase());
const lowerMapping = caseMapping((s) => s.toLowerCase());

// ---- case orbits ---------------------------------------------------------------------------------
function orbitsFrom(keyOf, limit) {
  const byKey = new Map();
  for (let c = 0; c <= limit; c++) {
    const k = keyOf(c);
    let list = byKey.get(k);
    if (list === undefined) byKey.set(k, (list = []));
    list.push(c);
  }
  return [...byKey.values()].filter((l) => l.length > 1).sort((a, b) => a[0] - b[0]);
}

function canonicalizeNonUnicode(c) {
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const cu = u.charCodeAt(0);
  if (c >= 128 && cu < 128) return c;
  return cu;
}
const orbitsNonUnicode = orbitsFrom(canonicalizeNonUnicode, 0xffff);

// Simple case folding: every code point that changes under case folding or case mapping is matched
// with /x/giu against a string of all such code points; the matches are its orbit (the target of
// a folding that itself changes under mapping is in that string too).
const candidates = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  if (/[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/u.test(String.fromCodePoint(cp))) candidates.push(cp);
}
const candidateString = String.fromCodePoint(...candidates);
const esc = (c) => `\\u{${c.toString(16)}}`;
const parent = new Map();
function find(x) {
  let r = x;
  while (parent.has(r) && parent.get(r) !== r) r = parent.get(r);
  return r;
}
function union(a, b) {
  const ra = find(a);
  const rb = find(b);
  if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
}
const touched = new Set();
for (const c of candidates) {
  for (const m of candidateString.matchAll(new RegExp(esc(c), 'giu'))) {
    const d = m[0].codePointAt(0);
    if (d === c) continue;
    union(c, d);
    touched.add(c);
    touched.add(d);
  }
}
const foldGroups = new Map();
for (const c of [...touched].sort((a, b) => a - b)) {
  const r = find(c);
  let list = foldGroups.get(r);
  if (list === undefined) foldGroups.set(r, (list = []));
  list.push(c);
}
const orbitsFold = [...foldGroups.values()].filter((l) => l.length > 1).sort((a, b) => a[0] - b[0]);
const matchesIu = (a, b) => new RegExp(`^${esc(a)}$`, 'iu').test(String.fromCodePoint(b));
for (const o of orbitsFold) {
  for (const a of o) for (const b of o) if (!matchesIu(a, b)) throw new Error(`fold orbit ${o} is not one class`);
}

// Properties of strings (v flag): the members found by testing candidates with Node's own /^\p{…}$/v.
// The ZWJ sequences cannot be enumerated this way and are left out (docs/regexp.md).
const emoji = [];
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) if (/\p{Emoji}/u.test(String.fromCodePoint(cp))) emoji.push(cp);
const modifierBases = emoji.filter((cp) => /\p{Emoji_Modifier_Base}/u.test(String.fromCodePoint(cp)));
const stringCandidates = {
  Basic_Emoji: [...emoji.map((c) => [c]), ...emoji.map((c) => [c, 0xfe0f])],
  Emoji_Keycap_Sequence: [...'0123456789#*'].map((ch) => [ch.codePointAt(0), 0xfe0f, 0x20e3]),
  RGI_Emoji_Flag_Sequence: [],
  RGI_Emoji_Modifier_Sequence: [],
  RGI_Emoji_Tag_Sequence: ['gbeng', 'gbsct', 'gbwls'].map((t) => [0x1f3f4, ...[...t].map((ch) => 0xe0000 + ch.codePointAt(0)), 0xe007f]),
};
for (let a = 0x1f1e6; a <= 0x1f1ff; a++) for (let b = 0x1f1e6; b <= 0x1f1ff; b++) stringCandidates.RGI_Emoji_Flag_Sequence.push([a, b]);
for (const base of modifierBases) for (let m = 0x1f3fb; m <= 0x1f3ff; m++) stringCandidates.RGI_Emoji_Modifier_Sequence.push([base, m]);
const stringProps = {};
for (const [name, list] of Object.entries(stringCandidates)) {
  const re = new RegExp(`^\\p{${name}}$`, 'v');
  stringProps[name] = list.filter((cps) => re.test(String.fromCodePoint(...cps)));
}
stringProps.RGI_Emoji = Object.keys(stringCandidates).flatMap((n) => stringProps[n]).filter((cps) => /^\p{RGI_Emoji}$/v.test(String.fromCodePoint(...cps)));
stringProps.RGI_Emoji_ZWJ_Sequence = [];
const stringPropNames = Object.keys(stringProps).sort();
const stringWords = [];
const stringInfo = [];
for (const name of stringPropNames) {
  const start = stringWords.length;
  for (const cps of stringProps[name]) stringWords.push(cps.length, ...cps);
  stringInfo.push(start, stringWords.length);
}
let stringNameBytes = [];
const stringNameInfo = [];
for (const name of stringPropNames) {
  stringNameInfo.push(stringNameBytes.length, name.length);
  for (const ch of name) stringNameBytes.push(ch.charCodeAt(0));
}

function orbitTables(orbits) {
  const flat = [];
  const pairs = [];
  for (const o of orbits) {
    const at = flat.length;
    flat.push(o.length, ...o);
    for (const c of o) pairs.push([c, at]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { keys: pairs.map((p) => p[0]), orbitOf: pairs.map((p) => p[1]), flat };
}
const tNonU = orbitTables(orbitsNonUnicode);
const tFold = orbitTables(orbitsFold);

// ---- names as bytes ---------------------------------------------------------------------------------
const nameBytes = [];
const nameInfo = [];
for (const e of entries) {
  nameInfo.push(nameBytes.length, e.name.length, e.kind, e.set);
  for (const ch of e.name) nameBytes.push(ch.charCodeAt(0));
}
const setOffsets = [];
const rangesFlat = [];
for (const s of sets) {
  setOffsets.push(rangesFlat.length);
  rangesFlat.push(...s);
}
setOffsets.push(rangesFlat.length);

function table(type, name, values, doc) {
  const lines = [];
  for (let i = 0; i < values.length; i += 40) lines.push('  ' + values.slice(i, i + 40).join(',') + ',');
  return `/** ${doc} */\nexport const ${name}: ${type} = new ${type}([\n${lines.join('\n')}\n]);\n`;
}

const header = (what) => `// GENERATED by scripts/gen-unicode.mjs from Node ${process.version}'s ICU (Unicode ${process.versions.unicode}): ${what}.
// Do not edit; regenerate with: node scripts/gen-unicode.mjs (docs/regexp.md, "Unicode data").
import type { i32 } from '../types.ts';
`;

const files = {
  'runtime/generated/unicode-properties.ts': `${header('code point properties')}
/** The Unicode version of these tables (major * 100 + minor). */
export const UNICODE_VERSION: i32 = ${Math.round(Number(process.versions.unicode) * 100)};

/** Number of property names (rows of UNICODE_NAME_INFO). */
export const UNICODE_NAME_COUNT: i32 = ${entries.length};

${table('Uint8Array', 'UNICODE_NAME_BYTES', nameBytes, 'The property names (ASCII), back to back.')}
${table('Int32Array', 'UNICODE_NAME_INFO', nameInfo, 'Per name: offset in UNICODE_NAME_BYTES, length, kind (0 binary, 1 General_Category, 2 Script, 3 Script_Extensions), set.')}
/** The sets of the binary properties Cased and Case_Ignorable (the Final_Sigma rule of toLowerCase). */
export const UNICODE_SET_CASED: i32 = ${binarySet('Cased')};
export const UNICODE_SET_CASE_IGNORABLE: i32 = ${binarySet('Case_Ignorable')};

${table('Int32Array', 'UNICODE_SET_OFFSETS', setOffsets, 'Per set: its first word in UNICODE_RANGES (one more entry at the end).')}
${table('Int32Array', 'UNICODE_RANGES', rangesFlat, 'Code point ranges (lo, hi inclusive) of every set, sorted within a set.')}`,
  'runtime/generated/unicode-strings.ts': `${header('properties of strings (v flag)')}
/** Number of properties of strings (rows of UNICODE_STRING_NAME_INFO). */
export const UNICODE_STRING_PROPERTY_COUNT: i32 = ${stringPropNames.length};

${table('Uint8Array', 'UNICODE_STRING_NAME_BYTES', stringNameBytes, 'The names of the properties of strings (v flag), back to back.')}
${table('Int32Array', 'UNICODE_STRING_NAME_INFO', stringNameInfo, 'Per property of strings: offset in UNICODE_STRING_NAME_BYTES, length.')}
${table('Int32Array', 'UNICODE_STRING_INFO', stringInfo, 'Per property of strings: first and end word of its members in UNICODE_STRINGS.')}
${table('Int32Array', 'UNICODE_STRINGS', stringWords, 'Members of the properties of strings: a length, then that many code points.')}`,
  'runtime/generated/unicode-case.ts': `${header('case orbits')}
/** Lengths of CASE_KEYS_SIMPLE and CASE_KEYS_FOLD. */
export const CASE_KEYS_SIMPLE_COUNT: i32 = ${tNonU.keys.length};
export const CASE_KEYS_FOLD_COUNT: i32 = ${tFold.keys.length};

${table('Int32Array', 'CASE_KEYS_SIMPLE', tNonU.keys, 'Without u/v: the code units in a case orbit of more than one member, sorted.')}
${table('Int32Array', 'CASE_ORBIT_SIMPLE', tNonU.orbitOf, 'Parallel to CASE_KEYS_SIMPLE: the offset of the orbit in CASE_ORBITS_SIMPLE.')}
${table('Int32Array', 'CASE_ORBITS_SIMPLE', tNonU.flat, 'Orbits: a count, then the members.')}
${table('Int32Array', 'CASE_KEYS_FOLD', tFold.keys, 'With u/v (simple case folding): the code points in an orbit of more than one member, sorted.')}
${table('Int32Array', 'CASE_ORBIT_FOLD', tFold.orbitOf, 'Parallel to CASE_KEYS_FOLD: the offset of the orbit in CASE_ORBITS_FOLD.')}
${table('Int32Array', 'CASE_ORBITS_FOLD', tFold.flat, 'Orbits: a count, then the members.')}`,
  'runtime/generated/unicode-case-mapping.ts': `${header('full case mappings (toUpperCase, toLowerCase)')}
/** Lengths (in words) of the run and special tables. */
export const CASE_UPPER_RUNS_LENGTH: i32 = ${upperMapping.runs.length};
export const CASE_UPPER_SPECIAL_LENGTH: i32 = ${upperMapping.special.length};
export const CASE_LOWER_RUNS_LENGTH: i32 = ${lowerMapping.runs.length};
export const CASE_LOWER_SPECIAL_LENGTH: i32 = ${lowerMapping.special.length};

${table('Int32Array', 'CASE_UPPER_RUNS', upperMapping.runs, 'toUpperCase to one code point: runs (start, end, delta, stride) sorted by start; every stride-th code point from start maps to itself + delta.')}
${table('Int32Array', 'CASE_UPPER_SPECIAL', upperMapping.special, 'toUpperCase to several code points: (code point, offset in CASE_UPPER_SEQUENCES), sorted.')}
${table('Int32Array', 'CASE_UPPER_SEQUENCES', upperMapping.sequences, 'The sequences of CASE_UPPER_SPECIAL: a count, then the code points.')}
${table('Int32Array', 'CASE_LOWER_RUNS', lowerMapping.runs, 'toLowerCase to one code point: runs as in CASE_UPPER_RUNS.')}
${table('Int32Array', 'CASE_LOWER_SPECIAL', lowerMapping.special, 'toLowerCase to several code points: (code point, offset in CASE_LOWER_SEQUENCES), sorted.')}
${table('Int32Array', 'CASE_LOWER_SEQUENCES', lowerMapping.sequences, 'The sequences of CASE_LOWER_SPECIAL: a count, then the code points.')}`,
};

if (process.argv.includes('--check')) {
  let stale = false;
  for (const [file, text] of Object.entries(files)) {
    let old = '';
    try { old = readFileSync(path.join(root, file), 'utf8'); } catch {}
    if (old !== text) { console.error(`${file} is stale: run node scripts/gen-unicode.mjs`); stale = true; }
  }
  if (stale) process.exit(1);
  console.log('up to date');
} else {
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text);
  console.log(`wrote ${Object.keys(files).join(', ')}: ${entries.length} names, ${sets.length} sets, ${rangesFlat.length / 2} ranges, ` +
    `${orbitsNonUnicode.length} + ${orbitsFold.length} case orbits`);
}
