// ArrayBuffer (slice, resizable, length-tracking views), DataView endianness, Atomics.
const buf = new ArrayBuffer(8);
const dv = new DataView(buf);
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
dv.setFloat32(4, 1.5);
console.log(new Uint8Array(buf), dv.getUint16(0, true), dv.getInt8(0), dv.getFloat32(4), dv.getUint32(4).toString(16));
dv.setFloat64(0, Math.PI, true);
console.log(dv.getFloat64(0, true), dv.getBigUint64(0, true), dv.byteLength, dv.byteOffset);
console.log(buf.slice(2, 6).byteLength, buf.slice(-2).byteLength, ArrayBuffer.isView(dv), ArrayBuffer.isView(buf));
console.log(buf, dv);

// Resizable buffers and length-tracking views.
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const tracking = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 0, 4);
console.log(rab.resizable, rab.maxByteLength, tracking.length, fixed.length);
rab.resize(12);
tracking[10] = 7;
console.log(rab.byteLength, tracking.length, tracking[10], fixed.length);
rab.resize(2);
console.log(tracking.length, fixed.length, fixed.byteLength, fixed[0]);
try {
  rab.resize(32);
} catch (e) {
  console.log(e.constructor.name);
}

// Shared buffers and Atomics.
const sab = new SharedArrayBuffer(16);
const ia = new Int32Array(sab);
console.log(Atomics.add(ia, 0, 5), Atomics.sub(ia, 0, 2), Atomics.load(ia, 0));
console.log(Atomics.compareExchange(ia, 0, 3, 10), Atomics.exchange(ia, 1, 4), Atomics.or(ia, 1, 3), Atomics.xor(ia, 1, 1), ia);
console.log(Atomics.store(ia, 2, -1), Atomics.and(ia, 2, 0xff), Atomics.isLockFree(4), Atomics.notify(ia, 0, 1));
console.log(Atomics.wait(ia, 0, 0, 0), Atomics.wait(ia, 0, 10, 0));
try {
  Atomics.add(new Float64Array(1), 0, 1);
} catch (e) {
  console.log(e.constructor.name);
}

// Errors.
for (const f of [() => new ArrayBuffer(-1), () => new DataView(buf, 9), () => dv.getInt32(6), () => new ArrayBuffer(2 ** 40)]) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name);
  }
}
