// Top-level await across modules: an async dependency finishes before its importers run;
// siblings without await run in order.
import { slow } from './slow.mjs';
import { fast } from './fast.mjs';
import { afterSlow } from './after-slow.mjs';
console.log('main', slow, fast, afterSlow);
