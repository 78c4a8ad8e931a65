// Typed arrays: construction, element conversion, methods, species, subarray views, sorting.
const u8 = new Uint8Array([1, 2, 300, -1]);
const c8 = new Uint8ClampedArray([1.5, 2.5, 300, -1]);
const i16 = Int16Array.from([40000, -40000, 7]);
const f32 = new Float32Array([0.1, 1 / 3, -0]);
const f64 = Float64Array.of(1, 2.5, NaN);
console.log(u8, c8, i16);
console.log(f32, f64);
console.log(u8.length, u8.byteLength, Int32Array.BYTES_PER_ELEMENT, Object.prototype.toString.call(f64));

// Views share their buffer.
const buf = new ArrayBuffer(16);
const words = new Uint32Array(buf);
const bytes = new Uint8Array(buf, 4, 8);
words[1] = 0x01020304;
console.log(bytes, bytes.byteOffset, words.buffer === bytes.buffer);
const sub = words.subarray(1, 3);
sub[1] = 0xffffffff;
console.log(sub, words[2], new Int32Array(buf)[2]);

// Methods.
const a = new Int32Array([5, -3, 10, 0, 7]);
console.log(a.map((x) => x * 2), a.filter((x) => x > 0), a.reduce((s, x) => s + x, 0));
console.log(a.indexOf(10), a.includes(7), a.join('|'), a.at(-1), a.find((x) => x < 0), a.findLastIndex((x) => x > 5));
console.log(a.slice(1, 3), a.toSorted(), a.toReversed(), a.with(0, 99), a);
console.log(new Float64Array([3, -0, 0, NaN, -Infinity, 1]).sort());
console.log(a.sort((x, y) => y - x), a.reverse(), a.fill(1, 2), a.copyWithin(0, 3));
console.log([...new Uint8Array([9, 8]).entries()], [...new Int8Array(2).keys()]);
const t = new Uint16Array(6);
t.set([1, 2, 3], 1);
t.set(new Uint8Array([7, 8]), 4);
console.log(t, JSON.stringify(new Uint8Array([1, 2])));

// Exotic integer keys.
const e = new Float64Array(2);
e['1.5'] = 1;
e[5] = 1;
e.foo = 'named';
console.log(e['1.5'], e[5], '-0' in e, 1 in e, 2 in e, Object.keys(e), delete e[0]);

// Species and subclasses.
class MyArray extends Uint8Array {
  sum() {
    return this.reduce((s, x) => s + x, 0);
  }
}
const m = new MyArray([1, 2, 3]);
console.log(m.sum(), m.map((x) => x + 1) instanceof MyArray, m.subarray(1).sum(), m.constructor.name);

// BigInt arrays.
const big = new BigInt64Array([1n, -1n]);
const ubig = new BigUint64Array(big.buffer);
console.log(big, ubig, big[1] + 2n);
try {
  big[0] = 1;
} catch (err) {
  console.log(err.constructor.name);
}

// Errors.
for (const f of [() => new Uint8Array(-1), () => new Int32Array(new ArrayBuffer(7)), () => new Int16Array(new ArrayBuffer(8), 1), () => Uint8Array()]) {
  try {
    f();
  } catch (err) {
    console.log(err.constructor.name);
  }
}
