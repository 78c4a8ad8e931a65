// Immediately invoked function expressions in their different spellings.
(function () { console.log('classic iife'); })();
(function () { console.log('inner parens'); }());
!function () { console.log('bang iife'); }();
void function () { console.log('void iife'); }();
(() => console.log('arrow iife'))();
const r = (async () => 'async iife')();
r.then(console.log);
const v = (function named(n) { return n ? n + named(n - 1) : 0; })(4);
console.log(v);
