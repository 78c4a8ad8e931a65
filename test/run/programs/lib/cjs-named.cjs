// Helper (CommonJS) for modules-import-commonjs.mjs: named exports found by the lexer.
const version = 3;
function add(a, b) { return a + b; }
exports.flag = true;
module.exports.later = () => exports.flag;
module.exports = Object.assign(module.exports, { version, add });
