// Helper (CommonJS): part of a require cycle with cjs-b.cjs.
exports.name = 'a';
exports.early = true;
const b = require('./cjs-b.cjs');
exports.seenFromB = b.sawA;
exports.done = true;
