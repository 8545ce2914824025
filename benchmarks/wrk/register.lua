-- POST /participants: a registration with a unique e-mail per request (WRK_RUN makes it unique
-- across runs against the same database).
local common = dofile((os.getenv("WRK_DIR") or "benchmarks/wrk") .. "/common.lua")
local run = os.getenv("WRK_RUN") or tostring(os.time())
local n = 0

setup = common.setup
delay = common.pacer()

function request()
  n = n + 1
  local body = string.format(
    '{"name":"Bench %d","email":"wrk-%s-%d-%d@example.org","organisation":"Bench",'
      .. '"participantType":"INDUSTRY_WORKER","craft":"EDITING",'
      .. '"consents":[{"purpose":"TRAINING_ADMINISTRATION","noticeVersion":"2026-01"}]}',
    n, run, thread_index, n)
  return wrk.format("POST", "/participants", common.headers, body)
end
