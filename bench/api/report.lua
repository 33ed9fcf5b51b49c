-- wrk script for a plain GET: no request/response hooks (wrk keeps its static
-- request, so it costs nothing), only a machine-readable summary line at the end:
--   RESULT <req/s> <p50 ms> <p99 ms> <requests> <non-2xx/3xx> <socket errors>
function done(summary, latency, requests)
   local e = summary.errors
   local secs = summary.duration / 1e6
   io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n",
      summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
