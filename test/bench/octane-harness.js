// Octane driver for the benchmark harness (test/bench/run-bench.ts), run as a classic script the
// way d8 runs octane's run.js. It expects, from a prelude the runner writes:
//   print(...), load(path)          the d8 globals (bench-host gives them to Node and QuickJS)
//   OCTANE_BASE, OCTANE_FILE        paths of octane's base.js and of one benchmark file
//   OCTANE_PRELOADED                true when both files were already concatenated before this one
//                                   (for engines without load(), such as `ouro run` on one file)
//   OCTANE_QUICK_MS                 0: octane's own timing (warm-up, then >= 1 s and >= 32 runs);
//                                   N > 0: OCTANE_WARMUP untimed runs, then runs until N ms have
//                                   passed (at least once)
//   OCTANE_WARMUP                   untimed runs before the timed ones when OCTANE_QUICK_MS > 0
// It prints one line per event, which the runner parses:
//   RESULT <suite> <score>    octane's score of a suite (and <suite>Latency for splay)
//   ERROR <suite> <message>   octane's own validation failed, or the benchmark threw
//   SCORE <score>             the geometric mean of the suite scores
//   RUNS <benchmark> <us> <n>  microseconds per iteration, iterations measured
if (!OCTANE_PRELOADED) {
  load(OCTANE_BASE);
  load(OCTANE_FILE);
}

var __benchErrors = 0;

(function () {
  var original = BenchmarkSuite.prototype.RunSingleBenchmark;
  var quickMs = OCTANE_QUICK_MS;
  BenchmarkSuite.prototype.RunSingleBenchmark = function (benchmark, data) {
    if (quickMs > 0) {
      for (var w = 0; w < OCTANE_WARMUP; w++) benchmark.run();
      var runs = 0;
      var start = new Date();
      var elapsed = 0;
      do {
        benchmark.run();
        runs++;
        elapsed = new Date() - start;
      } while (elapsed < quickMs);
      // Date has millisecond resolution: never report a zero time.
      var ms = elapsed > 0 ? elapsed : 0.5;
      var usec = (ms * 1000) / runs;
      print('RUNS ' + benchmark.name + ' ' + usec.toFixed(1) + ' ' + runs);
      var rms = benchmark.rmsResult != null ? benchmark.rmsResult() : 0;
      this.NotifyStep(new BenchmarkResult(benchmark, usec, rms));
      return null;
    }
    var result = original.call(this, benchmark, data);
    if (result === null && data) {
      print('RUNS ' + benchmark.name + ' ' + ((data.elapsed * 1000) / data.runs).toFixed(1) + ' ' + data.runs);
    }
    return result;
  };
})();

BenchmarkSuite.RunSuites({
  NotifyResult: function (name, score) {
    print('RESULT ' + name + ' ' + score);
  },
  NotifyError: function (name, error) {
    __benchErrors++;
    print('ERROR ' + name + ' ' + String(error).split('\n').join(' | '));
  },
  NotifyScore: function (score) {
    print('SCORE ' + (__benchErrors > 0 ? 'invalid' : score));
  },
});
