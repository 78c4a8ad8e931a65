// A small `process` object (when the embedder defines none) and the `global` alias, for Node
// programs: process.nextTick, process.stdout/stderr.write, process.exit, process.hrtime,
// process.argv/env/platform. Optional intrinsics: K.argv() (array of strings), K.env() (object).
//
// process.nextTick callbacks run before promise jobs, as in Node, when the embedder drains
// through the library (the `processTicks` hook, see stage1/INTRINSICS.md); otherwise the first
// tick of a batch is scheduled as a microtask, so ticks then run after the jobs already queued.
(function (K) {
  'use strict';

  const lib = K.lib;
  if (typeof globalThis.global === 'undefined') {
    Object.defineProperty(globalThis, 'global', { value: globalThis, writable: true, enumerable: true, configurable: true });
  }
  if (typeof globalThis.process !== 'undefined') return;

  let ticks = [];
  let drainScheduled = false;
  // True while the embedder drains through processTicks: a tick queued then (by a promise job,
  // say) waits for the microtask queue to empty, as in Node, instead of becoming a job itself.
  let embedderDraining = false;

  /** Runs the queued ticks (and the ticks they queue), oldest first. */
  function runTicks() {
    // While draining, new ticks join this drain: no microtask needs scheduling for them.
    drainScheduled = true;
    try {
      while (ticks.length > 0) {
        const t = ticks.shift();
        t.callback.apply(undefined, t.args);
      }
    } finally {
      drainScheduled = false;
    }
  }

  /** The microtask that runs ticks when no embedder drains them (a no-op inside processTicks). */
  function runTicksJob() {
    if (!embedderDraining) runTicks();
  }

  /** Node's processTicksAndRejections: ticks, then microtasks, until both are empty. */
  function processTicks() {
    const outer = embedderDraining;
    embedderDraining = true;
    try {
      do {
        runTicks();
        K.runMicrotasks();
      } while (ticks.length > 0);
    } finally {
      embedderDraining = outer;
    }
  }
  lib.processTicks = processTicks;
  if (typeof K.setHook === 'function') K.setHook('processTicks', processTicks);

  function nextTick(callback, ...args) {
    if (typeof callback !== 'function') {
      const error = new TypeError('The "callback" argument must be of type function. Received ' + lib.inspect(callback));
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
    ticks.push({ callback, args });
    if (!drainScheduled && !embedderDraining) {
      drainScheduled = true;
      K.enqueueJob(runTicksJob, undefined, undefined);
    }
  }

  function makeStream(fd) {
    const write = fd === 1 ? K.writeStdout : K.writeStderr;
    return {
      fd,
      isTTY: false,
      columns: 80,
      write(chunk, encoding, callback) {
        write(typeof chunk === 'string' ? chunk : String(chunk));
        if (typeof encoding === 'function') encoding();
        else if (typeof callback === 'function') callback();
        return true;
      },
    };
  }

  const listeners = Object.create(null);

  function hrtime(previous) {
    const now = K.now();
    let sec = Math.floor(now / 1000);
    let nsec = Math.floor((now - sec * 1000) * 1e6);
    if (Array.isArray(previous)) {
      sec -= previous[0];
      nsec -= previous[1];
      if (nsec < 0) {
        sec--;
        nsec += 1e9;
      }
    }
    return [sec, nsec];
  }
  hrtime.bigint = () => BigInt(Math.floor(K.now() * 1e6));

  // argv and env are read when first used: the realm may come from an image built elsewhere.
  let argv;
  let env;
  const process = {
    title: 'ouro',
    get argv() {
      if (argv === undefined) argv = typeof K.argv === 'function' ? K.argv() : [];
      return argv;
    },
    set argv(v) {
      argv = v;
    },
    get env() {
      if (env === undefined) env = typeof K.env === 'function' ? K.env() : {};
      return env;
    },
    set env(v) {
      env = v;
    },
    platform: 'linux',
    exitCode: undefined,
    stdout: makeStream(1),
    stderr: makeStream(2),
    nextTick,
    hrtime,
    exit(code) {
      const c = code === undefined ? (process.exitCode === undefined ? 0 : process.exitCode) : code;
      if (typeof quit === 'function') quit(c | 0);
      throw new Error('process.exit is not supported here');
    },
    uptime() {
      // K.now() counts from the start of the process.
      return K.now() / 1000;
    },
    memoryUsage() {
      return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
    },
    on(event, listener) {
      (listeners[event] || (listeners[event] = [])).push(listener);
      return process;
    },
    once(event, listener) {
      return process.on(event, listener);
    },
    off(event, listener) {
      const list = listeners[event];
      if (list !== undefined) {
        const i = list.indexOf(listener);
        if (i !== -1) list.splice(i, 1);
      }
      return process;
    },
    emit(event, ...args) {
      const list = listeners[event];
      if (list === undefined || list.length === 0) return false;
      const copy = list.slice();
      for (let i = 0; i < copy.length; i++) copy[i].apply(process, args);
      return true;
    },
  };
  process.removeListener = process.off;
  process.addListener = process.on;
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });
  Object.defineProperty(globalThis, 'process', { value: process, writable: true, enumerable: false, configurable: true });
})(__ouro);
