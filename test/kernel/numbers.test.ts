// Number <-> string conversions against the host engine (the spec's reference behaviour).
import { describe, it, expect, beforeAll } from 'vitest';
import { freshHeap, str, jsString } from './helpers.ts';
import { numberToString, stringToNumber, numberToStringRadix } from '../../runtime/number-conversions.ts';

beforeAll(() => freshHeap());

let seed = 7;
function bits(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed;
}
function randomDouble(): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, bits());
  dv.setUint32(4, bits());
  return dv.getFloat64(0);
}

const SPECIAL = [0, -0, 1, -1, 0.1, 0.2, 0.3, 1 / 3, 123456789, 1e21, 1e20, 1e-7, 1.5e-7, 1e-6, 5e-324, 1.7976931348623157e308,
  2 ** 53, 2 ** 53 + 2, 123.456, 9.999999999999999e22, 4.35, 2.2250738585072014e-308, 751539413474319.2, NaN, Infinity, -Infinity];

describe('Number::toString (shortest round trip)', () => {
  it('matches the host on special and random doubles', () => {
    const xs = [...SPECIAL];
    for (let i = 0; i < 3000; i++) xs.push(randomDouble());
    for (let i = 0; i < 1000; i++) xs.push((bits() / 2 ** 32) * 10 ** ((bits() % 40) - 20));
    for (const x of xs) {
      if (Number.isNaN(x) && !Object.is(x, NaN)) continue;
      expect(jsString(numberToString(x)), String(x)).toBe(String(x));
    }
  });
});

describe('StringToNumber (correctly rounded)', () => {
  it('matches the host on literals, edge cases and round trips', () => {
    const strs = ['0', '  12  ', '-0', '1e3', '.5', '5.', '0x1F', '0B101', '0o17', 'Infinity', '-Infinity', '+1.5e-3', 'abc', '',
      '1e', '1.2.3', '0x', '-0x10', '2.2250738585072011e-308', '4.9406564584124654e-324', '2.4703282292062328e-324',
      '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308', '9007199254740993', '9007199254740992.5',
      '0.1000000000000000055511151231257827021181583404541015625', '1' + '0'.repeat(400), '0.' + '0'.repeat(300) + '1',
      '123456789012345678901234567890e-5', '0x1fffffffffffff1', '\u00a0 7 \n', '1'.repeat(900) + 'e-800', '\u2028-3\ufeff'];
    for (let i = 0; i < 1500; i++) {
      const x = Math.abs(randomDouble());
      strs.push(String(x), x.toPrecision(1 + (i % 21)), x.toExponential(i % 20));
    }
    for (const s of strs) expect(Object.is(stringToNumber(str(s)), Number(s)), JSON.stringify(s)).toBe(true);
  });
});

describe('Number::toString(radix)', () => {
  it('matches the host', () => {
    for (const r of [2, 3, 7, 8, 16, 36]) {
      for (const x of [0, 255, -255, 0.5, 3.75, 1 / 3, 1e21, 123.456, 2 ** 60, -0.1, 1e-7, 0.1 + 0.2]) {
        expect(jsString(numberToStringRadix(x, r)), `${x}.toString(${r})`).toBe(x.toString(r));
      }
    }
  });
});
