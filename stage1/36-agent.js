// $262.agent (test262's INTERPRETING.md, "agent"): present where $262 is (--expose-test262). Every
// agent has the whole API; the main agent uses start, broadcast and getReport, the others
// receiveBroadcast, report and leaving; both sleep and monotonicNow. The embedder does the work
// (stage0/vm/agents.ts, through __ouro.agent and runtime/builtins-agent.ts AgentOp); this file
// converts the arguments and turns a broadcast into a SharedArrayBuffer over the shared block.
(function (K) {
  'use strict';

  if (typeof $262 !== 'object' || $262 === null) return;
  const lib = K.lib;
  const OP = { start: 0, broadcast: 1, getReport: 2, sleep: 3, monotonicNow: 4, receiveBroadcast: 5, report: 6, leaving: 7 };
  const SharedArrayBufferPrototype = SharedArrayBuffer.prototype;
  const SHARED = 1;

  const agent = {};
  lib.defineMethods(agent, {
    start(source) {
      if (K.agent(OP.start, String(source)) === 0) throw new TypeError('$262.agent.start: this host runs no agents');
    },
    broadcast(sab, num = 0) {
      if ((K.abInfo(sab, 2) & SHARED) === 0 || K.abInfo(sab, 2) < 0) throw new TypeError('$262.agent.broadcast: the first argument must be a SharedArrayBuffer');
      K.agent(OP.broadcast, sab, typeof num === 'bigint' ? String(num) : num | 0);
    },
    getReport() {
      return K.agent(OP.getReport);
    },
    sleep(ms) {
      K.agent(OP.sleep, +ms);
    },
    monotonicNow() {
      return K.agent(OP.monotonicNow);
    },
    receiveBroadcast(callback) {
      if (typeof callback !== 'function') throw new TypeError('$262.agent.receiveBroadcast: the callback must be a function');
      K.setHook('agentBroadcast', (block, num) => {
        callback(K.abFromBlock(SharedArrayBufferPrototype, block), typeof num === 'string' ? BigInt(num) : num);
      });
      K.agent(OP.receiveBroadcast);
    },
    report(value) {
      K.agent(OP.report, String(value));
    },
    leaving() {
      K.agent(OP.leaving);
    },
  }, { __proto__: null, start: 1, broadcast: 2, getReport: 0, sleep: 1, monotonicNow: 0, receiveBroadcast: 1, report: 1, leaving: 0 });
  $262.agent = agent;
})(__ouro);
