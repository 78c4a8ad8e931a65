// Currying, composition, pipelines and partial application.
const curry = (f) => function c(...args) { return args.length >= f.length ? f(...args) : (...more) => c(...args, ...more); };
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3));
const compose = (...fs) => (x) => fs.reduceRight((v, f) => f(v), x);
const pipe = (...fs) => (x) => fs.reduce((v, f) => f(v), x);
const inc = (x) => x + 1, dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
const partial = (f, ...pre) => (...rest) => f(...pre, ...rest);
console.log(partial(Math.max, 5)(1, 2), [1, 2, 3].map(partial((a, b) => a * b, 10)).join());
const counts = ['a', 'b', 'a', 'c', 'a'].reduce((acc, k) => ({ ...acc, [k]: (acc[k] || 0) + 1 }), {});
console.log(JSON.stringify(counts));
