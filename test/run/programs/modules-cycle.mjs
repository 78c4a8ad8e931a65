// Module cycles: evaluation order and bindings that are read after both modules ran.
import { a, readB } from './lib/cycle-a.mjs';
import { b, callA } from './lib/cycle-b.mjs';
console.log(a, b, readB(), callA());
