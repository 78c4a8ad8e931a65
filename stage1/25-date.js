// Date (ECMA-262 §21.4) with V8's string formats. Local time is UTC unless the kernel provides
// K.localOffset(t) (ms to add to UTC) and K.timezoneName(t); Node here runs with TZ=UTC too.
//
// Date must be callable without `new` (it then returns a string), so it is a plain function,
// not a class; the [[DateValue]] slot is a private field stamped onto the new object by a helper
// class whose base constructor returns the object it is given.
(function (K) {
  'use strict';

  const lib = K.lib;
  const msPerDay = 86400000;
  const MAX_TIME = 8.64e15;
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

  // --- The [[DateValue]] slot ----------------------------------------------------------------------

  class ReturnsArgument {
    constructor(o) {
      return o;
    }
  }

  class DateSlot extends ReturnsArgument {
    #t;

    constructor(o, t) {
      super(o);
      this.#t = t;
    }

    static has(o) {
      return lib.isObject(o) && #t in o;
    }

    static get(o) {
      return o.#t;
    }

    static set(o, t) {
      o.#t = t;
    }
  }

  function thisTimeValue(o) {
    if (!DateSlot.has(o)) throw new TypeError('this is not a Date object.');
    return DateSlot.get(o);
  }

  // --- Time arithmetic (§21.4.1) ---------------------------------------------------------------------

  const day = (t) => Math.floor(t / msPerDay);
  const timeWithinDay = (t) => ((t % msPerDay) + msPerDay) % msPerDay;
  const daysInYear = (y) => (y % 4 !== 0 ? 365 : y % 100 !== 0 ? 366 : y % 400 !== 0 ? 365 : 366);
  const dayFromYear = (y) => 365 * (y - 1970) + Math.floor((y - 1969) / 4) - Math.floor((y - 1901) / 100) + Math.floor((y - 1601) / 400);
  const timeFromYear = (y) => msPerDay * dayFromYear(y);

  function yearFromTime(t) {
    let y = Math.floor(t / (msPerDay * 365.2425)) + 1970;
    while (timeFromYear(y) > t) y--;
    while (timeFromYear(y + 1) <= t) y++;
    return y;
  }

  const CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

  function monthStart(m, leap) {
    return CUMULATIVE[m] + (leap && m >= 2 ? 1 : 0);
  }

  /** { year, month, date } of time value t. */
  function ymd(t) {
    const year = yearFromTime(t);
    const dayInYear = day(t) - dayFromYear(year);
    const leap = daysInYear(year) === 366;
    let month = 0;
    while (month < 11 && dayInYear >= monthStart(month + 1, leap)) month++;
    return { year, month, date: dayInYear - monthStart(month, leap) + 1 };
  }

  const weekDay = (t) => (((day(t) + 4) % 7) + 7) % 7;
  const hourFromTime = (t) => Math.floor(timeWithinDay(t) / 3600000);
  const minFromTime = (t) => Math.floor(timeWithinDay(t) / 60000) % 60;
  const secFromTime = (t) => Math.floor(timeWithinDay(t) / 1000) % 60;
  const msFromTime = (t) => timeWithinDay(t) % 1000;

  function toIntegerNumber(v) {
    const n = +v;
    if (n !== n) return NaN;
    return n < 0 ? -Math.floor(-n) : Math.floor(n);
  }

  function makeTime(hour, min, sec, ms) {
    if (!isFinite(hour) || !isFinite(min) || !isFinite(sec) || !isFinite(ms)) return NaN;
    return toIntegerNumber(hour) * 3600000 + toIntegerNumber(min) * 60000 + toIntegerNumber(sec) * 1000 + toIntegerNumber(ms);
  }

  function makeDay(year, month, date) {
    if (!isFinite(year) || !isFinite(month) || !isFinite(date)) return NaN;
    const y = toIntegerNumber(year);
    const m = toIntegerNumber(month);
    const dt = toIntegerNumber(date);
    const ym = y + Math.floor(m / 12);
    if (Math.abs(ym) > 400000) return NaN;
    const mn = ((m % 12) + 12) % 12;
    const leap = daysInYear(ym) === 366;
    return dayFromYear(ym) + monthStart(mn, leap) + dt - 1;
  }

  function makeDate(dayValue, time) {
    if (!isFinite(dayValue) || !isFinite(time)) return NaN;
    const tv = dayValue * msPerDay + time;
    return isFinite(tv) ? tv : NaN;
  }

  function timeClip(time) {
    if (!isFinite(time) || Math.abs(time) > MAX_TIME) return NaN;
    return toIntegerNumber(time) + 0;
  }

  function localOffset(t) {
    return typeof K.localOffset === 'function' ? K.localOffset(t) : 0;
  }

  const localTime = (t) => t + localOffset(t);
  const utc = (t) => t - localOffset(t - localOffset(t));

  function timezoneName(t) {
    return typeof K.timezoneName === 'function' ? K.timezoneName(t) : 'Coordinated Universal Time';
  }

  // --- Formatting ----------------------------------------------------------------------------------

  const pad = (n, width) => {
    const s = '' + n;
    return s.length >= width ? s : '0'.repeat(width - s.length) + s;
  };

  /** The year of toString/toUTCString/toDateString: at least 4 digits, a '-' before negative years. */
  function yearString(y) {
    return y >= 0 ? pad(y, 4) : '-' + pad(-y, 4);
  }

  function dateString(tv) {
    const d = ymd(tv);
    return WEEKDAYS[weekDay(tv)] + ' ' + MONTHS[d.month] + ' ' + pad(d.date, 2) + ' ' + yearString(d.year);
  }

  function timeString(tv) {
    return pad(hourFromTime(tv), 2) + ':' + pad(minFromTime(tv), 2) + ':' + pad(secFromTime(tv), 2);
  }

  function timeZoneString(t) {
    const offset = localOffset(t);
    const abs = Math.abs(offset);
    const sign = offset >= 0 ? '+' : '-';
    return 'GMT' + sign + pad(Math.floor(abs / 3600000), 2) + pad(Math.floor(abs / 60000) % 60, 2) + ' (' + timezoneName(t) + ')';
  }

  function toDateStringFull(t) {
    if (t !== t) return 'Invalid Date';
    const tv = localTime(t);
    return dateString(tv) + ' ' + timeString(tv) + ' ' + timeZoneString(t);
  }

  function isoString(t) {
    const d = ymd(t);
    const y = d.year;
    const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
    return year + '-' + pad(d.month + 1, 2) + '-' + pad(d.date, 2) + 'T' + timeString(t) + '.' + pad(msFromTime(t), 3) + 'Z';
  }

  function localeDate(tv) {
    const d = ymd(tv);
    return (d.month + 1) + '/' + d.date + '/' + d.year;
  }

  function localeTime(tv) {
    const h = hourFromTime(tv);
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return h12 + ':' + pad(minFromTime(tv), 2) + ':' + pad(secFromTime(tv), 2) + ' ' + (h < 12 ? 'AM' : 'PM');
  }

  // --- Parsing -------------------------------------------------------------------------------------

  function digitsAt(s, i, n) {
    if (i + n > s.length) return -1;
    let v = 0;
    for (let k = 0; k < n; k++) {
      const c = s.charCodeAt(i + k);
      if (c < 48 || c > 57) return -1;
      v = v * 10 + (c - 48);
    }
    return v;
  }

  /** The ISO 8601 subset of §21.4.1.32 (and a space for `T`); NaN when `s` is not in it. */
  function parseISO(s) {
    let i = 0;
    let year;
    const c0 = s[0];
    if (c0 === '+' || c0 === '-') {
      year = digitsAt(s, 1, 6);
      if (year < 0 || (c0 === '-' && year === 0)) return NaN;
      if (c0 === '-') year = -year;
      i = 7;
    } else {
      year = digitsAt(s, 0, 4);
      if (year < 0) return NaN;
      i = 4;
    }
    let month = 1;
    let date = 1;
    if (s[i] === '-') {
      month = digitsAt(s, i + 1, 2);
      if (month < 1 || month > 12) return NaN;
      i += 3;
      if (s[i] === '-') {
        date = digitsAt(s, i + 1, 2);
        if (date < 1 || date > 31) return NaN;
        i += 3;
      }
    }
    let h = 0;
    let m = 0;
    let sec = 0;
    let ms = 0;
    let hasTime = false;
    let offset = null;
    if (s[i] === 'T' || (s[i] === ' ' && i < s.length - 1)) {
      hasTime = true;
      h = digitsAt(s, i + 1, 2);
      if (h < 0 || s[i + 3] !== ':') return NaN;
      m = digitsAt(s, i + 4, 2);
      if (m < 0) return NaN;
      i += 6;
      if (s[i] === ':') {
        sec = digitsAt(s, i + 1, 2);
        if (sec < 0) return NaN;
        i += 3;
        if (s[i] === '.' || s[i] === ',') {
          i++;
          let digits = 0;
          let frac = 0;
          while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
            if (digits < 3) frac = frac * 10 + (s.charCodeAt(i) - 48);
            digits++;
            i++;
          }
          if (digits === 0) return NaN;
          ms = digits >= 3 ? frac : frac * (digits === 1 ? 100 : 10);
        }
      }
      if (h > 24 || m > 59 || sec > 59 || (h === 24 && (m !== 0 || sec !== 0 || ms !== 0))) return NaN;
    }
    if (s[i] === 'Z') {
      offset = 0;
      i++;
    } else if (hasTime && (s[i] === '+' || s[i] === '-')) {
      const oh = digitsAt(s, i + 1, 2);
      let om;
      if (s[i + 3] === ':') {
        om = digitsAt(s, i + 4, 2);
        if (oh < 0 || om < 0) return NaN;
        offset = (s[i] === '-' ? -1 : 1) * (oh * 60 + om) * 60000;
        i += 6;
      } else {
        om = digitsAt(s, i + 3, 2);
        if (oh < 0 || om < 0) return NaN;
        offset = (s[i] === '-' ? -1 : 1) * (oh * 60 + om) * 60000;
        i += 5;
      }
    }
    if (i !== s.length) return NaN;
    const t = makeDate(makeDay(year, month - 1, date), makeTime(h, m, sec, ms));
    if (offset !== null) return t - offset;
    return hasTime ? utc(t) : t;
  }

  /** A forgiving parser for the other formats V8 accepts ("Jan 15 2020 10:30", "2020/01/15", toString output...). */
  function parseLegacy(s) {
    const tokens = [];
    let i = 0;
    const n = s.length;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
        tokens.push({ kind: 'num', value: +s.slice(i, j), len: j - i });
        i = j;
      } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        let j = i;
        while (j < n && ((s.charCodeAt(j) >= 65 && s.charCodeAt(j) <= 90) || (s.charCodeAt(j) >= 97 && s.charCodeAt(j) <= 122))) j++;
        tokens.push({ kind: 'word', value: s.slice(i, j).toLowerCase() });
        i = j;
      } else if (c === 40) {
        let depth = 0;
        while (i < n) {
          if (s[i] === '(') depth++;
          else if (s[i] === ')' && --depth === 0) break;
          i++;
        }
        i++;
      } else {
        if (c !== 32 && c !== 44) tokens.push({ kind: 'sym', value: s[i] });
        i++;
      }
    }
    let year = NaN;
    let month = NaN;
    let date = NaN;
    let h = 0;
    let m = 0;
    let sec = 0;
    let ms = 0;
    let pm = -1;
    let offset = null;
    const numbers = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'word') {
        const w = t.value;
        if (w === 'am' || w === 'pm') {
          pm = w === 'pm' ? 1 : 0;
        } else if (w === 'utc' || w === 'gmt' || w === 'ut' || w === 'z') {
          offset = 0;
        } else if (w === 't' && k + 1 < tokens.length && tokens[k + 1].kind === 'num') {
          // ISO-like separator
        } else if (w.length >= 3 && MONTH_NAMES.some((name) => name.startsWith(w))) {
          month = MONTH_NAMES.findIndex((name) => name.startsWith(w));
        } else if (w.length >= 3 && DAY_NAMES.some((name) => name.startsWith(w))) {
          // weekday names are ignored
        } else {
          return NaN;
        }
      } else if (t.kind === 'num') {
        const next = tokens[k + 1];
        if (next !== undefined && next.kind === 'sym' && next.value === ':' && tokens[k + 2] !== undefined && tokens[k + 2].kind === 'num') {
          h = t.value;
          m = tokens[k + 2].value;
          k += 2;
          if (tokens[k + 1] !== undefined && tokens[k + 1].kind === 'sym' && tokens[k + 1].value === ':' && tokens[k + 2] !== undefined && tokens[k + 2].kind === 'num') {
            sec = tokens[k + 2].value;
            k += 2;
            if (tokens[k + 1] !== undefined && tokens[k + 1].kind === 'sym' && tokens[k + 1].value === '.' && tokens[k + 2] !== undefined && tokens[k + 2].kind === 'num') {
              const f = tokens[k + 2];
              ms = Math.floor(f.value / Math.pow(10, f.len - 3));
              k += 2;
            }
          }
        } else {
          numbers.push(t);
        }
      } else if ((t.value === '+' || t.value === '-') && tokens[k + 1] !== undefined && tokens[k + 1].kind === 'num' && (offset !== null || h !== 0 || m !== 0)) {
        const num = tokens[k + 1];
        let oh;
        let om = 0;
        if (num.len === 4) {
          oh = Math.floor(num.value / 100);
          om = num.value % 100;
          k++;
        } else if (tokens[k + 2] !== undefined && tokens[k + 2].value === ':' && tokens[k + 3] !== undefined && tokens[k + 3].kind === 'num') {
          oh = num.value;
          om = tokens[k + 3].value;
          k += 3;
        } else {
          oh = num.value;
          k++;
        }
        offset = (t.value === '-' ? -1 : 1) * (oh * 60 + om) * 60000;
      }
    }
    if (month === month) {
      // "Jan 15 2020", "15 Jan 2020"
      for (let k = 0; k < numbers.length; k++) {
        const v = numbers[k];
        if (date !== date && v.value <= 31 && v.len <= 2) date = v.value;
        else if (year !== year) year = v.value;
      }
    } else if (numbers.length >= 3) {
      // "2020/01/15" or "01/15/2020"
      if (numbers[0].len >= 3 || numbers[0].value > 31) {
        year = numbers[0].value;
        month = numbers[1].value - 1;
        date = numbers[2].value;
      } else {
        month = numbers[0].value - 1;
        date = numbers[1].value;
        year = numbers[2].value;
      }
    } else {
      return NaN;
    }
    if (date !== date) date = 1;
    if (year !== year || month !== month) return NaN;
    if (year >= 0 && year <= 49 && numbers.some((x) => x.value === year && x.len <= 2)) year += 2000;
    else if (year >= 50 && year <= 99 && numbers.some((x) => x.value === year && x.len <= 2)) year += 1900;
    if (pm === 1 && h < 12) h += 12;
    if (pm === 0 && h === 12) h = 0;
    if (month < 0 || month > 11 || date < 1 || date > 31 || h > 24 || m > 59 || sec > 59) return NaN;
    const t = makeDate(makeDay(year, month, date), makeTime(h, m, sec, ms));
    return offset !== null ? t - offset : utc(t);
  }

  function parseDate(s) {
    const iso = parseISO(s);
    if (iso === iso) return timeClip(iso);
    // An expanded year the ISO format refused (-000000: minus zero) is not retried as legacy text.
    if ((s[0] === '+' || s[0] === '-') && digitsAt(s, 1, 6) >= 0) return NaN;
    return timeClip(parseLegacy(s));
  }

  // --- The constructor -------------------------------------------------------------------------------

  function Date(...values) {
    if (new.target === undefined) return toDateStringFull(K.wallClock());
    let tv;
    const n = values.length;
    if (n === 0) {
      tv = K.wallClock();
    } else if (n === 1) {
      const value = values[0];
      if (DateSlot.has(value)) {
        tv = DateSlot.get(value);
      } else {
        const v = lib.toPrimitive(value);
        tv = typeof v === 'string' ? parseDate(v) : +v;
      }
    } else {
      tv = dateFromComponents(values);
      tv = utc(tv);
    }
    new DateSlot(this, timeClip(tv));
    return undefined;
  }

  function dateFromComponents(values) {
    const y = +values[0];
    const m = +values[1];
    const dt = values.length > 2 ? +values[2] : 1;
    const h = values.length > 3 ? +values[3] : 0;
    const min = values.length > 4 ? +values[4] : 0;
    const s = values.length > 5 ? +values[5] : 0;
    const milli = values.length > 6 ? +values[6] : 0;
    let yr = y;
    if (y === y) {
      const yi = toIntegerNumber(y);
      if (yi >= 0 && yi <= 99) yr = 1900 + yi;
    }
    return makeDate(makeDay(yr, m, dt), makeTime(h, min, s, milli));
  }

  // --- Date.prototype --------------------------------------------------------------------------------

  /** Reads argument i as a number, or `fallback` when absent. */
  const argOr = (args, i, fallback) => (args.length > i ? +args[i] : fallback);

  function setLocal(date, tv) {
    const v = timeClip(utc(tv));
    DateSlot.set(date, v);
    return v;
  }

  function setUTC(date, tv) {
    const v = timeClip(tv);
    DateSlot.set(date, v);
    return v;
  }

  const proto = {
    getTime() {
      return thisTimeValue(this);
    },
    valueOf() {
      return thisTimeValue(this);
    },
    getTimezoneOffset() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : (t - localTime(t)) / 60000;
    },
    getFullYear() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : yearFromTime(localTime(t));
    },
    getUTCFullYear() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : yearFromTime(t);
    },
    getYear() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : yearFromTime(localTime(t)) - 1900;
    },
    getMonth() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : ymd(localTime(t)).month;
    },
    getUTCMonth() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : ymd(t).month;
    },
    getDate() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : ymd(localTime(t)).date;
    },
    getUTCDate() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : ymd(t).date;
    },
    getDay() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : weekDay(localTime(t));
    },
    getUTCDay() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : weekDay(t);
    },
    getHours() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : hourFromTime(localTime(t));
    },
    getUTCHours() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : hourFromTime(t);
    },
    getMinutes() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : minFromTime(localTime(t));
    },
    getUTCMinutes() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : minFromTime(t);
    },
    getSeconds() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : secFromTime(localTime(t));
    },
    getUTCSeconds() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : secFromTime(t);
    },
    getMilliseconds() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : msFromTime(localTime(t));
    },
    getUTCMilliseconds() {
      const t = thisTimeValue(this);
      return t !== t ? NaN : msFromTime(t);
    },

    setTime(time) {
      thisTimeValue(this);
      return setUTC(this, +time);
    },
    setMilliseconds(ms) {
      const t = localTime(thisTimeValue(this));
      const v = +ms;
      if (t !== t) return NaN; // the time value was read before the conversions
      return setLocal(this, makeDate(day(t), makeTime(hourFromTime(t), minFromTime(t), secFromTime(t), v)));
    },
    setUTCMilliseconds(ms) {
      const t = thisTimeValue(this);
      const v = +ms;
      if (t !== t) return NaN; // the time value was read before the conversions
      return setUTC(this, makeDate(day(t), makeTime(hourFromTime(t), minFromTime(t), secFromTime(t), v)));
    },
    setSeconds(sec, ms) {
      const t = localTime(thisTimeValue(this));
      const s = +sec;
      const milli = argOr(arguments, 1, msFromTime(t));
      if (t !== t) return NaN; // the time value was read before the conversions
      return setLocal(this, makeDate(day(t), makeTime(hourFromTime(t), minFromTime(t), s, milli)));
    },
    setUTCSeconds(sec, ms) {
      const t = thisTimeValue(this);
      const s = +sec;
      const milli = argOr(arguments, 1, msFromTime(t));
      if (t !== t) return NaN; // the time value was read before the conversions
      return setUTC(this, makeDate(day(t), makeTime(hourFromTime(t), minFromTime(t), s, milli)));
    },
    setMinutes(min, sec, ms) {
      const t = localTime(thisTimeValue(this));
      const m = +min;
      const s = argOr(arguments, 1, secFromTime(t));
      const milli = argOr(arguments, 2, msFromTime(t));
      if (t !== t) return NaN; // the time value was read before the conversions
      return setLocal(this, makeDate(day(t), makeTime(hourFromTime(t), m, s, milli)));
    },
    setUTCMinutes(min, sec, ms) {
      const t = thisTimeValue(this);
      const m = +min;
      const s = argOr(arguments, 1, secFromTime(t));
      const milli = argOr(arguments, 2, msFromTime(t));
      if (t !== t) return NaN; // the time value was read before the conversions
      return setUTC(this, makeDate(day(t), makeTime(hourFromTime(t), m, s, milli)));
    },
    setHours(hour, min, sec, ms) {
      const t = localTime(thisTimeValue(this));
      const h = +hour;
      const m = argOr(arguments, 1, minFromTime(t));
      const s = argOr(arguments, 2, secFromTime(t));
      const milli = argOr(arguments, 3, msFromTime(t));
      if (t !== t) return NaN; // the time value was read before the conversions
      return setLocal(this, makeDate(day(t), makeTime(h, m, s, milli)));
    },
    setUTCHours(hour, min, sec, ms) {
      const t = thisTimeValue(this);
      const h = +hour;
      const m = argOr(arguments, 1, minFromTime(t));
      const s = argOr(arguments, 2, secFromTime(t));
      const milli = argOr(arguments, 3, msFromTime(t));
      if (t !== t) return NaN; // the time value was read before the conversions
      return setUTC(this, makeDate(day(t), makeTime(h, m, s, milli)));
    },
    setDate(date) {
      const t = localTime(thisTimeValue(this));
      const dt = +date;
      if (t !== t) return NaN;
      const d = ymd(t);
      return setLocal(this, makeDate(makeDay(d.year, d.month, dt), timeWithinDay(t)));
    },
    setUTCDate(date) {
      const t = thisTimeValue(this);
      const dt = +date;
      if (t !== t) return NaN;
      const d = ymd(t);
      return setUTC(this, makeDate(makeDay(d.year, d.month, dt), timeWithinDay(t)));
    },
    setMonth(month, date) {
      const t = localTime(thisTimeValue(this));
      const m = +month;
      const dtArg = arguments.length > 1 ? +date : undefined;
      if (t !== t) return NaN;
      const d = ymd(t);
      const dt = dtArg === undefined ? d.date : dtArg;
      return setLocal(this, makeDate(makeDay(d.year, m, dt), timeWithinDay(t)));
    },
    setUTCMonth(month, date) {
      const t = thisTimeValue(this);
      const m = +month;
      const dtArg = arguments.length > 1 ? +date : undefined;
      if (t !== t) return NaN;
      const d = ymd(t);
      const dt = dtArg === undefined ? d.date : dtArg;
      return setUTC(this, makeDate(makeDay(d.year, m, dt), timeWithinDay(t)));
    },
    setFullYear(year, month, date) {
      let t = localTime(thisTimeValue(this));
      if (t !== t) t = 0;
      const y = +year;
      const d = ymd(t);
      const m = argOr(arguments, 1, d.month);
      const dt = argOr(arguments, 2, d.date);
      return setLocal(this, makeDate(makeDay(y, m, dt), timeWithinDay(t)));
    },
    setUTCFullYear(year, month, date) {
      let t = thisTimeValue(this);
      if (t !== t) t = 0;
      const y = +year;
      const d = ymd(t);
      const m = argOr(arguments, 1, d.month);
      const dt = argOr(arguments, 2, d.date);
      return setUTC(this, makeDate(makeDay(y, m, dt), timeWithinDay(t)));
    },
    setYear(year) {
      let t = localTime(thisTimeValue(this));
      if (t !== t) t = 0;
      let y = +year;
      if (y !== y) {
        DateSlot.set(this, NaN);
        return NaN;
      }
      const yi = toIntegerNumber(y);
      if (yi >= 0 && yi <= 99) y = 1900 + yi;
      const d = ymd(t);
      return setLocal(this, makeDate(makeDay(y, d.month, d.date), timeWithinDay(t)));
    },

    toISOString() {
      const t = thisTimeValue(this);
      if (t !== t) throw new RangeError('Invalid time value');
      return isoString(t);
    },
    toJSON(key) {
      const O = lib.toObject(this);
      const tv = lib.toPrimitive(O, 'number');
      if (typeof tv === 'number' && !isFinite(tv)) return null;
      const toISO = O.toISOString;
      if (typeof toISO !== 'function') throw new TypeError('toISOString is not a function');
      return toISO.call(O);
    },
    toString() {
      return toDateStringFull(thisTimeValue(this));
    },
    toDateString() {
      const t = thisTimeValue(this);
      return t !== t ? 'Invalid Date' : dateString(localTime(t));
    },
    toTimeString() {
      const t = thisTimeValue(this);
      return t !== t ? 'Invalid Date' : timeString(localTime(t)) + ' ' + timeZoneString(t);
    },
    toUTCString() {
      const t = thisTimeValue(this);
      if (t !== t) return 'Invalid Date';
      const d = ymd(t);
      return WEEKDAYS[weekDay(t)] + ', ' + pad(d.date, 2) + ' ' + MONTHS[d.month] + ' ' + yearString(d.year) + ' ' + timeString(t) + ' GMT';
    },
    toLocaleString() {
      const t = thisTimeValue(this);
      return t !== t ? 'Invalid Date' : localeDate(localTime(t)) + ', ' + localeTime(localTime(t));
    },
    toLocaleDateString() {
      const t = thisTimeValue(this);
      return t !== t ? 'Invalid Date' : localeDate(localTime(t));
    },
    toLocaleTimeString() {
      const t = thisTimeValue(this);
      return t !== t ? 'Invalid Date' : localeTime(localTime(t));
    },
    [Symbol.toPrimitive](hint) {
      if (!lib.isObject(this)) throw new TypeError('Date.prototype [ @@toPrimitive ] called on non-object');
      if (hint !== 'string' && hint !== 'default' && hint !== 'number') throw new TypeError('Invalid hint: ' + hint);
      const order = hint === 'number' ? ['valueOf', 'toString'] : ['toString', 'valueOf'];
      for (let i = 0; i < 2; i++) {
        const method = this[order[i]];
        if (typeof method === 'function') {
          const r = method.call(this);
          if (!lib.isObject(r)) return r;
        }
      }
      throw new TypeError('Cannot convert object to primitive value');
    },
  };

  const DatePrototype = Date.prototype;
  lib.defineMethods(DatePrototype, proto, {
    setSeconds: 2, setUTCSeconds: 2, setMinutes: 3, setUTCMinutes: 3, setHours: 4, setUTCHours: 4,
    setMonth: 2, setUTCMonth: 2, setFullYear: 3, setUTCFullYear: 3, toJSON: 1,
  });
  lib.defineMethods(DatePrototype, { toGMTString: DatePrototype.toUTCString });
  // Object.prototype.toString is the kernel's and cannot see the [[DateValue]] slot: a
  // @@toStringTag gives '[object Date]' (inspect ignores it on dates).
  lib.defineReadOnly(DatePrototype, Symbol.toStringTag, 'Date');
  const toPrimitive = Object.getOwnPropertyDescriptor(DatePrototype, Symbol.toPrimitive);
  Object.defineProperty(DatePrototype, Symbol.toPrimitive, { value: toPrimitive.value, writable: false, enumerable: false, configurable: true });
  lib.setFunctionName(toPrimitive.value, '[Symbol.toPrimitive]');

  lib.defineMethods(Date, {
    now() {
      return K.wallClock();
    },
    parse(string) {
      return parseDate(lib.toStringValue(string));
    },
    UTC(year, month, date, hours, minutes, seconds, ms) {
      const y = +year;
      const values = [y, argOr(arguments, 1, 0), argOr(arguments, 2, 1), argOr(arguments, 3, 0), argOr(arguments, 4, 0), argOr(arguments, 5, 0), argOr(arguments, 6, 0)];
      return timeClip(dateFromComponents(values));
    },
  }, { parse: 1, UTC: 7 });
  lib.setFunctionLength(Date, 7);
  Object.defineProperty(Date, 'prototype', { writable: false });
  if (typeof K.markBuiltin === 'function') K.markBuiltin(Date);
  lib.defineGlobal('Date', Date);

  lib.isDate = (v) => DateSlot.has(v);
  lib.dateValue = (v) => DateSlot.get(v);
})(__ouro);
