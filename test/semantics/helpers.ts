// Helpers for the semantics tests: kernel values <-> JavaScript values, over a fresh heap.
import { freshHeap, str, key, jsString, setUserRoot, userRoot, prewarmKeys } from '../kernel/helpers.ts';
import { smiValue, smiFrom } from '../../runtime/memory.ts';
import {
  isHeapNumber, heapNumberValue, heapNumberNew, numberNew, undefinedValue, nullValue, trueValue, falseValue, theHole,
  symbolNew,
} from '../../runtime/values.ts';
import { isString } from '../../runtime/strings.ts';
import { isException, pendingException, pendingExceptionClear } from '../../runtime/errors.ts';

export { freshHeap, str, key, jsString, setUserRoot, userRoot, prewarmKeys, smiFrom };

/** A kernel value for a JavaScript primitive. May GC. */
export function kv(x: unknown): number {
  if (x === undefined) return undefinedValue();
  if (x === null) return nullValue();
  if (x === true) return trueValue();
  if (x === false) return falseValue();
  if (typeof x === 'number') return Object.is(x, -0) ? heapNumberNew(-0) : numberNew(x);
  if (typeof x === 'string') return str(x);
  throw new Error('kv: unsupported ' + String(x));
}

export class Thrown {
  readonly value: unknown;
  constructor(value: unknown) {
    this.value = value;
  }
}

/** The JavaScript value of a kernel primitive; the sentinel becomes a Thrown. */
export function js(v: number): unknown {
  if ((v & 1) === 0) return smiValue(v);
  if (isException(v)) {
    const e = pendingException();
    pendingExceptionClear();
    return new Thrown(e);
  }
  if (isHeapNumber(v)) return heapNumberValue(v);
  if (isString(v)) return jsString(v);
  if (v === undefinedValue()) return undefined;
  if (v === nullValue()) return null;
  if (v === trueValue()) return true;
  if (v === falseValue()) return false;
  if (v === theHole()) return '<hole>';
  return '<object ' + v + '>';
}

export { symbolNew };
