// Helper (CommonJS): module.exports replaced.
let calls = 0;
module.exports = function twice(x) { calls++; return x * 2; };
module.exports.calls = () => calls;
