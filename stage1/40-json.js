// JSON.parse and JSON.stringify (ECMA-262 §25.5) with V8's error messages.
(function (K) {
  'use strict';

  const lib = K.lib;
  const isObj = lib.isObject;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectKeys = Object.keys;
  const ObjectIs = Object.is;

  // --- parse --------------------------------------------------------------------------------------

  /** Sources V8 names as a whole in its error message: `"undefined" is not valid JSON`. */
  const SPECIAL_SOURCES = ['NaN', 'Infinity', 'undefined', '[object Object]'];
  const MIN_LENGTH_FOR_CONTEXT = 21;
  const CONTEXT = 10;

  function syntaxError(message) {
    return new SyntaxError(message);
  }

  class JsonParser {
    constructor(source) {
      this.s = source;
      this.pos = 0;
    }

    /** The error for an unexpected character at `pos` (or the end of input). */
    unexpected(pos) {
      const s = this.s;
      if (pos >= s.length) return syntaxError('Unexpected end of JSON input');
      const c = s.charCodeAt(pos);
      if (c >= 48 && c <= 57 || c === 45) return syntaxError('Unexpected number in JSON at position ' + pos);
      if (c === 34) return syntaxError('Unexpected string in JSON at position ' + pos);
      if (SPECIAL_SOURCES.indexOf(s) !== -1) return syntaxError('"' + s + '" is not valid JSON');
      const token = s[pos];
      if (s.length < MIN_LENGTH_FOR_CONTEXT) return syntaxError("Unexpected token '" + token + "', \"" + s + '" is not valid JSON');
      if (pos < CONTEXT) {
        return syntaxError("Unexpected token '" + token + "', \"" + s.slice(0, pos + CONTEXT) + '"... is not valid JSON');
      }
      if (pos >= s.length - CONTEXT) {
        return syntaxError("Unexpected token '" + token + "', ...\"" + s.slice(pos - CONTEXT) + '" is not valid JSON');
      }
      return syntaxError("Unexpected token '" + token + "', ...\"" + s.slice(pos - CONTEXT, pos + CONTEXT) + '"... is not valid JSON');
    }

    errorAt(message, pos) {
      return syntaxError(message + ' in JSON at position ' + pos);
    }

    skipWhitespace() {
      const s = this.s;
      let p = this.pos;
      for (;;) {
        const c = s.charCodeAt(p);
        if (c === 32 || c === 10 || c === 13 || c === 9) p++;
        else break;
      }
      this.pos = p;
    }

    parseTop() {
      this.skipWhitespace();
      const value = this.parseValue();
      this.skipWhitespace();
      if (this.pos < this.s.length) throw syntaxError('Unexpected non-whitespace character after JSON at position ' + this.pos);
      return value;
    }

    parseValue() {
      this.skipWhitespace();
      const s = this.s;
      const p = this.pos;
      if (p >= s.length) throw this.unexpected(p);
      const c = s.charCodeAt(p);
      if (c === 34) return this.parseString();
      if (c === 123) return this.parseObject();
      if (c === 91) return this.parseArray();
      if (c === 45 || (c >= 48 && c <= 57)) return this.parseNumber();
      if (c === 116) return this.parseLiteral('true', true);
      if (c === 102) return this.parseLiteral('false', false);
      if (c === 110) return this.parseLiteral('null', null);
      throw this.unexpected(p);
    }

    parseLiteral(word, value) {
      const s = this.s;
      for (let i = 0; i < word.length; i++) {
        const p = this.pos + i;
        if (p >= s.length) throw syntaxError('Unexpected end of JSON input');
        if (s.charCodeAt(p) !== word.charCodeAt(i)) throw this.unexpected(p);
      }
      this.pos += word.length;
      return value;
    }

    parseNumber() {
      // Digit tests are inlined: calls are what costs in the interpreter.
      const s = this.s;
      const start = this.pos;
      let p = start;
      let c = s.charCodeAt(p);
      if (c === 45) {
        c = s.charCodeAt(++p);
        if (!(c >= 48 && c <= 57)) throw this.errorAt('No number after minus sign', p);
      }
      if (c === 48) {
        c = s.charCodeAt(++p);
        if (c >= 48 && c <= 57) throw this.errorAt('Unexpected number', p);
      } else {
        while (c >= 48 && c <= 57) c = s.charCodeAt(++p);
      }
      if (c === 46) {
        c = s.charCodeAt(++p);
        if (!(c >= 48 && c <= 57)) throw this.errorAt('Unterminated fractional number', p);
        while (c >= 48 && c <= 57) c = s.charCodeAt(++p);
      }
      if (c === 101 || c === 69) {
        c = s.charCodeAt(++p);
        if (c === 43 || c === 45) c = s.charCodeAt(++p);
        if (!(c >= 48 && c <= 57)) throw this.errorAt('Exponent part is missing a number', p);
        while (c >= 48 && c <= 57) c = s.charCodeAt(++p);
      }
      this.pos = p;
      return +s.slice(start, p);
    }

    parseString() {
      const s = this.s;
      const n = s.length;
      let p = this.pos + 1;
      let start = p;
      let out = '';
      for (;;) {
        // Plain characters in a tight loop; stop at a quote, a backslash or a control character.
        let c = s.charCodeAt(p);
        while (c !== 34 && c !== 92 && c >= 32) c = s.charCodeAt(++p);
        if (p >= n) throw this.errorAt('Unterminated string', p);
        if (c === 34) break;
        if (c < 32) throw this.errorAt('Bad control character in string literal', p);
        out += s.slice(start, p);
        p++;
        if (p >= s.length) throw syntaxError('Unexpected end of JSON input');
        const e = s.charCodeAt(p);
        switch (e) {
          case 34: out += '"'; break;
          case 92: out += '\\'; break;
          case 47: out += '/'; break;
          case 98: out += '\b'; break;
          case 102: out += '\f'; break;
          case 110: out += '\n'; break;
          case 114: out += '\r'; break;
          case 116: out += '\t'; break;
          case 117: {
            let code = 0;
            for (let i = 1; i <= 4; i++) {
              const h = hexValue(s.charCodeAt(p + i));
              if (h < 0) throw this.errorAt('Bad Unicode escape', p + i);
              code = code * 16 + h;
            }
            out += String.fromCharCode(code);
            p += 4;
            break;
          }
          default:
            throw this.errorAt('Bad escaped character', p);
        }
        p++;
        start = p;
      }
      this.pos = p + 1;
      return out + s.slice(start, p);
    }

    parseArray() {
      const s = this.s;
      this.pos++;
      const result = [];
      this.skipWhitespace();
      if (s.charCodeAt(this.pos) === 93) {
        this.pos++;
        return result;
      }
      for (;;) {
        result.push(this.parseValue());
        this.skipWhitespace();
        const c = s.charCodeAt(this.pos);
        if (c === 44) {
          this.pos++;
          continue;
        }
        if (c === 93) {
          this.pos++;
          return result;
        }
        throw this.errorAt("Expected ',' or ']' after array element", this.pos);
      }
    }

    parseObject() {
      const s = this.s;
      this.pos++;
      const result = {};
      this.skipWhitespace();
      if (s.charCodeAt(this.pos) === 125) {
        this.pos++;
        return result;
      }
      if (s.charCodeAt(this.pos) !== 34) throw this.errorAt("Expected property name or '}'", this.pos);
      for (;;) {
        const key = this.parseString();
        this.skipWhitespace();
        if (s.charCodeAt(this.pos) !== 58) throw this.errorAt("Expected ':' after property name", this.pos);
        this.pos++;
        const value = this.parseValue();
        if (key === '__proto__') ObjectDefineProperty(result, key, { value, writable: true, enumerable: true, configurable: true });
        else result[key] = value;
        this.skipWhitespace();
        const c = s.charCodeAt(this.pos);
        if (c === 44) {
          this.pos++;
          this.skipWhitespace();
          if (s.charCodeAt(this.pos) !== 34) throw this.errorAt('Expected double-quoted property name', this.pos);
          continue;
        }
        if (c === 125) {
          this.pos++;
          return result;
        }
        throw this.errorAt("Expected ',' or '}' after property value", this.pos);
      }
    }

    // --- Parsing with JSON Parse Records (for a reviver's `context.source`) ---------------------
    // A record is { value, source, elements, entries }: `source` is the source text of a primitive,
    // `elements` the records of an array's elements, `entries` those of an object's properties by
    // key (the last of duplicate keys wins, as for the value).

    parseTopTracked() {
      this.skipWhitespace();
      const record = this.parseValueTracked();
      this.skipWhitespace();
      if (this.pos < this.s.length) throw syntaxError('Unexpected non-whitespace character after JSON at position ' + this.pos);
      return record;
    }

    parseValueTracked() {
      this.skipWhitespace();
      const s = this.s;
      const c = s.charCodeAt(this.pos);
      if (c === 91) return this.parseArrayTracked();
      if (c === 123) return this.parseObjectTracked();
      const start = this.pos;
      const value = this.parseValue();
      return { value, source: s.slice(start, this.pos), elements: undefined, entries: undefined };
    }

    parseArrayTracked() {
      const s = this.s;
      this.pos++;
      const value = [];
      const elements = [];
      const record = { value, source: undefined, elements, entries: undefined };
      this.skipWhitespace();
      if (s.charCodeAt(this.pos) === 93) {
        this.pos++;
        return record;
      }
      for (;;) {
        const element = this.parseValueTracked();
        value.push(element.value);
        elements.push(element);
        this.skipWhitespace();
        const c = s.charCodeAt(this.pos);
        if (c === 44) {
          this.pos++;
          continue;
        }
        if (c === 93) {
          this.pos++;
          return record;
        }
        throw this.errorAt("Expected ',' or ']' after array element", this.pos);
      }
    }

    parseObjectTracked() {
      const s = this.s;
      this.pos++;
      const value = {};
      const entries = Object.create(null);
      const record = { value, source: undefined, elements: undefined, entries };
      this.skipWhitespace();
      if (s.charCodeAt(this.pos) === 125) {
        this.pos++;
        return record;
      }
      if (s.charCodeAt(this.pos) !== 34) throw this.errorAt("Expected property name or '}'", this.pos);
      for (;;) {
        const key = this.parseString();
        this.skipWhitespace();
        if (s.charCodeAt(this.pos) !== 58) throw this.errorAt("Expected ':' after property name", this.pos);
        this.pos++;
        const entry = this.parseValueTracked();
        ObjectDefineProperty(value, key, { value: entry.value, writable: true, enumerable: true, configurable: true });
        entries[key] = entry;
        this.skipWhitespace();
        const c = s.charCodeAt(this.pos);
        if (c === 44) {
          this.pos++;
          this.skipWhitespace();
          if (s.charCodeAt(this.pos) !== 34) throw this.errorAt('Expected double-quoted property name', this.pos);
          continue;
        }
        if (c === 125) {
          this.pos++;
          return record;
        }
        throw this.errorAt("Expected ',' or '}' after property value", this.pos);
      }
    }
  }

  function isDigit(c) {
    return c >= 48 && c <= 57;
  }

  function hexValue(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  }

  /**
   * InternalizeJSONProperty(holder, name, reviver, parseRecord) (§25.5.1.1): the reviver gets a
   * context object whose `source` is the source text of a primitive value that is still the one
   * parsed.
   */
  function internalize(holder, name, reviver, record) {
    const val = holder[name];
    const context = {};
    let elementRecords;
    let entryRecords;
    if (record !== undefined && ObjectIs(record.value, val)) {
      if (!isObj(val)) lib.createDataProperty(context, 'source', record.source);
      elementRecords = record.elements;
      entryRecords = record.entries;
    }
    if (isObj(val)) {
      if (Array.isArray(val)) {
        const len = lib.lengthOf(val);
        const known = elementRecords === undefined ? 0 : elementRecords.length;
        for (let i = 0; i < len; i++) {
          const key = '' + i;
          const newElement = internalize(val, key, reviver, i < known ? elementRecords[i] : undefined);
          if (newElement === undefined) deleteQuietly(val, key);
          else createQuietly(val, key, newElement);
        }
      } else {
        const keys = ObjectKeys(val);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const newElement = internalize(val, key, reviver, entryRecords === undefined ? undefined : entryRecords[key]);
          if (newElement === undefined) deleteQuietly(val, key);
          else createQuietly(val, key, newElement);
        }
      }
    }
    return reviver.call(holder, name, val, context);
  }

  /** ? val.[[Delete]](key): a false result is ignored, as in the spec. */
  function deleteQuietly(o, key) {
    lib.Reflect.deleteProperty(o, key);
  }

  /** ? CreateDataProperty(o, key, v): a false result is ignored too. */
  function createQuietly(o, key, v) {
    lib.Reflect.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true });
  }

  function parse(text, reviver) {
    const source = lib.toStringValue(text);
    if (typeof reviver !== 'function') return new JsonParser(source).parseTop();
    const record = new JsonParser(source).parseTopTracked();
    const root = {};
    lib.createDataProperty(root, '', record.value);
    return internalize(root, '', reviver, record);
  }

  // --- JSON.rawJSON, JSON.isRawJSON -----------------------------------------------------------------

  /** Objects made by JSON.rawJSON carry [[IsRawJSON]]: the private field here. */
  class RawJSON {
    #isRawJSON = true;

    static is(o) {
      return isObj(o) && #isRawJSON in o;
    }
  }

  function isJsonWhitespace(c) {
    return c === 9 || c === 10 || c === 13 || c === 32;
  }

  function rawJSON(text) {
    const jsonString = lib.toStringValue(text);
    const n = jsonString.length;
    if (n === 0 || isJsonWhitespace(jsonString.charCodeAt(0)) || isJsonWhitespace(jsonString.charCodeAt(n - 1))) {
      throw syntaxError('Invalid value for JSON.rawJSON');
    }
    const first = jsonString.charCodeAt(0);
    if (first === 123 || first === 91) throw syntaxError('Invalid value for JSON.rawJSON');
    new JsonParser(jsonString).parseTop();
    const obj = new RawJSON();
    Object.setPrototypeOf(obj, null);
    lib.createDataProperty(obj, 'rawJSON', jsonString);
    Object.freeze(obj);
    return obj;
  }

  function isRawJSON(O) {
    return RawJSON.is(O);
  }

  // --- stringify -----------------------------------------------------------------------------------

  function hex4(c) {
    const h = c.toString(16);
    return '\\u' + '0000'.slice(h.length) + h;
  }

  /** QuoteJSONString (§25.5.2.3), well-formed (lone surrogates escaped). */
  function quote(s) {
    let out = '"';
    let last = 0;
    const len = s.length;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      let esc;
      if (c < 32) {
        if (c === 8) esc = '\\b';
        else if (c === 9) esc = '\\t';
        else if (c === 10) esc = '\\n';
        else if (c === 12) esc = '\\f';
        else if (c === 13) esc = '\\r';
        else esc = hex4(c);
      } else if (c === 34) {
        esc = '\\"';
      } else if (c === 92) {
        esc = '\\\\';
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < len) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            i++;
            continue;
          }
        }
        esc = hex4(c);
      } else {
        continue;
      }
      out += s.slice(last, i) + esc;
      last = i + 1;
    }
    return out + s.slice(last) + '"';
  }

  function constructorNameOf(o) {
    let p = o;
    while (p !== null) {
      const d = Object.getOwnPropertyDescriptor(p, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && d.value.name) return d.value.name;
      p = Object.getPrototypeOf(p);
    }
    return 'Object';
  }

  function keyDescription(key) {
    return typeof key === 'number' || lib.isArrayIndexString(key) ? 'index ' + key : "property '" + key + "'";
  }

  /** V8's message for a cycle: the path from the first object on the cycle back to itself. */
  function circularError(state, value, key) {
    const stack = state.stack;
    const keys = state.keys;
    const start = stack.indexOf(value);
    let message = 'Converting circular structure to JSON\n    --> starting at object with constructor \'' + constructorNameOf(stack[start]) + "'";
    const middle = [];
    for (let i = start + 1; i < stack.length; i++) {
      middle.push('\n    |     ' + keyDescription(keys[i]) + ' -> object with constructor \'' + constructorNameOf(stack[i]) + "'");
    }
    if (middle.length > 3) {
      message += middle[0] + middle[1] + '\n    |     ...' + middle[middle.length - 1];
    } else {
      message += middle.join('');
    }
    message += '\n    --- ' + keyDescription(key) + ' closes the circle';
    return new TypeError(message);
  }

  /** SerializeJSONProperty (§25.5.2.2); returns undefined for "no output". */
  function serializeProperty(state, key, holder) {
    return serializeValue(state, key, holder, holder[key]);
  }

  /** SerializeJSONProperty after the Get of holder[key] (`value`). */
  function serializeValue(state, key, holder, value) {
    if (isObj(value)) {
      const toJSON = value.toJSON;
      if (typeof toJSON === 'function') value = toJSON.call(value, key);
    } else if (typeof value === 'bigint') {
      // GetV(value, 'toJSON'): found on %BigInt.prototype%, getters see the primitive as `this`.
      const toJSON = value.toJSON;
      if (typeof toJSON === 'function') value = toJSON.call(value, key);
    }
    if (state.replacer !== undefined) value = state.replacer.call(holder, key, value);
    if (isObj(value)) {
      if (RawJSON.is(value)) return value.rawJSON;
      const kind = K.internalKind(value);
      if (kind === 'Number') value = +value;
      else if (kind === 'String') value = lib.toStringValue(value);
      else if (kind === 'Boolean' || kind === 'BigInt') value = K.primitiveValue(value);
    }
    if (value === null) return 'null';
    switch (typeof value) {
      case 'boolean':
        return value ? 'true' : 'false';
      case 'string':
        return quote(value);
      case 'number':
        return value === value && value !== Infinity && value !== -Infinity ? '' + value : 'null';
      case 'bigint':
        throw new TypeError('Do not know how to serialize a BigInt');
      case 'object':
        return Array.isArray(value) ? serializeArray(state, value, key) : serializeObject(state, value, key);
      default:
        return undefined;
    }
  }

  function enter(state, value, key) {
    if (state.stack.indexOf(value) !== -1) throw circularError(state, value, key);
    state.stack.push(value);
    state.keys.push(key);
  }

  function leave(state) {
    state.stack.pop();
    state.keys.pop();
  }

  function serializeObject(state, value, key) {
    enter(state, value, key);
    const stepback = state.indent;
    state.indent = stepback + state.gap;
    const keys = state.propertyList !== undefined ? state.propertyList : ObjectKeys(value);
    const partial = [];
    for (let i = 0; i < keys.length; i++) {
      const p = keys[i];
      const str = serializeProperty(state, p, value);
      if (str === undefined) continue;
      partial.push(quote(p) + (state.gap === '' ? ':' : ': ') + str);
    }
    let final;
    if (partial.length === 0) {
      final = '{}';
    } else if (state.gap === '') {
      final = '{' + partial.join(',') + '}';
    } else {
      final = '{\n' + state.indent + partial.join(',\n' + state.indent) + '\n' + stepback + '}';
    }
    leave(state);
    state.indent = stepback;
    return final;
  }

  function serializeArray(state, value, key) {
    enter(state, value, key);
    const stepback = state.indent;
    state.indent = stepback + state.gap;
    const len = lib.lengthOf(value);
    const partial = [];
    const plain = state.replacer === undefined;
    for (let i = 0; i < len; i++) {
      const v = value[i];
      // Primitive elements need no toJSON/replacer step (and no string key).
      if (plain && typeof v === 'number') partial.push(v === v && v !== Infinity && v !== -Infinity ? '' + v : 'null');
      else if (plain && typeof v === 'string') partial.push(quote(v));
      else if (plain && (v === null || typeof v === 'boolean')) partial.push(v === null ? 'null' : v ? 'true' : 'false');
      else {
        const str = serializeValue(state, '' + i, value, v);
        partial.push(str === undefined ? 'null' : str);
      }
    }
    let final;
    if (partial.length === 0) {
      final = '[]';
    } else if (state.gap === '') {
      final = '[' + partial.join(',') + ']';
    } else {
      final = '[\n' + state.indent + partial.join(',\n' + state.indent) + '\n' + stepback + ']';
    }
    leave(state);
    state.indent = stepback;
    return final;
  }

  function stringify(value, replacer, space) {
    const state = { replacer: undefined, propertyList: undefined, gap: '', indent: '', stack: [], keys: [] };
    if (typeof replacer === 'function') {
      state.replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const list = [];
      const len = lib.lengthOf(replacer);
      for (let i = 0; i < len; i++) {
        const v = replacer[i];
        let item;
        if (typeof v === 'string') item = v;
        else if (typeof v === 'number') item = '' + v;
        else if (isObj(v)) {
          const kind = K.internalKind(v);
          if (kind === 'String' || kind === 'Number') item = lib.toStringValue(v);
        }
        if (item !== undefined && list.indexOf(item) === -1) list.push(item);
      }
      state.propertyList = list;
    }
    if (isObj(space)) {
      const kind = K.internalKind(space);
      if (kind === 'Number') space = +space;
      else if (kind === 'String') space = lib.toStringValue(space);
    }
    if (typeof space === 'number') {
      const n = Math.min(10, lib.toIntegerOrInfinity(space));
      state.gap = n >= 1 ? ' '.repeat(n) : '';
    } else if (typeof space === 'string') {
      state.gap = space.length <= 10 ? space : space.slice(0, 10);
    }
    const wrapper = {};
    lib.createDataProperty(wrapper, '', value);
    return serializeProperty(state, '', wrapper);
  }

  const JSONObject = Object.create(Object.prototype);
  // Concise methods: built-in functions are not constructors and have no `prototype`.
  lib.defineMethods(JSONObject, {
    parse(text, reviver) {
      return parse(text, reviver);
    },
    stringify(value, replacer, space) {
      return stringify(value, replacer, space);
    },
    rawJSON(text) {
      return rawJSON(text);
    },
    isRawJSON(O) {
      return isRawJSON(O);
    },
  }, { parse: 2, stringify: 3, rawJSON: 1, isRawJSON: 1 });
  lib.defineReadOnly(JSONObject, Symbol.toStringTag, 'JSON');
  lib.defineGlobal('JSON', JSONObject);
  lib.jsonQuote = quote;
})(__ouro);
