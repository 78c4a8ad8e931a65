// The generated Unicode tables of the regex engine (runtime/generated/unicode-*.ts, made by
// scripts/gen-unicode.mjs) against the Node running the tests: the version, property sets at
// sampled code points, and case orbits. A Node with other Unicode data makes these fail: then
// regenerate the tables with that Node (docs/regexp.md, "Unicode data").
import { describe, expect, it } from 'vitest';
import {
  UNICODE_VERSION, UNICODE_NAME_COUNT, UNICODE_NAME_BYTES, UNICODE_NAME_INFO, UNICODE_SET_OFFSETS, UNICODE_RANGES,
} from '../../runtime/generated/unicode-properties.ts';
import { CASE_ORBITS_FOLD, CASE_ORBITS_SIMPLE } from '../../runtime/generated/unicode-case.ts';

const KINDS = ['', 'General_Category=', 'Script=', 'Script_Extensions='];

function entries(): { name: string; kind: number; set: number }[] {
  const out = [];
  for (let i = 0; i < UNICODE_NAME_COUNT; i++) {
    const at = UNICODE_NAME_INFO[i * 4];
    const len = UNICODE_NAME_INFO[i * 4 + 1];
    const name = String.fromCharCode(...UNICODE_NAME_BYTES.subarray(at, at + len));
    out.push({ name, kind: UNICODE_NAME_INFO[i * 4 + 2], set: UNICODE_NAME_INFO[i * 4 + 3] });
  }
  return out;
}

function inSet(set: number, cp: number): boolean {
  for (let w = UNICODE_SET_OFFSETS[set]; w < UNICODE_SET_OFFSETS[set + 1]; w += 2) {
    if (cp >= UNICODE_RANGES[w] && cp <= UNICODE_RANGES[w + 1]) return true;
  }
  return false;
}

function orbits(flat: Int32Array): number[][] {
  const out = [];
  for (let i = 0; i < flat.length; i += flat[i] + 1) out.push([...flat.subarray(i + 1, i + 1 + flat[i])]);
  return out;
}

describe('generated Unicode tables', () => {
  it('are of the Unicode version of this Node', () => {
    expect(UNICODE_VERSION).toBe(Math.round(Number(process.versions.unicode) * 100));
  });

  it('hold the property sets Node has, at sampled code points', () => {
    const all = entries();
    expect(all.length).toBeGreaterThan(800);
    const picked = all.filter((e, i) => i % 37 === 0 || ['Lu', 'Greek', 'Emoji', 'ID_Start', 'Any'].includes(e.name));
    for (const e of picked) {
      const re = new RegExp(`^\\p{${KINDS[e.kind === 0 ? 0 : e.kind]}${e.name}}$`, 'u');
      for (let cp = 0; cp <= 0x10ffff; cp += 211) {
        const s = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
        expect(inSet(e.set, cp), `${e.name} at U+${cp.toString(16)}`).toBe(re.test(s));
      }
    }
  });

  it('group characters into case orbits that Node matches with i (u: simple case folding)', () => {
    const fold = orbits(CASE_ORBITS_FOLD);
    const simple = orbits(CASE_ORBITS_SIMPLE);
    expect(fold.length).toBeGreaterThan(1000);
    expect(fold.some((o) => o.includes(0x390) && o.includes(0x1fd3))).toBe(true);
    for (const [list, flags] of [[fold, 'iu'], [simple, 'i']] as const) {
      for (let k = 0; k < list.length; k += 7) {
        const o = list[k];
        const re = flags === 'iu'
          ? new RegExp(`^\\u{${o[0].toString(16)}}$`, 'iu')
          : new RegExp(`^\\u${o[0].toString(16).padStart(4, '0')}$`, 'i');
        for (const m of o) expect(re.test(String.fromCodePoint(m)), `${flags} orbit of U+${o[0].toString(16)}`).toBe(true);
      }
    }
  });
});
