import { describe, it, expect, beforeEach } from 'vitest';
import { freshHeap, str, key, jsString, setUserRoot, userRoot } from './helpers.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import {
  stringConcat, stringFlatten, stringSlice, stringInternalize, stringEquals, stringHash, stringType, stringLength,
  isInternalized, stringCompare, stringTableCount,
} from '../../runtime/strings.ts';
import { InstanceType } from '../../runtime/layouts.ts';
import { collectYoung, collectFull } from '../../runtime/gc.ts';
import { atom } from '../../runtime/atoms.ts';

beforeEach(() => freshHeap());

describe('strings', () => {
  it('concatenation makes ropes that flatten on demand and survive GC', () => {
    setUserRoot(0, str(''));
    let expected = '';
    for (let i = 0; i < 500; i++) {
      setUserRoot(0, stringConcat(userRoot(0), str('part' + i + ';')));
      expected += 'part' + i + ';';
      if (i % 100 === 0) collectYoung();
    }
    expect(stringType(userRoot(0))).toBe(InstanceType.CONS_ONE_BYTE_STRING);
    collectFull(true);
    const flat = stringFlatten(userRoot(0));
    expect(stringType(flat)).toBe(InstanceType.SEQ_ONE_BYTE_STRING);
    expect(jsString(flat)).toBe(expected);
    expect(jsString(userRoot(0))).toBe(expected); // the cons now points at the flat string
    heapVerify();
  });

  it('short concatenations are copied; two-byte is contagious', () => {
    const s = stringConcat(str('ab'), str('c€'));
    expect(stringType(s)).toBe(InstanceType.SEQ_TWO_BYTE_STRING);
    expect(jsString(s)).toBe('abc€');
    setUserRoot(0, stringConcat(str('a long one-byte string'), str(' — and two-byte')));
    expect(stringType(userRoot(0))).toBe(InstanceType.CONS_TWO_BYTE_STRING);
    expect(jsString(stringFlatten(userRoot(0)))).toBe('a long one-byte string — and two-byte');
  });

  it('slices share their parent when long, copy when short', () => {
    setUserRoot(0, str('0123456789abcdefghijklmnopqrstuvwxyz'));
    setUserRoot(1, stringSlice(userRoot(0), 5, 30));
    expect(stringType(userRoot(1))).toBe(InstanceType.SLICED_ONE_BYTE_STRING);
    setUserRoot(2, stringSlice(userRoot(1), 2, 20)); // a slice of a slice points at the sequential parent
    collectFull(false);
    expect(jsString(userRoot(1))).toBe('56789abcdefghijklmnopqrst');
    expect(jsString(userRoot(2))).toBe('789abcdefghijklmno');
    expect(stringType(stringSlice(userRoot(0), 1, 4))).toBe(InstanceType.SEQ_ONE_BYTE_STRING);
    heapVerify();
  });

  it('internalizes: equal contents give one object; hashes agree for ropes and flat strings', () => {
    const before = stringTableCount();
    setUserRoot(0, key('property'));
    setUserRoot(1, stringInternalize(stringConcat(str('prop'), str('erty'))));
    expect(userRoot(0)).toBe(userRoot(1));
    expect(isInternalized(userRoot(0))).toBe(true);
    expect(stringTableCount()).toBe(before + 1);
    setUserRoot(2, stringConcat(str('a fairly long left part '), str('and a right part')));
    const h1 = stringHash(userRoot(2));
    expect(h1).toBe(stringHash(str('a fairly long left part and a right part')));
    expect(stringEquals(userRoot(2), str('a fairly long left part and a right part'))).toBe(true);
    expect(stringCompare(str('abc'), str('abd'))).toBe(-1);
    expect(stringCompare(str('abc'), str('ab'))).toBe(1);
    for (let i = 0; i < 3000; i++) key('k' + i); // grows the table
    collectFull(true);
    expect(key('property')).toBe(userRoot(0));
    expect(jsString(key('k2999'))).toBe('k2999');
    heapVerify();
  });

  it('atoms are internalized strings and stable', () => {
    const a = atom('length');
    expect(jsString(a)).toBe('length');
    expect(a).toBe(key('length'));
    collectFull(true);
    expect(atom('length')).toBe(key('length'));
    expect(key('undefined')).toBe(key('undefined'));
    expect(stringLength(atom('prototype'))).toBe(9);
  });
});
