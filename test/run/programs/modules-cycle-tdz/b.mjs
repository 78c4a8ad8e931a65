import { fromA, aValue } from './a.mjs';
export const report = [];
export function fromB() { return 'B'; }
report.push(typeof fromA);
try { report.push(aValue); } catch (e) { report.push(e.name + ': ' + e.message); }
try { report.push(fromA()); } catch (e) { report.push(e.name); }
console.log('b evaluated');
