// let in for loops creates a fresh binding per iteration; var does not.
const lets = [];
for (let i = 0; i < 4; i++) lets.push(() => i);
console.log(lets.map((f) => f()).join(' '));
const vars = [];
for (var j = 0; j < 4; j++) vars.push(() => j);
console.log(vars.map((f) => f()).join(' '));
const forIn = [];
for (const k in { a: 1, b: 2, c: 3 }) forIn.push(() => k);
console.log(forIn.map((f) => f()).join(' '));
const forOf = [];
for (const v of [10, 20, 30]) forOf.push(() => v);
console.log(forOf.map((f) => f()).join(' '));
const mutated = [];
for (let i = 0; i < 3; i++) { mutated.push(() => i); i++; }
console.log(mutated.map((f) => f()).join(' '));
