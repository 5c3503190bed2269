-- A different generated article on every request: /news/bench-00001 .. /news/bench-<ARTICLES>.
local count = tonumber(os.getenv("ARTICLES") or "10000")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/news/bench-%05d", math.random(1, count)))
end
