// A cycle: b runs first, calls a's hoisted function (fine) and reads a's let (TDZ).
import { fromA, aValue } from './a.mjs';
import { fromB, report } from './b.mjs';
console.log(fromA(), fromB(), aValue);
console.log(report.join(' | '));
