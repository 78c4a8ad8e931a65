// The iterator protocol: custom iterables, return() on early exit, spread and destructuring.
class Range {
  constructor(lo, hi) { this.lo = lo; this.hi = hi; }
  [Symbol.iterator]() {
    let cur = this.lo;
    const hi = this.hi;
    return {
      next: () => (cur <= hi ? { value: cur++, done: false } : { value: undefined, done: true }),
      return: () => { console.log('return called'); return { done: true }; },
    };
  }
}
console.log([...new Range(1, 5)].join());
for (const x of new Range(1, 10)) { if (x === 2) break; }
const [a, b] = new Range(7, 100);
console.log(a, b);
const it = [10, 20][Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(Array.from(new Range(3, 4), (x) => x * 2).join());
const m = new Map([['k', 'v']]);
const entries = m.entries();
console.log(JSON.stringify(entries.next().value));
console.log(typeof 'str'[Symbol.iterator], typeof {}[Symbol.iterator]);
try { for (const x of {}) {} } catch (e) { console.log(e.constructor.name, e.message); }
