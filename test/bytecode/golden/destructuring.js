const { a, b: { c = 1 } = {}, ...rest } = obj;
const [x, , y = 2, ...zs] = arr;
let p, q;
[p, q] = [q, p];
({ p, q: obj.prop } = { p: 1, q: 2 });
for (const [k, v] of Object.entries(obj)) k + v;
