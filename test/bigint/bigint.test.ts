// The kernel BigInt API (runtime/bigint.ts) directly: the int64 helpers that typed arrays and
// DataView use, StringToBigInt's grammar, exact Number conversion and comparison, and the
// failure protocol — each checked against host BigInt arithmetic on the same values.
import { describe, it, expect, beforeEach } from 'vitest';
import { freshHeap, str, jsString } from '../kernel/helpers.ts';
import {
  bigIntFromInt64, bigIntFromUint64, bigIntInt64Low, bigIntInt64High, stringToBigInt, bigIntToString, bigIntToF64,
  bigIntCompareToF64, bigIntDivide, bigIntExponentiate, bigIntFromI32, bigIntFailure, BigIntFailure, bigIntAsN, isBigInt,
  bigIntHash, bigIntMultiply,
} from '../../runtime/bigint.ts';

/** A heap BigInt of a host bigint (through StringToBigInt). */
function heap(v: bigint): number {
  const r = stringToBigInt(str(v.toString()));
  expect(r).not.toBe(0);
  return r;
}
function host(b: number): bigint {
  expect(isBigInt(b)).toBe(true);
  return BigInt(jsString(bigIntToString(b, 10)));
}

const SAMPLES = [0n, 1n, -1n, 2n ** 31n, -(2n ** 31n), 2n ** 32n - 1n, 2n ** 32n, -(2n ** 32n), 2n ** 63n - 1n, -(2n ** 63n),
  2n ** 63n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n) - 5n, 12345678901234567890123n, -98765432109876543210987n];

describe('BigInt kernel', () => {
  beforeEach(() => freshHeap());

  it('int64 parts are ToBigInt64 / ToBigUint64 bits, and back', () => {
    for (const v of SAMPLES) {
      const b = heap(v);
      const lo = bigIntInt64Low(b);
      const hi = bigIntInt64High(b);
      const bits = BigInt.asUintN(64, v);
      expect(BigInt(lo >>> 0) + (BigInt(hi >>> 0) << 32n), `parts of ${v}`).toBe(bits);
      expect(host(bigIntFromInt64(lo, hi)), `int64 of ${v}`).toBe(BigInt.asIntN(64, v));
      expect(host(bigIntFromUint64(lo, hi)), `uint64 of ${v}`).toBe(bits);
    }
  });

  it('StringToBigInt accepts the StringIntegerLiteral grammar only', () => {
    const ok: [string, bigint][] = [['', 0n], ['  ', 0n], [' 42 ', 42n], ['-7', -7n], ['+7', 7n], ['0x1F', 31n], ['0B101', 5n],
      ['0o17', 15n], ['\u00a0\n12\t', 12n], ['0'.repeat(30) + '5', 5n], ['9'.repeat(40), 10n ** 40n - 1n]];
    for (const [s, v] of ok) expect(host(stringToBigInt(str(s))), JSON.stringify(s)).toBe(v);
    for (const s of ['-', '0x', '-0x1', '1e3', '1.0', '12n', '1_0', 'x', '0x1g', '0b2', 'Infinity']) {
      expect(stringToBigInt(str(s)), JSON.stringify(s)).toBe(0);
    }
  });

  it('ToString in radixes 2..36 matches the host', () => {
    const v = -(3n ** 200n) + 7n;
    const b = heap(v);
    for (let r = 2; r <= 36; r++) expect(jsString(bigIntToString(b, r)), `radix ${r}`).toBe(v.toString(r));
  });

  it('Number conversion rounds to nearest, ties to even; comparison with Numbers is exact', () => {
    for (const v of [...SAMPLES, 2n ** 53n + 1n, 2n ** 54n + 2n, 2n ** 54n + 6n, 2n ** 1024n - 2n ** 970n, 2n ** 1024n, -(2n ** 1100n)]) {
      const b = heap(v);
      expect(bigIntToF64(b), `Number(${v})`).toBe(Number(v));
      for (const x of [0, -0, 1.5, -1.5, Number(v), Number(v) * 2, 2 ** 64, -(2 ** 64), Infinity, -Infinity, 1e300]) {
        const want = x === Infinity ? -1 : x === -Infinity ? 1 : v < BigInt(Math.trunc(x)) || (v === BigInt(Math.trunc(x)) && x > Math.trunc(x)) ? -1
          : v === BigInt(Math.trunc(x)) && x === Math.trunc(x) ? 0 : 1;
        expect(bigIntCompareToF64(b, x), `${v} vs ${x}`).toBe(want);
      }
      expect(bigIntCompareToF64(b, NaN)).toBe(2);
    }
  });

  it('failures return 0 and name the reason', () => {
    expect(bigIntDivide(heap(5n), bigIntFromI32(0), false)).toBe(0);
    expect(bigIntFailure).toBe(BigIntFailure.divisionByZero);
    expect(bigIntExponentiate(heap(2n), heap(-1n))).toBe(0);
    expect(bigIntFailure).toBe(BigIntFailure.negativeExponent);
    expect(bigIntExponentiate(heap(3n), heap(2n ** 40n))).toBe(0);
    expect(bigIntFailure).toBe(BigIntFailure.tooBig);
    expect(bigIntAsN(2 ** 40, heap(-1n), false)).toBe(0);
    expect(bigIntFailure).toBe(BigIntFailure.tooBig);
  });

  it('equal values hash alike', () => {
    for (const v of SAMPLES) expect(bigIntHash(heap(v)), String(v)).toBe(bigIntHash(heap(v)));
    expect(bigIntHash(heap(1n))).not.toBe(bigIntHash(heap(-1n)));
  });
});

describe('BigInt multiplication', () => {
  beforeEach(() => freshHeap());

  it('Karatsuba and the unbalanced split agree with the host on long operands', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const big = (digits: number): bigint => {
      let s = '';
      for (let i = 0; i < digits; i++) s += rnd(4) === 0 ? 'ffffffff' : rnd(4) === 0 ? '00000000' : rnd(2 ** 31).toString(16).padStart(8, '0');
      return BigInt('0x1' + s) * (rnd(2) ? -1n : 1n);
    };
    for (const [x, y] of [[47, 47], [48, 48], [49, 48], [95, 50], [96, 48], [200, 49], [333, 160], [500, 500], [1000, 61], [130, 129]]) {
      const a = big(x!);
      const b = big(y!);
      expect(host(bigIntMultiply(heap(a), heap(b))), `${x} x ${y} digits`).toBe(a * b);
      expect(host(bigIntMultiply(heap(b), heap(a))), `${y} x ${x} digits`).toBe(a * b);
    }
    for (let k = 0; k < 40; k++) {
      const a = big(40 + rnd(400));
      const b = big(40 + rnd(400));
      expect(host(bigIntMultiply(heap(a), heap(b))), `random ${k}`).toBe(a * b);
    }
    const sq = big(300);
    const h = heap(sq);
    expect(host(bigIntMultiply(h, h))).toBe(sq * sq);
  });
});
