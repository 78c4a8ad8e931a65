// Loading fails: the imported file does not exist (Node's ERR_MODULE_NOT_FOUND message).
import { x } from './lib/no-such-module.mjs';
console.log('never printed', x);
