// A syntax error in an imported module: reported with that module's file:line:col.
import { ok } from './lib/bad-syntax.mjs';
console.log('never printed', ok);
