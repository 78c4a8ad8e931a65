// The global `console` (Node 20's behaviour: log/info/debug/dirxml to stdout, error/warn/trace
// to stderr, group indentation, counters, timers, console.table) on K.writeStdout/K.writeStderr.
(function (K) {
  'use strict';

  const lib = K.lib;
  const inspect = lib.inspect;
  const formatWithOptions = lib.formatWithOptions;

  let groupIndent = '';
  const groupIndentationWidth = 2;
  const counts = new Map();
  const times = new Map();

  function write(toStdout, string) {
    if (groupIndent.length !== 0) {
      if (string.indexOf('\n') !== -1) string = string.split('\n').join('\n' + groupIndent);
      string = groupIndent + string;
    }
    string += '\n';
    if (toStdout) K.writeStdout(string);
    else K.writeStderr(string);
  }

  function emitWarning(message) {
    K.writeStderr('(ouro) Warning: ' + message + '\n');
  }

  function log(...args) {
    write(true, formatWithOptions(undefined, args));
  }

  function warn(...args) {
    write(false, formatWithOptions(undefined, args));
  }

  function formatTime(ms) {
    let hours = 0;
    let minutes = 0;
    let seconds = 0;
    if (ms >= 1000) {
      if (ms >= 60000) {
        if (ms >= 3600000) {
          hours = Math.floor(ms / 3600000);
          ms = ms % 3600000;
        }
        minutes = Math.floor(ms / 60000);
        ms = ms % 60000;
      }
      seconds = ms / 1000;
    }
    if (hours !== 0 || minutes !== 0) {
      const parts = seconds.toFixed(3).split('.');
      const res = hours !== 0 ? hours + ':' + pad2(minutes) : '' + minutes;
      return res + ':' + pad2(parts[0]) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
    }
    if (seconds !== 0) return seconds.toFixed(3) + 's';
    return Number(ms.toFixed(3)) + 'ms';
  }

  function pad2(v) {
    return ('' + v).padStart(2, '0');
  }

  function timeLogImpl(name, label, data) {
    const start = times.get(label);
    if (start === undefined) {
      emitWarning("No such label '" + label + "' for console." + name + '()');
      return false;
    }
    const formatted = formatTime(K.now() - start);
    if (data === undefined) log('%s: %s', label, formatted);
    else log('%s: %s', label, formatted, ...data);
    return true;
  }

  // console.table --------------------------------------------------------------------------------

  function renderRow(row, columnWidths) {
    let out = '│ ';
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      const needed = columnWidths[i] - lib.getStringWidth(cell);
      out += cell + ' '.repeat(Math.ceil(needed));
      if (i !== row.length - 1) out += ' │ ';
    }
    return out + ' │';
  }

  function renderTable(head, columns) {
    const rows = [];
    const columnWidths = head.map((h) => lib.getStringWidth(h));
    let longestColumn = 0;
    for (let i = 0; i < columns.length; i++) {
      if (columns[i].length > longestColumn) longestColumn = columns[i].length;
    }
    for (let i = 0; i < head.length; i++) {
      const column = columns[i];
      for (let j = 0; j < longestColumn; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
        const width = columnWidths[i] || 0;
        const counted = lib.getStringWidth(value);
        columnWidths[i] = Math.max(width, counted);
      }
    }
    const divider = columnWidths.map((w) => '─'.repeat(w + 2));
    let result = '┌' + divider.join('┬') + '┐\n' + renderRow(head, columnWidths) + '\n' +
      '├' + divider.join('┼') + '┤\n';
    for (let i = 0; i < rows.length; i++) result += renderRow(rows[i], columnWidths) + '\n';
    result += '└' + divider.join('┴') + '┘';
    return result;
  }

  function table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new TypeError('The "properties" argument must be an instance of Array.' + received(properties));
    }
    if (tabularData === null || typeof tabularData !== 'object') return log(tabularData);
    const final = (k, v) => log(renderTable(k, v));
    const inspectCell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
    };
    const getIndexArray = (length) => {
      const r = [];
      for (let i = 0; i < length; i++) r.push(inspectCell(i));
      return r;
    };

    const preview = lib.collectionIteratorPreview !== undefined ? lib.collectionIteratorPreview(tabularData) : undefined;
    if ((preview !== undefined && preview.isKeyValue) || lib.isMap(tabularData)) {
      const entries = preview !== undefined ? preview.entries : lib.mapEntries(tabularData);
      const keys = [];
      const values = [];
      for (let i = 0; i < entries.length; i += 2) {
        keys.push(inspectCell(entries[i]));
        values.push(inspectCell(entries[i + 1]));
      }
      return final(['(iteration index)', 'Key', 'Values'], [getIndexArray(keys.length), keys, values]);
    }
    if (preview !== undefined || lib.isSet(tabularData)) {
      const list = preview !== undefined ? preview.entries : lib.setValues(tabularData);
      const values = list.map(inspectCell);
      return final(['(iteration index)', 'Values'], [getIndexArray(values.length), values]);
    }

    // Columns by property name, in the order of an object's keys (array indices first, in
    // numeric order, then the others in insertion order), kept in a Map.
    const columns = new Map();
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = inspectCell(item);
      } else {
        const keys = properties || Object.keys(item);
        for (let k = 0; k < keys.length; k++) {
          const key = '' + keys[k];
          let column = columns.get(key);
          if (column === undefined) {
            column = [];
            columns.set(key, column);
          }
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) column[i] = '';
          else column[i] = inspectCell(item[key]);
        }
      }
    }
    const names = [];
    columns.forEach((_, key) => names.push(key));
    const indexNames = names.filter((k) => lib.isArrayIndexString(k)).sort((a, b) => a - b);
    const keys = indexNames.concat(names.filter((k) => !lib.isArrayIndexString(k)));
    const values = keys.map((k) => columns.get(k));
    if (hasPrimitives) {
      keys.push('Values');
      values.push(valuesKeyArray);
    }
    keys.unshift('(index)');
    values.unshift(indexKeyArray);
    return final(keys, values);
  }

  function received(v) {
    return ' Received ' + inspect(v);
  }

  // The console object ------------------------------------------------------------------------------

  const console = {
    log,
    warn,
    dir(object, options) {
      write(true, inspect(object, Object.assign({ customInspect: false }, options)));
    },
    time(label = 'default') {
      label = '' + label;
      if (times.has(label)) {
        emitWarning("Label '" + label + "' already exists for console.time()");
        return;
      }
      times.set(label, K.now());
    },
    timeEnd(label = 'default') {
      label = '' + label;
      if (timeLogImpl('timeEnd', label)) times.delete(label);
    },
    timeLog(label = 'default', ...data) {
      label = '' + label;
      timeLogImpl('timeLog', label, data);
    },
    trace: function trace(...args) {
      const message = formatWithOptions(undefined, args);
      let frames = '';
      const stack = new Error().stack;
      if (typeof stack === 'string') {
        // Drop the header and the frame of console.trace itself.
        const first = stack.indexOf('\n    at ');
        if (first !== -1) {
          const second = stack.indexOf('\n    at ', first + 1);
          frames = second !== -1 ? stack.slice(second) : '';
        }
      }
      warn((message === '' ? 'Trace' : 'Trace: ' + message) + frames);
    },
    assert(expression, ...args) {
      if (!expression) {
        args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + `${args[0]}`);
        warn(...args);
      }
    },
    clear() {},
    count(label = 'default') {
      label = '' + label;
      let count = counts.get(label);
      count = count === undefined ? 1 : count + 1;
      counts.set(label, count);
      log(label + ': ' + count);
    },
    countReset(label = 'default') {
      label = '' + label;
      if (!counts.has(label)) {
        emitWarning("Count for '" + label + "' does not exist");
        return;
      }
      counts.delete(label);
    },
    group(...data) {
      if (data.length > 0) log(...data);
      groupIndent += ' '.repeat(groupIndentationWidth);
    },
    groupEnd() {
      groupIndent = groupIndent.slice(0, groupIndent.length - groupIndentationWidth);
    },
    table,
    debug: log,
    info: log,
    dirxml: log,
    error: warn,
    groupCollapsed: undefined,
  };
  console.groupCollapsed = console.group;
  Object.defineProperty(console, Symbol.toStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });
  lib.defineGlobal('console', console);
  lib.console = console;
})(__ouro);
