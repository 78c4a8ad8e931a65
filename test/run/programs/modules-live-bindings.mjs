// Live bindings: importers (named, renamed, namespace) see the exporter's assignments.
import { count, label, bump, total } from './lib/counter.mjs';
import * as counter from './lib/counter.mjs';
console.log(count, total, label, counter.count);
bump();
bump(5);
console.log(count, total, label, counter.count, counter.total);
try { count = 10; } catch (e) { console.log(e.constructor.name, e.message); }
try { counter.count = 10; } catch (e) { console.log(e.constructor.name, e.message.includes("'count'")); }
try { counter.extra = 1; } catch (e) { console.log(e.constructor.name); }
console.log(Object.keys(counter).join(), Object.isExtensible(counter), Object.isFrozen(counter));
console.log(Object.getOwnPropertyDescriptor(counter, 'count').writable, delete counter.nothing);
console.log(Object.getPrototypeOf(counter), counter[Symbol.toStringTag], 'count' in counter);
