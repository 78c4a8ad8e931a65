// Helper (CommonJS): requires cjs-a.cjs while it is loading (partial exports).
const a = require('./cjs-a.cjs');
exports.sawA = Object.keys(a).join();
