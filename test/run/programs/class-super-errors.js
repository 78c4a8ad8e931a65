// V8's wording when a class's super constructor is not a constructor (null, an object, a function, anonymous classes).
class D extends null {}
try { new D(); } catch (e) { console.log(e.message); }
const E = class extends Object {}; Object.setPrototypeOf(E, {});
try { new E(); } catch (e) { console.log(e.message); }
const F = (() => class extends Object {})(); Object.setPrototypeOf(F, Math.max);
try { new F(); } catch (e) { console.log(e.message); }
class G extends Object { constructor() { super(); } } Object.setPrototypeOf(G, null);
try { new G(); } catch (e) { console.log(e.message); }
