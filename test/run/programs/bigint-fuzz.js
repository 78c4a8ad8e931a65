// Division (Knuth D corrections: halves of 0000, ffff, 8000, 7fff), asIntN/asUintN, shifts by
// signed counts, Number conversions and comparisons on 3000 structured pseudo-random operand pairs;
// prints a hash of all results (compared with Node's).
let seed = 987654321;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
const pieces = ['0000', 'ffff', '8000', '7fff', '0001', 'fffe', '1234', 'c0de'];
function big(maxHalves) {
  let s = ''; const n = 1 + rnd(maxHalves);
  for (let i = 0; i < n; i++) s += rnd(3) === 0 ? pieces[rnd(8)] : rnd(65536).toString(16).padStart(4, '0');
  let v = BigInt('0x' + s);
  return rnd(2) ? -v : v;
}
let out = [];
for (let k = 0; k < 3000; k++) {
  const a = big(24), b = big(12);
  if (b === 0n) continue;
  const q = a / b, r = a % b;
  out.push((q ^ (r << 3n)) % 1000000007n);
  const bits = rnd(200);
  out.push(BigInt.asIntN(bits, a) ^ BigInt.asUintN(bits, b));
  const sh = BigInt(rnd(300) - 150);
  out.push((a << sh) + (b >> sh));
  out.push(Number(a) + Number(b >> 7n), a < Number(b), a == Number(a));
  if (k % 100 === 0) out.push(a.toString(rnd(35) + 2));
}
let h = 0;
const text = out.join(',');
for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
console.log(out.length, text.length, h);
console.log(out.slice(0, 12).join(' '));
