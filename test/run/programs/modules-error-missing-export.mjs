// Linking fails: the imported module has no such export (a SyntaxError at the import).
import { square, nope } from './lib/math.mjs';
console.log('never printed', square, nope);
