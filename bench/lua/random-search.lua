-- Searches for words the generated articles contain, one at random per request.
local words = { "执法检查", "专题询问", "代表建议", "工作评议", "民生工程", "食品安全", "备案审查", "联系选民", "重点项目", "监督法" }
math.randomseed(os.time())
request = function()
  local word = words[math.random(1, #words)]
  local encoded = word:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/search?q=" .. encoded)
end
