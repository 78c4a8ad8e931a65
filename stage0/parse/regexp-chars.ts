// Character predicates and name tables used by the regular-expression parser (stage0/parse/regexp.ts).

import { BINARY_PROPERTIES, GENERAL_CATEGORY_VALUES, SCRIPT_VALUES, STRING_PROPERTIES } from './regexp-unicode-names.ts';
import type { UnicodePropertyEscape } from './regexp-ast.ts';

// The host's Unicode tables decide ID_Start / ID_Continue (as in the JS lexer); in stage1 this
// relies on Ouro's own regex engine supporting these two property escapes.
const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;

/** UnicodeIDStart: a code point (0..0x10FFFF) with the ID_Start property. */
export function isIdStart(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return ID_START.test(String.fromCodePoint(cp));
}

/** UnicodeIDContinue: a code point (0..0x10FFFF) with the ID_Continue property. */
export function isIdContinue(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  return ID_CONTINUE.test(String.fromCodePoint(cp));
}

/**
 * ClassSetReservedDoublePunctuator: && !! ## $$ %% ** ++ ,, .. :: ;; << == >> ?? @@ ^^ `` ~~,
 * i.e. the code units `c` and `next` are equal and one of these.
 */
export function isClassSetReservedDoublePunctuator(c: number, next: number): boolean {
  return c === next && c >= 0 && '&!#$%*+,.:;<=>?@^`~'.includes(String.fromCharCode(c));
}

const GENERAL_CATEGORY = new Set(GENERAL_CATEGORY_VALUES);
const SCRIPT = new Set(SCRIPT_VALUES);
const BINARY = new Set(BINARY_PROPERTIES);
const STRINGS = new Set(STRING_PROPERTIES);

/**
 * Resolves the contents of `\p{...}` (ECMA-262 §22.2.2.9): `name=value` for General_Category
 * (`gc`), Script (`sc`) and Script_Extensions (`scx`), or a lone General_Category value, binary
 * property, or property of strings. Names are matched exactly. Returns null if not a valid property.
 */
export function lookupUnicodeProperty(name: string, value: string | null): UnicodePropertyEscape['kind'] | null {
  if (value === null) {
    if (GENERAL_CATEGORY.has(name)) return 'generalCategory';
    if (BINARY.has(name)) return 'binary';
    if (STRINGS.has(name)) return 'strings';
    return null;
  }
  switch (name) {
    case 'General_Category': case 'gc':
      return GENERAL_CATEGORY.has(value) ? 'generalCategory' : null;
    case 'Script': case 'sc':
      return SCRIPT.has(value) ? 'script' : null;
    case 'Script_Extensions': case 'scx':
      return SCRIPT.has(value) ? 'scriptExtensions' : null;
    default:
      return null;
  }
}
