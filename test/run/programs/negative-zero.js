// -0: creation, printing, equality, Object.is, division, Math functions.
const nz = -0;
console.log(nz, String(nz), `${nz}`, nz.toString(), JSON.stringify(nz), [nz].join());
console.log(nz === 0, Object.is(nz, 0), Object.is(nz, -0), 1 / nz, 1 / 0);
console.log(Math.round(-0.4), Object.is(Math.round(-0.4), -0), Math.sign(-0), -0 + 0, 0 * -1);
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(-0, 0), -0));
console.log([0, -0].includes(-0), [-0].indexOf(0), new Set([0, -0]).size);
console.log(Object.is(-0 % 5, -0), Object.is(Math.abs(-0), 0), Object.is(Math.trunc(-0.5), -0));
console.log((-0).toFixed(2), Object.is(parseFloat('-0'), -0), Object.is(-'0', -0));
