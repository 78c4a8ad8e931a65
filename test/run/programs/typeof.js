// typeof for every kind of value, including undeclared identifiers.
const values = [undefined, null, true, 0, -1.5, NaN, 10n, '', 's', Symbol(), {}, [], () => {}, class {}, function* () {}, async () => {}, new Date(0), /re/, new Map(), Object(1)];
console.log(values.map((v) => typeof v).join(' '));
console.log(typeof undeclaredVariable, typeof typeof 1);
console.log(typeof Math, typeof JSON, typeof globalThis, typeof console.log);
