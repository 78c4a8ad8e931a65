import { describe, it, expect, beforeEach } from 'vitest';
import { freshHeap, kv, js } from './helpers.ts';
import { binaryOperation, BinaryOp } from '../../runtime/operators.ts';

describe('smoke', () => {
  beforeEach(() => freshHeap());
  it('adds', () => {
    expect(js(binaryOperation(BinaryOp.add, kv(1), kv(2)))).toBe(3);
    expect(js(binaryOperation(BinaryOp.add, kv('a'), kv(2)))).toBe('a2');
    expect(js(binaryOperation(BinaryOp.add, kv(0.1), kv(0.2)))).toBe(0.1 + 0.2);
  });
});
