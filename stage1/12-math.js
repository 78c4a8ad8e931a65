// Math methods the kernel leaves to the library: Math.sumPrecise (ES2026), the exactly rounded
// sum of an iterable of Numbers.
//
// The finite values are accumulated exactly as a list of non-overlapping doubles ("partials",
// smallest magnitude first: Shewchuk's grow-expansion, as in Python's math.fsum), plus a count of
// multiples of 2^1024 that overflowed the double range. The result is the round-to-nearest-even
// of that exact real: the partials are summed from the largest down until the sum is no longer
// exact, then a half-way roundoff is decided by the sign of the next partial.
(function (K) {
  'use strict';

  const lib = K.lib;
  const abs = Math.abs;
  const TWO_1023 = 8.98846567431158e307; // 2^1023
  const MAX_DOUBLE = 1.7976931348623157e308; // 2^1024 - 2^971
  const HALF_MAX_ULP = 9.9792015476736e291; // 2^970, half the spacing of doubles below 2^1024

  const MINUS_ZERO = 0;
  const FINITE = 1;
  const PLUS_INFINITY = 2;
  const MINUS_INFINITY = 3;
  const NOT_A_NUMBER = 4;

  /**
   * Adds the finite double `x` to the expansion `partials` in place; returns the multiples of
   * 2^1024 (-1, 0, 1 per overflowing step) taken out to keep every partial finite.
   */
  function addToPartials(partials, value) {
    let x = value;
    let overflow = 0;
    let used = 0;
    for (let i = 0; i < partials.length; i++) {
      let y = partials[i];
      if (abs(x) < abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      let hi = x + y;
      if (hi === Infinity || hi === -Infinity) {
        // |x| >= 2^1023 here: x - sign * 2^1024 is exact, done in two exact halves.
        const sign = hi > 0 ? 1 : -1;
        overflow += sign;
        x = x - sign * TWO_1023 - sign * TWO_1023;
        if (abs(x) < abs(y)) {
          const t = x;
          x = y;
          y = t;
        }
        hi = x + y;
      }
      const lo = y - (hi - x);
      if (lo !== 0) partials[used++] = lo;
      x = hi;
    }
    partials.length = used;
    if (x !== 0) partials.push(x);
    return overflow;
  }

  /** The double nearest to overflow * 2^1024 + the sum of `partials` (ties to even). */
  function roundPartials(partials, overflow) {
    let n = partials.length - 1;
    let hi = 0;
    let lo = 0;
    if (overflow !== 0) {
      const next = n >= 0 ? partials[n] : 0;
      n--;
      if (abs(overflow) > 1 || (overflow > 0 && next > 0) || (overflow < 0 && next < 0)) {
        return overflow > 0 ? Infinity : -Infinity;
      }
      // overflow * 2^1024 + next, computed at half scale so that it does not overflow (next is
      // large enough to be halved exactly whenever the result can be finite).
      const big = overflow * TWO_1023;
      const half = next / 2;
      hi = big + half;
      lo = (half - (hi - big)) * 2;
      if (abs(2 * hi) === Infinity) {
        // Only ±MAX_DOUBLE can still be the answer: when the rest lies exactly half an ulp below
        // 2^1024 and the next partial pulls the sum under that tie.
        if (hi > 0) return hi === TWO_1023 && lo === -HALF_MAX_ULP && n >= 0 && partials[n] < 0 ? MAX_DOUBLE : Infinity;
        return hi === -TWO_1023 && lo === HALF_MAX_ULP && n >= 0 && partials[n] > 0 ? -MAX_DOUBLE : -Infinity;
      }
      if (lo !== 0) {
        n++;
        partials[n] = lo;
        lo = 0;
      }
      hi *= 2;
    }
    while (n >= 0) {
      const x = hi;
      const y = partials[n];
      n--;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // A roundoff of exactly half an ulp rounds away from the partials below when they agree in sign.
    if (n >= 0 && ((lo < 0 && partials[n] < 0) || (lo > 0 && partials[n] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (x - hi === y) hi = x;
    }
    return hi;
  }

  lib.defineMethods(Math, {
    sumPrecise(items) {
      if (items === null || items === undefined) throw new TypeError('Math.sumPrecise called on null or undefined');
      const record = lib.getIterator(items);
      let state = MINUS_ZERO;
      const partials = [];
      let overflow = 0;
      let count = 0;
      for (;;) {
        const n = lib.iteratorStep(record);
        if (n === lib.DONE) break;
        count++;
        if (count >= 9007199254740992) {
          lib.iteratorCloseQuietly(record);
          throw new RangeError('Math.sumPrecise: too many values');
        }
        if (typeof n !== 'number') {
          lib.iteratorCloseQuietly(record);
          throw new TypeError('Math.sumPrecise: a value of type ' + typeof n + ' is not a number');
        }
        if (state === NOT_A_NUMBER) continue;
        if (n !== n) state = NOT_A_NUMBER;
        else if (n === Infinity) state = state === MINUS_INFINITY ? NOT_A_NUMBER : PLUS_INFINITY;
        else if (n === -Infinity) state = state === PLUS_INFINITY ? NOT_A_NUMBER : MINUS_INFINITY;
        else if ((n !== 0 || 1 / n > 0) && (state === MINUS_ZERO || state === FINITE)) {
          state = FINITE;
          overflow += addToPartials(partials, n);
        }
      }
      if (state === NOT_A_NUMBER) return NaN;
      if (state === PLUS_INFINITY) return Infinity;
      if (state === MINUS_INFINITY) return -Infinity;
      if (state === MINUS_ZERO) return -0;
      return roundPartials(partials, overflow);
    },
  });
})(__ouro);
