// BigInt arithmetic on pseudo-random operands of many sizes: every operator, identities, and a
// checksum of the results printed in several radixes (compared with Node's output).
let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const HEX = '0123456789abcdef';
function randomBigInt(maxDigits) {
  const len = 1 + rnd(maxDigits);
  let s = '';
  for (let i = 0; i < len; i++) s += HEX[rnd(16)];
  // Runs of f and 0 stress carries and borrows.
  if (rnd(4) === 0) s = s.replace(/[0-7]/g, 'f');
  if (rnd(5) === 0) s = s + '00000000';
  let v = BigInt('0x' + s);
  if (rnd(2) === 0) v = -v;
  return v;
}
const values = [0n, 1n, -1n, 2n, -2n, 0xffffffffn, 0x100000000n, -0x100000000n, 0xffffn, 0x10000n,
  2n ** 64n - 1n, -(2n ** 64n), 2n ** 127n, 12345678901234567890123456789n];
for (let i = 0; i < 60; i++) values.push(randomBigInt(i < 30 ? 12 : 70));

let failures = 0;
function check(cond, what) {
  if (!cond) {
    failures++;
    if (failures < 10) console.log('FAIL', what);
  }
}
let sum = 0n;
let lines = [];
for (let i = 0; i < values.length; i++) {
  for (let j = 0; j < values.length; j += 3) {
    const a = values[i];
    const b = values[j];
    const s = a + b, d = a - b, p = a * b;
    check(s - b === a, `${a} + ${b}`);
    check(d + b === a, `${a} - ${b}`);
    if (b !== 0n) {
      const q = a / b, r = a % b;
      check(q * b + r === a, `divmod ${a} ${b}`);
      check(r === 0n || (r < 0n) === (a < 0n), `rem sign ${a} ${b}`);
      check((r < 0n ? -r : r) < (b < 0n ? -b : b), `rem size ${a} ${b}`);
      check(p / b === a, `${a} * ${b} / ${b}`);
      sum += q ^ r;
    }
    check((a & b) + (a | b) === a + b, `and/or ${a} ${b}`);
    check((a ^ b) === (a | b) - (a & b), `xor ${a} ${b}`);
    check(~(a & b) === (~a | ~b), `de morgan ${a} ${b}`);
    sum += (s * 3n) ^ (d & p) ^ (a | b);
    if (j % 9 === 0) lines.push(`${a.toString(36)} ${b.toString(7)} ${(p % 1000000007n).toString()}`);
  }
  const a = values[i];
  for (const k of [0n, 1n, 31n, 32n, 33n, 64n, 100n]) {
    check((a << k) >> k === a, `shift ${a} ${k}`);
    check(a >> k === (a < 0n ? (a - (1n << k) + 1n) / (1n << k) : a / (1n << k)), `floor shift ${a} ${k}`);
    check((a << -k) === a >> k, `negative shift ${a} ${k}`);
  }
  check(BigInt(a.toString()) === a, `round trip ${a}`);
  check(BigInt('0x' + (a < 0n ? -a : a).toString(16)) === (a < 0n ? -a : a), `hex ${a}`);
  check(BigInt.asIntN(64, a) === BigInt.asIntN(64, BigInt.asUintN(64, a)), `asN ${a}`);
}
console.log('identities failed:', failures);
console.log('checksum', sum.toString(16).slice(0, 60), sum % 1000003n);
for (const l of lines.slice(0, 40)) console.log(l);
for (const v of values.slice(0, 20)) {
  console.log(v, v.toString(2).length, v.toString(3), BigInt.asIntN(13, v), BigInt.asUintN(70, v), Number(v));
}
