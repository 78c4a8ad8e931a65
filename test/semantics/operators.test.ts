// Operators on primitive operands against what Node computes: every pair of a table of numbers,
// strings, booleans, null and undefined through every binary operator, the relational and
// equality operators, and the unary ones; also under --gc-stress.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { freshHeap, kv, js, Thrown } from './helpers.ts';
import { flagsSetGcStress } from '../../runtime/flags.ts';
import { heapVerify } from '../../runtime/verifier.ts';
import { handleScopeOpen, handleScopeClose, handleNew, handleGet } from '../../runtime/heap.ts';
import {
  binaryOperation, BinaryOp, compareOperation, CompareOp, looseEquals, strictEquals, sameValue, sameValueZero,
  increment, decrement, negate, bitwiseNot,
} from '../../runtime/operators.ts';

const OPERANDS: unknown[] = [
  0, -0, 1, -1, 2, 3, 7, -7, 1073741823, -1073741824, 1073741824, -1073741825, 2147483647, 2147483648, 4294967295,
  4294967296, 0.5, -1.5, 1e21, 1e-7, 123.456, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE,
  '', '1', '-2', 'abc', ' 12 ', '0x10', '1e3', 'Infinity', '.5', '10', '9', 'a', 'b',
  true, false, null, undefined,
];

const BINARY: [number, string, (a: any, b: any) => unknown][] = [
  [BinaryOp.add, '+', (a, b) => a + b],
  [BinaryOp.sub, '-', (a, b) => a - b],
  [BinaryOp.mul, '*', (a, b) => a * b],
  [BinaryOp.div, '/', (a, b) => a / b],
  [BinaryOp.mod, '%', (a, b) => a % b],
  [BinaryOp.bitwiseOr, '|', (a, b) => a | b],
  [BinaryOp.bitwiseXor, '^', (a, b) => a ^ b],
  [BinaryOp.bitwiseAnd, '&', (a, b) => a & b],
  [BinaryOp.shiftLeft, '<<', (a, b) => a << b],
  [BinaryOp.shiftRight, '>>', (a, b) => a >> b],
  [BinaryOp.shiftRightLogical, '>>>', (a, b) => a >>> b],
];

const COMPARE: [number, string, (a: any, b: any) => unknown][] = [
  [CompareOp.lessThan, '<', (a, b) => a < b],
  [CompareOp.greaterThan, '>', (a, b) => a > b],
  [CompareOp.lessThanOrEqual, '<=', (a, b) => a <= b],
  [CompareOp.greaterThanOrEqual, '>=', (a, b) => a >= b],
];

function show(x: unknown): string {
  return typeof x === 'string' ? JSON.stringify(x) : Object.is(x, -0) ? '-0' : String(x);
}

/** Runs f on kernel copies of a and b (kept in handles while the second is made). */
function onPair(a: unknown, b: unknown, f: (x: number, y: number) => number): unknown {
  const s = handleScopeOpen();
  try {
    const ha = handleNew(kv(a));
    const hb = handleNew(kv(b));
    return js(f(handleGet(ha), handleGet(hb)));
  } finally {
    handleScopeClose(s);
  }
}

function same(got: unknown, want: unknown): boolean {
  return Object.is(got, want);
}

