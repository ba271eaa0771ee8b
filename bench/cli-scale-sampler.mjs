// Loaded with `node --import` into a benchmarked process: samples memory every 10 ms and reports the
// peak RSS and heap on stderr when the process exits (worker threads share the process's RSS).
const peak = { rss: 0, heapUsed: 0 };
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
};
const timer = setInterval(sample, 10);
timer.unref();
process.on('exit', () => {
  sample();
  process.stderr.write(`\nREQLINT_BENCH_PEAK ${JSON.stringify(peak)}\n`);
});
