-- wrk script: POST /submissions as many users, rotating their tokens so no
-- user goes over the per-user submit rate limit, and recording the id of
-- every 201 so run.sh can check afterwards that each one is stored.
--   wrk -t T -c C -s submit.lua URL -- TOKENS_FILE BODY_FILE IDS_FILE BUDGET T
-- TOKENS_FILE: one token a line; thread t (0-based) uses lines t, t+T, t+2T...
-- BODY_FILE: the JSON body posted every time.
-- IDS_FILE: written at the end with the submission id of every 201 answer.
-- BUDGET: a thread stops after that many answers (0: run for wrk's -d). It
--   keeps the run under the rate limit (30/min per user by default) and under
--   the server's bound of 10000 queued submissions (with --workers 0 nothing
--   drains the queue).
-- Prints at the end (rates over the time from the first request to the last answer):
--   STATUS <status>:<count> ...
--   RESULT <201/s> <answers/s> <p50 ms> <p99 ms> <answers> <201 answers> <other answers> <socket errors>

local threads = {}
local counter = 0

-- a monotonic clock (wrk is built on LuaJIT): a thread that stops at its
-- budget ends before wrk's -d, so the rate is taken over the time actually
-- spent, from the first request sent to the last answer received
local have_ffi, ffi = pcall(require, "ffi")
if have_ffi then
   ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } lc_bench_ts;
              int clock_gettime(int, lc_bench_ts *); ]]
end
local ts = have_ffi and ffi.new("lc_bench_ts") or nil
local function now()
   if not ts then return nil end
   ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
   return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

function setup(thread)
   thread:set("tid", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

local function slurp(path)
   local f = assert(io.open(path, "r"))
   local s = f:read("*a")
   f:close()
   return s
end

function init(args)
   local nthreads = tonumber(args[5])
   local tokens = {}
   local i = 0
   for line in io.lines(args[1]) do
      if line ~= "" then
         if i % nthreads == tid then
            table.insert(tokens, line)
         end
         i = i + 1
      end
   end
   assert(#tokens > 0, "no tokens for thread " .. tid)
   local body = slurp(args[2]):gsub("%s+$", "")
   ids_path = args[3]
   budget = tonumber(args[4])
   ids = {}
   statuses = {}
   answers = 0
   created = 0
   -- one prebuilt request per token, sent round robin
   reqs = {}
   for k, t in ipairs(tokens) do
      reqs[k] = wrk.format("POST", "/submissions",
         {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. t}, body)
   end
   nexti = 1
end

function request()
   if not t_first then t_first = now() end
   local r = reqs[nexti]
   nexti = nexti % #reqs + 1
   return r
end

function response(status, headers, resp_body)
   answers = answers + 1
   t_last = now()
   statuses[status] = (statuses[status] or 0) + 1
   if status == 201 then
      created = created + 1
      local id = resp_body:match('"submissionId"%s*:%s*"([^"]+)"')
      if id then ids[#ids + 1] = id end
   end
   if budget > 0 and answers >= budget then
      wrk.thread:stop()
   end
end

-- wrk has no per-thread teardown hook: counts and ids are copied out of each
-- thread's Lua state with thread:get once every thread has stopped.
function done(summary, latency, requests)
   local idf = assert(io.open(threads[1]:get("ids_path"), "w"))
   local total, ok = 0, 0
   local t0, t1
   local by = {}
   for _, t in ipairs(threads) do
      total = total + t:get("answers")
      ok = ok + t:get("created")
      local a, b = t:get("t_first"), t:get("t_last")
      if a and (not t0 or a < t0) then t0 = a end
      if b and (not t1 or b > t1) then t1 = b end
      for _, id in ipairs(t:get("ids")) do idf:write(id, "\n") end
      for k, v in pairs(t:get("statuses")) do
         by[k] = (by[k] or 0) + v
      end
   end
   idf:close()
   local keys = {}
   for k in pairs(by) do table.insert(keys, k) end
   table.sort(keys)
   local parts = {}
   for _, k in ipairs(keys) do table.insert(parts, k .. ":" .. by[k]) end
   io.write("STATUS " .. table.concat(parts, " ") .. "\n")
   local e = summary.errors
   local secs = (t0 and t1 and t1 > t0) and (t1 - t0) or summary.duration / 1e6
   io.write(string.format("RESULT %.1f %.1f %.3f %.3f %d %d %d %d\n",
      ok / secs, total / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      total, ok, total - ok, e.connect + e.read + e.write + e.timeout))
end
