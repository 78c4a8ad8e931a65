// setTimeout, setInterval, setImmediate and their clear functions, driven by the embedder through
// the `runTimers` hook (stage1/INTRINSICS.md). One call of the hook is one turn of Node's event
// loop: the timers phase (every timer due at the start of the turn, by due time then creation
// order), then the check phase (the immediates queued before it began). Microtasks are drained
// after each callback, and an unhandled rejection surfacing there is thrown out of the hook (the
// embedder reports it as uncaught), as Node does.
(function (K) {
  'use strict';

  const lib = K.lib;
  const TIMEOUT_MAX = 2147483647;

  /**
   * Pending timers sorted by (due, seq): `seq` grows with every (re)scheduling, so a repeating
   * timer queues behind timers created before it was rescheduled (Node appends it to its
   * duration's list).
   */
  const timers = [];
  let immediates = [];
  let nextId = 1;
  let nextSeq = 1;
  /**
   * The loop's cached clock, like libuv's uv_now(): read at the start of each turn, and used as
   * the start of every timer created until the next turn (so timers created during one turn, or
   * by the main script, share one start time, as on Node). -1 until first needed: the realm may
   * be restored from an image made by another process, whose clock means nothing here.
   */
  let loopNow = -1;

  function cachedNow() {
    if (loopNow < 0) loopNow = K.now();
    return loopNow;
  }

  function invalidCallback(callback) {
    const received = callback === undefined || callback === null ? ' Received ' + callback
      : typeof callback === 'object' ? ' Received an instance of ' + ((callback.constructor && callback.constructor.name) || 'Object')
        : ' Received type ' + typeof callback + ' (' + lib.inspect(callback) + ')';
    const error = new TypeError('The "callback" argument must be of type function.' + received);
    error.code = 'ERR_INVALID_ARG_TYPE';
    return error;
  }

  class Timeout {
    constructor(callback, after, args, repeat) {
      after = +after;
      if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
      this._idleTimeout = after;
      this._onTimeout = callback;
      this._timerArgs = args;
      this._repeat = repeat ? after : null;
      this._destroyed = false;
      Object.defineProperty(this, '_id', { value: nextId++, writable: true, enumerable: false, configurable: true });
      Object.defineProperty(this, '_due', { value: 0, writable: true, enumerable: false, configurable: true });
      Object.defineProperty(this, '_seq', { value: 0, writable: true, enumerable: false, configurable: true });
      Object.defineProperty(this, '_ref', { value: true, writable: true, enumerable: false, configurable: true });
    }

    ref() {
      this._ref = true;
      return this;
    }

    unref() {
      this._ref = false;
      return this;
    }

    hasRef() {
      return this._ref;
    }

    refresh() {
      if (!this._destroyed) {
        removeTimer(this);
        schedule(this, cachedNow());
      }
      return this;
    }

    close() {
      clearTimer(this);
      return this;
    }

    [Symbol.toPrimitive]() {
      return this._id;
    }
  }

  class Immediate {
    constructor(callback, args) {
      this._onImmediate = callback;
      this._argv = args;
      this._destroyed = false;
      Object.defineProperty(this, '_ref', { value: true, writable: true, enumerable: false, configurable: true });
    }

    ref() {
      this._ref = true;
      return this;
    }

    unref() {
      this._ref = false;
      return this;
    }

    hasRef() {
      return this._ref;
    }
  }

  function schedule(timer, now) {
    timer._due = now + timer._idleTimeout;
    timer._seq = nextSeq++;
    // Binary search for the first timer due later (equal due times keep creation order).
    let lo = 0;
    let hi = timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = timers[mid];
      if (t._due < timer._due || (t._due === timer._due && t._seq < timer._seq)) lo = mid + 1;
      else hi = mid;
    }
    timers.splice(lo, 0, timer);
  }

  function removeTimer(timer) {
    const i = timers.indexOf(timer);
    if (i !== -1) timers.splice(i, 1);
  }

  function clearTimer(timer) {
    if (timer === null || timer === undefined) return;
    if (typeof timer === 'number' || typeof timer === 'string') {
      const id = +timer;
      for (let i = 0; i < timers.length; i++) {
        if (timers[i]._id === id) {
          timers[i]._destroyed = true;
          timers.splice(i, 1);
          return;
        }
      }
      return;
    }
    if (timer instanceof Timeout) {
      timer._destroyed = true;
      removeTimer(timer);
    } else if (timer instanceof Immediate) {
      timer._destroyed = true;
      const i = immediates.indexOf(timer);
      if (i !== -1) immediates.splice(i, 1);
    }
  }

  function setTimeout(callback, after, ...args) {
    if (typeof callback !== 'function') throw invalidCallback(callback);
    const timer = new Timeout(callback, after, args, false);
    schedule(timer, cachedNow());
    return timer;
  }

  function setInterval(callback, repeat, ...args) {
    if (typeof callback !== 'function') throw invalidCallback(callback);
    const timer = new Timeout(callback, repeat, args, true);
    schedule(timer, cachedNow());
    return timer;
  }

  function setImmediate(callback, ...args) {
    if (typeof callback !== 'function') throw invalidCallback(callback);
    const immediate = new Immediate(callback, args);
    immediates.push(immediate);
    return immediate;
  }

  function clearTimeout(timer) {
    clearTimer(timer);
  }

  function clearInterval(timer) {
    clearTimer(timer);
  }

  function clearImmediate(immediate) {
    if (immediate instanceof Immediate) clearTimer(immediate);
  }

  /** Drains microtasks after a callback; an unhandled rejection ends the turn as a throw. */
  function afterCallback() {
    if (lib.processTicks !== undefined) lib.processTicks();
    else K.runMicrotasks();
    const check = lib.checkUnhandledRejections;
    if (check !== undefined) {
      const error = check();
      if (error !== undefined) throw error;
    }
  }

  function runTimers() {
    // Timers phase.
    const now = (loopNow = K.now());
    while (timers.length > 0 && timers[0]._due <= now) {
      const timer = timers.shift();
      const args = timer._timerArgs;
      if (timer._repeat !== null) schedule(timer, now);
      else timer._destroyed = true;
      timer._onTimeout.apply(timer, args);
      afterCallback();
    }
    // Check phase: only the immediates queued before it started.
    const queue = immediates;
    immediates = [];
    for (let i = 0; i < queue.length; i++) {
      const immediate = queue[i];
      if (immediate._destroyed) continue;
      immediate._destroyed = true;
      immediate._onImmediate.apply(immediate, immediate._argv);
      afterCallback();
    }
    return nextDelay();
  }

  function nextDelay() {
    for (let i = 0; i < immediates.length; i++) {
      if (immediates[i]._ref) return 0;
    }
    let hasRef = false;
    for (let i = 0; i < timers.length && !hasRef; i++) hasRef = timers[i]._ref;
    if (!hasRef) return -1;
    const delay = timers[0]._due - K.now();
    return delay > 0 ? Math.ceil(delay) : 0;
  }

  K.setHook('runTimers', runTimers);
  const globals = { setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate };
  const names = Object.keys(globals);
  for (let i = 0; i < names.length; i++) {
    const fn = globals[names[i]];
    if (typeof K.markBuiltin === 'function') K.markBuiltin(fn);
    // Node's timer globals are enumerable properties of the global object.
    Object.defineProperty(globalThis, names[i], { value: fn, writable: true, enumerable: true, configurable: true });
  }
  lib.setFunctionLength(setTimeout, 1);
  lib.setFunctionLength(setInterval, 1);
  lib.setFunctionLength(setImmediate, 1);
})(__ouro);
