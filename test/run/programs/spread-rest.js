// Spread in calls, arrays and objects; rest parameters.
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(), sum(1, 2, 3), sum(...[4, 5], 6, ...new Set([7])));
const merged = [0, ...[1, 2], ...'ab', ...new Map([[1, 2]]).keys()];
console.log(merged.join());
const o = { a: 1, b: 2 };
const o2 = { ...o, b: 3, c: 4, ...null, ...'xy' };
console.log(JSON.stringify(o2));
function tail(head, ...rest) { return `${head}:${rest.length}`; }
console.log(tail(1), tail(1, 2, 3), tail.length);
console.log(Math.max(...[3, 9, 2]), Math.min(...[]));
const args = [2025, 0, 15];
console.log(new Date(...args).getFullYear());
