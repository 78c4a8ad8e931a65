// Every layout record is consistent: fields 4-byte aligned inside the object, doubles 8-aligned,
// tagged range inside the object, fixed sizes multiples of 8 (the allocator's alignment).
import { describe, it, expect } from 'vitest';
import * as L from '../../runtime/layouts.ts';
import { RootIndex } from '../../runtime/roots.ts';

const records = Object.entries(L).filter(([name]) => name.endsWith('Layout')) as [string, Record<string, number>][];

describe('layout tables', () => {
  it('has a record per object kind', () => {
    expect(records.length).toBeGreaterThan(15);
  });
  for (const [name, rec] of records) {
    it(`${name} is consistent`, () => {
      expect(rec.map).toBe(0);
      const { taggedStart, taggedEnd, size } = rec as Record<string, number>;
      expect(taggedStart).toBeGreaterThanOrEqual(4);
      expect(taggedEnd).toBeGreaterThanOrEqual(taggedStart!);
      expect(taggedEnd).toBeLessThanOrEqual(size! + 4);
      for (const [field, off] of Object.entries(rec)) {
        if (['taggedStart', 'taggedEnd', 'size', 'minSizeForList'].includes(field)) continue;
        expect(off % 4, `${name}.${field}`).toBe(0);
        expect(off, `${name}.${field}`).toBeLessThanOrEqual(size!);
      }
      if ('value' in rec && name === 'HeapNumberLayout') expect(rec.value! % 8).toBe(0);
    });
  }
  it('fixed-size kinds are 8-byte multiples', () => {
    for (const r of [L.MapLayout, L.OddballLayout, L.HeapNumberLayout, L.ConsStringLayout, L.SlicedStringLayout,
      L.SymbolLayout, L.AccessorPairLayout, L.SharedFunctionInfoLayout, L.JSArrayLayout, L.JSFunctionLayout,
      L.JSBoundFunctionLayout]) expect(r.size % 8).toBe(0);
  });
  it('instance types: strings first, JS objects last, all distinct', () => {
    const t = L.InstanceType;
    const values = Object.entries(t).filter(([k]) => !k.startsWith('FIRST_') && !k.startsWith('LAST_')).map(([, v]) => v);
    expect(new Set(values).size).toBe(values.length);
    expect(Math.max(...values)).toBe(t.LAST_TYPE);
    expect(t.INTERNALIZED_TWO_BYTE_STRING).toBeLessThan(t.FIRST_NONSTRING_TYPE);
  });
  it('roots fit in the root table', () => {
    const v = Object.entries(RootIndex).filter(([k]) => k !== 'count' && k !== 'firstUser').map(([, x]) => x);
    expect(Math.max(...v)).toBeLessThan(RootIndex.firstUser);
    expect(RootIndex.count * 4).toBe(4096);
  });
});
