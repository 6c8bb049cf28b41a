-- GET the URL given to wrk, authenticated when BENCH_AUTH holds an Authorization header value.
local auth = os.getenv("BENCH_AUTH")
if auth and auth ~= "" then
  wrk.headers["Authorization"] = auth
end
dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
