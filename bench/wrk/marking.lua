-- A marking robot's round over every group: all set incomplete, then all given marks on BENCH_CRITERIA
-- criteria (C1…), then all completed, and again. Groups come from BENCH_GROUPS_FILE (course and
-- assignment on its first line, a group id a line after). Each wrk thread takes the groups of its own
-- residue and walks them in rounds, so two requests for one group are never in flight together.
local lines = {}
for line in io.lines(os.getenv("BENCH_GROUPS_FILE")) do
  lines[#lines + 1] = line
end
local course, assignment = lines[1]:match("(%d+) (%d+)")
local groups = {}
for i = 2, #lines do
  groups[#groups + 1] = lines[i]
end
local criteria = tonumber(os.getenv("BENCH_CRITERIA"))
local auth = os.getenv("BENCH_AUTH")
local threads = tonumber(os.getenv("BENCH_THREADS"))
local prefix = "/api/courses/" .. course .. "/assignments/" .. assignment .. "/groups/"
local created = 0

function setup(thread)
  thread:set("id", created)
  created = created + 1
end

function init(args)
  n = id
end

local function marks()
  local parts = {}
  for c = 1, criteria do
    parts[#parts + 1] = string.format("\"C%d\": %d.5", c, math.random(0, 9))
  end
  return "{" .. table.concat(parts, ", ") .. "}"
end

function request()
  local index = n % #groups
  local round = math.floor(n / #groups) % 3
  n = n + threads
  local group = prefix .. groups[index + 1]
  local headers = {["Authorization"] = auth, ["Accept"] = "*/*"}
  if round == 0 then
    return wrk.format("PUT", group .. "/update_marking_state.json?marking_state=incomplete", headers, "")
  elseif round == 1 then
    headers["Content-Type"] = "application/json"
    return wrk.format("PUT", group .. "/update_marks.json", headers, marks())
  end
  return wrk.format("PUT", group .. "/update_marking_state.json?marking_state=complete", headers, "")
end

dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
