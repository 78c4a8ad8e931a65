// What console.log prints for various values (Node's util.inspect rules).
console.log(1, 'str', true, null, undefined, -0, 1n, Symbol('s'));
console.log([1, 'two', [3, [4, [5, [6]]]]]);
console.log({ a: 1, b: 'two', c: { d: { e: { f: 1 } } } });
console.log([], {}, [undefined, null], [, 1]);
console.log({ 'key with space': 1, valid_id: 2, 3: 'num' });
console.log(function named() {}, () => {}, class Foo {}, Math.max);
console.log(new Map([[1, 'a']]), new Set(['x']));
console.log(new Error('boom').message, [new Date(0)].length);
class Pt { constructor() { this.x = 1; } }
console.log(new Pt(), Object.create(null));
console.log('%s is %d years', 'Bob', 42, 'extra');
console.log(['a\nb'], 'a\nb', "it's", ["it's"]);
console.log(Array.from({ length: 120 }, (_, i) => i).length, new Array(5));
console.log({ f() {}, get g() { return 1; }, [Symbol('k')]: 2 });
