// Object spread and Object.assign call getters and copy only own enumerable properties.
let gets = 0;
const src = Object.create({ inherited: 1 });
Object.defineProperty(src, 'g', { get() { gets++; return 'got'; }, enumerable: true });
Object.defineProperty(src, 'hidden', { value: 1, enumerable: false });
src.plain = 2;
const copy = { ...src };
console.log(JSON.stringify(copy), gets, Object.getOwnPropertyDescriptor(copy, 'g').value);
const assigned = Object.assign({}, src);
console.log(JSON.stringify(assigned), gets);
const target = { set s(v) { console.log('setter called with', v); } };
Object.assign(target, { s: 1 });
const spreadTarget = { ...{ s: 2 } };
console.log(spreadTarget.s);
