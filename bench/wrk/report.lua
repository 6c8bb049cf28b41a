-- Shared by every scenario: one machine-readable line for bench/rest-load.sh to put in its table.
-- RESULT <req/s> <p50 ms> <p99 ms> <errors> <requests>; errors are socket errors, timeouts and statuses >= 400.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout, summary.requests))
end
