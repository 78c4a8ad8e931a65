'use strict';
// Strict mode: assignments to undeclared, read-only and non-extensible targets throw.
try { undeclared = 1; } catch (e) { console.log(e.name, e.message); }
try { Object.freeze({ a: 1 }).a = 2; } catch (e) { console.log(e.name, e.message); }
try { Object.preventExtensions({}).b = 1; } catch (e) { console.log(e.name, e.message); }
try { delete Object.prototype; } catch (e) { console.log(e.name, e.message); }
try { 'str'.len = 1; } catch (e) { console.log(e.name, e.message); }
console.log((function () { return this; })());
try { (function () { return arguments.callee; })(); } catch (e) { console.log(e.name); }
