-- Shared by the wrk scripts of bin/bench (benchmarks/wrk/lib.sh sets the environment):
--   BENCH_AUTH        the Authorization header value (Basic, operator unless CREW_API_USER)
--   WRK_THREADS       wrk's -t, so that each thread takes its own share of the id pairs
--   WRK_RATE          requests per second over all threads (paced), unset = as fast as possible
local M = {}

M.headers = {
  ["Authorization"] = os.getenv("BENCH_AUTH"),
  ["Content-Type"] = "application/json",
}

M.threads = tonumber(os.getenv("WRK_THREADS") or "1")

-- Called in the main state once per thread before the run: gives each thread its index.
local next_thread = 0
function M.setup(thread)
  thread:set("thread_index", next_thread)
  next_thread = next_thread + 1
end

function M.lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

-- Monotonic milliseconds (LuaJIT FFI: wrk's Lua has no sub-second clock of its own).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
]]
local ts = ffi.new("bench_timespec")
function M.now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

-- A delay() for wrk: request n of this thread is due at start + n / (rate / threads). Requests
-- that fall behind go at once, so with enough connections the rate is kept whatever the latency
-- (open loop); with too few the achieved rate shows it.
function M.pacer()
  local rate = tonumber(os.getenv("WRK_RATE") or "")
  if not rate or rate <= 0 then return nil end
  local interval = 1000 * M.threads / rate
  local start, n = nil, 0
  return function()
    local now = M.now_ms()
    start = start or now
    local due = start + n * interval
    n = n + 1
    return due > now and math.floor(due - now) or 0
  end
end

return M