for (const stress of [false, true]) describe(stress ? 'under --gc-stress' : 'normal', () => {
  beforeEach(() => {
    freshHeap();
    flagsSetGcStress(stress);
  });
  afterEach(() => {
    flagsSetGcStress(false);
    heapVerify();
  });

  for (const [op, name, f] of BINARY) {
    it(`a ${name} b over ${OPERANDS.length}^2 operand pairs`, () => {
      const wrong: string[] = [];
      for (const a of OPERANDS) for (const b of OPERANDS) {
        const got = onPair(a, b, (x, y) => binaryOperation(op, x, y));
        const want = f(a, b);
        if (!same(got, want)) wrong.push(`${show(a)} ${name} ${show(b)}: got ${show(got)}, want ${show(want)}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  for (const [op, name, f] of COMPARE) {
    it(`a ${name} b over operand pairs`, () => {
      const wrong: string[] = [];
      for (const a of OPERANDS) for (const b of OPERANDS) {
        const got = onPair(a, b, (x, y) => compareOperation(op, x, y));
        const want = f(a, b);
        if (!same(got, want)) wrong.push(`${show(a)} ${name} ${show(b)}: got ${show(got)}, want ${show(want)}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('==, ===, SameValue, SameValueZero over operand pairs', () => {
    const wrong: string[] = [];
    for (const a of OPERANDS) for (const b of OPERANDS) {
      const loose = onPair(a, b, looseEquals);
      // eslint-disable-next-line eqeqeq
      if (loose !== (a == b)) wrong.push(`${show(a)} == ${show(b)}: got ${show(loose)}`);
      const strict = onPair(a, b, (x, y) => (strictEquals(x, y) ? kv(true) : kv(false)));
      if (strict !== (a === b)) wrong.push(`${show(a)} === ${show(b)}: got ${show(strict)}`);
      const sv = onPair(a, b, (x, y) => (sameValue(x, y) ? kv(true) : kv(false)));
      if (sv !== Object.is(a, b)) wrong.push(`SameValue(${show(a)}, ${show(b)}): got ${show(sv)}`);
      const svz = onPair(a, b, (x, y) => (sameValueZero(x, y) ? kv(true) : kv(false)));
      if (svz !== [a].includes(b)) wrong.push(`SameValueZero(${show(a)}, ${show(b)}): got ${show(svz)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('++, --, unary -, ~', () => {
    const wrong: string[] = [];
    for (const a of OPERANDS) {
      const cases: [string, (v: number) => number, (x: any) => unknown][] = [
        ['++', increment, (x) => +x + 1],
        ['--', decrement, (x) => +x - 1],
        ['-', negate, (x) => -x],
        ['~', bitwiseNot, (x) => ~x],
      ];
      for (const [name, k, f] of cases) {
        const got = onPair(a, 0, (x) => k(x));
        if (!same(got, f(a))) wrong.push(`${name}${show(a)}: got ${show(got)}, want ${show(f(a))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('string + string makes the concatenation; long ones are ropes that read back the same', () => {
    const a = 'x'.repeat(20);
    expect(onPair(a, 'yz', (x, y) => binaryOperation(BinaryOp.add, x, y))).toBe(a + 'yz');
    expect(onPair('', '', (x, y) => binaryOperation(BinaryOp.add, x, y))).toBe('');
    expect(onPair('\u20ac', 1.5, (x, y) => binaryOperation(BinaryOp.add, x, y))).toBe('\u20ac1.5');
  });
});

describe('exponent', () => {
  beforeEach(() => freshHeap());
  const BASES = [0, -0, 1, -1, 2, -2, 3, 10, 0.5, 1.1, -1.1, 7.5, 1e-3, 1e10, NaN, Infinity, -Infinity];
  const EXPS = [0, -0, 1, -1, 2, 3, 10, -10, 0.5, -0.5, 1.5, 2.5, 1 / 3, 100, 1e10, NaN, Infinity, -Infinity];
  const f = new Float64Array(2);
  const bits = new BigInt64Array(f.buffer);
  const ulps = (a: number, b: number) => {
    f[0] = a;
    f[1] = b;
    const d = bits[0]! - bits[1]!;
    return d < 0n ? -d : d;
  };
  it('matches Node (special cases here, the rest through the host pow)', () => {
    const wrong: string[] = [];
    let inexact = 0;
    for (const a of BASES) for (const b of EXPS) {
      const got = onPair(a, b, (x, y) => binaryOperation(BinaryOp.exp, x, y)) as number;
      const want = a ** b;
      if (Object.is(got, want)) continue;
      const special = !Number.isFinite(a) || !Number.isFinite(b) || a === 0 || Math.abs(a) === 1 || b === 2 || b === 0.5 ||
        Number.isInteger(want) || !Number.isFinite(want);
      if (special || typeof got !== 'number' || ulps(got, want) > 1n) wrong.push(`${show(a)} ** ${show(b)}: got ${show(got)}, want ${show(want)}`);
      else inexact++;
    }
    expect(wrong).toEqual([]);
    expect(inexact).toBe(0);
  });
});

describe('errors', () => {
  beforeEach(() => freshHeap());
  it('symbols do not convert to numbers', async () => {
    const { symbolNew } = await import('./helpers.ts');
    const s = handleScopeOpen();
    const hs = handleNew(symbolNew(kv(undefined)));
    expect(js(binaryOperation(BinaryOp.sub, handleGet(hs), kv(1)))).toBeInstanceOf(Thrown);
    expect(js(binaryOperation(BinaryOp.add, handleGet(hs), kv('a')))).toBeInstanceOf(Thrown);
    expect(js(compareOperation(CompareOp.lessThan, handleGet(hs), kv(1)))).toBeInstanceOf(Thrown);
    expect(js(looseEquals(handleGet(hs), kv(1)))).toBe(false);
    handleScopeClose(s);
  });
});
