import { describe, it, expect, beforeEach } from 'vitest';
import { freshHeap, str, key, jsString, setUserRoot, userRoot, prewarmKeys } from './helpers.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import {
  stringConcat, stringFlatten, stringSlice, stringInternalize, stringEquals, stringHash, stringType, stringLength,
  isInternalized, stringCompare, stringTableCount,
} from '../../runtime/strings.ts';
import { InstanceType } from '../../runtime/layouts.ts';
import { collectYoung, collectFull } from '../../runtime/gc.ts';
import { atom } from '../../runtime/atoms.ts';

for (const stress of [false, true]) describe(stress ? 'under --gc-stress' : 'normal', () => {
  beforeEach(() => {
    freshHeap();
    prewarmKeys(['length', 'undefined']);
    flagsSetGcStress(stress);
  });

  describe('strings', () => {
    it('concatenation makes ropes that flatten on demand and survive GC', () => {
      setUserRoot(0, str(''));
      let expected = '';
      for (let i = 0; i < 500; i++) {
        const part = str('part' + i + ';');
        setUserRoot(0, stringConcat(userRoot(0), part));
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
      setUserRoot(1, str('ab'));
      const twoBytePart = str('c€');
      const s = stringConcat(userRoot(1), twoBytePart);
      expect(stringType(s)).toBe(InstanceType.SEQ_TWO_BYTE_STRING);
      expect(jsString(s)).toBe('abc€');
      setUserRoot(1, str('a long one-byte string'));
      const tail = str(' — and two-byte');
      setUserRoot(0, stringConcat(userRoot(1), tail));
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
      setUserRoot(1, str('prop'));
      const erty = str('erty');
      setUserRoot(1, stringInternalize(stringConcat(userRoot(1), erty)));
      expect(userRoot(0)).toBe(userRoot(1));
      expect(isInternalized(userRoot(0))).toBe(true);
      expect(stringTableCount()).toBe(before + 1);
      setUserRoot(2, str('a fairly long left part '));
      const right = str('and a right part');
      setUserRoot(2, stringConcat(userRoot(2), right));
      const h1 = stringHash(userRoot(2));
      setUserRoot(3, str('a fairly long left part and a right part'));
      expect(h1).toBe(stringHash(userRoot(3)));
      expect(stringEquals(userRoot(2), userRoot(3))).toBe(true);
      setUserRoot(3, str('abc'));
      const abd = str('abd');
      expect(stringCompare(userRoot(3), abd)).toBe(-1);
      setUserRoot(3, str('abc'));
      const ab = str('ab');
      expect(stringCompare(userRoot(3), ab)).toBe(1);
      for (let i = 0; i < (stress ? 800 : 3000); i++) key('k' + i); // grows the table
      collectFull(true);
      expect(key('property')).toBe(userRoot(0));
      expect(jsString(key('k799'))).toBe('k799');
      heapVerify();
    });

    it('atoms are internalized strings and stable', () => {
      expect(jsString(atom('length'))).toBe('length');
      expect(atom('length')).toBe(key('length'));
      collectFull(true);
      expect(atom('length')).toBe(key('length'));
      expect(key('undefined')).toBe(key('undefined'));
      expect(stringLength(atom('prototype'))).toBe(9);
    });
  });
});
