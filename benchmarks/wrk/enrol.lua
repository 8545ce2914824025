-- POST /programs/{id}/enrollments, each (programme, participant) pair once. Pair k enrols
-- participant WRK_FIRST + floor(k / P) into programme k mod P (programmes rotate fastest); thread t
-- of T takes k = t, t + T, ... so threads never share a pair. Ids come from files, one a line:
--   WRK_PROGRAMS      programme ids        WRK_PARTICIPANTS  participant ids
--   WRK_FIRST         first participant index (0)
--   WRK_LIMIT         stop after this many pairs over all threads (unset: until -d ends)
local common = dofile((os.getenv("WRK_DIR") or "benchmarks/wrk") .. "/common.lua")
local programs, participants
local first = tonumber(os.getenv("WRK_FIRST") or "0")
local limit = tonumber(os.getenv("WRK_LIMIT") or "")
local k

setup = common.setup
delay = common.pacer()

function init(args)
  programs = common.lines(os.getenv("WRK_PROGRAMS"))
  participants = common.lines(os.getenv("WRK_PARTICIPANTS"))
  k = thread_index
end

function request()
  local p = k % #programs
  local q = first + math.floor(k / #programs)
  if (limit and k >= limit) or q >= #participants then
    -- Out of pairs: stop this thread; whatever it still sends is a harmless read (actuator is on
    -- the management port, not here).
    wrk.thread:stop()
    return wrk.format("GET", "/participants/" .. participants[1], common.headers)
  end
  k = k + common.threads
  return wrk.format("POST", "/programs/" .. programs[p + 1] .. "/enrollments", common.headers,
    '{"participantId":"' .. participants[q + 1] .. '"}')
end
